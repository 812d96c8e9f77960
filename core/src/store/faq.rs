//! The FAQ at run time: one row per entry (JSON of [`FaqEntry`]) with a revision counter, a
//! revisions table (who, when, what changed, full snapshot for revert) and a global FAQ
//! revision that every change bumps, so replicas can rebuild their index when it moves.
//!
//! Seeding: on start, bundled entries that were never in the table are inserted, and entries
//! still exactly as seeded (last written by `seed`) follow the bundled text. Anything a
//! maintainer edited or deleted is never touched again.

use chrono::{DateTime, Utc};
use helpdesk_faq::{FaqEntry, FaqId};
use serde::{Deserialize, Serialize};

use super::{Store, Tx, from_json, from_ms, ms, now, on_pool, on_tx, to_json};
use crate::error::{Error, Rule};
use crate::model::Actor;

const SEED_ACTOR: &str = "seed";

/// An entry as stored.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FaqRecord {
    pub entry: FaqEntry,
    /// Per-entry revision (HTTP: `ETag`/`If-Match`).
    pub revision: i64,
    pub updated_at: DateTime<Utc>,
    /// Actor id of the last writer (`seed`, `token:<id>`).
    pub updated_by: String,
}

/// One past state of an entry.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FaqRevision {
    pub entry_id: FaqId,
    pub revision: i64,
    /// `seed`, `create`, `update`, `delete`, `revert`.
    pub action: String,
    pub actor: String,
    pub actor_name: String,
    pub at: DateTime<Utc>,
    /// Which fields changed, e.g. `answer, alternatives`.
    pub summary: String,
    /// The whole entry after this revision (before it, for `delete`).
    pub snapshot: FaqEntry,
}

#[derive(sqlx::FromRow)]
struct EntryRow {
    content: String,
    revision: i64,
    deleted: bool,
    updated_at: i64,
    updated_by: String,
}

fn decode(content: &str) -> Result<FaqEntry, Error> {
    from_json(content, "faq_entries.content")
}

fn encode(e: &FaqEntry) -> Result<String, Error> {
    to_json(e, "faq_entries.content")
}

/// Names of the fields that differ between two versions of an entry.
fn changed_fields(old: Option<&FaqEntry>, new: &FaqEntry) -> String {
    let Some(old) = old else { return "all".into() };
    let (Ok(serde_json::Value::Object(a)), Ok(serde_json::Value::Object(b))) =
        (serde_json::to_value(old), serde_json::to_value(new))
    else {
        return "all".into();
    };
    let mut keys: Vec<&String> = a.keys().chain(b.keys()).collect();
    keys.sort();
    keys.dedup();
    let changed: Vec<&str> = keys
        .into_iter()
        .filter(|k| a.get(*k) != b.get(*k))
        .map(String::as_str)
        .collect();
    if changed.is_empty() {
        "nothing".into()
    } else {
        changed.join(", ")
    }
}

async fn load_row(tx: &mut Tx, id: &str) -> Result<Option<EntryRow>, Error> {
    let sql = format!(
        "SELECT content, revision, deleted, updated_at, updated_by FROM faq_entries WHERE id = $1{}",
        tx.for_update()
    );
    Ok(on_tx!(tx, c => sqlx::query_as(&sql).bind(id).fetch_optional(&mut **c).await?))
}

#[allow(clippy::too_many_arguments)]
async fn write(
    tx: &mut Tx,
    entry: &FaqEntry,
    revision: i64,
    deleted: bool,
    action: &str,
    actor: &str,
    actor_name: &str,
    summary: &str,
    at: DateTime<Utc>,
) -> Result<(), Error> {
    let content = encode(entry)?;
    on_tx!(tx, c => {
        sqlx::query(
            "INSERT INTO faq_entries (id, content, revision, deleted, updated_at, updated_by) VALUES ($1, $2, $3, $4, $5, $6) \
             ON CONFLICT (id) DO UPDATE SET content = $2, revision = $3, deleted = $4, updated_at = $5, updated_by = $6",
        )
        .bind(entry.id.as_str()).bind(&content).bind(revision).bind(deleted).bind(ms(at)).bind(actor)
        .execute(&mut **c).await?;
        sqlx::query(
            "INSERT INTO faq_revisions (entry_id, revision, action, actor, actor_name, at, summary, snapshot) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
        )
        .bind(entry.id.as_str()).bind(revision).bind(action).bind(actor).bind(actor_name).bind(ms(at)).bind(summary).bind(&content)
        .execute(&mut **c).await?;
        sqlx::query("UPDATE faq_state SET revision = revision + 1 WHERE id = 1").execute(&mut **c).await?;
    });
    Ok(())
}

