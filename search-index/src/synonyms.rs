//! Domain vocabulary: stop words, synonym groups (German and English), and the words the
//! compound splitter may use beyond those of the FAQ itself.
//!
//! A synonym group is a *concept*: every word of the group yields the concept token `~name`
//! in addition to its own stem, so "Lehrling" finds an entry that says "Auszubildende" while
//! an exact word still ranks a little higher (it matches twice). Inflected forms are listed
//! where the stemmer does not bring them together (mitnehmen / Mitnahme / mitgenommen).
//! A word may belong to more than one concept ("change": Betriebswechsel and Daten ändern).

use std::collections::HashMap;

use crate::analysis::{FastMap, FieldLang, fold, fold_digraphs};

/// German and English words that carry no meaning for finding an entry.
pub const STOP_WORDS: &[&str] = &[
    // German
    "aber",
    "alle",
    "allem",
    "allen",
    "aller",
    "alles",
    "als",
    "also",
    "am",
    "an",
    "auch",
    "auf",
    "aus",
    "bei",
    "beim",
    "bin",
    "bis",
    "bist",
    "bitte",
    "da",
    "dabei",
    "dafur",
    "damit",
    "dann",
    "darf",
    "darum",
    "das",
    "dass",
    "dein",
    "deine",
    "dem",
    "den",
    "denn",
    "der",
    "des",
    "dich",
    "die",
    "dies",
    "diese",
    "diesem",
    "diesen",
    "dieser",
    "dieses",
    "dir",
    "doch",
    "dort",
    "du",
    "durch",
    "ein",
    "eine",
    "einem",
    "einen",
    "einer",
    "eines",
    "einfach",
    "er",
    "es",
    "etwas",
    "euch",
    "euer",
    "fur",
    "gibt",
    "habe",
    "haben",
    "hab",
    "hat",
    "hatte",
    "hier",
    "ich",
    "ihm",
    "ihn",
    "ihr",
    "ihre",
    "ihrem",
    "ihren",
    "ihrer",
    "im",
    "immer",
    "in",
    "ins",
    "ist",
    "ja",
    "jetzt",
    "kann",
    "kannst",
    "konnen",
    "konnte",
    "man",
    "mein",
    "meine",
    "meinem",
    "meinen",
    "meiner",
    "meines",
    "mich",
    "mir",
    "mit",
    "muss",
    "musst",
    "mussen",
    "nach",
    "noch",
    "nur",
    "nun",
    "ob",
    "oder",
    "ohne",
    "schon",
    "sehr",
    "sein",
    "seine",
    "sich",
    "sie",
    "sind",
    "so",
    "soll",
    "sollen",
    "sollte",
    "um",
    "und",
    "uns",
    "unser",
    "unsere",
    "unserem",
    "unseren",
    "unserer",
    "unter",
    "uber",
    "vom",
    "von",
    "vor",
    "war",
    "waren",
    "warum",
    "was",
    "weil",
    "welche",
    "welchem",
    "welchen",
    "welcher",
    "welches",
    "wenn",
    "wer",
    "werde",
    "werden",
    "wie",
    "wieso",
    "wir",
    "wird",
    "wo",
    "wann",
    "woher",
    "wohin",
    "wurde",
    "wurden",
    "zu",
    "zum",
    "zur",
    "mal",
    "gerne",
    "danke",
    "bzw",
    "ca",
    "usw",
    "z",
    "b",
    "eigentlich",
    "irgendwie",
    "geht",
    "gehen",
    "ging",
    "gemacht",
    "machen",
    "mache",
    "macht",
    "tun",
    "tue",
    "krieg",
    "kriege",
    "kriegen",
    "bekomme",
    "bekommen",
    "bekommt",
    "brauch",
    "brauche",
    "brauchen",
    "nicht",
    "nich",
    "kein",
    "keine",
    "keinen",
    "keiner",
    "nix",
    "nichts",
    "mehr",
    "ne",
    "nen",
    "n",
    "wat",
    "ok",
    "okay",
    "leider",
    "gern",
    "sowie",
    "sonst",
    // English
    "a",
    "about",
    "after",
    "all",
    "am",
    "an",
    "and",
    "any",
    "are",
    "as",
    "at",
    "be",
    "been",
    "before",
    "being",
    "but",
    "by",
    "can",
    "could",
    "did",
    "do",
    "does",
    "doing",
    "for",
    "from",
    "get",
    "got",
    "had",
    "has",
    "have",
    "he",
    "her",
    "here",
    "him",
    "his",
    "how",
    "i",
    "if",
    "into",
    "is",
    "it",
    "its",
    "just",
    "me",
    "might",
    "more",
    "most",
    "must",
    "my",
    "no",
    "nor",
    "not",
    "now",
    "of",
    "on",
    "or",
    "our",
    "out",
    "please",
    "she",
    "should",
    "so",
    "some",
    "than",
    "that",
    "the",
    "their",
    "them",
    "then",
    "there",
    "these",
    "they",
    "this",
    "those",
    "to",
    "too",
    "very",
    "was",
    "we",
    "were",
    "what",
    "when",
    "where",
    "which",
    "while",
    "who",
    "whom",
    "why",
    "will",
    "with",
    "would",
    "you",
    "your",
    "thanks",
    "thank",
    "dont",
    "doesnt",
    "cant",
    "cannot",
    "isnt",
    "wont",
    "im",
    "ive",
];

