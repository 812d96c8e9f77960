//! Shows the analysis and the decision for questions given as arguments:
//! `cargo run -p helpdesk-search --example explain -- "Wo finde ich …?"`.
use helpdesk_search::analysis::FieldLang;
fn main() {
    let Ok(index) = helpdesk_search::Index::build_with(
        helpdesk_faq::bundled(),
        helpdesk_faq::bundled_vocabulary(),
    ) else {
        return;
    };
    for q in std::env::args().skip(1) {
        println!("== {q}");
        for lang in [FieldLang::De, FieldLang::En] {
            for w in index.analyzer().analyze_query(&q, lang) {
                println!("  {lang:?} {:<24} w={} {:?}", w.surface, w.weight, w.terms);
            }
        }
        let (answer, features) = index.explain(&q, None);
        println!("  {}", serde_json::to_string(&answer).unwrap_or_default());
        println!("  {}", serde_json::to_string(&features).unwrap_or_default());
    }
}
