//! The analysis chain, shared by indexing and querying so both sides always agree.
//!
//! For every word of a text, in order:
//! 1. **Words**: split on anything that is not a letter or digit; a hyphenated word
//!    (`E-Mail-Adresse`, `Azubi-Verwaltung`) is kept joined and its parts are kept as well.
//! 2. **Lowercase and fold**: `ß → ss`, `ä/ö/ü → a/o/u`, other accents dropped; in German also the
//!    spellings `ae/oe/ue`, so "loeschen" and "löschen" meet in `loschen`.
//! 3. **Stop words** (German and English) are dropped.
//! 4. **Typo correction** (queries only): a word the FAQ never uses is replaced by the known word
//!    one edit away (insert, delete, substitute, swap), if there is one; the match then counts a
//!    little less (see [`Word::weight`]).
//! 5. **Compound splitting**: a long word made of known words (`berichtsheftexport`,
//!    `betriebswechsel` with its linking `s`) also yields its parts. The dictionary is the
//!    vocabulary of the FAQ itself plus the domain words of [`crate::synonyms`], so no LGPL word
//!    list is needed and new FAQ entries teach the splitter new words.
//! 6. **Stemming** with Snowball (German or English).
//! 7. **Synonyms**: a stem or a phrase that belongs to a domain concept (Azubi ↔ Auszubildender ↔
//!    Lehrling ↔ apprentice) also yields the concept token `~azubi`, in both languages.
//!
//! The output of a text is a list of [`Word`]s, each with all terms it stands for; a query word
//! matches an entry when any of its terms does.

use rust_stemmers::{Algorithm, Stemmer};
use unicode_normalization::UnicodeNormalization;

use crate::synonyms::{self, Synonyms};

/// The language a field is analysed in (which stemmer to use).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FieldLang {
    De,
    En,
}

/// One word of the input with every index term it stands for.
#[derive(Debug, Clone, PartialEq)]
pub struct Word {
    /// The folded surface form (after typo correction).
    pub surface: String,
    /// Index terms: the stem, stems of compound parts, concept tokens.
    pub terms: Vec<String>,
    /// 1.0 for a word as written; less for a typo-corrected one.
    pub weight: f32,
}

/// The one fold of the workspace (the index, redaction, erasure and the language model's checks
/// all compare words folded by it): NFKC, lowercase, `ß → ss`, umlauts and other accents to
/// their base letter, and the Turkish dotless `ı → i` so both Turkish i's meet.
pub fn fold(word: &str) -> String {
    let mut out = String::new();
    fold_into(word, &mut out);
    out
}

/// [`fold`] into a reused buffer (cleared first): no allocation for an ASCII word that fits.
pub fn fold_into(word: &str, out: &mut String) {
    out.clear();
    if word.is_ascii() {
        out.push_str(word);
        out.make_ascii_lowercase();
        return;
    }
    out.reserve(word.len());
    for c in word.nfkc().flat_map(char::to_lowercase) {
        match c {
            'ß' => out.push_str("ss"),
            'ä' | 'æ' => out.push('a'),
            'ö' | 'ø' | 'œ' => out.push('o'),
            'ü' => out.push('u'),
            'ı' => out.push('i'),
            c if c.is_ascii() => out.push(c),
            c => {
                // Drop combining marks of other accented letters (é → e).
                for d in c.nfd() {
                    if d.is_alphanumeric() {
                        out.push(d);
                    }
                }
            }
        }
    }
}

/// German only: the transliterations `ae/oe/ue` are folded like the umlauts they stand for.
/// Applied to both the FAQ and the query, so it never creates a mismatch, only meetings.
pub fn fold_digraphs(word: &str) -> String {
    if !(word.contains("ae") || word.contains("oe") || word.contains("ue")) {
        return word.to_owned();
    }
    let b = word.as_bytes();
    let mut out = String::with_capacity(word.len());
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if i + 1 < b.len() && b[i + 1] == b'e' && matches!(c, b'a' | b'o' | b'u') && i > 0 {
            // Keep word-initial "ae/oe/ue" (rare; e.g. "ueber" is handled as a stop word).
            out.push(c as char);
            i += 2;
            continue;
        }
        out.push(c as char);
        i += 1;
    }
    out
}

