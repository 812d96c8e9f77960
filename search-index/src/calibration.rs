//! The calibrated decision: answer, suggest or "don't know".
//!
//! Raw BM25 scores mean nothing across questions, so the decision looks at [`Features`] that
//! mean the same for every question (how much of the question the top entry covers, how far
//! it is ahead of the runner-up, …) and turns them into the probability that the top entry
//! answers the question, with a small logistic model: `p = σ(bias + Σ wᵢ·xᵢ)`.
//!
//! The weights are data, not code: `search-index/calibration.json`, written by
//! `cargo run -p helpdesk-search --example fit_calibration` (logistic regression fitted on
//! labelled questions, thresholds chosen by k-fold cross-validation, see docs/answering.md).
//! A second model with the optional semantic features is used when the question comes with
//! per-entry semantic similarities (embeddings) and the file has one.

use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

/// What the decision knows about the best entry for a question. All values are roughly 0..1.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize, Deserialize)]
pub struct Features {
    /// IDF-weighted share of the question's words the top entry contains (any field).
    pub cov: f32,
    /// The same, counting only the entry's questions and alternative phrasings.
    pub title_cov: f32,
    /// Coverage over the words the FAQ knows at all (words no entry contains left out).
    pub known_cov: f32,
    /// IDF-weighted share of the question's words that no entry contains.
    pub unknown: f32,
    /// How far the top (re-ranked) score is ahead of the runner-up, relative to the top.
    pub margin: f32,
    /// The top score's share of the sum of the top five: the shape of the BM25 list.
    pub top_share: f32,
    /// `ln(1 + content words)`, scaled to about 0..1.
    pub words: f32,
    /// How much evidence the top entry has: the IDF of the question words it contains, summed
    /// in units of the rarest possible word, `ln(1 + units) / 2`. Two common words fully
    /// covered ("Prüfer IHK") are less evidence than four rare ones.
    pub evidence: f32,
    /// IDF-weighted share of the question's compounds with a part no entry contains
    /// ("Facebook-Account": "Account" is known, "Facebook" is not).
    pub partial: f32,
    /// The coverage of the runner-up entry (`cov` of the second candidate).
    pub second_cov: f32,
    /// 1 when the message asks for a ticket and the top entry ends in that ticket.
    pub ticket: f32,
    /// The largest IDF-weighted share of one phrasing of the top entry (its question or one
    /// alternative, in either language) whose words the question contains: "Registrierungscode
    /// fehlt" contains all that matters of "Woher bekomme ich einen Registrierungscode?".
    pub rev_cov: f32,
    /// 1 when the question has a noun inside a sentence (a capital letter not at a sentence
    /// start, as German writes nouns) that the FAQ knows in no form: "Wie viele Urlaubstage
    /// stehen einem Azubi zu?" asks about something else than the entries with "Azubi".
    pub unknown_noun: f32,

    /// Semantic similarity of the top entry (0 without embeddings).
    pub sem: f32,
    /// How far the top entry's similarity is below the best similarity of any entry (0 when it
    /// is the best; 0 without embeddings).
    pub sem_gap: f32,
    /// How far the top entry's similarity is above the best similarity of any other entry
    /// (negative when another is more similar; 0 without embeddings).
    pub sem_margin: f32,
}

/// The names of the lexical features, in the order of [`Features::lexical`].
pub const LEXICAL: [&str; 13] = [
    "cov",
    "title_cov",
    "known_cov",
    "unknown",
    "margin",
    "top_share",
    "words",
    "evidence",
    "partial",
    "second_cov",
    "ticket",
    "rev_cov",
    "unknown_noun",
];

impl Features {
    /// The value of a named feature.
    pub fn get(&self, name: &str) -> Option<f32> {
        Some(match name {
            "cov" => self.cov,
            "title_cov" => self.title_cov,
            "known_cov" => self.known_cov,
            "unknown" => self.unknown,
            "margin" => self.margin,
            "top_share" => self.top_share,
            "words" => self.words,
            "evidence" => self.evidence,
            "partial" => self.partial,
            "second_cov" => self.second_cov,
            "ticket" => self.ticket,
            "rev_cov" => self.rev_cov,
            "unknown_noun" => self.unknown_noun,
            "sem" => self.sem,
            "sem_gap" => self.sem_gap,
            "sem_margin" => self.sem_margin,
            _ => return None,
        })
    }

