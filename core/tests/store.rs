//! The store itself on both backends: migrations, FAQ table and seeding, tokens, question log.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::*;
use helpdesk_core::{Error, QuestionRecord, Role, Rule, Store, StoreConfig};
use helpdesk_faq::{FaqId, Lang};
use sqlx::Connection;

#[tokio::test]
async fn migrations_apply_on_a_fresh_database_and_are_idempotent() {
    both(async |db| {
        let applied = db.store.applied_migrations().await.unwrap();
        assert_eq!(applied.len(), helpdesk_migrations::SQLITE.iter().count());
        // Running them again (directly, and through a second connect) changes nothing.
        if db.backend == "postgres" {
            let mut c = sqlx::PgConnection::connect(&db.url).await.unwrap();
            helpdesk_migrations::POSTGRES.run(&mut c).await.unwrap();
        } else {
            let mut c = sqlx::SqliteConnection::connect(&db.url).await.unwrap();
            helpdesk_migrations::SQLITE.run(&mut c).await.unwrap();
        }
        let again = Store::connect(&db.url).await.unwrap();
        assert_eq!(again.applied_migrations().await.unwrap(), applied);
        assert_eq!(
            again.faq_entries().await.unwrap().len(),
            helpdesk_faq::bundled().len()
        );
        again.close().await;
    })
    .await;
}

#[tokio::test]
async fn sqlite_and_postgres_schemas_have_the_same_columns() {
    if pg_admin_url().is_none() {
        return;
    }
    let sq = sqlite(StoreConfig::default()).await;
    let pg = postgres(StoreConfig::default()).await.unwrap();
    let mut c = sqlx::PgConnection::connect(&pg.url).await.unwrap();
    let mut pg_cols: Vec<(String, String)> = sqlx::query_as(
        "SELECT table_name::text, column_name::text FROM information_schema.columns WHERE table_schema = 'public' \
         AND table_name <> '_sqlx_migrations'",
    )
    .fetch_all(&mut c)
    .await
    .unwrap();
    pg_cols.sort();
    let mut s = sqlx::SqliteConnection::connect(&sq.url).await.unwrap();
    let mut sq_cols: Vec<(String, String)> = sqlx::query_as(
        "SELECT m.name, p.name FROM sqlite_master m, pragma_table_info(m.name) p WHERE m.type = 'table' \
         AND m.name NOT IN ('_sqlx_migrations', 'sqlite_sequence')",
    )
    .fetch_all(&mut s)
    .await
    .unwrap();
    sq_cols.sort();
    assert_eq!(sq_cols, pg_cols);
    sq.cleanup().await;
    pg.cleanup().await;
}

#[tokio::test]
async fn sqlite_file_and_folder_are_created() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("a/b/helpdesk.db");
    let store = Store::connect(&format!("sqlite://{}", path.display()))
        .await
        .unwrap();
    assert!(path.exists());
    store.close().await;
    assert!(matches!(
        Store::connect("mysql://x").await,
        Err(Error::BadUrl)
    ));
}

