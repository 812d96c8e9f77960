//! The one redaction of personal data: used before a question is stored in the question log
//! ([`crate::Store::log_question`]) and before anything is sent to a language model
//! (`helpdesk-llm`). Erring towards redacting too much is deliberate.
//!
//! Each item found is replaced by a numbered placeholder (`[EMAIL_1]`, `[PHONE_1]`, `[ID_1]`,
//! `[DATE_1]`, `[IBAN_1]`, `[SECRET_1]`, `[NAME_1]`); the same value gets the same placeholder.
//! The originals stay in [`Redacted`] in this process (never in a request), so a reply that
//! names a placeholder can be restored for the person who wrote it.
//!
//! Found on their own: e-mail addresses (also `name (at) host`), phone numbers, dates,
//! IBANs, token-like strings, digit runs of five or more (Identnummern, customer numbers) and
//! names introduced by a cue ("mein Name ist …", "ich heiße …", "my name is …", "Frau …",
//! "Azubi …"). Names the surface already knows (form values, display names) are redacted
//! wherever they occur. Erring towards redacting too much is deliberate: the model only needs
//! the gist of the question.

use std::collections::HashSet;
use std::fmt;
use std::sync::LazyLock;

use regex::{Captures, Regex};

use crate::text::{FUNCTION_WORDS, fold, re, stem, words};

/// The kinds of personal data the redactor replaces.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Email,
    Phone,
    Id,
    Date,
    Iban,
    Secret,
    Name,
}

impl Kind {
    fn tag(self) -> &'static str {
        match self {
            Kind::Email => "EMAIL",
            Kind::Phone => "PHONE",
            Kind::Id => "ID",
            Kind::Date => "DATE",
            Kind::Iban => "IBAN",
            Kind::Secret => "SECRET",
            Kind::Name => "NAME",
        }
    }
}

struct Item {
    kind: Kind,
    placeholder: String,
    original: String,
}

/// Text with personal data replaced by placeholders, and the way back.
/// Its `Debug` output shows only the redacted text and the placeholders.
pub struct Redacted {
    text: String,
    items: Vec<Item>,
}

impl fmt::Debug for Redacted {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Redacted")
            .field("text", &self.text)
            .field(
                "placeholders",
                &self
                    .items
                    .iter()
                    .map(|i| i.placeholder.as_str())
                    .collect::<Vec<_>>(),
            )
            .finish()
    }
}

impl Redacted {
    /// The text that may leave the process.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// How many distinct values were replaced.
    pub fn count(&self) -> usize {
        self.items.len()
    }

    /// The kind of a placeholder this redaction produced, if it did.
    pub fn kind_of(&self, placeholder: &str) -> Option<Kind> {
        self.items
            .iter()
            .find(|i| i.placeholder == placeholder)
            .map(|i| i.kind)
    }

    /// Puts the original values back in place of this redaction's placeholders.
    pub fn restore(&self, s: &str) -> String {
        PLACEHOLDER
            .replace_all(s, |c: &Captures<'_>| {
                let whole = c.get(0).map_or("", |m| m.as_str());
                self.items
                    .iter()
                    .find(|i| i.placeholder == whole)
                    .map_or_else(|| whole.to_owned(), |i| i.original.clone())
            })
            .into_owned()
    }
}

/// Any placeholder of the redactor's shape.
pub static PLACEHOLDER: LazyLock<Regex> =
    LazyLock::new(|| re(r"\[(?:EMAIL|PHONE|ID|DATE|IBAN|SECRET|NAME)_\d+\]"));

static EMAIL: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}"));
static EMAIL_SPELLED: LazyLock<Regex> = LazyLock::new(|| {
    re(concat!(
        // anna (at) example (dot) de, anna[at]example.de
        r"(?i)[\p{L}\p{N}._%+-]+\s*(?:\(at\)|\[at\]|\{at\})\s*[\p{L}\p{N}-]+",
        r"(?:\s*(?:\.|\(dot\)|\[dot\]|\s+dot\s+|\s+punkt\s+)\s*[\p{L}\p{N}-]+)+",
        // anna at example dot de
        r"|(?i)[\p{L}\p{N}._%+-]+\s+at\s+[\p{L}\p{N}-]+(?:\s+(?:dot|punkt)\s+[\p{L}\p{N}-]+)+",
    ))
});
static SECRET: LazyLock<Regex> =
    LazyLock::new(|| re(r"[A-Za-z0-9_-]{20,}(?:\.[A-Za-z0-9_-]{4,}){0,2}"));
