//! The optional semantic signal: text embeddings from any OpenAI-compatible `/v1/embeddings`
//! server (implemented in `helpdesk-llm`, behind the [`Embedder`] trait defined here so that
//! core does not depend on it).
//!
//! - Entry vectors are computed when an index is built ([`Semantic::entry_vectors`]): each
//!   entry is represented by its questions and alternatives and the paragraphs of its answer,
//!   in both languages, embedded as queries (similarity to the closest of them). Vectors are
//!   cached in the database by embedder fingerprint and content hash
//!   ([`Store::cached_vectors`]), so a rebuild or a restart embeds only texts that changed.
//! - The question vector is one call ([`Semantic::question_vector`]) on the redacted question;
//!   any failure returns `None`, is logged without the text, and is counted
//!   ([`Semantic::stats`]): the answer then comes from the lexical signal alone.
//! - [`EntryVectors::similarities`] gives, per entry in index order, the best cosine similarity
//!   between the question and the entry's texts: the semantic score the decision in
//!   `helpdesk-search` combines with the lexical one.

use std::collections::HashMap;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use async_trait::async_trait;
use helpdesk_faq::FaqEntry;

use crate::Store;
use crate::redact::redact;
use crate::store::sha256_hex;

/// What a text is, for models that embed questions and documents differently
/// (multilingual-e5: `query: ` / `passage: ` prefixes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum EmbedKind {
    /// A question (also the FAQ's own questions: similarity between questions is symmetric).
    Query,
    /// A document to be found by a question.
    Passage,
}

impl EmbedKind {
    pub fn as_str(self) -> &'static str {
        match self {
            EmbedKind::Query => "query",
            EmbedKind::Passage => "passage",
        }
    }
}

/// Why an embeddings call failed. Messages never contain the embedded text.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EmbedError {
    #[error("embeddings request timed out after {0} ms")]
    Timeout(u64),
    #[error("embeddings server failed: {0}")]
    Server(String),
    #[error("embeddings response unusable: {0}")]
    Response(String),
}

/// Turns texts into vectors. Implemented over async-openai in `helpdesk-llm`; tests may use a
/// fixed table.
#[async_trait]
pub trait Embedder: Send + Sync + 'static {
    /// Identifies the vectors this embedder produces (model and any prefixes or options that
    /// change them): the cache key next to the content hash.
    fn fingerprint(&self) -> &str;

    /// One vector per text, in order. Implementations bound the call by their timeout.
    async fn embed(&self, texts: &[String], kind: EmbedKind) -> Result<Vec<Vec<f32>>, EmbedError>;
}

/// The texts that stand for an entry: its questions and alternatives, then the paragraphs of
/// its answer, German and English. A question is as similar to the entry as to the closest of
/// them: "Ich habe Fieber und die Prüfung ist morgen" meets "Sind Sie am Prüfungstag krank, …"
/// in the answer, not any of the entry's questions (session 12: the answer paragraphs raised the
/// rank-1 share of the fused ranking on every FAQ without a vocabulary).
pub fn entry_texts(entry: &FaqEntry) -> Vec<String> {
    let mut texts = Vec::with_capacity(2 + entry.alternatives.len() + entry.en.alternatives.len());
    texts.push(entry.question.clone());
    texts.push(entry.en.question.clone());
    texts.extend(entry.alternatives.iter().cloned());
    texts.extend(entry.en.alternatives.iter().cloned());
    for answer in [&entry.answer, &entry.en.answer] {
        texts.extend(paragraphs(answer));
    }
    texts.retain(|t| !t.trim().is_empty());
    texts.dedup();
    texts
}

/// The paragraphs of an answer (split at blank lines), trimmed.
fn paragraphs(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split("\n\n")
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .map(str::to_owned)
}

/// Cosine similarity; 0 for vectors of different length or zero norm.
pub fn cosine(a: &[f32], b: &[f32]) -> f32 {
    if a.len() != b.len() || a.is_empty() {
        return 0.0;
    }
    let (mut dot, mut na, mut nb) = (0.0f32, 0.0f32, 0.0f32);
    for (x, y) in a.iter().zip(b) {
        dot += x * y;
        na += x * x;
        nb += y * y;
    }
    if na <= 0.0 || nb <= 0.0 {
        return 0.0;
    }
    dot / (na.sqrt() * nb.sqrt())
}

/// The vectors of every entry of an index, in the index's entry order.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EntryVectors {
    per_entry: Vec<Vec<Vec<f32>>>,
}

impl EntryVectors {
    pub fn new(per_entry: Vec<Vec<Vec<f32>>>) -> Self {
        Self { per_entry }
    }

    /// Number of entries.
    pub fn len(&self) -> usize {
        self.per_entry.len()
    }

    pub fn is_empty(&self) -> bool {
        self.per_entry.is_empty()
    }

