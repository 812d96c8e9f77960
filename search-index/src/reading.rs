//! Reading a chat message before searching it.
//!
//! People do not write one-line questions in chat. They greet, introduce themselves ("ich bin
//! Erika aus der Ausbildungsabteilung", "wir sind ein kleiner Handwerksbetrieb aus Hildesheim"),
//! add an e-mail address or a phone number, thank in advance and sign off with a signature
//! (name, role, company, phone). None of that is the question, and every word of it that no
//! FAQ entry contains would count against the answer. [`read`] splits a message into
//! sentences, labels each one ([`Part`]) and keeps only what asks or describes the problem:
//!
//! - personal data (e-mail addresses, web addresses, phone numbers) is removed first;
//! - a greeting at the start of a sentence ("Hallo Frau Meier,", "Guten Tag,", "Hi all,") is cut
//!   off; a sentence that is only a greeting is dropped;
//! - thanks and politeness ("Vielen Dank im Voraus", "Ich freue mich auf Ihre Antwort",
//!   "Ich habe eine Frage") are dropped;
//! - a sign-off ("Viele Grüße", "Mit freundlichen Grüßen", "Best regards") ends the message:
//!   it and everything after it (the signature) are dropped;
//! - a self-introduction ("ich bin …", "ich heiße …", "mein Name ist …", "wir sind …", "I'm …")
//!   is dropped unless it also states the problem ("ich bin registriert, komme aber nicht
//!   rein" is kept: it has a participle or a negation);
//! - names after a title ("Frau Meier", "Mr Smith"), company names before a legal form
//!   ("Muster GmbH") and places after "aus"/"from" are masked in what remains.
//!
//! What is left is grouped into *questions*: each sentence that asks (a question mark, a
//! question word, a request) together with the statements before it. A message with two
//! questions yields two groups; [`crate::Index::ask`] answers the first and offers the second.

/// What a sentence of a message is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    /// Only a greeting ("Hallo zusammen!").
    Greeting,
    /// Thanks or politeness ("Danke im Voraus", "Ich freue mich auf Ihre Antwort").
    Thanks,
    /// A sign-off and the signature after it.
    Signature,
    /// A self-introduction or company context ("Ich bin Ausbilderin bei …").
    Introduction,
    /// A question or a request.
    Question,
    /// A statement that describes the problem ("Mein Azubi wird nicht angezeigt.").
    Statement,
}

/// One sentence of a message (personal data already removed, a leading greeting cut off).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    pub text: String,
    pub part: Part,
}

/// A message read into sentences.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reading {
    pub sentences: Vec<Sentence>,
}

impl Reading {
    /// The text to search: every question and statement, in order. When nothing is left (a
    /// message that only greets or introduces itself) this is empty.
    pub fn content(&self) -> String {
        join(
            self.sentences
                .iter()
                .filter(|s| matches!(s.part, Part::Question | Part::Statement)),
        )
    }

    /// The questions of the message: each asking sentence with the statements before it
    /// (statements after the last question join it). At least one group when there is content.
    pub fn questions(&self) -> Vec<String> {
        let mut groups: Vec<Vec<&Sentence>> = Vec::new();
        let mut pending: Vec<&Sentence> = Vec::new();
        for s in &self.sentences {
            match s.part {
                Part::Statement => pending.push(s),
                Part::Question => {
                    pending.push(s);
                    groups.push(std::mem::take(&mut pending));
                }
                _ => {}
            }
        }
        if !pending.is_empty() {
            match groups.last_mut() {
                Some(last) => last.extend(pending),
                None => groups.push(pending),
            }
        }
        groups.into_iter().map(|g| join(g.into_iter())).collect()
    }

    /// Whether the message greets, thanks or introduces itself but asks nothing.
    pub fn is_small_talk(&self) -> bool {
        !self.sentences.is_empty()
            && self
                .sentences
                .iter()
                .all(|s| !matches!(s.part, Part::Question | Part::Statement))
    }
}

fn join<'a>(sentences: impl Iterator<Item = &'a Sentence>) -> String {
    let mut out = String::new();
    for s in sentences {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(&s.text);
    }
    out
}

/// The part of a message worth embedding or searching: its questions and problem statements
/// without greetings, thanks, signatures, self-introductions or personal data. Falls back to
/// the message without personal data when nothing else is left.
pub fn question_text(message: &str) -> String {
    let reading = read(message);
    let content = reading.content();
    if content.trim().is_empty() {
        scrub(message)
    } else {
        content
    }
}

