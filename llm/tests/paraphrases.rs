//! The other side of the output checks: replies a well-behaved model would give pass them.
//! (`tests/data/paraphrases.toml`, German and English, reworded and cited.)

#![allow(clippy::unwrap_used, clippy::expect_used)] // test helpers outside #[test] fns

use helpdesk_faq::FaqEntry;
use helpdesk_llm::check;
use helpdesk_llm::prompt::Guard;
use helpdesk_llm::redact::redact;
use serde::Deserialize;

#[derive(Debug, Deserialize)]
struct File {
    reply: Vec<Reply>,
}

#[derive(Debug, Deserialize)]
struct Reply {
    entries: Vec<String>,
    question: String,
    text: String,
}

fn entry(id: &str) -> FaqEntry {
    helpdesk_faq::bundled()
        .iter()
        .find(|e| e.id.as_str() == id)
        .cloned()
        .unwrap_or_else(|| panic!("no bundled entry {id}"))
}

#[test]
fn good_paraphrases_pass_the_checks() {
    let file: File = toml::from_str(include_str!("data/paraphrases.toml")).unwrap();
    assert!(file.reply.len() >= 8);
    let guard = Guard::new("hd-canary-test");
    let mut failed = Vec::new();
    for r in &file.reply {
        let entries: Vec<FaqEntry> = r.entries.iter().map(|id| entry(id)).collect();
        let question = redact(&r.question, &[]);
        match check::phrase(&r.text, &entries, question.text(), &guard, 1200) {
            Ok(p) => {
                assert_eq!(p.cited[0], entries[0].id);
                assert!(!p.text.contains("[a"), "{}", p.text);
            }
            Err(reason) => failed.push(format!("{reason}: {}", r.text)),
        }
    }
    println!(
        "paraphrases: {} replies, {} accepted",
        file.reply.len(),
        file.reply.len() - failed.len()
    );
    assert!(failed.is_empty(), "rejected:\n{}", failed.join("\n"));
}
