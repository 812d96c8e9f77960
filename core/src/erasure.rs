//! Which free texts mention a person whose data is being erased.
//!
//! The question log keeps questions as asked (after [`crate::redact`]); a name cannot be
//! removed by pattern, so erasing a ticket also deletes the logged questions that mention its
//! subject or requester. Matching happens here, in Rust, the same on SQLite and PostgreSQL
//! (SQL `LOWER … LIKE` folds only ASCII on SQLite and depends on the collation on PostgreSQL).
//!
//! Rules, all on whole words after folding (NFKC, Unicode lowercase, accents dropped, `ß → ss`,
//! Turkish dotless `ı → i`, so "ŞÜKRÜ ÖZTÜRK", "Sukru Ozturk" and "Şükrü Öztürk" are equal):
//! - a **name** ("Şükrü Öztürk") matches when its surname (last word) appears together with its
//!   first name anywhere in the text, or right after a title ("Herr Öztürk", "Frau Dr. Groß",
//!   "Herr van der Berg"). A first name alone never matches: it is too common. A one-word name
//!   (a chat nickname) matches only after a title.
//! - a **token** (e-mail address, its local part when it has several words, Identnummer) matches
//!   as a contiguous run of words ("zebulon.quixwater@x.org" is `zebulon quixwater x org`).
//!   A one-word token needs at least 5 characters.
//!
//! A needle shorter than 2 characters (an initial) is ignored, so a display name like "ich"
//! or "M." can never erase unrelated questions.

use unicode_normalization::UnicodeNormalization;

/// Words that may stand before a surname and make it a mention of that person.
const TITLES: &[&str] = &[
    "herr",
    "herrn",
    "frau",
    "hr",
    "fr",
    "dr",
    "prof",
    "professor",
    "mr",
    "mrs",
    "ms",
    "miss",
    "mx",
    "familie",
    "fam",
    "dipl",
    "ing",
];

/// The folded words of `text` (composed first, NFKC): runs of letters, digits, inner hyphens
/// and apostrophes.
pub fn words(text: &str) -> Vec<String> {
    let text: String = text.nfkc().collect();
    text.split(|c: char| !(c.is_alphanumeric() || c == '-' || c == '\'' || c == '’'))
        .map(|w| w.trim_matches(|c: char| c == '-' || c == '\'' || c == '’'))
        .filter(|w| !w.is_empty())
        .map(helpdesk_search::analysis::fold)
        .filter(|w| !w.is_empty())
        .collect()
}

#[derive(Debug, Clone, PartialEq, Eq)]
struct Name {
    /// The first word (given name); `None` for a one-word name.
    first: Option<String>,
    /// All words between first name and surname ("van", "der", a middle name).
    middle: Vec<String>,
    surname: String,
}

/// What to look for when erasing one person. Build it with [`Needles::add_name`] and
/// [`Needles::add_token`], then test texts with [`Needles::matches`].
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Needles {
    names: Vec<Name>,
    tokens: Vec<Vec<String>>,
}

impl Needles {
    pub fn new() -> Self {
        Self::default()
    }

    /// Add a person's name ("Şükrü Öztürk", "Dr. Günther Groß"). Titles in the name are
    /// skipped; initials are ignored.
    pub fn add_name(&mut self, name: &str) {
        let mut w: Vec<String> = words(name)
            .into_iter()
            .filter(|w| w.chars().count() >= 2 && !TITLES.contains(&w.as_str()))
            .collect();
        let Some(surname) = w.pop() else { return };
        let first = (!w.is_empty()).then(|| w.remove(0));
        let name = Name {
            first,
            middle: w,
            surname,
        };
        if !self.names.contains(&name) {
            self.names.push(name);
        }
    }

    /// Add an e-mail address (and its local part when that has several words, like
    /// `max.mustermann`) or an identifier such as an Identnummer.
    pub fn add_token(&mut self, value: &str) {
        let value = value.trim();
        if let Some((local, _)) = value.split_once('@') {
            let local = words(local);
            if local.len() >= 2 {
                self.push_token(local);
            }
        }
        self.push_token(words(value));
    }

    fn push_token(&mut self, w: Vec<String>) {
        let long_enough = match w.as_slice() {
            [] => false,
            [one] => one.chars().count() >= 5,
            _ => true,
        };
        if long_enough && !self.tokens.contains(&w) {
            self.tokens.push(w);
        }
    }

