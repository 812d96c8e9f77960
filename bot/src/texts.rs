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
        FieldProblem::ControlCharacters => tr(
            lang,
            "enthält ein Steuerzeichen; bitte geben Sie nur normalen Text ein",
            "contains a control character; please enter plain text only",
        )
        .to_owned(),
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

/// "Ihre Namenskorrektur" / "Ihr Löschantrag" (the possessive agrees with the noun).
pub fn your_kind(lang: Lang, kind: TicketKind) -> String {
    match (lang, kind) {
        (Lang::De, TicketKind::NameCorrection) => "Ihre Namenskorrektur".to_owned(),
        (Lang::De, TicketKind::Deletion) => "Ihr Löschantrag".to_owned(),
        (Lang::En, k) => format!("Your {}", kind_name(lang, k).to_lowercase()),
    }
}

pub const RATE_LIMITED: (&str, &str) = (
    "Das waren gerade viele Anfragen auf einmal. Bitte warten Sie eine Minute und versuchen Sie es dann noch einmal.",
    "That was a lot of requests at once. Please wait a minute and try again.",
);
pub const BUTTON_EXPIRED: (&str, &str) = (
    "Diese Schaltfläche ist veraltet. Bitte stellen Sie Ihre Frage erneut.",
    "This button has expired. Please ask your question again.",
);
pub const FORM_EXPIRED: (&str, &str) = (
    "Dieses Formular ist veraltet. Bitte öffnen Sie es erneut.",
    "This form has expired. Please open it again.",
);
pub const SORRY: (&str, &str) = (
    "Da ist bei uns gerade etwas schiefgegangen. Bitte versuchen Sie es in ein paar Minuten noch einmal.",
    "Something went wrong on our side. Please try again in a few minutes.",
);
pub const ASK_SOMETHING: (&str, &str) = (
    "Stellen Sie mir eine Frage zum Digitalen Berichtsheft, z. B. „Woher bekomme ich einen Registrierungscode?“",
    "Ask me a question about the Digital Record Book, e.g. \"Where do I get a registration code?\"",
);
pub const THANKS_HELPFUL: (&str, &str) =
    ("Danke für Ihr Feedback! 👍", "Thanks for your feedback! 👍");
pub const THANKS_NOT_HELPFUL: (&str, &str) = (
    "Danke für Ihr Feedback. Wir verbessern diese Antwort. Wenn Ihnen nichts weiterhilft, schreiben Sie uns gern über „Mit einem Menschen sprechen“.",
    "Thanks for your feedback. We will improve this answer. If nothing helps, reach us via \"Talk to a person\".",
);
pub const USE_THE_FORM: (&str, &str) = ("Bitte nutzen Sie das Formular.", "Please use the form.");
pub const ENTRY_GONE: (&str, &str) = (
    "Diesen Eintrag gibt es nicht mehr. Bitte stellen Sie Ihre Frage erneut.",
    "This entry no longer exists. Please ask your question again.",
);
pub const NO_TICKETS: (&str, &str) = (
    "Sie haben noch keine Tickets. Mit `/namenskorrektur` oder `/loeschantrag` stellen Sie einen Antrag.",
    "You have no tickets yet. Use `/name-correction` or `/deletion-request` to open one.",
);
pub const YOUR_TICKETS: (&str, &str) = ("Ihre Tickets", "Your tickets");

/// Picks one language of a `(German, English)` pair.
pub fn t(lang: Lang, text: (&'static str, &'static str)) -> &'static str {
    tr(lang, text.0, text.1)
}

/// The confirmation after a ticket form was filed.
pub fn ticket_received(lang: Lang, kind: TicketKind, number: &str) -> String {
    let pronoun = match kind {
        TicketKind::NameCorrection => "sie",
        TicketKind::Deletion => "ihn",
    };
    match lang {
        Lang::De => format!(
            "Danke! {} ist eingegangen: **Ticket {number}**. Das IT-Team prüft {pronoun}; Sie bekommen eine Direktnachricht, sobald sich etwas tut. Ihre Tickets sehen Sie mit `/meine-tickets`.",
            your_kind(lang, kind)
        ),
        Lang::En => format!(
            "Thank you! {} has been received: **ticket {number}**. The IT team will review it; you will get a direct message as soon as something happens. See your tickets with `/my-tickets`.",
            your_kind(lang, kind)
        ),
    }
}