/// Reads a message: removes personal data, splits it into sentences and labels them.
pub fn read(message: &str) -> Reading {
    let text = scrub_marked(message);
    let mut sentences = Vec::new();
    let mut signed_off = false;
    for marked in split_sentences(&text) {
        let had_personal_data = marked.contains(MARK);
        let mut raw = tidy(&marked.replace(MARK, " "));
        if raw.is_empty() {
            continue;
        }
        // A postscript after the signature is the message again ("PS: Wo finde ich …?").
        if signed_off && let Some(rest) = strip_postscript(&raw) {
            signed_off = false;
            raw = rest;
            if !has_words(&raw) {
                continue;
            }
        }
        if signed_off {
            sentences.push(Sentence {
                text: raw,
                part: Part::Signature,
            });
            continue;
        }
        let words = lower_words(&raw);
        if starts_with_any(&words, SIGN_OFFS) && !raw.contains('?') {
            signed_off = true;
            sentences.push(Sentence {
                text: raw,
                part: Part::Signature,
            });
            continue;
        }
        // "Meine Mail ist …", "Tel.: …": contact details, not the question.
        if had_personal_data
            && !raw.contains('?')
            && words.len() <= 6
            && !states_problem(&words)
            && !asks(&words)
        {
            sentences.push(Sentence {
                text: raw,
                part: Part::Signature,
            });
            continue;
        }
        let rest = strip_lead_in(strip_thanks_prefix(strip_greeting(&raw)));
        if !has_words(rest) {
            sentences.push(Sentence {
                text: raw.clone(),
                part: Part::Greeting,
            });
            continue;
        }
        for clause in split_introduction(rest) {
            let words = lower_words(&clause);
            if words.is_empty() {
                continue;
            }
            let part = classify(&clause, &words);
            let text = if matches!(part, Part::Question | Part::Statement) {
                mask_names(clause.trim())
            } else {
                clause.trim().to_owned()
            };
            sentences.push(Sentence { text, part });
        }
    }
    // A signature without a sign-off: trailing lines that are only a name, a role or a company
    // after the last question ("Erika Mustermann\nAusbilderin\nMuster GmbH").
    if let Some(last_q) = sentences.iter().rposition(|s| s.part == Part::Question) {
        for s in &mut sentences[last_q + 1..] {
            if s.part == Part::Statement && looks_like_signature_line(&s.text) {
                s.part = Part::Signature;
            }
        }
    }
    Reading { sentences }
}

/// The text after a postscript marker ("PS:", "P.S.", "PPS", "Nachtrag:"), or `None`.
fn strip_postscript(sentence: &str) -> Option<String> {
    let t = sentence.trim_start();
    for marker in ["p.p.s.", "p.s.", "pps", "ps", "nachtrag"] {
        let (Some(head), Some(rest)) = (t.get(..marker.len()), t.get(marker.len()..)) else {
            continue;
        };
        // A whole word: "PS:", "PS " or the end, not "Pseudonym".
        if head.eq_ignore_ascii_case(marker)
            && (rest.is_empty() || rest.starts_with([':', ' ', ',', '.']))
        {
            return Some(rest.trim_start_matches([':', ',', '.', ' ']).to_owned());
        }
    }
    None
}

