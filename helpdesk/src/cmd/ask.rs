//! `helpdesk ask` and `helpdesk eval`: the answering path on the command line, straight from
//! the FAQ files (bundled, or `--faq-dir`), without a database.

use std::io::{BufRead, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Context;
use helpdesk_faq::{FaqEntry, Lang};
use helpdesk_search::{Answer, Index, Outcome};

use super::semantic::{self, SemanticCli};
use serde::Serialize;
use serde_json::json;

#[derive(Debug, clap::Args)]
pub struct AskArgs {
    /// The question (omit with --jsonl).
    pub question: Option<String>,
    /// Print one JSON object instead of readable text.
    #[arg(long, conflicts_with = "jsonl")]
    pub json: bool,
    /// Read JSON lines `{"q": "…"}` from stdin, write one JSON object per line.
    #[arg(long)]
    pub jsonl: bool,
    /// Load the FAQ from this folder instead of the bundled one.
    #[arg(long, value_name = "DIR")]
    pub faq_dir: Option<PathBuf>,
}

#[derive(Debug, clap::Args)]
pub struct EvalArgs {
    /// Labelled questions: JSON lines `{"q", "expect": [ids], "intent"}`.
    pub questions: PathBuf,
    /// Load the FAQ from this folder instead of the bundled one.
    #[arg(long, value_name = "DIR")]
    pub faq_dir: Option<PathBuf>,
    /// Print only the metrics as one JSON line.
    #[arg(long)]
    pub json: bool,
}

/// The entries and the search index of the bundled FAQ or of a FAQ folder (with the folder's
/// `vocabulary.toml`, if it has one).
fn build(dir: Option<&Path>) -> anyhow::Result<(Vec<FaqEntry>, Index)> {
    let (entries, vocabulary) = match dir {
        None => (
            helpdesk_faq::bundled().to_vec(),
            helpdesk_faq::bundled_vocabulary().clone(),
        ),
        Some(dir) => {
            let folder = helpdesk_faq::load_folder(dir).map_err(|errors| {
                let shown: Vec<String> = errors.iter().map(ToString::to_string).collect();
                anyhow::anyhow!(
                    "the FAQ in {} has problems:\n{}",
                    dir.display(),
                    shown.join("\n")
                )
            })?;
            (folder.entries, folder.vocabulary)
        }
    };
    let index = Index::build_with(&entries, &vocabulary).context("building the search index")?;
    Ok((entries, index))
}

/// The `--json`/`--jsonl` line for one question.
#[derive(Serialize)]
struct Prediction<'a> {
    q: &'a str,
    hits: &'a [helpdesk_search::Hit],
    answered: bool,
    outcome: Outcome,
    intent: Option<helpdesk_faq::TicketKind>,
    lang: Lang,
    confidence: f32,
    /// A second question in the same message (its text, hits, outcome, confidence).
    #[serde(skip_serializing_if = "Option::is_none")]
    also: Option<&'a helpdesk_search::Followup>,
}

fn prediction<'a>(q: &'a str, a: &'a Answer) -> Prediction<'a> {
    Prediction {
        q,
        hits: &a.hits,
        answered: a.answered(),
        outcome: a.outcome,
        intent: a.intent,
        lang: a.lang,
        confidence: a.confidence,
        also: a.also.as_deref(),
    }
}

pub fn run(args: AskArgs) -> anyhow::Result<ExitCode> {
    let (entries, index) = build(args.faq_dir.as_deref())?;
    let semantic = SemanticCli::from_env(&index, &entries)?;
    if args.jsonl {
        let stdin = std::io::stdin();
        let stdout = std::io::stdout();
        jsonl(
            &index,
            semantic.as_ref(),
            stdin.lock(),
            BufWriter::new(stdout.lock()),
        )?;
        if let Some(s) = &semantic {
            s.report();
        }
        return Ok(ExitCode::SUCCESS);
    }
    let Some(question) = args.question else {
        anyhow::bail!("give a question, e.g. helpdesk ask \"Wo finde ich das Berichtsheft?\"");
    };
    let answer = semantic::ask(&index, semantic.as_ref(), &question);
    if let Some(s) = &semantic {
        s.report();
    }
    if args.json {
        println!(
            "{}",
            serde_json::to_string(&prediction(&question, &answer))?
        );
    } else {
        print!("{}", render(&entries, &answer));
    }
    Ok(ExitCode::SUCCESS)
}

