//! The `custom_id` protocol of buttons and modals.
//!
//! All conversation state the bot needs after a click lives here (or in the database), never in
//! process memory, so any replica can handle the next interaction. Ids stay far below Discord's
//! 100-character limit: the longest part is a FAQ id (≤ 64) or a ticket id.

use helpdesk_faq::{FaqId, Lang, TicketKind};

/// What a button or modal submit asks for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    /// Show an entry (a "Meinten Sie …?" choice).
    ShowEntry {
        lang: Lang,
        id: FaqId,
    },
    /// 👍 / 👎 on an answer.
    Feedback {
        lang: Lang,
        id: FaqId,
        helpful: bool,
    },
    /// Post the answer visibly in the channel.
    Share {
        lang: Lang,
        id: FaqId,
    },
    /// Open the form of a ticket kind.
    OpenForm {
        lang: Lang,
        kind: TicketKind,
    },
    /// "Reach a person".
    Human {
        lang: Lang,
    },
    /// Submit of a ticket form.
    SubmitForm {
        lang: Lang,
        kind: TicketKind,
    },
    /// Staff: approve / ask for a reject reason / mark done.
    StaffApprove {
        ticket: String,
    },
    StaffReject {
        ticket: String,
    },
    StaffDone {
        ticket: String,
    },
    /// Staff: submit of the reject-reason modal.
    StaffRejectReason {
        ticket: String,
    },
}

fn lang_code(l: Lang) -> &'static str {
    l.code()
}

fn kind_code(k: TicketKind) -> &'static str {
    match k {
        TicketKind::NameCorrection => "nc",
        TicketKind::Deletion => "del",
    }
}

fn parse_lang(s: &str) -> Option<Lang> {
    match s {
        "de" => Some(Lang::De),
        "en" => Some(Lang::En),
        _ => None,
    }
}

fn parse_kind(s: &str) -> Option<TicketKind> {
    match s {
        "nc" => Some(TicketKind::NameCorrection),
        "del" => Some(TicketKind::Deletion),
        _ => None,
    }
}

fn valid_ticket(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 64
        && s.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

impl Action {
    /// The `custom_id` string.
    pub fn encode(&self) -> String {
        match self {
            Action::ShowEntry { lang, id } => format!("a:{}:{id}", lang_code(*lang)),
            Action::Feedback { lang, id, helpful } => format!(
                "fb:{}:{id}:{}",
                lang_code(*lang),
                if *helpful { "u" } else { "d" }
            ),
            Action::Share { lang, id } => format!("sh:{}:{id}", lang_code(*lang)),
            Action::OpenForm { lang, kind } => {
                format!("to:{}:{}", lang_code(*lang), kind_code(*kind))
            }
            Action::Human { lang } => format!("hp:{}", lang_code(*lang)),
            Action::SubmitForm { lang, kind } => {
                format!("f:{}:{}", lang_code(*lang), kind_code(*kind))
            }
            Action::StaffApprove { ticket } => format!("sa:{ticket}"),
            Action::StaffReject { ticket } => format!("sr:{ticket}"),
            Action::StaffDone { ticket } => format!("sd:{ticket}"),
            Action::StaffRejectReason { ticket } => format!("rr:{ticket}"),
        }
    }

    /// Parses a `custom_id`; `None` for anything this bot did not issue.
    pub fn parse(s: &str) -> Option<Action> {
        let parts: Vec<&str> = s.split(':').collect();
        let faq = |x: &str| FaqId::parse(x).ok();
        let ticket = |x: &str| valid_ticket(x).then(|| x.to_owned());
        Some(match parts.as_slice() {
            ["a", l, id] => Action::ShowEntry {
                lang: parse_lang(l)?,
                id: faq(id)?,
            },
            ["fb", l, id, ud] => Action::Feedback {
                lang: parse_lang(l)?,
                id: faq(id)?,
                helpful: match *ud {
                    "u" => true,
                    "d" => false,
                    _ => return None,
                },
            },
            ["sh", l, id] => Action::Share {
                lang: parse_lang(l)?,
                id: faq(id)?,
            },
            ["to", l, k] => Action::OpenForm {
                lang: parse_lang(l)?,
                kind: parse_kind(k)?,
            },
            ["hp", l] => Action::Human {
                lang: parse_lang(l)?,
            },
            ["f", l, k] => Action::SubmitForm {
                lang: parse_lang(l)?,
                kind: parse_kind(k)?,
            },
            ["sa", t] => Action::StaffApprove { ticket: ticket(t)? },
            ["sr", t] => Action::StaffReject { ticket: ticket(t)? },
            ["sd", t] => Action::StaffDone { ticket: ticket(t)? },
            ["rr", t] => Action::StaffRejectReason { ticket: ticket(t)? },
            _ => return None,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_action_round_trips_and_fits_discord_limit() {
        let id = FaqId::parse(&"x".repeat(64)).unwrap();
        let t = "0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b".to_owned();
        let all = [
            Action::ShowEntry {
                lang: Lang::De,
                id: id.clone(),
            },
            Action::Feedback {
                lang: Lang::En,
                id: id.clone(),
                helpful: false,
            },
            Action::Share {
                lang: Lang::En,
                id: id.clone(),
            },
            Action::OpenForm {
                lang: Lang::De,
                kind: TicketKind::Deletion,
            },
            Action::Human { lang: Lang::En },
            Action::SubmitForm {
                lang: Lang::En,
                kind: TicketKind::NameCorrection,
            },
            Action::StaffApprove { ticket: t.clone() },
            Action::StaffReject { ticket: t.clone() },
            Action::StaffDone { ticket: t.clone() },
            Action::StaffRejectReason { ticket: t },
        ];
        for a in all {
            let s = a.encode();
            assert!(s.len() <= 100, "{s}");
            assert_eq!(Action::parse(&s), Some(a));
        }
    }

    #[test]
    fn foreign_or_tampered_ids_are_rejected() {
        for bad in [
            "",
            "a",
            "a:fr:registrierungscode",
            "a:de:Bad Id",
            "fb:de:registrierungscode:x",
            "to:de:other",
            "sa:",
            "sa:../../x",
            "sa:1:2",
        ] {
            assert_eq!(Action::parse(bad), None, "{bad}");
        }
    }
}
