//! The FAQ editor through the router: the contract names, core's validation with field errors,
//! saving with the revision seen (stale → notice, input kept), the live preview (real search,
//! nothing saved), new entries (also from an inbox question), the revision history with diffs
//! and revert, roles and CSRF. After every save the live index answers with the new text.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use axum::http::StatusCode;
use common::*;
use helpdesk_core::Role;
use helpdesk_core::answer::{Answerer, Outcome};
use helpdesk_faq::FaqEntry;
use helpdesk_web::WebConfig;

/// The editor form of `e` as a browser would send it (lists one per line).
fn form_of(e: &FaqEntry) -> Vec<(String, String)> {
    let mut f = vec![
        ("section".to_owned(), e.section.to_string()),
        ("question".to_owned(), e.question.clone()),
        ("answer".to_owned(), e.answer.clone()),
        ("alternatives".to_owned(), e.alternatives.join("\n")),
        ("en_question".to_owned(), e.en.question.clone()),
        ("en_answer".to_owned(), e.en.answer.clone()),
        ("en_alternatives".to_owned(), e.en.alternatives.join("\n")),
        ("link".to_owned(), e.link.clone().unwrap_or_default()),
        (
            "link_title".to_owned(),
            e.link_title.clone().unwrap_or_default(),
        ),
        (
            "ticket".to_owned(),
            e.ticket.map(|t| t.as_str().to_owned()).unwrap_or_default(),
        ),
        ("tags".to_owned(), e.tags.join(", ")),
    ];
    for a in &e.audience {
        f.push((
            "audience".to_owned(),
            serde_json::to_value(a)
                .unwrap()
                .as_str()
                .unwrap()
                .to_owned(),
        ));
    }
    f
}

fn set(form: &mut Vec<(String, String)>, key: &str, value: &str) {
    form.retain(|(k, _)| k != key);
    form.push((key.to_owned(), value.to_owned()));
}

fn refs(form: &[(String, String)]) -> Vec<(&str, &str)> {
    form.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect()
}

/// An entry whose own question the live index answers with it.
async fn answered_entry(live: &dyn Answerer, store: &helpdesk_core::Store) -> FaqEntry {
    for r in store.faq_entries().await.unwrap() {
        let reply = live.ask(&r.entry.question, None).await.unwrap();
        if reply.outcome == Outcome::Answer && reply.hits[0].id == r.entry.id {
            return r.entry;
        }
    }
    panic!("no entry answers its own question");
}

#[tokio::test]
async fn editor_saves_and_the_chat_answers_with_the_new_text_at_once() {
    on_both(async |db| {
        let (app, live) = app_on(&db.store, WebConfig::default()).await;
        let entry = answered_entry(live.as_ref(), &db.store).await;
        let id = entry.id.to_string();
        let mut m = Browser::new(&app);
        m.sign_in(&token(&db.store, "Redaktion", Role::FaqEditor).await)
            .await;
        let page = m.get(&format!("/admin/faq/{id}")).await;
        assert_eq!(page.status, StatusCode::OK, "{}: {}", db.backend, page.text);
        assert_page(&page, "de");
        for label in [
            "<label for=\"f-question\">Frage</label>",
            "<label for=\"f-answer\">Antwort</label>",
            "<label for=\"f-en_question\">Question</label>",
            "<label for=\"f-en_answer\">Answer</label>",
            ">Speichern</button>",
            ">Vorschau</button>",
            "aria-live=\"polite\"",
            "src=\"/static/faq.js?v=",
        ] {
            assert!(page.text.contains(label), "{label}");
        }
        let csrf = hidden(&page.text, "csrf");
        let revision = hidden(&page.text, "revision");

        let new_answer = "Neuer Text: Öffnen Sie **Einstellungen** und dann Quastenflosser.";
        let mut form = form_of(&entry);
        set(&mut form, "answer", new_answer);
        set(&mut form, "revision", &revision);
        set(&mut form, "op", "save");
        // Without its CSRF token nothing is saved.
        let r = m.post(&format!("/admin/faq/{id}"), &refs(&form)).await;
        assert_eq!(r.status, StatusCode::FORBIDDEN);
        assert_eq!(
            db.store.faq_entry(&entry.id).await.unwrap().entry.answer,
            entry.answer
        );
        set(&mut form, "csrf", &csrf);
        let r = m.post(&format!("/admin/faq/{id}"), &refs(&form)).await;
        assert_eq!(
            r.status,
            StatusCode::SEE_OTHER,
            "{}: {}",
            db.backend,
            r.text
        );
        let saved = m.get(r.header("location")).await;
        assert!(
            saved.text.contains("Gespeichert (Revision"),
            "{}",
            saved.text
        );
        let reply = live.ask(&entry.question, None).await.unwrap();
        assert_eq!(reply.hits[0].id, entry.id);
        assert_eq!(reply.hits[0].answer, new_answer, "{}", db.backend);

        // The same form again carries a stale revision: a notice, the input kept, nothing saved.
        set(&mut form, "answer", "Noch ein anderer Text.");
        let r = m.post(&format!("/admin/faq/{id}"), &refs(&form)).await;
        assert_eq!(r.status, StatusCode::CONFLICT, "{}", db.backend);
        assert!(r.text.contains("inzwischen geändert"));
        assert!(r.text.contains("Noch ein anderer Text."));
        assert_eq!(
            db.store.faq_entry(&entry.id).await.unwrap().entry.answer,
            new_answer
        );
    })
    .await;
}

