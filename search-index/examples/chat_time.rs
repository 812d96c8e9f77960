//! Profiling aid: answers the 600-character chat message of the criterion bench in a loop
//! (`perf record target/release/examples/chat_time`).
/// The allocator of the `helpdesk` binary.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

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
fn main() {
    let Ok(index) = helpdesk_search::Index::build_with(
        helpdesk_faq::bundled(),
        helpdesk_faq::bundled_vocabulary(),
    ) else {
        return;
    };
    let n: u32 = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(5000);
    let t = std::time::Instant::now();
    for _ in 0..n {
        std::hint::black_box(index.ask(std::hint::black_box(CHAT_600)));
    }
    println!("ask chat-600: {:?}/q", t.elapsed() / n);
    let reading = helpdesk_search::reading::read(CHAT_600);
    println!(
        "content: {:?}\nquestions: {:?}",
        reading.content(),
        reading.questions()
    );
}
