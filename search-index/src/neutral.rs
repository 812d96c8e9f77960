//! Words that carry no FAQ meaning: places and times (`search-index/neutral-words.txt`).
//!
//! "Muss sich ein Betrieb aus Sachsen … neu anmelden?", "Ich fange im August an", "a warehouse
//! near Celle": the place or the month is context, not what is asked, yet a word no entry
//! contains counts against answering. The search leaves such a word out when the FAQ does not
//! use it (the bundled FAQ names "Hannover" and keeps it), as it leaves out numbers. Countries
//! are not on the list: a stay abroad is a topic of its own.

use std::sync::OnceLock;

use crate::analysis::{FastSet, fold};

/// The list, folded as the analysis folds a word's surface ("Thüringen" → "thuringen"), and
/// with umlauts written out ("thueringen").
fn words() -> &'static FastSet<String> {
    static WORDS: OnceLock<FastSet<String>> = OnceLock::new();
    WORDS.get_or_init(|| {
        let mut set = FastSet::default();
        for line in include_str!("../neutral-words.txt").lines() {
            let word = line.split('#').next().unwrap_or("").trim();
            if word.is_empty() {
                continue;
            }
            set.insert(fold(word));
            let written_out = word
                .to_lowercase()
                .replace('ä', "ae")
                .replace('ö', "oe")
                .replace('ü', "ue")
                .replace('ß', "ss");
            set.insert(written_out);
        }
        set
    })
}

/// Whether a word's surface (folded) is a place or a time.
pub(crate) fn is_neutral(surface: &str) -> bool {
    words().contains(surface)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn places_and_times_are_neutral_in_any_spelling() {
        for w in [
            "sachsen",
            "thuringen",
            "thueringen",
            "august",
            "munchen",
            "hildesheim",
        ] {
            assert!(is_neutral(w), "{w}");
        }
        // Everyday words that are also place names stay words.
        for w in [
            "essen", "halle", "leer", "springe", "fall", "portal", "azubi",
        ] {
            assert!(!is_neutral(w), "{w}");
        }
    }
}
