//! Where one question's time goes (release build):
//! `cargo run --release -p helpdesk-search --example ask_time`.
use helpdesk_search::analysis::FieldLang;
fn main() {
    let Ok(index) = helpdesk_search::Index::build_with(
        helpdesk_faq::bundled(),
        helpdesk_faq::bundled_vocabulary(),
    ) else {
        return;
    };
    let qs = [
        "Kann ich mein Berichtsheft mitnehmen, wenn ich den Betrieb wechsle?",
        "identnumer nich gefunden",
        "Where do I get a registration code for the digital record book?",
        "Wie viele Urlaubstage habe ich als Azubi?",
    ];
    let n = 20_000;
    let t = std::time::Instant::now();
    for i in 0..n {
        std::hint::black_box(index.analyzer().analyze_query(qs[i % 4], FieldLang::De));
        std::hint::black_box(index.analyzer().analyze_query(qs[i % 4], FieldLang::En));
    }
    println!("analysis (de+en): {:?}/q", t.elapsed() / n as u32);
    let t = std::time::Instant::now();
    for i in 0..n {
        std::hint::black_box(helpdesk_search::lang::detect(qs[i % 4]));
    }
    println!("lang: {:?}/q", t.elapsed() / n as u32);
    let t = std::time::Instant::now();
    for i in 0..n {
        std::hint::black_box(index.ask(qs[i % 4]));
    }
    println!("ask: {:?}/q", t.elapsed() / n as u32);
}
