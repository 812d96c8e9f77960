//! Maintainers: the FAQ list with search (`GET /admin/faq?q=…`). The search here filters the
//! list (id, questions and alternative phrasings in both languages, case-insensitive); what the
//! chat answers is decided by the real search in core.

use askama::Template;
use axum::extract::{Query, State};
use axum::response::Response;
use serde::Deserialize;

use super::auth::{Section, Staff};
use super::tickets::no_store;
use crate::page::{Layout, WebError, render};
use crate::state::WebState;

struct Row {
    id: String,
    question: String,
    question_en: String,
    alternatives: usize,
    revision: i64,
    updated: String,
}

#[derive(Template)]
#[template(path = "admin/faq_list.html")]
struct FaqListPage {
    layout: Layout,
    q: String,
    total: usize,
    rows: Vec<Row>,
}

#[derive(Debug, Default, Deserialize)]
pub(crate) struct ListQuery {
    #[serde(default)]
    q: String,
}

/// `GET /admin/faq`.
pub(crate) async fn list(
    State(state): State<WebState>,
    staff: Staff,
    Query(query): Query<ListQuery>,
) -> Result<Response, WebError> {
    staff.require_faq()?;
    let records = state
        .store()
        .faq_entries()
        .await
        .map_err(|e| WebError::internal(format!("loading FAQ entries: {e}")))?;
    let total = records.len();
    let needle = query.q.trim().to_lowercase();
    let mut rows: Vec<Row> = records
        .into_iter()
        .filter(|r| {
            let e = &r.entry;
            needle.is_empty()
                || std::iter::once(e.id.as_str())
                    .chain([e.question.as_str(), e.en.question.as_str()])
                    .chain(e.alternatives.iter().map(String::as_str))
                    .chain(e.en.alternatives.iter().map(String::as_str))
                    .any(|text| text.to_lowercase().contains(&needle))
        })
        .map(|r| Row {
            id: r.entry.id.to_string(),
            question: r.entry.question.clone(),
            question_en: r.entry.en.question.clone(),
            alternatives: r.entry.alternatives.len() + r.entry.en.alternatives.len(),
            revision: r.revision,
            updated: r.updated_at.format("%d.%m.%Y %H:%M UTC").to_string(),
        })
        .collect();
    rows.sort_by(|a, b| a.id.cmp(&b.id));
    let page = FaqListPage {
        layout: staff.layout("FAQ", &state, Some(Section::Faq)),
        q: query.q,
        total,
        rows,
    };
    Ok(no_store(render(&page)))
}
