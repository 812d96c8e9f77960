//! Criterion benchmarks: one question against the bundled FAQ (a mix, one short question, one
//! 600-character chat message) and against a synthetic FAQ of 10,000 entries, and building the
//! 10,000-entry index.
//!
//! `cargo bench -p helpdesk-search` (numbers in docs/answering.md).

use criterion::{Criterion, criterion_group, criterion_main};
use helpdesk_search::Index;
use std::hint::black_box;

mod synthetic;

/// The allocator the `helpdesk` binary ships with (helpdesk/src/main.rs), so the figures are
/// the product's.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

const QUESTIONS: &[&str] = &[
    "Kann ich mein Berichtsheft mitnehmen, wenn ich den Betrieb wechsle?",
    "identnumer nich gefunden",
    "Where do I get a registration code for the digital record book?",
    "Wie viele Urlaubstage habe ich als Azubi?",
];

/// A short question.
const SHORT: &str = "Wo finde ich das Berichtsheft?";

/// A chat message of exactly 600 characters: greeting, self-introduction, company context, the
/// question, thanks and a signature with phone and e-mail.
const CHAT_600: &str = concat!(
    "Guten Tag liebes Support-Team, mein Name ist Hannelore Beispiel-Musterfrau und ich bin ",
    "seit diesem Sommer Ausbildungsleiterin bei der Muster Metallbau GmbH & Co. KG aus ",
    "Hildesheim. Wir bilden derzeit vier Auszubildende aus. ",
    "Einer unserer Azubis hat zum Monatsende gekündigt und ",
    "wechselt in einen anderen Betrieb in Braunschweig. Kann er sein digitales Berichtsheft ",
    "mitnehmen, wenn er den Ausbildungsbetrieb wechselt, und wo kann ich es exportieren? ",
    "Vielen Dank im Voraus für Ihre Hilfe! Mit freundlichen Grüßen Hannelore Beispiel-Musterfrau ",
    "Ausbildungsleitung, Tel. 05121 12345, hannelore@example.org"
);

fn bench(c: &mut Criterion) {
    let bundled = Index::build_with(helpdesk_faq::bundled(), helpdesk_faq::bundled_vocabulary())
        .unwrap_or_else(|e| panic!("{e}"));
    let mut i = 0;
    c.bench_function("ask/bundled", |b| {
        b.iter(|| {
            i += 1;
            black_box(bundled.ask(QUESTIONS[i % QUESTIONS.len()]))
        })
    });

    c.bench_function("ask/bundled-short", |b| {
        b.iter(|| black_box(bundled.ask(black_box(SHORT))))
    });
    assert_eq!(
        CHAT_600.chars().count(),
        600,
        "the chat message is 600 characters"
    );
    c.bench_function("ask/bundled-chat-600", |b| {
        b.iter(|| black_box(bundled.ask(black_box(CHAT_600))))
    });

    // Two parts of the 600-character path: reading the message, and the intent of the whole
    // message (looked for when the read text holds no request).
    c.bench_function("part/read-chat-600", |b| {
        b.iter(|| black_box(helpdesk_search::reading::read(black_box(CHAT_600))))
    });
    c.bench_function("part/intent-chat-600", |b| {
        b.iter(|| {
            black_box(helpdesk_search::intent::detect_in(
                black_box(CHAT_600),
                &[],
                &[],
            ))
        })
    });

    let big_faq = synthetic::faq(10_000);
    let big = Index::build(&big_faq).unwrap_or_else(|e| panic!("{e}"));
    c.bench_function("ask/synthetic-10k", |b| {
        b.iter(|| {
            i += 1;
            black_box(big.ask(QUESTIONS[i % QUESTIONS.len()]))
        })
    });

    let mut group = c.benchmark_group("build");
    group.sample_size(10);
    group.bench_function("synthetic-10k", |b| {
        b.iter(|| black_box(Index::build(&big_faq).unwrap_or_else(|e| panic!("{e}"))))
    });
    group.bench_function("bundled", |b| {
        b.iter(|| {
            black_box(
                Index::build_with(helpdesk_faq::bundled(), helpdesk_faq::bundled_vocabulary())
                    .unwrap_or_else(|e| panic!("{e}")),
            )
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