static IBAN: LazyLock<Regex> =
    LazyLock::new(|| re(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,3})?\b"));
static DATE: LazyLock<Regex> = LazyLock::new(|| {
    re(concat!(
        r"\b\d{1,2}\.\s?\d{1,2}\.\s?(?:\d{4}|\d{2})\b|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b",
        // 3. Juli 2005, 3 July 2005, July 3, 2005
        r"|(?i)\b\d{1,2}\.?\s*(?:jan(?:uar|uary)?|feb(?:ruar|ruary)?|m(?:ä|ae)rz|march|apr(?:il)?|mai|may|jun[ei]?|jul[iy]?|aug(?:ust)?|sep(?:t(?:ember)?)?|o[ck]t(?:ober)?|nov(?:ember)?|de[cz](?:ember)?)\.?\s+\d{4}\b",
        r"|(?i)\b(?:january|february|march|april|may|june|july|august|september|october|november|december)\s+\d{1,2},?\s+\d{4}\b",
    ))
});
/// Letters and digits mixed like an Identnummer or a customer number (`AB123456`, `123456AB`).
static MIXED_ID: LazyLock<Regex> =
    LazyLock::new(|| re(r"\b(?:[A-Za-z]{1,4}\d{4,}[A-Za-z0-9]*|\d{4,}[A-Za-z]{1,4}\d*)\b"));
/// API tokens of this system (`hd_…`) and anything sent as a bearer token.
static TOKEN: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)\bbearer\s+[A-Za-z0-9._~+/=-]+|\bhd_[A-Za-z0-9_]{4,}"));
static PHONE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?:\+|\b00)\d{1,3}[\s/.-]?(?:\(0\)\s?)?\d(?:[\s/.-]?\d){5,}|\(0\d{2,5}\)\s?\d(?:[\s-]?\d){3,}|\b0\d{2,5}(?:\s?/\s?|\s|-)\d(?:[\s-]?\d){3,}",
    )
});
static DIGITS: LazyLock<Regex> = LazyLock::new(|| re(r"\b\d(?:[ .-]?\d){4,}\b"));

/// Cues after which the next one to four words are a name, whatever their case.
static STRONG_CUE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:mein(?:\s+(?:vollständiger|voller|richtiger|korrekter|neuer|alter|echter))?\s+(?:vor|nach|zweit|familien|ruf|geburts)?name(?:\s+im\s+(?:ausbildungs)?vertrag)?\s+(?:ist|lautet|wäre|war)|(?:vor|nach|zweit|familien|ruf|geburts)?name(?:\s+(?:im|laut)\s+(?:ausbildungs)?vertrag)?\s*[:=]|ich\s+hei(?:ß|ss)e|my\s+(?:full\s+|real\s+|correct\s+|legal\s+|first\s+|last\s+|middle\s+)?name\s+is|(?:full\s+|first\s+|last\s+|middle\s+)?name\s*(?:in\s+the\s+contract\s*)?[:=]|im\s+(?:ausbildungs)?vertrag\s+(?:steht|stehe\s+ich\s+als|hei(?:ß|ss)e\s+ich)|in\s+the\s+contract\s+(?:it\s+says|i\s+am)|(?:im|in\s+(?:the|my))\s+(?:account|konto|profil|profile)\s+(?:steht|stehe\s+ich\s+als|hei(?:ß|ss)e\s+ich|it\s+says|i\s+am)|hei(?:ß|ss)t)\s*",
    )
});