/// Splits text into raw words: runs of letters/digits, joined across single hyphens.
/// Returns `(joined, parts)`; `parts` is empty for a plain word.
pub fn raw_words(text: &str) -> Vec<(String, Vec<String>)> {
    word_spans(text)
        .into_iter()
        .map(|w| {
            if w.contains(is_hyphen) {
                let parts: Vec<String> = w.split(is_hyphen).map(str::to_owned).collect();
                (parts.concat(), parts)
            } else {
                (w.to_owned(), Vec::new())
            }
        })
        .collect()
}

pub fn is_hyphen(c: char) -> bool {
    c == '-' || c == '\u{2011}'
}

/// The words of a text as slices: runs of letters/digits, joined across single hyphens
/// (`E-Mail-Adresse`). A run longer than 64 bytes is cut: such a "word" is not language.
pub fn word_spans(text: &str) -> Vec<&str> {
    let mut spans = Vec::new();
    let mut start: Option<usize> = None;
    let mut run = 0usize;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if c.is_alphanumeric() {
            if start.is_none() {
                start = Some(i);
                run = 0;
            }
            run += c.len_utf8();
            if run > 64
                && let Some(s) = start.take()
            {
                spans.push(&text[s..i + c.len_utf8()]);
            }
            continue;
        }
        if let Some(s) = start {
            let joins = is_hyphen(c) && chars.peek().is_some_and(|(_, n)| n.is_alphanumeric());
            if joins {
                run = 0;
                continue;
            }
            spans.push(&text[s..i]);
            start = None;
        }
    }
    if let Some(s) = start {
        spans.push(&text[s..]);
    }
    spans
}

/// Maps and sets with rustc's hash (FxHash, from `rustc-hash`): several times faster than
/// SipHash on the short words an index build hashes millions of times. They are filled from the
/// FAQ, not from user input, so hash flooding is not a concern.
pub type FastMap<K, V> = rustc_hash::FxHashMap<K, V>;
/// A `HashSet` with FxHash (see [`FastMap`]).
pub type FastSet<K> = rustc_hash::FxHashSet<K>;

/// Delete-one index over the vocabulary, for typo correction in constant time per word
/// (a symmetric-delete scheme: two words one edit or one swap apart share a deletion).
/// Variants are stored as hashes; a collision only adds a candidate that the distance check
/// then drops.
#[derive(Debug, Default)]
struct Deletes {
    map: FastMap<u64, Vec<u32>>,
}

impl Deletes {
    /// Calls `f` with the hash of the word and of each variant with one character deleted.
    fn for_each_variant(word: &str, mut f: impl FnMut(u64)) {
        use std::hash::{BuildHasher, Hasher};
        let state = rustc_hash::FxBuildHasher;
        let chars: Vec<char> = word.chars().collect();
        for skip in std::iter::once(usize::MAX).chain(0..chars.len()) {
            let mut h = state.build_hasher();
            for (i, c) in chars.iter().enumerate() {
                if i != skip {
                    h.write_u32(*c as u32);
                }
            }
            f(h.finish());
        }
    }
}

/// Memoised word analyses: for [`Analyzer::for_each_term`] (FAQ texts, no typo correction)
/// and [`Analyzer::analyze_query_cached`] (one message's texts, with correction). A word's
/// analysis does not depend on its neighbours, so a cache holds for one mode and one analyzer;
/// never share one between the two modes.
#[derive(Debug, Default)]
pub struct WordCache {
    de: FastMap<String, Option<Word>>,
    en: FastMap<String, Option<Word>>,
}

/// The analyzer: stemmers, stop words, synonyms and the vocabulary of the FAQ it was built for.
pub struct Analyzer {
    de: Stemmer,
    en: Stemmer,
    stop: FastSet<String>,
    synonyms: Synonyms,
    /// Folded surface words of the FAQ and the domain lists (compound dictionary).
    vocab: FastSet<String>,
    vocab_list: Vec<String>,
    /// How many entries use each vocabulary word (to prefer common corrections).
    vocab_df: Vec<u32>,
    deletes: Deletes,
    /// Stems of the vocabulary in both languages: an unknown word whose stem is known is an
    /// inflection, not a typo.
    known_stems: FastSet<String>,
}