#[tokio::test]
async fn invalid_input_gets_field_errors_and_nothing_is_saved() {
    let db = sqlite().await;
    let (app, _live) = app_on(&db.store, WebConfig::default()).await;
    let entry = db.store.faq_entries().await.unwrap()[0].clone();
    let id = entry.entry.id.to_string();
    let mut m = Browser::new(&app);
    m.sign_in(&token(&db.store, "Redaktion", Role::FaqEditor).await)
        .await;
    let page = m.get(&format!("/admin/faq/{id}")).await;
    let mut form = form_of(&entry.entry);
    set(&mut form, "csrf", &hidden(&page.text, "csrf"));
    set(&mut form, "revision", &entry.revision.to_string());
    set(&mut form, "question", "   ");
    set(&mut form, "link", "javascript:alert(1)");
    set(&mut form, "en_answer", "<b>kept</b>");
    let r = m.post(&format!("/admin/faq/{id}"), &refs(&form)).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_page(&r, "de");
    assert!(r.text.contains("id=\"e-question\""), "{}", r.text);
    assert!(r.text.contains("id=\"e-link\""));
    assert!(r.text.contains("Nichts wurde gespeichert"));
    assert!(
        r.text.contains("kept") && !r.text.contains("<b>kept</b>"),
        "input kept, escaped"
    );
    assert_eq!(
        db.store.faq_entry(&entry.entry.id).await.unwrap().revision,
        entry.revision
    );
    db.cleanup().await;
}

#[tokio::test]
async fn preview_runs_the_real_search_without_saving() {
    on_both(async |db| {
        let (app, live) = app_on(&db.store, WebConfig::default()).await;
        let entry = db.store.faq_entries().await.unwrap()[0].clone();
        let id = entry.entry.id.to_string();
        let sample = "Wie füttere ich den Quastenflosser im Zoo?";
        assert_ne!(
            live.ask(sample, None).await.unwrap().outcome,
            Outcome::Answer
        );
        let mut m = Browser::new(&app);
        m.sign_in(&token(&db.store, "Redaktion", Role::FaqEditor).await)
            .await;
        let page = m.get(&format!("/admin/faq/{id}")).await;
        let mut form = form_of(&entry.entry);
        set(&mut form, "csrf", &hidden(&page.text, "csrf"));
        set(&mut form, "revision", &entry.revision.to_string());
        set(&mut form, "alternatives", sample);
        set(&mut form, "samples", sample);
        set(&mut form, "op", "preview");
        let r = m.post(&format!("/admin/faq/{id}"), &refs(&form)).await;
        assert_eq!(r.status, StatusCode::OK, "{}", r.text);
        assert_page(&r, "de");
        assert!(r.text.contains("dieser Eintrag zuerst"), "{}", r.text);
        assert!(r.text.contains("beantwortet"));
        // The script's request gets the results only.
        let frag = m
            .post_with(
                &format!("/admin/faq/{id}"),
                &refs(&form),
                &[("x-fragment", "1")],
            )
            .await;
        assert_eq!(frag.status, StatusCode::OK);
        assert!(frag.text.starts_with("<h3>Vorschau</h3>"), "{}", frag.text);
        assert!(!frag.text.contains("<html"));
        // Nothing was saved, and the chat still does not know the question.
        assert_eq!(
            db.store.faq_entry(&entry.entry.id).await.unwrap().revision,
            entry.revision,
            "{}",
            db.backend
        );
        assert_ne!(
            live.ask(sample, None).await.unwrap().outcome,
            Outcome::Answer
        );
    })
    .await;
}

