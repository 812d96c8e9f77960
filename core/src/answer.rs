//! The answering service: an in-memory search index over the FAQ table, rebuilt when the FAQ
//! revision in the store changes, and the small [`Answerer`] trait the surfaces ask through.
//!
//! A write through the admin API calls [`Answerer::refresh`] at once; other replicas (or edits
//! from the command line) are picked up by [`LiveIndex::watch`], a cheap revision poll. Index
//! builds run off the async runtime (`spawn_blocking`). Every question asked through
//! [`Answerer::ask`] is written to the redacted question log (inline, or through a bounded
//! background queue that drops rather than slows answering down, counted in
//! [`Answerer::dropped_questions`]).
//!
//! With an optional [`Semantic`] signal (see [`crate::embed`]) each index build also gets the
//! entries' vectors (cached in the store) and each question one embeddings call; its
//! similarities join the lexical decision, and any failure answers lexical-only.
//!
//! With an optional [`Phraser`] (see [`crate::phrase`]) a confident answer also carries a text
//! phrased by the language model from the retrieved entries ([`Reply::phrased`]); any phraser
//! error leaves it `None` and the plain FAQ hits stand.

use std::collections::HashMap;
use std::sync::{Arc, RwLock};
use std::time::Duration;

use anyhow::Context as _;
use async_trait::async_trait;
use helpdesk_faq::{FaqEntry, FaqId, Lang, TicketKind, Vocabulary};
use helpdesk_search::Index;

use crate::embed::{EntryVectors, Semantic};
use crate::phrase::{Clarification, Phrased, Phraser};
use crate::{QuestionRecord, Store};

/// How sure the answering service is: the search index's own decision, not a copy of it.
pub use helpdesk_search::Outcome;

/// Where a question was asked; recorded with it in the question log.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Channel {
    /// `POST /api/v1/ask`.
    Api,
    /// The web chat at `/`.
    Web,
    /// A Discord message, mention or `/frage`.
    Discord,
}

impl Channel {
    pub fn as_str(self) -> &'static str {
        match self {
            Channel::Api => "api",
            Channel::Web => "web",
            Channel::Discord => "discord",
        }
    }
}

/// One question to answer, and how.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Question<'a> {
    pub text: &'a str,
    pub channel: Channel,
    /// Overrides language detection.
    pub lang: Option<Lang>,
    /// With a phraser: ask the model for a clarifying question when several entries might fit
    /// ([`Reply::clarification`]). Surfaces that show "did you mean" buttons anyway leave it off.
    pub clarify: bool,
}

impl<'a> Question<'a> {
    pub fn new(text: &'a str, channel: Channel) -> Self {
        Question {
            text,
            channel,
            lang: None,
            clarify: false,
        }
    }

    pub fn in_lang(mut self, lang: Option<Lang>) -> Self {
        self.lang = lang;
        self
    }

    pub fn with_clarification(mut self) -> Self {
        self.clarify = true;
        self
    }
}

/// One entry found for a question, with the text in the language of the answer.
#[derive(Debug, Clone, PartialEq)]
pub struct AnswerHit {
    pub id: FaqId,
    pub score: f32,
    pub question: String,
    pub answer: String,
    pub link: Option<String>,
    /// The help-center page's title, when the entry names one.
    pub link_title: Option<String>,
    /// The ticket kind this entry leads to, when its answer ends in work for IT.
    pub ticket: Option<TicketKind>,
}

impl AnswerHit {
    /// `entry` in `lang` (English falls back to German where the entry has no translation).
    pub fn of(entry: &FaqEntry, lang: Lang, score: f32) -> AnswerHit {
        AnswerHit {
            id: entry.id.clone(),
            score,
            question: entry.question_in(lang).to_owned(),
            answer: entry.answer_in(lang).to_owned(),
            link: entry.link.clone(),
            link_title: entry.link_title.clone(),
            ticket: entry.ticket,
        }
    }
}

/// The answer to one question.
#[derive(Debug, Clone, PartialEq)]
pub struct Reply {
    pub outcome: Outcome,
    pub hits: Vec<AnswerHit>,
    pub intent: Option<TicketKind>,
    pub lang: Lang,
    pub confidence: f32,
    /// The answer phrased by the optional language model from the retrieved entries; only for
    /// [`Outcome::Answer`], and `None` without a phraser or when it failed.
    pub phrased: Option<Phrased>,
    /// The model's clarifying question for [`Outcome::Suggest`], when [`Question::clarify`] was
    /// asked for and a phraser is configured; `None` otherwise or when it failed.
    pub clarification: Option<Clarification>,
}