#[tokio::test]
async fn the_vocabulary_is_seeded_followed_and_then_owned_by_maintainers() {
    both(async |db| {
        let s = &db.store;
        let editor = actor(s, "Mia Maintainer", Role::FaqEditor, &[]).await;
        let it = actor(s, "IT", Role::ItStaff, &[]).await;
        let seeded = s.faq_vocabulary().await.unwrap();
        assert_eq!(seeded.revision, 1);
        assert_eq!(seeded.updated_by, "seed");
        assert_eq!(&seeded.vocabulary, helpdesk_faq::bundled_vocabulary());

        // A release with another bundled vocabulary: an unedited row follows it on start.
        let old = helpdesk_faq::Vocabulary {
            stop_words: vec!["bitte".into()],
            ..Default::default()
        };
        let sql = "UPDATE faq_vocabulary SET content = $1 WHERE id = 1";
        let json = serde_json::to_string(&old).unwrap();
        if db.backend == "postgres" {
            let mut c = sqlx::PgConnection::connect(&db.url).await.unwrap();
            sqlx::query(sql).bind(&json).execute(&mut c).await.unwrap();
        } else {
            let mut c = sqlx::SqliteConnection::connect(&db.url).await.unwrap();
            sqlx::query(sql).bind(&json).execute(&mut c).await.unwrap();
        }
        let again = Store::connect(&db.url).await.unwrap();
        let followed = again.faq_vocabulary().await.unwrap();
        assert_eq!(followed.revision, 2);
        assert_eq!(&followed.vocabulary, helpdesk_faq::bundled_vocabulary());
        again.close().await;

        // Only FAQ editors write; a stale revision conflicts; the global revision moves.
        let mut edited = followed.vocabulary.clone();
        edited
            .concepts
            .insert("einhorn".into(), vec!["einhorn".into(), "pegasus".into()]);
        assert!(matches!(
            s.faq_vocabulary_put(&edited, 2, &it).await,
            Err(Error::Forbidden {
                rule: Rule::RoleRequired
            })
        ));
        assert!(matches!(
            s.faq_vocabulary_put(&edited, 1, &editor).await,
            Err(Error::Conflict { current_version: 2 })
        ));
        let mut broken = edited.clone();
        broken.concepts.insert("Groß".into(), vec![]);
        assert!(matches!(
            s.faq_vocabulary_put(&broken, 2, &editor).await,
            Err(Error::Validation { .. })
        ));
        let rev0 = s.faq_revision().await.unwrap();
        let put = s.faq_vocabulary_put(&edited, 2, &editor).await.unwrap();
        assert_eq!(put.revision, 3);
        assert!(s.faq_revision().await.unwrap() > rev0, "replicas rebuild");

        // A restart never undoes a maintainer's vocabulary.
        let again = Store::connect(&db.url).await.unwrap();
        assert_eq!(again.faq_vocabulary().await.unwrap().vocabulary, edited);
        again.close().await;
        let revs = s.faq_vocabulary_revisions().await.unwrap();
        let actions: Vec<&str> = revs.iter().map(|r| r.action.as_str()).collect();
        assert_eq!(actions, ["update", "seed", "seed"]);
        assert_eq!(revs[0].actor_name, "Mia Maintainer");
        assert_eq!(revs[0].summary, "concepts: einhorn new");
        assert_eq!(revs[0].snapshot, edited);
    })
    .await;
}

