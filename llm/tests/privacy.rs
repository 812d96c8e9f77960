//! No canary personal data in any request body the fake server received, whatever the task,
//! language or transport.

#![allow(clippy::unwrap_used, clippy::expect_used)] // test helpers outside #[test] fns

use std::time::Duration;

use helpdesk_core::phrase::Phraser;
use helpdesk_faq::Lang;
use helpdesk_llm::fake::{Behaviour, FakeLlm};
use helpdesk_llm::{LlmConfig, LlmPhraser};

/// Personal data that must never leave the process. Each is unusual enough that finding it in
/// a body can only mean it was sent.
const CANARIES: [&str; 14] = [
    "lea.canary-privat@example.net",
    "canary-privat",
    "9876543",
    "98 76 54",
    "7301246689",
    "Quastenberg",
    "Leander",
    "Vandersnoot",
    "Ottilie",
    "Zwirbelmayr",
    "Henrike",
    "12.03.2004",
    "4f9a8b7c6d5e4f3a2b1c0d9e",
    "0532 0130",
];

const QUESTIONS: [(&str, Lang); 8] = [
    (
        "Mein Name ist Leander Quastenberg, im Vertrag steht aber Leander Quastenberg-Ohm. \
         Bitte korrigieren, Mail lea.canary-privat@example.net",
        Lang::De,
    ),
    (
        "Meine Identnummer 7301246689 wird nicht gefunden, ruf mich an: +49 170 9876543",
        Lang::De,
    ),
    (
        "My name is Ottilie Vandersnoot and my login fails. Phone 0511 / 98 76 54",
        Lang::En,
    ),
    (
        "Bitte Azubi Henrike Zwirbelmayr (geb. 12.03.2004) aus dem Berichtsheft entfernen",
        Lang::De,
    ),
    (
        "Zwirbelmayr hat ein Problem mit der Anmeldung, schreibt lea.canary-privat (at) example (dot) net",
        Lang::De,
    ),
    (
        "here is my api token sk-live-4f9a8b7c6d5e4f3a2b1c0d9e, why can't I export?",
        Lang::En,
    ),
    (
        "Erstattung bitte an DE89 3704 0044 0532 0130 00, Name: ottilie vandersnoot",
        Lang::De,
    ),
    (
        "Ich heiße Henrike Zwirbelmayr und bin Ausbilderin, Tel. 0511/9876543",
        Lang::De,
    ),
];

#[tokio::test]
async fn no_canary_personal_data_in_any_request_body() {
    let entries = &helpdesk_faq::bundled()[..3];
    let known = vec!["Henrike Zwirbelmayr".to_owned()];
    let mut requests = 0;
    for stream in [false, true] {
        for behaviour in [Behaviour::Grounded, Behaviour::EchoUser] {
            let fake = FakeLlm::start().await.unwrap();
            fake.set(behaviour);
            let mut config = LlmConfig::new(fake.base_url(), "fake-model");
            config.timeout = Duration::from_secs(20);
            config.stream = stream;
            let llm = LlmPhraser::new(config);
            for (q, lang) in QUESTIONS {
                let _ = llm.phrase_with(q, lang, entries, &known).await;
                let _ = llm.clarify_with(q, lang, entries, &known).await;
            }
            let bodies = fake.bodies();
            assert_eq!(bodies.len(), QUESTIONS.len() * 2);
            for body in &bodies {
                let lower = body.to_lowercase();
                for canary in CANARIES {
                    assert!(
                        !lower.contains(&canary.to_lowercase()),
                        "{canary:?} reached the model: {body}"
                    );
                }
            }
            requests += bodies.len();
            assert!(llm.stats().redactions >= QUESTIONS.len() as u64 * 2);
        }
    }
    assert_eq!(requests, 4 * QUESTIONS.len() * 2);
}