/// Cues after which capitalised words are a name.
static WEAK_CUE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:ich\s+bin|hier\s+ist|hier\s+schreibt|i\s+am|i'm|this\s+is|herrn?|frau|mr\.?|mrs\.?|ms\.?|named|called|azubi(?:ne|s)?|auszubildende[nr]?|ausbilder(?:in)?|kollegen?|kollegin|apprentice|trainee|user(?:in)?|nutzer(?:in)?|benutzer(?:in)?|von|für|for|of|als|as|steht|stehe|says|shows|zeigt|grü(?:ß|ss)en?|gru(?:ß|ss)|grüsse|lg|vg|mfg|regards|cheers|best|thanks|danke|dank)[,!.]?\s+",
    )
});

/// Words that never start a name, even after a strong cue.
static NOT_NAMES: LazyLock<HashSet<String>> = LazyLock::new(|| {
    let mut set: HashSet<String> = FUNCTION_WORDS.iter().cloned().collect();
    for w in [
        "azubi",
        "azubine",
        "azubis",
        "auszubildende",
        "auszubildender",
        "ausbilder",
        "ausbilderin",
        "trainer",
        "apprentice",
        "trainee",
        "admin",
        "administrator",
        "neu",
        "new",
        "leider",
        "seit",
        "gestern",
        "heute",
        "today",
        "yesterday",
        "student",
        "schueler",
        "it",
        "ihk",
        "lux",
        "sorry",
        "mir",
        "mich",
        "vertrag",
        "contract",
        "account",
        "konto",
        "falsch",
        "wrong",
        "korrekt",
        "correct",
        "richtig",
        "weil",
        "because",
        "nicht",
        "not",
        // What people say about a name after "my name is …", rather than the name itself.
        "missing",
        "incorrect",
        "misspelled",
        "different",
        "empty",
        "unknown",
        "shown",
        "displayed",
        "spelled",
        "written",
        "fehlt",
        "leer",
        "anders",
        "unbekannt",
        "vertauscht",
        "verkehrt",
    ] {
        set.insert(fold(w));
    }
    set
});

/// Stems of the FAQ's own vocabulary: after a weak cue ("für", "von", "ich bin") a
/// capitalised German noun from the domain is not a name ("Export von Berichtsheften").
static DOMAIN_STEMS: LazyLock<HashSet<String>> = LazyLock::new(|| {
    let mut set: HashSet<String> = NOT_NAMES.iter().map(|w| stem(w)).collect();
    for entry in helpdesk_faq::bundled() {
        let texts = [
            entry.question.as_str(),
            entry.answer.as_str(),
            entry.en.question.as_str(),
            entry.en.answer.as_str(),
        ];
        let alts = entry.alternatives.iter().chain(&entry.en.alternatives);
        for text in texts.into_iter().chain(alts.map(String::as_str)) {
            set.extend(words(text).map(|w| stem(&w)));
        }
    }
    set
});

const TITLES: [&str; 5] = ["dr", "prof", "med", "dipl", "ing"];

const PARTICLES: [&str; 8] = ["von", "van", "de", "der", "zu", "da", "di", "le"];

struct Redactor {
    items: Vec<Item>,
}

impl Redactor {
    fn placeholder(&mut self, kind: Kind, original: &str) -> String {
        if let Some(item) = self
            .items
            .iter()
            .find(|i| i.kind == kind && i.original == original)
        {
            return item.placeholder.clone();
        }
        let n = self.items.iter().filter(|i| i.kind == kind).count() + 1;
        let placeholder = format!("[{}_{n}]", kind.tag());
        self.items.push(Item {
            kind,
            placeholder: placeholder.clone(),
            original: original.to_owned(),
        });
        placeholder
    }

