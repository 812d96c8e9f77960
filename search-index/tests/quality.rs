//! Quality gates: the figures the product promises must not regress, on every labelled set.
//!
//! - the shared development questions (`../shared/eval/dev-questions.jsonl`, beside the
//!   repository);
//! - our own tuning messages (`eval/train/*.jsonl`: many styles, chat-style messages with
//!   greetings, signatures and e-mail addresses, requests, out-of-scope near misses);
//! - the retired judges `eval/heldout/` and `eval/heldout2/`, tuning data since session 5
//!   (the calibration is fitted on them too, so their figures are in-sample);
//! - the retired judge `eval/heldout3/` (clean, chat, requests and a third FAQ), tuning data
//!   since its one run;
//! - the retired judges `eval/heldout4/` to `eval/heldout7/` (clean, chat, requests and a
//!   fourth to seventh FAQ), never tuned on;
//! - the vocabulary-less tuning FAQs `eval/train/faqs/`;
//! - the spent judges `eval/heldout8/`, `eval/heldout9/`, `eval/heldout11/` and
//!   `eval/heldout12/` (clean, chat, requests and an eighth, ninth, eleventh and twelfth FAQ),
//!   tuning data for the intent rules since their runs (their lexical side not tuned on since
//!   session 10);
//! - the retired judge `eval/heldout10/` (clean, chat, requests and a tenth FAQ), never tuned
//!   on: its bars sit a little below its one measurement (docs/answering.md).
//!
//! The calibration (`calibration.json`) is fitted by cross-validation on dev, train, heldout,
//! heldout2, heldout3 and the second and third FAQ; nothing in the index knows these questions.
//!
//! Ticket intent is gated on every set in recall and precision: all label it as the shared
//! dev set does (eval/README.md, "How the intent labels are meant"; heldout2 was relabelled
//! to it on 2026-11-30), general how-tos, keywords and the two symptoms being requests.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};

use helpdesk_search::Index;
use helpdesk_search::eval::{Labelled, Metrics, score};

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn load(path: &Path) -> Option<Vec<Labelled>> {
    let text = std::fs::read_to_string(path).ok()?;
    Some(
        text.lines()
            .filter(|l| !l.trim().is_empty())
            .map(|l| serde_json::from_str(l).unwrap())
            .collect(),
    )
}

fn measure(questions: &[Labelled]) -> (Metrics, Vec<String>) {
    let index =
        Index::build_with(helpdesk_faq::bundled(), helpdesk_faq::bundled_vocabulary()).unwrap();
    score(&index, questions)
}

#[test]
fn dev_set_meets_the_promised_quality() {
    let Some(questions) = load(&repo().join("../shared/eval/dev-questions.jsonl")) else {
        // The evaluation data lives outside the repository; CI and developers have it.
        eprintln!("shared/eval/dev-questions.jsonl not found beside the repository; skipped");
        return;
    };
    assert!(questions.len() >= 50);
    let (m, misses) = measure(&questions);
    assert!(
        m.score >= 0.97 && m.top1 >= 0.96 && m.abstain_ok >= 0.95,
        "{m:#?}\n{}",
        misses.join("\n")
    );
    assert!(
        m.intent_recall >= 0.9 && m.intent_precision >= 0.9,
        "{m:#?}\n{}",
        misses.join("\n")
    );
}

#[test]
fn train_set_meets_its_bar() {
    let questions = load(&repo().join("eval/train/train.jsonl")).unwrap();
    assert!(questions.len() >= 140);
    let (m, misses) = measure(&questions);
    assert!(
        m.score >= 0.93 && m.top1 >= 0.91 && m.abstain_ok >= 0.92,
        "{m:#?}\n{}",
        misses.join("\n")
    );
    // 1.0 / 1.0 in-sample.
    assert!(
        m.intent_recall >= 0.95 && m.intent_precision >= 0.95,
        "{m:#?}\n{}",
        misses.join("\n")
    );
}

#[test]
fn second_train_set_meets_its_bar() {
    // More styles and near misses (eval/train/gen2.py); fitted on, so in-sample.
    let questions = load(&repo().join("eval/train/train2.jsonl")).unwrap();
    assert!(questions.len() >= 250);
    let (m, misses) = measure(&questions);
    assert!(
        m.score >= 0.9 && m.top1 >= 0.84 && m.abstain_ok >= 0.95,
        "{m:#?}\n{}",
        misses.join("\n")
    );
    // 0.980 / 1.0 in-sample ("user neu angelegt nicht sichtbar" reads like a new apprentice
    // who does not show).
    assert!(
        m.intent_recall >= 0.95 && m.intent_precision >= 0.95,
        "{m:#?}\n{}",
        misses.join("\n")
    );
}

