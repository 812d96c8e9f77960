//! Criterion benchmarks: one question against the bundled FAQ and against a synthetic FAQ of
//! 10,000 entries, and building the 10,000-entry index.
//!
//! `cargo bench -p helpdesk-search` (numbers in docs/answering.md).

use criterion::{Criterion, criterion_group, criterion_main};
use helpdesk_search::Index;
use std::hint::black_box;

mod synthetic;

const QUESTIONS: &[&str] = &[
    "Kann ich mein Berichtsheft mitnehmen, wenn ich den Betrieb wechsle?",
    "identnumer nich gefunden",
    "Where do I get a registration code for the digital record book?",
    "Wie viele Urlaubstage habe ich als Azubi?",
];

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
