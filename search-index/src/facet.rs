//! What a question asks *about* its topic, when the entry must say so to answer it.
//!
//! "Kann ein gelöschter Nutzer wiederhergestellt werden?" shares everything that matters with
//! the entry on deleting users but one word, and that word is the question: the entry says how
//! to delete, not how to undo it. The same holds for "Wird der Azubi benachrichtigt, wenn …?",
//! "Was ist der Unterschied zwischen Deaktivieren und Löschen?" and "How do I delete my
//! Instagram account?", or "Wie ändern wir unseren Firmennamen?" (the company's records, not a
//! person's). Such a facet (undo, notification, a comparison, another service, the company's
//! data) is general language, not a help center's vocabulary, so it is recognised here for every
//! FAQ; an entry answers a question with a facet only when the entry speaks of it too. Otherwise
//! the decision offers the entries as suggestions instead of answering with one of them.
//!
//! The facets are few on purpose: costs, confirmations and durations are asked about entries
//! that answer them without the word ("Kostet die Korrektur etwas?" is answered by the entry
//! that says how a correction is done, in the labelled sets as often as not), so they stay with
//! the calibrated decision.

use crate::analysis::fold_into;
use crate::intent::pre;

/// A set of facets and named services, one bit each.
pub(crate) type Facets = u64;

/// Undoing: restoring a deleted user, taking a step back.
const RESTORE: &[&str] = &[
    "wiederherstell",
    "wiederhergestell",
    "restor",
    "recover",
    "ruckgangig",
    "rueckgaengig",
    "undo",
    "undelete",
    "zuruckhol",
    "zurueckhol",
    "zuruckgehol",
    "zurueckgehol",
];

/// Being told: "Wird der Azubi benachrichtigt?", "Is my trainer informed?".
const NOTIFY: &[&str] = &["benachrichtig", "notif", "informiert", "informed"];
/// An entry speaks of telling someone with any of these ("Informationen" are something else).
const NOTIFY_ENTRY: &[&str] = &[
    "benachrichtig",
    "notif",
    "inform",
    "mitteil",
    "mitgeteil",
    "bescheid",
];
const NOTIFY_ENTRY_NOT: &[&str] = &["information"];

/// A comparison: "Unterschied zwischen …", "difference between …" (with one of [`BETWEEN`];
/// "unterschiedlich" is an adjective, "eine andere Rolle", and no comparison).
const DIFFERENCE: &[&str] = &["unterschied", "unterscheid", "difference", "differenz"];
const DIFFERENCE_NOT: &[&str] = &["unterschiedlich"];
const BETWEEN: &[&str] = &["zwischen", "between", "von", "vom", "from", "vs", "versus"];
const DIFFERENCE_ENTRY: &[&str] = &["unterschied", "unterscheid", "differen"];

/// The company's own records: its name or address ("Firmenname", "die Anschrift unseres
/// Unternehmens", "company address", "umfirmiert"), which a portal for people's accounts does not
/// keep. (Not with an e-mail address in the question: a "Firmenadresse" may be one.)
const COMPANY_DATA: &[&str] = &[
    "firmenname",
    "firmenadress",
    "firmenanschrift",
    "betriebsadress",
    "betriebsanschrift",
    "unternehmensname",
    "unternehmensadress",
    "unternehmensanschrift",
    "umfirm",
    "rebrand",
];
/// Company words, and the data of one ("Adresse unseres Betriebs", "name of the company").
const COMPANY: &[&str] = &[
    "firma",
    "firm",
    "unternehm",
    "betrieb",
    "company",
    "compani",
    "business",
    "organisation",
    "organization",
];
const DATA: &[&str] = &["adress", "anschrift", "address", "name", "sitz"];
const OF: &[&str] = &[
    "unseres", "unserer", "unseren", "der", "des", "meines", "meiner", "of",
];
// The services take the low bits, one each; the facets the high ones.
const _: () = assert!(crate::intent::OTHER_SERVICE.len() < 59);
const F_COMPANY: Facets = 1 << 59;
const F_RESTORE: Facets = 1 << 60;
const F_NOTIFY: Facets = 1 << 61;
const F_DIFFERENCE: Facets = 1 << 62;

/// Calls `f` with each word of `text`, folded (letters and digits; "Moodle-Account" is two
/// words).
fn each_word(text: &str, mut f: impl FnMut(&str)) {
    let mut buf = String::new();
    for raw in text.split(|c: char| !c.is_alphanumeric()) {
        if !raw.is_empty() {
            fold_into(raw, &mut buf);
            f(&buf);
        }
    }
}

/// The bit of each other service `w` names (see [`crate::intent::OTHER_SERVICE`]).
fn services(w: &str) -> Facets {
    crate::intent::OTHER_SERVICE
        .iter()
        .enumerate()
        .filter(|(_, s)| w.starts_with(*s))
        .fold(0, |m, (i, _)| m | 1 << i)
}