/// Answers questions (and records them for the unanswered inbox). Every surface (HTTP `/ask`,
/// the web chat, Discord) asks through this trait, so logging, phrasing and its time budget
/// happen in one place; tests answer from a fixed set of entries ([`Snapshot`] implements it).
#[async_trait]
pub trait Answerer: Send + Sync + 'static {
    /// Answers one question: search, the question log, and (with a phraser) the phrasing.
    async fn answer(&self, question: Question<'_>) -> anyhow::Result<Reply>;

    /// [`Answerer::answer`] for `POST /api/v1/ask`: `lang` overrides language detection.
    async fn ask(&self, question: &str, lang: Option<Lang>) -> anyhow::Result<Reply> {
        self.answer(Question::new(question, Channel::Api).in_lang(lang))
            .await
    }

    /// The entry `id` as it is answered now (a "did you mean" choice, a shared answer).
    async fn entry(&self, id: &FaqId) -> anyhow::Result<Option<FaqEntry>>;

    /// Whether answers may wait for a language model (surfaces that must reply quickly defer).
    fn phrases(&self) -> bool {
        false
    }

    /// Picks up FAQ changes now (called after a write through the API). The default does
    /// nothing, for answerers over a fixed set of entries.
    async fn refresh(&self) -> anyhow::Result<()> {
        Ok(())
    }

    /// Questions that were answered but not written to the question log (queue full).
    fn dropped_questions(&self) -> u64 {
        0
    }
}

/// How many retrieved entries the phraser sees (best first).
const PHRASE_ENTRIES: usize = 3;

/// One built index and the entries it was built from.
pub struct Snapshot {
    pub revision: i64,
    pub index: Index,
    pub entries: HashMap<FaqId, FaqEntry>,
    /// The entries' vectors in index order, when the semantic signal is on and they could be
    /// computed.
    pub vectors: Option<EntryVectors>,
}

impl Snapshot {
    /// Builds an index over `entries` with the bundled vocabulary (blocking: call from
    /// `spawn_blocking`).
    pub fn build(revision: i64, entries: Vec<FaqEntry>) -> anyhow::Result<Snapshot> {
        Self::build_with(revision, entries, helpdesk_faq::bundled_vocabulary())
    }

    /// Builds an index over `entries` with a vocabulary (the stored one, see
    /// [`Store::faq_vocabulary`]; blocking: call from `spawn_blocking`).
    pub fn build_with(
        revision: i64,
        entries: Vec<FaqEntry>,
        vocabulary: &Vocabulary,
    ) -> anyhow::Result<Snapshot> {
        let index = Index::build_with(&entries, vocabulary).context("building the FAQ index")?;
        Ok(Snapshot {
            revision,
            index,
            entries: entries.into_iter().map(|e| (e.id.clone(), e)).collect(),
            vectors: None,
        })
    }

    /// The entries in index order (the order of [`EntryVectors`]).
    pub fn ordered_entries(&self) -> Vec<&FaqEntry> {
        self.index
            .ids()
            .iter()
            .filter_map(|id| self.entries.get(id))
            .collect()
    }

    /// Asks the index and attaches the entry texts in the answer language.
    pub fn reply(&self, question: &str, lang: Option<Lang>) -> Reply {
        self.reply_with(question, lang, None)
    }

    /// [`Snapshot::reply`] with the semantic similarities of the question (index order).
    pub fn reply_with(
        &self,
        question: &str,
        lang: Option<Lang>,
        semantic: Option<&[f32]>,
    ) -> Reply {
        let a = self.index.ask_with(question, semantic);
        let lang = lang.unwrap_or(a.lang);
        let hits = a
            .hits
            .iter()
            .filter_map(|h| {
                let e = self.entries.get(&h.id)?;
                Some(AnswerHit::of(e, lang, h.score))
            })
            .collect();
        Reply {
            outcome: a.outcome,
            hits,
            intent: a.intent,
            lang,
            confidence: a.confidence,
            phrased: None,
            clarification: None,
        }
    }
}