#[tokio::test]
async fn new_entry_from_an_inbox_question_answers_it() {
    on_both(async |db| {
        let (app, live) = app_on(&db.store, WebConfig::default()).await;
        let question = "Wann füttert man Quastenflosser im Aquarium?";
        assert_ne!(
            live.ask(question, None).await.unwrap().outcome,
            Outcome::Answer
        );
        let mut m = Browser::new(&app);
        m.sign_in(&token(&db.store, "Redaktion", Role::FaqEditor).await)
            .await;
        let inbox = m.get("/admin/questions").await;
        let link = "/admin/faq/new?question=Wann%20f%C3%BCttert%20man%20Quastenflosser%20im%20Aquarium%3F&amp;lang=de";
        assert!(inbox.text.contains(link), "{}", inbox.text);
        assert!(inbox.text.contains("Neuer Eintrag aus dieser Frage"));
        let page = m.get(&link.replace("&amp;", "&")).await;
        assert_eq!(page.status, StatusCode::OK);
        assert_page(&page, "de");
        assert_eq!(hidden(&page.text, "from_question"), question);
        assert!(page.text.contains(&format!("value=\"{question}\"")));

        let template = db.store.faq_entries().await.unwrap()[0].entry.clone();
        let mut form = form_of(&template);
        set(&mut form, "csrf", &hidden(&page.text, "csrf"));
        set(&mut form, "from_question", question);
        set(&mut form, "id", "quastenflosser-ausweis");
        set(&mut form, "question", question);
        set(&mut form, "alternatives", "");
        set(&mut form, "tags", "");
        set(
            &mut form,
            "answer",
            "Den Quastenflosser-Ausweis beantragen Sie im Aquarium.",
        );
        set(
            &mut form,
            "en_question",
            "How do I apply for a coelacanth pass?",
        );
        set(&mut form, "en_answer", "At the aquarium.");
        set(&mut form, "op", "save");
        let r = m.post("/admin/faq/new", &refs(&form)).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}: {}", db.backend, r.text);
        assert!(r.header("location").starts_with("/admin/faq/quastenflosser-ausweis?saved=1"));
        let reply = live.ask(question, None).await.unwrap();
        assert_eq!(reply.outcome, Outcome::Answer, "{}: {reply:?}", db.backend);
        assert_eq!(reply.hits[0].id.as_str(), "quastenflosser-ausweis");
        let inbox = m.get("/admin/questions").await;
        assert!(!inbox.text.contains(question), "answered questions leave the inbox");

        // The same id again: a field error, not an overwrite.
        let r = m.post("/admin/faq/new", &refs(&form)).await;
        assert_eq!(r.status, StatusCode::CONFLICT);
        assert!(r.text.contains("schon vergeben"));
    })
    .await;
}

#[tokio::test]
async fn revision_history_shows_diffs_and_reverts() {
    on_both(async |db| {
        let (app, live) = app_on(&db.store, WebConfig::default()).await;
        let entry = answered_entry(live.as_ref(), &db.store).await;
        let id = entry.id.to_string();
        let mut m = Browser::new(&app);
        m.sign_in(&token(&db.store, "Redaktion", Role::FaqEditor).await)
            .await;
        let page = m.get(&format!("/admin/faq/{id}")).await;
        let csrf = hidden(&page.text, "csrf");
        let before = db.store.faq_entry(&entry.id).await.unwrap().revision;
        let mut form = form_of(&entry);
        set(&mut form, "csrf", &csrf);
        set(&mut form, "revision", &before.to_string());
        set(&mut form, "answer", "Ganz neuer Quastenflosser-Text.");
        let r = m.post(&format!("/admin/faq/{id}"), &refs(&form)).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.text);

        let hist = m.get(&format!("/admin/faq/{id}/revisions")).await;
        assert_eq!(hist.status, StatusCode::OK);
        assert_page(&hist, "de");
        assert!(hist.text.contains("<ins>+ "), "{}", hist.text);
        assert!(hist.text.contains("Ganz neuer Quastenflosser-Text."));
        assert!(hist.text.contains("<del>− "));
        assert!(hist.text.contains("geänderte Felder: answer"));
        let confirm = m
            .get(&format!("/admin/faq/{id}/revisions?confirm={before}"))
            .await;
        assert!(
            confirm.text.contains(">Bestätigen</button>"),
            "{}",
            confirm.text
        );
        let current = hidden(&confirm.text, "current");
        let rev = before.to_string();
        let revert = [
            ("csrf", csrf.as_str()),
            ("revision", rev.as_str()),
            ("current", current.as_str()),
        ];
        let r = m
            .post(&format!("/admin/faq/{id}/revert"), &revert[1..])
            .await;
        assert_eq!(r.status, StatusCode::FORBIDDEN, "without CSRF token");
        let r = m.post(&format!("/admin/faq/{id}/revert"), &revert).await;
        assert_eq!(
            r.status,
            StatusCode::SEE_OTHER,
            "{}: {}",
            db.backend,
            r.text
        );
        let page = m.get(r.header("location")).await;
        assert!(page.text.contains("wiederhergestellt"), "{}", page.text);
        let reply = live.ask(&entry.question, None).await.unwrap();
        assert_eq!(reply.hits[0].answer, entry.answer, "{}", db.backend);
        // The same (now stale) confirmation again: the conflict notice, no error page.
        let r = m.post(&format!("/admin/faq/{id}/revert"), &revert).await;
        assert_eq!(r.status, StatusCode::CONFLICT);
        assert!(r.text.contains("inzwischen geändert"));
    })
    .await;
}

