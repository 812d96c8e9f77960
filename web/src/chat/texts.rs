//! The chat's wording, German (Sie) and English. One place for every sentence of the chat
//! pages; templates read a [`Texts`] value.

use helpdesk_core::{TicketKind, TicketState};
use helpdesk_faq::Lang;

/// Where people can write when no form fits (shown with "weiß ich nicht").
pub(crate) const IT_EMAIL: &str = "digitalesberichtsheft@hannover.ihk.de";

/// Every fixed text of the chat pages in one language.
#[derive(Debug)]
pub(crate) struct Texts {
    pub title: &'static str,
    pub heading: &'static str,
    pub intro: &'static str,
    /// The accessible name of the question field (the contract: "Ihre Frage" / "Your question").
    pub question_label: &'static str,
    /// The submit button (the contract: "Fragen" / "Ask").
    pub ask_button: &'static str,
    pub log_label: &'static str,
    pub you_asked: &'static str,
    pub help_center: &'static str,
    pub feedback_question: &'static str,
    pub helpful: &'static str,
    pub not_helpful: &'static str,
    pub feedback_thanks: &'static str,
    pub did_you_mean: &'static str,
    pub unknown: &'static str,
    pub unknown_offer: &'static str,
    pub email_us: &'static str,
    pub phrased_note: &'static str,
    pub sources: &'static str,
    pub request_offer: &'static str,
    pub forms_heading: &'static str,
    pub form_name_correction: &'static str,
    pub form_deletion: &'static str,
    pub other_lang_label: &'static str,
    pub empty_question: &'static str,
    pub too_many: &'static str,
    pub failed: &'static str,
    // Ticket forms
    pub form_intro: &'static str,
    pub unverified_note: &'static str,
    pub your_name: &'static str,
    pub your_name_hint: &'static str,
    pub account_email: &'static str,
    pub account_email_hint: &'static str,
    pub name_in_account: &'static str,
    pub name_in_contract: &'static str,
    pub identnummer: &'static str,
    pub identnummer_hint: &'static str,
    pub full_name: &'static str,
    pub reason: &'static str,
    pub reason_left_company: &'static str,
    pub reason_duplicate_account: &'static str,
    pub reason_other: &'static str,
    pub note: &'static str,
    pub honeypot: &'static str,
    pub submit_ticket: &'static str,
    pub back_to_chat: &'static str,
    pub errors_heading: &'static str,
    pub duplicate: &'static str,
    // Filed and status pages
    pub filed_title: &'static str,
    pub filed_number: &'static str,
    pub filed_link_intro: &'static str,
    pub filed_link_once: &'static str,
    pub status_title: &'static str,
    pub status_state: &'static str,
    pub status_kind: &'static str,
    pub status_filed_at: &'static str,
    pub status_updated_at: &'static str,
    pub status_approvals: &'static str,
    pub status_reason: &'static str,
}