#[tokio::test]
async fn faq_seeding_never_overwrites_a_maintainer() {
    both(async |db| {
        let s = &db.store;
        let editor = actor(s, "Mia Maintainer", Role::FaqEditor, &[]).await;
        let it = actor(s, "IT", Role::ItStaff, &[]).await;
        let all = s.faq_entries().await.unwrap();
        assert_eq!(all.len(), helpdesk_faq::bundled().len());
        assert!(
            all.iter()
                .all(|r| r.revision == 1 && r.updated_by == "seed")
        );
        let rev0 = s.faq_revision().await.unwrap();

        let id = FaqId::parse("name-stimmt-nicht").unwrap();
        let rec = s.faq_entry(&id).await.unwrap();
        let mut edited = rec.entry.clone();
        edited.answer = "Neue Antwort vom Team.".into();
        edited
            .alternatives
            .push("Mein Name ist falsch geschrieben".into());
        assert!(matches!(
            s.faq_put(&edited, Some(1), &it).await,
            Err(Error::Forbidden {
                rule: Rule::RoleRequired
            })
        ));
        assert!(matches!(
            s.faq_put(&edited, Some(7), &editor).await,
            Err(Error::Conflict { current_version: 1 })
        ));
        assert!(matches!(
            s.faq_put(&edited, None, &editor).await,
            Err(Error::Conflict { current_version: 1 })
        ));
        let put = s.faq_put(&edited, Some(1), &editor).await.unwrap();
        assert_eq!(put.revision, 2);
        assert!(
            s.faq_revision().await.unwrap() > rev0,
            "the global revision moves"
        );

        // Delete another one.
        let gone = FaqId::parse("registrierungscode").unwrap();
        s.faq_delete(&gone, 1, &editor).await.unwrap();
        assert!(matches!(s.faq_entry(&gone).await, Err(Error::NotFound)));

        // A restart re-seeds: neither the edit nor the deletion is undone.
        let again = Store::connect(&db.url).await.unwrap();
        assert_eq!(
            again.faq_entry(&id).await.unwrap().entry.answer,
            "Neue Antwort vom Team."
        );
        assert!(matches!(again.faq_entry(&gone).await, Err(Error::NotFound)));
        assert_eq!(
            again.faq_entries().await.unwrap().len(),
            helpdesk_faq::bundled().len() - 1
        );
        again.close().await;

        // History and revert.
        let revs = s.faq_revisions(&id).await.unwrap();
        assert_eq!(revs.iter().map(|r| r.revision).collect::<Vec<_>>(), [2, 1]);
        assert_eq!(revs[0].actor_name, "Mia Maintainer");
        assert!(
            revs[0].summary.contains("answer") && revs[0].summary.contains("alternatives"),
            "{}",
            revs[0].summary
        );
        let back = s.faq_revert(&id, 1, 2, &editor).await.unwrap();
        assert_eq!((back.revision, &back.entry), (3, &rec.entry));
        // Undelete by reverting the tombstone.
        let r = s.faq_revert(&gone, 1, 2, &editor).await.unwrap();
        assert_eq!(r.revision, 3);
        assert!(s.faq_entry(&gone).await.is_ok());
        // Create a new entry.
        let mut new = rec.entry.clone();
        new.id = FaqId::parse("neuer-eintrag").unwrap();
        assert_eq!(s.faq_put(&new, None, &editor).await.unwrap().revision, 1);
        assert!(matches!(
            s.faq_put(&new, Some(5), &editor).await,
            Err(Error::Conflict { current_version: 1 })
        ));
    })
    .await;
}

#[tokio::test]
async fn tokens_hash_verify_link_and_revoke() {
    both(async |db| {
        let s = &db.store;
        let t = s
            .create_token("Erika IT", Role::ItStaff, &["discord:123".parse().unwrap()])
            .await
            .unwrap();
        assert!(t.secret.starts_with(&format!("hd_{}_", t.info.id)));
        let p = s.verify_token(&t.secret).await.unwrap().unwrap();
        assert_eq!((p.name.as_str(), p.role), ("Erika IT", Role::ItStaff));
        assert_eq!(p.links[0].as_str(), "discord:123");
        // Wrong secrets, malformed tokens, other ids.
        let mut wrong = t.secret.clone();
        wrong.pop();
        wrong.push(if t.secret.ends_with('0') { '1' } else { '0' });
        for bad in [
            wrong.as_str(),
            "",
            "Bearer x",
            "hd_1_",
            "hd_x_00",
            &t.secret.replacen("hd_1_", "hd_2_", 1),
        ] {
            assert_eq!(s.verify_token(bad).await.unwrap(), None, "{bad}");
        }
        // Only the hash is stored.
        let dump = dump_all_text(db).await;
        let secret_part = t.secret.rsplit('_').next().unwrap();
        assert!(!dump.iter().any(|(_, _, v)| v.contains(secret_part)));

        let a = s
            .actor_for_chat_identity("discord:123")
            .await
            .unwrap()
            .unwrap();
        assert_eq!(
            (a.id.as_str(), a.role),
            (format!("token:{}", t.info.id).as_str(), Some(Role::ItStaff))
        );
        assert_eq!(
            s.actor_for_chat_identity("discord:999").await.unwrap(),
            None
        );
        // An identity links to one token only.
        assert!(matches!(
            s.create_token("Other", Role::Admin, &["discord:123".parse().unwrap()])
                .await,
            Err(Error::Validation { .. })
        ));
        assert_eq!(s.count_active_tokens(Some(Role::Admin)).await.unwrap(), 0);
        assert_eq!(s.count_active_tokens(None).await.unwrap(), 1);

        s.revoke_token(t.info.id).await.unwrap();
        s.revoke_token(t.info.id).await.unwrap();
        assert_eq!(s.verify_token(&t.secret).await.unwrap(), None);
        assert_eq!(
            s.actor_for_chat_identity("discord:123").await.unwrap(),
            None
        );
        let list = s.list_tokens().await.unwrap();
        assert_eq!(list.len(), 1);
        assert!(list[0].revoked_at.is_some());
        assert!(matches!(
            s.revoke_token(helpdesk_core::TokenId(99)).await,
            Err(Error::NotFound)
        ));
    })
    .await;
}

