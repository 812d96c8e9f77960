//! Times building the synthetic 10,000-entry index and asking it (release build):
//! `cargo run --release -p helpdesk-search --example build_time`.
#[path = "../benches/synthetic.rs"]
mod synthetic;
fn main() {
    let faq = synthetic::faq(10_000);
    phases(&faq);
    for _ in 0..3 {
        let t = std::time::Instant::now();
        let Ok(index) = helpdesk_search::Index::build(&faq) else {
            return;
        };
        println!("build 10k: {:?} ({} entries)", t.elapsed(), index.len());
    }
}

#[allow(dead_code)]
fn phases(faq: &[helpdesk_faq::FaqEntry]) {
    use helpdesk_search::analysis::{Analyzer, FieldLang, WordCache};
    let t = std::time::Instant::now();
    let a = Analyzer::new(
        helpdesk_faq::bundled_vocabulary(),
        faq.iter()
            .flat_map(|e| [e.question.as_str(), e.answer.as_str(), e.en.answer.as_str()]),
    );
    println!("analyzer: {:?}", t.elapsed());
    let t = std::time::Instant::now();
    let mut cache = WordCache::default();
    let mut n = 0;
    for e in faq {
        a.for_each_term(&e.answer, FieldLang::De, &mut cache, &mut |_| n += 1);
        a.for_each_term(&e.en.answer, FieldLang::En, &mut cache, &mut |_| n += 1);
    }
    println!("analysis: {:?} ({n} terms)", t.elapsed());
}