impl std::fmt::Debug for Analyzer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Analyzer")
            .field("vocab", &self.vocab.len())
            .finish()
    }
}

const MIN_PART: usize = 3;
const MIN_COMPOUND: usize = 7;

/// How many of `documents` use each folded word (stop words and one-letter words left out).
/// Counted on up to four threads, each over its own share of the documents: with ten thousand
/// entries this is a few million words.
fn text_counts(documents: &[&str], stop: &FastSet<String>) -> FastMap<String, u32> {
    let threads = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(1)
        .clamp(1, 4);
    let chunk = documents.len().div_ceil(threads).max(1);
    if documents.len() <= chunk {
        return count_share(documents, stop);
    }
    let shares: Vec<FastMap<String, u32>> = std::thread::scope(|scope| {
        let workers: Vec<_> = documents
            .chunks(chunk)
            .map(|part| scope.spawn(move || count_share(part, stop)))
            .collect();
        workers
            .into_iter()
            // A worker cannot panic on text; if it did, fail as the single-threaded count would.
            .map(|w| w.join().unwrap_or_else(|e| std::panic::resume_unwind(e)))
            .collect()
    });
    let mut shares = shares.into_iter();
    let mut total = shares.next().unwrap_or_default();
    for share in shares {
        for (w, n) in share {
            *total.entry(w).or_insert(0) += n;
        }
    }
    total
}

/// [`text_counts`] over one share of the documents. A word is folded into a reused buffer and
/// only allocated the first time it is seen.
fn count_share(documents: &[&str], stop: &FastSet<String>) -> FastMap<String, u32> {
    // word → (number of texts using it, last text counted)
    let mut df: FastMap<String, (u32, usize)> = FastMap::default();
    let mut folded = String::new();
    let mut count = |word: &str, doc_no: usize, folded: &mut String| {
        fold_into(word, folded);
        if folded.len() < 2 || stop.contains(folded.as_str()) {
            return;
        }
        match df.get_mut(folded.as_str()) {
            Some((n, last)) => {
                if *last != doc_no {
                    *n += 1;
                    *last = doc_no;
                }
            }
            None => {
                df.insert(folded.clone(), (1, doc_no));
            }
        }
    };
    let mut joined = String::new();
    for (doc_no, doc) in documents.iter().enumerate() {
        // The same words as `raw_words`: a hyphenated word joined, and each of its parts.
        for w in word_spans(doc) {
            if w.contains(is_hyphen) {
                joined.clear();
                joined.extend(w.split(is_hyphen));
                count(&joined, doc_no, &mut folded);
                for part in w.split(is_hyphen) {
                    count(part, doc_no, &mut folded);
                }
            } else {
                count(w, doc_no, &mut folded);
            }
        }
    }
    df.into_iter().map(|(w, (n, _))| (w, n)).collect()
}

