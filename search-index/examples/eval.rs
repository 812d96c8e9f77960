//! Development loop for answer quality without building the whole binary:
//! `cargo run -p helpdesk-search --example eval -- QUESTIONS.jsonl`.
fn main() {
    let path = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "../shared/eval/dev-questions.jsonl".into());
    let text = std::fs::read_to_string(&path).unwrap_or_default();
    let qs: Vec<helpdesk_search::eval::Labelled> = text
        .lines()
        .filter(|l| !l.trim().is_empty())
        .filter_map(|l| serde_json::from_str(l).ok())
        .collect();
    let index = match helpdesk_search::Index::build_with(
        helpdesk_faq::bundled(),
        helpdesk_faq::bundled_vocabulary(),
    ) {
        Ok(i) => i,
        Err(e) => return eprintln!("{e}"),
    };
    let (m, misses) = helpdesk_search::eval::score(&index, &qs);
    for m in misses {
        println!("{m}");
    }
    println!("{}", serde_json::to_string_pretty(&m).unwrap_or_default());
}