/// How asked questions reach the question log.
enum QuestionLog {
    /// Written before `/ask` answers (tests, low traffic).
    Inline,
    /// Handed to a writer task through a bounded queue, so a burst of questions does not wait
    /// on the database. When the queue is full the question is not logged (counted in
    /// `dropped`): the log feeds the unanswered inbox and must not slow answering down.
    Background {
        tx: tokio::sync::mpsc::Sender<QuestionRecord>,
        dropped: std::sync::atomic::AtomicU64,
        /// Queued and not yet written (for [`LiveIndex::flush_question_log`]).
        pending: Arc<std::sync::atomic::AtomicU64>,
    },
}

/// The live index over the store's FAQ table.
pub struct LiveIndex {
    store: Store,
    current: RwLock<Arc<Snapshot>>,
    rebuild: tokio::sync::Mutex<()>,
    log: QuestionLog,
    phraser: Option<Arc<dyn Phraser>>,
    phrase_budget: Option<Duration>,
    semantic: Option<Semantic>,
}

/// Options of [`LiveIndex::open_with`].
#[derive(Default, Clone)]
pub struct LiveOptions {
    /// `Some(capacity)`: questions are logged by a writer task through a queue of that many
    /// questions (what `helpdesk serve` uses); `None`: logged inline before answering.
    pub log_queue: Option<usize>,
    /// Phrases confident answers from the retrieved entries (optional language model).
    pub phraser: Option<Arc<dyn Phraser>>,
    /// Upper bound of the model phase of one answer (`helpdesk serve`: below the request
    /// deadline). When it passes, the plain FAQ answer is returned: a slow model never fails an
    /// answer. `None`: only the phraser's own timeout applies.
    pub phrase_budget: Option<Duration>,
    /// The optional semantic signal (embeddings): entry vectors at every build (cached in the
    /// store), one embeddings call per question, lexical-only on any failure.
    pub semantic: Option<Semantic>,
}

impl LiveIndex {
    /// Loads the FAQ from the store and builds the first index; questions are logged inline.
    pub async fn open(store: Store) -> anyhow::Result<Arc<LiveIndex>> {
        Self::open_with(store, LiveOptions::default()).await
    }

    /// Like [`LiveIndex::open`], but questions are logged by a writer task through a queue of
    /// `capacity` questions.
    pub async fn open_with_background_log(
        store: Store,
        capacity: usize,
    ) -> anyhow::Result<Arc<LiveIndex>> {
        Self::open_with(
            store,
            LiveOptions {
                log_queue: Some(capacity),
                ..LiveOptions::default()
            },
        )
        .await
    }

    /// Loads the FAQ from the store, builds the first index and, with
    /// [`LiveOptions::log_queue`], starts the question-log writer task.
    pub async fn open_with(store: Store, options: LiveOptions) -> anyhow::Result<Arc<LiveIndex>> {
        let snapshot = load(&store, options.semantic.as_ref()).await?;
        let log = match options.log_queue {
            None => QuestionLog::Inline,
            Some(capacity) => {
                let (tx, mut rx) = tokio::sync::mpsc::channel::<QuestionRecord>(capacity.max(1));
                let writer = store.clone();
                let pending = Arc::new(std::sync::atomic::AtomicU64::new(0));
                let written = pending.clone();
                tokio::spawn(async move {
                    while let Some(record) = rx.recv().await {
                        if let Err(err) = writer.log_question(&record).await {
                            tracing::warn!(error = ?err, "could not log a question");
                        }
                        written.fetch_sub(1, std::sync::atomic::Ordering::AcqRel);
                    }
                });
                QuestionLog::Background {
                    tx,
                    dropped: std::sync::atomic::AtomicU64::new(0),
                    pending,
                }
            }
        };
        Ok(Arc::new(LiveIndex {
            store,
            current: RwLock::new(Arc::new(snapshot)),
            rebuild: tokio::sync::Mutex::new(()),
            log,
            phraser: options.phraser,
            phrase_budget: options.phrase_budget,
            semantic: options.semantic,
        }))
    }

    /// The semantic signal, when it is on.
    pub fn semantic(&self) -> Option<&Semantic> {
        self.semantic.as_ref()
    }

