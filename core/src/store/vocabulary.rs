//! The FAQ's domain vocabulary at run time (synonym concepts, compound parts, stop words): one
//! row with a revision, a revisions table, and the global FAQ revision bumped on every change
//! so every replica rebuilds its index (see [`crate::answer::LiveIndex::refresh`]).
//!
//! Seeding follows the entries' rule: the bundled `vocabulary.toml` is written on first start
//! and followed while the row is still as seeded; once a maintainer has written it, a release
//! never overwrites it again. Without a row (a store opened without seeding) the bundled
//! vocabulary applies, at revision 0.

use chrono::{DateTime, Utc};
use helpdesk_faq::Vocabulary;
use serde::{Deserialize, Serialize};

use super::{Store, Tx, from_json, from_ms, ms, now, on_pool, on_tx, to_json};
use crate::error::{Error, FieldError, FieldProblem, Rule};
use crate::model::Actor;

const SEED_ACTOR: &str = "seed";

/// The vocabulary as stored.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct VocabularyRecord {
    pub vocabulary: Vocabulary,
    /// HTTP: `ETag`/`If-Match`. 0 while nothing is stored (the bundled vocabulary applies).
    pub revision: i64,
    pub updated_at: DateTime<Utc>,
    /// `seed`, `token:<id>`, `cli`.
    pub updated_by: String,
}

/// One past state of the vocabulary.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct VocabularyRevision {
    pub revision: i64,
    /// `seed` or `update`.
    pub action: String,
    pub actor: String,
    pub actor_name: String,
    pub at: DateTime<Utc>,
    /// What changed, e.g. `concepts: azubi +1; stop_words −1`.
    pub summary: String,
    /// The whole vocabulary after this revision.
    pub snapshot: Vocabulary,
}

#[derive(sqlx::FromRow)]
struct Row {
    content: String,
    revision: i64,
    updated_at: i64,
    updated_by: String,
}

fn decode(content: &str) -> Result<Vocabulary, Error> {
    from_json(content, "faq_vocabulary.content")
}

fn encode(v: &Vocabulary) -> Result<String, Error> {
    to_json(v, "faq_vocabulary.content")
}

/// A short description of what changed between two vocabularies (no words, only where and how
/// many: the summary is shown in lists and logs).
pub fn summarize_change(old: &Vocabulary, new: &Vocabulary) -> String {
    fn list_change(name: &str, a: &[String], b: &[String], out: &mut Vec<String>) {
        let added = b.iter().filter(|w| !a.contains(w)).count();
        let removed = a.iter().filter(|w| !b.contains(w)).count();
        match (added, removed) {
            (0, 0) => {}
            (n, 0) => out.push(format!("{name} +{n}")),
            (0, m) => out.push(format!("{name} −{m}")),
            (n, m) => out.push(format!("{name} +{n} −{m}")),
        }
    }
    let mut out = Vec::new();
    list_change("stop_words", &old.stop_words, &new.stop_words, &mut out);
    list_change(
        "not_stop_words",
        &old.not_stop_words,
        &new.not_stop_words,
        &mut out,
    );
    list_change(
        "compound_parts",
        &old.compound_parts,
        &new.compound_parts,
        &mut out,
    );
    let mut concepts = Vec::new();
    for (name, words) in &new.concepts {
        match old.concepts.get(name) {
            None => concepts.push(format!("{name} new")),
            Some(before) => list_change(name, before, words, &mut concepts),
        }
    }
    for name in old.concepts.keys() {
        if !new.concepts.contains_key(name) {
            concepts.push(format!("{name} removed"));
        }
    }
    if !concepts.is_empty() {
        out.push(format!("concepts: {}", concepts.join(", ")));
    }
    if out.is_empty() {
        "nothing".into()
    } else {
        out.join("; ")
    }
}

async fn load_row(tx: &mut Tx) -> Result<Option<Row>, Error> {
    let sql = format!(
        "SELECT content, revision, updated_at, updated_by FROM faq_vocabulary WHERE id = 1{}",
        tx.for_update()
    );
    Ok(on_tx!(tx, c => sqlx::query_as(&sql).fetch_optional(&mut **c).await?))
}

#[allow(clippy::too_many_arguments)]
async fn write(
    tx: &mut Tx,
    vocabulary: &Vocabulary,
    revision: i64,
    action: &str,
    actor: &str,
    actor_name: &str,
    summary: &str,
    at: DateTime<Utc>,
) -> Result<(), Error> {
    let content = encode(vocabulary)?;
    on_tx!(tx, c => {
        sqlx::query(
            "INSERT INTO faq_vocabulary (id, content, revision, updated_at, updated_by) VALUES (1, $1, $2, $3, $4) \
             ON CONFLICT (id) DO UPDATE SET content = $1, revision = $2, updated_at = $3, updated_by = $4",
        )
        .bind(&content).bind(revision).bind(ms(at)).bind(actor)
        .execute(&mut **c).await?;
        sqlx::query(
            "INSERT INTO faq_vocabulary_revisions (revision, action, actor, actor_name, at, summary, content) \
             VALUES ($1, $2, $3, $4, $5, $6, $7)",
        )
        .bind(revision).bind(action).bind(actor).bind(actor_name).bind(ms(at)).bind(summary).bind(&content)
        .execute(&mut **c).await?;
        sqlx::query("UPDATE faq_state SET revision = revision + 1 WHERE id = 1").execute(&mut **c).await?;
    });
    Ok(())
}