    fn replace(&mut self, text: &str, pattern: &Regex, kind: Kind) -> String {
        pattern
            .replace_all(text, |c: &Captures<'_>| {
                let m = c.get(0).map_or("", |m| m.as_str());
                self.placeholder(kind, m)
            })
            .into_owned()
    }

    fn replace_secrets(&mut self, text: &str) -> String {
        SECRET
            .replace_all(text, |c: &Captures<'_>| {
                let m = c.get(0).map_or("", |m| m.as_str());
                let digits = m.chars().any(|c| c.is_ascii_digit());
                let letters = m.chars().any(|c| c.is_ascii_alphabetic());
                if digits && letters {
                    self.placeholder(Kind::Secret, m)
                } else {
                    m.to_owned()
                }
            })
            .into_owned()
    }

    fn replace_known(&mut self, mut text: String, names: &[String]) -> String {
        let mut variants: Vec<String> = Vec::new();
        for name in names {
            let name = name.trim();
            if name.chars().count() < 2 {
                continue;
            }
            variants.push(name.to_owned());
            for part in name.split(|c: char| c.is_whitespace() || c == '-') {
                let folded = fold(part);
                if part.chars().count() >= 3 && !PARTICLES.contains(&folded.as_str()) {
                    variants.push(part.to_owned());
                }
            }
        }
        // Longest first, so "Anna-Lena Müller" goes as one before its parts.
        variants.sort_by_key(|v| std::cmp::Reverse(v.chars().count()));
        variants.dedup();
        for v in variants {
            // An escaped literal always compiles; a name too long for the regex engine is
            // still caught by the cue-based pass.
            if let Ok(pattern) = Regex::new(&format!(r"(?i)\b{}\b", regex::escape(&v))) {
                text = self.replace(&text, &pattern, Kind::Name);
            }
        }
        text
    }

    fn replace_cued_names(&mut self, text: &str) -> String {
        let mut spans: Vec<(usize, usize)> = Vec::new();
        for (cue, strong) in [(&*STRONG_CUE, true), (&*WEAK_CUE, false)] {
            for m in cue.find_iter(text) {
                if let Some(span) = name_after(text, m.end(), strong) {
                    spans.push(span);
                }
            }
        }
        spans.sort_unstable();
        let mut out = String::with_capacity(text.len());
        let mut at = 0;
        for (start, end) in spans {
            if start < at {
                continue;
            }
            out.push_str(&text[at..start]);
            let p = self.placeholder(Kind::Name, &text[start..end]);
            out.push_str(&p);
            at = end;
        }
        out.push_str(&text[at..]);
        out
    }
}

/// The byte span of the name that starts at `from`, if the words there look like one.
fn name_after(text: &str, from: usize, strong: bool) -> Option<(usize, usize)> {
    let rest = &text[from..];
    let mut start = None;
    let mut end = from;
    let mut count = 0;
    let mut offset = 0;
    for raw in rest.split_inclusive(char::is_whitespace) {
        let word_at = from + offset;
        offset += raw.len();
        let trimmed = raw.trim_end();
        if trimmed.is_empty() {
            continue;
        }
        let lead = trimmed.len() - trimmed.trim_start_matches(['"', '„', '“', '\'', '(']).len();
        let core = trimmed
            .trim_start_matches(['"', '„', '“', '\'', '('])
            .trim_end_matches(['"', '“', '”', '\'', ')', ',', '.', ';', ':', '!', '?']);
        let stops = core.len() + lead < trimmed.len();
        let folded = fold(core);
        // "Frau Dr. Groß": an academic title before the name is skipped, not taken as it.
        if start.is_none() && TITLES.contains(&folded.as_str()) {
            continue;
        }
        let is_particle = count > 0 && PARTICLES.contains(&folded.as_str());
        let shaped = core.chars().count() >= 2
            && core
                .chars()
                .all(|c| c.is_alphabetic() || c == '-' || c == '\'' || c == '’');
        let upper = core.chars().next().is_some_and(char::is_uppercase);
        let known_word = NOT_NAMES.contains(&folded)
            || (!strong && folded.split('-').all(|p| DOMAIN_STEMS.contains(&stem(p))));
        let accept = shaped && (is_particle || ((strong || upper) && !known_word));
        if !accept {
            break;
        }
        if start.is_none() {
            start = Some(word_at + lead);
        }
        end = word_at + lead + core.len();
        count += 1;
        if stops || count == 4 {
            break;
        }
    }
    start.map(|s| (s, end))
}

