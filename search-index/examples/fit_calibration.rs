//! Fits the calibrated decision (`search-index/calibration.json`) on labelled questions.
//!
//! ```sh
//! cargo run -p helpdesk-search --example fit_calibration -- \
//!     ../shared/eval/dev-questions.jsonl eval/train/*.jsonl > search-index/calibration.json
//! ```
//!
//! For every question the index is asked (lexical only) and the features of its decision are
//! recorded with the label "the first hit is right" (in-scope question whose first hit is an
//! expected entry) or not (wrong entry, or a question the FAQ does not answer). A logistic
//! regression with a small L2 penalty is fitted by Newton's method. The answer threshold is
//! chosen on 5-fold cross-validated probabilities (each question scored by a model that did
//! not see it), maximising `score = (top1 + abstain_ok) / 2` with at most 5 % of out-of-scope
//! questions answered; the final weights are fitted on all questions. The cross-validated
//! figures are printed to stderr. The suggest threshold is the lowest at which at most 10 % of
//! the out-of-scope questions would get "Meinten Sie …?" suggestions.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::needless_range_loop)]

use helpdesk_search::calibration::{Calibration, LEXICAL, Model};
use helpdesk_search::eval::Labelled;
use helpdesk_search::{Features, Index};

const FOLDS: usize = 5;
const L2: f64 = 0.01;

struct Sample {
    x: Vec<f64>,
    /// The first hit is an expected entry.
    right: bool,
    in_scope: bool,
    /// Nothing was searched (greeting, empty): always "don't know".
    skipped: bool,
}

fn sigmoid(z: f64) -> f64 {
    1.0 / (1.0 + (-z).exp())
}

/// Newton's method on the L2-penalised log-likelihood; returns `[bias, w…]`.
fn fit(samples: &[&Sample]) -> Vec<f64> {
    let d = LEXICAL.len() + 1;
    let mut w = vec![0.0; d];
    for _ in 0..50 {
        let mut grad = vec![0.0; d];
        let mut hess = vec![vec![0.0; d]; d];
        for s in samples {
            let x: Vec<f64> = std::iter::once(1.0).chain(s.x.iter().copied()).collect();
            let p = sigmoid(x.iter().zip(&w).map(|(a, b)| a * b).sum());
            let y = if s.right { 1.0 } else { 0.0 };
            for i in 0..d {
                grad[i] += (p - y) * x[i];
                for j in 0..d {
                    hess[i][j] += p * (1.0 - p) * x[i] * x[j];
                }
            }
        }
        for i in 1..d {
            grad[i] += L2 * samples.len() as f64 * w[i];
            hess[i][i] += L2 * samples.len() as f64;
        }
        hess[0][0] += 1e-6;
        let step = solve(hess, grad);
        let mut change = 0.0;
        for i in 0..d {
            w[i] -= step[i];
            change += step[i].abs();
        }
        if change < 1e-9 {
            break;
        }
    }
    w
}

/// Gaussian elimination with partial pivoting.
fn solve(mut a: Vec<Vec<f64>>, mut b: Vec<f64>) -> Vec<f64> {
    let n = b.len();
    for c in 0..n {
        let p = (c..n)
            .max_by(|&i, &j| a[i][c].abs().total_cmp(&a[j][c].abs()))
            .unwrap();
        a.swap(c, p);
        b.swap(c, p);
        let pivot = a[c][c];
        if pivot.abs() < 1e-12 {
            continue;
        }
        for r in c + 1..n {
            let f = a[r][c] / pivot;
            for k in c..n {
                a[r][k] -= f * a[c][k];
            }
            b[r] -= f * b[c];
        }
    }
    let mut x = vec![0.0; n];
    for r in (0..n).rev() {
        let s: f64 = (r + 1..n).map(|k| a[r][k] * x[k]).sum();
        x[r] = if a[r][r].abs() < 1e-12 {
            0.0
        } else {
            (b[r] - s) / a[r][r]
        };
    }
    x
}

fn predict(w: &[f64], s: &Sample) -> f64 {
    if s.skipped {
        return 0.0;
    }
    sigmoid(w[0] + s.x.iter().zip(&w[1..]).map(|(a, b)| a * b).sum::<f64>())
}

/// `(score, top1, abstain_ok, wrong answers to out-of-scope)` when answering at `t`.
fn metrics(samples: &[Sample], probs: &[f64], t: f64) -> (f64, f64, f64, f64) {
    let (mut inn, mut out, mut top1, mut ok) = (0.0, 0.0, 0.0, 0.0);
    for (s, &p) in samples.iter().zip(probs) {
        let answered = p >= t;
        if s.in_scope {
            inn += 1.0;
            if answered && s.right {
                top1 += 1.0;
            }
        } else {
            out += 1.0;
            if !answered {
                ok += 1.0;
            }
        }
    }
    let top1 = top1 / f64::max(inn, 1.0);
    let ok = ok / f64::max(out, 1.0);
    ((top1 + ok) / 2.0, top1, ok, 1.0 - ok)
}