/// `(concept token, words)`: words are written naturally (umlauts, inflections, phrases with spaces).
const GROUPS: &[(&str, &[&str])] = &[
    (
        "~berichtsheft",
        &[
            "berichtsheft",
            "berichtshefte",
            "berichtsheftes",
            "berichtsheften",
            "berichtheft",
            "ausbildungsnachweis",
            "ausbildungsnachweise",
            "nachweisheft",
            "record book",
            "report book",
            "training record",
            "training log",
            "logbook",
            "recordbook",
            "reportbook",
        ],
    ),
    (
        "~azubi",
        &[
            "azubi",
            "azubis",
            "auszubildende",
            "auszubildender",
            "auszubildenden",
            "auszubildene",
            "auszubildener",
            "lehrling",
            "lehrlinge",
            "apprentice",
            "apprentices",
            "trainee",
            "trainees",
        ],
    ),
    (
        "~export",
        &[
            "exportieren",
            "export",
            "exportiert",
            "exporte",
            "mitnehmen",
            "mitnahme",
            "mitnehme",
            "mitgenommen",
            "ubertragen",
            "ubertragung",
            "transfer",
            "transferieren",
            "export",
            "exporting",
            "exported",
            "take along",
        ],
    ),
    (
        "~wechsel",
        &[
            "wechsel",
            "wechseln",
            "wechsle",
            "wechselt",
            "gewechselt",
            "wechsele",
            "change",
            "changing",
            "switch",
            "switching",
            "move",
        ],
    ),
    (
        "~betrieb",
        &[
            "betrieb",
            "betriebe",
            "betriebs",
            "ausbildungsbetrieb",
            "firma",
            "firmen",
            "unternehmen",
            "company",
            "companies",
            "employer",
            "arbeitgeber",
        ],
    ),
    (
        "~standort",
        &[
            "betriebsstatte",
            "betriebsstatten",
            "standort",
            "standorte",
            "filiale",
            "filialen",
            "niederlassung",
            "niederlassungen",
            "site",
            "sites",
            "location",
            "locations",
            "branch",
            "branches",
        ],
    ),
    (
        "~ssp",
        &[
            "ssp",
            "self service portal",
            "selfserviceportal",
            "self service portals",
            "selfservice portal",
            "selfservice",
        ],
    ),
    (
        "~spb",
        &[
            "spb",
            "serviceportal bildung",
            "service portal bildung",
            "serviceportal",
            "serviceportals",
        ],
    ),
    (
        "~loschen",
        &[
            "loschen",
            "losche",
            "loscht",
            "geloscht",
            "loschung",
            "loschungen",
            "entfernen",
            "entferne",
            "entfernt",
            "entfernung",
            "delete",
            "deleted",
            "deleting",
            "deletion",
            "remove",
            "removed",
            "removing",
            "removal",
            "erase",
        ],
    ),
    (
        "~fehler",
        &[
            "fehler",
            "fehlermeldung",
            "fehlermeldungen",
            "error",
            "errors",
            "fehlgeschlagen",
            "schlagt fehl",
            "failed",
            "fails",
            "fail",
        ],
    ),
    (
        "~registrieren",
        &[
            "registrieren",
            "registriert",
            "registrierung",
            "registrierungen",
            "registriere",
            "register",
            "registered",
            "registration",
            "signup",
            "sign up",
        ],
    ),
    (
        "~anmelden",
        &[
            "anmelden",
            "anmeldung",
            "angemeldet",
            "melde",
            "login",
            "einloggen",
            "eingeloggt",
            "log in",
            "sign in",
            "signin",
            "logon",
        ],
    ),
    (
        "~identnummer",
        &[
            "identnummer",
            "identnummern",
            "identnr",
            "identnumber",
            "ident number",
            "idnummer",
        ],
    ),
    (
        "~email",
        &[
            "email",
            "mail",
            "mailadresse",
            "emailadresse",
            "mailadressen",
            "emailadressen",
            "e mail",
            "email address",
            "mail address",
        ],
    ),
    (
        "~vertrag",
        &[
            "vertrag",
            "ausbildungsvertrag",
            "vertrags",
            "ausbildungsvertrags",
            "contract",
            "training contract",
        ],
    ),
    (
        "~mitarbeiter",
        &[
            "mitarbeiter",
            "mitarbeitende",
            "mitarbeitenden",
            "mitarbeiterin",
            "mitarbeiterinnen",
            "beschaftigte",
            "employees",
            "employee",
            "staff",
            "kollegen",
        ],
    ),
    (
        "~user",
        &[
            "user",
            "users",
            "nutzer",
            "benutzer",
            "nutzerin",
            "benutzerin",
            "accounts",
        ],
    ),
    (
        "~ausbilder",
        &[
            "ausbilder",
            "ausbilderin",
            "trainer",
            "instructor",
            "ausbildende",
        ],
    ),
    (
        "~freischalten",
        &[
            "freischalten",
            "freischaltung",
            "freigeschaltet",
            "freischaltet",
            "unlock",
            "unlocked",
            "activate",
            "activated",
            "activation",
            "approve",
            "enable",
        ],
    ),
    (
        "~rolle",
        &[
            "rolle",
            "rollen",
            "role",
            "roles",
            "berechtigung",
            "berechtigungen",
            "permission",
            "permissions",
            "rechte",
        ],
    ),
    (
        "~anzeigen",
        &[
            "angezeigt",
            "anzeigen",
            "anzeige",
            "ersichtlich",
            "sichtbar",
            "auftauchen",
            "taucht",
            "visible",
            "shown",
            "displayed",
            "appear",
            "appears",
            "show",
            "shows",
            "sehe",
            "sehen",
            "sieht",
            "see",
        ],
    ),
    (
        "~zugriff",
        &[
            "zugriff",
            "zugreifen",
            "reinkommen",
            "access",
            "zugang",
            "zugange",
            "rein",
        ],
    ),
    (
        "~andern",
        &[
            "andern",
            "geandert",
            "bearbeiten",
            "bearbeite",
            "bearbeitet",
            "anpassen",
            "angepasst",
            "anpassung",
            "anpassungen",
            "korrigieren",
            "korrigiert",
            "korrektur",
            "edit",
            "editing",
            "correct",
            "correction",
            "change",
            "modify",
            "fix",
        ],
    ),
    (
        "~name",
        &[
            "name",
            "namen",
            "nachname",
            "vorname",
            "names",
            "schreibweise",
            "spelling",
        ],
    ),
    (
        "~registrierungscode",
        &["registrierungscode", "registration code", "regcode"],
    ),
    (
        "~anlegen",
        &[
            "anlegen",
            "angelegt",
            "angelegte",
            "angelegten",
            "lege",
            "neu anlegen",
            "erstellen",
            "create",
            "created",
            "add",
            "hinzufugen",
        ],
    ),
    (
        "~zuweisen",
        &[
            "zuweisen",
            "zugewiesen",
            "zuweisung",
            "vergeben",
            "vergibt",
            "vergabe",
            "geben",
            "gibt",
            "zuordnen",
            "zugeordnet",
            "zuordnung",
            "erteilen",
            "assign",
            "assigned",
            "give",
            "grant",
        ],
    ),
    ("~infocenter", &["infocenter", "info center", "infocentre"]),
    (
        "~daten",
        &[
            "daten",
            "data",
            "userdaten",
            "benutzerdaten",
            "nutzerdaten",
            "details",
        ],
    ),
];