/// Replaces personal data in `text`; `known_names` are redacted wherever they occur.
pub fn redact(text: &str, known_names: &[String]) -> Redacted {
    let mut r = Redactor { items: Vec::new() };
    let t = r.replace(text, &EMAIL, Kind::Email);
    let t = r.replace(&t, &EMAIL_SPELLED, Kind::Email);
    let t = r.replace(&t, &IBAN, Kind::Iban);
    let t = r.replace(&t, &TOKEN, Kind::Secret);
    let t = r.replace_secrets(&t);
    let t = r.replace(&t, &DATE, Kind::Date);
    let t = r.replace(&t, &PHONE, Kind::Phone);
    let t = r.replace(&t, &DIGITS, Kind::Id);
    let t = r.replace(&t, &MIXED_ID, Kind::Id);
    let t = r.replace_known(t, known_names);
    let t = r.replace_cued_names(&t);
    // A name found after a cue is redacted wherever else it occurs, also in parts.
    let found: Vec<String> = r
        .items
        .iter()
        .filter(|i| i.kind == Kind::Name)
        .map(|i| i.original.clone())
        .collect();
    let t = r.replace_known(t, &found);
    Redacted {
        text: t,
        items: r.items,
    }
}

/// The one test corpus of personal data the redaction must remove: `(input, redacted)`. The
/// unit tests here, the question-log store test (`core/tests/store.rs`) and the language-model
/// test (`llm/tests/redaction.rs`) all run it, so the log and the model cannot drift apart.
pub const CORPUS: &[(&str, &str)] = &[
    (
        "Meine Mail: günther.groß@beispiel.de bitte",
        "Meine Mail: [EMAIL_1] bitte",
    ),
    ("x (at) y (dot) de", "[EMAIL_1]"),
    ("schreib an max (at) firma (dot) de", "schreib an [EMAIL_1]"),
    ("schreib an max [at] firma punkt de", "schreib an [EMAIL_1]"),
    ("IBAN DE89 3704 0044 0532 0130 00", "IBAN [IBAN_1]"),
    ("IBAN DE89370400440532013000", "IBAN [IBAN_1]"),
    ("geboren am 03.07.2005", "geboren am [DATE_1]"),
    ("geb. 3. Juli 2005", "geb. [DATE_1]"),
    ("born on July 3, 2005", "born on [DATE_1]"),
    ("born 2005-07-03", "born [DATE_1]"),
    ("Tel. 0511 3107-0", "Tel. [PHONE_1]"),
    ("Handy +49 151 12345678", "Handy [PHONE_1]"),
    ("Nummer 12 34 56 78", "Nummer [ID_1]"),
    ("Identnummer 1234-5678", "Identnummer [ID_1]"),
    (
        "Identnummer AB123456 geht nicht",
        "Identnummer [ID_1] geht nicht",
    ),
    ("Kundennummer 123456AB", "Kundennummer [ID_1]"),
    ("Mein Name ist Şükrü Öztürk", "Mein Name ist [NAME_1]"),
    (
        "Authorization: Bearer abc.def-123",
        "Authorization: [SECRET_1]",
    ),
    ("mein token hd_7_short", "mein token [SECRET_1]"),
    (
        "hd_12_0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef",
        "[SECRET_1]",
    ),
];

#[cfg(test)]
mod tests {
    use super::*;

    fn red(s: &str) -> String {
        redact(s, &[]).text().to_owned()
    }

    #[test]
    fn emails_phones_ids_dates() {
        assert_eq!(
            red("Schreibt an anna.mueller@example.org oder anna (at) example (dot) de"),
            "Schreibt an [EMAIL_1] oder [EMAIL_2]"
        );
        assert_eq!(red("Tel. +49 511 3107-0 bitte"), "Tel. [PHONE_1] bitte");
        assert_eq!(red("Ruf an: 0511/123456"), "Ruf an: [PHONE_1]");
        assert_eq!(red("call (0511) 123 4567"), "call [PHONE_1]");
        assert_eq!(
            red("Meine Identnummer 1234567890 wird nicht gefunden"),
            "Meine Identnummer [ID_1] wird nicht gefunden"
        );
        assert_eq!(red("geboren am 03.07.2005"), "geboren am [DATE_1]");
        assert_eq!(red("IBAN DE89 3704 0044 0532 0130 00"), "IBAN [IBAN_1]");
        // Short numbers (error codes, years, hours) stay: the FAQ needs them.
        assert_eq!(
            red("Fehler 546 seit 2024, 24 Stunden gewartet"),
            "Fehler 546 seit 2024, 24 Stunden gewartet"
        );
    }

