//! The live answering service: an in-memory search index over the FAQ table, rebuilt when the
//! FAQ revision in the store changes. A write through this API refreshes at once; other
//! replicas (or edits from the command line) are picked up by [`LiveIndex::watch`], a cheap
//! revision poll. Index builds run off the async runtime.

use std::collections::HashMap;
use std::sync::{Arc, RwLock};
use std::time::Duration;

use anyhow::Context as _;
use async_trait::async_trait;
use helpdesk_core::{QuestionRecord, Store};
use helpdesk_faq::{FaqEntry, FaqId, Lang};
use helpdesk_search::Index;

use crate::answer::{AnswerHit, Answerer, Outcome, Reply};

/// One built index and the entries it was built from.
pub struct Snapshot {
    pub revision: i64,
    pub index: Index,
    pub entries: HashMap<FaqId, FaqEntry>,
}

impl Snapshot {
    /// Builds an index over `entries` (blocking: call from `spawn_blocking`).
    pub fn build(revision: i64, entries: Vec<FaqEntry>) -> anyhow::Result<Snapshot> {
        let index = Index::build(&entries).context("building the FAQ index")?;
        Ok(Snapshot {
            revision,
            index,
            entries: entries.into_iter().map(|e| (e.id.clone(), e)).collect(),
        })
    }

    /// Asks the index and attaches the entry texts in the answer language.
    pub fn reply(&self, question: &str, lang: Option<Lang>) -> Reply {
        let a = self.index.ask(question);
        let lang = lang.unwrap_or(a.lang);
        let hits = a
            .hits
            .iter()
            .filter_map(|h| {
                let e = self.entries.get(&h.id)?;
                Some(AnswerHit {
                    id: h.id.clone(),
                    score: h.score,
                    question: e.question_in(lang).to_owned(),
                    answer: e.answer_in(lang).to_owned(),
                    link: e.link.clone(),
                })
            })
            .collect();
        Reply {
            outcome: match a.outcome {
                helpdesk_search::Outcome::Answer => Outcome::Answer,
                helpdesk_search::Outcome::Suggest => Outcome::Suggest,
                helpdesk_search::Outcome::Unknown => Outcome::Unknown,
            },
            hits,
            intent: a.intent,
            lang,
            confidence: a.confidence,
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
    },
}

/// The live index over the store's FAQ table.
pub struct LiveIndex {
    store: Store,
    current: RwLock<Arc<Snapshot>>,
    rebuild: tokio::sync::Mutex<()>,
    log: QuestionLog,
}

impl LiveIndex {
    /// Loads the FAQ from the store and builds the first index; questions are logged inline.
    pub async fn open(store: Store) -> anyhow::Result<Arc<LiveIndex>> {
        let snapshot = load(&store).await?;
        Ok(Arc::new(LiveIndex {
            store,
            current: RwLock::new(Arc::new(snapshot)),
            rebuild: tokio::sync::Mutex::new(()),
            log: QuestionLog::Inline,
        }))
    }

    /// Like [`LiveIndex::open`], but questions are logged by a writer task through a queue of
    /// `capacity` questions (what `helpdesk serve` uses).
    pub async fn open_with_background_log(
        store: Store,
        capacity: usize,
    ) -> anyhow::Result<Arc<LiveIndex>> {
        let snapshot = load(&store).await?;
        let (tx, mut rx) = tokio::sync::mpsc::channel::<QuestionRecord>(capacity.max(1));
        let writer = store.clone();
        tokio::spawn(async move {
            while let Some(record) = rx.recv().await {
                if let Err(err) = writer.log_question(&record).await {
                    tracing::warn!(error = ?err, "could not log a question");
                }
            }
        });
        Ok(Arc::new(LiveIndex {
            store,
            current: RwLock::new(Arc::new(snapshot)),
            rebuild: tokio::sync::Mutex::new(()),
            log: QuestionLog::Background {
                tx,
                dropped: std::sync::atomic::AtomicU64::new(0),
            },
        }))
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
        let snapshot = load(&self.store).await?;
        let entries = snapshot.entries.len();
        *self.current.write().unwrap_or_else(|p| p.into_inner()) = Arc::new(snapshot);
        tracing::info!(revision, entries, "FAQ index rebuilt");
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
}

async fn load(store: &Store) -> anyhow::Result<Snapshot> {
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
    tokio::task::spawn_blocking(move || Snapshot::build(revision, entries))
        .await
        .context("index build task")?
}

#[async_trait]
impl Answerer for LiveIndex {
    async fn ask(&self, question: &str, lang: Option<Lang>) -> anyhow::Result<Reply> {
        let reply = self.snapshot().reply(question, lang);
        let record = QuestionRecord {
            question: question.to_owned(),
            lang: reply.lang,
            outcome: match reply.outcome {
                Outcome::Answer => "answer",
                Outcome::Suggest => "suggest",
                Outcome::Unknown => "unknown",
            }
            .to_owned(),
            top_hit: reply.hits.first().map(|h| h.id.clone()),
            confidence: reply.confidence,
            channel: "api".to_owned(),
        };
        // The answer does not depend on the log; a failing log write is an operator problem.
        match &self.log {
            QuestionLog::Inline => {
                if let Err(err) = self.store.log_question(&record).await {
                    tracing::warn!(error = ?err, "could not log a question");
                }
            }
            QuestionLog::Background { tx, dropped } => {
                if tx.try_send(record).is_err() {
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
        Ok(reply)
    }

    async fn refresh(&self) -> anyhow::Result<()> {
        LiveIndex::refresh(self).await.map(|_| ())
    }

    fn dropped_questions(&self) -> u64 {
        LiveIndex::dropped_questions(self)
    }
}