#[tokio::test]
async fn it_staff_cannot_use_the_editor() {
    let (app, db) = app().await;
    let id = db.store.faq_entries().await.unwrap()[0]
        .entry
        .id
        .to_string();
    let mut it = Browser::new(&app);
    it.sign_in(&token(&db.store, "IT Anna", Role::ItStaff).await)
        .await;
    for path in [
        format!("/admin/faq/{id}"),
        "/admin/faq/new".to_owned(),
        format!("/admin/faq/{id}/revisions"),
    ] {
        assert_eq!(it.get(&path).await.status, StatusCode::FORBIDDEN, "{path}");
    }
    let mut anon = Browser::new(&app);
    assert_eq!(
        anon.get(&format!("/admin/faq/{id}")).await.status,
        StatusCode::SEE_OTHER
    );
    let mut admin = Browser::new(&app);
    admin
        .sign_in(&token(&db.store, "Admin", Role::Admin).await)
        .await;
    assert_eq!(
        admin.get(&format!("/admin/faq/{id}")).await.status,
        StatusCode::OK
    );
    assert_eq!(
        admin.get("/admin/faq/kein-solcher-eintrag").await.status,
        StatusCode::NOT_FOUND
    );
    db.cleanup().await;
}

/// The vocabulary page: the text as in `vocabulary.toml`, a preview that saves nothing, every
/// problem listed with its line, a save the chat searches with at once, a stale revision kept
/// as input, and only FAQ maintainers.
#[tokio::test]
async fn vocabulary_page_fixes_a_miss_and_the_chat_uses_it_at_once() {
    on_both(async |db| {
        let (app, live) = app_on(&db.store, WebConfig::default()).await;
        // An entry about the unicorn; people call it "Pegasus", which no entry contains.
        let mut unicorn = db.store.faq_entries().await.unwrap()[0].entry.clone();
        unicorn.id = helpdesk_faq::FaqId::parse("einhorn-fuettern").unwrap();
        unicorn.question = "Wie füttere ich das Einhorn im Serviceportal?".into();
        unicorn.answer = "Das Einhorn frisst Regenbögen aus dem Menü Einhorn-Futter.".into();
        unicorn.alternatives = vec!["Einhorn füttern".into()];
        unicorn.en.question = "How do I feed the unicorn?".into();
        unicorn.en.answer = "Rainbows.".into();
        unicorn.en.alternatives = Vec::new();
        unicorn.ticket = None;
        let secret = token(&db.store, "Redaktion", Role::FaqEditor).await;
        let p = db.store.verify_token(&secret).await.unwrap().unwrap();
        db.store
            .faq_put(&unicorn, None, &helpdesk_core::Actor::from_principal(&p))
            .await
            .unwrap();
        live.refresh().await.unwrap();
        let q = "Was frisst der Pegasus?";
        let top = |r: &helpdesk_core::answer::Reply| r.hits.first().map(|h| h.id.to_string());
        assert_ne!(live.ask(q, None).await.unwrap().outcome, Outcome::Answer);

        let mut m = Browser::new(&app);
        m.sign_in(&secret).await;
        let list = m.get("/admin/faq").await;
        assert!(list.text.contains("href=\"/admin/faq/vocabulary\""));
        let page = m.get("/admin/faq/vocabulary").await;
        assert_eq!(page.status, StatusCode::OK, "{}: {}", db.backend, page.text);
        assert_page(&page, "de");
        assert!(page.text.contains("Vokabular der Suche"));
        assert!(
            page.text.contains("lehrling"),
            "the stored vocabulary is shown"
        );
        assert!(
            page.text.contains("mitgeliefert"),
            "the seed revision is listed"
        );
        let csrf = hidden(&page.text, "csrf");
        let revision = hidden(&page.text, "revision");
        assert_eq!(revision, "1");
        let stored = db.store.faq_vocabulary().await.unwrap();
        // The rendered file ends with the [concepts] table: a new group goes at the end.
        let text = format!(
            "{}einhorn = [\"einhorn\", \"pegasus\"]\n",
            stored.vocabulary.render()
        );
        let form = |op: &str, text: &str| {
            vec![
                ("csrf".to_owned(), csrf.clone()),
                ("revision".to_owned(), revision.clone()),
                ("op".to_owned(), op.to_owned()),
                ("text".to_owned(), text.to_owned()),
                ("samples".to_owned(), q.to_owned()),
            ]
        };

        // Preview: the real search with the draft; nothing saved.
        let r = m
            .post("/admin/faq/vocabulary", &refs(&form("preview", &text)))
            .await;
        assert_eq!(r.status, StatusCode::OK, "{}", r.text);
        assert!(
            r.text.contains("<code>einhorn-fuettern</code>"),
            "{}",
            r.text
        );
        assert!(
            !r.text.contains("dieser Eintrag"),
            "no draft entry in this preview"
        );
        assert_eq!(db.store.faq_vocabulary().await.unwrap().revision, 1);

        // Broken: every problem, with its line where the parser knows it; input kept.
        let broken = "stop_words = [\"bitte\"]\n[concepts]\nGross = []\n";
        let r = m
            .post("/admin/faq/vocabulary", &refs(&form("save", broken)))
            .await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", r.text);
        assert!(r.text.contains("Nichts wurde gespeichert"));
        assert!(
            r.text.contains("no words") && r.text.contains("lowercase"),
            "{}",
            r.text
        );
        assert!(r.text.contains("Gross = []"), "the input is kept");
        let r = m
            .post(
                "/admin/faq/vocabulary",
                &refs(&form("save", "stop_words = [\n\"a\",\n oops\n]")),
            )
            .await;
        assert!(r.text.contains("Zeile "), "{}", r.text);

        // Without CSRF nothing happens; with it the chat answers with the new group at once.
        let mut no_csrf = form("save", &text);
        no_csrf[0].1 = String::new();
        let r = m.post("/admin/faq/vocabulary", &refs(&no_csrf)).await;
        assert_eq!(r.status, StatusCode::FORBIDDEN);
        let r = m
            .post("/admin/faq/vocabulary", &refs(&form("save", &text)))
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.text);
        let saved = m.get(r.header("location")).await;
        assert!(
            saved.text.contains("Gespeichert (Revision 2)"),
            "{}",
            saved.text
        );
        assert!(saved.text.contains("einhorn new"), "the change is listed");
        let after = live.ask(q, None).await.unwrap();
        assert_eq!(after.outcome, Outcome::Answer, "{}", db.backend);
        assert_eq!(top(&after).as_deref(), Some("einhorn-fuettern"));

        // The same form again carries revision 1: a notice, the input kept, nothing saved.
        let r = m
            .post(
                "/admin/faq/vocabulary",
                &refs(&form("save", &format!("{text}# noch etwas\n"))),
            )
            .await;
        assert_eq!(r.status, StatusCode::CONFLICT, "{}", r.text);
        assert!(r.text.contains("inzwischen geändert"));
        assert!(r.text.contains("# noch etwas"));
        assert_eq!(db.store.faq_vocabulary().await.unwrap().revision, 2);

        // IT staff do not edit the vocabulary.
        let mut it = Browser::new(&app);
        it.sign_in(&token(&db.store, "IT", Role::ItStaff).await)
            .await;
        assert_eq!(
            it.get("/admin/faq/vocabulary").await.status,
            StatusCode::FORBIDDEN
        );
    })
    .await;
}