    /// Waits (at most `limit`) until every queued question is written to the log: call on
    /// shutdown after the server stopped taking requests. Returns how many were still queued
    /// when the limit passed (0: all written).
    pub async fn flush_question_log(&self, limit: Duration) -> u64 {
        let QuestionLog::Background { pending, .. } = &self.log else {
            return 0;
        };
        let deadline = tokio::time::Instant::now() + limit;
        loop {
            let left = pending.load(std::sync::atomic::Ordering::Acquire);
            if left == 0 {
                return 0;
            }
            if tokio::time::Instant::now() >= deadline {
                tracing::warn!(left, "question log not flushed in time");
                return left;
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    }

    /// Whether confident answers are phrased by a language model.
    pub fn phrases(&self) -> bool {
        self.phraser.is_some()
    }

    /// Questions not logged because the queue was full.
    pub fn dropped_questions(&self) -> u64 {
        match &self.log {
            QuestionLog::Inline => 0,
            QuestionLog::Background { dropped, .. } => {
                dropped.load(std::sync::atomic::Ordering::Relaxed)
            }
        }
    }

    /// The index in use now.
    pub fn snapshot(&self) -> Arc<Snapshot> {
        // A poisoned lock still holds a complete snapshot (it is swapped in one assignment).
        self.current
            .read()
            .unwrap_or_else(|p| p.into_inner())
            .clone()
    }

    /// Rebuilds when the store's FAQ revision differs from the index's. Returns whether it did.
    pub async fn refresh(&self) -> anyhow::Result<bool> {
        let _guard = self.rebuild.lock().await;
        let revision = self
            .store
            .faq_revision()
            .await
            .context("reading the FAQ revision")?;
        if revision == self.snapshot().revision {
            return Ok(false);
        }
        // `load` logs the rebuild ("FAQ index built", with its revision and durations).
        let snapshot = load(&self.store, self.semantic.as_ref()).await?;
        *self.current.write().unwrap_or_else(|p| p.into_inner()) = Arc::new(snapshot);
        Ok(true)
    }

    /// Polls the FAQ revision every `every` until the task is dropped.
    pub fn watch(self: &Arc<Self>, every: Duration) -> tokio::task::JoinHandle<()> {
        let this = Arc::clone(self);
        tokio::spawn(async move {
            let mut tick = tokio::time::interval(every);
            tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Skip);
            loop {
                tick.tick().await;
                if let Err(err) = this.refresh().await {
                    tracing::warn!(error = ?err, "FAQ index refresh failed; keeping the old index");
                }
            }
        })
    }

    pub fn store(&self) -> &Store {
        &self.store
    }

    /// The model phase of one answer, bounded by the phrase budget: a phrased answer (from the
    /// best entries) or, when asked for, a clarifying question for a suggestion. Any error or
    /// a passed budget leaves the plain FAQ reply as it is.
    async fn phrase(
        &self,
        phraser: &dyn Phraser,
        snapshot: &Snapshot,
        q: &Question<'_>,
        reply: &mut Reply,
    ) {
        let wanted = match reply.outcome {
            Outcome::Answer => true,
            Outcome::Suggest => q.clarify,
            Outcome::Unknown => false,
        };
        if !wanted {
            return;
        }
        let entries: Vec<FaqEntry> = reply
            .hits
            .iter()
            .take(PHRASE_ENTRIES)
            .filter_map(|h| snapshot.entries.get(&h.id).cloned())
            .collect();
        let work = async {
            match reply.outcome {
                Outcome::Answer => phraser
                    .phrase(q.text, reply.lang, &entries)
                    .await
                    .map(|p| (Some(p), None)),
                _ => phraser
                    .clarify(q.text, reply.lang, &entries)
                    .await
                    .map(|c| (None, Some(c))),
            }
        };
        let result = match self.phrase_budget {
            Some(budget) => tokio::time::timeout(budget, work).await.ok(),
            None => Some(work.await),
        };
        match result {
            Some(Ok((phrased, clarification))) => {
                reply.phrased = phrased;
                reply.clarification = clarification;
            }
            // The plain hits stand; the error names no personal data (see `PhraseError`).
            Some(Err(err)) => {
                tracing::warn!(error = %err, "phrasing failed, plain FAQ answer returned")
            }
            None => {
                tracing::warn!("phrasing took longer than its budget, plain FAQ answer returned")
            }
        }
    }
}

async fn load(store: &Store, semantic: Option<&Semantic>) -> anyhow::Result<Snapshot> {
    let started = std::time::Instant::now();
    // Read the revision first: a change racing with the load is picked up by the next refresh.
    let revision = store
        .faq_revision()
        .await
        .context("reading the FAQ revision")?;
    let entries: Vec<FaqEntry> = store
        .faq_entries()
        .await
        .context("loading the FAQ")?
        .into_iter()
        .map(|r| r.entry)
        .collect();
    let vocabulary = store
        .faq_vocabulary()
        .await
        .context("loading the FAQ vocabulary")?
        .vocabulary;
    let loaded = started.elapsed();
    let mut snapshot =
        tokio::task::spawn_blocking(move || Snapshot::build_with(revision, entries, &vocabulary))
            .await
            .context("index build task")??;
    // Where start-up time goes with a large FAQ: reading the entries, building the index.
    tracing::info!(
        revision,
        entries = snapshot.entries.len(),
        load_ms = loaded.as_millis() as u64,
        build_ms = (started.elapsed() - loaded).as_millis() as u64,
        "FAQ index built"
    );
    if let Some(semantic) = semantic {
        match semantic
            .entry_vectors(Some(store), &snapshot.ordered_entries())
            .await
        {
            Ok(vectors) => snapshot.vectors = Some(vectors),
            // The index works without them; the next rebuild tries again.
            Err(error) => tracing::warn!(%error, "FAQ vectors unavailable; answering lexical-only"),
        }
    }
    Ok(snapshot)
}

#[async_trait]
impl Answerer for LiveIndex {
    async fn answer(&self, q: Question<'_>) -> anyhow::Result<Reply> {
        let question = q.text;
        let snapshot = self.snapshot();
        let sims = match (&self.semantic, &snapshot.vectors) {
            (Some(semantic), Some(vectors)) => semantic
                .question_vector(&helpdesk_search::reading::question_text(question))
                .await
                .map(|v| vectors.similarities(&v)),
            _ => None,
        };
        let mut reply = snapshot.reply_with(question, q.lang, sims.as_deref());
        let record = QuestionRecord {
            question: question.to_owned(),
            lang: reply.lang,
            outcome: reply.outcome.as_str().to_owned(),
            top_hit: reply.hits.first().map(|h| h.id.clone()),
            confidence: reply.confidence,
            channel: q.channel.as_str().to_owned(),
        };
        // The answer does not depend on the log; a failing log write is an operator problem.
        match &self.log {
            QuestionLog::Inline => {
                if let Err(err) = self.store.log_question(&record).await {
                    tracing::warn!(error = ?err, "could not log a question");
                }
            }
            QuestionLog::Background {
                tx,
                dropped,
                pending,
            } => {
                pending.fetch_add(1, std::sync::atomic::Ordering::AcqRel);
                if tx.try_send(record).is_err() {
                    pending.fetch_sub(1, std::sync::atomic::Ordering::AcqRel);
                    let n = dropped.fetch_add(1, std::sync::atomic::Ordering::Relaxed) + 1;
                    if n.is_power_of_two() {
                        tracing::warn!(
                            dropped = n,
                            "question log queue full; questions not logged"
                        );
                    }
                }
            }
        }
        if let Some(phraser) = &self.phraser {
            self.phrase(phraser.as_ref(), &snapshot, &q, &mut reply)
                .await;
        }
        Ok(reply)
    }

    async fn entry(&self, id: &FaqId) -> anyhow::Result<Option<FaqEntry>> {
        Ok(self.snapshot().entries.get(id).cloned())
    }

    fn phrases(&self) -> bool {
        self.phraser.is_some()
    }

    async fn refresh(&self) -> anyhow::Result<()> {
        LiveIndex::refresh(self).await.map(|_| ())
    }

    fn dropped_questions(&self) -> u64 {
        LiveIndex::dropped_questions(self)
    }
}

/// A fixed set of entries answers too (tests, setups without a database): nothing is logged
/// and nothing is phrased.
#[async_trait]
impl Answerer for Snapshot {
    async fn answer(&self, q: Question<'_>) -> anyhow::Result<Reply> {
        Ok(self.reply(q.text, q.lang))
    }

    async fn entry(&self, id: &FaqId) -> anyhow::Result<Option<FaqEntry>> {
        Ok(self.entries.get(id).cloned())
    }
}
