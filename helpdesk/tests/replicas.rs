//! Several `helpdesk serve` replicas as real processes on one database, against the fake
//! Discord (`helpdesk-e2e`): the outbox across a Discord outage, gateway leadership, and the
//! limits shared on PostgreSQL (the `/ask` budget and the language-model call budget).
//!
//! The outage lasts `HELPDESK_FAULT_OUTAGE_SECS` (default 3 s here; `bench/faults.sh` runs
//! the 10-minute version). PostgreSQL runs when `HELPDESK_TEST_PG` is set.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use std::collections::BTreeMap;
use std::time::Duration;

use helpdesk_e2e::fake_discord::{APPLICATION_ID, FakeDiscord};
use helpdesk_e2e::world::{Backend, TestDb, backends, open_db};
use serde_json::{Value, json};
use support::eventually;

const STAFF_CHANNEL: u64 = 777_000_000_000_000_001;

fn outage() -> Duration {
    let secs = std::env::var("HELPDESK_FAULT_OUTAGE_SECS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(3);
    Duration::from_secs(secs)
}

fn discord_env(db: &TestDb, discord: &FakeDiscord) -> Vec<(&'static str, String)> {
    vec![
        ("DATABASE_URL", db.url.clone()),
        ("DISCORD_TOKEN", "fake-token".to_owned()),
        ("DISCORD_API_BASE", discord.api_base()),
        ("DISCORD_APPLICATION_ID", APPLICATION_ID.to_string()),
        ("DISCORD_STAFF_CHANNEL_ID", STAFF_CHANNEL.to_string()),
        (
            "HELPDESK_OUTBOX_BACKOFF_BASE_MS",
            std::env::var("HELPDESK_FAULT_BACKOFF_BASE_MS").unwrap_or_else(|_| "50".to_owned()),
        ),
        (
            "HELPDESK_OUTBOX_BACKOFF_MAX_SECS",
            std::env::var("HELPDESK_FAULT_BACKOFF_MAX_SECS").unwrap_or_else(|_| "1".to_owned()),
        ),
    ]
}

/// A token, created with the CLI on the test database.
fn token(db: &TestDb, name: &str, role: &str) -> String {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_helpdesk"))
        .args(["token", "create", "--name", name, "--role", role])
        .env("DATABASE_URL", &db.url)
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .last()
        .unwrap()
        .trim()
        .to_owned()
}

async fn create_ticket(http: &reqwest::Client, base: &str, token: &str, n: usize) -> i64 {
    let r = http
        .post(format!("{base}/api/v1/tickets"))
        .bearer_auth(token)
        .json(&json!({
            "kind": "name_correction",
            "requester": {"id": format!("discord:{}", 100 + n), "display_name": "Azubi"},
            "subject": {"email": format!("a{n}@example.org"), "name_in_account": "Max Muster", "name_in_contract": "Max Mustermann"}
        }))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 201, "{:?}", r.text().await);
    let v: Value = r.json().await.unwrap();
    v["id"].as_i64().unwrap()
}

async fn decide(http: &reqwest::Client, base: &str, token: &str, id: i64, approve: bool) {
    let (path, body) = if approve {
        ("approve", json!({}))
    } else {
        ("reject", json!({"reason": "Angaben unvollständig"}))
    };
    let r = http
        .post(format!("{base}/api/v1/tickets/{id}/{path}"))
        .bearer_auth(token)
        .header("If-Match", "\"1\"")
        .json(&body)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200, "{:?}", r.text().await);
}