#[test]
fn third_train_set_meets_its_bar() {
    // Requests phrased many ways next to procedure questions with the same words, and chat
    // wrapping (eval/train/gen3.py); the intent lexicons were written on it, so in-sample.
    let mut questions = load(&repo().join("eval/train/train3.jsonl")).unwrap();
    assert!(questions.len() >= 200);
    questions.extend(load(&repo().join("eval/train/train3-check.jsonl")).unwrap());
    let (m, misses) = measure(&questions);
    // 1.0 / 1.0 in-sample.
    assert!(
        m.intent_recall >= 0.97 && m.intent_precision >= 0.97,
        "{m:#?}\n{}",
        misses.join("\n")
    );
    assert!(m.abstain_ok >= 0.9, "{m:#?}\n{}", misses.join("\n"));
    // The requests and hard negatives of the intent5 round (eval/train/train4-requests.jsonl,
    // session 7): 1.0 / 1.0 in-sample.
    let (m, misses) = measure(&load(&repo().join("eval/train/train4-requests.jsonl")).unwrap());
    assert!(
        m.intent_recall >= 0.97 && m.intent_precision >= 0.97,
        "{m:#?}\n{}",
        misses.join("\n")
    );
}

/// A fresh writer's tuning set (eval/train/train5.jsonl, session 8: paraphrased away from the
/// entries' words, a third of its out-of-scope questions share an entry's nouns). Measured once
/// before anything was changed on it: score 0.766, intent 1.0 / 0.833; the intent of its
/// other-service and certificate lines was fixed then (1.0 / 0.909). Not in the calibration
/// fit (in it, the threshold rises and every other file scores lower, docs/answering.md).
#[test]
fn fifth_train_set_meets_its_bar() {
    let (m, misses) = measure(&load(&repo().join("eval/train/train5.jsonl")).unwrap());
    assert!(m.score >= 0.75, "{m:#?}\n{}", misses.join("\n"));
    assert!(
        m.intent_recall >= 0.97 && m.intent_precision >= 0.9,
        "{m:#?}\n{}",
        misses.join("\n")
    );
}

/// The three tuning FAQs without a vocabulary (eval/train/faqs, session 6): paraphrased away
/// from the entries' words, so far below the bundled FAQ (lexical 0.701, 0.628, 0.613 when
/// written; the right entry first for 61–71 %). Bars a little below, so the path that serves a
/// maintainer's new help center does not regress unseen; out of scope stays declined.
#[test]
fn vocabulary_less_tuning_faqs_meet_their_bars() {
    for (name, bar) in [
        ("beitragsportal", 0.68),
        ("lehrstellenboerse", 0.6),
        ("zeugnis-service", 0.59),
    ] {
        let dir = repo().join("eval/train/faqs");
        let folder = helpdesk_faq::load_folder(&dir.join(name)).unwrap();
        assert_eq!(
            folder.vocabulary,
            helpdesk_faq::Vocabulary::default(),
            "{name} has no vocabulary"
        );
        let index = Index::build_with(&folder.entries, &folder.vocabulary).unwrap();
        let questions = load(&dir.join(format!("{name}-questions.jsonl"))).unwrap();
        let (m, misses) = score(&index, &questions);
        assert!(
            m.score >= bar && m.abstain_ok >= 0.85,
            "{name}: {m:#?}\n{}",
            misses.join("\n")
        );
    }
}

/// "LUX-BS-Account" is the portal's own log-in (the FAQ describes it); "Facebook-Account" is an
/// account elsewhere, which no ticket removes.
#[test]
fn the_portals_own_account_is_not_an_account_elsewhere() {
    let index =
        Index::build_with(helpdesk_faq::bundled(), helpdesk_faq::bundled_vocabulary()).unwrap();
    for q in ["LUX-Account löschen", "Bitte meinen LUX-BS-Account löschen"] {
        assert_eq!(
            index.ask(q).intent,
            Some(helpdesk_faq::TicketKind::Deletion),
            "{q}"
        );
    }
    assert_eq!(
        index.ask("Bitte meinen Facebook-Account löschen").intent,
        None
    );
}