/// Collapses runs of whitespace and trims.
fn tidy(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn classify(text: &str, words: &[String]) -> Part {
    if is_pleasantry(words) {
        return Part::Greeting;
    }
    let asks = text.contains('?') || asks(words);
    if !asks && is_thanks(words) {
        return Part::Thanks;
    }
    if !asks && is_introduction(words) {
        return Part::Introduction;
    }
    if asks {
        Part::Question
    } else {
        Part::Statement
    }
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '\'' || c == '’'
}

/// Lowercased words of a text (letters/digits, apostrophes kept for "I'm", "don't").
fn lower_words(text: &str) -> Vec<String> {
    lower_words_n(text, usize::MAX)
}

/// The first `n` of [`lower_words`]: enough to match a phrase at the start
/// ([`starts_with_phrase`]) without lowering a whole sentence.
fn lower_words_n(text: &str, n: usize) -> Vec<String> {
    text.split(|c: char| !is_word_char(c))
        .filter(|w| !w.is_empty())
        .take(n)
        .map(|w| {
            if w.contains('’') {
                w.replace('’', "'").to_lowercase()
            } else {
                w.to_lowercase()
            }
        })
        .collect()
}

/// The longest phrase matched at the start of a sentence with [`lower_words_n`], in words
/// (greetings, thanks, introductions; a test checks the lists).
const START_PHRASE_WORDS: usize = 8;

/// Whether a text has any word ([`lower_words`] would not be empty), without allocating.
fn has_words(text: &str) -> bool {
    text.split(|c: char| !is_word_char(c))
        .any(|w| !w.is_empty())
}

fn starts_with_phrase(words: &[String], phrase: &str) -> bool {
    let mut n = 0;
    for (i, p) in phrase.split(' ').enumerate() {
        match words.get(i) {
            Some(w) if w == p => n += 1,
            _ => return false,
        }
    }
    n > 0
}

fn starts_with_any(words: &[String], phrases: &[&str]) -> bool {
    phrases.iter().any(|p| starts_with_phrase(words, p))
}

fn contains_phrase(words: &[String], phrase: &str) -> bool {
    // Compare the first word before walking the phrase: most positions fail there.
    let first = phrase.split(' ').next().unwrap_or(phrase);
    words
        .iter()
        .enumerate()
        .any(|(i, w)| w == first && starts_with_phrase(&words[i..], phrase))
}

const SIGN_OFFS: &[&str] = &[
    "viele grüße",
    "viele grüsse",
    "viele gruesse",
    "viele gruße",
    "liebe grüße",
    "liebe grüsse",
    "liebe gruesse",
    "beste grüße",
    "beste grüsse",
    "herzliche grüße",
    "freundliche grüße",
    "mit freundlichen grüßen",
    "mit freundlichen grüssen",
    "mit freundlichen gruessen",
    "mit freundlichem gruß",
    "mit besten grüßen",
    "schöne grüße",
    "schoene gruesse",
    "gruß",
    "grüße",
    "gruss",
    "grüsse",
    "gruesse",
    "lg",
    "vg",
    "mfg",
    "bg",
    "best regards",
    "kind regards",
    "warm regards",
    "regards",
    "best wishes",
    "best",
    "cheers",
    "yours sincerely",
    "yours faithfully",
    "sincerely",
    "sent from my",
    "gesendet von meinem",
    "von meinem iphone gesendet",
];

const GREETINGS: &[&str] = &[
    "sehr geehrte damen und herren",
    "sehr geehrter herr",
    "sehr geehrte frau",
    "sehr geehrte",
    "sehr geehrter",
    "liebes team",
    "liebe kolleginnen und kollegen",
    "liebe",
    "lieber",
    "guten morgen",
    "guten tag",
    "guten abend",
    "grüß gott",
    "grüss gott",
    "grüezi",
    "hallo",
    "halli hallo",
    "hallöchen",
    "huhu",
    "hi",
    "hey",
    "moin moin",
    "moin",
    "servus",
    "tach",
    "tag",
    "dear sir or madam",
    "dear sir",
    "dear madam",
    "dear",
    "good morning",
    "good afternoon",
    "good evening",
    "hello",
    "hiya",
    "greetings",
];

/// Words that may follow a greeting before the comma: whom it greets.
const GREETED: &[&str] = &[
    "zusammen",
    "allerseits",
    "alle",
    "leute",
    "team",
    "ihr",
    "liebe",
    "lieben",
    "liebes",
    "lieber",
    "sehr",
    "geehrte",
    "geehrter",
    "geehrtes",
    "werte",
    "werter",
    "damen",
    "und",
    "herren",
    "herr",
    "frau",
    "all",
    "everyone",
    "everybody",
    "there",
    "team",
    "folks",
    "guys",
    "mr",
    "mrs",
    "ms",
    "dr",
    "support",
    "helpdesk",
    "ihk",
];

/// Cuts a greeting off the start of a sentence: the greeting phrase, then whom it greets (up
/// to four words, names included) up to a comma, an exclamation mark or the sentence end.
fn strip_greeting(sentence: &str) -> &str {
    let trimmed = sentence.trim_start();
    let words = lower_words_n(trimmed, START_PHRASE_WORDS);
    let Some(g) = GREETINGS.iter().find(|g| starts_with_phrase(&words, g)) else {
        return sentence;
    };
    let greeting_words = g.split(' ').count();
    // Byte offset after the greeting phrase.
    let mut rest = trimmed;
    for _ in 0..greeting_words {
        rest = skip_word(rest);
    }
    // Whom it greets: up to four words until a comma/!/:/end.
    let mut probe = rest;
    for _ in 0..=4 {
        let t = probe.trim_start();
        if t.is_empty() {
            return "";
        }
        if let Some(after) = t.strip_prefix([',', '!', ':', '.', ';']) {
            return after;
        }
        let (w, after) = next_word(t);
        let Some(w) = w else {
            return rest;
        };
        let lw = w.to_lowercase();
        let greeted = GREETED.contains(&lw.as_str())
            || w.chars().next().is_some_and(char::is_uppercase)
                && !QUESTION_WORDS.contains(&lw.as_str());
        if !greeted {
            // The greeting ran straight into the question ("Hallo wie geht das").
            return rest;
        }
        probe = after;
    }
    rest
}

/// The first word of `text` (letters, digits, apostrophes, hyphens) and the text after it.
fn next_word(text: &str) -> (Option<&str>, &str) {
    let t = text.trim_start();
    let end = t
        .char_indices()
        .find(|(_, c)| !(c.is_alphanumeric() || matches!(c, '\'' | '’' | '-' | '.')))
        .map(|(i, _)| i)
        .unwrap_or(t.len());
    if end == 0 {
        return (None, t);
    }
    let word = t[..end].trim_end_matches('.');
    let cut = word.len();
    (Some(word), &t[cut..])
}

fn skip_word(text: &str) -> &str {
    match next_word(text) {
        (Some(_), rest) => rest,
        (None, rest) => {
            let mut chars = rest.chars();
            chars.next();
            chars.as_str()
        }
    }
}

const THANKS_START: &[&str] = &[
    "danke",
    "dankeschön",
    "vielen dank",
    "vielen lieben dank",
    "besten dank",
    "herzlichen dank",
    "tausend dank",
    "schon mal danke",
    "schonmal danke",
    "vorab danke",
    "vorab vielen dank",
    "im voraus vielen dank",
    "thanks",
    "thank you",
    "many thanks",
    "thx",
    "ty",
    "merci",
];

/// "Danke, aber wie …?" keeps the question.
fn strip_thanks_prefix(sentence: &str) -> &str {
    if !sentence.contains('?') {
        return sentence;
    }
    let words = lower_words_n(sentence, START_PHRASE_WORDS);
    match THANKS_START.iter().find(|p| starts_with_phrase(&words, p)) {
        Some(p) => {
            let mut rest = sentence;
            for _ in 0..p.split(' ').count() {
                rest = skip_word(rest);
            }
            rest.trim_start_matches([',', '!', ' ', '.'])
        }
        None => sentence,
    }
}

/// "Kurze Frage: wo finde ich …", "Eine Frage zum Export: …": a polite lead-in before a colon
/// is cut off, so what follows is read as the question it is.
fn strip_lead_in(sentence: &str) -> &str {
    match sentence.split_once(':') {
        Some((head, rest)) if !rest.trim().is_empty() && is_thanks(&lower_words(head)) => rest,
        _ => sentence,
    }
}

fn is_thanks(words: &[String]) -> bool {
    const POLITE: &[&str] = &[
        "freue mich",
        "freuen mich",
        "würde mich freuen",
        "wuerde mich freuen",
        "im voraus",
        "im vorraus",
        "vorab",
        "ich hoffe",
        "hoffe sie",
        "hoffe ihr",
        "ich habe eine frage",
        "ich hätte eine frage",
        "ich haette eine frage",
        "hab eine frage",
        "habe da eine frage",
        "kurze frage",
        "eine frage",
        "frage zum",
        "frage zur",
        "looking forward",
        "hope you",
        "i hope",
        "in advance",
        "i have a question",
        "quick question",
        "a question about",
        "have a great day",
        "schönen tag",
        "schoenen tag",
        "einen schönen",
        "danke",
        "dank",
        "thanks",
        "thank you",
    ];
    starts_with_any(words, THANKS_START) || POLITE.iter().any(|p| contains_phrase(words, p))
}

/// A short clause that only asks after the other ("Wie geht es Ihnen?", "how's your day
/// going?") or says hello: small talk, however it is punctuated. ("Wie geht es, wenn …" asks
/// how something works: the phrases name the person.)
fn is_pleasantry(words: &[String]) -> bool {
    const PLEASANTRIES: &[&str] = &[
        "wie geht es dir",
        "wie geht es ihnen",
        "wie geht es euch",
        // (Not "wie geht's" alone: "wie geht's weiter?", "Export? Wie geht's?" ask how.)
        "wie geht's dir",
        "wie gehts dir",
        "wie gehts ihnen",
        "wie gehts euch",
        "wie geht's ihnen",
        "wie geht's euch",
        "wie läuft's",
        "wie laeuft's",
        "wie ist ihr tag",
        "wie ist dein tag",
        "hallo sagen",
        "hi sagen",
        "how are you",
        "how are things",
        "how's it going",
        "how is it going",
        "how is your day",
        "how's your day",
        "how your day is",
        "how you are doing",
        "how you're doing",
        "say hello",
        "say hi",
        "saying hello",
        "saying hi",
    ];
    // The pleasantry ends the clause (a word or three may follow: "today", "so far"); a
    // question after it ("wie geht's, ich finde den Export nicht") is kept.
    words.len() <= 14
        && PLEASANTRIES.iter().any(|p| {
            let len = p.split(' ').count();
            (0..words.len())
                .any(|i| starts_with_phrase(&words[i..], p) && words.len() - (i + len) <= 3)
        })
}

const INTRO_START: &[&str] = &[
    "ich bin",
    "bin",
    "ich heiße",
    "ich heisse",
    "mein name ist",
    "mein name lautet",
    "mein name",
    "hier ist",
    "hier schreibt",
    "wir sind",
    "wir haben",
    "wir bilden",
    "unser betrieb",
    "unsere firma",
    "unser unternehmen",
    "ich arbeite",
    "ich mache",
    "ich schreibe",
    "ich melde mich",
    "i am",
    "i'm",
    "my name is",
    "my name's",
    "this is",
    "we are",
    "we're",
    "we have",
    "our company",
    "i work",
    "i'm writing",
    "i am writing",
];

/// Words that show a sentence is about the problem, not about who writes.
fn states_problem(words: &[String]) -> bool {
    const NEGATIONS: &[&str] = &[
        "nicht",
        "nich",
        "kein",
        "keine",
        "keinen",
        "keinem",
        "nie",
        "not",
        "no",
        "never",
        "can't",
        "cannot",
        "cant",
        "don't",
        "dont",
        "doesn't",
        "doesnt",
        "won't",
        "isn't",
        "fehler",
        "fehlermeldung",
        "error",
        "problem",
        "probleme",
        "problems",
        "funktioniert",
        "geht",
        "klappt",
        "works",
        "working",
        // "Ich heiße seit der Heirat Becker": a name change, not an introduction.
        "heirat",
        "hochzeit",
        "married",
        "marriage",
    ];
    words.iter().enumerate().any(|(i, w)| {
        NEGATIONS.contains(&w.as_str())
            // A participle: "registriert", "angemeldet", "gelöscht", "registered", "trying".
            || i >= 2
                && w.chars().count() >= 6
                && (w.ends_with("iert")
                    || (w.starts_with("ge") && (w.ends_with('t') || w.ends_with("en")))
                    || w.contains("ge") && w.ends_with('t') && w.len() >= 8
                    || w.ends_with("ed")
                    || w.ends_with("ing"))
    })
}

fn is_introduction(words: &[String]) -> bool {
    let rest = match words.first().map(String::as_str) {
        Some("und" | "also" | "so" | "and" | "well" | "also," | "ja") => &words[1..],
        _ => words,
    };
    // "Mein Name ist falsch geschrieben" is the problem, not an introduction; nor is what the
    // name does ("Mein Name steht im System ohne Bindestrich", "my name shows without the
    // umlaut"): an introduction says what it is.
    if starts_with_phrase(rest, "mein name") || starts_with_phrase(rest, "my name") {
        const DOES: &[&str] = &[
            "steht",
            "stand",
            "wird",
            "wurde",
            "erscheint",
            "erschien",
            "fehlt",
            "taucht",
            "kommt",
            "hat",
            "enthält",
            "appears",
            "appeared",
            "shows",
            "showed",
            "displays",
            "comes",
            "has",
            "contains",
            "lacks",
            "gets",
            "got",
        ];
        if rest.get(2).is_some_and(|w| DOES.contains(&w.as_str())) {
            return false;
        }
        return !states_problem(rest)
            && !rest.iter().any(|w| {
                matches!(
                    w.as_str(),
                    "falsch" | "wrong" | "stimmt" | "match" | "matches" | "geändert" | "changed"
                )
            });
    }
    starts_with_any(rest, INTRO_START) && !states_problem(rest)
}

/// An introduction that also states the problem in a second clause ("Ich bin Ausbilder und
/// mein Azubi wird nicht angezeigt"): the clauses are read separately, so the introduction
/// can be dropped and the problem kept.
fn split_introduction(sentence: &str) -> Vec<String> {
    let words = lower_words_n(sentence, START_PHRASE_WORDS);
    if !starts_with_any(&words, INTRO_START) {
        return vec![sentence.to_owned()];
    }
    for sep in [
        ", und ", " und ", ", aber ", " aber ", ", and ", " and ", ", but ", " but ", ", ",
    ] {
        if let Some(pos) = sentence.find(sep) {
            let (head, tail) = sentence.split_at(pos);
            let tail = &tail[sep.len()..];
            let head_words = lower_words(head);
            if is_introduction(&head_words) && !tail.trim().is_empty() {
                let tail_words = lower_words(tail);
                // An apposition ("I'm Priya, an apprentice at …") is the rest of the
                // introduction, not the problem (which would start a clause of its own: "…,
                // mein Azubi fehlt"). After "und"/"aber" the clause is read on its own.
                const NEW_SUBJECT: &[&str] = &[
                    "mein",
                    "meine",
                    "meinen",
                    "meinem",
                    "meiner",
                    "unser",
                    "unsere",
                    "unseren",
                    "unserem",
                    "unserer",
                    "der",
                    "die",
                    "das",
                    "dieser",
                    "diese",
                    "ich",
                    "wir",
                    "er",
                    "sie",
                    "es",
                    "jetzt",
                    "leider",
                    "my",
                    "our",
                    "the",
                    "this",
                    "i",
                    "we",
                    "he",
                    "she",
                    "it",
                    "they",
                    "now",
                    "unfortunately",
                ];
                let new_clause = tail_words
                    .first()
                    .is_some_and(|w| NEW_SUBJECT.contains(&w.as_str()));
                if sep == ", "
                    && !new_clause
                    && !tail.contains('?')
                    && !asks(&tail_words)
                    && !states_problem(&tail_words)
                {
                    return vec![sentence.to_owned()];
                }
                let mut out = vec![head.to_owned()];
                out.extend(split_introduction(tail));
                return out;
            }
        }
    }
    vec![sentence.to_owned()]
}

const QUESTION_WORDS: &[&str] = &[
    "wie", "wo", "was", "wer", "wen", "wem", "wann", "warum", "wieso", "weshalb", "woher", "wohin",
    "welche", "welcher", "welches", "welchen", "woran", "wozu", "womit", "kann", "können",
    "koennen", "konnen", "könnte", "koennte", "darf", "muss", "müssen", "muessen", "soll",
    "sollte", "gibt", "ist", "sind", "habe", "hat", "wird", "werden", "geht", "klappt", "how",
    "where", "what", "who", "when", "why", "which", "can", "could", "do", "does", "did", "is",
    "are", "should", "must", "may", "will", "would", "whats", "what's", "where's", "how's",
];

/// A sentence that asks or requests without a question mark.
fn asks(words: &[String]) -> bool {
    const REQUEST: &[&str] = &[
        "bitte",
        "please",
        "möchte",
        "moechte",
        "mochte",
        "würde",
        "wuerde",
        "brauche",
        "benötige",
        "benoetige",
        "need",
        "want",
        "wollen",
        "will",
        "suche",
        "looking",
    ];
    let first = words.first().map(String::as_str).unwrap_or("");
    QUESTION_WORDS.contains(&first)
        || words.iter().any(|w| REQUEST.contains(&w.as_str()))
        || starts_with_any(
            words,
            &["ich will", "ich muss", "i need", "i want", "i'd like"],
        )
}

/// A line that is only a name, role or company: short, no verb-like word, no question.
fn looks_like_signature_line(text: &str) -> bool {
    const ROLES: &[&str] = &[
        "ausbilder",
        "ausbilderin",
        "ausbildungsleiter",
        "ausbildungsleiterin",
        "personalabteilung",
        "personal",
        "sekretariat",
        "geschäftsführer",
        "geschäftsführerin",
        "inhaber",
        "inhaberin",
        "gmbh",
        "ag",
        "kg",
        "ohg",
        "e.k",
        "mbh",
        "co",
        "ug",
        "ltd",
        "inc",
        "tel",
        "telefon",
        "mobil",
        "fax",
        "phone",
        "mobile",
        "trainer",
        "hr",
        "manager",
        "abteilung",
    ];
    let words = lower_words(text);
    !text.contains('?')
        && words.len() <= 5
        && (words.iter().any(|w| ROLES.contains(&w.as_str()))
            || text
                .split_whitespace()
                .all(|w| w.chars().next().is_some_and(char::is_uppercase)))
        && !states_problem(&words)
}

/// Splits text into sentences at `.`, `!`, `?`, `;` and line breaks. A full stop after a
/// known abbreviation ("z.B.", "Nr.", "Tel.") or between digits does not end a sentence.
fn split_sentences(text: &str) -> Vec<String> {
    const ABBREVIATIONS: &[&str] = &[
        "z", "b", "bzw", "nr", "tel", "dr", "hr", "fr", "ca", "usw", "etc", "evtl", "ggf", "inkl",
        "mr", "mrs", "ms", "e", "g", "i", "d", "h", "u", "a", "vs", "str", "abs", "st", "prof",
        // "Muster GmbH & Co. KG", "Muster Co. Ltd."
        "co",
    ];
    let mut out = Vec::new();
    let mut cur = String::new();
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        cur.push(c);
        let boundary = match c {
            '\n' | '\r' => true,
            '?' | '!' | ';' => true,
            '.' | '…' => {
                let next = chars.get(i + 1).copied();
                let last_word: String = cur
                    .trim_end_matches('.')
                    .chars()
                    .rev()
                    .take_while(|c| c.is_alphanumeric())
                    .collect::<Vec<_>>()
                    .into_iter()
                    .rev()
                    .collect();
                let abbreviation = ABBREVIATIONS.contains(&last_word.to_lowercase().as_str());
                let digit_before =
                    last_word.chars().all(|c| c.is_ascii_digit()) && !last_word.is_empty();
                match next {
                    None => true,
                    Some(n) if n.is_whitespace() => !abbreviation && !digit_before,
                    _ => false,
                }
            }
            _ => false,
        };
        if boundary {
            // Keep runs of "?!" together.
            while let Some(&n) = chars.get(i + 1) {
                if matches!(n, '?' | '!' | '.') {
                    cur.push(n);
                    i += 1;
                } else {
                    break;
                }
            }
            let s = cur.trim();
            if !s.is_empty() {
                out.push(s.to_owned());
            }
            cur.clear();
        }
        i += 1;
    }
    let s = cur.trim();
    if !s.is_empty() {
        out.push(s.to_owned());
    }
    out
}

