//! With a language model configured, `/frage` is deferred (type 5) and the phrased answer is
//! edited into the original response via REST; when the model fails, the edit carries the plain
//! FAQ answer. Runs against the fake Discord with a scripted phraser.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::sync::Arc;
use std::time::Duration;

use async_trait::async_trait;
use helpdesk_core::phrase::{Clarification, PhraseError, Phrased, Phraser};
use helpdesk_e2e::fake_discord::APPLICATION_ID;
use helpdesk_e2e::fixtures::{self, Person};
use helpdesk_e2e::world::{Backend, World, engine_config};
use helpdesk_faq::{FaqEntry, Lang};

/// Answers "Kurz: <first sentence>" citing the first entry, or fails.
struct Scripted {
    fail: bool,
}

#[async_trait]
impl Phraser for Scripted {
    async fn phrase_with(
        &self,
        _q: &str,
        _lang: Lang,
        entries: &[FaqEntry],
        _names: &[String],
    ) -> Result<Phrased, PhraseError> {
        if self.fail {
            return Err(PhraseError::Timeout);
        }
        let e = entries.first().ok_or(PhraseError::Malformed)?;
        let first = e.answer.split('.').next().unwrap_or_default();
        Ok(Phrased {
            text: format!("Kurz: {first}."),
            cited: vec![e.id.clone()],
        })
    }

    async fn clarify_with(
        &self,
        _q: &str,
        _lang: Lang,
        entries: &[FaqEntry],
        _names: &[String],
    ) -> Result<Clarification, PhraseError> {
        Ok(Clarification {
            text: "Welche Frage meinen Sie?".into(),
            options: entries.iter().map(|e| e.id.clone()).collect(),
        })
    }
}

async fn deferred_answer(fail: bool) -> serde_json::Value {
    let w = World::start_with(
        Backend::Sqlite,
        false,
        engine_config(),
        Some(Arc::new(Scripted { fail })),
    )
    .await
    .unwrap();
    let ask = fixtures::ask_command(
        &Person::user(1, "Max"),
        "Woher bekomme ich einen Registrierungscode?",
    );
    let (status, reply) = w.post_signed(&ask).await;
    assert_eq!(status, 200);
    assert_eq!(reply["type"], 5, "deferred: {reply}");
    assert_eq!(reply["data"]["flags"], 64);
    let token = ask["token"].as_str().unwrap().to_owned();
    let path = format!("/webhooks/{APPLICATION_ID}/{token}/messages/@original");
    let reqs = w
        .discord
        .wait_for(Duration::from_secs(30), |r| {
            r.iter().any(|x| x.method == "PATCH" && x.path == path)
        })
        .await
        .expect("the deferred answer was edited in");
    let edit = reqs.iter().find(|x| x.path == path).unwrap().body.clone();
    assert_eq!(edit["allowed_mentions"]["parse"], serde_json::json!([]));
    w.shutdown().await;
    edit
}

#[tokio::test]
async fn phrased_answer_is_deferred_and_edited_in() {
    let edit = deferred_answer(false).await;
    let text = edit["embeds"][0]["description"].as_str().unwrap();
    assert!(text.starts_with("Kurz: "), "{text}");
}

#[tokio::test]
async fn model_failure_falls_back_to_the_faq_text() {
    let edit = deferred_answer(true).await;
    let entry = helpdesk_faq::bundled()
        .iter()
        .find(|e| e.id.as_str() == "registrierungscode")
        .unwrap();
    assert_eq!(
        edit["embeds"][0]["description"].as_str().unwrap(),
        entry.answer.trim()
    );
}
