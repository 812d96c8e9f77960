//! FAQ editing through the router over the real search index: live reindex, If-Match,
//! revisions and revert, preview, the unanswered inbox and feedback, and who may do what.

#![allow(clippy::unwrap_used)]
mod common;

use axum::http::StatusCode;
use common::*;
use helpdesk_core::Role;
use serde_json::{Value, json};

const QUESTION: &str = "Wie füttere ich das Einhorn im Serviceportal?";

fn unicorn_entry() -> Value {
    json!({
        "section": "funktionen-ssp",
        "question": "Wie füttere ich das Einhorn im Serviceportal?",
        "answer": "Das Einhorn frisst Regenbögen aus dem Menü Einhorn-Futter.",
        "alternatives": ["Einhorn füttern", "Futter für das Einhorn"],
        "tags": ["einhorn"],
        "audience": ["apprentice"],
        "en": {"question": "How do I feed the unicorn?", "answer": "Rainbows, from the unicorn food menu."}
    })
}

fn ask(q: &str) -> axum::http::Request<axum::body::Body> {
    req(
        "POST",
        "/api/v1/ask",
        None,
        Some(&json!({"question": q})),
        &[],
    )
}

#[tokio::test]
async fn a_new_entry_is_answered_at_once_and_revert_brings_back_the_old_text() {
    on_both(async |db: &Db| {
        let (app, _live) = live_app(&db.store).await;
        let ed = token(&db.store, "Eva Editor", Role::FaqEditor, &[]).await;

        let before = send(&app, ask(QUESTION)).await.json();
        assert_ne!(before["outcome"], "answer", "{before}");

        let r = send(
            &app,
            req(
                "PUT",
                "/api/v1/faq/einhorn-fuettern",
                Some(&ed),
                Some(&unicorn_entry()),
                &[],
            ),
        )
        .await;
        assert_eq!(r.status, StatusCode::CREATED, "{}", r.text);
        assert_eq!(r.headers["etag"], "\"1\"");
        let after = send(&app, ask(QUESTION)).await.json();
        assert_eq!(after["outcome"], "answer", "{after}");
        assert_eq!(after["hits"][0]["id"], "einhorn-fuettern");

        // Update without If-Match: 428; with a stale one: 412; with the current one: 200.
        let mut changed = unicorn_entry();
        changed["answer"] = json!("Einhörner essen ab sofort Sternenstaub.");
        let url = "/api/v1/faq/einhorn-fuettern";
        let r = send(&app, req("PUT", url, Some(&ed), Some(&changed), &[])).await;
        assert_eq!(r.status, StatusCode::PRECONDITION_REQUIRED);
        let r = send(
            &app,
            req(
                "PUT",
                url,
                Some(&ed),
                Some(&changed),
                &[("if-match", "\"7\"")],
            ),
        )
        .await;
        assert_eq!(r.status, StatusCode::PRECONDITION_FAILED);
        let r = send(
            &app,
            req(
                "PUT",
                url,
                Some(&ed),
                Some(&changed),
                &[("if-match", "\"1\"")],
            ),
        )
        .await;
        assert_eq!(r.status, StatusCode::OK, "{}", r.text);
        assert_eq!(r.headers["etag"], "\"2\"");
        let a = send(&app, ask(QUESTION)).await.json();
        assert!(
            a["hits"][0]["answer"]
                .as_str()
                .unwrap()
                .contains("Sternenstaub"),
            "{a}"
        );

        let r = send(
            &app,
            req("GET", &format!("{url}/revisions"), Some(&ed), None, &[]),
        )
        .await;
        let revs = r.json();
        assert_eq!(revs.as_array().unwrap().len(), 2, "{revs}");
        let r = send(
            &app,
            req(
                "POST",
                &format!("{url}/revert"),
                Some(&ed),
                Some(&json!({"revision": 1})),
                &[("if-match", "\"2\"")],
            ),
        )
        .await;
        assert_eq!(r.status, StatusCode::OK, "{}", r.text);
        let a = send(&app, ask(QUESTION)).await.json();
        assert!(
            a["hits"][0]["answer"]
                .as_str()
                .unwrap()
                .contains("Regenbögen"),
            "{a}"
        );

        // Delete: gone from /ask too.
        let etag = send(&app, req("GET", url, Some(&ed), None, &[]))
            .await
            .headers["etag"]
            .to_str()
            .unwrap()
            .to_owned();
        let r = send(&app, req("DELETE", url, Some(&ed), None, &[])).await;
        assert_eq!(r.status, StatusCode::PRECONDITION_REQUIRED);
        let r = send(
            &app,
            req("DELETE", url, Some(&ed), None, &[("if-match", &etag)]),
        )
        .await;
        assert_eq!(r.status, StatusCode::NO_CONTENT);
        let r = send(&app, req("GET", url, Some(&ed), None, &[])).await;
        assert_eq!(r.status, StatusCode::NOT_FOUND);
        let a = send(&app, ask(QUESTION)).await.json();
        assert_ne!(
            a["hits"].get(0).map(|h| h["id"].clone()),
            Some(json!("einhorn-fuettern"))
        );
    })
    .await;
}

