//! Maintainers: the FAQ's vocabulary (`/admin/faq/vocabulary`): synonym concepts, compound
//! parts and stop words as the `vocabulary.toml` text, with a preview over the live entries
//! and the last changes.
//!
//! The text is checked by the same rules as `helpdesk faq check` ([`Vocabulary::parse`]), saved
//! with the revision the maintainer started from (a stale revision shows a notice and keeps the
//! input), and the live index is rebuilt before the redirect, so the chat searches with it at
//! once. The preview runs core's [`faq_edit::preview_vocabulary`] for sample questions.

use askama::Template;
use axum::Form;
use axum::extract::{Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use helpdesk_core::Error;
use helpdesk_core::faq_edit;
use helpdesk_faq::Vocabulary;
use serde::Deserialize;

use super::auth::{Section, Staff};
use super::editor::{PreviewPart, preview_rows};
use super::tickets::no_store;
use crate::page::{Layout, WebError, render_with};
use crate::state::WebState;

/// The page's path (a fixed path before `/admin/faq/{id}`; the id is reserved).
pub(crate) const PATH: &str = "/admin/faq/vocabulary";

/// How many past revisions the page lists.
const HISTORY: usize = 10;

#[derive(Debug, Default, Deserialize)]
pub(crate) struct VocabularyForm {
    #[serde(default)]
    csrf: String,
    revision: Option<i64>,
    /// `save` or `preview`.
    #[serde(default)]
    op: String,
    #[serde(default)]
    text: String,
    #[serde(default)]
    samples: String,
}

struct HistoryRow {
    revision: i64,
    who: String,
    at: String,
    summary: String,
}

#[derive(Template)]
#[template(path = "admin/vocabulary.html")]
struct VocabularyPage {
    layout: Layout,
    csrf: String,
    revision: i64,
    text: String,
    samples: String,
    /// Problems of the typed text, each with its line when known.
    problems: Vec<String>,
    notice: Option<(&'static str, String)>,
    preview: Option<String>,
    history: Vec<HistoryRow>,
    concepts: usize,
    words: usize,
}

#[derive(Debug, Default, Deserialize)]
pub(crate) struct PageQuery {
    #[serde(default)]
    saved: Option<i64>,
}

fn header_comment() -> &'static str {
    "# Synonyme, Wortteile und Füllwörter der Suche (Format wie faq/data/vocabulary.toml).\n\
     # stop_words: Wörter ohne Bedeutung für die Suche; not_stop_words: allgemeine Füllwörter,\n\
     # die hier etwas bedeuten; compound_parts: Wortteile für zusammengesetzte Wörter;\n\
     # [concepts]: jedes Wort einer Gruppe findet auch Einträge mit einem anderen Wort der Gruppe.\n\n"
}

#[allow(clippy::too_many_arguments)]
async fn page(
    state: &WebState,
    staff: &Staff,
    revision: i64,
    text: String,
    samples: String,
    problems: Vec<String>,
    notice: Option<(&'static str, String)>,
    preview: Option<String>,
) -> Result<VocabularyPage, WebError> {
    let store = state.store();
    let history = store
        .faq_vocabulary_revisions()
        .await
        .map_err(|e| WebError::internal(format!("loading vocabulary revisions: {e}")))?
        .into_iter()
        .take(HISTORY)
        .map(|r| HistoryRow {
            revision: r.revision,
            who: if r.action == "seed" {
                "mitgeliefert".to_owned()
            } else if r.actor_name.is_empty() {
                r.actor
            } else {
                r.actor_name
            },
            at: r.at.format("%d.%m.%Y %H:%M UTC").to_string(),
            summary: r.summary,
        })
        .collect();
    let (concepts, words) = match Vocabulary::parse(&text) {
        Ok(v) => (
            v.concepts.len(),
            v.concepts.values().map(Vec::len).sum::<usize>(),
        ),
        Err(_) => (0, 0),
    };
    Ok(VocabularyPage {
        layout: staff.layout("Vokabular der Suche", state, Some(Section::Faq)),
        csrf: staff.csrf.clone(),
        revision,
        text,
        samples,
        problems,
        notice,
        preview,
        history,
        concepts,
        words,
    })
}

/// `GET /admin/faq/vocabulary`.
pub(crate) async fn form(
    State(state): State<WebState>,
    staff: Staff,
    Query(q): Query<PageQuery>,
) -> Result<Response, WebError> {
    staff.require_faq()?;
    let record = state
        .store()
        .faq_vocabulary()
        .await
        .map_err(|e| WebError::internal(format!("loading the vocabulary: {e}")))?;
    let text = format!("{}{}", header_comment(), record.vocabulary.render());
    let notice = q.saved.map(|rev| {
        (
            "ok",
            format!("Gespeichert (Revision {rev}). Der Chat sucht ab sofort mit diesem Vokabular."),
        )
    });
    let p = page(
        &state,
        &staff,
        record.revision,
        text,
        String::new(),
        Vec::new(),
        notice,
        None,
    )
    .await?;
    Ok(no_store(render_with(StatusCode::OK, &p)))
}

/// The problems of a typed vocabulary, in the console's words (the rule texts are the same as
/// `helpdesk faq check` prints).
fn problems_of(errors: Vec<helpdesk_faq::vocabulary::VocabularyError>) -> Vec<String> {
    errors
        .into_iter()
        .map(|e| match e.line {
            Some(line) => format!("Zeile {line}: {}", e.message),
            None => e.message,
        })
        .collect()
}

/// `POST /admin/faq/vocabulary`: save, or preview (`op=preview`).
pub(crate) async fn submit(
    State(state): State<WebState>,
    staff: Staff,
    headers: HeaderMap,
    Form(form): Form<VocabularyForm>,
) -> Result<Response, WebError> {
    staff.check_csrf(&form.csrf, &state)?;
    staff.require_faq()?;
    let revision = form.revision.ok_or(WebError::BadRequest)?;
    let parsed = Vocabulary::parse(&form.text);
    if form.op == "preview" {
        let part = match parsed {
            Ok(v) => {
                let samples: Vec<String> = form
                    .samples
                    .lines()
                    .map(str::trim)
                    .filter(|l| !l.is_empty())
                    .map(str::to_owned)
                    .collect();
                match faq_edit::preview_vocabulary(state.store(), v, samples).await {
                    Ok(items) => PreviewPart::vocabulary(preview_rows(items), None),
                    Err(faq_edit::PreviewError::Store(Error::Validation { .. })) => {
                        PreviewPart::vocabulary(
                            Vec::new(),
                            Some(format!(
                                "Bitte geben Sie 1–{} Beispielfragen an, eine pro Zeile.",
                                faq_edit::MAX_SAMPLES
                            )),
                        )
                    }
                    Err(e) => {
                        return Err(WebError::internal(format!(
                            "running a vocabulary preview: {e}"
                        )));
                    }
                }
            }
            Err(_) => PreviewPart::vocabulary(
                Vec::new(),
                Some("Die Vorschau braucht ein gültiges Vokabular: bitte prüfen Sie die gemeldeten Zeilen.".into()),
            ),
        };
        if headers.contains_key("x-fragment") {
            return Ok(no_store(render_with(StatusCode::OK, &part)));
        }
        let html = part
            .render()
            .map_err(|e| WebError::internal(format!("rendering a vocabulary preview: {e}")))?;
        let p = page(
            &state,
            &staff,
            revision,
            form.text,
            form.samples,
            Vec::new(),
            None,
            Some(html),
        )
        .await?;
        return Ok(no_store(render_with(StatusCode::OK, &p)));
    }
    let vocabulary = match parsed {
        Ok(v) => v,
        Err(errors) => {
            let notice = Some((
                "bad",
                "Das Vokabular ist so nicht verwendbar. Nichts wurde gespeichert.".to_owned(),
            ));
            let p = page(
                &state,
                &staff,
                revision,
                form.text,
                form.samples,
                problems_of(errors),
                notice,
                None,
            )
            .await?;
            return Ok(no_store(render_with(StatusCode::UNPROCESSABLE_ENTITY, &p)));
        }
    };
    match state
        .store()
        .faq_vocabulary_put(&vocabulary, revision, &staff.actor)
        .await
    {
        Ok(record) => {
            if let Err(err) = state.answerer().refresh().await {
                tracing::warn!(error = %err, "index refresh after a vocabulary write failed; the watcher retries");
            }
            tracing::info!(
                revision = record.revision,
                "FAQ vocabulary saved in the console"
            );
            Ok(Redirect::to(&format!("{PATH}?saved={}", record.revision)).into_response())
        }
        Err(Error::Conflict { current_version }) => {
            let notice = Some((
                "warn",
                format!(
                    "Jemand anderes hat das Vokabular inzwischen geändert (jetzt Revision \
                     {current_version}). Ihre Eingaben sind unten erhalten und nicht gespeichert. \
                     Bitte vergleichen Sie sie mit der Liste der Änderungen und speichern Sie \
                     dann erneut."
                ),
            ));
            let p = page(
                &state,
                &staff,
                current_version,
                form.text,
                form.samples,
                Vec::new(),
                notice,
                None,
            )
            .await?;
            Ok(no_store(render_with(StatusCode::CONFLICT, &p)))
        }
        Err(Error::Forbidden { .. }) => Err(WebError::Forbidden),
        Err(e) => Err(WebError::internal(format!("saving the vocabulary: {e}"))),
    }
}
