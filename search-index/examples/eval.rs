//! Development loop for answer quality without building the whole binary:
//! `cargo run -p helpdesk-search --example eval -- QUESTIONS.jsonl [FAQ_DIR] [--misses]`.
//!
//! Prints the metrics as JSON; `--misses` also lists each miss (never use it on held-out sets:
//! the method must not be tuned on them).
fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let show_misses = args.iter().any(|a| a == "--misses");
    let positional: Vec<&String> = args.iter().filter(|a| !a.starts_with("--")).collect();
    let path = positional
        .first()
        .map(|s| s.to_string())
        .unwrap_or_else(|| "../shared/eval/dev-questions.jsonl".into());
    let text = std::fs::read_to_string(&path).unwrap_or_default();
    let qs: Vec<helpdesk_search::eval::Labelled> = text
        .lines()
        .filter(|l| !l.trim().is_empty())
        .filter_map(|l| serde_json::from_str(l).ok())
        .collect();
    let built = match positional.get(1) {
        Some(dir) => match helpdesk_faq::load_folder(std::path::Path::new(dir.as_str())) {
            Ok(f) => helpdesk_search::Index::build_with(&f.entries, &f.vocabulary),
            Err(e) => return eprintln!("{e:?}"),
        },
        None => helpdesk_search::Index::build_with(
            helpdesk_faq::bundled(),
            helpdesk_faq::bundled_vocabulary(),
        ),
    };
    let index = match built {
        Ok(i) => i,
        Err(e) => return eprintln!("{e}"),
    };
    let (m, misses) = helpdesk_search::eval::score(&index, &qs);
    if show_misses {
        for m in misses {
            println!("{m}");
        }
    }
    println!("{}", serde_json::to_string(&m).unwrap_or_default());
}
