//! Create requests as they arrive and their validation into a [`NewTicket`].

use serde::{Deserialize, Serialize};

use super::text::{Lines, free_text};
use super::{
    DeletionReason, Email, Identity, Identnummer, NewTicket, PersonName, Requester, TicketDetails,
    TicketKind,
};
use crate::error::{Error, FieldError, FieldProblem};

/// A create body as it arrives (JSON of `POST /api/v1/tickets`). Everything is optional here so
/// that [`TicketRequest::validate`] can report every missing field at once.
///
/// ```json
/// {"kind": "name_correction", "requester": {"id": "discord:123", "display_name": "Max"},
///  "subject": {"email": "max@example.org", "name_in_account": "Max Mustermann",
///              "name_in_contract": "Max Mustermann-Meyer", "identnummer": "12345678"},
///  "note": "optional"}
/// {"kind": "deletion", "requester": {…}, "subject": {"email": "…", "full_name": "…"},
///  "reason": "left_company" | "duplicate_account" | "other", "note": "optional"}
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema), schema(as = CreateTicketBody))]
pub struct TicketRequest {
    /// `name_correction` or `deletion`.
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(example = "name_correction"))]
    pub kind: Option<String>,
    #[serde(default)]
    pub requester: Option<RequesterRequest>,
    #[serde(default)]
    pub subject: Option<SubjectRequest>,
    /// `deletion`: `left_company`, `duplicate_account` or `other`.
    #[serde(default)]
    pub reason: Option<String>,
    #[serde(default)]
    pub note: Option<String>,
}

/// Who asked for the ticket.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema), schema(as = RequesterBody))]
pub struct RequesterRequest {
    /// A chat identity such as `discord:123456789`.
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(example = "discord:123456789"))]
    pub id: Option<String>,
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(example = "Max"))]
    pub display_name: Option<String>,
}

/// Whose account the ticket is about.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema), schema(as = SubjectBody))]
pub struct SubjectRequest {
    /// The account e-mail.
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(example = "max@example.org"))]
    pub email: Option<String>,
    /// `name_correction`: the name as in the account.
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(example = "Max Muster"))]
    pub name_in_account: Option<String>,
    /// `name_correction`: the name as in the training contract.
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(example = "Max Mustermann"))]
    pub name_in_contract: Option<String>,
    /// `name_correction`, optional.
    #[serde(default)]
    pub identnummer: Option<String>,
    /// `deletion`: the full name.
    #[serde(default)]
    pub full_name: Option<String>,
}

/// Longest note on a ticket.
pub const MAX_NOTE: usize = 2000;
/// Longest requester display name.
pub const MAX_DISPLAY_NAME: usize = 100;

fn non_empty(s: &Option<String>) -> Option<&str> {
    s.as_deref().map(str::trim).filter(|s| !s.is_empty())
}