    /// Nothing to look for.
    pub fn is_empty(&self) -> bool {
        self.names.is_empty() && self.tokens.is_empty()
    }

    /// Whether `text` mentions any of the needles.
    pub fn matches(&self, text: &str) -> bool {
        if self.is_empty() {
            return false;
        }
        let w = words(text);
        self.tokens
            .iter()
            .any(|t| w.windows(t.len()).any(|win| win == t.as_slice()))
            || self.names.iter().any(|n| name_in(n, &w))
    }
}

fn name_in(n: &Name, w: &[String]) -> bool {
    let positions: Vec<usize> = (0..w.len()).filter(|&i| w[i] == n.surname).collect();
    if positions.is_empty() {
        return false;
    }
    if let Some(first) = &n.first
        && w.iter().any(|x| x == first)
    {
        return true;
    }
    // A title before the surname, possibly with name words ("van der", a middle name, the
    // first name) or further titles in between.
    positions.into_iter().any(|i| {
        w[..i]
            .iter()
            .rev()
            .take(4)
            .take_while(|x| {
                TITLES.contains(&x.as_str()) || n.middle.contains(x) || n.first.as_ref() == Some(*x)
            })
            .any(|x| TITLES.contains(&x.as_str()))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn person(names: &[&str], tokens: &[&str]) -> Needles {
        let mut n = Needles::new();
        for s in names {
            n.add_name(s);
        }
        for t in tokens {
            n.add_token(t);
        }
        n
    }

    #[test]
    fn folds_case_accents_sharp_s_and_turkish_i() {
        assert_eq!(words("ŞÜKRÜ Öztürk"), ["sukru", "ozturk"]);
        assert_eq!(words("Günther GROẞ"), ["gunther", "gross"]);
        assert_eq!(words("IŞIK Işık İşık"), ["isik", "isik", "isik"]);
        // Decomposed input (combining marks) folds like composed input.
        assert_eq!(words("O\u{308}ztu\u{308}rk"), ["ozturk"]);
    }

    #[test]
    fn full_name_matches_in_any_case_and_form() {
        let n = person(&["Şükrü Öztürk"], &[]);
        for text in [
            "Hallo, ich bin Şükrü Öztürk.",
            "ŞÜKRÜ ÖZTÜRK hier",
            "sukru ozturk bitte löschen",
            "Öztürk, Şükrü – Konto löschen",
            "Mein Name: S\u{327}u\u{308}kru\u{308} O\u{308}ztu\u{308}rk",
        ] {
            assert!(n.matches(text), "{text}");
        }
    }

    #[test]
    fn surname_with_title_matches_first_name_alone_does_not() {
        let n = person(&["Günther Groß"], &[]);
        assert!(n.matches("Herr Groß hat gekündigt"));
        assert!(n.matches("frau dr. gross"));
        assert!(!n.matches("Günther fragt nach dem Export"));
        assert!(!n.matches("Das ist ein großes Problem"));
        assert!(
            !n.matches("groß und klein"),
            "surname alone without a title"
        );
        let n = person(&["Jan van der Berg"], &[]);
        assert!(n.matches("Herr van der Berg"));
        assert!(n.matches("Jan Berg"));
        assert!(!n.matches("Der Berg ruft"));
    }

    #[test]
    fn short_and_one_word_names_are_not_needles() {
        let n = person(&["ich", "M."], &[]);
        assert!(!n.matches("Wie exportiere ich mein Berichtsheft?"));
        assert!(!n.matches("M. fragt"));
        // A one-word nickname needs a title.
        let n = person(&["Quixwater"], &[]);
        assert!(!n.matches("quixwater"));
        assert!(n.matches("Herr Quixwater"));
    }

    #[test]
    fn tokens_match_as_whole_word_runs() {
        let n = person(&[], &["Zebulon.Quixwater@Canary-Example.org", "AB12345"]);
        assert!(n.matches("Bitte lösche zebulon.quixwater@canary-example.org"));
        assert!(n.matches("mein login ist zebulon.quixwater"));
        assert!(n.matches("Identnummer ab12345"));
        assert!(!n.matches("Identnummer ab123456"), "whole words only");
        let short = person(&[], &["ab1"]);
        assert!(short.is_empty());
    }
}
