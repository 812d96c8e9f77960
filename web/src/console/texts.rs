//! The console's wording (German, Sie form). Core returns typed states and rules; they become
//! sentences here.

use helpdesk_core::{Action, DeletionReason, Rule, TicketKind, TicketState};

pub(crate) fn state(s: TicketState) -> &'static str {
    match s {
        TicketState::Open => "offen",
        TicketState::Approved => "genehmigt",
        TicketState::Done => "erledigt",
        TicketState::Rejected => "abgelehnt",
        TicketState::Cancelled => "storniert",
    }
}

pub(crate) fn kind(k: TicketKind) -> &'static str {
    match k {
        TicketKind::NameCorrection => "Namenskorrektur",
        TicketKind::Deletion => "Löschung",
    }
}

pub(crate) fn reason(r: DeletionReason) -> &'static str {
    match r {
        DeletionReason::LeftCompany => "hat den Betrieb verlassen",
        DeletionReason::DuplicateAccount => "doppeltes Konto",
        DeletionReason::Other => "anderer Grund",
    }
}

/// The verb on the button and in the confirmation.
pub(crate) fn action_button(a: Action) -> &'static str {
    match a {
        Action::Approve => "Freigeben",
        Action::Reject => "Ablehnen",
        Action::Complete => "Erledigt",
        Action::Cancel => "Stornieren",
        _ => "Ausführen",
    }
}

pub(crate) fn action_question(a: Action) -> &'static str {
    match a {
        Action::Approve => "Möchten Sie dieses Ticket freigeben?",
        Action::Reject => "Möchten Sie dieses Ticket ablehnen? Bitte geben Sie eine Begründung an.",
        Action::Complete => {
            "Haben Sie die Änderung im Berichtsheft ausgeführt? Dann markieren Sie das Ticket als erledigt."
        }
        _ => "Möchten Sie diese Aktion ausführen?",
    }
}

pub(crate) fn action_done(a: Action) -> &'static str {
    match a {
        Action::Approve => "Ihre Freigabe ist gespeichert.",
        Action::Reject => "Das Ticket ist abgelehnt.",
        Action::Complete => "Das Ticket ist als erledigt markiert.",
        _ => "Gespeichert.",
    }
}

pub(crate) fn rule(r: Rule) -> &'static str {
    match r {
        Rule::RoleRequired => "Ihre Rolle erlaubt diese Aktion nicht.",
        Rule::SelfApproval => {
            "Sie können kein Ticket freigeben, das Sie selbst angefragt oder eingereicht haben."
        }
        Rule::DistinctApprovers => {
            "Sie haben dieses Ticket bereits freigegeben. Die zweite Freigabe einer Löschung muss von einer anderen Person kommen."
        }
        Rule::OwnTicket => "Sie können Ihr eigenes Ticket nicht ablehnen.",
        Rule::RequesterOnly => "Nur die anfragende Person kann dieses Ticket stornieren.",
    }
}

pub(crate) const CONFLICT: &str = "Inzwischen hat jemand anderes dieses Ticket bearbeitet. Unten sehen Sie den aktuellen Stand. Prüfen Sie ihn und handeln Sie gegebenenfalls erneut.";
