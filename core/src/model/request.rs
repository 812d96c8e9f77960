//! Create requests as they arrive and their validation into a [`NewTicket`].

use serde::{Deserialize, Serialize};

use super::{
    DeletionReason, Email, Identity, Identnummer, NewTicket, PersonName, Requester, TicketDetails,
    TicketKind,
};
use crate::error::{Error, FieldError};

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
pub struct TicketRequest {
    #[serde(default)]
    pub kind: Option<String>,
    #[serde(default)]
    pub requester: Option<RequesterRequest>,
    #[serde(default)]
    pub subject: Option<SubjectRequest>,
    #[serde(default)]
    pub reason: Option<String>,
    #[serde(default)]
    pub note: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RequesterRequest {
    #[serde(default)]
    pub id: Option<String>,
    #[serde(default)]
    pub display_name: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SubjectRequest {
    #[serde(default)]
    pub email: Option<String>,
    #[serde(default)]
    pub name_in_account: Option<String>,
    #[serde(default)]
    pub name_in_contract: Option<String>,
    #[serde(default)]
    pub identnummer: Option<String>,
    #[serde(default)]
    pub full_name: Option<String>,
}

const MAX_NOTE: usize = 2000;
const MAX_DISPLAY_NAME: usize = 100;

fn field_error(field: &str, code: &str) -> FieldError {
    match code {
        "required" => FieldError::required(field),
        "too_long" => FieldError::too_long(field, 200),
        "invalid_email" => FieldError::new(
            field,
            code,
            "Bitte gib eine gültige E-Mail-Adresse an (z. B. name@beispiel.de).",
            "Please enter a valid e-mail address (e.g. name@example.com).",
        ),
        "invalid_name" => FieldError::new(
            field,
            code,
            &format!("Das Feld „{field}“ muss einen Namen enthalten."),
            &format!("The field \"{field}\" must contain a name."),
        ),
        "invalid_identity" => FieldError::new(
            field,
            code,
            "Die Kennung muss die Form plattform:id haben (z. B. discord:123).",
            "The id must look like platform:id (e.g. discord:123).",
        ),
        "invalid_choice" => FieldError::new(
            field,
            code,
            &format!("Der Wert von „{field}“ ist keine der erlaubten Möglichkeiten."),
            &format!("The value of \"{field}\" is not one of the allowed choices."),
        ),
        _ => FieldError::new(
            field,
            "invalid_format",
            &format!("Das Feld „{field}“ hat ein ungültiges Format."),
            &format!("The field \"{field}\" has an invalid format."),
        ),
    }
}

fn non_empty(s: &Option<String>) -> Option<&str> {
    s.as_deref().map(str::trim).filter(|s| !s.is_empty())
}

impl TicketRequest {
    /// Check every field; on failure list all fields at fault.
    pub fn validate(&self) -> Result<NewTicket, Error> {
        let mut errs = Vec::new();
        let kind = match non_empty(&self.kind) {
            None => {
                errs.push(FieldError::required("kind"));
                None
            }
            Some(k) => match k.parse::<TicketKind>() {
                Ok(k) => Some(k),
                Err(_) => {
                    errs.push(field_error("kind", "invalid_choice"));
                    None
                }
            },
        };
        let requester = match &self.requester {
            None => {
                errs.push(FieldError::required("requester"));
                None
            }
            Some(r) => {
                let id = match non_empty(&r.id) {
                    None => {
                        errs.push(FieldError::required("requester.id"));
                        None
                    }
                    Some(id) => Identity::parse(id)
                        .map_err(|c| errs.push(field_error("requester.id", c)))
                        .ok(),
                };
                let display_name = match non_empty(&r.display_name) {
                    None => {
                        errs.push(FieldError::required("requester.display_name"));
                        None
                    }
                    Some(n) if n.chars().count() > MAX_DISPLAY_NAME => {
                        errs.push(FieldError::too_long(
                            "requester.display_name",
                            MAX_DISPLAY_NAME,
                        ));
                        None
                    }
                    Some(n) if n.chars().any(char::is_control) => {
                        errs.push(field_error("requester.display_name", "invalid_format"));
                        None
                    }
                    Some(n) => Some(n.to_owned()),
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
                errs.push(FieldError::required("subject"));
                &empty
            }
        };
        let has_subject = self.subject.is_some();
        let email = |errs: &mut Vec<FieldError>| match non_empty(&subject.email) {
            None => {
                if has_subject {
                    errs.push(FieldError::required("subject.email"));
                }
                None
            }
            Some(e) => Email::parse(e)
                .map_err(|c| errs.push(field_error("subject.email", c)))
                .ok(),
        };
        let name = |errs: &mut Vec<FieldError>, field: &str, value: &Option<String>| match non_empty(
            value,
        ) {
            None => {
                if has_subject {
                    errs.push(FieldError::required(&format!("subject.{field}")));
                }
                None
            }
            Some(v) => PersonName::parse(v)
                .map_err(|c| errs.push(field_error(&format!("subject.{field}"), c)))
                .ok(),
        };
        let details = match kind {
            Some(TicketKind::NameCorrection) => {
                let email = email(&mut errs);
                let acc = name(&mut errs, "name_in_account", &subject.name_in_account);
                let con = name(&mut errs, "name_in_contract", &subject.name_in_contract);
                let ident = match non_empty(&subject.identnummer) {
                    None => Some(None),
                    Some(v) => Identnummer::parse(v)
                        .map_err(|c| errs.push(field_error("subject.identnummer", c)))
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
                        errs.push(FieldError::required("reason"));
                        None
                    }
                    Some(r) => {
                        let parsed = DeletionReason::parse(r);
                        if parsed.is_none() {
                            errs.push(field_error("reason", "invalid_choice"));
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
                errs.push(FieldError::too_long("note", MAX_NOTE));
                None
            }
            other => other.map(str::to_owned),
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
        assert_eq!(fields[1].code, "invalid_email");
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
        assert_eq!(fields[0].code, "invalid_choice");
    }
}