    #[test]
    fn secrets_but_not_long_words() {
        assert_eq!(
            red("token ghp_a1B2c3D4e5F6g7H8i9J0kLmN please"),
            "token [SECRET_1] please"
        );
        assert_eq!(
            red("digitalesberichtsheft-serviceportal"),
            "digitalesberichtsheft-serviceportal"
        );
    }

    #[test]
    fn cued_names() {
        assert_eq!(
            red("Hallo, mein Name ist Anna-Lena Meyer und ich habe ein Problem"),
            "Hallo, mein Name ist [NAME_1] und ich habe ein Problem"
        );
        assert_eq!(red("Ich heiße jonas schmidt."), "Ich heiße [NAME_1].");
        assert_eq!(
            red("My name is John Smith, the contract says Jon."),
            "My name is [NAME_1], the contract says [NAME_2]."
        );
        assert_eq!(
            red("Im Vertrag steht „Maria Luisa Gómez“, im Account nur Maria"),
            "Im Vertrag steht „[NAME_1]“, im Account nur [NAME_2]"
        );
        assert_eq!(
            red("Bitte Azubi Kevin Özdemir löschen"),
            "Bitte Azubi [NAME_1] löschen"
        );
        assert_eq!(red("Name: Petra von Berg"), "Name: [NAME_1]");
        assert_eq!(
            red("Frau Dr. Groß fragt für ihren Azubi"),
            "Frau Dr. [NAME_1] fragt für ihren Azubi"
        );
        assert_eq!(
            red("Das geht nicht.\nViele Grüße\nTorben Quade"),
            "Das geht nicht.\nViele Grüße\n[NAME_1]"
        );
        // Found once after a cue, redacted everywhere.
        assert_eq!(
            red("Ich heiße Lotte Brink. Im Vertrag steht aber Lotte Brink-Sander."),
            "Ich heiße [NAME_1]. Im Vertrag steht aber [NAME_1]-Sander."
        );
        // Domain words after a weak cue are not names.
        assert_eq!(
            red("Ich bin Azubi und mein Berichtsheft ist leer"),
            "Ich bin Azubi und mein Berichtsheft ist leer"
        );
    }

    #[test]
    fn known_names_everywhere_and_restore() {
        let known = vec!["Anna Lena Müller".to_owned()];
        let r = redact(
            "anna lena müller here; in the contract: Müller, Anna Lena; mail a.m@x.de",
            &known,
        );
        let t = r.text();
        assert!(!t.to_lowercase().contains("müller"), "{t}");
        assert!(!t.contains("Anna") && !t.contains("Lena"), "{t}");
        assert!(!t.contains("a.m@x.de"), "{t}");
        assert_eq!(
            r.restore(t),
            "anna lena müller here; in the contract: Müller, Anna Lena; mail a.m@x.de"
        );
        assert_eq!(r.kind_of("[EMAIL_1]"), Some(Kind::Email));
        assert!(!format!("{r:?}").contains("x.de"));
    }

    #[test]
    fn same_value_same_placeholder() {
        let r = redact("a@b.de und nochmal a@b.de, dann c@d.de", &[]);
        assert_eq!(r.text(), "[EMAIL_1] und nochmal [EMAIL_1], dann [EMAIL_2]");
        assert_eq!(r.count(), 2);
    }

    /// The one corpus of what must go (question log and language model alike).
    #[test]
    fn corpus_of_personal_data() {
        for (input, expected) in CORPUS {
            assert_eq!(red(input), *expected, "{input}");
        }
    }

    /// Redaction must not eat the FAQ's own words: the questions people ask, as the FAQ words
    /// them, pass unchanged.
    #[test]
    fn faq_questions_pass_unchanged() {
        for e in helpdesk_faq::bundled() {
            let texts = [e.question.as_str(), e.en.question.as_str()];
            let alts = e.alternatives.iter().chain(&e.en.alternatives);
            for q in texts.into_iter().chain(alts.map(String::as_str)) {
                assert_eq!(red(q), q, "{}", e.id);
            }
        }
    }
}
