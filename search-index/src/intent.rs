//! Ticket intent: does the user want IT to correct a name/account data, or to delete a user?
//!
//! Decided from the question alone, independent of which entry ranks first, so the bot can
//! offer the right ticket even when the wording matches a neighbouring entry. An intent needs
//! both an *action* (correct/change — delete/remove) and an *object* that IT staff act on (a
//! name or user data — a user, apprentice or account). "When is the record book deleted?"
//! has the action but not a person as object, so it is a question, not a ticket.

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