impl Store {
    /// Writes the bundled vocabulary on first start, and follows it while nobody edited it.
    pub(crate) async fn seed_vocabulary(&self, bundled: &Vocabulary) -> Result<bool, Error> {
        let now = now();
        let mut tx = self.begin().await?;
        if tx.is_postgres() {
            // Same lock as the entries' seeding: replicas starting together seed in turn.
            on_tx!(&mut tx, c => sqlx::query("SELECT pg_advisory_xact_lock(7340211)").execute(&mut **c).await?.rows_affected());
        }
        let changed = match load_row(&mut tx).await? {
            None => {
                write(&mut tx, bundled, 1, "seed", SEED_ACTOR, "", "all", now).await?;
                true
            }
            Some(r) if r.updated_by == SEED_ACTOR => {
                let old = decode(&r.content)?;
                if &old != bundled {
                    let summary = summarize_change(&old, bundled);
                    write(
                        &mut tx,
                        bundled,
                        r.revision + 1,
                        "seed",
                        SEED_ACTOR,
                        "",
                        &summary,
                        now,
                    )
                    .await?;
                    true
                } else {
                    false
                }
            }
            Some(_) => false,
        };
        tx.commit().await?;
        if changed {
            tracing::info!("FAQ vocabulary seeded from the bundled file");
        }
        Ok(changed)
    }

    /// The vocabulary in force (the bundled one at revision 0 while nothing is stored).
    pub async fn faq_vocabulary(&self) -> Result<VocabularyRecord, Error> {
        let row: Option<Row> = on_pool!(self, p => sqlx::query_as(
            "SELECT content, revision, updated_at, updated_by FROM faq_vocabulary WHERE id = 1")
            .fetch_optional(p).await?);
        match row {
            Some(r) => Ok(VocabularyRecord {
                vocabulary: decode(&r.content)?,
                revision: r.revision,
                updated_at: from_ms(r.updated_at),
                updated_by: r.updated_by,
            }),
            None => Ok(VocabularyRecord {
                vocabulary: helpdesk_faq::bundled_vocabulary().clone(),
                revision: 0,
                updated_at: from_ms(0),
                updated_by: SEED_ACTOR.into(),
            }),
        }
    }

    /// Replaces the vocabulary (roles `faq_editor`, `admin`). `expected_revision` is the
    /// revision last read (0 while nothing is stored); a stale one is a [`Error::Conflict`].
    /// The vocabulary must be valid ([`Vocabulary::problems`] empty): callers validate first
    /// and show the problems; an invalid one reaching the store is refused as a validation error.
    pub async fn faq_vocabulary_put(
        &self,
        vocabulary: &Vocabulary,
        expected_revision: i64,
        actor: &Actor,
    ) -> Result<VocabularyRecord, Error> {
        if !actor.role.is_some_and(|r| r.edits_faq()) {
            return Err(Error::Forbidden {
                rule: Rule::RoleRequired,
            });
        }
        if !vocabulary.problems().is_empty() {
            return Err(Error::Validation {
                fields: vec![FieldError::new("vocabulary", FieldProblem::InvalidFormat)],
            });
        }
        let now = now();
        let mut tx = self.begin().await?;
        let (current, old) = match load_row(&mut tx).await? {
            Some(r) => (r.revision, decode(&r.content)?),
            None => (0, helpdesk_faq::bundled_vocabulary().clone()),
        };
        if current != expected_revision {
            return Err(Error::Conflict {
                current_version: current,
            });
        }
        let revision = current + 1;
        let summary = summarize_change(&old, vocabulary);
        write(
            &mut tx,
            vocabulary,
            revision,
            "update",
            &actor.id,
            &actor.name,
            &summary,
            now,
        )
        .await?;
        tx.commit().await?;
        tracing::info!(revision, %summary, "FAQ vocabulary written");
        Ok(VocabularyRecord {
            vocabulary: vocabulary.clone(),
            revision,
            updated_at: now,
            updated_by: actor.id.clone(),
        })
    }

    /// The history of the vocabulary, newest first.
    pub async fn faq_vocabulary_revisions(&self) -> Result<Vec<VocabularyRevision>, Error> {
        let rows: Vec<(i64, String, String, String, i64, String, String)> = on_pool!(self, p => sqlx::query_as(
            "SELECT revision, action, actor, actor_name, at, summary, content FROM faq_vocabulary_revisions \
             ORDER BY revision DESC").fetch_all(p).await?);
        rows.into_iter()
            .map(
                |(revision, action, actor, actor_name, at, summary, content)| {
                    Ok(VocabularyRevision {
                        revision,
                        action,
                        actor,
                        actor_name,
                        at: from_ms(at),
                        summary,
                        snapshot: decode(&content)?,
                    })
                },
            )
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vocab(text: &str) -> Vocabulary {
        Vocabulary::parse(text).unwrap()
    }

    #[test]
    fn change_summaries_name_places_and_counts_not_words() {
        let a =
            vocab("stop_words = [\"bitte\"]\n[concepts]\nazubi = [\"azubi\"]\nssp = [\"ssp\"]\n");
        let b = vocab(
            "stop_words = []\n[concepts]\nazubi = [\"azubi\", \"lehrling\", \"stift\"]\nneu = [\"x\"]\n",
        );
        assert_eq!(
            summarize_change(&a, &b),
            "stop_words −1; concepts: azubi +2, neu new, ssp removed"
        );
        assert_eq!(summarize_change(&a, &a), "nothing");
    }
}
