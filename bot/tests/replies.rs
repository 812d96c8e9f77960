//! Snapshot tests of what the bot says, as the JSON Discord receives (serenity's builders
//! serialized): answers, suggestions, "don't know", forms, validation, staff posts, DMs.
//! Review changes with `cargo insta review`.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use helpdesk_bot::discord::render::{create_message, interaction_response};
use helpdesk_bot::form::read_form;
use helpdesk_bot::ports::{
    ChatUser, DeletionReason, NotificationEvent, TicketForm, TicketState, TicketView,
};
use helpdesk_bot::reply::Reply;
use helpdesk_bot::views::{answer_msg, asked_reply, form, invalid_msg, requester_dm, staff_msg};
use helpdesk_core::answer::{AnswerHit, Answerer, Outcome, Reply as Answer, Snapshot};
use helpdesk_core::{DeletionReason as CoreReason, FieldProblem, TicketDetails};
use helpdesk_faq::{Lang, TicketKind};
use serde_json::Value;

fn json(r: &Reply) -> Value {
    serde_json::to_value(interaction_response(r)).unwrap()
}

fn entry(id: &str) -> helpdesk_faq::FaqEntry {
    helpdesk_faq::bundled()
        .iter()
        .find(|e| e.id.as_str() == id)
        .cloned()
        .unwrap()
}

fn hit(id: &str, lang: Lang) -> AnswerHit {
    AnswerHit::of(&entry(id), lang, 1.0)
}

fn answers() -> Snapshot {
    Snapshot::build(0, helpdesk_faq::bundled().to_vec()).unwrap()
}

#[test]
fn answer_in_german_with_ticket_offer() {
    let m = answer_msg(&hit("name-stimmt-nicht", Lang::De), Lang::De, None, true);
    insta::assert_json_snapshot!(json(&Reply::Message(m)));
}

#[test]
fn answer_in_english_shared_in_channel() {
    let m = answer_msg(&hit("registrierungscode", Lang::En), Lang::En, None, false);
    insta::assert_json_snapshot!(json(&Reply::Message(m)));
}

#[tokio::test]
async fn unknown_question_offers_ticket_and_person() {
    let asked = answers()
        .ask("Wie wird das Wetter morgen in Hannover?", None)
        .await
        .unwrap();
    assert_eq!(asked.outcome, Outcome::Unknown);
    insta::assert_json_snapshot!(json(&Reply::Message(asked_reply(&asked, true))));
}

#[tokio::test]
async fn deletion_intent_offers_the_deletion_form() {
    let asked = answers()
        .ask(
            "Bitte löschen Sie mein Konto, ich habe den Betrieb verlassen",
            None,
        )
        .await
        .unwrap();
    assert_eq!(asked.intent, Some(TicketKind::Deletion));
    let ids: Vec<String> = asked_reply(&asked, true)
        .rows
        .iter()
        .flatten()
        .filter_map(|b| b.custom_id.clone())
        .collect();
    assert!(ids.contains(&"to:de:del".to_owned()), "{ids:?}");
}

#[test]
fn suggestions_are_buttons() {
    let asked = Answer {
        outcome: Outcome::Suggest,
        hits: vec![
            hit("mehrere-rollen-eine-email", Lang::De),
            hit("mehrere-betriebsstaetten", Lang::De),
        ],
        intent: None,
        lang: Lang::De,
        confidence: 0.4,
        phrased: None,
        clarification: None,
    };
    insta::assert_json_snapshot!(json(&Reply::Message(asked_reply(&asked, true))));
}

#[test]
fn forms() {
    insta::assert_json_snapshot!(
        "form_name_correction_de",
        json(&Reply::Modal(form(Lang::De, TicketKind::NameCorrection)))
    );
    insta::assert_json_snapshot!(
        "form_deletion_en",
        json(&Reply::Modal(form(Lang::En, TicketKind::Deletion)))
    );
}

