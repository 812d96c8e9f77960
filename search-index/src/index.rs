//! The tantivy index over FAQ entries, the ranking, and the calibrated decision
//! answer / suggest / don't know.
//!
//! Fields, each filled with the terms of [`crate::analysis`] (pre-tokenized, so indexing and
//! querying share one chain): German question, German alternatives and tags, German answer,
//! and the same three in English. Field boosts make a match in a question or an alternative
//! phrasing weigh more than one in the answer text.
//!
//! Ranking is BM25 (tantivy) over those fields. The decision uses features that mean the same
//! thing for every question, unlike raw BM25 scores:
//! - **coverage**: the IDF-weighted share of the question's words the top entry contains (in
//!   any field, either language). Words no entry contains weigh the most, so a question about
//!   something the FAQ does not cover ("Urlaubstage", "Prüfungsgebühr") keeps a low coverage
//!   even when one common word ("Azubi", "IHK") matches.
//! - **title coverage**: the same, counting only questions and alternative phrasings.
//! - **margin**: how far the top BM25 score is ahead of the runner-up.
//!
//! - further: the share of words no entry knows, coverage over known words only, the shape of
//!   the BM25 list, the length of the question, and optional semantic similarity.
//!
//! [`crate::calibration`] turns them into [`Answer::confidence`], the probability that the top
//! entry answers: above its answer threshold the bot answers, above the suggest threshold it
//! offers the best 2–3 entries as "Meinten Sie …?", below it says it does not know and offers
//! a ticket or a person.

use std::collections::HashSet;

use helpdesk_faq::{FaqEntry, FaqId, Lang, TicketKind, Vocabulary};
use serde::Serialize;
use tantivy::collector::TopDocs;
use tantivy::query::{BooleanQuery, BoostQuery, Occur, Query, TermQuery};
use tantivy::schema::{
    FAST, Field, IndexRecordOption, STORED, Schema, TextFieldIndexing, TextOptions,
};
use tantivy::{DocAddress, Searcher, TantivyDocument, Term};

use crate::analysis::{Analyzer, FastMap, FieldLang, Word, fold};
use crate::calibration::Features;

/// At or above this confidence the bot answers with the top entry.
/// Questions are cut to this many characters before analysis; longer text is not a question.
pub const MAX_QUESTION_CHARS: usize = 1000;
const MAX_WORDS: usize = 40;
const CANDIDATES: usize = 10;
const MAX_HITS: usize = 5;

/// What the bot should do with a question.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Outcome {
    /// Confident: answer with the first hit.
    Answer,
    /// Close candidates: offer the first 2–3 hits as "Meinten Sie …?".
    Suggest,
    /// Not covered by the FAQ (or not a question): say so and offer a ticket or a person.
    Unknown,
}

impl Outcome {
    /// `answer`, `suggest` or `unknown` (the wire and question-log form).
    pub fn as_str(self) -> &'static str {
        match self {
            Outcome::Answer => "answer",
            Outcome::Suggest => "suggest",
            Outcome::Unknown => "unknown",
        }
    }
}

/// One ranked entry.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Hit {
    pub id: FaqId,
    pub score: f32,
}

/// The result of asking the index.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Answer {
    pub outcome: Outcome,
    /// Best first, at most five.
    pub hits: Vec<Hit>,
    /// A correction or deletion request recognised in the question.
    pub intent: Option<TicketKind>,
    pub lang: Lang,
    /// Calibrated confidence in the first hit, 0..1: the estimated probability that the first
    /// hit answers the question (see [`crate::calibration`]).
    pub confidence: f32,
    /// A second question in the same message, if there is one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub also: Option<Box<Followup>>,
}

impl Answer {
    pub fn answered(&self) -> bool {
        self.outcome == Outcome::Answer
    }

    fn unknown(lang: Lang, intent: Option<TicketKind>) -> Self {
        Answer {
            outcome: Outcome::Unknown,
            hits: Vec::new(),
            intent,
            lang,
            confidence: 0.0,
            also: None,
        }
    }
}

/// A second question found in the same message ("… Und wie lösche ich einen User?"), answered
/// on its own so a surface can answer both or offer the second.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Followup {
    /// The sentence(s) of the second question, personal data removed.
    pub question: String,
    pub outcome: Outcome,
    pub hits: Vec<Hit>,
    pub confidence: f32,
}