fn require_editor(actor: &Actor) -> Result<(), Error> {
    if actor.role.is_some_and(|r| r.edits_faq()) {
        Ok(())
    } else {
        Err(Error::Forbidden {
            rule: Rule::RoleRequired,
        })
    }
}

impl Store {
    pub(crate) async fn seed_faq(&self, entries: &[FaqEntry]) -> Result<usize, Error> {
        let now = now();
        let mut changed = 0;
        let mut tx = self.begin().await?;
        if tx.is_postgres() {
            // Replicas starting together seed one after the other.
            on_tx!(&mut tx, c => sqlx::query("SELECT pg_advisory_xact_lock(7340211)").execute(&mut **c).await?.rows_affected());
        }
        for e in entries {
            let row = load_row(&mut tx, e.id.as_str()).await?;
            match row {
                None => {
                    write(&mut tx, e, 1, false, "seed", SEED_ACTOR, "", "all", now).await?;
                    changed += 1;
                }
                Some(r) if r.updated_by == SEED_ACTOR && !r.deleted => {
                    let old = decode(&r.content)?;
                    if &old != e {
                        let summary = changed_fields(Some(&old), e);
                        write(
                            &mut tx,
                            e,
                            r.revision + 1,
                            false,
                            "seed",
                            SEED_ACTOR,
                            "",
                            &summary,
                            now,
                        )
                        .await?;
                        changed += 1;
                    }
                }
                Some(_) => {}
            }
        }
        tx.commit().await?;
        if changed > 0 {
            tracing::info!(changed, "FAQ seeded from bundled entries");
        }
        Ok(changed)
    }

    /// All live entries, by id.
    pub async fn faq_entries(&self) -> Result<Vec<FaqRecord>, Error> {
        let rows: Vec<EntryRow> = on_pool!(self, p => sqlx::query_as(
            "SELECT content, revision, deleted, updated_at, updated_by FROM faq_entries WHERE NOT deleted ORDER BY id")
            .fetch_all(p).await?);
        rows.into_iter().map(record).collect()
    }

    /// One live entry.
    pub async fn faq_entry(&self, id: &FaqId) -> Result<FaqRecord, Error> {
        let row: Option<EntryRow> = on_pool!(self, p => sqlx::query_as(
            "SELECT content, revision, deleted, updated_at, updated_by FROM faq_entries WHERE id = $1")
            .bind(id.as_str()).fetch_optional(p).await?);
        match row {
            Some(r) if !r.deleted => record(r),
            _ => Err(Error::NotFound),
        }
    }

    /// The global FAQ revision: changes whenever any entry changes.
    pub async fn faq_revision(&self) -> Result<i64, Error> {
        Ok(
            on_pool!(self, p => sqlx::query_scalar("SELECT revision FROM faq_state WHERE id = 1").fetch_one(p).await?),
        )
    }

    /// Create (`expected_revision: None`) or update (`Some(current revision)`) an entry
    /// (roles `faq_editor`, `admin`). A stale revision, or creating an id that exists, is a
    /// [`Error::Conflict`] with the current revision.
    pub async fn faq_put(
        &self,
        entry: &FaqEntry,
        expected_revision: Option<i64>,
        actor: &Actor,
    ) -> Result<FaqRecord, Error> {
        require_editor(actor)?;
        let now = now();
        let mut tx = self.begin().await?;
        let row = load_row(&mut tx, entry.id.as_str()).await?;
        let (revision, action, summary) = match (row, expected_revision) {
            (None, None) => (1, "create", "all".to_owned()),
            (None, Some(_)) => return Err(Error::NotFound),
            (Some(r), None) if r.deleted => (r.revision + 1, "create", "all".to_owned()),
            (Some(r), Some(v)) if r.revision == v && !r.deleted => {
                let old = decode(&r.content)?;
                (r.revision + 1, "update", changed_fields(Some(&old), entry))
            }
            (Some(r), Some(_)) if r.deleted => return Err(Error::NotFound),
            (Some(r), _) => {
                return Err(Error::Conflict {
                    current_version: r.revision,
                });
            }
        };
        write(
            &mut tx,
            entry,
            revision,
            false,
            action,
            &actor.id,
            &actor.name,
            &summary,
            now,
        )
        .await
        .map_err(|e| match e {
            // Two editors creating the same new id at once: the second one conflicts.
            Error::Database(sqlx::Error::Database(d)) if d.is_unique_violation() => {
                Error::Conflict {
                    current_version: revision,
                }
            }
            other => other,
        })?;
        tx.commit().await?;
        tracing::info!(entry = %entry.id, revision, action, "FAQ entry written");
        Ok(FaqRecord {
            entry: entry.clone(),
            revision,
            updated_at: now,
            updated_by: actor.id.clone(),
        })
    }