/// A question read without its context: "our company moved" makes the address the company's.
#[test]
fn a_company_that_moved_asks_about_its_own_address() {
    let index =
        Index::build_with(helpdesk_faq::bundled(), helpdesk_faq::bundled_vocabulary()).unwrap();
    assert_eq!(
        index
            .ask("Hallo, unsere Firma ist letzten Monat umgezogen. Wie passen wir die Adresse an?")
            .intent,
        None
    );
    assert_eq!(
        index
            .ask("Hallo, ich bin umgezogen. Bitte passen Sie meine E-Mail-Adresse im Portal an.")
            .intent,
        Some(helpdesk_faq::TicketKind::NameCorrection)
    );
}

#[test]
fn weather_questions_are_declined() {
    let index =
        Index::build_with(helpdesk_faq::bundled(), helpdesk_faq::bundled_vocabulary()).unwrap();
    for q in [
        "Wie wird das Wetter auf dem Brocken?",
        "Regnet es morgen in Hannover?",
        "What's the weather like in Berlin today?",
    ] {
        let a = index.ask(q);
        assert!(!a.answered(), "{q}: {a:?}");
    }
}

#[test]
fn chat_wrapping_does_not_change_the_answer() {
    let index =
        Index::build_with(helpdesk_faq::bundled(), helpdesk_faq::bundled_vocabulary()).unwrap();
    let clean = index.ask("Woher bekomme ich einen Registrierungscode?");
    assert!(clean.answered());
    for m in [
        "Woher bekomme ich einen Registrierungscode? Meine Mail ist erika.mustermann@example.org",
        "Hallo, ich bin Erika aus der Ausbildungsabteilung. Woher bekomme ich einen Registrierungscode?",
        "Ich heiße Erika Mustermann. Woher bekomme ich einen Registrierungscode?",
        "Guten Tag, wir sind ein kleiner Handwerksbetrieb aus Hildesheim mit zwei Azubis. Woher bekommen wir einen Registrierungscode für das Berichtsheft?",
    ] {
        let a = index.ask(m);
        assert!(a.answered(), "{m}: {a:?}");
        assert_eq!(a.hits[0].id, clean.hits[0].id, "{m}");
    }
}

#[test]
fn a_second_question_is_offered() {
    let index =
        Index::build_with(helpdesk_faq::bundled(), helpdesk_faq::bundled_vocabulary()).unwrap();
    let a = index.ask(
        "Mein Azubi wird im SSP nicht angezeigt, woran liegt das? Und woher bekomme ich einen Registrierungscode?",
    );
    assert!(a.answered(), "{a:?}");
    assert_eq!(a.hits[0].id.as_str(), "azubi-nicht-angezeigt");
    let also = a.also.expect("second question");
    assert_eq!(also.hits[0].id.as_str(), "registrierungscode");
    assert!(also.question.contains("Registrierungscode"));
}

/// Bars for a held-out folder: clean and chat questions on the bundled FAQ, requests (their
/// intent), and, when it has one, questions about another FAQ folder with no vocabulary.
struct Bars {
    dir: &'static str,
    /// Tuning data: misses are printed. A judge's misses are deliberately not.
    in_sample: bool,
    clean: f64,
    chat: f64,
    /// Out of scope declined, on clean and chat.
    abstain_ok: f64,
    /// Intent recall and precision on clean and chat, when they are checked.
    clean_chat_intent: Option<(f64, f64)>,
    /// Intent recall and precision on the requests.
    intent: (f64, f64),
    /// The other FAQ's folder, its questions and the bar of their score.
    other_faq: Option<(&'static str, &'static str, f64)>,
}

/// Checks a held-out folder against its bars.
fn meets(bars: Bars) {
    let dir = repo().join(bars.dir);
    let shown = |misses: Vec<String>| {
        if bars.in_sample {
            misses.join("\n")
        } else {
            String::new()
        }
    };
    let bundled =
        Index::build_with(helpdesk_faq::bundled(), helpdesk_faq::bundled_vocabulary()).unwrap();
    for (file, min_score) in [("clean.jsonl", bars.clean), ("chat.jsonl", bars.chat)] {
        let questions = load(&dir.join(file)).unwrap();
        let (m, misses) = score(&bundled, &questions);
        let misses = shown(misses);
        assert!(
            m.score >= min_score,
            "{}/{file}: {m:#?}\n{misses}",
            bars.dir
        );
        assert!(
            m.abstain_ok >= bars.abstain_ok,
            "{}/{file}: {m:#?}\n{misses}",
            bars.dir
        );
        if let Some((recall, precision)) = bars.clean_chat_intent {
            assert!(
                m.intent_recall >= recall && m.intent_precision >= precision,
                "{}/{file}: {m:#?}\n{misses}",
                bars.dir
            );
        }
    }
    let requests = load(&dir.join("requests.jsonl")).unwrap();
    let (m, misses) = score(&bundled, &requests);
    assert!(
        m.intent_recall >= bars.intent.0 && m.intent_precision >= bars.intent.1,
        "{}/requests: {m:#?}\n{}",
        bars.dir,
        shown(misses)
    );
    if let Some((folder, file, min_score)) = bars.other_faq {
        let folder = helpdesk_faq::load_folder(&dir.join(folder)).unwrap();
        let other = Index::build_with(&folder.entries, &folder.vocabulary).unwrap();
        let questions = load(&dir.join(file)).unwrap();
        let (m, misses) = score(&other, &questions);
        assert!(
            m.score >= min_score,
            "{}/{file}: {m:#?}\n{}",
            bars.dir,
            shown(misses)
        );
    }
}

