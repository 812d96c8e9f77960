//! Four eyes per person, on both backends: tokens belong to staff persons, the approval rules
//! compare persons, a reissued token keeps its person, and the migration gives every token
//! that existed before persons its own person.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::*;
use helpdesk_core::{Actor, Error, PersonRef, Role, Rule, Store, TicketState};
use sqlx::Connection;

/// A second token for the person behind `of`, as an actor.
async fn second_token(s: &Store, of: &Actor, role: Role) -> Actor {
    let person = PersonRef::Id(of.person.unwrap());
    let t = s.create_token_for(&person, None, role, &[]).await.unwrap();
    let p = s.verify_token(&t.secret).await.unwrap().unwrap();
    Actor::from_principal(&p)
}

#[tokio::test]
async fn two_tokens_of_one_person_cannot_give_both_approvals() {
    both(async |db| {
        let s = &db.store;
        let erika = actor(s, "Erika IT", Role::ItStaff, &[]).await;
        let erika_laptop = second_token(s, &erika, Role::ItStaff).await;
        assert_ne!(erika.id, erika_laptop.id, "two tokens");
        assert_eq!(erika.person, erika_laptop.person, "one person");
        let jonas = actor(s, "Jonas IT", Role::ItStaff, &[]).await;
        let intake = actor(s, "Bot", Role::Intake, &[]).await;
        let t = s
            .create_ticket(&deletion("gone@example.org", "discord:9"), &intake, None)
            .await
            .unwrap()
            .ticket;
        let t = s.approve(t.id, t.version, &erika).await.unwrap();
        assert_eq!(t.approvals[0].person, erika.person);
        let err = s.approve(t.id, t.version, &erika_laptop).await.unwrap_err();
        assert!(
            matches!(
                err,
                Error::Forbidden {
                    rule: Rule::DistinctApprovers
                }
            ),
            "{}: {err:?}",
            db.backend
        );
        let t = s.approve(t.id, t.version, &jonas).await.unwrap();
        assert_eq!(t.state, TicketState::Approved);
        // The chain records the person of each approval.
        let persons: Vec<_> = s
            .ticket_events(t.id)
            .await
            .unwrap()
            .into_iter()
            .filter(|e| e.action == "approve")
            .map(|e| e.person)
            .collect();
        assert_eq!(
            persons,
            [erika.person.map(|p| p.0), jonas.person.map(|p| p.0)]
        );
        assert!(s.verify().await.unwrap().ok);
    })
    .await;
}

#[tokio::test]
async fn self_approval_compares_persons() {
    both(async |db| {
        let s = &db.store;
        let erika = actor(s, "Erika Admin", Role::Admin, &[]).await;
        let erika_other = second_token(s, &erika, Role::ItStaff).await;
        // Erika files a ticket with one token and tries to approve it with another.
        let t = s
            .create_ticket(
                &name_correction("max@example.org", "discord:10"),
                &erika,
                None,
            )
            .await
            .unwrap()
            .ticket;
        assert_eq!(t.created_by_person, erika.person);
        for who in [&erika, &erika_other] {
            assert!(matches!(
                s.approve(t.id, t.version, who).await,
                Err(Error::Forbidden {
                    rule: Rule::SelfApproval
                })
            ));
        }
        // A chat identity linked to the person is the person too.
        let linked = actor(s, "Requester IT", Role::ItStaff, &["discord:11"]).await;
        let t = s
            .create_ticket(
                &name_correction("moritz@example.org", "discord:11"),
                &erika,
                None,
            )
            .await
            .unwrap()
            .ticket;
        let linked_other = second_token(s, &linked, Role::ItStaff).await;
        assert!(matches!(
            s.approve(t.id, t.version, &linked_other).await,
            Err(Error::Forbidden {
                rule: Rule::SelfApproval
            })
        ));
    })
    .await;
}

#[tokio::test]
async fn reissued_token_keeps_person_and_links() {
    both(async |db| {
        let s = &db.store;
        let old = s
            .create_token("Erika IT", Role::ItStaff, &["discord:42".parse().unwrap()])
            .await
            .unwrap();
        let new = s.reissue_token(old.info.id).await.unwrap();
        assert_ne!(new.info.id, old.info.id);
        assert_eq!(new.info.person, old.info.person);
        assert_eq!(new.info.role, Role::ItStaff);
        assert_eq!(s.verify_token(&old.secret).await.unwrap(), None, "revoked");
        let p = s.verify_token(&new.secret).await.unwrap().unwrap();
        assert_eq!(p.person, old.info.person);
        assert_eq!(p.links[0].as_str(), "discord:42");
        // The Discord identity now acts through the new token, as the same person.
        let a = s
            .actor_for_chat_identity("discord:42")
            .await
            .unwrap()
            .unwrap();
        assert_eq!(a.id, format!("token:{}", new.info.id));
        assert_eq!(a.person, Some(old.info.person));
        assert!(matches!(
            s.reissue_token(old.info.id).await,
            Err(Error::NotFound)
        ));
    })
    .await;
}

