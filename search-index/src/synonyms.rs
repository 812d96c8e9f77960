//! The domain vocabulary as the analysis uses it: stop words, synonym concepts (German and
//! English), and the words the compound splitter may use beyond those of the FAQ itself. The
//! vocabulary itself is data: `vocabulary.toml` in the FAQ folder ([`helpdesk_faq::Vocabulary`]).
//!
//! A synonym group is a *concept*: every word of the group yields the concept token `~name`
//! in addition to its own stem, so "Lehrling" finds an entry that says "Auszubildende" while
//! an exact word still ranks a little higher (it matches twice). Inflected forms are listed
//! where the stemmer does not bring them together (mitnehmen / Mitnahme / mitgenommen).
//! A word may belong to more than one concept ("change": Betriebswechsel and Daten ändern).

use std::collections::HashMap;

use helpdesk_faq::Vocabulary;

use crate::analysis::{FastMap, FastSet, FieldLang, fold, fold_digraphs};

/// General German and English stop words (the NLTK lists of the `stop-words` crate), folded
/// like the text (`für` → `fur`, `don't` → `dont`), plus the vocabulary's own `stop_words`,
/// less its `not_stop_words`.
pub fn stop_words(vocabulary: &Vocabulary) -> FastSet<String> {
    let norm = |w: &str| fold(w).replace(['\'', '’'], "");
    let keep: FastSet<String> = vocabulary.not_stop_words.iter().map(|w| norm(w)).collect();
    stop_words::get("de")
        .iter()
        .chain(stop_words::get("en"))
        .map(|w| norm(w))
        .chain(vocabulary.stop_words.iter().map(|w| norm(w)))
        .filter(|w| !w.is_empty() && !keep.contains(w))
        .collect()
}

/// The domain words of a vocabulary (for the compound dictionary and typo vocabulary): the
/// single words of its concepts and its compound parts.
pub fn domain_words(vocabulary: &Vocabulary) -> impl Iterator<Item = &str> {
    vocabulary
        .concepts
        .values()
        .flatten()
        .map(String::as_str)
        .filter(|w| !w.contains(' '))
        .chain(vocabulary.compound_parts.iter().map(String::as_str))
}

/// The synonym tables, built once per analyzer with its stemmers.
#[derive(Debug, Default)]
pub struct Synonyms {
    /// Concept tokens (`~name`); the maps below hold indexes into this list.
    tokens: Vec<String>,
    /// (lang, folded surface or stem) → concept tokens.
    single_de: FastMap<String, Vec<u32>>,
    single_en: FastMap<String, Vec<u32>>,
    /// first word → (folded word sequence, concept token), longest first.
    phrases: HashMap<String, Vec<(Vec<String>, u32)>>,
}

impl Synonyms {
    pub fn new(vocabulary: &Vocabulary, stem: impl Fn(&str, FieldLang) -> String) -> Self {
        let mut s = Synonyms::default();
        for (name, words) in &vocabulary.concepts {
            let token = s.tokens.len() as u32;
            s.tokens.push(format!("~{name}"));
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
    pub fn concepts(&self, surface: &str, stem: &str, lang: FieldLang) -> Vec<&str> {
        let mut out: Vec<&str> = Vec::new();
        let map = match lang {
            FieldLang::De => &self.single_de,
            FieldLang::En => &self.single_en,
        };
        for key in [surface, stem] {
            if let Some(cs) = map.get(key) {
                for &c in cs {
                    let c = self.tokens[c as usize].as_str();
                    if !out.contains(&c) {
                        out.push(c);
                    }
                }
            }
        }
        out
    }

    /// Phrase matches in a folded word sequence: start index → (length, concept token).
    pub fn phrases(&self, words: &[&str]) -> HashMap<usize, (usize, &str)> {
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
                    found.insert(i, (p.len(), self.tokens[*token as usize].as_str()));
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
        let s = Synonyms::new(helpdesk_faq::bundled_vocabulary(), |w, _| w.to_owned());
        let words = ["im", "self", "service", "portal", "bildung"];
        let found = s.phrases(&words);
        assert_eq!(found.get(&1), Some(&(3, "~ssp")));
    }
}