    /// The lexical features, in [`LEXICAL`] order.
    pub fn lexical(&self) -> [f32; LEXICAL.len()] {
        LEXICAL.map(|name| self.get(name).unwrap_or(0.0))
    }
}

/// One fitted logistic model and its two thresholds.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Model {
    /// Feature names (see [`Features::get`]), one per weight.
    pub features: Vec<String>,
    pub weights: Vec<f32>,
    pub bias: f32,
    /// At or above this probability the bot answers.
    pub answer_at: f32,
    /// At or above this probability (and below `answer_at`) it offers suggestions.
    pub suggest_at: f32,
}

impl Model {
    /// The probability that the top entry answers the question.
    pub fn probability(&self, f: &Features) -> f32 {
        let z: f32 = self.bias
            + self
                .features
                .iter()
                .zip(&self.weights)
                .map(|(name, w)| w * f.get(name).unwrap_or(0.0))
                .sum::<f32>();
        let p = 1.0 / (1.0 + (-z).exp());
        if p.is_finite() { p } else { 0.0 }
    }

    /// Problems that make the model unusable (unknown feature, lengths, thresholds).
    pub fn problems(&self) -> Vec<String> {
        let mut out = Vec::new();
        if self.features.len() != self.weights.len() {
            out.push(format!(
                "{} features but {} weights",
                self.features.len(),
                self.weights.len()
            ));
        }
        for f in &self.features {
            if Features::default().get(f).is_none() {
                out.push(format!("unknown feature {f:?}"));
            }
        }
        if !(0.0..=1.0).contains(&self.suggest_at)
            || !(0.0..=1.0).contains(&self.answer_at)
            || self.suggest_at > self.answer_at
        {
            out.push("thresholds must satisfy 0 <= suggest_at <= answer_at <= 1".to_owned());
        }
        if !self.bias.is_finite() || self.weights.iter().any(|w| !w.is_finite()) {
            out.push("weights must be finite numbers".to_owned());
        }
        out
    }
}

/// The lexical model and, optionally, one that also uses semantic similarity.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Calibration {
    /// How the weights were obtained (data, folds, date): for people reading the file.
    #[serde(default)]
    pub fitted: String,
    pub lexical: Model,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub semantic: Option<Model>,
    /// How much semantic similarity moves the ranking: a candidate ranks by its lexical score
    /// relative to the best one, less `d × semantic_weight` when it is `d` below the most
    /// similar entry.
    #[serde(default = "default_semantic_weight")]
    pub semantic_weight: f32,
    /// How the candidates are re-ranked (fitted with the decision, see [`Ranking`]).
    #[serde(default)]
    pub ranking: Ranking,
}

fn default_semantic_weight() -> f32 {
    2.0
}

/// The re-ranking of the BM25 candidates: each candidate's score is
/// `bm25^bm25_power × (base + cov + title × title_cov + phrasing × rev_cov) × ticket`, where
/// `ticket` is the factor for an entry that ends in the ticket the message asks for (1
/// otherwise). BM25 decides among entries that explain the question about equally well; an
/// entry that covers clearly more of the question wins. Data, like the decision's weights:
/// `fit_calibration` scores settings by the same cross-validated score.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Ranking {
    pub base: f32,
    pub title: f32,
    pub phrasing: f32,
    pub ticket: f32,
    pub bm25_power: f32,
}

impl Default for Ranking {
    /// The re-ranking before it was data (sessions 1–7).
    fn default() -> Ranking {
        Ranking {
            base: 0.4,
            title: 0.5,
            phrasing: 0.25,
            ticket: 5.0,
            bm25_power: 1.0,
        }
    }
}

impl Ranking {
    /// Problems that make the ranking unusable.
    pub fn problems(&self) -> Vec<String> {
        let values = [
            self.base,
            self.title,
            self.phrasing,
            self.ticket,
            self.bm25_power,
        ];
        if values.iter().all(|v| v.is_finite() && *v >= 0.0)
            && self.ticket >= 1.0
            && self.bm25_power > 0.0
        {
            Vec::new()
        } else {
            vec!["ranking: weights must be finite and >= 0, ticket >= 1, bm25_power > 0".to_owned()]
        }
    }
}