/// Answers every line of `input`; a malformed line yields `{"line", "error"}` and the rest
/// are still answered. Lines are read in blocks and answered on all cores; the output keeps
/// the input order.
pub(crate) fn jsonl(
    index: &Index,
    semantic: Option<&SemanticCli>,
    input: impl BufRead,
    mut out: impl Write,
) -> anyhow::Result<()> {
    const BLOCK: usize = 2048;
    let threads = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(1)
        .min(8);
    let mut lines = input.lines().enumerate();
    loop {
        let block: Vec<(usize, std::io::Result<String>)> = lines.by_ref().take(BLOCK).collect();
        if block.is_empty() {
            break;
        }
        let chunk = block.len().div_ceil(threads);
        let answered: Vec<Vec<String>> = std::thread::scope(|scope| {
            let workers: Vec<_> = block
                .chunks(chunk)
                .map(|part| {
                    scope.spawn(move || {
                        part.iter()
                            .filter_map(|(i, l)| answer_line(index, semantic, i + 1, l))
                            .collect()
                    })
                })
                .collect();
            workers
                .into_iter()
                .map(|w| w.join().unwrap_or_default())
                .collect()
        });
        for line in answered.iter().flatten() {
            out.write_all(line.as_bytes())?;
            out.write_all(b"\n")?;
        }
    }
    out.flush()?;
    Ok(())
}

/// One output line for one input line (`None` for a blank line).
fn answer_line(
    index: &Index,
    semantic: Option<&SemanticCli>,
    line_no: usize,
    line: &std::io::Result<String>,
) -> Option<String> {
    let line = match line {
        Ok(l) => l,
        Err(e) => {
            return Some(
                json!({"line": line_no, "error": format!("unreadable line: {e}")}).to_string(),
            );
        }
    };
    if line.trim().is_empty() {
        return None;
    }
    let q = match serde_json::from_str::<serde_json::Value>(line) {
        Ok(v) => match v.get("q").and_then(|q| q.as_str()) {
            Some(q) => q.to_owned(),
            None => {
                return Some(
                    json!({"line": line_no, "error": "expected an object with a string field \"q\""})
                        .to_string(),
                );
            }
        },
        Err(e) => {
            return Some(
                json!({"line": line_no, "error": format!("invalid JSON: {e}")}).to_string(),
            );
        }
    };
    let a = semantic::ask(index, semantic, &q);
    serde_json::to_string(&prediction(&q, &a)).ok()
}

/// Readable terminal output in the language of the question.
pub(crate) fn render(entries: &[FaqEntry], a: &Answer) -> String {
    let lang = a.lang;
    let de = lang == Lang::De;
    let by_id = |id: &helpdesk_faq::FaqId| entries.iter().find(|e| &e.id == id);
    let mut s = String::new();
    let pct = (a.confidence * 100.0).round();
    match a.outcome {
        Outcome::Answer => {
            if let Some(e) = a.hits.first().and_then(|h| by_id(&h.id)) {
                s += &format!("{}  [{}]\n\n", e.question_in(lang), e.id);
                s += e.answer_in(lang);
                s += "\n";
                if let Some(link) = &e.link {
                    let title = e.link_title.as_deref().unwrap_or(link);
                    s += &format!(
                        "\n{}: {title}\n  {link}\n",
                        if de { "Mehr dazu" } else { "More" }
                    );
                }
                if let Some(kind) = e.ticket.or(a.intent) {
                    s += &format!("\n{}\n", ticket_hint(kind, lang));
                }
                s += &format!(
                    "\n({}: {pct} %)\n",
                    if de { "Sicherheit" } else { "confidence" }
                );
            }
        }
        Outcome::Suggest => {
            s += if de {
                "Meinten Sie …?\n"
            } else {
                "Did you mean …?\n"
            };
            for (i, h) in a.hits.iter().take(3).enumerate() {
                if let Some(e) = by_id(&h.id) {
                    s += &format!("  {}. {}  [{}]\n", i + 1, e.question_in(lang), e.id);
                }
            }
            s += &format!(
                "\n({}: {pct} %)\n",
                if de { "Sicherheit" } else { "confidence" }
            );
        }
        Outcome::Unknown => {
            s += if de {
                "Dazu weiß ich leider keine Antwort aus den FAQ.\nSie können ein Ticket öffnen oder sich an digitalesberichtsheft@hannover.ihk.de wenden.\n"
            } else {
                "Sorry, I don't know the answer to that from the FAQ.\nYou can open a ticket or write to digitalesberichtsheft@hannover.ihk.de.\n"
            };
            if let Some(kind) = a.intent {
                s += &format!("\n{}\n", ticket_hint(kind, lang));
            }
        }
    }
    if let Some(also) = &a.also
        && also.outcome != Outcome::Unknown
        && let Some(e) = also.hits.first().and_then(|h| by_id(&h.id))
    {
        s += &format!(
            "\n{} {}  [{}]\n",
            if de {
                "Sie haben auch gefragt:"
            } else {
                "You also asked:"
            },
            e.question_in(lang),
            e.id
        );
    }
    s
}

