//! Ticket intent: does the user want IT to correct a name/account data, or to delete a user?
//!
//! Decided from the question alone, independent of which entry ranks first, so the bot can
//! offer the right ticket even when the wording matches a neighbouring entry. An intent needs
//! both an *action* (correct/change — delete/remove) and an *object* that IT staff act on (a
//! name or user data — a user, apprentice or account). "When is the record book deleted?"
//! has the action but not a person as object, so it is a question, not a ticket.
//!
//! A question *about* the procedure ("Wie lange dauert die Namenskorrektur?", "Was kostet eine
//! Löschung?", "When will my name be corrected?") is not a request either. Colloquial actions
//! count ("wie bekomme ich ihn aus dem Portal raus" is a deletion: "raus" + a person).

use helpdesk_faq::TicketKind;

use crate::analysis::Word;

fn has(words: &[Word], concepts: &[&str]) -> bool {
    words
        .iter()
        .any(|w| w.terms.iter().any(|t| concepts.contains(&t.as_str())))
}

fn has_surface(words: &[Word], pred: impl Fn(&str) -> bool) -> bool {
    words.iter().any(|w| pred(&w.surface))
}

/// Words (folded) that start a question about the procedure rather than a request.
const PROCEDURE_START: &[&[&str]] = &[
    &["wie", "lange"],
    &["wie", "viel"],
    &["wieviel"],
    &["wie", "oft"],
    &["wann"],
    &["bis", "wann"],
    &["was", "kostet"],
    &["was", "kosten"],
    &["warum"],
    &["wieso"],
    &["weshalb"],
    &["how", "long"],
    &["how", "much"],
    &["how", "often"],
    &["when"],
    &["why"],
];

/// Words of a procedure question anywhere in the sentence ("dauert", "kostet", "takes").
const PROCEDURE_WORDS: &[&str] = &[
    "dauert", "dauern", "kostet", "kosten", "gebuhr", "gebuhren", "takes", "cost", "costs", "fee",
];

/// Explicit request markers that make even a "wann"/"how long" sentence a request.
const REQUEST_MARKERS: &[&str] = &[
    "bitte",
    "please",
    "mochte",
    "moechte",
    "will",
    "want",
    "brauche",
    "need",
    "beantrage",
    "beantragen",
];

/// Recognises a request in a message text, given its German and English analyses.
pub fn detect_in(text: &str, de: &[Word], en: &[Word]) -> Option<TicketKind> {
    let raw: Vec<String> = crate::analysis::word_spans(text)
        .into_iter()
        .map(crate::analysis::fold)
        .collect();
    let starts = |p: &[&str]| p.len() <= raw.len() && p.iter().zip(&raw).all(|(a, b)| a == b);
    let procedure = PROCEDURE_START.iter().any(|p| starts(p))
        || raw.iter().any(|w| PROCEDURE_WORDS.contains(&w.as_str()));
    let requested = raw.iter().any(|w| REQUEST_MARKERS.contains(&w.as_str()));
    if procedure && !requested {
        return None;
    }
    let words: Vec<Word> = de.iter().chain(en).cloned().collect();
    if let Some(kind) = detect(&words) {
        return Some(kind);
    }
    // Colloquial removal: "wie bekomme ich ihn aus dem Portal raus", "get him out of the
    // portal", "kick her out", with a person (often only a pronoun) as object.
    let out = raw.iter().any(|w| {
        matches!(
            w.as_str(),
            "raus"
                | "rausnehmen"
                | "rauswerfen"
                | "rausbekommen"
                | "rauskriegen"
                | "rausloschen"
                | "herausnehmen"
                | "deaktivieren"
                | "deactivate"
                | "rid"
        )
    }) || raw.windows(2).any(|p| {
        matches!(
            (p[0].as_str(), p[1].as_str()),
            ("out", "of") | ("kick", _) | ("take", "off")
        )
    });
    let person = raw.iter().any(|w| {
        matches!(
            w.as_str(),
            "ihn"
                | "sie"
                | "ihm"
                | "him"
                | "her"
                | "them"
                | "er"
                | "account"
                | "konto"
                | "zugang"
                | "profil"
                | "azubi"
                | "user"
                | "nutzer"
                | "benutzer"
                | "mitarbeiter"
        )
    }) || has(&words, &["~user", "~azubi", "~mitarbeiter"]);
    let place = raw.iter().any(|w| {
        matches!(
            w.as_str(),
            "portal" | "ssp" | "spb" | "serviceportal" | "system" | "liste" | "list" | "account"
        )
    }) || has(&words, &["~ssp", "~spb"]);
    if out && person && place {
        return Some(TicketKind::Deletion);
    }
    None
}

/// Recognises a correction or deletion request in analysed query words (German and English
/// analyses of the same question may be passed together).
pub fn detect(words: &[Word]) -> Option<TicketKind> {
    let name_object = has(words, &["~name"])
        || has_surface(words, |s| {
            s.starts_with("zweitname") || s.contains("middlename") || s == "middle"
        });
    let data_object = has(words, &["~daten"]);
    let correct_action = has(words, &["~andern", "~fehler"])
        || has_surface(words, |s| {
            s.starts_with("ubereinstimm")
                || s.starts_with("stimmt")
                || s == "match"
                || s == "matches"
                || s == "falsch"
                || s == "wrong"
                || s == "fehlt"
                || s == "missing"
                || s.starts_with("namenskorrektur")
                || s == "nachtraglich"
                || s.starts_with("umbenenn")
                || s == "rename"
                || s.starts_with("tippfehler")
                || s.starts_with("vertippt")
                || s.starts_with("misspel")
                || s.starts_with("typo")
                || s.starts_with("geheiratet")
                || s.starts_with("heirat")
                || s == "married"
                || s == "stimmen"
                || s == "richtig"
        });
    let delete_action =
        has(words, &["~loschen"]) || has_surface(words, |s| s.starts_with("loschantrag"));
    let person_object = has(words, &["~user", "~azubi", "~mitarbeiter"])
        || has_surface(words, |s| {
            matches!(
                s,
                "account" | "konto" | "person" | "personen" | "zugang" | "profil"
            )
        });
    let record_object = has(words, &["~berichtsheft"])
        || has_surface(words, |s| s.contains("frist") || s.contains("period"));

    if delete_action && person_object {
        return Some(TicketKind::Deletion);
    }
    if (name_object || data_object) && correct_action {
        return Some(TicketKind::NameCorrection);
    }
    if has_surface(words, |s| s.starts_with("namenskorrektur")) {
        return Some(TicketKind::NameCorrection);
    }
    if delete_action && !record_object && has_surface(words, |s| s.starts_with("loschantrag")) {
        return Some(TicketKind::Deletion);
    }
    None
}
