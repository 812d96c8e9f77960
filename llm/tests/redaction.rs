//! The language model gets exactly what the question log stores: core's one redaction, run on
//! its one corpus (`helpdesk_core::redact::CORPUS`, also run by core's question-log test). Every
//! corpus question goes to the fake server; the body it receives holds the redacted text and
//! none of the original's personal data.

#![allow(clippy::unwrap_used, clippy::expect_used)] // test helpers outside #[test] fns

use std::time::Duration;

use helpdesk_core::phrase::Phraser;
use helpdesk_core::redact::CORPUS;
use helpdesk_faq::Lang;
use helpdesk_llm::fake::{Behaviour, FakeLlm};
use helpdesk_llm::{LlmConfig, LlmPhraser};

#[tokio::test]
async fn the_model_receives_the_shared_corpus_redacted() {
    // One module: the llm crate re-exports core's redaction, it has no copy of its own.
    let r = helpdesk_llm::redact::redact(CORPUS[0].0, &[]);
    assert_eq!(r.text(), CORPUS[0].1);

    let entries = &helpdesk_faq::bundled()[..2];
    let fake = FakeLlm::start().await.unwrap();
    fake.set(Behaviour::Grounded);
    let mut config = LlmConfig::new(fake.base_url(), "fake-model");
    config.timeout = Duration::from_secs(20);
    let llm = LlmPhraser::new(config);
    for (input, _) in CORPUS {
        let _ = llm.phrase_with(input, Lang::De, entries, &[]).await;
    }
    let bodies = fake.bodies();
    assert_eq!(bodies.len(), CORPUS.len());
    for ((input, expected), body) in CORPUS.iter().zip(&bodies) {
        let json = serde_json::to_string(expected).unwrap();
        let escaped = &json[1..json.len() - 1];
        assert!(
            body.contains(escaped),
            "{input:?} was not sent as {expected:?}: {body}"
        );
        let original = serde_json::to_string(input).unwrap();
        assert!(
            !body.contains(&original[1..original.len() - 1]),
            "{input:?} reached the model: {body}"
        );
    }
}
