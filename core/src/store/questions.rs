//! The question log (redacted questions and their outcome, for the "unanswered questions"
//! inbox) and helpful/not-helpful feedback per FAQ entry.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use helpdesk_faq::{FaqId, Lang};
use serde::{Deserialize, Serialize};

use super::{Store, Tx, from_ms, ms, now, on_pool, on_tx};
use crate::erasure::Needles;
use crate::error::Error;
use crate::redact::redact;

/// A question to log. The text is redacted by the store before it is written.
#[derive(Debug, Clone, PartialEq)]
pub struct QuestionRecord {
    pub question: String,
    pub lang: Lang,
    /// `answer`, `suggest` or `unknown`.
    pub outcome: String,
    pub top_hit: Option<FaqId>,
    pub confidence: f32,
    /// `discord`, `web`, `api`, …
    pub channel: String,
}

/// A group of equal (case/space-insensitive) unanswered questions.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct UnansweredQuestion {
    /// The redacted question as most recently asked.
    pub question: String,
    pub count: i64,
    pub last_asked: DateTime<Utc>,
    pub lang: Lang,
    /// The best (not good enough) hit of the most recent ask.
    pub top_hit: Option<String>,
}

/// Feedback counts of one entry.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FeedbackCount {
    pub entry_id: String,
    pub helpful: i64,
    pub not_helpful: i64,
}

/// The grouping key of a question: lowercase, single spaces, no trailing punctuation.
pub fn question_key(q: &str) -> String {
    q.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
        .trim_end_matches(['?', '!', '.', ' '])
        .to_owned()
}

/// Delete, inside `tx`, every logged question that mentions `needles` (matched in Rust, see
/// [`crate::erasure`]). Returns how many rows were deleted.
pub(crate) async fn erase_matching(tx: &mut Tx, needles: &Needles) -> Result<u64, Error> {
    const PAGE: i64 = 1000;
    if needles.is_empty() {
        return Ok(0);
    }
    let mut doomed = Vec::new();
    let mut after = 0i64;
    loop {
        let rows: Vec<(i64, String)> = on_tx!(&mut *tx, c => sqlx::query_as(
            "SELECT id, question FROM question_log WHERE id > $1 ORDER BY id LIMIT $2")
            .bind(after).bind(PAGE).fetch_all(&mut **c).await?);
        let n = rows.len();
        for (id, question) in rows {
            after = id;
            if needles.matches(&question) {
                doomed.push(id);
            }
        }
        if (n as i64) < PAGE {
            break;
        }
    }
    let mut deleted = 0;
    for id in doomed {
        deleted += on_tx!(&mut *tx, c => sqlx::query("DELETE FROM question_log WHERE id = $1")
            .bind(id).execute(&mut **c).await?.rows_affected());
    }
    Ok(deleted)
}

/// Delete, inside `tx`, logged questions asked before `cutoff_ms` (retention).
pub(crate) async fn purge_before(tx: &mut Tx, cutoff_ms: i64) -> Result<u64, Error> {
    Ok(
        on_tx!(tx, c => sqlx::query("DELETE FROM question_log WHERE at < $1")
        .bind(cutoff_ms).execute(&mut **c).await?.rows_affected()),
    )
}

impl Store {
    /// Log an asked question (redacted). Returns its id (to attach feedback).
    pub async fn log_question(&self, q: &QuestionRecord) -> Result<i64, Error> {
        // Control characters (a NUL byte, which PostgreSQL refuses in text) become spaces: the
        // log keeps the gist of the question, never a reason to fail the ask.
        let text: String = redact(&q.question, &[])
            .text()
            .chars()
            .map(|c| if c.is_control() { ' ' } else { c })
            .take(1000)
            .collect();
        let mut tx = self.begin().await?;
        let id: i64 = on_tx!(&mut tx, c => sqlx::query_scalar(
            "INSERT INTO question_log (at, lang, question, outcome, top_hit, confidence, channel) \
             VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id")
            .bind(ms(now())).bind(q.lang.code()).bind(&text).bind(&q.outcome)
            .bind(q.top_hit.as_ref().map(FaqId::as_str)).bind(f64::from(q.confidence)).bind(&q.channel)
            .fetch_one(&mut **c).await?);
        tx.commit().await?;
        Ok(id)
    }