/// Whether the words ask about the company's name or address: a compound, "company name",
/// "Adresse unseres Unternehmens", "address of our company".
fn company_data(w: &[String]) -> bool {
    let company = |x: &str| pre(x, COMPANY) && !x.starts_with("betriebsstatt");
    w.iter().enumerate().any(|(i, x)| {
        let next = |k: usize| w.get(i + k).map_or("", String::as_str);
        pre(x, COMPANY_DATA)
            || (matches!(x.as_str(), "company" | "firm" | "business")
                && (next(1).starts_with("name") || next(1).starts_with("address")))
            || (pre(x, DATA)
                && !x.starts_with("namens")
                && OF.contains(&next(1))
                && (company(next(2))
                    || (matches!(next(2), "our" | "the" | "my") && company(next(3)))))
    }) && !w.iter().any(|x| x.contains("mail"))
}

/// The facets a question asks about.
pub(crate) fn asked(text: &str) -> Facets {
    let mut out = 0;
    let (mut differs, mut between) = (false, false);
    let mut words = Vec::new();
    each_word(text, |w| {
        words.push(w.to_owned());
        out |= services(w);
        if pre(w, RESTORE) {
            out |= F_RESTORE;
        }
        if pre(w, NOTIFY) {
            out |= F_NOTIFY;
        }
        differs |= pre(w, DIFFERENCE) && !pre(w, DIFFERENCE_NOT);
        between |= BETWEEN.contains(&w);
    });
    if differs && between {
        out |= F_DIFFERENCE;
    }
    if company_data(&words) {
        out |= F_COMPANY;
    }
    out
}

/// The facets an entry's texts speak of.
pub(crate) fn spoken<'a>(texts: impl IntoIterator<Item = &'a str>) -> Facets {
    let mut out = 0;
    for text in texts {
        let mut words: Vec<String> = Vec::new();
        each_word(text, |w| {
            words.push(w.to_owned());
            out |= services(w);
            // (An entry speaks of undoing with the same words.)
            if pre(w, RESTORE) {
                out |= F_RESTORE;
            }
            if pre(w, NOTIFY_ENTRY) && !pre(w, NOTIFY_ENTRY_NOT) {
                out |= F_NOTIFY;
            }
            if pre(w, DIFFERENCE_ENTRY) {
                out |= F_DIFFERENCE;
            }
        });
        // The company's data: a compound, or a company word within three words of an address
        // or a name ("Anschrift Ihres Unternehmens", "the company's name and address").
        let data = |x: &String| pre(x, DATA) && !x.starts_with("namens");
        let near = words.iter().enumerate().any(|(i, x)| {
            pre(x, COMPANY)
                && words[i.saturating_sub(3)..(i + 4).min(words.len())]
                    .iter()
                    .any(data)
        });
        if near || words.iter().any(|x| pre(x, COMPANY_DATA)) {
            out |= F_COMPANY;
        }
    }
    out
}

/// True when the question asks about a facet the entry does not speak of.
pub(crate) fn beyond(asked: Facets, spoken: Facets) -> bool {
    asked & !spoken != 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn facets_of_questions() {
        assert_ne!(asked("Lässt sich ein gelöschter Account zurückholen?"), 0);
        assert_ne!(asked("Can the removal be undone?"), 0);
        assert_ne!(asked("Bekommt die Ausbilderin eine Benachrichtigung?"), 0);
        assert_ne!(asked("Worin unterscheidet sich Sperren vom Entfernen?"), 0);
        assert_ne!(asked("wie lösche ich mein googlekonto"), 0);
        assert_ne!(asked("Mein WhatsApp-Profil soll weg"), 0);
        // Not a comparison: a different role, a word alone.
        assert_eq!(
            asked("Meine Rolle ist im Portal unterschiedlich zu ASTA"),
            0
        );
        assert_eq!(asked("rolle ssp asta unterschied"), 0);
        assert_eq!(asked("Wie lösche ich einen Azubi?"), 0);
        assert_eq!(asked("Was kostet die Namenskorrektur?"), 0);
        // The company's own records, not a person's.
        assert_ne!(
            asked("Unsere Firma heißt jetzt anders, wer passt den Firmennamen an?"),
            0
        );
        assert_ne!(
            asked("Wo trage ich die neue Anschrift des Betriebes ein?"),
            0
        );
        assert_ne!(
            asked("How do we update the company address after moving?"),
            0
        );
        assert_eq!(asked("Mein Name wird im Betrieb falsch angezeigt"), 0);
        assert_eq!(asked("Can trainers share one company e-mail address?"), 0);
    }

    #[test]
    fn an_entry_that_speaks_of_the_facet_answers_it() {
        let entry = spoken(["Gelöschte Nutzer können nicht wiederhergestellt werden."]);
        assert!(!beyond(
            asked("Kann ich den Nutzer wiederherstellen?"),
            entry
        ));
        assert!(beyond(asked("Wird der Nutzer informiert?"), entry));
        let info = spoken(["Senden Sie diese Informationen an die IT."]);
        assert!(beyond(asked("Wird der Azubi benachrichtigt?"), info));
        let other = spoken(["Melden Sie sich mit Ihrem Google-Konto an."]);
        assert!(!beyond(asked("Kann ich mich mit Google anmelden?"), other));
        assert!(beyond(asked("Geht es auch mit Facebook?"), other));
        assert!(!beyond(asked("Wie lösche ich einen Azubi?"), 0));
        let company = spoken(["Die Anschrift Ihres Unternehmens ändern Sie unter Stammdaten."]);
        assert!(!beyond(
            asked("Wie ändern wir die Firmenanschrift?"),
            company
        ));
        assert!(beyond(asked("Wie ändern wir die Firmenanschrift?"), info));
    }
}