    /// Per entry, the best cosine similarity between `question` and the entry's texts.
    pub fn similarities(&self, question: &[f32]) -> Vec<f32> {
        self.per_entry
            .iter()
            .map(|texts| {
                texts
                    .iter()
                    .map(|v| cosine(question, v))
                    .fold(0.0f32, f32::max)
            })
            .collect()
    }
}

/// Counters of the semantic signal since start.
#[derive(Debug, Default)]
pub struct SemanticStats {
    ok: AtomicU64,
    fallbacks: AtomicU64,
}

/// A snapshot of [`SemanticStats`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct SemanticCounts {
    /// Questions answered with the semantic signal.
    pub ok: u64,
    /// Questions answered lexical-only because the embeddings call failed.
    pub fallbacks: u64,
}

/// Texts per request when embedding entries.
const BATCH: usize = 32;

/// The semantic signal: an [`Embedder`] and its counters.
#[derive(Clone)]
pub struct Semantic {
    embedder: Arc<dyn Embedder>,
    stats: Arc<SemanticStats>,
}

impl std::fmt::Debug for Semantic {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Semantic")
            .field("fingerprint", &self.embedder.fingerprint())
            .finish()
    }
}

impl Semantic {
    pub fn new(embedder: Arc<dyn Embedder>) -> Self {
        Self {
            embedder,
            stats: Arc::default(),
        }
    }

    pub fn stats(&self) -> SemanticCounts {
        SemanticCounts {
            ok: self.stats.ok.load(Ordering::Relaxed),
            fallbacks: self.stats.fallbacks.load(Ordering::Relaxed),
        }
    }

    /// Vectors for `entries` (in this order), read from the cache in `store` where present and
    /// embedded (then cached) otherwise. Fails when the embedder fails: the caller then builds a
    /// lexical-only index.
    pub async fn entry_vectors(
        &self,
        store: Option<&Store>,
        entries: &[&FaqEntry],
    ) -> Result<EntryVectors, EmbedError> {
        let texts: Vec<Vec<String>> = entries.iter().map(|e| entry_texts(e)).collect();
        let kind = EmbedKind::Query;
        let hash = |t: &str| sha256_hex(&format!("{}\n{t}", kind.as_str()));
        let mut unique: Vec<(String, &str)> = Vec::new();
        let mut seen = std::collections::HashSet::new();
        for t in texts.iter().flatten() {
            let h = hash(t);
            if seen.insert(h.clone()) {
                unique.push((h, t));
            }
        }
        let fingerprint = self.embedder.fingerprint();
        let mut known: HashMap<String, Vec<f32>> = HashMap::new();
        if let Some(store) = store {
            let hashes: Vec<String> = unique.iter().map(|(h, _)| h.clone()).collect();
            match store.cached_vectors(fingerprint, &hashes).await {
                Ok(found) => known = found,
                // The cache only saves work; without it every text is embedded.
                Err(err) => tracing::warn!(error = ?err, "reading cached FAQ vectors failed"),
            }
        }
        let missing: Vec<&(String, &str)> = unique
            .iter()
            .filter(|(h, _)| !known.contains_key(h))
            .collect();
        let cached = known.len();
        let mut fresh: Vec<(String, Vec<f32>)> = Vec::with_capacity(missing.len());
        for chunk in missing.chunks(BATCH) {
            let batch: Vec<String> = chunk.iter().map(|(_, t)| (*t).to_owned()).collect();
            let vectors = self.embedder.embed(&batch, kind).await?;
            if vectors.len() != batch.len() {
                return Err(EmbedError::Response(format!(
                    "{} vectors for {} texts",
                    vectors.len(),
                    batch.len()
                )));
            }
            fresh.extend(chunk.iter().map(|(h, _)| h.clone()).zip(vectors));
        }
        if let (Some(store), false) = (store, fresh.is_empty())
            && let Err(err) = store.save_vectors(fingerprint, &fresh).await
        {
            tracing::warn!(error = ?err, "caching FAQ vectors failed");
        }
        tracing::info!(
            entries = entries.len(),
            texts = unique.len(),
            cached,
            embedded = fresh.len(),
            "FAQ vectors ready"
        );
        known.extend(fresh);
        let per_entry = texts
            .iter()
            .map(|ts| {
                ts.iter()
                    .filter_map(|t| known.get(&hash(t)).cloned())
                    .collect()
            })
            .collect();
        Ok(EntryVectors::new(per_entry))
    }

    /// The vector of a user's question (redacted before it leaves the process), or `None` when
    /// the embedder fails: logged and counted, and the caller answers lexical-only.
    pub async fn question_vector(&self, question: &str) -> Option<Vec<f32>> {
        let text = redact(question, &[]).text().to_owned();
        match self.embedder.embed(&[text], EmbedKind::Query).await {
            Ok(mut v) if v.len() == 1 => {
                self.stats.ok.fetch_add(1, Ordering::Relaxed);
                v.pop()
            }
            Ok(v) => {
                self.fallback(&EmbedError::Response(format!(
                    "{} vectors for 1 text",
                    v.len()
                )));
                None
            }
            Err(err) => {
                self.fallback(&err);
                None
            }
        }
    }