#[tokio::test]
async fn persons_are_found_by_id_or_email() {
    both(async |db| {
        let s = &db.store;
        let email: PersonRef = "Erika.IT@IHK.example".parse().unwrap();
        assert!(matches!(
            s.create_token_for(&email, None, Role::ItStaff, &[]).await,
            Err(Error::Validation { .. })
        ));
        let a = s
            .create_token_for(&email, Some("Erika IT"), Role::ItStaff, &[])
            .await
            .unwrap();
        let again: PersonRef = "erika.it@ihk.example".parse().unwrap();
        let b = s
            .create_token_for(&again, None, Role::Admin, &[])
            .await
            .unwrap();
        assert_eq!(a.info.person, b.info.person);
        assert_eq!(
            b.info.name, "Erika IT",
            "the person's name labels the token"
        );
        let by_id = PersonRef::Id(a.info.person);
        let c = s
            .create_token_for(&by_id, Some("Erika phone"), Role::ItStaff, &[])
            .await
            .unwrap();
        assert_eq!(c.info.person, a.info.person);
        let missing: PersonRef = "999".parse().unwrap();
        assert!(matches!(
            s.create_token_for(&missing, Some("X"), Role::ItStaff, &[])
                .await,
            Err(Error::Validation { .. })
        ));
        let persons = s.list_persons().await.unwrap();
        assert_eq!(persons.len(), 1);
        assert_eq!(persons[0].email.as_deref(), Some("erika.it@ihk.example"));
    })
    .await;
}

/// Tokens and a link as they were before persons existed (migrations before 0003).
const BEFORE_PERSONS: &str = "\
    INSERT INTO api_tokens (name, role, token_hash, created_at) VALUES ('Erika', 'it_staff', 'x', 0);\
    INSERT INTO api_tokens (name, role, token_hash, created_at) VALUES ('Jonas', 'admin', 'y', 0);\
    INSERT INTO token_links (identity, token_id) VALUES ('discord:77', 1);";

async fn check_migrated(s: &Store) {
    let tokens = s.list_tokens().await.unwrap();
    let persons: Vec<i64> = tokens.iter().map(|t| t.person.0).collect();
    assert_eq!(persons, [1, 2], "each token its own person");
    let people = s.list_persons().await.unwrap();
    assert_eq!(
        people.iter().map(|p| p.name.as_str()).collect::<Vec<_>>(),
        ["Erika", "Jonas"]
    );
    assert_eq!(people[0].links[0].as_str(), "discord:77");
    // New persons get fresh ids after the migrated ones.
    let t = s.create_token("New", Role::ItStaff, &[]).await.unwrap();
    assert_eq!(t.info.person.0, 3);
}

#[tokio::test]
async fn migration_gives_every_existing_token_its_own_person() {
    let first_only = |m: &sqlx::migrate::Migrator| sqlx::migrate::Migrator {
        migrations: m.iter().filter(|m| m.version < 3).cloned().collect(),
        ..sqlx::migrate::Migrator::DEFAULT
    };
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}/old.db", dir.path().display());
    {
        let opts: sqlx::sqlite::SqliteConnectOptions = url.parse().unwrap();
        let mut c = sqlx::SqliteConnection::connect_with(&opts.create_if_missing(true))
            .await
            .unwrap();
        first_only(&helpdesk_migrations::SQLITE)
            .run(&mut c)
            .await
            .unwrap();
        sqlx::raw_sql(BEFORE_PERSONS).execute(&mut c).await.unwrap();
        c.close().await.unwrap();
    }
    let s = Store::connect(&url).await.unwrap();
    check_migrated(&s).await;
    s.close().await;

    with_fresh_pg(async |url| {
        let mut c = sqlx::PgConnection::connect(url).await.unwrap();
        first_only(&helpdesk_migrations::POSTGRES)
            .run(&mut c)
            .await
            .unwrap();
        sqlx::raw_sql(BEFORE_PERSONS).execute(&mut c).await.unwrap();
        c.close().await.unwrap();
        let s = Store::connect(url).await.unwrap();
        check_migrated(&s).await;
        s.close().await;
    })
    .await;
}