/// An index could not be built.
#[derive(Debug, thiserror::Error)]
#[error("building the search index failed: {0}")]
pub struct BuildError(#[from] tantivy::TantivyError);

#[derive(Debug, Clone, Copy)]
struct Fields {
    ord: Field,
    de_q: Field,
    de_alt: Field,
    de_body: Field,
    en_q: Field,
    en_alt: Field,
    en_body: Field,
}

impl Fields {
    /// `(field, language, boost)`, in the slot order of [`analyse_entry`].
    fn all(&self) -> [(Field, FieldLang, f32); 6] {
        [
            (self.de_q, FieldLang::De, 3.0),
            (self.de_alt, FieldLang::De, 2.0),
            (self.de_body, FieldLang::De, 1.0),
            (self.en_q, FieldLang::En, 3.0),
            (self.en_alt, FieldLang::En, 2.0),
            (self.en_body, FieldLang::En, 1.0),
        ]
    }
}

/// Terms of one entry (sorted interned ids), for the coverage features.
#[derive(Debug, Default)]
struct EntryTerms {
    de_all: Vec<u32>,
    de_title: Vec<u32>,
    en_all: Vec<u32>,
    en_title: Vec<u32>,
    /// The entry's question and each alternative phrasing, one by one (German, then English).
    de_phrasings: Phrasings,
    en_phrasings: Phrasings,
}

/// The ways an entry is asked ("Woher bekomme ich einen Registrierungscode?"), each a run of
/// words, each word its IDF and its term ids; flat, so testing them against a question walks
/// three arrays.
#[derive(Debug, Default)]
struct Phrasings {
    /// Per phrasing: its words (`start..end` in `words`) and the sum of their IDF.
    spans: Vec<(u32, u32, f32)>,
    /// Per word: its IDF and its term ids (`start..end` in `ids`).
    words: Vec<(f32, u32, u32)>,
    ids: Vec<u32>,
}

impl Phrasings {
    /// `list`: per phrasing, per word, its IDF and term ids.
    fn new(list: Vec<Vec<(f32, Vec<u32>)>>) -> Phrasings {
        let mut p = Phrasings::default();
        for words in list {
            let start = p.words.len() as u32;
            let mut total = 0.0;
            for (idf, ids) in words {
                let from = p.ids.len() as u32;
                p.ids.extend(ids);
                p.words.push((idf, from, p.ids.len() as u32));
                total += idf;
            }
            p.spans.push((start, p.words.len() as u32, total));
        }
        p
    }
}

/// The term ids of a question, as a bit set over the index's terms (tested once per word of
/// every phrasing of every candidate).
struct TermSet(Vec<u64>);

impl TermSet {
    fn of(words: &[(f32, Vec<u32>)], terms: usize) -> TermSet {
        let mut bits = vec![0u64; terms.div_ceil(64)];
        for &id in words.iter().flat_map(|(_, ids)| ids) {
            if let Some(b) = bits.get_mut(id as usize / 64) {
                *b |= 1 << (id % 64);
            }
        }
        TermSet(bits)
    }

    fn contains(&self, id: u32) -> bool {
        self.0
            .get(id as usize / 64)
            .is_some_and(|b| b & (1 << (id % 64)) != 0)
    }
}

/// The analysed words of an entry's phrasings (terms as strings; ids are given later).
type RawPhrasings = [Vec<Vec<Vec<String>>>; 2];

fn raw_phrasings(analyzer: &Analyzer, e: &FaqEntry) -> RawPhrasings {
    let words = |text: &str, lang| {
        analyzer
            .analyze_query(text, lang)
            .into_iter()
            .map(|w| w.terms)
            .collect::<Vec<_>>()
    };
    [
        std::iter::once(&e.question)
            .chain(&e.alternatives)
            .map(|t| words(t, FieldLang::De))
            .filter(|p| !p.is_empty())
            .collect(),
        std::iter::once(&e.en.question)
            .chain(&e.en.alternatives)
            .map(|t| words(t, FieldLang::En))
            .filter(|p| !p.is_empty())
            .collect(),
    ]
}

/// The facets an entry speaks of, in any of its texts.
fn entry_facets(e: &FaqEntry) -> crate::facet::Facets {
    let texts = [&e.question, &e.answer, &e.en.question, &e.en.answer]
        .into_iter()
        .chain(&e.alternatives)
        .chain(&e.en.alternatives)
        .chain(&e.tags);
    crate::facet::spoken(texts.map(String::as_str))
}

/// The IDF of a word given its term ids, over `entries` entries with document frequencies `df`.
/// A word is as rare as its rarest term: "Berichtsheftexport" is specific even though its part
/// "Berichtsheft" is everywhere.
fn idf_of(ids: impl Iterator<Item = u32>, df: &[u32], entries: usize) -> f32 {
    let df = ids
        .map(|id| df[id as usize])
        .filter(|&d| d > 0)
        .min()
        .unwrap_or(0) as f32;
    (1.0 + entries.max(1) as f32 / (df + 1.0)).ln()
}

fn sorted(mut v: Vec<u32>) -> Vec<u32> {
    v.sort_unstable();
    v.dedup();
    v
}

fn merged(a: &[u32], b: &[u32]) -> Vec<u32> {
    sorted(a.iter().chain(b).copied().collect())
}

/// A built, immutable search index over a set of FAQ entries. Rebuild to change it.
pub struct Index {
    analyzer: Analyzer,
    ids: Vec<FaqId>,
    /// The ticket each entry ends in (its `ticket` field), in `ids` order.
    tickets: Vec<Option<TicketKind>>,
    /// The facets each entry speaks of (see [`crate::facet`]), in `ids` order.
    facets: Vec<crate::facet::Facets>,
    terms: Vec<EntryTerms>,
    /// Every index term → its id.
    term_ids: FastMap<String, u32>,
    /// Number of entries that contain each term id (any field, either language).
    df: Vec<u32>,
    /// Per term id, a bit per field (in [`Fields::all`] order) that has the term: a question
    /// only queries the fields where its terms occur.
    fields_of: Vec<u8>,
    fields: Fields,
    searcher: Searcher,
}

impl std::fmt::Debug for Index {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Index")
            .field("entries", &self.ids.len())
            .finish()
    }
}