    fn fallback(&self, error: &EmbedError) {
        let n = self.stats.fallbacks.fetch_add(1, Ordering::Relaxed) + 1;
        tracing::warn!(%error, fallbacks = n, "embeddings failed; answering lexical-only");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cosine_of_equal_orthogonal_and_mismatched_vectors() {
        assert!((cosine(&[1.0, 2.0], &[2.0, 4.0]) - 1.0).abs() < 1e-6);
        assert_eq!(cosine(&[1.0, 0.0], &[0.0, 3.0]), 0.0);
        assert_eq!(cosine(&[1.0], &[1.0, 0.0]), 0.0);
        assert_eq!(cosine(&[0.0, 0.0], &[1.0, 0.0]), 0.0);
    }

    #[test]
    fn similarity_of_an_entry_is_its_best_text() {
        let v = EntryVectors::new(vec![
            vec![vec![1.0, 0.0], vec![0.0, 1.0]],
            vec![vec![-1.0, 0.0]],
            vec![],
        ]);
        let s = v.similarities(&[0.0, 1.0]);
        assert_eq!(s.len(), 3);
        assert!((s[0] - 1.0).abs() < 1e-6);
        assert_eq!(s[1], 0.0);
        assert_eq!(s[2], 0.0);
    }

    #[test]
    fn entry_texts_cover_both_languages_and_alternatives() {
        let e = &helpdesk_faq::bundled()[0];
        let t = entry_texts(e);
        assert_eq!(t[0], e.question);
        assert_eq!(t[1], e.en.question);
        let questions = 2 + e.alternatives.len() + e.en.alternatives.len();
        assert_eq!(
            t[2..questions],
            [&e.alternatives[..], &e.en.alternatives[..]].concat()
        );
        // Then the answer's paragraphs, German and English.
        let answers = &t[questions..];
        assert!(!answers.is_empty());
        assert!(answers.iter().any(|p| e.answer.contains(p.as_str())));
        assert!(answers.iter().any(|p| e.en.answer.contains(p.as_str())));
        assert!(answers.iter().all(|p| !p.contains("\n\n") && p.trim() == p));
    }

    /// Maps each text to a fixed vector and records what it was asked.
    struct Table {
        calls: std::sync::Mutex<Vec<Vec<String>>>,
        fail: bool,
    }

    #[async_trait]
    impl Embedder for Table {
        fn fingerprint(&self) -> &str {
            "table"
        }
        async fn embed(&self, texts: &[String], _: EmbedKind) -> Result<Vec<Vec<f32>>, EmbedError> {
            self.calls
                .lock()
                .unwrap_or_else(|p| p.into_inner())
                .push(texts.to_vec());
            if self.fail {
                return Err(EmbedError::Timeout(5));
            }
            Ok(texts.iter().map(|t| vec![t.len() as f32, 1.0]).collect())
        }
    }

    #[tokio::test]
    async fn question_vector_redacts_and_falls_back_on_failure() {
        let table = Arc::new(Table {
            calls: Default::default(),
            fail: false,
        });
        let s = Semantic::new(table.clone());
        let v = s
            .question_vector("Code? Meine Mail ist erika@example.org, Tel. 0511 123456")
            .await;
        assert!(v.is_some());
        let calls = table
            .calls
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .clone();
        assert_eq!(calls.len(), 1);
        assert!(!calls[0][0].contains("erika@example.org"), "{calls:?}");
        assert!(!calls[0][0].contains("123456"), "{calls:?}");
        assert_eq!(
            s.stats(),
            SemanticCounts {
                ok: 1,
                fallbacks: 0
            }
        );

        let failing = Semantic::new(Arc::new(Table {
            calls: Default::default(),
            fail: true,
        }));
        assert_eq!(failing.question_vector("Wo finde ich das?").await, None);
        assert_eq!(
            failing.stats(),
            SemanticCounts {
                ok: 0,
                fallbacks: 1
            }
        );
        let entries: Vec<&FaqEntry> = helpdesk_faq::bundled().iter().collect();
        assert!(failing.entry_vectors(None, &entries).await.is_err());
    }

    #[tokio::test]
    async fn entry_vectors_follow_entry_order_and_batch_unique_texts() {
        let table = Arc::new(Table {
            calls: Default::default(),
            fail: false,
        });
        let s = Semantic::new(table.clone());
        let entries: Vec<&FaqEntry> = helpdesk_faq::bundled().iter().collect();
        let v = s.entry_vectors(None, &entries).await.unwrap_or_default();
        assert_eq!(v.len(), entries.len());
        let calls = table
            .calls
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .clone();
        assert!(calls.iter().all(|c| c.len() <= BATCH));
        let total: usize = calls.iter().map(Vec::len).sum();
        let distinct: std::collections::HashSet<&String> = calls.iter().flatten().collect();
        assert_eq!(total, distinct.len(), "each text embedded once");
    }
}