/// The first held-out sets (eval/heldout), tuning data since session 5: in-sample bars a little
/// below the figures of the fitted calibration (intent: 1.0 / 1.0 in-sample since the intent2
/// round).
#[test]
fn retired_held_out_sets_meet_their_bars() {
    meets(Bars {
        dir: "eval/heldout",
        in_sample: true,
        clean: 0.94,
        chat: 0.95,
        abstain_ok: 0.95,
        clean_chat_intent: Some((0.9, 0.9)),
        intent: (0.97, 0.97),
        other_faq: Some(("second-faq", "second-faq-questions.jsonl", 0.86)),
    });
}

/// The second held-out sets (eval/heldout2), tuning data since session 5 (intent rules since the
/// intent2 round; relabelled to the dev set's convention in the intent3 round: 0.971 / 0.985
/// before its misses were read, 1.0 / 1.0 in-sample after): in-sample bars.
#[test]
fn retired_second_held_out_sets_meet_their_bars() {
    meets(Bars {
        dir: "eval/heldout2",
        in_sample: true,
        clean: 0.9,
        chat: 0.92,
        abstain_ok: 0.95,
        clean_chat_intent: Some((0.9, 0.9)),
        intent: (0.97, 0.97),
        other_faq: None,
    });
}

/// The third held-out sets (eval/heldout3): the judge of the first session-5 round (run once:
/// clean 0.962, chat 0.936, requests intent 0.878 / 0.970, third FAQ 0.825), tuning data since
/// (the calibration is fitted on them too, the intent rules since session 6: requests 0.987 /
/// 1.0, clean and chat 1.0 / 1.0): in-sample bars.
#[test]
fn retired_third_held_out_sets_meet_their_bars() {
    meets(Bars {
        dir: "eval/heldout3",
        in_sample: true,
        clean: 0.95,
        chat: 0.92,
        abstain_ok: 0.95,
        clean_chat_intent: Some((0.95, 0.95)),
        intent: (0.97, 0.97),
        other_faq: Some(("third-faq", "third-faq-questions.jsonl", 0.8)),
    });
}

/// The judge of session 5 (eval/heldout4: written by a helper that read none of the tuning
/// data, the vocabulary or the search code; run once as the judge, at the end of session 5,
/// lexical: clean 0.938, chat 0.945, requests intent 0.940 / 0.922, fourth FAQ 0.770), retired
/// since (never tuned on, but its figures are known). Bars a little below that measurement,
/// chat lowered in session 7: the `unknown_noun` feature (cross-validated score 0.909 -> 0.921
/// on the tuning data, clean here 0.938 -> 0.949) lowered the answer threshold, and 3 of its 29
/// out-of-scope chat messages are answered instead of 1 (chat 0.945 -> 0.921).
#[test]
fn retired_fourth_held_out_sets_meet_their_bars() {
    meets(Bars {
        dir: "eval/heldout4",
        in_sample: false,
        clean: 0.92,
        chat: 0.91,
        abstain_ok: 0.89,
        clean_chat_intent: None,
        intent: (0.9, 0.9),
        other_faq: Some(("fourth-faq", "fourth-faq-questions.jsonl", 0.75)),
    });
}

