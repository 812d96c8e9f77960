//! Maintainers: the unanswered-questions inbox. Questions the bot could not answer (grouped,
//! with counts, most asked first); "Als Alternative hinzufügen" adopts one as an alternative
//! phrasing of an entry through core (`Store::adopt_question`), then the live index is
//! refreshed, so the same question is answered at once. "Neuer Eintrag aus dieser Frage" opens
//! the editor with the question filled in (see [`super::editor`]).

use askama::Template;
use axum::Form;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use helpdesk_core::Error;
use helpdesk_faq::{FaqId, Lang};
use serde::Deserialize;

use super::auth::{Section, Staff};
use super::tickets::no_store;
use crate::page::{Layout, WebError, render, render_with};
use crate::state::WebState;

/// Rows shown.
const INBOX_LIMIT: usize = 100;

struct Item {
    question: String,
    count: i64,
    last: String,
    lang: &'static str,
    top_hit: String,
}

#[derive(Template)]
#[template(path = "admin/inbox.html")]
struct InboxPage {
    layout: Layout,
    csrf: String,
    items: Vec<Item>,
    entries: Vec<(String, String)>,
    notice: Option<(&'static str, String)>,
}

#[derive(Debug, Default, Deserialize)]
pub(crate) struct InboxQuery {
    #[serde(default)]
    adopted: Option<String>,
}

async fn inbox_page(
    state: &WebState,
    staff: &Staff,
    notice: Option<(&'static str, String)>,
) -> Result<InboxPage, WebError> {
    let store = state.store();
    let questions = store
        .unanswered_questions(INBOX_LIMIT)
        .await
        .map_err(|e| WebError::internal(format!("loading unanswered questions: {e}")))?;
    let mut entries: Vec<(String, String)> = store
        .faq_entries()
        .await
        .map_err(|e| WebError::internal(format!("loading FAQ entries: {e}")))?
        .into_iter()
        .map(|r| (r.entry.id.to_string(), r.entry.question))
        .collect();
    entries.sort();
    Ok(InboxPage {
        layout: staff.layout("Unbeantwortete Fragen", state, Some(Section::Inbox)),
        csrf: staff.csrf.clone(),
        items: questions
            .into_iter()
            .map(|q| Item {
                question: q.question,
                count: q.count,
                last: q.last_asked.format("%d.%m.%Y %H:%M UTC").to_string(),
                lang: q.lang.code(),
                top_hit: q.top_hit.unwrap_or_default(),
            })
            .collect(),
        entries,
        notice,
    })
}

/// `GET /admin/questions`.
pub(crate) async fn inbox(
    State(state): State<WebState>,
    staff: Staff,
    Query(q): Query<InboxQuery>,
) -> Result<Response, WebError> {
    staff.require_faq()?;
    let notice = q
        .adopted
        .map(|id| ("ok", format!("Die Frage ist jetzt eine alternative Formulierung von „{id}“ und wird ab sofort beantwortet.")));
    let page = inbox_page(&state, &staff, notice).await?;
    Ok(no_store(render(&page)))
}

#[derive(Debug, Deserialize)]
pub(crate) struct AdoptForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    question: String,
    #[serde(default)]
    lang: String,
    #[serde(default)]
    entry: String,
}

/// `POST /admin/questions/adopt` ("Als Alternative hinzufügen").
pub(crate) async fn adopt(
    State(state): State<WebState>,
    staff: Staff,
    Form(form): Form<AdoptForm>,
) -> Result<Response, WebError> {
    staff.check_csrf(&form.csrf, &state)?;
    staff.require_faq()?;
    let lang = if form.lang == "en" {
        Lang::En
    } else {
        Lang::De
    };
    let problem = match FaqId::parse(&form.entry) {
        Err(_) => Some("Bitte wählen Sie einen Eintrag aus.".to_owned()),
        Ok(id) => match state
            .store()
            .adopt_question(&id, &form.question, lang, None, &staff.actor)
            .await
        {
            Ok(_) => {
                if let Err(err) = state.answerer().refresh().await {
                    tracing::warn!(error = %err, "index refresh after a FAQ write failed; the watcher retries");
                }
                return Ok(Redirect::to(&format!("/admin/questions?adopted={id}")).into_response());
            }
            Err(Error::NotFound) => Some("Diesen Eintrag gibt es nicht (mehr).".to_owned()),
            Err(Error::Conflict { .. }) => Some(
                "Der Eintrag wurde gerade von jemand anderem geändert. Bitte versuchen Sie es erneut.".to_owned(),
            ),
            Err(Error::Validation { .. }) => Some("Die Frage muss 1–1000 Zeichen lang sein.".to_owned()),
            Err(Error::Forbidden { .. }) => return Err(WebError::Forbidden),
            Err(e) => return Err(WebError::internal(format!("adopting a question: {e}"))),
        },
    };
    let page = inbox_page(&state, &staff, problem.map(|p| ("bad", p))).await?;
    Ok(no_store(render_with(
        StatusCode::UNPROCESSABLE_ENTITY,
        &page,
    )))
}