/// Words the compound splitter may use even if no entry contains them yet.
const EXTRA_PARTS: &[&str] = &[
    "code",
    "export",
    "wechsel",
    "verwaltung",
    "daten",
    "nummer",
    "adresse",
    "name",
    "namen",
    "fehler",
    "meldung",
    "portal",
    "bildung",
    "service",
    "zugang",
    "vertrag",
    "betrieb",
    "user",
    "benutzer",
    "nutzer",
    "azubi",
    "rolle",
    "rollen",
    "zeit",
    "raum",
    "frist",
    "liste",
    "center",
    "konto",
    "passwort",
    "mail",
    "firma",
    "standort",
];

/// The domain words (for the compound dictionary and typo vocabulary).
pub fn domain_words() -> impl Iterator<Item = &'static str> {
    GROUPS
        .iter()
        .flat_map(|(_, words)| words.iter().copied())
        .filter(|w| !w.contains(' '))
        .chain(EXTRA_PARTS.iter().copied())
}

/// The synonym tables, built once per analyzer with its stemmers.
#[derive(Debug, Default)]
pub struct Synonyms {
    /// (lang, folded surface or stem) → concept tokens.
    single_de: FastMap<String, Vec<&'static str>>,
    single_en: FastMap<String, Vec<&'static str>>,
    /// first word → (folded word sequence, concept token), longest first.
    phrases: HashMap<String, Vec<(Vec<String>, &'static str)>>,
}

impl Synonyms {
    pub fn new(stem: impl Fn(&str, FieldLang) -> String) -> Self {
        let mut s = Synonyms::default();
        for &(token, words) in GROUPS {
            for word in words {
                for lang in [FieldLang::De, FieldLang::En] {
                    let mut f = fold(word);
                    if lang == FieldLang::De {
                        f = f
                            .split(' ')
                            .map(fold_digraphs)
                            .collect::<Vec<_>>()
                            .join(" ");
                    }
                    if f.contains(' ') {
                        let seq: Vec<String> = f.split(' ').map(str::to_owned).collect();
                        let list = s.phrases.entry(seq[0].clone()).or_default();
                        if !list.iter().any(|(p, t)| p == &seq && *t == token) {
                            list.push((seq, token));
                        }
                        continue;
                    }
                    let stemmed = stem(&f, lang);
                    let map = match lang {
                        FieldLang::De => &mut s.single_de,
                        FieldLang::En => &mut s.single_en,
                    };
                    for key in [f.clone(), stemmed] {
                        let e = map.entry(key).or_default();
                        if !e.contains(&token) {
                            e.push(token);
                        }
                    }
                }
            }
        }
        for list in s.phrases.values_mut() {
            list.sort_by_key(|(p, _)| std::cmp::Reverse(p.len()));
        }
        s
    }

