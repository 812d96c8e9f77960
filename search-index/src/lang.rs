//! Language detection for short chat messages: German or English.
//!
//! Chat questions are short, often without punctuation or capitals, so general-purpose n-gram
//! detectors are unreliable on them. We count marker words that are frequent in one language
//! and rare in the other; umlauts and ß count for German. Ties go to German, the portal's
//! language.

use helpdesk_faq::Lang;

const EN_MARKERS: &[&str] = &[
    "the",
    "a",
    "an",
    "is",
    "are",
    "my",
    "i",
    "you",
    "your",
    "can",
    "how",
    "what",
    "where",
    "when",
    "why",
    "who",
    "do",
    "does",
    "did",
    "not",
    "don't",
    "doesn't",
    "can't",
    "to",
    "of",
    "with",
    "for",
    "in",
    "on",
    "and",
    "it",
    "this",
    "that",
    "get",
    "have",
    "has",
    "please",
    "change",
    "name",
    "company",
    "record",
    "book",
    "report",
    "training",
    "account",
    "delete",
    "remove",
    "apprentice",
    "error",
    "message",
    "does",
    "match",
    "code",
    "registration",
    "where's",
    "i'm",
    "me",
    "there",
    "which",
    "should",
    "would",
    "could",
    "will",
    "be",
];

const DE_MARKERS: &[&str] = &[
    "der",
    "die",
    "das",
    "ist",
    "ich",
    "mein",
    "meine",
    "meinen",
    "wie",
    "was",
    "wo",
    "wer",
    "nicht",
    "und",
    "mit",
    "für",
    "fuer",
    "fur",
    "ein",
    "eine",
    "einen",
    "kann",
    "können",
    "muss",
    "bei",
    "im",
    "auf",
    "zu",
    "von",
    "den",
    "dem",
    "des",
    "sie",
    "wir",
    "uns",
    "es",
    "bitte",
    "wird",
    "werden",
    "hallo",
    "geht",
    "nich",
    "habe",
    "hab",
    "mir",
    "mich",
    "warum",
    "wann",
    "woher",
    "welche",
    "welcher",
    "gibt",
    "sind",
    "oder",
    "auch",
    "noch",
    "schon",
    "nach",
    "unser",
    "unsere",
    "berichtsheft",
    "löschen",
    "loeschen",
    "fehlermeldung",
];

/// Detects whether a question is German or English.
pub fn detect(text: &str) -> Lang {
    let mut de = 0i32;
    let mut en = 0i32;
    for word in text
        .split(|c: char| !(c.is_alphanumeric() || c == '\''))
        .filter(|w| !w.is_empty())
    {
        let w = word.to_lowercase();
        if w.contains(['ä', 'ö', 'ü', 'ß']) {
            de += 2;
        }
        // "die", "was", "an", "in" … exist in both; count a word for each list it is in.
        if DE_MARKERS.contains(&w.as_str()) {
            de += 1;
        }
        if EN_MARKERS.contains(&w.as_str()) {
            en += 1;
        }
        if w.ends_with("ing") || w.ends_with("tion") {
            en += 1;
        }
        if w.ends_with("ung") || w.ends_with("heit") || w.ends_with("keit") || w.ends_with("chen") {
            de += 1;
        }
    }
    if en > de { Lang::En } else { Lang::De }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detects_german_and_english() {
        assert_eq!(detect("Wo finde ich das digitale Berichtsheft?"), Lang::De);
        assert_eq!(detect("berichtsheft exportieren betriebswechsel"), Lang::De);
        assert_eq!(
            detect("Can I take my report book with me when I change company?"),
            Lang::En
        );
        assert_eq!(
            detect("My name does not match the name in my contract"),
            Lang::En
        );
        assert_eq!(detect("Where do I get a registration code?"), Lang::En);
        assert_eq!(detect("Hallo"), Lang::De);
        assert_eq!(detect(""), Lang::De);
        assert_eq!(detect("🙂🙂"), Lang::De);
    }
}
