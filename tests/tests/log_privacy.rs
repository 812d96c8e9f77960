//! Discord user ids never reach the log (issue 11): every place that logs a chat user logs its
//! keyed pseudonym (`chat:<16 hex>`, the same the audit trail records). The log of a whole
//! conversation is captured and searched for the raw ids.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::io::Write;
use std::sync::{Arc, Mutex};

use helpdesk_e2e::fixtures::{self, Person};
use helpdesk_e2e::world::{Backend, World, engine_config};

/// A `MakeWriter` that appends everything to one buffer.
#[derive(Clone, Default)]
struct Captured(Arc<Mutex<Vec<u8>>>);

impl Write for Captured {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl<'a> tracing_subscriber::fmt::MakeWriter<'a> for Captured {
    type Writer = Captured;
    fn make_writer(&'a self) -> Self::Writer {
        self.clone()
    }
}

impl Captured {
    fn text(&self) -> String {
        String::from_utf8_lossy(&self.0.lock().unwrap_or_else(|p| p.into_inner())).into_owned()
    }
}

#[tokio::test]
async fn discord_user_ids_are_logged_as_pseudonyms() {
    let log = Captured::default();
    let subscriber = tracing_subscriber::fmt()
        .with_max_level(tracing::Level::TRACE)
        .with_ansi(false)
        .with_writer(log.clone())
        .finish();
    // A current-thread runtime: the endpoint and the outbox worker log on this thread.
    let _guard = tracing::subscriber::set_default(subscriber);

    let cfg = helpdesk_bot::EngineConfig {
        rate_burst: 1,
        ..engine_config()
    };
    let w = World::start(Backend::Sqlite, false, cfg).await.unwrap();
    let user = Person::user(912_345_678_901_234_567, "Ida");
    let intruder = Person::user(923_456_789_012_345_678, "Jan");
    // Rate limited on the second question.
    for _ in 0..2 {
        w.post_signed(&fixtures::ask_command(
            &user,
            "Wo finde ich das Berichtsheft?",
        ))
        .await;
    }
    // A staff button pressed without the staff role.
    w.post_signed(&fixtures::click(
        &intruder,
        "sa:1",
        fixtures::CHANNEL,
        fixtures::snowflake(),
    ))
    .await;
    let pseudonyms: Vec<String> = [user.id, intruder.id]
        .iter()
        .map(|id| w.db.store.chat_pseudonym(&format!("discord:{id}")))
        .collect();
    w.shutdown().await;

    let text = log.text();
    assert!(text.contains("rate limited"), "{text}");
    assert!(
        text.contains("staff button pressed without staff role"),
        "{text}"
    );
    for (raw, pseudonym) in [user.id, intruder.id].iter().zip(&pseudonyms) {
        assert!(
            !text.contains(&raw.to_string()),
            "a Discord user id in the log:\n{text}"
        );
        assert!(
            text.contains(&format!("user={pseudonym}")),
            "{pseudonym} not in the log:\n{text}"
        );
    }
}