const DE: Texts = Texts {
    title: "Fragen zum Digitalen Berichtsheft",
    heading: "Fragen zum Digitalen Berichtsheft",
    intro: "Stellen Sie Ihre Frage zum Digitalen Berichtsheft im Serviceportal Bildung. Die Antworten kommen aus dem Hilfe-Center der IHK.",
    question_label: "Ihre Frage",
    ask_button: "Fragen",
    log_label: "Unterhaltung",
    you_asked: "Ihre Frage:",
    help_center: "Mehr dazu im Hilfe-Center",
    feedback_question: "War das hilfreich?",
    helpful: "Ja, hilfreich",
    not_helpful: "Nein, nicht hilfreich",
    feedback_thanks: "Danke für Ihre Rückmeldung!",
    did_you_mean: "Meinten Sie …?",
    unknown: "Das weiß ich nicht.",
    unknown_offer: "Dazu habe ich keine passende Antwort. Sie können einen Antrag stellen oder dem Team schreiben:",
    email_us: "E-Mail an das Team Digitales Berichtsheft",
    phrased_note: "Zusammengefasst aus diesen Einträgen des Hilfe-Centers:",
    sources: "Quellen",
    request_offer: "Dafür gibt es ein Formular:",
    forms_heading: "Anträge",
    form_name_correction: "Namen korrigieren lassen",
    form_deletion: "Konto oder Berichtsheft löschen lassen",
    other_lang_label: "English",
    empty_question: "Bitte geben Sie eine Frage ein.",
    too_many: "Sie haben gerade sehr viele Fragen gestellt. Bitte warten Sie einen Moment.",
    failed: "Die Antwort konnte gerade nicht geladen werden. Bitte versuchen Sie es erneut.",
    form_intro: "Füllen Sie das Formular aus. Das IT-Team der IHK prüft Ihren Antrag.",
    unverified_note: "Anträge aus dem Web sind nicht mit einem Konto verknüpft: Das IT-Team prüft Ihre Identität, bevor es etwas ändert, und meldet sich dazu gegebenenfalls per E-Mail.",
    your_name: "Ihr Name",
    your_name_hint: "So spricht das IT-Team Sie an.",
    account_email: "E-Mail-Adresse Ihres Kontos",
    account_email_hint: "Die Adresse, mit der Sie sich im Serviceportal Bildung anmelden.",
    name_in_account: "Name im Konto (falsch)",
    name_in_contract: "Name im Ausbildungsvertrag (richtig)",
    identnummer: "Identnummer (optional)",
    identnummer_hint: "Steht auf Ihrem Ausbildungsvertrag.",
    full_name: "Vollständiger Name der Person",
    reason: "Grund",
    reason_left_company: "Ausbildung beendet oder Betrieb verlassen",
    reason_duplicate_account: "Doppeltes Konto",
    reason_other: "Anderer Grund",
    note: "Anmerkung (optional)",
    honeypot: "Bitte dieses Feld leer lassen",
    submit_ticket: "Antrag senden",
    back_to_chat: "Zurück zum Chat",
    errors_heading: "Bitte prüfen Sie Ihre Angaben:",
    duplicate: "Für diese E-Mail-Adresse ist bereits ein Antrag dieser Art in Bearbeitung. Bitte warten Sie, bis er bearbeitet ist.",
    filed_title: "Antrag eingegangen",
    filed_number: "Ihre Ticketnummer",
    filed_link_intro: "Unter diesem privaten Link sehen Sie jederzeit, wie weit Ihr Antrag ist:",
    filed_link_once: "Speichern Sie den Link jetzt (z. B. als Lesezeichen): Er wird nur einmal angezeigt. Geben Sie ihn nicht weiter.",
    status_title: "Stand Ihres Antrags",
    status_state: "Stand",
    status_kind: "Art",
    status_filed_at: "Eingegangen am",
    status_updated_at: "Zuletzt geändert am",
    status_approvals: "Freigaben",
    status_reason: "Begründung",
};

const EN: Texts = Texts {
    title: "Questions about the Digital Record Book",
    heading: "Questions about the Digital Record Book",
    intro: "Ask your question about the Digital Record Book in the Serviceportal Bildung. The answers come from the IHK help center.",
    question_label: "Your question",
    ask_button: "Ask",
    log_label: "Conversation",
    you_asked: "Your question:",
    help_center: "More in the help center",
    feedback_question: "Was this helpful?",
    helpful: "Yes, helpful",
    not_helpful: "No, not helpful",
    feedback_thanks: "Thank you for your feedback!",
    did_you_mean: "Did you mean …?",
    unknown: "I don't know that, sorry.",
    unknown_offer: "I have no matching answer. You can file a request or write to the team:",
    email_us: "E-mail the Digital Record Book team",
    phrased_note: "Summarised from these help-center entries:",
    sources: "Sources",
    request_offer: "There is a form for that:",
    forms_heading: "Requests",
    form_name_correction: "Have your name corrected",
    form_deletion: "Have an account or record book deleted",
    other_lang_label: "Deutsch",
    empty_question: "Please enter a question.",
    too_many: "You have asked a lot of questions just now. Please wait a moment.",
    failed: "The answer could not be loaded just now. Please try again.",
    form_intro: "Fill in the form. The IHK IT team reviews your request.",
    unverified_note: "Requests from the web are not linked to an account: the IT team checks your identity before changing anything and may contact you by e-mail about it.",
    your_name: "Your name",
    your_name_hint: "How the IT team addresses you.",
    account_email: "E-mail address of your account",
    account_email_hint: "The address you sign in to the Serviceportal Bildung with.",
    name_in_account: "Name in the account (wrong)",
    name_in_contract: "Name in the training contract (correct)",
    identnummer: "Identnummer (optional)",
    identnummer_hint: "It is on your training contract.",
    full_name: "Full name of the person",
    reason: "Reason",
    reason_left_company: "Training finished or left the company",
    reason_duplicate_account: "Duplicate account",
    reason_other: "Other reason",
    note: "Note (optional)",
    honeypot: "Please leave this field empty",
    submit_ticket: "Send request",
    back_to_chat: "Back to the chat",
    errors_heading: "Please check your entries:",
    duplicate: "A request of this kind is already being processed for this e-mail address. Please wait until it is done.",
    filed_title: "Request received",
    filed_number: "Your ticket number",
    filed_link_intro: "This private link shows how far your request has got, at any time:",
    filed_link_once: "Save the link now (e.g. as a bookmark): it is shown only once. Do not share it.",
    status_title: "Status of your request",
    status_state: "Status",
    status_kind: "Kind",
    status_filed_at: "Received on",
    status_updated_at: "Last changed on",
    status_approvals: "Approvals",
    status_reason: "Reason given",
};

