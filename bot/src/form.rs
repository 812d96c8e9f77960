//! Reading a submitted ticket form: the modal's text inputs become core's [`TicketRequest`],
//! checked by core's one validation ([`TicketRequest::validate`]). The bot adds no rule of its
//! own; it only reads its menu for the deletion reason ("1", "2", "3" or the words) and words
//! the problems in [`crate::texts::problem`].

use helpdesk_core::{
    DeletionReason, Error, FieldError, FieldProblem, NewTicket, RequesterRequest, SubjectRequest,
    TicketRequest,
};
use helpdesk_faq::TicketKind;

use crate::ports::ChatUser;

/// The trimmed value of one text input, if the modal sent it.
pub(crate) fn field(fields: &[(String, String)], name: &str) -> Option<String> {
    fields
        .iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.trim().to_owned())
}

/// The form's reason menu: `1`/`2`/`3` or the words in either language.
fn menu_reason(s: &str) -> Option<DeletionReason> {
    let s = s.trim().to_lowercase();
    let s = s.trim_end_matches('.');
    match s {
        "1" | "betrieb verlassen" | "left the company" | "left company" => {
            Some(DeletionReason::LeftCompany)
        }
        "2" | "doppeltes konto" | "duplicate account" | "duplicate" => {
            Some(DeletionReason::DuplicateAccount)
        }
        "3" | "sonstiges" | "andere" | "anderes" => Some(DeletionReason::Other),
        // Core's own codes (`left_company`, …) are read by core.
        _ => None,
    }
}

/// Reads a submitted form of `kind` sent by `user` and validates it with core. Errors list every
/// field at fault; [`FieldError::leaf`] is the form's input id (`email`, `name_in_contract`, …).
pub fn read_form(
    kind: TicketKind,
    fields: &[(String, String)],
    user: &ChatUser,
) -> Result<NewTicket, Vec<FieldError>> {
    let value = |name: &str| field(fields, name).filter(|v| !v.is_empty());
    let (subject, reason) = match kind {
        TicketKind::NameCorrection => (
            SubjectRequest {
                email: value("email"),
                name_in_account: value("name_in_account"),
                name_in_contract: value("name_in_contract"),
                identnummer: value("identnummer"),
                full_name: None,
            },
            None,
        ),
        TicketKind::Deletion => (
            SubjectRequest {
                email: value("email"),
                full_name: value("full_name"),
                ..SubjectRequest::default()
            },
            value("reason").map(|r| match menu_reason(&r) {
                Some(reason) => reason.as_str().to_owned(),
                None => r,
            }),
        ),
    };
    let request = TicketRequest {
        kind: Some(kind.as_str().to_owned()),
        requester: Some(RequesterRequest {
            id: Some(user.id.clone()),
            display_name: Some(user.display_name.clone()),
        }),
        subject: Some(subject),
        reason,
        note: value("note"),
    };
    match request.validate() {
        Ok(new) => Ok(new),
        Err(Error::Validation { fields }) => Err(fields),
        // `validate` reports nothing else; should that change, refuse the form as a whole.
        Err(other) => {
            tracing::error!(code = other.code(), "unexpected form validation error");
            Err(vec![FieldError::new("form", FieldProblem::InvalidFormat)])
        }
    }
}
