//! Answer-quality metrics over a labelled question set, computed exactly like
//! `shared/eval/score.py` (so `helpdesk eval` and the Python scorer agree).

use helpdesk_faq::TicketKind;
use serde::{Deserialize, Serialize};

use crate::Index;

/// One labelled question: `expect` lists acceptable entry ids, empty = should abstain.
#[derive(Debug, Clone, Deserialize)]
pub struct Labelled {
    pub q: String,
    #[serde(default)]
    pub expect: Vec<String>,
    #[serde(default)]
    pub intent: Option<TicketKind>,
    #[serde(default)]
    pub tag: Option<String>,
}

/// The metrics of `score.py`; `score = (top1 + abstain_ok) / 2`.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Metrics {
    pub questions: usize,
    pub in_scope: usize,
    pub out_of_scope: usize,
    pub top1: f64,
    #[serde(rename = "recall@3")]
    pub recall_at_3: f64,
    pub mrr: f64,
    pub false_abstain: f64,
    pub abstain_ok: f64,
    pub intent_acc: f64,
    pub intent_recall: f64,
    pub intent_precision: f64,
    pub score: f64,
}

fn r4(x: f64) -> f64 {
    (x * 10000.0).round() / 10000.0
}

/// Scores `index` on `questions`; also returns one line per miss, for reading.
pub fn score(index: &Index, questions: &[Labelled]) -> (Metrics, Vec<String>) {
    score_by(questions, |q| index.ask(q))
}

/// Like [`score`], with the answers from `ask` (e.g. an index asked with semantic
/// similarities).
pub fn score_by(
    questions: &[Labelled],
    mut ask: impl FnMut(&str) -> crate::Answer,
) -> (Metrics, Vec<String>) {
    let (mut inn, mut out) = (0usize, 0usize);
    let (mut top1, mut r3, mut rr, mut fabst, mut abst_ok) = (0.0, 0.0, 0.0, 0.0, 0.0);
    let (mut intent_ok, mut labelled, mut predicted, mut i_rec, mut i_prec) = (0, 0, 0, 0, 0);
    let mut misses = Vec::new();
    for q in questions {
        let a = ask(&q.q);
        let ids: Vec<&str> = a.hits.iter().map(|h| h.id.as_str()).collect();
        let tag = q.tag.as_deref().unwrap_or("-");
        if a.intent == q.intent {
            intent_ok += 1;
        }
        if q.intent.is_some() {
            labelled += 1;
            i_rec += usize::from(a.intent == q.intent);
        }
        if a.intent.is_some() {
            predicted += 1;
            i_prec += usize::from(a.intent == q.intent);
        }
        if a.intent != q.intent {
            misses.push(format!(
                "intent [{tag}] {:?}: got {:?}, want {:?}",
                q.q, a.intent, q.intent
            ));
        }
        if q.expect.is_empty() {
            out += 1;
            if a.answered() {
                misses.push(format!(
                    "miss [{tag}] {:?} -> {:?} answered (conf {})",
                    q.q,
                    ids.first(),
                    a.confidence
                ));
            } else {
                abst_ok += 1.0;
            }
            continue;
        }
        inn += 1;
        let rank = ids
            .iter()
            .position(|id| q.expect.iter().any(|e| e == id))
            .map(|r| r + 1);
        if !a.answered() {
            fabst += 1.0;
        }
        if a.answered() && rank == Some(1) {
            top1 += 1.0;
        } else {
            misses.push(format!(
                "miss [{tag}] {:?} -> {:?} {:?} (conf {})",
                q.q,
                &ids[..ids.len().min(3)],
                a.outcome,
                a.confidence
            ));
        }
        if let Some(r) = rank {
            if r <= 3 {
                r3 += 1.0;
            }
            rr += 1.0 / r as f64;
        }
    }
    let n_in = inn.max(1) as f64;
    let n_out = out.max(1) as f64;
    let top1 = r4(top1 / n_in);
    let abstain_ok = r4(abst_ok / n_out);
    let m = Metrics {
        questions: questions.len(),
        in_scope: inn,
        out_of_scope: out,
        top1,
        recall_at_3: r4(r3 / n_in),
        mrr: r4(rr / n_in),
        false_abstain: r4(fabst / n_in),
        abstain_ok,
        intent_acc: r4(intent_ok as f64 / questions.len().max(1) as f64),
        intent_recall: r4(i_rec as f64 / labelled.max(1) as f64),
        intent_precision: if predicted > 0 {
            r4(i_prec as f64 / predicted as f64)
        } else {
            0.0
        },
        score: r4((top1 + abstain_ok) / 2.0),
    };
    (m, misses)
}