/// The terms of an entry's six fields (in [`Fields::all`] order), each joined by spaces.
/// Terms never contain spaces, so tantivy's whitespace tokenizer hands them over unchanged.
fn analyse_entry(
    analyzer: &Analyzer,
    e: &FaqEntry,
    cache: &mut crate::analysis::WordCache,
) -> [String; 6] {
    let mut alt_text = String::new();
    for a in &e.alternatives {
        alt_text.push_str(a);
        alt_text.push_str(" . ");
    }
    alt_text.push_str(&e.tags.join(" "));
    let en_alt_text = e.en.alternatives.join(" . ");
    let sources: [(FieldLang, &str); 6] = [
        (FieldLang::De, &e.question),
        (FieldLang::De, &alt_text),
        (FieldLang::De, &e.answer),
        (FieldLang::En, &e.en.question),
        (FieldLang::En, &en_alt_text),
        (FieldLang::En, &e.en.answer),
    ];
    sources.map(|(lang, text)| {
        let mut joined = String::new();
        analyzer.for_each_term(text, lang, cache, &mut |t| {
            joined.push_str(t);
            joined.push(' ');
        });
        joined
    })
}

impl Index {
    /// Builds the index without a domain vocabulary (general stop words only), as for a FAQ
    /// folder without `vocabulary.toml`. See [`Index::build_with`].
    pub fn build(entries: &[FaqEntry]) -> Result<Index, BuildError> {
        Self::build_with(entries, &Vocabulary::default())
    }

    /// Builds the index with the FAQ's vocabulary (synonyms, compound parts, stop words).
    /// Runs in about a second for ten thousand entries; call it off the async runtime (it is
    /// CPU-bound).
    pub fn build_with(entries: &[FaqEntry], vocabulary: &Vocabulary) -> Result<Index, BuildError> {
        let analyzer = Analyzer::new(
            vocabulary,
            entries.iter().flat_map(|e| {
                [
                    e.question.as_str(),
                    e.answer.as_str(),
                    e.en.question.as_str(),
                    e.en.answer.as_str(),
                ]
                .into_iter()
                .chain(e.alternatives.iter().map(String::as_str))
                .chain(e.en.alternatives.iter().map(String::as_str))
                .chain(e.tags.iter().map(String::as_str))
            }),
        );

        let mut schema = Schema::builder();
        let text = TextOptions::default().set_indexing_options(
            TextFieldIndexing::default()
                .set_tokenizer("whitespace")
                .set_index_option(IndexRecordOption::WithFreqs)
                .set_fieldnorms(true),
        );
        let fields = Fields {
            ord: schema.add_u64_field("ord", FAST | STORED),
            de_q: schema.add_text_field("de_q", text.clone()),
            de_alt: schema.add_text_field("de_alt", text.clone()),
            de_body: schema.add_text_field("de_body", text.clone()),
            en_q: schema.add_text_field("en_q", text.clone()),
            en_alt: schema.add_text_field("en_alt", text.clone()),
            en_body: schema.add_text_field("en_body", text),
        };
        let index = tantivy::Index::create_in_ram(schema.build());
        let mut writer = index.writer_with_num_threads::<TantivyDocument>(1, 50_000_000)?;

        // Analysis is most of the work: spread the entries over the cores (each thread with its
        // own word cache); the terms of each field come back joined by spaces.
        let threads = std::thread::available_parallelism()
            .map(|n| n.get())
            .unwrap_or(1)
            .clamp(1, 4);
        let chunk = entries.len().div_ceil(threads).max(1);
        let analysed: Vec<Vec<([String; 6], RawPhrasings)>> = std::thread::scope(|scope| {
            let workers: Vec<_> = entries
                .chunks(chunk)
                .map(|part| {
                    let analyzer = &analyzer;
                    scope.spawn(move || {
                        let mut cache = crate::analysis::WordCache::default();
                        part.iter()
                            .map(|e| {
                                (
                                    analyse_entry(analyzer, e, &mut cache),
                                    raw_phrasings(analyzer, e),
                                )
                            })
                            .collect::<Vec<_>>()
                    })
                })
                .collect();
            workers
                .into_iter()
                .map(|w| w.join())
                .collect::<Result<_, _>>()
        })
        .map_err(|_| {
            tantivy::TantivyError::SystemError("analysing the FAQ entries failed".to_owned())
        })?;

        let field_list = fields.all().map(|(field, _, _)| field);
        let mut term_ids: FastMap<String, u32> = FastMap::default();
        let mut df: Vec<u32> = Vec::new();
        let mut fields_of: Vec<u8> = Vec::new();
        let mut terms = Vec::with_capacity(entries.len());
        let mut raw = Vec::with_capacity(entries.len());
        for (ord, (joined, phrasings)) in analysed.into_iter().flatten().enumerate() {
            raw.push(phrasings);
            let mut doc = TantivyDocument::default();
            doc.add_u64(fields.ord, ord as u64);
            let mut ids: [Vec<u32>; 6] = Default::default();
            for (slot, text) in joined.iter().enumerate() {
                for t in text.split(' ').filter(|t| !t.is_empty()) {
                    let id = match term_ids.get(t) {
                        Some(&id) => id,
                        None => {
                            let id = term_ids.len() as u32;
                            term_ids.insert(t.to_owned(), id);
                            id
                        }
                    };
                    ids[slot].push(id);
                    if fields_of.len() <= id as usize {
                        fields_of.resize(id as usize + 1, 0);
                    }
                    fields_of[id as usize] |= 1 << slot;
                }
                doc.add_text(field_list[slot], text);
            }
            let [de_q, de_alt, de_body, en_q, en_alt, en_body] = ids;
            let de_title = merged(&de_q, &de_alt);
            let en_title = merged(&en_q, &en_alt);
            let t = EntryTerms {
                de_all: merged(&de_title, &de_body),
                en_all: merged(&en_title, &en_body),
                de_title,
                en_title,
                ..EntryTerms::default()
            };
            df.resize(term_ids.len(), 0);
            for id in merged(&t.de_all, &t.en_all) {
                df[id as usize] += 1;
            }
            terms.push(t);
            writer.add_document(doc)?;
        }
        writer.commit()?;
        // The phrasings, now that every term has its id and document frequency.
        for (t, [de, en]) in terms.iter_mut().zip(raw) {
            let phrasings = |list: Vec<Vec<Vec<String>>>| -> Phrasings {
                let word = |terms: Vec<String>| {
                    let ids: Vec<u32> = terms
                        .iter()
                        .filter_map(|t| term_ids.get(t.as_str()).copied())
                        .collect();
                    (idf_of(ids.iter().copied(), &df, entries.len()), sorted(ids))
                };
                Phrasings::new(
                    list.into_iter()
                        .map(|words| words.into_iter().map(word).collect())
                        .collect(),
                )
            };
            t.de_phrasings = phrasings(de);
            t.en_phrasings = phrasings(en);
        }
        let reader = index.reader()?;
        let searcher = reader.searcher();
        Ok(Index {
            analyzer,
            ids: entries.iter().map(|e| e.id.clone()).collect(),
            tickets: entries.iter().map(|e| e.ticket).collect(),
            facets: entries.iter().map(entry_facets).collect(),
            terms,
            term_ids,
            df,
            fields_of,
            fields,
            searcher,
        })
    }

