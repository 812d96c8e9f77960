//! A deterministic synthetic FAQ for benchmarks: entries built from a fixed vocabulary with a
//! fixed-seed generator, so every run measures the same index.

use helpdesk_faq::{English, FaqEntry, FaqId};

const WORDS: &[&str] = &[
    "berichtsheft",
    "export",
    "azubi",
    "betrieb",
    "standort",
    "rolle",
    "anmeldung",
    "portal",
    "fehlermeldung",
    "identnummer",
    "vertrag",
    "name",
    "email",
    "löschung",
    "frist",
    "prüfung",
    "ausbilder",
    "freigabe",
    "zugang",
    "konto",
    "passwort",
    "woche",
    "bericht",
    "kachel",
    "verwaltung",
    "unternehmen",
    "zertifikat",
    "elster",
    "registrierung",
    "code",
    "infocenter",
    "ausbildung",
    "zeitraum",
    "reparatur",
    "analyse",
    "anleitung",
    "hilfe",
    "center",
    "kammer",
    "termin",
    "gebühr",
    "urlaub",
    "schule",
    "berufsschule",
    "nachweis",
    "unterschrift",
    "freischaltung",
    "datenschutz",
    "übersicht",
    "mitarbeiter",
    "abteilung",
    "filiale",
];

struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (self.0 >> 33) as usize
    }
    fn words(&mut self, n: usize, salt: usize) -> String {
        (0..n)
            .map(|_| {
                let w = WORDS[self.next() % WORDS.len()];
                // Vary some words so the vocabulary grows with the FAQ, as real ones do.
                if self.next().is_multiple_of(4) {
                    format!("{w}{}", (self.next() + salt) % 500)
                } else {
                    w.to_owned()
                }
            })
            .collect::<Vec<_>>()
            .join(" ")
    }
}

pub fn faq(n: usize) -> Vec<FaqEntry> {
    let mut rng = Lcg(42);
    (0..n)
        .map(|i| FaqEntry {
            id: FaqId::parse(&format!("synthetic-{i}")).unwrap_or_else(|e| panic!("{e}")),
            section: helpdesk_faq::bundled_sections()[i % helpdesk_faq::bundled_sections().len()]
                .id
                .clone(),
            question: format!("{}?", rng.words(10, i)),
            answer: rng.words(60, i),
            alternatives: (0..4).map(|_| rng.words(6, i)).collect(),
            tags: vec![WORDS[i % WORDS.len()].to_owned()],
            audience: vec![],
            link: None,
            link_title: None,
            ticket: None,
            en: English {
                question: rng.words(10, i),
                answer: rng.words(50, i),
                alternatives: vec![],
            },
        })
        .collect()
}
