//! Wire mirrors of the shared vocabulary types, so they appear in the OpenAPI document as
//! enums (the `faq` crate stays free of HTTP concerns).

use helpdesk_faq::{Lang, TicketKind};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// Language: `de` or `en`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum ApiLang {
    De,
    En,
}

impl From<Lang> for ApiLang {
    fn from(l: Lang) -> Self {
        match l {
            Lang::De => ApiLang::De,
            Lang::En => ApiLang::En,
        }
    }
}

impl From<ApiLang> for Lang {
    fn from(l: ApiLang) -> Self {
        match l {
            ApiLang::De => Lang::De,
            ApiLang::En => Lang::En,
        }
    }
}

/// Ticket kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum ApiTicketKind {
    NameCorrection,
    Deletion,
}

impl From<TicketKind> for ApiTicketKind {
    fn from(k: TicketKind) -> Self {
        match k {
            TicketKind::NameCorrection => ApiTicketKind::NameCorrection,
            TicketKind::Deletion => ApiTicketKind::Deletion,
        }
    }
}

impl From<ApiTicketKind> for TicketKind {
    fn from(k: ApiTicketKind) -> Self {
        match k {
            ApiTicketKind::NameCorrection => TicketKind::NameCorrection,
            ApiTicketKind::Deletion => TicketKind::Deletion,
        }
    }
}