impl Analyzer {
    /// Builds an analyzer whose compound dictionary and typo vocabulary are the words of
    /// `documents` (one string per entry) plus the domain words of `vocabulary`.
    pub fn new<'a>(
        vocabulary: &helpdesk_faq::Vocabulary,
        documents: impl IntoIterator<Item = &'a str>,
    ) -> Self {
        let stop = synonyms::stop_words(vocabulary);
        let mut df = text_counts(&documents.into_iter().collect::<Vec<_>>(), &stop);
        for w in synonyms::domain_words(vocabulary) {
            let f = fold(w);
            if !stop.contains(f.as_str()) {
                df.entry(f).or_insert(1);
            }
        }
        let mut vocab_list: Vec<String> = df.keys().cloned().collect();
        vocab_list.sort();
        let vocab_df = vocab_list.iter().map(|w| df[w]).collect();
        let mut deletes = Deletes::default();
        for (i, w) in vocab_list.iter().enumerate() {
            // Words with digits are never corrected to or from (see `correct`).
            if w.chars().count() >= 4 && !w.bytes().any(|b| b.is_ascii_digit()) {
                Deletes::for_each_variant(w, |h| deletes.map.entry(h).or_default().push(i as u32));
            }
        }
        let vocab = vocab_list.iter().cloned().collect();
        let de = Stemmer::create(Algorithm::German);
        let en = Stemmer::create(Algorithm::English);
        let synonyms = Synonyms::new(vocabulary, |w, lang| stem_with(&de, &en, w, lang));
        let known_stems = vocab_list
            .iter()
            .flat_map(|w| {
                [
                    stem_with(&de, &en, &fold_digraphs(w), FieldLang::De),
                    stem_with(&de, &en, w, FieldLang::En),
                ]
            })
            .collect();
        Self {
            known_stems,
            de,
            en,
            stop,
            synonyms,
            vocab,
            vocab_list,
            vocab_df,
            deletes,
        }
    }

    pub fn is_stop_word(&self, folded: &str) -> bool {
        self.stop.contains(folded)
    }

    /// Whether the FAQ (or the domain lists) use this folded word. The vocabulary is
    /// collected without German digraph folding, so "ae/oe/ue" spellings are looked up too.
    pub fn knows(&self, folded: &str) -> bool {
        self.vocab.contains(folded) || self.vocab.contains(&fold_digraphs(folded))
    }

    fn stem(&self, word: &str, lang: FieldLang) -> String {
        stem_with(&self.de, &self.en, word, lang)
    }

    /// The known word one edit away from `word`, preferring the one most entries use.
    pub fn correct(&self, word: &str) -> Option<&str> {
        let n = word.chars().count();
        if n < 5 || word.chars().any(|c| c.is_ascii_digit()) {
            return None;
        }
        let first = word.chars().next()?;
        let mut best: Option<(u32, &str)> = None;
        let mut candidates: Vec<u32> = Vec::new();
        Deletes::for_each_variant(word, |h| {
            if let Some(ids) = self.deletes.map.get(&h) {
                candidates.extend_from_slice(ids);
            }
        });
        candidates.sort_unstable();
        candidates.dedup();
        {
            for &i in &candidates {
                let cand = &self.vocab_list[i as usize];
                // Same first letter: people rarely mistype the first letter, and requiring it
                // keeps short out-of-scope words from being "corrected" into FAQ words.
                if !cand.starts_with(first) {
                    continue;
                }
                if strsim::osa_distance(word, cand) != 1 {
                    continue;
                }
                let df = self.vocab_df[i as usize];
                if best.is_none_or(|(d, c)| df > d || (df == d && cand.as_str() < c)) {
                    best = Some((df, cand));
                }
            }
        }
        best.map(|(_, c)| c)
    }

    /// Splits a folded word into known words (with German linking `s`/`es`/`n`/`en`), longest
    /// head first; `None` when it is not a compound of known words.
    pub fn split_compound(&self, word: &str) -> Option<Vec<String>> {
        if word.chars().count() < MIN_COMPOUND || !word.is_ascii() {
            return None;
        }
        self.split_rec(word, 0)
    }

    fn split_rec(&self, word: &str, depth: usize) -> Option<Vec<String>> {
        if depth > 3 {
            return None;
        }
        let n = word.len();
        for head_len in (MIN_PART..=n.saturating_sub(MIN_PART)).rev() {
            let head = &word[..head_len];
            if !self.is_part(head) {
                continue;
            }
            for link in ["", "s", "es", "n", "en"] {
                let Some(rest) = word[head_len..].strip_prefix(link) else {
                    continue;
                };
                if rest.len() < MIN_PART {
                    continue;
                }
                if self.is_part(rest) {
                    return Some(vec![head.to_owned(), rest.to_owned()]);
                }
                if let Some(mut tail) = self.split_rec(rest, depth + 1) {
                    tail.insert(0, head.to_owned());
                    return Some(tail);
                }
            }
        }
        None
    }

    fn is_part(&self, w: &str) -> bool {
        w.len() >= MIN_PART && self.vocab.contains(w) && !self.stop.contains(w)
    }

    /// Analyses a text of the FAQ (no typo correction).
    pub fn analyze_doc(&self, text: &str, lang: FieldLang) -> Vec<Word> {
        self.analyze(text, lang, false)
    }

    /// Analyses a user's question (with typo correction against the FAQ's vocabulary).
    pub fn analyze_query(&self, text: &str, lang: FieldLang) -> Vec<Word> {
        self.analyze(text, lang, true)
    }

    /// [`Analyzer::analyze_query`] memoising each distinct word in `cache`: a chat message is
    /// searched whole and question by question, so most of its words are analysed once.
    pub fn analyze_query_cached(
        &self,
        text: &str,
        lang: FieldLang,
        cache: &mut WordCache,
    ) -> Vec<Word> {
        self.analyze_with(text, lang, true, Some(cache))
    }

    fn analyze(&self, text: &str, lang: FieldLang, correct: bool) -> Vec<Word> {
        self.analyze_with(text, lang, correct, None)
    }

    fn analyze_with(
        &self,
        text: &str,
        lang: FieldLang,
        correct: bool,
        cache: Option<&mut WordCache>,
    ) -> Vec<Word> {
        let mut words = Vec::new();
        self.walk(text, lang, correct, cache, &mut |w| words.push(w.clone()));
        words
    }

    /// Calls `sink` with every index term of a FAQ text, memoising the analysis of each
    /// distinct word in `cache` (building a large index analyses the same words many times).
    pub fn for_each_term(
        &self,
        text: &str,
        lang: FieldLang,
        cache: &mut WordCache,
        sink: &mut dyn FnMut(&str),
    ) {
        self.walk(text, lang, false, Some(cache), &mut |w| {
            for t in &w.terms {
                sink(t);
            }
        });
    }

    fn walk(
        &self,
        text: &str,
        lang: FieldLang,
        correct: bool,
        mut cache: Option<&mut WordCache>,
        sink: &mut dyn FnMut(&Word),
    ) {
        let folded: Vec<(String, Vec<String>)> = word_spans(text)
            .into_iter()
            .map(|w| {
                if w.contains(is_hyphen) {
                    let parts: Vec<String> = w
                        .split(is_hyphen)
                        .map(|p| self.fold_lang(p, lang))
                        .collect();
                    (parts.concat(), parts)
                } else {
                    (self.fold_lang(w, lang), Vec::new())
                }
            })
            .collect();
        let surfaces: Vec<&str> = folded.iter().map(|(w, _)| w.as_str()).collect();
        // Multi-word synonyms ("self service portal", "record book") on the folded sequence.
        let phrases = self.synonyms.phrases(&surfaces);
        let mut i = 0;
        while i < folded.len() {
            if let Some((len, concept)) = phrases.get(&i) {
                sink(&Word {
                    surface: surfaces[i..i + len].join(" "),
                    terms: vec![concept.to_string()],
                    weight: 1.0,
                });
                i += len;
                continue;
            }
            let (w, parts) = &folded[i];
            i += 1;
            if w.is_empty() || self.stop.contains(w.as_str()) {
                continue;
            }
            match cache.as_deref_mut() {
                Some(cache) if parts.is_empty() => {
                    let map = match lang {
                        FieldLang::De => &mut cache.de,
                        FieldLang::En => &mut cache.en,
                    };
                    if !map.contains_key(w.as_str()) {
                        let word = self.analyze_word(w, parts, lang, correct);
                        map.insert(w.clone(), word);
                    }
                    if let Some(Some(word)) = map.get(w.as_str()) {
                        sink(word);
                    }
                }
                _ => {
                    if let Some(word) = self.analyze_word(w, parts, lang, correct) {
                        sink(&word);
                    }
                }
            }
        }
    }

    /// A word folded as the analysis of `lang` folds it (the surface of its [`Word`]).
    pub(crate) fn fold_lang(&self, w: &str, lang: FieldLang) -> String {
        let f = fold(w);
        match lang {
            FieldLang::De => fold_digraphs(&f),
            FieldLang::En => f,
        }
    }

    fn analyze_word(
        &self,
        w: &str,
        hyphen_parts: &[String],
        lang: FieldLang,
        correct: bool,
    ) -> Option<Word> {
        let single_letter = w.chars().count() < 2;
        if single_letter {
            return None;
        }
        let mut weight = 1.0;
        let mut surface = w.to_owned();
        let known = self.knows(w) || self.known_stems.contains(&self.stem(w, lang));
        let mut parts: Vec<String> = Vec::new();
        if !known {
            if let Some(split) = self.split_compound(w) {
                parts = split;
            } else if correct && hyphen_parts.is_empty() {
                if let Some(c) = self.correct(w) {
                    surface = c.to_owned();
                    weight = 0.8;
                } else if let Some(split) = self.split_with_typo(w) {
                    parts = split;
                    weight = 0.8;
                }
            }
        } else if let Some(split) = self.split_compound(w) {
            parts = split;
        }
        for p in hyphen_parts {
            if p.chars().count() >= 2 && !self.stop.contains(p.as_str()) && !parts.contains(p) {
                parts.push(p.clone());
            }
        }
        let mut terms = Vec::with_capacity(2 + parts.len() * 2);
        let push = |terms: &mut Vec<String>, t: String| {
            if !terms.contains(&t) {
                terms.push(t);
            }
        };
        let stem = self.stem(&surface, lang);
        for c in self.synonyms.concepts(&surface, &stem, lang) {
            push(&mut terms, c.to_owned());
        }
        push(&mut terms, stem);
        for p in &parts {
            let ps = self.stem(p, lang);
            for c in self.synonyms.concepts(p, &ps, lang) {
                push(&mut terms, c.to_owned());
            }
            push(&mut terms, ps);
        }
        Some(Word {
            surface,
            terms,
            weight,
        })
    }

    /// A compound whose last part has a typo ("berichtsheftexprot").
    fn split_with_typo(&self, w: &str) -> Option<Vec<String>> {
        if w.len() < MIN_COMPOUND + 2 || !w.is_ascii() {
            return None;
        }
        for head_len in (MIN_PART..=w.len() - 4).rev() {
            let head = &w[..head_len];
            if !self.is_part(head) {
                continue;
            }
            let rest = &w[head_len..];
            if let Some(c) = self.correct(rest) {
                return Some(vec![head.to_owned(), c.to_owned()]);
            }
        }
        None
    }
}