    /// Number of entries in the index.
    pub fn len(&self) -> usize {
        self.ids.len()
    }

    pub fn is_empty(&self) -> bool {
        self.ids.is_empty()
    }

    /// The analyzer (for tests and diagnostics).
    pub fn analyzer(&self) -> &Analyzer {
        &self.analyzer
    }

    fn idf(&self, word: &Word) -> f32 {
        let ids = word
            .terms
            .iter()
            .filter_map(|t| self.term_ids.get(t.as_str()).copied());
        idf_of(ids, &self.df, self.ids.len())
    }

    fn ids_of(&self, words: &[Word]) -> Vec<(f32, Vec<u32>)> {
        words
            .iter()
            .map(|w| {
                let ids = w
                    .terms
                    .iter()
                    .filter_map(|t| self.term_ids.get(t.as_str()).copied())
                    .collect();
                (w.weight, ids)
            })
            .collect()
    }

    /// IDF-weighted share of `words` (given as their term ids) found in `set`.
    fn coverage(&self, words: &[(f32, Vec<u32>)], set: &[u32], idfs: &[f32]) -> f32 {
        let mut total = 0.0;
        let mut hit = 0.0;
        for ((weight, ids), idf) in words.iter().zip(idfs) {
            total += idf;
            if ids.iter().any(|id| set.binary_search(id).is_ok()) {
                hit += idf * weight;
            }
        }
        if total > 0.0 { hit / total } else { 0.0 }
    }