pub(crate) fn texts(lang: Lang) -> &'static Texts {
    match lang {
        Lang::De => &DE,
        Lang::En => &EN,
    }
}

/// The name of a ticket kind, as a form title.
pub(crate) fn kind_title(kind: TicketKind, lang: Lang) -> &'static str {
    match (kind, lang) {
        (TicketKind::NameCorrection, Lang::De) => "Antrag auf Namenskorrektur",
        (TicketKind::NameCorrection, Lang::En) => "Request a name correction",
        (TicketKind::Deletion, Lang::De) => "Antrag auf Löschung",
        (TicketKind::Deletion, Lang::En) => "Request a deletion",
    }
}

/// A ticket's state in plain words, for the requester.
pub(crate) fn state_words(state: TicketState, lang: Lang) -> &'static str {
    match (state, lang) {
        (TicketState::Open, Lang::De) => "offen – das IT-Team prüft Ihren Antrag",
        (TicketState::Open, Lang::En) => "open – the IT team is reviewing your request",
        (TicketState::Approved, Lang::De) => "genehmigt – das IT-Team setzt ihn jetzt um",
        (TicketState::Approved, Lang::En) => "approved – the IT team is carrying it out now",
        (TicketState::Done, Lang::De) => "erledigt",
        (TicketState::Done, Lang::En) => "done",
        (TicketState::Rejected, Lang::De) => "abgelehnt",
        (TicketState::Rejected, Lang::En) => "rejected",
        (TicketState::Cancelled, Lang::De) => "zurückgezogen",
        (TicketState::Cancelled, Lang::En) => "withdrawn",
    }
}

/// The message for one field problem from core's validation, by field and code.
pub(crate) fn field_message(field: &str, code: &str, lang: Lang) -> String {
    let t = texts(lang);
    let label = match field {
        "requester.display_name" => t.your_name,
        "subject.email" => t.account_email,
        "subject.name_in_account" => t.name_in_account,
        "subject.name_in_contract" => t.name_in_contract,
        "subject.identnummer" => t.identnummer,
        "subject.full_name" => t.full_name,
        "reason" => t.reason,
        "note" => t.note,
        _ => "",
    };
    match (code, lang) {
        ("required", Lang::De) => format!("Bitte füllen Sie „{label}“ aus."),
        ("required", Lang::En) => format!("Please fill in \"{label}\"."),
        ("invalid_email", Lang::De) => {
            "Bitte geben Sie eine gültige E-Mail-Adresse an (z. B. name@beispiel.de).".to_owned()
        }
        ("invalid_email", Lang::En) => {
            "Please enter a valid e-mail address (e.g. name@example.com).".to_owned()
        }
        ("invalid_name", Lang::De) => format!("„{label}“ muss einen Namen enthalten."),
        ("invalid_name", Lang::En) => format!("\"{label}\" must contain a name."),
        ("control_characters", Lang::De) => {
            format!("„{label}“ enthält ein Steuerzeichen. Bitte geben Sie nur normalen Text ein.")
        }
        ("control_characters", Lang::En) => {
            format!("\"{label}\" contains a control character. Please enter plain text only.")
        }
        ("too_long", Lang::De) => format!("„{label}“ ist zu lang."),
        ("too_long", Lang::En) => format!("\"{label}\" is too long."),
        ("invalid_choice", Lang::De) => {
            format!("Bitte wählen Sie bei „{label}“ eine der Möglichkeiten.")
        }
        ("invalid_choice", Lang::En) => {
            format!("Please choose one of the options for \"{label}\".")
        }
        (_, Lang::De) if field == "subject.identnummer" => {
            "Die Identnummer hat 4 bis 20 Buchstaben oder Ziffern.".to_owned()
        }
        (_, Lang::En) if field == "subject.identnummer" => {
            "The Identnummer has 4 to 20 letters or digits.".to_owned()
        }
        (_, Lang::De) => format!("Bitte prüfen Sie „{label}“."),
        (_, Lang::En) => format!("Please check \"{label}\"."),
    }
}