/// The reply when a ticket of this kind is already open for the address. `number` is given
/// only when the caller may see that ticket.
pub fn already_open(lang: Lang, kind: TicketKind, number: Option<&str>) -> String {
    match (lang, number) {
        (Lang::De, Some(n)) => format!(
            "Für diese E-Mail-Adresse ist bereits ein Antrag dieser Art offen ({}: **Ticket {n}**). Bitte warten Sie, bis er bearbeitet ist.",
            kind_name(lang, kind)
        ),
        (Lang::De, None) => format!(
            "Für diese E-Mail-Adresse wird bereits ein Antrag dieser Art ({}) bearbeitet. Bitte warten Sie, bis er erledigt ist.",
            kind_name(lang, kind)
        ),
        (Lang::En, Some(n)) => format!(
            "There is already an open {} for this e-mail address: **ticket {n}**. Please wait until it has been handled.",
            kind_name(lang, kind).to_lowercase()
        ),
        (Lang::En, None) => format!(
            "A {} for this e-mail address is already being handled. Please wait until it is done.",
            kind_name(lang, kind).to_lowercase()
        ),
    }
}

/// Staff-channel texts (German: the staff channel is internal).
pub mod staff {
    use helpdesk_core::Rule;
    use helpdesk_core::model::Action;

    use crate::ports::Conflict;

    pub const REJECT_TITLE: &str = "Ticket ablehnen";
    pub const REJECT_PLACEHOLDER: &str =
        "Wird der anfragenden Person mitgeteilt. Keine internen Details.";
    pub const REASON_REQUIRED: &str = "Bitte geben Sie eine Begründung für die Ablehnung an.";
    pub const ROLE_REQUIRED: &str = "Diese Schaltflächen sind dem IT-Team vorbehalten.";
    pub const NOT_LINKED: &str = "Ihr Discord-Konto ist mit keinem IT-Token verknüpft. \
        Bitte lassen Sie es von einer Administratorin oder einem Administrator verknüpfen.";
    pub const NOT_FOUND: &str = "Dieses Ticket gibt es nicht (mehr).";

    /// Field problems found when a staff action was checked.
    pub fn invalid(fields: &[helpdesk_core::FieldError]) -> String {
        let lang = helpdesk_faq::Lang::De;
        format!(
            "Ungültige Angaben: {}",
            fields
                .iter()
                .map(|f| format!(
                    "{}: {}",
                    super::field_label(lang, f.leaf()),
                    super::problem(lang, f.problem)
                ))
                .collect::<Vec<_>>()
                .join("; ")
        )
    }

    /// A ticket of this kind is already open (its number when the caller may see it).
    pub fn duplicate(number: Option<&str>) -> String {
        match number {
            Some(n) => format!("Es gibt bereits Ticket {n}."),
            None => {
                "Für diese E-Mail-Adresse wird bereits ein Antrag dieser Art bearbeitet.".to_owned()
            }
        }
    }

    /// Why a rule refused the action.
    pub fn rule(rule: Rule) -> &'static str {
        match rule {
            Rule::RoleRequired => "Dafür fehlt Ihnen die Berechtigung.",
            Rule::SelfApproval => {
                "Sie können kein Ticket freigeben, das Sie selbst angefragt haben."
            }
            Rule::DistinctApprovers => {
                "Die zweite Freigabe einer Löschung muss von einer anderen Person kommen."
            }
            Rule::OwnTicket => {
                "Sie können Ihr eigenes Ticket nicht ablehnen; ziehen Sie es stattdessen zurück."
            }
            Rule::RequesterOnly => "Nur die anfragende Person kann dieses Ticket zurückziehen.",
        }
    }

    /// Why the ticket's state does not allow the action.
    pub fn conflict(c: Conflict) -> String {
        match c {
            Conflict::Changed => "Das Ticket wurde inzwischen geändert. Bitte laden Sie es neu \
                und versuchen Sie es noch einmal."
                .to_owned(),
            Conflict::Transition { from, action } => format!(
                "Ein Ticket im Zustand „{}“ kann nicht {} werden.",
                super::state_name(helpdesk_faq::Lang::De, from),
                past(action)
            ),
            Conflict::KeyReused => {
                "Diese Anfrage wurde schon mit anderen Angaben gestellt.".to_owned()
            }
        }
    }

    fn past(action: Action) -> &'static str {
        match action {
            Action::Create => "angelegt",
            Action::Approve => "freigegeben",
            Action::Reject => "abgelehnt",
            Action::Complete => "erledigt",
            Action::Cancel => "zurückgezogen",
            Action::Erase => "gelöscht",
        }
    }
}