/// The judge of session 6 (eval/heldout5: written like heldout4 by a helper that read none of
/// the tuning data, the vocabulary or the search code; run once at the end of session 6,
/// lexical: clean 0.901, chat 0.933, requests intent 0.940 / 0.887, fifth FAQ 0.678), retired
/// since, never tuned on. Measured again after session 7's changes (e7a97cc): clean 0.924, chat
/// 0.955, intent 0.980 / 0.907, fifth FAQ 0.678; bars a little below that.
#[test]
fn retired_fifth_held_out_sets_meet_their_bars() {
    meets(Bars {
        dir: "eval/heldout5",
        in_sample: false,
        clean: 0.91,
        chat: 0.94,
        abstain_ok: 0.95,
        clean_chat_intent: None,
        intent: (0.95, 0.88),
        other_faq: Some(("fifth-faq", "fifth-faq-questions.jsonl", 0.66)),
    });
}

/// The judge of session 7 (eval/heldout6: written by a helper that read neither the tuning
/// data nor heldout5, the vocabulary or the search code; run once, at the end of session 7 on
/// e7a97cc, lexical: clean 0.841 with 4 of its 32 out-of-scope questions answered, chat 0.922,
/// requests intent 0.960 / 0.923, sixth FAQ 0.783), retired since, never tuned on. Bars a
/// little below that one measurement, so a regression fails.
#[test]
fn retired_sixth_held_out_sets_meet_their_bars() {
    meets(Bars {
        dir: "eval/heldout6",
        in_sample: false,
        clean: 0.82,
        chat: 0.90,
        abstain_ok: 0.85,
        clean_chat_intent: None,
        intent: (0.93, 0.9),
        other_faq: Some(("sixth-faq", "sixth-faq-questions.jsonl", 0.76)),
    });
}

/// The judge of session 8 (eval/heldout7: written in session 7 by a helper that read neither
/// the tuning data nor heldout5–6, the vocabulary or the search code; a seventh FAQ
/// "IHK-Veranstaltungen und Seminare buchen" without a vocabulary). Run once, at the end of
/// session 8, lexical: clean 0.927 (1 of 32 out of scope answered), chat 0.890 (4 of 28),
/// requests intent 0.920 / 0.920, seventh FAQ 0.566; retired since, never tuned on. Bars a
/// little below that one measurement, so a regression fails.
#[test]
fn retired_seventh_held_out_sets_meet_their_bars() {
    meets(Bars {
        dir: "eval/heldout7",
        in_sample: false,
        clean: 0.91,
        chat: 0.87,
        abstain_ok: 0.85,
        clean_chat_intent: None,
        intent: (0.9, 0.9),
        other_faq: Some(("seventh-faq", "seventh-faq-questions.jsonl", 0.55)),
    });
}

/// The judge of session 9 (eval/heldout8: written in session 8 by a helper that read none of the
/// other sets, the vocabulary or the search code; an eighth FAQ "IHK-Vermittlerportal" without a
/// vocabulary), run once at the end of session 9 (lexical: clean 0.874, chat 0.877, requests
/// intent 0.860 / 0.878, eighth FAQ 0.645). A tuning set since session 10 (its intent misses and
/// vocabulary gaps were worked on): in-sample bars a little below this session's figures (clean
/// 0.912, chat 0.883, requests intent 1.0 / 1.0, eighth FAQ 0.645).
#[test]
fn spent_eighth_held_out_sets_meet_their_bars() {
    meets(Bars {
        dir: "eval/heldout8",
        in_sample: true,
        clean: 0.9,
        chat: 0.87,
        abstain_ok: 0.9,
        clean_chat_intent: Some((0.95, 0.95)),
        intent: (0.97, 0.97),
        other_faq: Some(("eighth-faq", "eighth-faq-questions.jsonl", 0.62)),
    });
}

/// The judge of session 10 (eval/heldout9: written in session 10 by a helper that read none of
/// the other sets, the vocabulary or the search code; a ninth FAQ "Exportdokumente online"
/// without a vocabulary). Run once, at the end of session 10's round, lexical: clean 0.842 (top-1
/// 0.684, 0 of 32 out of scope answered), chat 0.874 (1 of 28), requests intent 0.920 / 0.902,
/// ninth FAQ 0.671. Spent since: its intent misses were read after the run and worked on in
/// sessions 10 and 11 (requests intent 0.940 / 0.979 now): in-sample bars.
#[test]
fn spent_ninth_held_out_sets_meet_their_bars() {
    meets(Bars {
        dir: "eval/heldout9",
        in_sample: true,
        clean: 0.83,
        chat: 0.86,
        abstain_ok: 0.9,
        clean_chat_intent: None,
        intent: (0.93, 0.95),
        other_faq: Some(("ninth-faq", "ninth-faq-questions.jsonl", 0.65)),
    });
}