    /// Questions that got no confident answer (`suggest`/`unknown`) and were not yet resolved,
    /// grouped, most frequent first.
    pub async fn unanswered_questions(
        &self,
        limit: usize,
    ) -> Result<Vec<UnansweredQuestion>, Error> {
        let rows: Vec<(String, i64, String, Option<String>)> = on_pool!(self, p => sqlx::query_as(
            "SELECT question, at, lang, top_hit FROM question_log WHERE outcome <> 'answer' AND resolved_to IS NULL \
             ORDER BY at DESC LIMIT 10000").fetch_all(p).await?);
        let mut groups: BTreeMap<String, UnansweredQuestion> = BTreeMap::new();
        for (question, at, lang, top_hit) in rows {
            let g = groups
                .entry(question_key(&question))
                .or_insert_with(|| UnansweredQuestion {
                    question: question.clone(),
                    count: 0,
                    last_asked: from_ms(at),
                    lang: lang.parse().unwrap_or_default(),
                    top_hit,
                });
            g.count += 1;
        }
        let mut out: Vec<_> = groups.into_values().collect();
        out.sort_by(|a, b| b.count.cmp(&a.count).then(b.last_asked.cmp(&a.last_asked)));
        out.truncate(limit);
        Ok(out)
    }

    /// Mark every logged question equal to `question` (see [`question_key`]) as resolved by
    /// `entry` (e.g. after adding it as an alternative phrasing). Returns how many rows.
    pub async fn resolve_questions(&self, question: &str, entry: &FaqId) -> Result<u64, Error> {
        let key = question_key(question);
        let mut tx = self.begin().await?;
        let rows: Vec<(i64, String)> = on_tx!(&mut tx, c => sqlx::query_as(
            "SELECT id, question FROM question_log WHERE resolved_to IS NULL AND outcome <> 'answer'")
            .fetch_all(&mut **c).await?);
        let mut n = 0;
        for (id, _) in rows.into_iter().filter(|(_, q)| question_key(q) == key) {
            n += on_tx!(&mut tx, c => sqlx::query("UPDATE question_log SET resolved_to = $1 WHERE id = $2")
                .bind(entry.as_str()).bind(id).execute(&mut **c).await?.rows_affected());
        }
        tx.commit().await?;
        Ok(n)
    }

    /// Adopt an asked question as an alternative phrasing of entry `id` (German or English list;
    /// nothing is added twice), and mark the logged questions equal to it as resolved. Roles
    /// `faq_editor`, `admin`. `expected_revision: None` takes the current revision. Returns the
    /// new record and how many logged questions were resolved. The caller refreshes the index.
    pub async fn adopt_question(
        &self,
        id: &FaqId,
        question: &str,
        lang: Lang,
        expected_revision: Option<i64>,
        actor: &crate::Actor,
    ) -> Result<(crate::FaqRecord, u64), Error> {
        let question = question.trim();
        if question.is_empty() {
            return Err(Error::validation(crate::FieldError::new(
                "question",
                crate::FieldProblem::Required,
            )));
        }
        if question.chars().count() > 1000 {
            return Err(Error::validation(crate::FieldError::new(
                "question",
                crate::FieldProblem::TooLong { max: 1000 },
            )));
        }
        let current = self.faq_entry(id).await?;
        let mut entry = current.entry;
        let list = match lang {
            Lang::En => &mut entry.en.alternatives,
            Lang::De => &mut entry.alternatives,
        };
        if !list.iter().any(|a| a.eq_ignore_ascii_case(question)) {
            list.push(question.to_owned());
        }
        let expected = expected_revision.unwrap_or(current.revision);
        let record = self.faq_put(&entry, Some(expected), actor).await?;
        let resolved = self.resolve_questions(question, id).await?;
        tracing::info!(entry = %id, resolved, "unanswered question adopted as alternative");
        Ok((record, resolved))
    }

    /// Record "was this helpful?" for an entry.
    pub async fn record_feedback(
        &self,
        entry: &FaqId,
        helpful: bool,
        question_id: Option<i64>,
    ) -> Result<(), Error> {
        let mut tx = self.begin().await?;
        on_tx!(&mut tx, c => sqlx::query("INSERT INTO faq_feedback (entry_id, helpful, question_id, at) VALUES ($1, $2, $3, $4)")
            .bind(entry.as_str()).bind(helpful).bind(question_id).bind(ms(now())).execute(&mut **c).await?.rows_affected());
        tx.commit().await?;
        Ok(())
    }

    /// Feedback counts per entry, by entry id.
    pub async fn feedback_summary(&self) -> Result<Vec<FeedbackCount>, Error> {
        let rows: Vec<(String, bool, i64)> = on_pool!(self, p => sqlx::query_as(
            "SELECT entry_id, helpful, COUNT(*) FROM faq_feedback GROUP BY entry_id, helpful ORDER BY entry_id")
            .fetch_all(p).await?);
        let mut map: BTreeMap<String, FeedbackCount> = BTreeMap::new();
        for (entry_id, helpful, n) in rows {
            let f = map.entry(entry_id.clone()).or_insert(FeedbackCount {
                entry_id,
                helpful: 0,
                not_helpful: 0,
            });
            if helpful {
                f.helpful += n
            } else {
                f.not_helpful += n
            }
        }
        Ok(map.into_values().collect())
    }
}