fn main() {
    let paths: Vec<String> = std::env::args().skip(1).collect();
    if paths.is_empty() {
        eprintln!("usage: fit_calibration QUESTIONS.jsonl…");
        std::process::exit(2);
    }
    let index = Index::build_with(helpdesk_faq::bundled(), helpdesk_faq::bundled_vocabulary())
        .expect("index");
    let mut samples = Vec::new();
    for path in &paths {
        let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"));
        for line in text.lines().filter(|l| !l.trim().is_empty()) {
            let q: Labelled = serde_json::from_str(line).unwrap_or_else(|e| panic!("{path}: {e}"));
            let (answer, features) = index.explain(&q.q, None);
            let first = answer.hits.first().map(|h| h.id.as_str());
            let right = first.is_some_and(|id| q.expect.iter().any(|e| e == id));
            let f: Features = features.unwrap_or_default();
            samples.push(Sample {
                x: f.lexical().iter().map(|&v| f64::from(v)).collect(),
                right: right && !q.expect.is_empty(),
                in_scope: !q.expect.is_empty(),
                skipped: features.is_none(),
            });
        }
    }
    // Deterministic interleaved folds.
    let mut cv = vec![0.0; samples.len()];
    for fold in 0..FOLDS {
        let train: Vec<&Sample> = samples
            .iter()
            .enumerate()
            .filter(|(i, s)| i % FOLDS != fold && !s.skipped)
            .map(|(_, s)| s)
            .collect();
        let w = fit(&train);
        for (i, s) in samples.iter().enumerate() {
            if i % FOLDS == fold {
                cv[i] = predict(&w, s);
            }
        }
    }
    let mut best = (f64::MIN, 0.5);
    for step in 20..=90 {
        let t = f64::from(step) / 100.0;
        let (score, _, _, wrong_oos) = metrics(&samples, &cv, t);
        // Prefer the higher threshold on ties: a wrong answer is worse than "don't know".
        if wrong_oos <= 0.05 && score >= best.0 {
            best = (score, t);
        }
    }
    let answer_at = best.1;
    // Suggestions ("Meinten Sie …?") start where at most 10 % of the out-of-scope questions
    // would get them: offering entries for the weather is not helpful.
    let oos: Vec<f64> = samples
        .iter()
        .zip(&cv)
        .filter(|(s, _)| !s.in_scope)
        .map(|(_, &p)| p)
        .collect();
    let suggest_at = (10..=(answer_at * 100.0) as u32)
        .map(|t| f64::from(t) / 100.0)
        .find(|&t| oos.iter().filter(|&&p| p >= t).count() as f64 <= 0.10 * oos.len().max(1) as f64)
        .unwrap_or(answer_at);
    let (score, top1, ok, _) = metrics(&samples, &cv, answer_at);
    eprintln!(
        "{} questions, {FOLDS}-fold CV at answer_at {answer_at:.2}: score {score:.4}, top1 {top1:.4}, abstain_ok {ok:.4}",
        samples.len()
    );
    let all: Vec<&Sample> = samples.iter().filter(|s| !s.skipped).collect();
    let w = fit(&all);
    let round = |x: f64| ((x * 1000.0).round() / 1000.0) as f32;
    let model = Model {
        features: LEXICAL.iter().map(|s| s.to_string()).collect(),
        weights: w[1..].iter().map(|&x| round(x)).collect(),
        bias: round(w[0]),
        answer_at: answer_at as f32,
        suggest_at: suggest_at as f32,
    };
    let files: Vec<&str> = paths
        .iter()
        .map(|p| p.rsplit('/').next().unwrap_or(p))
        .collect();
    let keep = Calibration::parse(include_str!("../calibration.json")).ok();
    let cal = Calibration {
        fitted: format!(
            "logistic regression (L2 {L2}) on {} questions ({}); answer_at from {FOLDS}-fold CV (score {score:.3}, top1 {top1:.3}, abstain_ok {ok:.3}); refit with examples/fit_calibration.rs",
            samples.len(),
            files.join(", ")
        ),
        lexical: model,
        semantic: keep.as_ref().and_then(|c| c.semantic.clone()),
        semantic_weight: keep.map(|c| c.semantic_weight).unwrap_or(2.0),
    };
    println!("{}", serde_json::to_string_pretty(&cal).unwrap());
}
