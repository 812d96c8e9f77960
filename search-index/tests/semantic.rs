//! The semantic signal in the ranking: similarities (one per entry, index order) join the
//! lexical score relative to the best one (`Calibration::semantic_weight`).
#![allow(clippy::unwrap_used, clippy::expect_used)]

use helpdesk_search::Index;
use std::sync::OnceLock;

fn index() -> &'static Index {
    static INDEX: OnceLock<Index> = OnceLock::new();
    INDEX.get_or_init(|| {
        Index::build_with(helpdesk_faq::bundled(), helpdesk_faq::bundled_vocabulary()).unwrap()
    })
}

/// Similarities `base` for every entry, `high` for `id`.
fn sims(id: &str, base: f32, high: f32) -> Vec<f32> {
    let ids = index().ids();
    assert!(ids.iter().any(|i| i.as_str() == id), "{id} is an entry");
    ids.iter()
        .map(|i| if i.as_str() == id { high } else { base })
        .collect()
}

fn first(message: &str, semantic: Option<&[f32]>) -> String {
    let a = index().ask_with(message, semantic);
    a.hits.first().map(|h| h.id.to_string()).unwrap_or_default()
}

const QUESTION: &str = "Wie exportiere ich das Berichtsheft bei einem Betriebswechsel?";

#[test]
fn a_clear_winner_in_meaning_ranks_first_even_without_the_words() {
    let lexical = first(QUESTION, None);
    assert_eq!(lexical, "export-betriebswechsel");
    // An entry far ahead in meaning (0.2 above every other) wins over the words.
    let s = sims("seite-zeigt-hallo", 0.70, 0.90);
    assert_eq!(first(QUESTION, Some(&s)), "seite-zeigt-hallo");
}

#[test]
fn the_words_decide_when_the_meanings_are_close() {
    // A hair's breadth in meaning does not overturn a clear lexical winner.
    let s = sims("seite-zeigt-hallo", 0.80, 0.805);
    assert_eq!(first(QUESTION, Some(&s)), "export-betriebswechsel");
    // Nor do equal similarities change anything.
    let flat = vec![0.8; index().len()];
    assert_eq!(first(QUESTION, Some(&flat)), "export-betriebswechsel");
}

#[test]
fn meaning_decides_between_entries_the_words_find_about_equally() {
    // "Export" is the word of two entries; meaning picks the one about the error.
    let q = "Probleme beim Export des Berichtshefts";
    let hits: Vec<String> = index()
        .ask(q)
        .hits
        .iter()
        .map(|h| h.id.to_string())
        .collect();
    assert!(
        hits.iter().any(|h| h == "export-fehler-andere-ihk"),
        "{hits:?}"
    );
    let s = sims("export-fehler-andere-ihk", 0.80, 0.86);
    assert_eq!(first(q, Some(&s)), "export-fehler-andere-ihk");
    let s = sims("export-betriebswechsel", 0.80, 0.86);
    assert_eq!(first(q, Some(&s)), "export-betriebswechsel");
}

#[test]
fn similarities_of_another_length_are_ignored() {
    let lexical = index().ask_with(QUESTION, None);
    let wrong = index().ask_with(QUESTION, Some(&[0.9, 0.1]));
    assert_eq!(lexical.hits, wrong.hits);
    assert_eq!(lexical.confidence, wrong.confidence);
}