impl Calibration {
    /// Parses and checks a calibration file.
    pub fn parse(json: &str) -> Result<Calibration, String> {
        let c: Calibration = serde_json::from_str(json).map_err(|e| e.to_string())?;
        let mut problems = c.lexical.problems();
        if let Some(s) = &c.semantic {
            problems.extend(s.problems().into_iter().map(|p| format!("semantic: {p}")));
        }
        problems.extend(c.ranking.problems());
        if problems.is_empty() {
            Ok(c)
        } else {
            Err(problems.join("; "))
        }
    }

    /// The calibration compiled into the library (`search-index/calibration.json`). The file
    /// is checked by this module's tests; should it still be unusable, a conservative model
    /// that only answers well-covered questions stands in.
    pub fn bundled() -> &'static Calibration {
        static CAL: OnceLock<Calibration> = OnceLock::new();
        CAL.get_or_init(|| {
            Calibration::parse(include_str!("../calibration.json")).unwrap_or_else(|_| {
                Calibration {
                    fitted: "fallback".to_owned(),
                    lexical: Model {
                        features: vec!["cov".into(), "title_cov".into(), "margin".into()],
                        weights: vec![6.0, 3.0, 2.0],
                        bias: -7.0,
                        answer_at: 0.5,
                        suggest_at: 0.3,
                    },
                    semantic: None,
                    semantic_weight: default_semantic_weight(),
                    ranking: Ranking::default(),
                }
            })
        })
    }

    /// The model for a question with or without semantic similarities.
    pub fn model(&self, semantic: bool) -> &Model {
        match (&self.semantic, semantic) {
            (Some(m), true) => m,
            _ => &self.lexical,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bundled_calibration_is_valid() {
        let c = Calibration::parse(include_str!("../calibration.json"));
        assert!(c.is_ok(), "{c:?}");
        assert_ne!(Calibration::bundled().fitted, "fallback");
    }

    #[test]
    fn bad_models_are_rejected() {
        let bad = r#"{"lexical": {"features": ["cov", "nope"], "weights": [1.0],
            "bias": 0.0, "answer_at": 0.3, "suggest_at": 0.5}}"#;
        let err = Calibration::parse(bad).unwrap_err();
        assert!(err.contains("unknown feature"), "{err}");
        assert!(err.contains("weights"), "{err}");
        assert!(err.contains("thresholds"), "{err}");
    }

    #[test]
    fn rankings_are_checked_and_default_to_the_old_constants() {
        let base = include_str!("../calibration.json");
        let c = Calibration::parse(base).unwrap();
        let mut v: serde_json::Value = serde_json::from_str(base).unwrap();
        // A file without a ranking (written before it was data) ranks as before.
        v.as_object_mut().unwrap().remove("ranking");
        let old = Calibration::parse(&v.to_string()).unwrap();
        assert_eq!(old.ranking, Ranking::default());
        assert_eq!(old.ranking.base, 0.4);
        assert!(c.ranking.problems().is_empty());
        v["ranking"] = serde_json::json!({"base": -1.0, "ticket": 0.5});
        let err = Calibration::parse(&v.to_string()).unwrap_err();
        assert!(err.contains("ranking"), "{err}");
    }

    #[test]
    fn probability_grows_with_coverage() {
        let m = &Calibration::bundled().lexical;
        let low = Features {
            cov: 0.2,
            title_cov: 0.1,
            known_cov: 0.3,
            unknown: 0.6,
            evidence: 0.1,
            rev_cov: 0.2,
            ..Features::default()
        };
        let high = Features {
            cov: 1.0,
            title_cov: 0.9,
            known_cov: 1.0,
            margin: 0.5,
            top_share: 0.5,
            words: 0.5,
            evidence: 0.7,
            rev_cov: 0.8,
            ..Features::default()
        };
        assert!(m.probability(&high) > m.probability(&low));
        assert!(m.probability(&high) > m.answer_at);
        assert!(m.probability(&low) < m.answer_at);
    }
}