#[tokio::test]
async fn question_log_is_redacted_grouped_and_resolvable() {
    both(async |db| {
        let s = &db.store;
        let q = |text: &str, outcome: &str| QuestionRecord {
            question: text.into(),
            lang: Lang::De,
            outcome: outcome.into(),
            top_hit: None,
            confidence: 0.2,
            channel: "web".into(),
        };
        s.log_question(&q(
            "Wie ändere ich meine Telefonnummer 0511 1234567?",
            "unknown",
        ))
        .await
        .unwrap();
        s.log_question(&q("Wo ist der Export?", "unknown"))
            .await
            .unwrap();
        s.log_question(&q("wo ist der  export", "suggest"))
            .await
            .unwrap();
        s.log_question(&q("Mail an max@example.org geht nicht", "unknown"))
            .await
            .unwrap();
        let id = s
            .log_question(&q("Wie exportiere ich?", "answer"))
            .await
            .unwrap();
        let un = s.unanswered_questions(10).await.unwrap();
        assert_eq!(un.len(), 3);
        assert_eq!(
            (
                un[0].count,
                un[0].question.to_lowercase().contains("export")
            ),
            (2, true)
        );
        let dump = dump_all_text(db).await;
        assert!(
            !dump
                .iter()
                .any(|(_, _, v)| v.contains("max@example.org") || v.contains("1234567"))
        );

        let entry = FaqId::parse("export-betriebswechsel").unwrap();
        assert_eq!(
            s.resolve_questions("Wo ist der Export", &entry)
                .await
                .unwrap(),
            2
        );
        assert_eq!(s.unanswered_questions(10).await.unwrap().len(), 2);

        s.record_feedback(&entry, true, Some(id)).await.unwrap();
        s.record_feedback(&entry, false, None).await.unwrap();
        s.record_feedback(&entry, true, None).await.unwrap();
        let f = s.feedback_summary().await.unwrap();
        assert_eq!((f[0].helpful, f[0].not_helpful), (2, 1));
    })
    .await;
}

