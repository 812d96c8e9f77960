//! Everything the bot says, in German and English, in one place.

use helpdesk_core::FieldProblem;
use helpdesk_faq::{Lang, TicketKind};

use crate::ports::{DeletionReason, TicketState};

/// Picks the German or the English text.
pub fn tr(lang: Lang, de: &'static str, en: &'static str) -> &'static str {
    match lang {
        Lang::De => de,
        Lang::En => en,
    }
}

pub fn kind_name(lang: Lang, kind: TicketKind) -> &'static str {
    match kind {
        TicketKind::NameCorrection => tr(lang, "Namenskorrektur", "Name correction"),
        TicketKind::Deletion => tr(lang, "Löschantrag", "Deletion request"),
    }
}

pub fn state_name(lang: Lang, state: TicketState) -> &'static str {
    match state {
        TicketState::Open => tr(lang, "offen", "open"),
        TicketState::Approved => tr(lang, "freigegeben", "approved"),
        TicketState::Rejected => tr(lang, "abgelehnt", "rejected"),
        TicketState::Done => tr(lang, "erledigt", "done"),
        TicketState::Cancelled => tr(lang, "zurückgezogen", "cancelled"),
    }
}

pub fn reason_name(lang: Lang, r: DeletionReason) -> &'static str {
    match r {
        DeletionReason::LeftCompany => tr(lang, "Betrieb verlassen", "left the company"),
        DeletionReason::DuplicateAccount => tr(lang, "doppeltes Konto", "duplicate account"),
        DeletionReason::Other => tr(lang, "sonstiges", "other"),
    }
}

/// The label of a form field (also used in validation messages).
pub fn field_label(lang: Lang, field: &str) -> &'static str {
    match field {
        "email" => tr(
            lang,
            "E-Mail-Adresse des Kontos",
            "E-mail address of the account",
        ),
        "name_in_account" => tr(lang, "Name im Konto", "Name in the account"),
        "name_in_contract" => tr(
            lang,
            "Name im Ausbildungsvertrag",
            "Name in the training contract",
        ),
        "identnummer" => tr(lang, "Identnummer (optional)", "Ident number (optional)"),
        "note" => tr(lang, "Anmerkung (optional)", "Note (optional)"),
        "full_name" => tr(lang, "Vollständiger Name", "Full name"),
        "reason" => tr(lang, "Grund: 1, 2 oder 3", "Reason: 1, 2 or 3"),
        "reject_reason" => tr(lang, "Begründung der Ablehnung", "Reason for rejecting"),
        _ => tr(lang, "Feld", "Field"),
    }
}

/// What is wrong with a form field, as core's validation found it.
pub fn problem(lang: Lang, p: FieldProblem) -> String {
    match p {
        FieldProblem::Required => tr(lang, "bitte ausfüllen", "please fill in").to_owned(),
        FieldProblem::TooLong { max } => match lang {
            Lang::De => format!("ist zu lang (höchstens {max} Zeichen)"),
            Lang::En => format!("is too long (at most {max} characters)"),
        },
        FieldProblem::InvalidEmail => tr(
            lang,
            "bitte eine gültige E-Mail-Adresse angeben (z. B. name@beispiel.de)",
            "please enter a valid e-mail address (e.g. name@example.com)",
        )
        .to_owned(),
        FieldProblem::InvalidName => {
            tr(lang, "bitte einen Namen angeben", "please enter a name").to_owned()
        }
        FieldProblem::InvalidChoice => tr(
            lang,
            "bitte 1 (Betrieb verlassen), 2 (doppeltes Konto) oder 3 (sonstiges) angeben",
            "please enter 1 (left the company), 2 (duplicate account) or 3 (other)",
        )
        .to_owned(),
        FieldProblem::InvalidIdentnummer => tr(
            lang,
            "bitte 4 bis 20 Ziffern oder Buchstaben angeben",
            "please enter 4 to 20 digits or letters",
        )
        .to_owned(),
        FieldProblem::SameName => tr(
            lang,
            "unterscheidet sich nicht vom Namen im Konto",
            "is the same as the name in the account",
        )
        .to_owned(),
        FieldProblem::InvalidIdentity
        | FieldProblem::InvalidFormat
        | FieldProblem::AlreadyLinked => tr(lang, "ist ungültig", "is not valid").to_owned(),
    }
}
