//! Reading a submitted ticket form into a [`TicketForm`].

use helpdesk_faq::TicketKind;

use crate::ports::{DeletionReason, TicketForm};

pub(crate) fn field(fields: &[(String, String)], name: &str) -> Option<String> {
    fields
        .iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.trim().to_owned())
}

fn plausible_email(s: &str) -> bool {
    let Some((local, domain)) = s.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !s.chars().any(|c| c.is_whitespace() || c.is_control())
        && !domain.contains('@')
}

fn parse_reason(s: &str) -> Option<DeletionReason> {
    let s = s.trim().to_lowercase();
    let s = s.trim_end_matches('.');
    match s {
        "1" | "left_company" | "betrieb verlassen" | "left the company" | "left company" => {
            Some(DeletionReason::LeftCompany)
        }
        "2" | "duplicate_account" | "doppeltes konto" | "duplicate account" | "duplicate" => {
            Some(DeletionReason::DuplicateAccount)
        }
        "3" | "other" | "sonstiges" | "andere" | "anderes" => Some(DeletionReason::Other),
        _ => None,
    }
}

/// Parses a submitted form. Errors are `(field, problem key)`.
pub fn parse_form(
    kind: TicketKind,
    fields: &[(String, String)],
) -> Result<TicketForm, Vec<(String, String)>> {
    let mut problems: Vec<(String, String)> = Vec::new();
    let need = |name: &str, max: usize, problems: &mut Vec<(String, String)>| {
        let v = field(fields, name).unwrap_or_default();
        if v.is_empty() {
            problems.push((name.to_owned(), "required".to_owned()));
        } else if v.chars().count() > max {
            problems.push((name.to_owned(), "too_long".to_owned()));
        }
        v
    };
    let optional = |name: &str| field(fields, name).filter(|v| !v.is_empty());
    let email = need("email", 254, &mut problems);
    if !email.is_empty() && !plausible_email(&email) {
        problems.push(("email".to_owned(), "email".to_owned()));
    }
    let form = match kind {
        TicketKind::NameCorrection => {
            let name_in_account = need("name_in_account", 200, &mut problems);
            let name_in_contract = need("name_in_contract", 200, &mut problems);
            if !name_in_account.is_empty()
                && name_in_account.to_lowercase() == name_in_contract.to_lowercase()
            {
                problems.push(("name_in_contract".to_owned(), "same_name".to_owned()));
            }
            let identnummer = optional("identnummer");
            if identnummer
                .as_ref()
                .is_some_and(|i| i.len() > 20 || !i.chars().all(|c| c.is_ascii_alphanumeric()))
            {
                problems.push(("identnummer".to_owned(), "identnummer".to_owned()));
            }
            TicketForm::NameCorrection {
                email,
                name_in_account,
                name_in_contract,
                identnummer,
                note: optional("note"),
            }
        }
        TicketKind::Deletion => {
            let full_name = need("full_name", 200, &mut problems);
            let raw_reason = need("reason", 40, &mut problems);
            let reason = parse_reason(&raw_reason);
            if !raw_reason.is_empty() && reason.is_none() {
                problems.push(("reason".to_owned(), "reason".to_owned()));
            }
            TicketForm::Deletion {
                full_name,
                email,
                reason: reason.unwrap_or(DeletionReason::Other),
                note: optional("note"),
            }
        }
    };
    if problems.is_empty() {
        Ok(form)
    } else {
        Err(problems)
    }
}