/// The judge of session 11 (eval/heldout10: written in session 10 by a helper that read none of
/// the other sets, the vocabulary or the search code; a tenth FAQ "Weiterbildungsprüfungen
/// online anmelden" without a vocabulary). Run once, at the end of session 11's round, lexical:
/// clean 0.833 (top-1 0.729, 2 of 32 out of scope answered), chat 0.906 (1 of 28), requests
/// intent 0.960 / 0.889, tenth FAQ 0.697. Retired since; its lexical side never tuned on (the
/// semantic model of session 12 was fitted on it too): bars a little below that measurement.
#[test]
fn retired_tenth_held_out_sets_meet_their_bars() {
    meets(Bars {
        dir: "eval/heldout10",
        in_sample: false,
        clean: 0.82,
        chat: 0.89,
        abstain_ok: 0.9,
        clean_chat_intent: None,
        intent: (0.94, 0.87),
        other_faq: Some(("tenth-faq", "tenth-faq-questions.jsonl", 0.68)),
    });
}

/// The judge of session 12 (eval/heldout11: written in session 11 by a helper that read none of
/// the other sets, the vocabulary or the search code; an eleventh FAQ "IHK-Beitrag online"
/// without a vocabulary). Run once, at the end of session 12's round, lexical: clean 0.842
/// (top-1 0.714, 1 of 32 out of scope answered), chat 0.891 (0 of 28), requests intent 0.860 /
/// 0.843, eleventh FAQ 0.572. Spent for intent since session 13 (its intent misses were read and
/// worked on: clean 0.947 / 1.0, chat 1.0 / 1.0, requests 1.0 / 0.980): in-sample intent bars;
/// its lexical side not tuned on.
#[test]
fn spent_eleventh_held_out_sets_meet_their_bars() {
    meets(Bars {
        dir: "eval/heldout11",
        in_sample: true,
        clean: 0.83,
        chat: 0.88,
        abstain_ok: 0.95,
        clean_chat_intent: Some((0.94, 0.97)),
        intent: (0.97, 0.95),
        other_faq: Some(("eleventh-faq", "eleventh-faq-questions.jsonl", 0.55)),
    });
}

/// The judge of session 13 (eval/heldout12: written in session 11 by a helper that read none of
/// the other sets, the vocabulary or the search code; a twelfth FAQ "Berufsanerkennung online"
/// without a vocabulary). Run once, at the end of session 13's round, lexical: clean 0.872
/// (top-1 0.774, 1 of 32 out of scope answered), chat 0.856 (2 of 28), requests intent 0.880 /
/// 0.863, twelfth FAQ 0.579. Spent for intent right after (its intent misses were read and
/// worked on: clean 1.0 / 1.0, chat 1.0 / 1.0, requests 1.0 / 0.980): in-sample intent bars;
/// the score bars a little below its one run.
#[test]
fn spent_twelfth_held_out_sets_meet_their_bars() {
    meets(Bars {
        dir: "eval/heldout12",
        in_sample: true,
        clean: 0.86,
        chat: 0.84,
        abstain_ok: 0.92,
        clean_chat_intent: Some((0.97, 0.97)),
        intent: (0.97, 0.95),
        other_faq: Some(("twelfth-faq", "twelfth-faq-questions.jsonl", 0.56)),
    });
}

/// The judge of session 14 (eval/heldout13: written in session 12 by a helper that read none of
/// the tuning sets, the vocabulary or the search code; a thirteenth FAQ "Ursprungszeugnisse und
/// Carnets online" without a vocabulary). Run once, at the start of session 14 (the end of
/// session 13's round), lexical: clean 0.900 (top-1 0.895, 3 of 32 out of scope answered), chat
/// 0.946 (0 of 28), requests intent 0.900 / 1.0, thirteenth FAQ 0.618. Spent for intent right
/// after (its intent misses were read and worked on: clean 1.0 / 1.0, chat 1.0 / 1.0, requests
/// 0.980 / 1.0): in-sample intent bars; the score bars a little below its one run.
/// eval/heldout14 (written in session 13, not run) is the next judge, eval/heldout15 (written
/// in session 14) the one after it.
#[test]
fn judge_sets_meet_their_bars() {
    meets(Bars {
        dir: "eval/heldout13",
        in_sample: true,
        clean: 0.89,
        chat: 0.93,
        abstain_ok: 0.9,
        clean_chat_intent: Some((0.97, 0.97)),
        intent: (0.97, 0.97),
        other_faq: Some(("thirteenth-faq", "thirteenth-faq-questions.jsonl", 0.6)),
    });
}