    /// Delete an entry (a tombstone: seeding never brings it back; revert can).
    pub async fn faq_delete(
        &self,
        id: &FaqId,
        expected_revision: i64,
        actor: &Actor,
    ) -> Result<(), Error> {
        require_editor(actor)?;
        let now = now();
        let mut tx = self.begin().await?;
        let r = load_row(&mut tx, id.as_str())
            .await?
            .filter(|r| !r.deleted)
            .ok_or(Error::NotFound)?;
        if r.revision != expected_revision {
            return Err(Error::Conflict {
                current_version: r.revision,
            });
        }
        let old = decode(&r.content)?;
        write(
            &mut tx,
            &old,
            r.revision + 1,
            true,
            "delete",
            &actor.id,
            &actor.name,
            "deleted",
            now,
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// The history of an entry, newest first.
    pub async fn faq_revisions(&self, id: &FaqId) -> Result<Vec<FaqRevision>, Error> {
        let rows: Vec<(i64, String, String, String, i64, String, String)> = on_pool!(self, p => sqlx::query_as(
            "SELECT revision, action, actor, actor_name, at, summary, snapshot FROM faq_revisions \
             WHERE entry_id = $1 ORDER BY revision DESC").bind(id.as_str()).fetch_all(p).await?);
        rows.into_iter()
            .map(
                |(revision, action, actor, actor_name, at, summary, snapshot)| {
                    Ok(FaqRevision {
                        entry_id: id.clone(),
                        revision,
                        action,
                        actor,
                        actor_name,
                        at: from_ms(at),
                        summary,
                        snapshot: decode(&snapshot)?,
                    })
                },
            )
            .collect()
    }

    /// Make revision `to_revision` current again (as a new revision). `expected_revision` is the
    /// current revision (also of a deleted entry, to undelete it).
    pub async fn faq_revert(
        &self,
        id: &FaqId,
        to_revision: i64,
        expected_revision: i64,
        actor: &Actor,
    ) -> Result<FaqRecord, Error> {
        require_editor(actor)?;
        let now = now();
        let mut tx = self.begin().await?;
        let r = load_row(&mut tx, id.as_str())
            .await?
            .ok_or(Error::NotFound)?;
        if r.revision != expected_revision {
            return Err(Error::Conflict {
                current_version: r.revision,
            });
        }
        let snap: Option<(String, String)> = on_tx!(&mut tx, c => sqlx::query_as(
            "SELECT snapshot, action FROM faq_revisions WHERE entry_id = $1 AND revision = $2")
            .bind(id.as_str()).bind(to_revision).fetch_optional(&mut **c).await?);
        let Some((snapshot, _)) = snap else {
            return Err(Error::NotFound);
        };
        let entry = decode(&snapshot)?;
        let old = decode(&r.content)?;
        let summary = format!(
            "revert to {to_revision}: {}",
            changed_fields(Some(&old), &entry)
        );
        write(
            &mut tx,
            &entry,
            r.revision + 1,
            false,
            "revert",
            &actor.id,
            &actor.name,
            &summary,
            now,
        )
        .await?;
        tx.commit().await?;
        Ok(FaqRecord {
            entry,
            revision: r.revision + 1,
            updated_at: now,
            updated_by: actor.id.clone(),
        })
    }
}

fn record(r: EntryRow) -> Result<FaqRecord, Error> {
    Ok(FaqRecord {
        entry: decode(&r.content)?,
        revision: r.revision,
        updated_at: from_ms(r.updated_at),
        updated_by: r.updated_by,
    })
}