#[tokio::test]
async fn a_change_from_elsewhere_is_picked_up_by_the_watcher() {
    let db = sqlite().await;
    let (app, live) = live_app(&db.store).await;
    let _watch = live.watch(std::time::Duration::from_millis(50));
    // Another replica (or the CLI) writes directly to the store.
    let editor = db
        .store
        .create_token("cli", Role::FaqEditor, &[])
        .await
        .unwrap();
    let p = db
        .store
        .verify_token(&editor.secret)
        .await
        .unwrap()
        .unwrap();
    let entry: helpdesk_faq::FaqEntry = {
        let mut v = unicorn_entry();
        v["id"] = json!("einhorn-fuettern");
        serde_json::from_value(v).unwrap()
    };
    db.store
        .faq_put(&entry, None, &helpdesk_core::Actor::from_principal(&p))
        .await
        .unwrap();
    let mut answered = false;
    for _ in 0..100 {
        let a = send(&app, ask(QUESTION)).await.json();
        if a["outcome"] == "answer" && a["hits"][0]["id"] == "einhorn-fuettern" {
            answered = true;
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    assert!(answered, "the watcher never rebuilt the index");
}

#[tokio::test]
async fn validation_and_preview() {
    let db = sqlite().await;
    let (app, _live) = live_app(&db.store).await;
    let ed = token(&db.store, "Eva", Role::FaqEditor, &[]).await;
    let mut bad = unicorn_entry();
    bad["section"] = json!("zoo");
    bad["question"] = json!(" ");
    bad["id"] = json!("other-id");
    let r = send(
        &app,
        req(
            "PUT",
            "/api/v1/faq/einhorn-fuettern",
            Some(&ed),
            Some(&bad),
            &[],
        ),
    )
    .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    let fields: Vec<String> = r.json()["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["field"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(fields, ["id", "section", "question"]);

    let mut draft = unicorn_entry();
    draft["id"] = json!("einhorn-fuettern");
    let body = json!({"entry": draft, "questions": [QUESTION, "Wie exportiere ich mein Berichtsheft beim Betriebswechsel?"]});
    let r = send(
        &app,
        req("POST", "/api/v1/faq/preview", Some(&ed), Some(&body), &[]),
    )
    .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    let v = r.json();
    assert_eq!(v[0]["draft_is_top"], true, "{v}");
    assert_eq!(v[0]["outcome"], "answer");
    assert_eq!(v[1]["draft_is_top"], false);
    // Nothing was saved.
    let r = send(
        &app,
        req("GET", "/api/v1/faq/einhorn-fuettern", Some(&ed), None, &[]),
    )
    .await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn unanswered_question_becomes_an_alternative_in_one_call() {
    on_both(async |db: &Db| {
        let (app, _live) = live_app(&db.store).await;
        let ed = token(&db.store, "Eva", Role::FaqEditor, &[]).await;
        let q = "Mein Azubi taucht in meiner Übersicht gar nicht auf, wieso, schreib mir an max@example.org";
        for _ in 0..3 {
            send(&app, ask("Kann mein Hamster das Berichtsheft schreiben?")).await;
        }
        send(&app, ask(q)).await;
        let r = send(&app, req("GET", "/api/v1/questions/unanswered", Some(&ed), None, &[])).await;
        assert_eq!(r.status, StatusCode::OK);
        let groups = r.json();
        assert_eq!(groups[0]["question"], "Kann mein Hamster das Berichtsheft schreiben?", "{groups}");
        assert_eq!(groups[0]["count"], 3);
        assert!(!r.text.contains("max@example.org"), "personal data must be redacted: {}", r.text);

        let target = "azubi-nicht-angezeigt";
        let etag = send(&app, req("GET", &format!("/api/v1/faq/{target}"), Some(&ed), None, &[])).await.headers["etag"].to_str().unwrap().to_owned();
        let hamster = "Kann mein Hamster das Berichtsheft schreiben?";
        let r = send(&app, req("POST", &format!("/api/v1/faq/{target}/alternatives"), Some(&ed), Some(&json!({"question": hamster})), &[("if-match", &etag)])).await;
        assert_eq!(r.status, StatusCode::OK, "{}", r.text);
        assert!(r.json()["entry"]["alternatives"].as_array().unwrap().contains(&json!(hamster)));
        let groups = send(&app, req("GET", "/api/v1/questions/unanswered", Some(&ed), None, &[])).await.json();
        assert!(groups.as_array().unwrap().iter().all(|g| g["question"] != hamster), "{groups}");
        let a = send(&app, ask(hamster)).await.json();
        assert_eq!(a["hits"][0]["id"], target, "{a}");

        // Feedback is public; the counts are for editors.
        let r = send(&app, req("POST", &format!("/api/v1/faq/{target}/feedback"), None, Some(&json!({"helpful": false})), &[])).await;
        assert_eq!(r.status, StatusCode::NO_CONTENT);
        let r = send(&app, req("POST", "/api/v1/faq/nope-nope/feedback", None, Some(&json!({"helpful": true})), &[])).await;
        assert_eq!(r.status, StatusCode::NOT_FOUND);
        let r = send(&app, req("GET", "/api/v1/questions/feedback", Some(&ed), None, &[])).await;
        let fb = r.json();
        let row = fb.as_array().unwrap().iter().find(|f| f["entry_id"] == target).unwrap();
        assert_eq!(row["not_helpful"], 1);
    })
    .await;
}

/// FAQ and inbox routes × every role (and no token).
#[tokio::test]
async fn faq_authorization_matrix() {
    let db = sqlite().await;
    let (app, _live) = live_app(&db.store).await;
    let draft = {
        let mut d = unicorn_entry();
        d["id"] = json!("einhorn-fuettern");
        d
    };
    let routes: Vec<(&str, String, Option<Value>)> = vec![
        ("GET", "/api/v1/faq".into(), None),
        ("GET", "/api/v1/faq/registrierungscode".into(), None),
        (
            "GET",
            "/api/v1/faq/registrierungscode/revisions".into(),
            None,
        ),
        (
            "POST",
            "/api/v1/faq/preview".into(),
            Some(json!({"entry": draft, "questions": ["x"]})),
        ),
        ("GET", "/api/v1/questions/unanswered".into(), None),
        ("GET", "/api/v1/questions/feedback".into(), None),
        ("GET", "/api/v1/faq/vocabulary".into(), None),
        ("GET", "/api/v1/faq/vocabulary/revisions".into(), None),
        (
            "POST",
            "/api/v1/faq/vocabulary/preview".into(),
            Some(json!({"vocabulary": {}, "questions": ["x"]})),
        ),
    ];
    let mut roles: Vec<Option<Role>> = vec![None];
    roles.extend(Role::ALL.map(Some));
    for role in roles {
        let tok = match role {
            Some(r) => Some(token(&db.store, &format!("{r} person"), r, &[]).await),
            None => None,
        };
        let want_read = match role {
            None => StatusCode::UNAUTHORIZED,
            Some(r) if r.edits_faq() => StatusCode::OK,
            Some(_) => StatusCode::FORBIDDEN,
        };
        for (m, uri, body) in &routes {
            let r = send(&app, req(m, uri, tok.as_deref(), body.as_ref(), &[])).await;
            assert_eq!(r.status, want_read, "{role:?} {m} {uri}: {}", r.text);
        }
        // Writes: each allowed role creates its own entry, then deletes it.
        let id = format!(
            "eintrag-{}",
            role.map_or("anon", |r| r.as_str()).replace('_', "-")
        );
        let r = send(
            &app,
            req(
                "PUT",
                &format!("/api/v1/faq/{id}"),
                tok.as_deref(),
                Some(&unicorn_entry()),
                &[],
            ),
        )
        .await;
        let want = if want_read == StatusCode::OK {
            StatusCode::CREATED
        } else {
            want_read
        };
        assert_eq!(r.status, want, "{role:?} PUT: {}", r.text);
        let r = send(
            &app,
            req(
                "DELETE",
                "/api/v1/faq/registrierungscode",
                tok.as_deref(),
                None,
                &[("if-match", "\"999\"")],
            ),
        )
        .await;
        let want = if want_read == StatusCode::OK {
            StatusCode::PRECONDITION_FAILED
        } else {
            want_read
        };
        assert_eq!(r.status, want, "{role:?} DELETE");
        let r = send(
            &app,
            req(
                "POST",
                "/api/v1/faq/registrierungscode/revert",
                tok.as_deref(),
                Some(&json!({"revision": 1})),
                &[("if-match", "\"999\"")],
            ),
        )
        .await;
        assert_eq!(r.status, want, "{role:?} revert");
        let r = send(
            &app,
            req(
                "POST",
                "/api/v1/faq/registrierungscode/alternatives",
                tok.as_deref(),
                Some(&json!({"question": "x?"})),
                &[("if-match", "\"999\"")],
            ),
        )
        .await;
        assert_eq!(r.status, want, "{role:?} alternatives");
        let r = send(
            &app,
            req(
                "PUT",
                "/api/v1/faq/vocabulary",
                tok.as_deref(),
                Some(&json!({"stop_words": ["bitte"]})),
                &[("if-match", "\"999\"")],
            ),
        )
        .await;
        assert_eq!(r.status, want, "{role:?} vocabulary");
        // Public routes.
        let r = send(
            &app,
            req(
                "POST",
                "/api/v1/ask",
                tok.as_deref(),
                Some(&json!({"question": "Hallo"})),
                &[],
            ),
        )
        .await;
        assert_eq!(r.status, StatusCode::OK);
        for uri in [
            "/api/v1/health",
            "/metrics",
            "/api/v1/openapi.json",
            "/api/docs",
        ] {
            let r = send(&app, req("GET", uri, tok.as_deref(), None, &[])).await;
            assert_eq!(r.status, StatusCode::OK, "{uri}");
        }
    }
}

#[tokio::test]
async fn background_question_log_reaches_the_inbox() {
    let db = sqlite().await;
    let live = helpdesk_core::answer::LiveIndex::open_with_background_log(db.store.clone(), 100)
        .await
        .unwrap();
    let app = helpdesk_admin_api::router(helpdesk_admin_api::AppState::new(
        helpdesk_admin_api::ApiConfig::default(),
        db.store.clone(),
        live.clone(),
    ));
    let q = "Kann mein Hamster das Berichtsheft schreiben?";
    send(&app, ask(q)).await;
    send(&app, ask(q)).await;
    let mut count = 0;
    for _ in 0..200 {
        let groups = db.store.unanswered_questions(10).await.unwrap();
        count = groups
            .iter()
            .find(|g| g.question == q)
            .map_or(0, |g| g.count);
        if count == 2 {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(10)).await;
    }
    assert_eq!(count, 2);
    assert_eq!(live.dropped_questions(), 0);
}

/// A phraser standing in for the language model: "phrases" the best entry by quoting its
/// question, cites it, and counts its calls; or fails like a timed-out model.
struct FakePhraser {
    fail: bool,
    calls: std::sync::atomic::AtomicUsize,
}

impl FakePhraser {
    fn new(fail: bool) -> std::sync::Arc<Self> {
        std::sync::Arc::new(Self {
            fail,
            calls: std::sync::atomic::AtomicUsize::new(0),
        })
    }

    fn calls(&self) -> usize {
        self.calls.load(std::sync::atomic::Ordering::SeqCst)
    }
}

#[async_trait::async_trait]
impl helpdesk_core::phrase::Phraser for FakePhraser {
    async fn phrase_with(
        &self,
        _question: &str,
        lang: helpdesk_faq::Lang,
        entries: &[helpdesk_faq::FaqEntry],
        _known_names: &[String],
    ) -> Result<helpdesk_core::phrase::Phrased, helpdesk_core::phrase::PhraseError> {
        self.calls.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        if self.fail {
            return Err(helpdesk_core::phrase::PhraseError::Timeout);
        }
        let best = entries
            .first()
            .ok_or(helpdesk_core::phrase::PhraseError::Malformed)?;
        Ok(helpdesk_core::phrase::Phrased {
            text: format!("Kurz gesagt zu „{}“", best.question_in(lang)),
            cited: vec![best.id.clone()],
        })
    }

    async fn clarify_with(
        &self,
        _question: &str,
        _lang: helpdesk_faq::Lang,
        _entries: &[helpdesk_faq::FaqEntry],
        _known_names: &[String],
    ) -> Result<helpdesk_core::phrase::Clarification, helpdesk_core::phrase::PhraseError> {
        Err(helpdesk_core::phrase::PhraseError::Upstream)
    }
}

const SEEDED_QUESTION: &str = "In welcher Anwendung finde ich das Digitale Berichtsheft?";

#[tokio::test]
async fn a_confident_answer_carries_the_phrased_text_with_its_citations() {
    let db = sqlite().await;
    let phraser = FakePhraser::new(false);
    let (app, _live) = live_app_phrasing(&db.store, phraser.clone()).await;

    let a = send(&app, ask(SEEDED_QUESTION)).await.json();
    assert_eq!(a["outcome"], "answer", "{a}");
    let best = a["hits"][0]["id"].as_str().unwrap().to_owned();
    assert_eq!(a["phrased"]["cited"], json!([best]), "{a}");
    let text = a["phrased"]["text"].as_str().unwrap();
    assert!(
        text.starts_with("Kurz gesagt zu „")
            && text.contains(a["hits"][0]["question"].as_str().unwrap()),
        "{a}"
    );
    assert_eq!(phraser.calls(), 1);

    // Not confident: the model is not asked and there is no phrased text.
    let u = send(&app, ask(QUESTION)).await.json();
    assert_ne!(u["outcome"], "answer", "{u}");
    assert!(u.get("phrased").is_none(), "{u}");
    assert_eq!(phraser.calls(), 1);
    db.cleanup().await;
}

#[tokio::test]
async fn a_failing_phraser_leaves_the_plain_answer() {
    let db = sqlite().await;
    let phraser = FakePhraser::new(true);
    let (app, _live) = live_app_phrasing(&db.store, phraser.clone()).await;

    let r = send(&app, ask(SEEDED_QUESTION)).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    let a = r.json();
    assert_eq!(a["outcome"], "answer", "{a}");
    assert!(a.get("phrased").is_none(), "{a}");
    assert!(!a["hits"][0]["answer"].as_str().unwrap().is_empty(), "{a}");
    assert_eq!(phraser.calls(), 1, "the phraser was asked and failed");
    db.cleanup().await;
}

/// The vocabulary through the API: read with its revision, a miss fixed by a new concept
/// (answered at once, no release), If-Match, every problem of an invalid one listed, the
/// revisions, and a preview that saves nothing.
#[tokio::test]
async fn a_vocabulary_change_fixes_a_miss_without_a_release() {
    on_both(async |db: &Db| {
        let (app, _live) = live_app(&db.store).await;
        let ed = token(&db.store, "Eva Editor", Role::FaqEditor, &[]).await;
        let url = "/api/v1/faq/vocabulary";

        let r = send(&app, req("GET", url, Some(&ed), None, &[])).await;
        assert_eq!(r.status, StatusCode::OK, "{}", r.text);
        assert_eq!(r.headers["etag"], "\"1\"", "seeded on start");
        let view = r.json();
        assert_eq!(view["updated_by"], "seed");
        let mut vocabulary = view["vocabulary"].clone();
        assert!(
            vocabulary["concepts"]["azubi"]
                .as_array()
                .unwrap()
                .contains(&json!("lehrling")),
            "{vocabulary}"
        );

        // An entry about the unicorn; people call it "Pegasus", which no entry contains.
        let r = send(
            &app,
            req(
                "PUT",
                "/api/v1/faq/einhorn-fuettern",
                Some(&ed),
                Some(&unicorn_entry()),
                &[],
            ),
        )
        .await;
        assert_eq!(r.status, StatusCode::CREATED, "{}", r.text);
        let q = "Was frisst der Pegasus?";
        let top = |a: &Value| a["hits"].get(0).map(|h| h["id"].clone());
        let before = send(&app, ask(q)).await.json();
        assert_ne!(before["outcome"], "answer", "{before}");

        vocabulary["concepts"]["einhorn"] = json!(["einhorn", "pegasus"]);

        // A preview shows the effect and saves nothing.
        let r = send(
            &app,
            req(
                "POST",
                &format!("{url}/preview"),
                Some(&ed),
                Some(&json!({"vocabulary": vocabulary, "questions": [q]})),
                &[],
            ),
        )
        .await;
        assert_eq!(r.status, StatusCode::OK, "{}", r.text);
        assert_eq!(
            r.json()[0]["hits"][0]["id"],
            "einhorn-fuettern",
            "{}",
            r.text
        );
        let still = send(&app, ask(q)).await.json();
        assert_eq!(top(&still), top(&before), "a preview changes nothing");

        // Without If-Match 428, stale 412; invalid: 422 with every problem.
        let r = send(&app, req("PUT", url, Some(&ed), Some(&vocabulary), &[])).await;
        assert_eq!(r.status, StatusCode::PRECONDITION_REQUIRED);
        let r = send(
            &app,
            req(
                "PUT",
                url,
                Some(&ed),
                Some(&vocabulary),
                &[("if-match", "\"0\"")],
            ),
        )
        .await;
        assert_eq!(r.status, StatusCode::PRECONDITION_FAILED);
        let mut bad = vocabulary.clone();
        bad["concepts"]["Groß"] = json!(["x"]);
        bad["stop_words"] = json!(["pegasus", " "]);
        let r = send(
            &app,
            req("PUT", url, Some(&ed), Some(&bad), &[("if-match", "\"1\"")]),
        )
        .await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", r.text);
        let problems = r.json()["errors"].as_array().unwrap().len();
        assert!(problems >= 3, "every problem listed: {}", r.text);
        let r = send(
            &app,
            req(
                "PUT",
                url,
                Some(&ed),
                Some(&json!({"synonyms": []})),
                &[("if-match", "\"1\"")],
            ),
        )
        .await;
        assert!(
            r.status.is_client_error(),
            "unknown fields are refused: {}",
            r.status
        );

        // The fix: answered at once.
        let r = send(
            &app,
            req(
                "PUT",
                url,
                Some(&ed),
                Some(&vocabulary),
                &[("if-match", "\"1\"")],
            ),
        )
        .await;
        assert_eq!(r.status, StatusCode::OK, "{}", r.text);
        assert_eq!(r.headers["etag"], "\"2\"");
        assert!(
            r.json()["updated_by"]
                .as_str()
                .unwrap()
                .starts_with("token:"),
            "{}",
            r.text
        );
        let after = send(&app, ask(q)).await.json();
        assert_eq!(after["outcome"], "answer", "{after}");
        assert_eq!(top(&after), Some(json!("einhorn-fuettern")), "{after}");

        let r = send(
            &app,
            req("GET", &format!("{url}/revisions"), Some(&ed), None, &[]),
        )
        .await;
        assert_eq!(r.status, StatusCode::OK);
        let revs = r.json();
        let revs = revs.as_array().unwrap();
        assert_eq!(revs.len(), 2, "{revs:?}");
        assert_eq!(revs[0]["revision"], 2);
        assert_eq!(revs[0]["action"], "update");
        assert_eq!(revs[0]["actor_name"], "Eva Editor");
        assert_eq!(revs[0]["summary"], "concepts: einhorn new");
        assert_eq!(revs[1]["action"], "seed");
    })
    .await;
}