/// Stands for removed personal data while a message is read (controls are gone by then).
const MARK: char = '\u{1}';

/// Removes e-mail addresses, web addresses and phone numbers (replaced by a space).
pub fn scrub(text: &str) -> String {
    tidy(&scrub_marked(text).replace(MARK, " "))
}

/// Replaces e-mail addresses, web addresses and phone numbers by [`MARK`].
fn scrub_marked(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for token in text.split_inclusive(char::is_whitespace) {
        let word = token.trim_end();
        let core = word.trim_matches(|c: char| {
            matches!(
                c,
                '(' | ')' | '<' | '>' | '[' | ']' | ',' | ';' | '"' | '\'' | ':'
            )
        });
        let lower = core.to_lowercase();
        let email = core.contains('@');
        let url = lower.starts_with("http://")
            || lower.starts_with("https://")
            || lower.starts_with("www.");
        if email || url {
            out.push(MARK);
            // Keep sentence punctuation that followed the address.
            if word.ends_with('?') {
                out.push('?');
            } else if word.ends_with('.') || word.ends_with('!') {
                out.push('.');
            }
            out.push_str(&token[word.len()..]);
            continue;
        }
        out.push_str(token);
    }
    mask_phone_numbers(&out)
}

/// Phone numbers: a run of digits, spaces, `+ / - ( )` with at least six digits.
fn mask_phone_numbers(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c.is_ascii_digit() || c == '+' || c == '(' {
            let mut j = i;
            let mut digits = 0;
            while j < chars.len()
                && (chars[j].is_ascii_digit()
                    || matches!(chars[j], ' ' | '+' | '/' | '-' | '(' | ')'))
            {
                if chars[j].is_ascii_digit() {
                    digits += 1;
                }
                j += 1;
            }
            // Do not eat the space after the number.
            let mut end = j;
            while end > i && chars[end - 1] == ' ' {
                end -= 1;
            }
            let letter_after = chars.get(j).is_some_and(|c| c.is_alphabetic()) && end == j;
            if digits >= 6 && !letter_after {
                out.push(MARK);
                i = end;
                continue;
            }
            out.extend(&chars[i..end.max(i + 1)]);
            i = end.max(i + 1);
            continue;
        }
        out.push(c);
        i += 1;
    }
    out
}