impl TicketRequest {
    /// Check every field; on failure list all fields at fault.
    pub fn validate(&self) -> Result<NewTicket, Error> {
        let mut errs = Vec::new();
        let kind = match non_empty(&self.kind) {
            None => {
                errs.push(FieldError::new("kind", FieldProblem::Required));
                None
            }
            Some(k) => match k.parse::<TicketKind>() {
                Ok(k) => Some(k),
                Err(_) => {
                    errs.push(FieldError::new("kind", FieldProblem::InvalidChoice));
                    None
                }
            },
        };
        let requester = match &self.requester {
            None => {
                errs.push(FieldError::new("requester", FieldProblem::Required));
                None
            }
            Some(r) => {
                let id = match non_empty(&r.id) {
                    None => {
                        errs.push(FieldError::new("requester.id", FieldProblem::Required));
                        None
                    }
                    Some(id) => Identity::parse(id)
                        .map_err(|p| errs.push(FieldError::new("requester.id", p)))
                        .ok(),
                };
                let display_name = match non_empty(&r.display_name) {
                    None => {
                        errs.push(FieldError::new(
                            "requester.display_name",
                            FieldProblem::Required,
                        ));
                        None
                    }
                    Some(n) if n.chars().count() > MAX_DISPLAY_NAME => {
                        errs.push(FieldError::new(
                            "requester.display_name",
                            FieldProblem::TooLong {
                                max: MAX_DISPLAY_NAME,
                            },
                        ));
                        None
                    }
                    Some(n) => free_text(n, Lines::Single)
                        .map_err(|p| errs.push(FieldError::new("requester.display_name", p)))
                        .ok(),
                };
                match (id, display_name) {
                    (Some(id), Some(display_name)) => Some(Requester { id, display_name }),
                    _ => None,
                }
            }
        };
        let empty = SubjectRequest::default();
        let subject = match &self.subject {
            Some(s) => s,
            None => {
                errs.push(FieldError::new("subject", FieldProblem::Required));
                &empty
            }
        };
        let has_subject = self.subject.is_some();
        let email = |errs: &mut Vec<FieldError>| match non_empty(&subject.email) {
            None => {
                if has_subject {
                    errs.push(FieldError::new("subject.email", FieldProblem::Required));
                }
                None
            }
            Some(e) => Email::parse(e)
                .map_err(|p| errs.push(FieldError::new("subject.email", p)))
                .ok(),
        };
        let name = |errs: &mut Vec<FieldError>, field: &str, value: &Option<String>| match non_empty(
            value,
        ) {
            None => {
                if has_subject {
                    errs.push(FieldError::new(
                        format!("subject.{field}"),
                        FieldProblem::Required,
                    ));
                }
                None
            }
            Some(v) => PersonName::parse(v)
                .map_err(|p| errs.push(FieldError::new(format!("subject.{field}"), p)))
                .ok(),
        };
        let details = match kind {
            Some(TicketKind::NameCorrection) => {
                let email = email(&mut errs);
                let acc = name(&mut errs, "name_in_account", &subject.name_in_account);
                let con = name(&mut errs, "name_in_contract", &subject.name_in_contract);
                // A correction must change something.
                let con = match (&acc, con) {
                    (Some(a), Some(c))
                        if a.as_str().to_lowercase() == c.as_str().to_lowercase() =>
                    {
                        errs.push(FieldError::new(
                            "subject.name_in_contract",
                            FieldProblem::SameName,
                        ));
                        None
                    }
                    (_, c) => c,
                };
                let ident = match non_empty(&subject.identnummer) {
                    None => Some(None),
                    Some(v) => Identnummer::parse(v)
                        .map_err(|p| errs.push(FieldError::new("subject.identnummer", p)))
                        .ok()
                        .map(Some),
                };
                match (email, acc, con, ident) {
                    (
                        Some(email),
                        Some(name_in_account),
                        Some(name_in_contract),
                        Some(identnummer),
                    ) => Some(TicketDetails::NameCorrection {
                        email,
                        name_in_account,
                        name_in_contract,
                        identnummer,
                    }),
                    _ => None,
                }
            }
            Some(TicketKind::Deletion) => {
                let email = email(&mut errs);
                let full = name(&mut errs, "full_name", &subject.full_name);
                let reason = match non_empty(&self.reason) {
                    None => {
                        errs.push(FieldError::new("reason", FieldProblem::Required));
                        None
                    }
                    Some(r) => {
                        let parsed = DeletionReason::parse(r);
                        if parsed.is_none() {
                            errs.push(FieldError::new("reason", FieldProblem::InvalidChoice));
                        }
                        parsed
                    }
                };
                match (email, full, reason) {
                    (Some(email), Some(full_name), Some(reason)) => Some(TicketDetails::Deletion {
                        email,
                        full_name,
                        reason,
                    }),
                    _ => None,
                }
            }
            None => None,
        };
        let note = match non_empty(&self.note) {
            Some(n) if n.chars().count() > MAX_NOTE => {
                errs.push(FieldError::new(
                    "note",
                    FieldProblem::TooLong { max: MAX_NOTE },
                ));
                None
            }
            Some(n) => free_text(n, Lines::Multi)
                .map_err(|p| errs.push(FieldError::new("note", p)))
                .ok(),
            None => None,
        };
        match (requester, details) {
            (Some(requester), Some(details)) if errs.is_empty() => Ok(NewTicket {
                requester,
                details,
                note,
            }),
            _ => Err(Error::Validation { fields: errs }),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn validation_lists_every_field() {
        let req: TicketRequest =
            serde_json::from_str(r#"{"kind":"deletion","subject":{"email":"nope"}}"#).unwrap();
        let Err(Error::Validation { fields }) = req.validate() else {
            panic!("expected validation error")
        };
        let names: Vec<_> = fields.iter().map(|f| f.field.as_str()).collect();
        assert_eq!(
            names,
            ["requester", "subject.email", "subject.full_name", "reason"]
        );
        assert_eq!(fields[1].problem, FieldProblem::InvalidEmail);
    }

    #[test]
    fn validation_accepts_issue_bodies() {
        let nc: TicketRequest = serde_json::from_str(
            r#"{"kind":"name_correction","requester":{"id":"discord:123","display_name":"Max"},
                "subject":{"email":"max@example.org","name_in_account":"Max Muster","name_in_contract":"Max Mustermann","identnummer":"12345678"}}"#,
        )
        .unwrap();
        let t = nc.validate().unwrap();
        assert_eq!(t.details.kind(), TicketKind::NameCorrection);
        let del: TicketRequest = serde_json::from_str(
            r#"{"kind":"deletion","requester":{"id":"token:3","display_name":"Intake"},
                "subject":{"email":"max@example.org","full_name":"Max Muster"},"reason":"left_company","note":"x"}"#,
        )
        .unwrap();
        assert!(matches!(
            del.validate().unwrap().details,
            TicketDetails::Deletion {
                reason: DeletionReason::LeftCompany,
                ..
            }
        ));
        let bad: TicketRequest = serde_json::from_str(r#"{"kind":"deletion","requester":{"id":"discord:1","display_name":"M"},"subject":{"email":"a@b.de","full_name":"A B"},"reason":"bored"}"#).unwrap();
        let Err(Error::Validation { fields }) = bad.validate() else {
            panic!()
        };
        assert_eq!(fields[0].field, "reason");
        assert_eq!(fields[0].problem, FieldProblem::InvalidChoice);
    }

    #[test]
    fn a_name_correction_must_change_the_name() {
        let req: TicketRequest = serde_json::from_str(
            r#"{"kind":"name_correction","requester":{"id":"discord:1","display_name":"M"},
                "subject":{"email":"a@b.de","name_in_account":"Max Muster","name_in_contract":" max muster ","identnummer":"12"}}"#,
        )
        .unwrap();
        let Err(Error::Validation { fields }) = req.validate() else {
            panic!("expected validation error")
        };
        let found: Vec<_> = fields
            .iter()
            .map(|f| (f.field.as_str(), f.problem))
            .collect();
        assert_eq!(
            found,
            [
                ("subject.name_in_contract", FieldProblem::SameName),
                ("subject.identnummer", FieldProblem::InvalidIdentnummer),
            ]
        );
        assert_eq!(fields[0].leaf(), "name_in_contract");
    }

    #[test]
    fn control_characters_in_any_free_text_field_are_named() {
        let req: TicketRequest = serde_json::from_value(serde_json::json!({
            "kind": "name_correction",
            "requester": {"id": "discord:1", "display_name": "Max\u{0}"},
            "subject": {"email": "a@b.de", "name_in_account": "Max\u{0} Muster",
                        "name_in_contract": "Max Mustermann\u{1b}", "identnummer": "1234"},
            "note": "Zeile 1\r\nZeile 2\u{0}"
        }))
        .unwrap();
        let Err(Error::Validation { fields }) = req.validate() else {
            panic!("expected validation error")
        };
        let found: Vec<_> = fields
            .iter()
            .map(|f| (f.field.as_str(), f.code()))
            .collect();
        assert_eq!(
            found,
            [
                ("requester.display_name", "control_characters"),
                ("subject.name_in_account", "control_characters"),
                ("subject.name_in_contract", "control_characters"),
                ("note", "control_characters"),
            ]
        );
        // Line breaks and tabs are fine in the note, and a browser's CRLF becomes LF.
        let ok: TicketRequest = serde_json::from_value(serde_json::json!({
            "kind": "deletion",
            "requester": {"id": "discord:1", "display_name": "Max"},
            "subject": {"email": "a@b.de", "full_name": "Max Muster"},
            "reason": "left_company",
            "note": "Zeile 1\r\n\tZeile 2"
        }))
        .unwrap();
        assert_eq!(
            ok.validate().unwrap().note.as_deref(),
            Some("Zeile 1\n\tZeile 2")
        );
    }
}