    /// Concept tokens of a word, looked up by its folded surface form and by its stem.
    pub fn concepts(&self, surface: &str, stem: &str, lang: FieldLang) -> Vec<&'static str> {
        let mut out: Vec<&'static str> = Vec::new();
        let map = match lang {
            FieldLang::De => &self.single_de,
            FieldLang::En => &self.single_en,
        };
        for key in [surface, stem] {
            if let Some(cs) = map.get(key) {
                for c in cs {
                    if !out.contains(c) {
                        out.push(c);
                    }
                }
            }
        }
        out
    }

    /// Phrase matches in a folded word sequence: start index → (length, concept token).
    pub fn phrases(&self, words: &[&str]) -> HashMap<usize, (usize, &'static str)> {
        let mut found = HashMap::new();
        let mut i = 0;
        while i < words.len() {
            let hit = self.phrases.get(words[i]).and_then(|list| {
                list.iter().find(|(p, _)| {
                    p.len() <= words.len() - i && p.iter().zip(&words[i..]).all(|(a, b)| a == b)
                })
            });
            match hit {
                Some((p, token)) => {
                    found.insert(i, (p.len(), *token));
                    i += p.len();
                }
                None => i += 1,
            }
        }
        found
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phrases_match_longest_first() {
        let s = Synonyms::new(|w, _| w.to_owned());
        let words = ["im", "self", "service", "portal", "bildung"];
        let found = s.phrases(&words);
        assert_eq!(found.get(&1), Some(&(3, "~ssp")));
    }
}