fn stem_with(de: &Stemmer, en: &Stemmer, word: &str, lang: FieldLang) -> String {
    if word.chars().any(|c| c.is_ascii_digit()) {
        return word.to_owned();
    }
    match lang {
        FieldLang::De => {
            // Snowball leaves the participle "-iert" alone ("exportiert" vs "exporti" for
            // "exportieren"); bring them together.
            let stem = fold(&de.stem(word));
            match stem.strip_suffix("iert") {
                Some(base) if base.len() >= 3 => format!("{base}i"),
                _ => stem,
            }
        }
        FieldLang::En => en.stem(word).into_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn analyzer() -> Analyzer {
        Analyzer::new(
            helpdesk_faq::bundled_vocabulary(),
            [
                "Berichtsheft exportieren Ausbildungsbetrieb wechseln",
                "Löschfrist Löschung löschen Identnummer Registrierungscode",
                "Azubi-Verwaltung E-Mail-Adresse",
            ],
        )
    }

    #[test]
    fn text_counts_count_each_text_once_across_threads() {
        let stop = synonyms::stop_words(helpdesk_faq::bundled_vocabulary());
        // Enough texts for several shares; "Azubi" in every text (twice in each), the hyphen
        // parts and the joined word counted per text, stop words and one letter left out.
        let texts: Vec<String> = (0..101)
            .map(|i| format!("Azubi und AZUBI E-Mail-Adresse Größe{} x", i % 2))
            .collect();
        let docs: Vec<&str> = texts.iter().map(String::as_str).collect();
        let counts = text_counts(&docs, &stop);
        assert_eq!(counts["azubi"], 101);
        assert_eq!(counts["emailadresse"], 101);
        assert_eq!(counts["mail"], 101);
        assert_eq!(counts["adresse"], 101);
        assert_eq!(counts["grosse0"], 51);
        assert_eq!(counts["grosse1"], 50);
        assert!(!counts.contains_key("und") && !counts.contains_key("x"));
        assert!(!counts.contains_key("e"), "one-letter part");
        assert_eq!(counts.len(), 6, "{counts:?}");
    }

    fn terms(a: &Analyzer, q: &str) -> Vec<String> {
        a.analyze_query(q, FieldLang::De)
            .into_iter()
            .flat_map(|w| w.terms)
            .collect()
    }

    #[test]
    fn folding_handles_umlauts_sharp_s_and_accents() {
        assert_eq!(fold("Löschen"), "loschen");
        assert_eq!(fold("Straße"), "strasse");
        assert_eq!(fold("Café"), "cafe");
        assert_eq!(fold_digraphs("loeschen"), "loschen");
        assert_eq!(fold_digraphs("Mueller".to_lowercase().as_str()), "muller");
    }

    #[test]
    fn oe_spelling_meets_umlaut() {
        let a = analyzer();
        assert_eq!(terms(&a, "loeschen"), terms(&a, "löschen"));
    }

    #[test]
    fn raw_words_join_hyphens_and_keep_parts() {
        let w = raw_words("Die E-Mail-Adresse, bitte!");
        assert_eq!(w[0], ("Die".to_owned(), vec![]));
        assert_eq!(w[1].0, "EMailAdresse");
        assert_eq!(w[1].1, vec!["E", "Mail", "Adresse"]);
    }

    #[test]
    fn word_spans_handle_dangling_hyphens_and_huge_runs() {
        assert_eq!(
            word_spans("ASTA-, Azubi- oder X"),
            vec!["ASTA", "Azubi", "oder", "X"]
        );
        assert_eq!(word_spans("--a-b--c"), vec!["a-b", "c"]);
        let huge = "x".repeat(200);
        assert!(word_spans(&huge).iter().all(|w| w.len() <= 65));
        assert_eq!(word_spans(&huge).concat().len(), 200);
    }

    #[test]
    fn stop_words_are_dropped() {
        let a = analyzer();
        assert!(terms(&a, "Wie kann ich das und der die").is_empty());
    }

    #[test]
    fn compounds_split_into_known_words() {
        let a = analyzer();
        assert_eq!(
            a.split_compound("berichtsheftexport"),
            Some(vec!["berichtsheft".to_owned(), "export".to_owned()])
        );
        let t = terms(&a, "Betriebswechsel");
        assert!(t.contains(&"~betrieb".to_owned()), "{t:?}");
        assert!(t.contains(&"~wechsel".to_owned()), "{t:?}");
        assert_eq!(a.split_compound("katzenfutter"), None);
    }

    #[test]
    fn typos_are_corrected_to_known_words() {
        let a = analyzer();
        assert_eq!(a.correct("exprotieren"), Some("exportieren"));
        let ident = terms(&a, "identnumer");
        assert!(ident.contains(&"~identnummer".to_owned()), "{ident:?}");
        assert_eq!(a.correct("registrierungscod"), Some("registrierungscode"));
        assert_eq!(a.correct("katze"), None);
        let w = a.analyze_query("exprotieren", FieldLang::De);
        assert!(w[0].weight < 1.0);
    }

    #[test]
    fn synonyms_meet_in_concepts_across_languages() {
        let a = analyzer();
        let azubi = terms(&a, "Lehrling");
        assert!(azubi.contains(&"~azubi".to_owned()), "{azubi:?}");
        let en: Vec<String> = a
            .analyze_query("apprentice", FieldLang::En)
            .into_iter()
            .flat_map(|w| w.terms)
            .collect();
        assert!(en.contains(&"~azubi".to_owned()), "{en:?}");
        let ssp = terms(&a, "im Self Service Portal");
        assert_eq!(ssp, vec!["~ssp".to_owned()]);
    }

    #[test]
    fn stemming_conflates_inflections() {
        let a = analyzer();
        assert_eq!(terms(&a, "exportieren"), terms(&a, "exportiert"));
        assert_eq!(terms(&a, "Berichtsheft"), terms(&a, "Berichtshefte"));
    }
}