/// The question log and the language model share one redaction and one corpus
/// (`helpdesk_core::redact::CORPUS`): every item is logged exactly as redacted there.
#[tokio::test]
async fn question_log_redacts_the_shared_corpus_and_control_characters() {
    both(async |db| {
        let s = &db.store;
        let q = |text: &str| QuestionRecord {
            question: text.into(),
            lang: Lang::De,
            outcome: "unknown".into(),
            top_hit: None,
            confidence: 0.1,
            channel: "web".into(),
        };
        for (input, _) in helpdesk_core::redact::CORPUS {
            s.log_question(&q(input)).await.unwrap();
        }
        // A NUL byte (refused in text by PostgreSQL) does not fail the log.
        s.log_question(&q("Wo ist\0 der Export?")).await.unwrap();
        let logged: Vec<String> = s
            .unanswered_questions(100)
            .await
            .unwrap()
            .into_iter()
            .map(|u| u.question)
            .collect();
        for (input, expected) in helpdesk_core::redact::CORPUS {
            assert!(
                logged.iter().any(|l| l == expected),
                "{input} → {expected} not in {logged:?}"
            );
        }
        assert!(
            logged.iter().any(|l| l == "Wo ist  der Export?"),
            "{logged:?}"
        );
        let dump = dump_all_text(db).await;
        // Canaries long enough not to turn up by chance in a hash, an id or a timestamp (a
        // bare "3704" did in one CI run).
        for canary in [
            "günther",
            "groß@",
            "Öztürk",
            "DE89",
            "12 34 56",
            "3704 0044",
            "37040044",
            "hd_12_",
        ] {
            let found: Vec<_> = dump
                .iter()
                .filter(|(_, _, v)| v.contains(canary))
                .map(|(t, c, _)| format!("{t}.{c}"))
                .collect();
            assert!(found.is_empty(), "{canary} is stored in {found:?}");
        }
    })
    .await;
}

#[tokio::test]
async fn replicas_starting_together_migrate_and_seed_once() {
    // PostgreSQL only: several `helpdesk serve` replicas share one database. (SQLite is one
    // process on one host.)
    with_fresh_pg(async |url| {
        let (a, b, c) = tokio::join!(
            Store::connect(url),
            Store::connect(url),
            Store::connect(url)
        );
        let (a, b, c) = (a.unwrap(), b.unwrap(), c.unwrap());
        let n = helpdesk_faq::bundled().len();
        assert_eq!(b.faq_entries().await.unwrap().len(), n);
        for r in a.faq_entries().await.unwrap() {
            assert_eq!(
                a.faq_revisions(&r.entry.id).await.unwrap().len(),
                1,
                "{}",
                r.entry.id
            );
        }
        assert_eq!(b.faq_vocabulary_revisions().await.unwrap().len(), 1);
        // One write per entry and one for the vocabulary.
        assert_eq!(c.faq_revision().await.unwrap(), n as i64 + 1);
        for s in [a, b, c] {
            s.close().await;
        }
    })
    .await;
}

#[tokio::test]
async fn in_memory_sqlite_works_for_quick_tools() {
    let s = Store::connect("sqlite::memory:").await.unwrap();
    let it = actor(&s, "IT", Role::ItStaff, &[]).await;
    let t = s
        .create_ticket(
            &name_correction("m@example.org", "discord:1"),
            &chat_user("discord:1", "M"),
            None,
        )
        .await
        .unwrap()
        .ticket;
    assert_eq!(
        s.approve(t.id, 1, &it).await.unwrap().state,
        helpdesk_core::TicketState::Approved
    );
    assert!(s.verify().await.unwrap().ok);
}

#[tokio::test]
async fn concurrent_faq_edits_have_one_winner() {
    both(async |db| {
        let s = &db.store;
        let editor = actor(s, "Ed", Role::FaqEditor, &[]).await;
        let mut entry = helpdesk_faq::bundled()[0].clone();
        entry.id = FaqId::parse("brandneu").unwrap();
        for expected in [None, Some(1)] {
            let mut tasks = Vec::new();
            for i in 0..8 {
                let (s, editor, mut e) = (s.clone(), editor.clone(), entry.clone());
                e.answer = format!("Antwort {i}");
                tasks.push(tokio::spawn(async move {
                    s.faq_put(&e, expected, &editor).await
                }));
            }
            let mut ok = 0;
            for t in tasks {
                match t.await.unwrap() {
                    Ok(_) => ok += 1,
                    Err(Error::Conflict { .. }) => {}
                    Err(e) => panic!("{}: {e:?}", db.backend),
                }
            }
            assert_eq!(ok, 1, "{}: expected {expected:?}", db.backend);
        }
        assert_eq!(s.faq_revisions(&entry.id).await.unwrap().len(), 2);
    })
    .await;
}