/// Masks names after a title ("Frau Meier", "Herrn Dr. Schulz", "Mr Smith"), company names
/// before a legal form ("Muster Bau GmbH") and a place after "aus"/"from" ("aus Hildesheim"):
/// they carry no FAQ meaning and must not count as words the FAQ does not cover.
fn mask_names(text: &str) -> String {
    const TITLES: &[&str] = &[
        "frau", "herr", "herrn", "mr", "mrs", "ms", "miss", "dr", "prof", "kollege", "kollegin",
    ];
    const LEGAL: &[&str] = &[
        "gmbh", "ag", "kg", "ohg", "mbh", "ug", "ltd", "inc", "llc", "e.k", "co", "se", "gbr",
    ];
    const PLACE_BEFORE: &[&str] = &["aus", "from", "in"];
    // A name right after the person it names: "unser Azubi Leon", "die Auszubildende Sophie
    // Klein", "our apprentice Ahmed" (the noun stays, the name goes).
    const PERSON_NOUNS: &[&str] = &[
        "azubi",
        "azubine",
        "auszubildende",
        "auszubildenden",
        "auszubildender",
        "lehrling",
        "ausbilder",
        "ausbilderin",
        "ausbilders",
        "mitarbeiter",
        "mitarbeiterin",
        "nutzer",
        "nutzerin",
        "benutzer",
        "benutzerin",
        "user",
        "apprentice",
        "trainee",
        "colleague",
        "employee",
    ];
    let tokens: Vec<&str> = text.split(' ').collect();
    let mut drop = vec![false; tokens.len()];
    let bare = |t: &str| -> String {
        t.trim_matches(|c: char| !c.is_alphanumeric() && c != '.')
            .trim_end_matches('.')
            .to_lowercase()
    };
    let capital = |t: &str| {
        t.trim_start_matches(|c: char| !c.is_alphanumeric())
            .chars()
            .next()
            .is_some_and(char::is_uppercase)
    };
    for i in 0..tokens.len() {
        let b = bare(tokens[i]);
        if TITLES.contains(&b.as_str()) {
            let mut j = i + 1;
            while j < tokens.len() && j <= i + 3 && capital(tokens[j]) {
                drop[j] = true;
                let ends = tokens[j].ends_with(|c: char| !c.is_alphanumeric() && c != '.');
                j += 1;
                if ends {
                    break;
                }
            }
            drop[i] = true;
        }
        if PERSON_NOUNS.contains(&b.as_str())
            && !tokens[i].ends_with(|c: char| !c.is_alphanumeric())
        {
            let mut j = i + 1;
            while j < tokens.len() && j <= i + 2 && capital(tokens[j]) {
                let word = tokens[j].trim_matches(|c: char| !c.is_alphanumeric());
                if word.chars().all(|c| !c.is_lowercase()) {
                    break;
                }
                drop[j] = true;
                let ends = tokens[j].ends_with(|c: char| !c.is_alphanumeric());
                j += 1;
                if ends {
                    break;
                }
            }
        }
        if LEGAL.contains(&b.as_str()) && i > 0 && capital(tokens[i - 1]) {
            drop[i] = true;
            let mut j = i;
            while j > 0 && capital(tokens[j - 1]) && i - j < 3 {
                j -= 1;
                drop[j] = true;
            }
        }
        if PLACE_BEFORE.contains(&b.as_str())
            && i + 1 < tokens.len()
            && capital(tokens[i + 1])
            && i > 0
        {
            // "aus Hildesheim", "from Bremen"; not "in SSP" (all caps) or "aus dem Portal".
            let next = tokens[i + 1].trim_matches(|c: char| !c.is_alphanumeric());
            let all_caps = next.chars().all(|c| !c.is_lowercase());
            if !all_caps && !b.eq("in") {
                drop[i + 1] = true;
            }
        }
    }
    let mut out = String::with_capacity(text.len());
    for (t, d) in tokens.iter().zip(&drop) {
        if *d {
            // Keep sentence punctuation.
            if t.ends_with('?') {
                out.push('?');
            }
            continue;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(t);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phrases_matched_at_a_sentence_start_fit_in_its_first_words() {
        for p in GREETINGS.iter().chain(THANKS_START).chain(INTRO_START) {
            assert!(p.split(' ').count() <= START_PHRASE_WORDS, "{p}");
        }
    }

    fn content(m: &str) -> String {
        read(m).content()
    }

    #[test]
    fn an_addressed_greeting_before_an_introduction_is_cut_off() {
        let c = content(
            "Guten Tag liebes Support-Team, mein Name ist Hannelore Beispiel und ich bin \
             Ausbildungsleiterin bei der Muster Metallbau GmbH & Co. KG aus Hildesheim. Wo kann \
             ich das Berichtsheft exportieren?",
        );
        assert_eq!(c, "Wo kann ich das Berichtsheft exportieren?");
    }

    #[test]
    fn greeting_and_introduction_are_not_the_question() {
        assert_eq!(
            content(
                "Hallo, ich bin Erika aus der Ausbildungsabteilung. Woher bekomme ich einen Registrierungscode?"
            ),
            "Woher bekomme ich einen Registrierungscode?"
        );
        assert_eq!(
            content("Ich heiße Erika Mustermann. Woher bekomme ich einen Registrierungscode?"),
            "Woher bekomme ich einen Registrierungscode?"
        );
        assert_eq!(
            content(
                "Guten Tag, wir sind ein kleiner Handwerksbetrieb aus Hildesheim mit zwei Azubis. Woher bekommen wir einen Registrierungscode für das Berichtsheft?"
            ),
            "Woher bekommen wir einen Registrierungscode für das Berichtsheft?"
        );
        assert_eq!(
            content("Hi all, I'm Tom from ACME Ltd. Where do I get a registration code?"),
            "Where do I get a registration code?"
        );
    }

    #[test]
    fn personal_data_and_signatures_are_removed() {
        assert_eq!(
            content(
                "Woher bekomme ich einen Registrierungscode? Meine Mail ist erika.mustermann@example.org"
            ),
            "Woher bekomme ich einen Registrierungscode?"
        );
        let m = "Hallo zusammen,\nmein Azubi wird im SSP nicht angezeigt. Was kann ich tun?\n\nViele Grüße\nErika Mustermann\nAusbilderin\nMuster GmbH\nTel. 0511 1234567";
        assert_eq!(
            content(m),
            "mein Azubi wird im SSP nicht angezeigt. Was kann ich tun?"
        );
        assert!(!scrub("Ruf an: +49 (511) 123-4567 bitte").contains("4567"));
        assert!(scrub("Fehler 546 beim Export").contains("546"));
        assert!(!scrub("siehe https://example.org/x?y=1 bitte").contains("example"));
    }

    #[test]
    fn an_introduction_that_states_the_problem_is_kept() {
        assert_eq!(
            content("Ich bin registriert, komme aber nicht ins Serviceportal."),
            "Ich bin registriert, komme aber nicht ins Serviceportal."
        );
        assert_eq!(
            content("Ich bin Ausbilder und mein Azubi wird mir nicht angezeigt."),
            "mein Azubi wird mir nicht angezeigt."
        );
        assert_eq!(
            content("Mein Name ist falsch geschrieben."),
            "Mein Name ist falsch geschrieben."
        );
        // What the name does is a statement about it; what it is, an introduction.
        assert_eq!(
            content("Mein Name erscheint im Portal ohne Akzent."),
            "Mein Name erscheint im Portal ohne Akzent."
        );
        assert_eq!(
            content("My name shows up without its hyphen."),
            "My name shows up without its hyphen."
        );
        assert_eq!(
            content("Mein Name ist Erika Muster. Wo finde ich den Export?"),
            "Wo finde ich den Export?"
        );
    }

    #[test]
    fn thanks_and_politeness_are_dropped() {
        assert_eq!(
            content(
                "Ich habe eine Frage. Wie exportiere ich mein Berichtsheft? Vielen Dank im Voraus!"
            ),
            "Wie exportiere ich mein Berichtsheft?"
        );
        assert_eq!(
            content("Danke, aber wie lösche ich einen Azubi?"),
            "aber wie lösche ich einen Azubi?"
        );
        assert!(read("Hallo!").is_small_talk());
        assert!(read("Hallo, wie geht es Ihnen?").is_small_talk());
        assert!(
            read("Hi, I just wanted to say hello and ask how your day is going :)").is_small_talk()
        );
        assert!(!read("Hallo, wie geht es Ihnen, ich finde den Export nicht.").is_small_talk());
        assert!(!read("Wie geht es, wenn ich das Berichtsheft exportieren will?").is_small_talk());
        assert!(!read("How are you? I cannot find the export.").is_small_talk());
        assert!(!read("bin durchgefallen, wie gehts jetzt weiter").is_small_talk());
        assert!(!read("Ich will exportieren. Wie geht's?").is_small_talk());
        assert!(read("Danke schön, das hat geholfen.").is_small_talk());
    }

    #[test]
    fn two_questions_are_two_groups() {
        let r = read(
            "Mein Azubi wird nicht angezeigt. Woran liegt das? Und wie lösche ich einen User?",
        );
        assert_eq!(
            r.questions(),
            vec![
                "Mein Azubi wird nicht angezeigt. Woran liegt das?".to_owned(),
                "Und wie lösche ich einen User?".to_owned()
            ]
        );
        assert_eq!(read("Wo finde ich das Berichtsheft").questions().len(), 1);
    }

    #[test]
    fn names_places_and_companies_are_masked() {
        assert_eq!(
            content("Kann Frau Meier aus Hildesheim die Azubis der Muster Bau GmbH sehen?"),
            "Kann aus die Azubis der sehen?"
        );
        assert_eq!(
            content("Wie bekomme ich ihn aus dem Portal raus?"),
            "Wie bekomme ich ihn aus dem Portal raus?"
        );
    }

    #[test]
    fn a_name_after_the_person_it_names_is_masked() {
        assert_eq!(
            content("Bei unserer Auszubildenden Sophie Klein fehlt der zweite Vorname."),
            "Bei unserer Auszubildenden fehlt der zweite Vorname."
        );
        assert_eq!(
            content("Unser Azubi Lars taucht im SSP nicht auf."),
            "Unser Azubi taucht im SSP nicht auf."
        );
    }

    #[test]
    fn a_postscript_after_the_signature_is_read() {
        assert_eq!(
            content("Mein Azubi fehlt im SSP. Viele Grüße\nAnna Roth\nPS: Wo finde ich den Code?"),
            "Mein Azubi fehlt im SSP. Wo finde ich den Code?"
        );
        assert_eq!(
            content("Wo finde ich das Berichtsheft? Viele Grüße, Anna\nP.S. Danke!"),
            "Wo finde ich das Berichtsheft?"
        );
    }

    #[test]
    fn abbreviations_do_not_end_sentences() {
        assert_eq!(
            split_sentences("Wie ändere ich z.B. den Namen? Danke."),
            vec!["Wie ändere ich z.B. den Namen?", "Danke."]
        );
    }

    #[test]
    fn a_polite_lead_in_before_a_colon_is_not_the_question() {
        assert_eq!(
            content("Hi! Kurze Frage: in welcher Anwendung finde ich das Berichtsheft"),
            "in welcher Anwendung finde ich das Berichtsheft"
        );
    }

    #[test]
    fn an_apposition_belongs_to_the_introduction() {
        assert_eq!(
            content("Hello, I'm Priya, an apprentice at Example Logistics. Where do I get a code?"),
            "Where do I get a code?"
        );
        // A clause of its own after the introduction is still the problem.
        assert_eq!(
            content("Ich bin Ausbilderin, mein Azubi wird nicht angezeigt."),
            "mein Azubi wird nicht angezeigt."
        );
    }

    #[test]
    fn a_request_with_an_address_is_not_a_signature() {
        assert_eq!(
            content("Lösche bitte den Benutzer kevin@example.org"),
            "Lösche bitte den Benutzer"
        );
        assert_eq!(
            content("Wo finde ich das Berichtsheft? Meine Mail ist erika@example.org"),
            "Wo finde ich das Berichtsheft?"
        );
    }
}