    /// `entries` (those the index was built from) in index order, the order of
    /// [`Index::ask_with`]'s similarities; `None` when they are not the index's entries.
    pub fn in_order<'a>(&self, entries: &'a [FaqEntry]) -> Option<Vec<&'a FaqEntry>> {
        self.ids
            .iter()
            .map(|id| entries.iter().find(|e| &e.id == id))
            .collect()
    }

    /// The entry ids in index order (the order of [`Index::ask_with`]'s similarities).
    pub fn ids(&self) -> &[FaqId] {
        &self.ids
    }

    /// Answers a chat message: ranked hits, the decision, the intent and the language. The
    /// message is read first ([`crate::reading`]): greetings, thanks, signatures,
    /// self-introductions and personal data are not searched, and a second question is
    /// answered on its own ([`Answer::also`]).
    pub fn ask(&self, message: &str) -> Answer {
        self.ask_with(message, None)
    }

    /// [`Index::ask`] with optional semantic similarities: `semantic[i]` is the similarity
    /// (cosine of embeddings, e.g. of [`crate::reading::question_text`]) between the message
    /// and entry `i` of [`Index::ids`]. A slice of the wrong length is ignored.
    pub fn ask_with(&self, message: &str, semantic: Option<&[f32]>) -> Answer {
        self.explain(message, semantic).0
    }

    /// [`Index::ask_with`] and the features its decision was made on (`None` when nothing was
    /// searched): for fitting the calibration and for diagnostics.
    pub fn explain(&self, message: &str, semantic: Option<&[f32]>) -> (Answer, Option<Features>) {
        self.explain_calibrated(
            message,
            semantic,
            crate::calibration::Calibration::bundled(),
        )
    }

    /// [`Index::explain`] with another calibration than the bundled one (for fitting one:
    /// the semantic weight changes the ranking, hence the features).
    pub fn explain_calibrated(
        &self,
        message: &str,
        semantic: Option<&[f32]>,
        cal: &crate::calibration::Calibration,
    ) -> (Answer, Option<Features>) {
        let semantic = semantic.filter(|s| s.len() == self.ids.len());
        let message: String = message
            .chars()
            .filter(|c| !c.is_control() || c.is_whitespace())
            .take(MAX_QUESTION_CHARS)
            .collect();
        let reading = crate::reading::read(&message);
        let content = reading.content();
        let lang = crate::lang::detect(if content.trim().is_empty() {
            &message
        } else {
            &content
        });
        // A request may stand in what the reading set aside ("Mein Name steht ohne Bindestrich
        // im System, bitte ergänzen" reads as a self-introduction): the whole message, by the
        // intent lexicons alone, backs the read text up.
        let whole_intent = || crate::intent::detect_in(&message, &[], &[]);
        if reading.is_small_talk() || content.trim().is_empty() || is_greeting(&content) {
            return (Answer::unknown(lang, whole_intent()), None);
        }
        // The whole text and each question share their words' analyses.
        let mut cache = crate::analysis::WordCache::default();
        let mut whole = self.ask_text(&content, lang, semantic, cal, &mut cache);
        // (Only when the reading set something aside: else the read text was the whole message.)
        if content.trim() != message.trim() {
            if whole.0.intent.is_none() {
                whole.0.intent = whole_intent();
            } else if whole.0.intent == Some(TicketKind::NameCorrection)
                && crate::intent::company_address_only(&message)
            {
                // "Unsere Firma ist umgezogen. Wie ändern wir die Adresse?": the company's.
                whole.0.intent = None;
            }
        }
        let questions = reading.questions();
        if questions.len() >= 2 {
            // Two questions: answer the first, offer the second, when each stands on its own.
            let first = self.ask_text(&questions[0], lang, None, cal, &mut cache);
            let second = self.ask_text(&questions[1], lang, None, cal, &mut cache);
            let distinct = match (first.0.hits.first(), second.0.hits.first()) {
                (Some(a), Some(b)) => a.id != b.id,
                _ => false,
            };
            if first.0.answered() && second.0.outcome != Outcome::Unknown && distinct {
                let (mut answer, features) = first;
                answer.intent = answer.intent.or(whole.0.intent);
                answer.also = Some(Box::new(Followup {
                    question: questions[1].clone(),
                    outcome: second.0.outcome,
                    hits: second.0.hits,
                    confidence: second.0.confidence,
                }));
                return (answer, features);
            }
        }
        whole
    }

    /// Searches one text (already read) and decides.
    fn ask_text(
        &self,
        text: &str,
        lang: Lang,
        semantic: Option<&[f32]>,
        cal: &crate::calibration::Calibration,
        cache: &mut crate::analysis::WordCache,
    ) -> (Answer, Option<Features>) {
        let joined = self.join_separable_verbs(text);
        let text = joined.as_deref().unwrap_or(text);
        let mut de = self
            .analyzer
            .analyze_query_cached(text, FieldLang::De, cache);
        let mut en = self
            .analyzer
            .analyze_query_cached(text, FieldLang::En, cache);
        de.truncate(MAX_WORDS);
        en.truncate(MAX_WORDS);
        let intent = crate::intent::detect_in(text, &de, &en);
        // Numbers carry no FAQ meaning unless the FAQ uses them ("546"), nor do places and
        // times ("aus Sachsen", "im August").
        let no_meaning = |w: &Word| {
            (w.surface.bytes().all(|b| b.is_ascii_digit())
                || crate::neutral::is_neutral(&w.surface))
                && !w
                    .terms
                    .iter()
                    .any(|t| self.term_ids.contains_key(t.as_str()))
        };
        de.retain(|w| !no_meaning(w));
        en.retain(|w| !no_meaning(w));
        if de.is_empty() && en.is_empty() {
            return (Answer::unknown(lang, intent), None);
        }

        let query = self.query(&de, &en);
        let mut top = match self
            .searcher
            .search(&query, &TopDocs::with_limit(CANDIDATES).order_by_score())
        {
            Ok(top) => top
                .into_iter()
                .filter_map(|(score, addr)| Some((score, self.ord(addr)?)))
                .collect::<Vec<_>>(),
            // An in-memory search has no I/O to fail; if it ever does, "don't know" is the
            // honest answer.
            Err(_) => return (Answer::unknown(lang, intent), None),
        };
        // With embeddings, the entries most similar in meaning are candidates too, even when
        // they share no word with the question.
        if let Some(sims) = semantic {
            let mut by_sim: Vec<usize> = (0..sims.len()).collect();
            by_sim.sort_by(|&a, &b| sims[b].total_cmp(&sims[a]));
            for ord in by_sim.into_iter().take(3) {
                if !top.iter().any(|&(_, o)| o == ord) {
                    top.push((0.0, ord));
                }
            }
        }
        // A message that asks for a ticket ("wie bekomme ich ihn aus dem Portal raus") may share
        // no word with the entries that end in it, which tell what IT needs: they are
        // candidates too, as strong as the weakest word match (the ticket factor of the
        // re-ranking then decides).
        if intent.is_some() {
            let floor = top
                .iter()
                .map(|&(score, _)| score)
                .filter(|&score| score > 0.0)
                .reduce(f32::min)
                .unwrap_or(1.0);
            for (ord, ticket) in self.tickets.iter().enumerate() {
                if *ticket == intent && !top.iter().any(|&(_, o)| o == ord) {
                    top.push((floor, ord));
                }
            }
        }
        let de_idf: Vec<f32> = de.iter().map(|w| self.idf(w)).collect();
        let en_idf: Vec<f32> = en.iter().map(|w| self.idf(w)).collect();
        let de_ids = self.ids_of(&de);
        let en_ids = self.ids_of(&en);
        let known_de = Self::known_only(&de_ids, &de_idf);
        let known_en = Self::known_only(&en_ids, &en_idf);
        let unknown =
            Self::unknown_share(&de_ids, &de_idf).min(Self::unknown_share(&en_ids, &en_idf));
        let partial = self
            .partial_share(&de, &de_idf)
            .min(self.partial_share(&en, &en_idf));
        let has_unknown_noun = self.has_unknown_noun(text, &de, &de_ids);

        struct Cand {
            ord: usize,
            score: f32,
            cov: f32,
            title_cov: f32,
            rev_cov: f32,
        }
        let rank = &cal.ranking;
        let q_de = TermSet::of(&de_ids, self.term_ids.len());
        let q_en = TermSet::of(&en_ids, self.term_ids.len());
        let mut cands: Vec<Cand> = top
            .into_iter()
            .map(|(score, ord)| {
                let t = &self.terms[ord];
                let cov_de = self.coverage(&de_ids, &t.de_all, &de_idf);
                let cov_en = self.coverage(&en_ids, &t.en_all, &en_idf);
                let tcov_de = self.coverage(&de_ids, &t.de_title, &de_idf);
                let tcov_en = self.coverage(&en_ids, &t.en_title, &en_idf);
                Cand {
                    // Below, for the candidates that can reach the top five.
                    rev_cov: 0.0,
                    ord,
                    score: if rank.bm25_power == 1.0 {
                        score
                    } else {
                        score.max(0.0).powf(rank.bm25_power)
                    },
                    cov: cov_de.max(cov_en),
                    title_cov: tcov_de.max(tcov_en),
                }
            })
            .collect();
        if cands.is_empty() {
            return (Answer::unknown(lang, intent), None);
        }
        // Re-rank: BM25 decides among entries that explain the question about equally well;
        // an entry that covers clearly more of the question wins.
        let sem_max = semantic.map(|s| s.iter().copied().fold(f32::MIN, f32::max));
        // score × (base + cov + title × title_cov + phrasing × rev_cov) × ticket (`Ranking`),
        // then, with similarities, relative to the best and less the distance in meaning.
        // The phrasing coverage (the costly part) is only worked out for the candidates that
        // could reach the top five with it; the others rank below the top five either way.
        let ticket = |c: &Cand| {
            if intent.is_some() && self.tickets[c.ord] == intent {
                rank.ticket
            } else {
                1.0
            }
        };
        let lower: Vec<f32> = cands
            .iter()
            .map(|c| c.score * (rank.base + c.cov + rank.title * c.title_cov) * ticket(c))
            .collect();
        // With similarities every candidate may reach the top five, so each gets its phrasing
        // coverage (the call to the embeddings server costs far more).
        let bar = if cands.len() > MAX_HITS && semantic.is_none() {
            let mut sorted_lower = lower.clone();
            sorted_lower.sort_by(|a, b| b.total_cmp(a));
            sorted_lower[MAX_HITS - 1]
        } else {
            f32::MIN
        };
        for (c, low) in cands.iter_mut().zip(lower) {
            let phrasing = c.score * rank.phrasing * ticket(c);
            if low + phrasing >= bar {
                let t = &self.terms[c.ord];
                c.rev_cov = Self::phrasing_rev(&q_de, &t.de_phrasings)
                    .max(Self::phrasing_rev(&q_en, &t.en_phrasings));
            }
            c.score = low + phrasing * c.rev_cov;
        }
        if let (Some(sims), Some(best)) = (semantic, sem_max) {
            // Similarity joins the lexical score as a share of the best one: each candidate's
            // lexical score relative to the best, less `semantic_weight` times how far it is
            // below the most similar entry in meaning. Among entries about equally close in
            // meaning the words decide; a lead in meaning of more than 1 / `semantic_weight`
            // outweighs them.
            let max_lex = cands
                .iter()
                .map(|c| c.score)
                .fold(0.0f32, f32::max)
                .max(f32::MIN_POSITIVE);
            for c in &mut cands {
                c.score = c.score.max(0.0) / max_lex + cal.semantic_weight * (sims[c.ord] - best);
            }
        }
        cands.sort_by(|a, b| b.score.total_cmp(&a.score).then(a.ord.cmp(&b.ord)));

        let first = &cands[0];
        let second = cands.get(1).map(|c| c.score).unwrap_or(0.0);
        let margin = if first.score > 0.0 {
            ((first.score - second) / first.score).clamp(0.0, 1.0)
        } else {
            0.0
        };
        let top5: f32 = cands.iter().take(MAX_HITS).map(|c| c.score.max(0.0)).sum();
        let content_words = de.len().max(en.len()) as f32;
        let t = &self.terms[first.ord];
        let evidence = self
            .evidence(&de_ids, &t.de_all, &de_idf)
            .max(self.evidence(&en_ids, &t.en_all, &en_idf));
        let features = Features {
            cov: first.cov,
            title_cov: first.title_cov,
            known_cov: self
                .coverage(&de_ids, &t.de_all, &known_de)
                .max(self.coverage(&en_ids, &t.en_all, &known_en)),
            unknown,
            margin,
            top_share: if top5 > 0.0 {
                first.score.max(0.0) / top5
            } else {
                0.0
            },
            words: (1.0 + content_words).ln() / 3.0,
            evidence,
            partial,
            second_cov: cands.get(1).map_or(0.0, |c| c.cov),
            rev_cov: first.rev_cov,
            unknown_noun: if has_unknown_noun { 1.0 } else { 0.0 },
            ticket: match (intent, self.tickets[first.ord]) {
                (Some(asked), Some(ends)) if asked == ends => 1.0,
                _ => 0.0,
            },
            sem: match semantic {
                Some(s) => s[first.ord],
                None => 0.0,
            },
            sem_gap: match (semantic, sem_max) {
                (Some(s), Some(best)) => best - s[first.ord],
                _ => 0.0,
            },
            sem_margin: semantic.map_or(0.0, |s| {
                let others = s
                    .iter()
                    .enumerate()
                    .filter(|&(i, _)| i != first.ord)
                    .map(|(_, &v)| v)
                    .fold(f32::MIN, f32::max);
                if others == f32::MIN {
                    0.0
                } else {
                    s[first.ord] - others
                }
            }),
        };
        let model = cal.model(semantic.is_some());
        let mut confidence = model.probability(&features).clamp(0.0, 1.0);
        // A question about undoing, being told, a comparison, another service or the company's
        // records is not answered by an entry that does not speak of it: suggested at most.
        if confidence >= model.answer_at
            && crate::facet::beyond(crate::facet::asked(text), self.facets[first.ord])
        {
            confidence = (model.answer_at - 0.01).max(0.0);
        }
        let outcome = if confidence >= model.answer_at {
            Outcome::Answer
        } else if confidence >= model.suggest_at && cands.len() >= 2 {
            Outcome::Suggest
        } else {
            Outcome::Unknown
        };
        let max = first.score.max(f32::MIN_POSITIVE);
        let hits = cands
            .iter()
            .take(MAX_HITS)
            .map(|c| Hit {
                id: self.ids[c.ord].clone(),
                score: round3((c.score / max).max(0.0) * confidence.max(0.001)),
            })
            .collect();
        let answer = Answer {
            outcome,
            hits,
            intent,
            lang,
            confidence: round3(confidence),
            also: None,
        };
        (answer, Some(features))
    }

    /// The IDF of the words found in `set` (the coverage times the question's whole IDF), in
    /// units of the rarest possible word, as `ln(1 + units) / 2` (see [`Features::evidence`]).
    fn evidence(&self, words: &[(f32, Vec<u32>)], set: &[u32], idfs: &[f32]) -> f32 {
        let rarest = (1.0 + self.ids.len().max(1) as f32).ln();
        let units = self.coverage(words, set, idfs) * idfs.iter().sum::<f32>() / rarest;
        (1.0 + units).ln() / 2.0
    }

    /// German separable verbs put their particle at the end of the clause: "Wo logge ich mich
    /// ein?", "Wie füge ich Azubis hinzu?", "Wer schaltet mich frei?". When a clause ends in such
    /// a particle and particle + one of its words is a word the FAQ knows ("einloggen",
    /// "hinzufügen", "freischalten"), that word is written joined and the particle dropped.
    /// `None` when nothing was joined.
    fn join_separable_verbs(&self, text: &str) -> Option<String> {
        const PARTICLES: &[&str] = &[
            "ab", "an", "auf", "aus", "bei", "ein", "fest", "frei", "her", "heraus", "herunter",
            "hin", "hinzu", "hoch", "los", "mit", "nach", "raus", "rein", "runter", "um", "vor",
            "weg", "weiter", "zu", "zurück", "zuruck", "zurueck", "zusammen",
        ];
        let is_word = |c: char| c.is_alphanumeric() || c == '-';
        // Nothing is allocated for a clause that does not end in a particle (most clauses).
        let mut out: Option<String> = None;
        let (mut copied, mut start) = (0, 0);
        for clause in text.split_inclusive(['.', '?', '!', ',', ';', ':', '\n']) {
            let clause_start = start;
            start += clause.len();
            let trimmed = clause.trim_end_matches(|c: char| !is_word(c));
            let last_start = trimmed
                .char_indices()
                .rev()
                .find(|&(_, c)| !is_word(c))
                .map_or(0, |(i, c)| i + c.len_utf8());
            let last = &trimmed[last_start..];
            if !(2..=8).contains(&last.len())
                || !PARTICLES.iter().any(|p| last.eq_ignore_ascii_case(p))
            {
                continue;
            }
            let particle = fold(last);
            let words: Vec<&str> = clause[..last_start]
                .split(|c: char| !is_word(c))
                .filter(|w| !w.is_empty())
                .collect();
            if words.len() < 2 {
                continue;
            }
            // The finite verb is one of the first words of the clause (main clause order).
            let known = words.iter().take(4).find_map(|w| {
                let candidate = format!("{particle}{}", fold(w));
                let found = self
                    .analyzer
                    .analyze_query(&candidate, FieldLang::De)
                    .first()
                    .is_some_and(|a| {
                        a.weight >= 1.0
                            && a.terms
                                .first()
                                .is_some_and(|t| self.term_ids.contains_key(t.as_str()))
                    });
                found.then_some((*w, candidate))
            });
            if let Some((verb, joined)) = known {
                // The verb joined (its first occurrence), the final particle dropped.
                let o = out.get_or_insert_with(|| String::with_capacity(text.len() + 8));
                o.push_str(&text[copied..clause_start]);
                o.push_str(&clause[..last_start].replacen(verb, &joined, 1));
                o.push_str(&clause[last_start + last.len()..]);
                copied = start;
            }
        }
        let mut out = out?;
        out.push_str(&text[copied..]);
        Some(out)
    }

    /// The largest IDF-weighted share of one phrasing whose words the question contains.
    fn phrasing_rev(question: &TermSet, p: &Phrasings) -> f32 {
        let mut best = 0.0f32;
        for &(start, end, total) in &p.spans {
            if total <= 0.0 {
                continue;
            }
            let mut hit = 0.0;
            for &(idf, from, to) in &p.words[start as usize..end as usize] {
                if p.ids[from as usize..to as usize]
                    .iter()
                    .any(|&id| question.contains(id))
                {
                    hit += idf;
                }
            }
            best = best.max(hit / total);
            if best >= 1.0 {
                break;
            }
        }
        best
    }

    /// Whether `text` has a noun inside a sentence (capitalised, not the first word of a
    /// sentence, not an acronym or a hyphenated word) that no entry contains in any form:
    /// one of `unknown` (the words of the question, as analysed, whose `ids` are empty).
    fn has_unknown_noun(&self, text: &str, words: &[Word], ids: &[(f32, Vec<u32>)]) -> bool {
        let unknown: Vec<&str> = words
            .iter()
            .zip(ids)
            .filter(|(_, (_, ids))| ids.is_empty())
            .map(|(w, _)| w.surface.as_str())
            .collect();
        if unknown.is_empty() {
            return false;
        }
        let mut last_end = 0;
        for span in crate::analysis::word_spans(text) {
            // `word_spans` returns slices of `text`.
            let start = span.as_ptr() as usize - text.as_ptr() as usize;
            let between = text.get(last_end.min(start)..start).unwrap_or("");
            let sentence_start = last_end == 0
                || between.contains(['.', '?', '!', ':', ';', '\n', '"', '\u{201e}', '\u{201c}']);
            last_end = start + span.len();
            let mut chars = span.chars();
            let noun = chars.next().is_some_and(char::is_uppercase)
                && chars.any(char::is_lowercase)
                && !span.contains(crate::analysis::is_hyphen);
            if noun && !sentence_start {
                // Folded as the German analysis folds a word, so it meets the word's surface.
                let folded = self.analyzer.fold_lang(span, FieldLang::De);
                if unknown.contains(&folded.as_str()) {
                    return true;
                }
            }
        }
        false
    }

    /// IDF-weighted share of the compounds with a part no entry contains
    /// (see [`Features::partial`]).
    fn partial_share(&self, words: &[Word], idfs: &[f32]) -> f32 {
        let total: f32 = idfs.iter().sum();
        let partial: f32 = words
            .iter()
            .zip(idfs)
            .filter(|(w, _)| {
                // The first term is the word's own stem (a compound the FAQ knows whole is
                // not partial); compound parts follow, concepts (`~…`) are not parts.
                if w.terms
                    .first()
                    .is_some_and(|t| self.term_ids.contains_key(t.as_str()))
                {
                    return false;
                }
                let (known, unknown) = w.terms.iter().skip(1).filter(|t| !t.starts_with('~')).fold(
                    (0, 0),
                    |(k, u), p| {
                        if self.term_ids.contains_key(p.as_str()) {
                            (k + 1, u)
                        } else {
                            (k, u + 1)
                        }
                    },
                );
                known > 0 && unknown > 0
            })
            .map(|(_, idf)| idf)
            .sum();
        if total > 0.0 { partial / total } else { 0.0 }
    }

    /// IDF weights with the words no entry contains set to zero.
    fn known_only(words: &[(f32, Vec<u32>)], idfs: &[f32]) -> Vec<f32> {
        words
            .iter()
            .zip(idfs)
            .map(|((_, ids), &idf)| if ids.is_empty() { 0.0 } else { idf })
            .collect()
    }

    /// IDF-weighted share of the words no entry contains.
    fn unknown_share(words: &[(f32, Vec<u32>)], idfs: &[f32]) -> f32 {
        let total: f32 = idfs.iter().sum();
        let unknown: f32 = words
            .iter()
            .zip(idfs)
            .filter(|((_, ids), _)| ids.is_empty())
            .map(|(_, idf)| idf)
            .sum();
        if total > 0.0 { unknown / total } else { 0.0 }
    }

    fn ord(&self, addr: DocAddress) -> Option<usize> {
        let segment = self.searcher.segment_reader(addr.segment_ord);
        let col = segment.fast_fields().u64("ord").ok()?;
        col.first(addr.doc_id).map(|o| o as usize)
    }

    fn query(&self, de: &[Word], en: &[Word]) -> BooleanQuery {
        let mut clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        for (slot, (field, lang, boost)) in self.fields.all().into_iter().enumerate() {
            let words = match lang {
                FieldLang::De => de,
                FieldLang::En => en,
            };
            let mut seen = HashSet::new();
            for w in words {
                for t in &w.terms {
                    let Some(&id) = self.term_ids.get(t.as_str()) else {
                        continue;
                    };
                    if self.fields_of[id as usize] & (1 << slot) == 0 || !seen.insert(t.as_str()) {
                        continue;
                    }
                    // A concept (synonym) match counts a little less than the word itself.
                    let kind = if t.starts_with('~') { 0.7 } else { 1.0 };
                    let term = Term::from_field_text(field, t);
                    let q = TermQuery::new(term, IndexRecordOption::WithFreqs);
                    clauses.push((
                        Occur::Should,
                        Box::new(BoostQuery::new(Box::new(q), boost * kind * w.weight)),
                    ));
                }
            }
        }
        BooleanQuery::new(clauses)
    }
}

fn round3(x: f32) -> f32 {
    (x * 1000.0).round() / 1000.0
}

/// A message that only greets ("Hallo", "Hi!", "Guten Morgen") is not a question.
fn is_greeting(text: &str) -> bool {
    const GREETINGS: &[&str] = &[
        "hallo",
        "hi",
        "hey",
        "moin",
        "servus",
        "gruss",
        "grussgott",
        "guten",
        "tag",
        "morgen",
        "abend",
        "hello",
        "good",
        "morning",
        "evening",
        "afternoon",
        "na",
        "ihr",
        "zusammen",
        "leute",
        "there",
        "all",
    ];
    let words: Vec<String> = crate::analysis::raw_words(text)
        .into_iter()
        .map(|(w, _)| fold(&w))
        .collect();
    !words.is_empty() && words.iter().all(|w| GREETINGS.contains(&w.as_str()))
}