fn user() -> ChatUser {
    ChatUser {
        id: "discord:42".into(),
        platform_id: 42,
        display_name: "Lea".into(),
    }
}

#[test]
fn form_validation_problems() {
    let fields: Vec<(String, String)> = [
        ("email", "max@"),
        ("name_in_account", "Max Muster"),
        ("name_in_contract", "max muster"),
        ("identnummer", "12"),
    ]
    .iter()
    .map(|(a, b)| ((*a).to_owned(), (*b).to_owned()))
    .collect();
    let problems = read_form(TicketKind::NameCorrection, &fields, &user()).unwrap_err();
    let found: Vec<(&str, FieldProblem)> = problems.iter().map(|f| (f.leaf(), f.problem)).collect();
    assert_eq!(
        found,
        [
            ("email", FieldProblem::InvalidEmail),
            ("name_in_contract", FieldProblem::SameName),
            ("identnummer", FieldProblem::InvalidIdentnummer),
        ]
    );
    let m = invalid_msg(Lang::De, TicketKind::NameCorrection, &problems);
    insta::assert_snapshot!(m.content, @r"
    Ihre Namenskorrektur ist noch nicht vollständig. Bitte prüfen Sie:
    • **E-Mail-Adresse des Kontos**: bitte eine gültige E-Mail-Adresse angeben (z. B. name@beispiel.de)
    • **Name im Ausbildungsvertrag**: unterscheidet sich nicht vom Namen im Konto
    • **Identnummer (optional)**: bitte 4 bis 20 Ziffern oder Buchstaben angeben
    ");
    let ok: Vec<(String, String)> = [
        ("full_name", " Lea Beispiel "),
        ("email", "lea@example.org"),
        ("reason", "Doppeltes Konto"),
        ("note", ""),
    ]
    .iter()
    .map(|(a, b)| ((*a).to_owned(), (*b).to_owned()))
    .collect();
    let t = read_form(TicketKind::Deletion, &ok, &user()).unwrap();
    assert_eq!(t.requester.id.as_str(), "discord:42");
    assert_eq!(t.note, None);
    let TicketDetails::Deletion {
        email,
        full_name,
        reason,
    } = t.details
    else {
        panic!("a deletion")
    };
    assert_eq!(
        (email.as_str(), full_name.as_str(), reason),
        (
            "lea@example.org",
            "Lea Beispiel",
            CoreReason::DuplicateAccount
        )
    );
    let bad_reason = [("reason".to_owned(), "weil".to_owned())];
    let problems = read_form(TicketKind::Deletion, &bad_reason, &user()).unwrap_err();
    assert!(
        problems
            .iter()
            .any(|f| f.leaf() == "reason" && f.problem == FieldProblem::InvalidChoice)
    );
}

fn deletion(state: TicketState, approvals: &[&str]) -> TicketView {
    TicketView {
        id: "7".into(),
        number: "#7".into(),
        kind: TicketKind::Deletion,
        state,
        form: TicketForm::Deletion {
            full_name: "Lea Beispiel".into(),
            email: "lea@example.org".into(),
            reason: DeletionReason::LeftCompany,
            note: Some("@everyone bitte schnell".into()),
        },
        requester: "Lea".into(),
        requester_verified: true,
        approvals: approvals.iter().map(|s| (*s).to_owned()).collect(),
        approvals_needed: 2,
        reject_reason: None,
    }
}

#[test]
fn staff_post_updates_with_approvals() {
    insta::assert_json_snapshot!(
        "staff_post_new",
        serde_json::to_value(create_message(&staff_msg(&deletion(
            TicketState::Open,
            &[]
        ))))
        .unwrap()
    );
    insta::assert_json_snapshot!(
        "staff_post_one_of_two",
        json(&Reply::Update(staff_msg(&deletion(
            TicketState::Open,
            &["Erika IT"]
        ))))
    );
    insta::assert_json_snapshot!(
        "staff_post_approved",
        json(&Reply::Update(staff_msg(&deletion(
            TicketState::Approved,
            &["Erika IT", "Tom IT"]
        ))))
    );
}

/// Issue 11: the post of a closed ticket keeps only its number, kind and outcome; what the
/// requester typed is shown as text (no clickable masked links); web tickets say "unverified".
#[test]
fn staff_post_privacy_and_plain_text() {
    for state in [
        TicketState::Done,
        TicketState::Rejected,
        TicketState::Cancelled,
    ] {
        let mut t = deletion(state, &["Erika IT"]);
        t.reject_reason = Some("Lea Beispiel ist nicht bekannt".into());
        let post = serde_json::to_value(create_message(&staff_msg(&t))).unwrap();
        let text = post.to_string();
        assert!(text.contains("Ticket #7 · Löschantrag"), "{text}");
        assert!(
            text.contains(helpdesk_bot::texts::state_name(Lang::De, state)),
            "{text}"
        );
        for personal in ["Lea", "lea@example.org", "everyone", "Erika"] {
            assert!(!text.contains(personal), "{personal}: {text}");
        }
        assert_eq!(
            post["components"],
            serde_json::json!([]),
            "no buttons: {text}"
        );
    }
    insta::assert_json_snapshot!(
        "staff_post_done",
        serde_json::to_value(create_message(&staff_msg(&deletion(
            TicketState::Done,
            &[]
        ))))
        .unwrap()
    );

    let mut t = deletion(TicketState::Open, &[]);
    t.form = TicketForm::Deletion {
        full_name: "Lea Beispiel".into(),
        email: "lea_b_@example.org".into(),
        reason: DeletionReason::Other,
        note: Some("Bitte [hier klicken](http://evil.example/login)\nund www.evil.example".into()),
    };
    t.requester = "Lea `x` [a](https://evil.example)".into();
    t.requester_verified = false;
    let post = serde_json::to_value(create_message(&staff_msg(&t))).unwrap();
    let fields: Vec<(String, String)> = post["embeds"][0]["fields"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["name"].as_str().unwrap().to_owned(),
                f["value"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    let get = |name: &str| {
        fields
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    };
    assert_eq!(
        get("Anmerkung"),
        Some("```\nBitte [hier klicken](http://evil.example/login)\nund www.evil.example\n```")
    );
    assert_eq!(
        get("Antragsteller"),
        Some("`Lea ˋxˋ [a](https://evil.example)`")
    );
    assert_eq!(
        get("E-Mail-Adresse des Kontos"),
        Some("`lea_b_@example.org`")
    );
    assert_eq!(get("Vollständiger Name"), Some("Lea Beispiel"));
    assert!(
        get("Identität").is_some_and(|v| v.contains("nicht verifiziert")),
        "{fields:?}"
    );
    assert_eq!(
        helpdesk_bot::views::plain("Max Mustermann"),
        "Max Mustermann"
    );
    assert_eq!(helpdesk_bot::views::plain("a```b"), "`aˋˋˋb`");
}

#[test]
fn requester_dms() {
    let mut t = deletion(TicketState::Rejected, &[]);
    t.reject_reason = Some("Das Konto gehört nicht zu Ihrer E-Mail-Adresse.".into());
    let de = requester_dm(&t, NotificationEvent::Rejected, Lang::De).unwrap();
    insta::assert_snapshot!(de.content, @r"
    Ihr Löschantrag (Ticket #7) wurde abgelehnt.
    Begründung: Das Konto gehört nicht zu Ihrer E-Mail-Adresse.
    ");
    let en = requester_dm(
        &deletion(TicketState::Done, &[]),
        NotificationEvent::Done,
        Lang::En,
    )
    .unwrap();
    insta::assert_snapshot!(en.content, @"Your deletion request (ticket #7) is done.");
    assert!(requester_dm(&t, NotificationEvent::Created, Lang::De).is_none());
}