fn ticket_hint(kind: helpdesk_faq::TicketKind, lang: Lang) -> &'static str {
    use helpdesk_faq::TicketKind::*;
    match (kind, lang) {
        (NameCorrection, Lang::De) => {
            "→ IT kann das korrigieren: Namenskorrektur als Ticket öffnen (/namenskorrektur)."
        }
        (NameCorrection, Lang::En) => {
            "→ IT can correct this: open a name-correction ticket (/name-correction)."
        }
        (Deletion, Lang::De) => {
            "→ IT kann das löschen: Löschantrag als Ticket öffnen (/loeschantrag)."
        }
        (Deletion, Lang::En) => "→ IT can delete this: open a deletion ticket (/deletion-request).",
    }
}

pub fn eval(args: EvalArgs) -> anyhow::Result<ExitCode> {
    let (entries, index) = build(args.faq_dir.as_deref())?;
    let semantic = SemanticCli::from_env(&index, &entries)?;
    let text = std::fs::read_to_string(&args.questions)
        .with_context(|| format!("reading {}", args.questions.display()))?;
    let mut questions = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let q: helpdesk_search::eval::Labelled = serde_json::from_str(line).with_context(|| {
            format!(
                "{}:{}: expected {{\"q\", \"expect\": [ids], \"intent\"}}",
                args.questions.display(),
                i + 1
            )
        })?;
        questions.push(q);
    }
    let (metrics, misses) = helpdesk_search::eval::score_by(&questions, |q| {
        semantic::ask(&index, semantic.as_ref(), q)
    });
    if let Some(s) = &semantic {
        s.report();
    }
    if args.json {
        println!("{}", serde_json::to_string(&metrics)?);
    } else {
        for m in misses {
            println!("{m}");
        }
        println!("{}", serde_json::to_string_pretty(&metrics)?);
    }
    Ok(ExitCode::SUCCESS)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn jsonl_answers_good_lines_and_reports_bad_ones() {
        let index =
            Index::build_with(helpdesk_faq::bundled(), helpdesk_faq::bundled_vocabulary()).unwrap();
        let input = "{\"q\": \"Wo finde ich das digitale Berichtsheft?\"}\nnot json\n{\"x\": 1}\n\n{\"q\": \"Hallo\"}\n";
        let mut out = Vec::new();
        jsonl(&index, None, input.as_bytes(), &mut out).unwrap();
        let lines: Vec<serde_json::Value> = String::from_utf8(out)
            .unwrap()
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        assert_eq!(lines.len(), 4);
        assert_eq!(lines[0]["q"], "Wo finde ich das digitale Berichtsheft?");
        assert!(lines[0]["hits"].as_array().unwrap().len() <= 5);
        assert_eq!(lines[0]["lang"], "de");
        assert_eq!(lines[1]["line"], 2);
        assert!(lines[1]["error"].as_str().unwrap().contains("invalid JSON"));
        assert_eq!(lines[2]["line"], 3);
        assert_eq!(lines[3]["answered"], false);
    }

    #[test]
    fn jsonl_keeps_input_order_across_blocks_and_threads() {
        let index =
            Index::build_with(helpdesk_faq::bundled(), helpdesk_faq::bundled_vocabulary()).unwrap();
        let input: String = (0..5000)
            .map(|i| format!("{{\"q\": \"Frage {i} Berichtsheft\"}}\n"))
            .collect();
        let mut out = Vec::new();
        jsonl(&index, None, input.as_bytes(), &mut out).unwrap();
        let text = String::from_utf8(out).unwrap();
        let qs: Vec<String> = text
            .lines()
            .map(|l| {
                serde_json::from_str::<serde_json::Value>(l).unwrap()["q"]
                    .as_str()
                    .unwrap()
                    .to_owned()
            })
            .collect();
        assert_eq!(qs.len(), 5000);
        for (i, q) in qs.iter().enumerate() {
            assert_eq!(q, &format!("Frage {i} Berichtsheft"));
        }
    }

    #[test]
    fn render_says_it_does_not_know_in_the_users_language() {
        let entries = helpdesk_faq::bundled();
        let index = Index::build_with(entries, helpdesk_faq::bundled_vocabulary()).unwrap();
        let de = render(
            entries,
            &index.ask("Wie ist das Wetter morgen in Hannover?"),
        );
        assert!(de.contains("weiß ich leider keine Antwort"), "{de}");
        let en = render(entries, &index.ask("What is the weather like tomorrow?"));
        assert!(en.contains("I don't know"), "{en}");
    }
}