/// Successful message posts on the fake, by nonce (one nonce per outbox row).
fn delivered_by_nonce(discord: &FakeDiscord) -> BTreeMap<String, usize> {
    let mut by = BTreeMap::new();
    for r in discord.requests() {
        if r.method == "POST" && r.path.ends_with("/messages") && r.status == 200 {
            let nonce = r.body["nonce"].as_str().unwrap_or_default().to_owned();
            *by.entry(nonce).or_insert(0) += 1;
        }
    }
    by
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn after_a_discord_outage_two_replicas_send_each_notification_exactly_once() {
    // `HELPDESK_FAULT_BACKEND=sqlite|postgres` runs one backend only (the long run of
    // `bench/faults.sh` takes `HELPDESK_FAULT_OUTAGE_SECS` per backend).
    let only = std::env::var("HELPDESK_FAULT_BACKEND").unwrap_or_default();
    let wanted = |b: &Backend| only.is_empty() || format!("{b:?}").eq_ignore_ascii_case(&only);
    for backend in backends().into_iter().filter(wanted) {
        let discord = FakeDiscord::start().await.unwrap();
        let db = open_db(backend).await.unwrap();
        let token = token(&db, "intake-bot", "admin");
        // Decisions by another person (nobody approves what they filed).
        let staff = self::token(&db, "Erika IT", "it_staff");
        // Discord answers 500 to every message and DM-channel request from the start.
        discord.fail_all("/channels");
        let env = discord_env(&db, &discord);
        let mut a = support::start("a", &env).await;
        let mut b = support::start("b", &env).await;
        let http = reqwest::Client::new();
        // 6 tickets (6 staff posts), 3 approved and 3 rejected (6 DMs), through both replicas.
        let mut ids = Vec::new();
        for n in 0..6 {
            let base = if n % 2 == 0 { &a.base } else { &b.base };
            ids.push(create_ticket(&http, base, &token, n).await);
        }
        for (n, id) in ids.iter().enumerate() {
            let base = if n % 2 == 0 { &b.base } else { &a.base };
            decide(&http, base, &staff, *id, n < 3).await;
        }
        tokio::time::sleep(outage()).await;
        let failed = discord
            .requests()
            .iter()
            .filter(|r| r.status == 500)
            .count();
        assert!(
            failed >= 12,
            "{backend:?}: deliveries were tried during the outage ({failed})"
        );
        assert!(delivered_by_nonce(&discord).is_empty());
        // Discord is back: everything is delivered, once.
        discord.clear_failures();
        let cap: u64 = std::env::var("HELPDESK_FAULT_BACKOFF_MAX_SECS")
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(1);
        let drained = eventually(Duration::from_secs(60 + 3 * cap), async || {
            db.store
                .outbox_counts()
                .await
                .map(|c| c.pending == 0)
                .unwrap_or(false)
        })
        .await;
        assert!(drained, "{backend:?}: outbox not drained");
        let counts = db.store.outbox_counts().await.unwrap();
        assert_eq!(counts.dead, 0, "{backend:?}");
        let by = delivered_by_nonce(&discord);
        assert_eq!(
            by.len(),
            12,
            "{backend:?}: one message per transition: {by:?}"
        );
        assert!(
            by.values().all(|n| *n == 1),
            "{backend:?}: duplicates: {by:?}"
        );
        let dms = discord
            .requests()
            .iter()
            .filter(|r| r.status == 200 && r.method == "POST" && r.path.ends_with("/messages"))
            .filter(|r| !r.path.contains(&STAFF_CHANNEL.to_string()))
            .count();
        assert_eq!(dms, 6, "{backend:?}: one DM per decision");
        assert!(a.terminate(Duration::from_secs(15)).await);
        assert!(b.terminate(Duration::from_secs(15)).await);
        db.cleanup().await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn one_replica_holds_the_gateway_and_another_takes_over_when_it_dies() {
    if !backends().contains(&Backend::Postgres) {
        eprintln!("HELPDESK_TEST_PG not set: gateway leadership needs PostgreSQL; skipped");
        return;
    }
    let discord = FakeDiscord::start().await.unwrap();
    let db = open_db(Backend::Postgres).await.unwrap();
    let env = discord_env(&db, &discord);
    let mut a = support::start("a", &env).await;
    let mut b = support::start("b", &env).await;
    assert!(
        eventually(Duration::from_secs(20), async || discord.sessions() == 1).await,
        "one gateway session"
    );
    // It stays at one: the follower keeps trying and keeps failing.
    tokio::time::sleep(Duration::from_secs(6)).await;
    assert_eq!(discord.sessions(), 1);
    assert_eq!(discord.identified(), 1);
    let leader_is_a = a.logged("gateway leadership acquired");
    assert_ne!(leader_is_a, b.logged("gateway leadership acquired"));
    let (leader, follower) = if leader_is_a {
        (&mut a, &mut b)
    } else {
        (&mut b, &mut a)
    };
    // kill -9: the lock goes with the leader's connection; the follower takes over in ≤ 15 s.
    leader.kill9().await;
    let died = std::time::Instant::now();
    assert!(
        eventually(Duration::from_secs(15), async || {
            discord.identified() == 2 && discord.sessions() == 1
        })
        .await,
        "takeover within 15 s (sessions {}, identified {})",
        discord.sessions(),
        discord.identified()
    );
    eprintln!("gateway takeover after kill -9: {:?}", died.elapsed());
    assert!(follower.logged("gateway leadership acquired"));
    // A graceful stop releases it at once; a new replica takes over.
    let mut c = support::start("c", &env).await;
    tokio::time::sleep(Duration::from_secs(1)).await;
    assert_eq!(discord.sessions(), 1);
    let stopped = std::time::Instant::now();
    assert!(follower.terminate(Duration::from_secs(15)).await);
    assert!(follower.logged("gateway leadership released"));
    assert!(
        eventually(Duration::from_secs(15), async || {
            discord.identified() == 3 && discord.sessions() == 1
        })
        .await,
        "takeover after SIGTERM"
    );
    eprintln!("gateway takeover after SIGTERM: {:?}", stopped.elapsed());
    assert!(c.terminate(Duration::from_secs(15)).await);
    db.cleanup().await;
}

/// Waits until at least `room` seconds are left in the current minute of the clock, so a burst
/// of requests falls into one window of the shared counters.
async fn inside_one_window(room: u64) {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs_f64();
    let left = 60.0 - secs % 60.0;
    if left < room as f64 {
        tokio::time::sleep(Duration::from_secs_f64(left + 0.2)).await;
    }
}

async fn ask(http: &reqwest::Client, base: &str, question: &str) -> (u16, Value) {
    let r = http
        .post(format!("{base}/api/v1/ask"))
        .json(&json!({ "question": question }))
        .send()
        .await
        .unwrap();
    let status = r.status().as_u16();
    if status == 429 {
        let retry: u64 = r.headers()["retry-after"]
            .to_str()
            .unwrap()
            .parse()
            .unwrap();
        assert!((1..=60).contains(&retry), "Retry-After {retry}");
    }
    (status, r.json().await.unwrap_or(Value::Null))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_replicas_on_postgresql_admit_one_ask_budget_and_one_llm_budget() {
    if !backends().contains(&Backend::Postgres) {
        eprintln!("HELPDESK_TEST_PG not set: shared limits need PostgreSQL, skipped");
        return;
    }
    const ASK_BUDGET: usize = 12;
    const LLM_BUDGET: usize = 3;
    let db = open_db(Backend::Postgres).await.unwrap();
    let llm = helpdesk_llm::fake::FakeLlm::start().await.unwrap();
    let env = vec![
        ("DATABASE_URL", db.url.clone()),
        ("HELPDESK_ASK_RATE_LIMIT", ASK_BUDGET.to_string()),
        ("LLM_BASE_URL", llm.base_url()),
        ("LLM_MODEL", "fake".to_owned()),
        ("LLM_CALLS_PER_MINUTE", LLM_BUDGET.to_string()),
    ];
    let mut a = support::start("a", &env).await;
    let mut b = support::start("b", &env).await;
    let http = reqwest::Client::new();
    inside_one_window(20).await;
    // 3 × the budget from one client, alternating replicas, two at a time.
    let mut admitted = 0;
    let mut limited = 0;
    let mut phrased = 0;
    for i in 0..(3 * ASK_BUDGET / 2) {
        let q = "Kann ich mein Berichtsheft mitnehmen, wenn ich den Betrieb wechsle?";
        let (ra, rb) = tokio::join!(ask(&http, &a.base, q), ask(&http, &b.base, q));
        for (status, body) in [ra, rb] {
            match status {
                200 => {
                    admitted += 1;
                    phrased += usize::from(body.get("phrased").is_some());
                }
                429 => limited += 1,
                other => panic!("request {i}: status {other}: {body}"),
            }
        }
    }
    eprintln!(
        "admitted {admitted}, limited {limited}, phrased {phrased}, model calls {}",
        llm.requests()
    );
    // One budget for both replicas, not one each.
    assert_eq!(admitted, ASK_BUDGET, "admitted across replicas");
    assert_eq!(limited, 2 * ASK_BUDGET);
    assert_eq!(llm.requests(), LLM_BUDGET, "model calls across replicas");
    assert_eq!(phrased, LLM_BUDGET);
    assert!(a.terminate(Duration::from_secs(15)).await);
    assert!(b.terminate(Duration::from_secs(15)).await);
    db.cleanup().await;
}