#[tokio::test]
async fn database_errors_never_carry_row_values() {
    both(async |db| {
        let s = &db.store;
        let intake = actor(s, "Bot", Role::Intake, &[]).await;
        s.create_ticket(&name_correction("leak@example.org", "discord:1"), &intake, None)
            .await
            .unwrap();
        // Force a unique violation whose PostgreSQL `detail` would repeat the e-mail.
        let sql = "INSERT INTO tickets (kind, state, version, created_by, email_norm, created_at, updated_at, due_at) \
                   VALUES ('name_correction', 'open', 1, 'x', 'leak@example.org', 0, 0, 0)";
        let raw = if db.backend == "postgres" {
            let mut c = sqlx::PgConnection::connect(&db.url).await.unwrap();
            sqlx::query(sql).execute(&mut c).await.unwrap_err()
        } else {
            let mut c = sqlx::SqliteConnection::connect(&db.url).await.unwrap();
            sqlx::query(sql).execute(&mut c).await.unwrap_err()
        };
        if db.backend == "postgres" {
            assert!(format!("{raw:?}").contains("leak@example.org"), "the raw error does leak");
        }
        let e = Error::from(raw);
        assert_eq!(e.code(), "database_error");
        let shown = format!("{e} {e:?} {e:#?}");
        assert!(!shown.contains("leak@example.org"), "{shown}");
        assert!(matches!(&e, Error::Database(sqlx::Error::Database(d)) if d.is_unique_violation()));
    })
    .await;
}

/// An embedder over a fixed rule (vector from text length), counting the texts it embeds.
struct Counting(std::sync::atomic::AtomicUsize);

#[async_trait::async_trait]
impl helpdesk_core::embed::Embedder for Counting {
    fn fingerprint(&self) -> &str {
        "counting-test"
    }
    async fn embed(
        &self,
        texts: &[String],
        _: helpdesk_core::embed::EmbedKind,
    ) -> Result<Vec<Vec<f32>>, helpdesk_core::embed::EmbedError> {
        self.0
            .fetch_add(texts.len(), std::sync::atomic::Ordering::Relaxed);
        Ok(texts
            .iter()
            .map(|t| vec![t.len() as f32, 1.0, -0.5])
            .collect())
    }
}

#[tokio::test]
async fn faq_vectors_are_cached_by_fingerprint_and_content_hash() {
    both(async |db| {
        let v = vec![("h1".to_owned(), vec![0.5f32, -1.0, 2.0])];
        db.store.save_vectors("model-a", &v).await.unwrap();
        // Saving again is a no-op, not a conflict.
        db.store.save_vectors("model-a", &v).await.unwrap();
        let hashes = vec!["h1".to_owned(), "h2".to_owned()];
        let a = db.store.cached_vectors("model-a", &hashes).await.unwrap();
        assert_eq!(a.len(), 1);
        assert_eq!(a["h1"], vec![0.5f32, -1.0, 2.0]);
        assert!(
            db.store
                .cached_vectors("model-b", &hashes)
                .await
                .unwrap()
                .is_empty()
        );

        // The second build of the same FAQ embeds nothing: every vector comes from the cache.
        let embedder = std::sync::Arc::new(Counting(Default::default()));
        let semantic = helpdesk_core::embed::Semantic::new(embedder.clone());
        let entries: Vec<&helpdesk_faq::FaqEntry> = helpdesk_faq::bundled().iter().collect();
        let first = semantic
            .entry_vectors(Some(&db.store), &entries)
            .await
            .unwrap();
        let embedded = embedder.0.load(std::sync::atomic::Ordering::Relaxed);
        assert!(embedded > entries.len());
        let second = semantic
            .entry_vectors(Some(&db.store), &entries)
            .await
            .unwrap();
        assert_eq!(
            embedder.0.load(std::sync::atomic::Ordering::Relaxed),
            embedded
        );
        assert_eq!(first, second);
        assert_eq!(second.len(), entries.len());
    })
    .await;
}
