//! The optional semantic signal for the command line (`helpdesk ask`, `helpdesk eval`): with
//! `EMBEDDINGS_BASE_URL` set, the FAQ's entries are embedded once at start (no database here,
//! so no cache) and every question costs one embeddings call; any failure answers that
//! question lexical-only, and a note on stderr says how often that happened.

use std::sync::Arc;

use helpdesk_core::embed::{EntryVectors, Semantic};
use helpdesk_faq::FaqEntry;
use helpdesk_search::{Answer, Index};

/// An embedder, the vectors of one index's entries, and a runtime to call the server from
/// synchronous code (also from several threads at once).
pub(crate) struct SemanticCli {
    runtime: tokio::runtime::Runtime,
    semantic: Semantic,
    vectors: EntryVectors,
}

impl SemanticCli {
    /// `None` without `EMBEDDINGS_BASE_URL` (or with an invalid setting, reported on stderr),
    /// and when the entries cannot be embedded (reported; the answers stay lexical-only).
    pub(crate) fn from_env(index: &Index, entries: &[FaqEntry]) -> anyhow::Result<Option<Self>> {
        let config = match helpdesk_llm::embeddings::EmbeddingsConfig::from_lookup(|name| {
            std::env::var(name).ok()
        }) {
            Ok(Some(config)) => config,
            Ok(None) => return Ok(None),
            Err(e) => {
                eprintln!("note: {e}; answering lexical-only");
                return Ok(None);
            }
        };
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()?;
        let semantic = Semantic::new(Arc::new(helpdesk_llm::OpenAiEmbedder::new(config)));
        // Vectors in the index's entry order, which is what `ask_with` expects.
        let Some(ordered) = index.in_order(entries) else {
            anyhow::bail!("the index and the FAQ entries disagree");
        };
        match runtime.block_on(semantic.entry_vectors(None, &ordered)) {
            Ok(vectors) => Ok(Some(SemanticCli {
                runtime,
                semantic,
                vectors,
            })),
            Err(e) => {
                eprintln!("note: embeddings unavailable ({e}); answering lexical-only");
                Ok(None)
            }
        }
    }

    /// Per entry of the index, the similarity of `message` (its question text, redacted), or
    /// `None` when the embeddings call failed.
    pub(crate) fn similarities(&self, message: &str) -> Option<Vec<f32>> {
        let text = helpdesk_search::reading::question_text(message);
        let v = self
            .runtime
            .block_on(self.semantic.question_vector(&text))?;
        Some(self.vectors.similarities(&v))
    }

    /// Prints how many questions fell back to lexical-only (stderr), if any.
    pub(crate) fn report(&self) {
        let c = self.semantic.stats();
        if c.fallbacks > 0 {
            eprintln!(
                "note: embeddings failed for {} of {} questions; those were answered lexical-only",
                c.fallbacks,
                c.ok + c.fallbacks
            );
        }
    }
}

/// Answers `message` with the semantic signal when there is one.
pub(crate) fn ask(index: &Index, semantic: Option<&SemanticCli>, message: &str) -> Answer {
    let sims = semantic.and_then(|s| s.similarities(message));
    index.ask_with(message, sims.as_deref())
}
