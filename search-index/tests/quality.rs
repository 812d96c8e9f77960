//! Quality gate on the labelled development questions of `shared/eval` (kept beside the
//! repository): the figures the product promises must not regress. The set is for development;
//! nothing in the index knows these questions.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::PathBuf;

use helpdesk_search::Index;
use helpdesk_search::eval::{Labelled, score};

fn dev_questions() -> Option<Vec<Labelled>> {
    let path =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../shared/eval/dev-questions.jsonl");
    let text = std::fs::read_to_string(&path).ok()?;
    Some(
        text.lines()
            .filter(|l| !l.trim().is_empty())
            .map(|l| serde_json::from_str(l).unwrap())
            .collect(),
    )
}

#[test]
fn dev_set_meets_the_promised_quality() {
    let Some(questions) = dev_questions() else {
        // The evaluation data lives outside the repository; CI and developers have it.
        eprintln!("shared/eval/dev-questions.jsonl not found beside the repository; skipped");
        return;
    };
    assert!(questions.len() >= 50);
    let index = Index::build(helpdesk_faq::bundled()).unwrap();
    let (m, misses) = score(&index, &questions);
    assert!(
        m.score >= 0.92 && m.top1 >= 0.90 && m.abstain_ok >= 0.90,
        "{m:#?}\n{}",
        misses.join("\n")
    );
}
