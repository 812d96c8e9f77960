//! Maintainers: the FAQ editor (`/admin/faq/{id}`, `/admin/faq/new`), its live preview and the
//! revision history with diffs and revert (`/admin/faq/{id}/revisions`).
//!
//! The form is checked by core's one FAQ validation ([`FaqDraft::validate`], the same as the
//! admin API's) and saved with the revision the maintainer started from (a stale revision shows
//! a notice and keeps the input). The preview runs core's [`faq_edit::preview`] — the real
//! search over the live FAQ with the draft in place — for sample questions; without
//! JavaScript it is a second submit button ("Vorschau") that shows the page again with the
//! results, with `static/faq.js` it runs while typing (`X-Fragment: 1` answers the results
//! only). After a save the live index is refreshed, so the chat answers with the new text at
//! once.

use askama::Template;
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use helpdesk_core::faq_edit::{self, FaqDraft, PreviewError};
use helpdesk_core::{Error, FieldError, FieldProblem};
use helpdesk_faq::{FaqId, TicketKind};
use serde::Deserialize;

use super::auth::{Section, Staff};
use super::tickets::no_store;
use crate::page::{Layout, WebError, render_with};
use crate::state::WebState;

/// The path of the "new entry" form (a fixed path before `/admin/faq/{id}`).
pub(crate) const NEW: &str = "new";

/// Audience checkboxes: value, label.
const AUDIENCES: &[(&str, &str)] = &[
    ("apprentice", "Auszubildende"),
    ("trainer", "Ausbildende"),
    ("training_admin", "Ausbildungsverwaltung"),
];

/// The editor's form, as typed (lists one item per line).
#[derive(Debug, Clone, Default)]
struct EditForm {
    csrf: String,
    /// The revision the maintainer started from (`None`: a new entry).
    revision: Option<i64>,
    /// `save` or `preview`.
    op: String,
    id: String,
    section: String,
    question: String,
    answer: String,
    alternatives: String,
    en_question: String,
    en_answer: String,
    en_alternatives: String,
    link: String,
    link_title: String,
    ticket: String,
    tags: String,
    audience: Vec<String>,
    samples: String,
    /// The inbox question this entry answers ("Neuer Eintrag aus dieser Frage").
    from_question: String,
}

fn lines(text: &str) -> Vec<String> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(str::to_owned)
        .collect()
}

impl EditForm {
    fn parse(pairs: Vec<(String, String)>) -> Self {
        let mut f = EditForm::default();
        for (k, v) in pairs {
            match k.as_str() {
                "csrf" => f.csrf = v,
                "revision" => f.revision = v.trim().parse().ok(),
                "op" => f.op = v,
                "id" => f.id = v,
                "section" => f.section = v,
                "question" => f.question = v,
                "answer" => f.answer = v,
                "alternatives" => f.alternatives = v,
                "en_question" => f.en_question = v,
                "en_answer" => f.en_answer = v,
                "en_alternatives" => f.en_alternatives = v,
                "link" => f.link = v,
                "link_title" => f.link_title = v,
                "ticket" => f.ticket = v,
                "tags" => f.tags = v,
                "audience" => f.audience.push(v),
                "samples" => f.samples = v,
                "from_question" => f.from_question = v,
                _ => {}
            }
        }
        f
    }

    fn from_draft(d: &FaqDraft, revision: Option<i64>) -> Self {
        EditForm {
            revision,
            id: d.id.clone(),
            section: d.section.clone(),
            question: d.question.clone(),
            answer: d.answer.clone(),
            alternatives: d.alternatives.join("\n"),
            en_question: d.en_question.clone(),
            en_answer: d.en_answer.clone(),
            en_alternatives: d.en_alternatives.join("\n"),
            link: d.link.clone().unwrap_or_default(),
            link_title: d.link_title.clone().unwrap_or_default(),
            ticket: d.ticket.map(|t| t.as_str().to_owned()).unwrap_or_default(),
            tags: d.tags.join(", "),
            audience: d.audience.clone(),
            ..EditForm::default()
        }
    }

    /// The draft for core's validation. An unknown ticket kind is reported by the caller.
    fn draft(&self) -> (FaqDraft, bool) {
        // `None`: not one of the offered kinds.
        let ticket: Option<Option<TicketKind>> = match self.ticket.trim() {
            "" => Some(None),
            t => t.parse::<TicketKind>().ok().map(Some),
        };
        let draft = FaqDraft {
            id: self.id.trim().to_owned(),
            section: self.section.clone(),
            question: self.question.clone(),
            answer: self.answer.clone(),
            alternatives: lines(&self.alternatives),
            tags: self
                .tags
                .split(',')
                .map(str::trim)
                .filter(|t| !t.is_empty())
                .map(str::to_owned)
                .collect(),
            audience: self.audience.clone(),
            link: Some(self.link.clone()),
            link_title: Some(self.link_title.clone()),
            ticket: ticket.flatten(),
            en_question: self.en_question.clone(),
            en_answer: self.en_answer.clone(),
            en_alternatives: lines(&self.en_alternatives),
        };
        (draft, ticket.is_some())
    }

    /// Sample questions for the preview: the typed ones, else the entry's own questions.
    fn samples(&self) -> Vec<String> {
        let typed = lines(&self.samples);
        if !typed.is_empty() {
            return typed;
        }
        [self.question.trim(), self.en_question.trim()]
            .into_iter()
            .filter(|q| !q.is_empty())
            .map(str::to_owned)
            .collect()
    }
}

/// The form field (HTML `name`) a core field path belongs to.
fn form_field(path: &str) -> &str {
    let base = path.split('[').next().unwrap_or(path);
    match base {
        "en.question" => "en_question",
        "en.answer" => "en_answer",
        "en.alternatives" => "en_alternatives",
        "questions" => "samples",
        other => other,
    }
}

/// The console's German wording of a field problem.
fn field_message(err: &FieldError) -> String {
    let field = form_field(&err.field);
    let item = err.field.contains('[');
    match (field, err.problem) {
        (_, FieldProblem::Required) if item => "Bitte entfernen Sie die leere Zeile.".into(),
        (_, FieldProblem::Required) => "Bitte füllen Sie dieses Feld aus.".into(),
        (_, FieldProblem::TooLong { max }) if item => {
            format!("Jede Zeile darf höchstens {max} Zeichen lang sein.")
        }
        (_, FieldProblem::TooLong { max }) => format!("Höchstens {max} Zeichen."),
        ("id", _) => "Die Kennung besteht aus 2–64 Kleinbuchstaben, Ziffern und einzelnen \
                      Bindestrichen, z. B. „export-betriebswechsel“."
            .into(),
        ("link", _) => "Bitte geben Sie eine Adresse mit https:// (oder http://) an.".into(),
        ("samples", _) => format!(
            "Bitte geben Sie 1–{} Beispielfragen an, eine pro Zeile.",
            faq_edit::MAX_SAMPLES
        ),
        ("alternatives" | "en_alternatives" | "tags", FieldProblem::InvalidFormat) => {
            format!("Höchstens {} Einträge.", faq_edit::MAX_ITEMS)
        }
        (_, _) => "Bitte wählen Sie einen der angebotenen Werte.".into(),
    }
}

/// One field's error, shown next to it.
#[derive(Debug, Clone)]
struct FieldMsg {
    field: String,
    text: String,
}

struct SectionOption {
    id: String,
    title: String,
}

/// One preview row.
pub(crate) struct PreviewRow {
    question: String,
    outcome: &'static str,
    class: &'static str,
    draft_is_top: bool,
    hits: Vec<(String, String)>,
}

#[derive(Template)]
#[template(path = "admin/faq_preview.html")]
pub(crate) struct PreviewPart {
    rows: Vec<PreviewRow>,
    error: Option<String>,
    draft_id: String,
    /// Whether each row says if the draft entry came first (not for a vocabulary preview).
    show_top: bool,
}

impl PreviewPart {
    fn entry(rows: Vec<PreviewRow>, error: Option<String>, draft_id: String) -> Self {
        Self {
            rows,
            error,
            draft_id,
            show_top: true,
        }
    }

    /// The preview of a draft vocabulary (no draft entry).
    pub(crate) fn vocabulary(rows: Vec<PreviewRow>, error: Option<String>) -> Self {
        Self {
            rows,
            error,
            draft_id: String::new(),
            show_top: false,
        }
    }
}

/// The rows of core's preview results, in the console's words.
pub(crate) fn preview_rows(items: Vec<faq_edit::PreviewItem>) -> Vec<PreviewRow> {
    items
        .into_iter()
        .map(|item| {
            let (outcome, class) = match item.outcome {
                helpdesk_core::answer::Outcome::Answer => ("beantwortet", "ok"),
                helpdesk_core::answer::Outcome::Suggest => ("„Meinten Sie …?“", "warn"),
                helpdesk_core::answer::Outcome::Unknown => ("nicht beantwortet", "bad"),
            };
            PreviewRow {
                question: item.question,
                outcome,
                class,
                draft_is_top: item.draft_is_top,
                hits: item
                    .hits
                    .into_iter()
                    .take(3)
                    .map(|h| (h.id.to_string(), h.question))
                    .collect(),
            }
        })
        .collect()
}

#[derive(Template)]
#[template(path = "admin/faq_edit.html")]
struct EditPage {
    layout: Layout,
    csrf: String,
    is_new: bool,
    action: String,
    form: EditForm,
    sections: Vec<SectionOption>,
    audiences: Vec<(&'static str, &'static str, bool)>,
    errors: Vec<FieldMsg>,
    notice: Option<(&'static str, String)>,
    /// The rendered preview results (`templates/admin/faq_preview.html`).
    preview: Option<String>,
}

impl EditPage {
    fn error(&self, field: &str) -> Option<&str> {
        self.errors
            .iter()
            .find(|e| e.field == field)
            .map(|e| e.text.as_str())
    }
}

fn edit_page(
    state: &WebState,
    staff: &Staff,
    is_new: bool,
    form: EditForm,
    errors: Vec<FieldMsg>,
    notice: Option<(&'static str, String)>,
    preview: Option<String>,
) -> EditPage {
    let title = if is_new {
        "Neuer FAQ-Eintrag".to_owned()
    } else {
        format!("FAQ-Eintrag {}", form.id)
    };
    let mut layout = staff.layout(title, state, Some(Section::Faq));
    layout.script = Some(state.assets().url("faq.js"));
    let action = if is_new {
        format!("/admin/faq/{NEW}")
    } else {
        format!("/admin/faq/{}", form.id)
    };
    EditPage {
        layout,
        csrf: staff.csrf.clone(),
        is_new,
        action,
        sections: helpdesk_faq::bundled_sections()
            .iter()
            .map(|s| SectionOption {
                id: s.id.to_string(),
                title: s.title(helpdesk_faq::Lang::De).to_owned(),
            })
            .collect(),
        audiences: AUDIENCES
            .iter()
            .map(|&(v, l)| (v, l, form.audience.iter().any(|a| a == v)))
            .collect(),
        form,
        errors,
        notice,
        preview,
    }
}

#[derive(Debug, Default, Deserialize)]
pub(crate) struct EditQuery {
    /// After a save: the new revision.
    #[serde(default)]
    saved: Option<i64>,
    /// After a revert: the revision restored.
    #[serde(default)]
    reverted: Option<i64>,
    /// "Neuer Eintrag aus dieser Frage": the inbox question and its language.
    #[serde(default)]
    question: Option<String>,
    #[serde(default)]
    lang: Option<String>,
}

fn parse_id(raw: &str) -> Result<FaqId, WebError> {
    FaqId::parse(raw).map_err(|_| WebError::NotFound)
}

/// `GET /admin/faq/new` (optionally `?question=…&lang=de|en` from the inbox).
pub(crate) async fn new_form(
    State(state): State<WebState>,
    staff: Staff,
    Query(q): Query<EditQuery>,
) -> Result<Response, WebError> {
    staff.require_faq()?;
    let mut form = EditForm::default();
    if let Some(question) = q
        .question
        .map(|s| s.trim().to_owned())
        .filter(|s| !s.is_empty())
    {
        if q.lang.as_deref() == Some("en") {
            form.en_question = question.clone();
        } else {
            form.question = question.clone();
        }
        form.samples = question.clone();
        form.from_question = question;
    }
    let page = edit_page(&state, &staff, true, form, Vec::new(), None, None);
    Ok(no_store(render_with(StatusCode::OK, &page)))
}

/// `GET /admin/faq/{id}`.
pub(crate) async fn edit_form(
    State(state): State<WebState>,
    staff: Staff,
    Path(raw): Path<String>,
    Query(q): Query<EditQuery>,
) -> Result<Response, WebError> {
    staff.require_faq()?;
    let id = parse_id(&raw)?;
    let record = match state.store().faq_entry(&id).await {
        Ok(r) => r,
        Err(Error::NotFound) => return Err(WebError::NotFound),
        Err(e) => return Err(WebError::internal(format!("loading a FAQ entry: {e}"))),
    };
    let form = EditForm::from_draft(&FaqDraft::from_entry(&record.entry), Some(record.revision));
    let notice = match (q.saved, q.reverted) {
        (Some(rev), _) => Some((
            "ok",
            format!(
                "Gespeichert (Revision {rev}). Der Chat antwortet ab sofort mit dem neuen Text."
            ),
        )),
        (_, Some(rev)) => Some((
            "ok",
            format!(
                "Die Fassung von Revision {rev} ist wiederhergestellt (jetzt Revision {}).",
                record.revision
            ),
        )),
        _ => None,
    };
    let page = edit_page(&state, &staff, false, form, Vec::new(), notice, None);
    Ok(no_store(render_with(StatusCode::OK, &page)))
}

/// Runs the preview for the form's draft: the rows, or what is wrong with the draft.
async fn run_preview(state: &WebState, form: &EditForm) -> Result<PreviewPart, WebError> {
    let (mut draft, ticket_ok) = form.draft();
    // A new entry without an id yet still previews (under a placeholder id).
    if draft.id.is_empty() {
        draft.id = "neuer-eintrag".to_owned();
    }
    let draft_id = draft.id.clone();
    let entry = match draft.validate() {
        Ok(e) if ticket_ok => e,
        _ => {
            return Ok(PreviewPart::entry(
                Vec::new(),
                Some(
                    "Die Vorschau braucht einen vollständigen Entwurf: Bitte füllen Sie mindestens \
                     Frage, Antwort, Question und Answer aus und prüfen Sie die markierten Felder."
                        .into(),
                ),
                draft_id,
            ));
        }
    };
    match faq_edit::preview(state.store(), entry, form.samples()).await {
        Ok(items) => Ok(PreviewPart::entry(preview_rows(items), None, draft_id)),
        Err(PreviewError::Store(Error::Validation { fields })) => Ok(PreviewPart::entry(
            Vec::new(),
            fields.first().map(field_message),
            draft_id,
        )),
        Err(e) => Err(WebError::internal(format!("running a FAQ preview: {e}"))),
    }
}

/// `POST /admin/faq/new` and `POST /admin/faq/{id}`: save, or preview (`op=preview`).
async fn submit(
    state: WebState,
    staff: Staff,
    headers: HeaderMap,
    path_id: Option<FaqId>,
    pairs: Vec<(String, String)>,
) -> Result<Response, WebError> {
    let mut form = EditForm::parse(pairs);
    staff.check_csrf(&form.csrf, &state)?;
    staff.require_faq()?;
    let is_new = path_id.is_none();
    if let Some(id) = &path_id {
        // The id of an existing entry comes from the path, never from the form.
        form.id = id.to_string();
    }
    if form.op == "preview" {
        let part = run_preview(&state, &form).await?;
        if headers.contains_key("x-fragment") {
            return Ok(no_store(render_with(StatusCode::OK, &part)));
        }
        let html = part
            .render()
            .map_err(|e| WebError::internal(format!("rendering a FAQ preview: {e}")))?;
        let page = edit_page(&state, &staff, is_new, form, Vec::new(), None, Some(html));
        return Ok(no_store(render_with(StatusCode::OK, &page)));
    }
    let (draft, ticket_ok) = form.draft();
    let mut errors: Vec<FieldMsg> = Vec::new();
    if !ticket_ok {
        errors.push(FieldMsg {
            field: "ticket".into(),
            text: "Bitte wählen Sie einen der angebotenen Werte.".into(),
        });
    }
    let entry = match draft.validate() {
        Ok(e) if errors.is_empty() => Some(e),
        Ok(_) => None,
        Err(Error::Validation { fields }) => {
            for f in &fields {
                let field = form_field(&f.field).to_owned();
                if !errors.iter().any(|e| e.field == field) {
                    errors.push(FieldMsg {
                        text: field_message(f),
                        field,
                    });
                }
            }
            None
        }
        Err(e) => return Err(WebError::internal(format!("checking a FAQ draft: {e}"))),
    };
    let Some(entry) = entry else {
        let notice = Some((
            "bad",
            "Bitte prüfen Sie die markierten Felder. Nichts wurde gespeichert.".to_owned(),
        ));
        let page = edit_page(&state, &staff, is_new, form, errors, notice, None);
        return Ok(no_store(render_with(
            StatusCode::UNPROCESSABLE_ENTITY,
            &page,
        )));
    };
    let expected = if is_new {
        None
    } else {
        Some(form.revision.ok_or(WebError::BadRequest)?)
    };
    let store = state.store();
    match store.faq_put(&entry, expected, &staff.actor).await {
        Ok(record) => {
            if let Err(err) = state.answerer().refresh().await {
                tracing::warn!(error = %err, "index refresh after a FAQ write failed; the watcher retries");
            }
            if !form.from_question.trim().is_empty() {
                match store
                    .resolve_questions(form.from_question.trim(), &entry.id)
                    .await
                {
                    Ok(n) => {
                        tracing::info!(entry = %entry.id, resolved = n, "inbox question answered by a new entry")
                    }
                    Err(e) => {
                        tracing::warn!(error = %e, "marking inbox questions as answered failed")
                    }
                }
            }
            tracing::info!(entry = %entry.id, revision = record.revision, "FAQ entry saved in the console");
            Ok(Redirect::to(&format!(
                "/admin/faq/{}?saved={}",
                entry.id, record.revision
            ))
            .into_response())
        }
        Err(Error::Conflict { .. }) if is_new => {
            let errors = vec![FieldMsg {
                field: "id".into(),
                text: "Diese Kennung ist schon vergeben. Bitte wählen Sie eine andere.".into(),
            }];
            let page = edit_page(&state, &staff, true, form, errors, None, None);
            Ok(no_store(render_with(StatusCode::CONFLICT, &page)))
        }
        Err(Error::Conflict { current_version }) => {
            let notice = Some((
                "warn",
                format!(
                    "Jemand anderes hat diesen Eintrag inzwischen geändert (jetzt Revision \
                     {current_version}). Ihre Eingaben sind unten erhalten und nicht gespeichert. \
                     Bitte vergleichen Sie sie mit der Versionsgeschichte und speichern Sie dann \
                     erneut."
                ),
            ));
            form.revision = Some(current_version);
            let page = edit_page(&state, &staff, false, form, Vec::new(), notice, None);
            Ok(no_store(render_with(StatusCode::CONFLICT, &page)))
        }
        Err(Error::NotFound) => {
            let notice = Some((
                "warn",
                "Dieser Eintrag wurde inzwischen gelöscht. Über die Versionsgeschichte können \
                 Sie ihn wiederherstellen."
                    .to_owned(),
            ));
            let page = edit_page(&state, &staff, false, form, Vec::new(), notice, None);
            Ok(no_store(render_with(StatusCode::CONFLICT, &page)))
        }
        Err(Error::Forbidden { .. }) => Err(WebError::Forbidden),
        Err(e) => Err(WebError::internal(format!("saving a FAQ entry: {e}"))),
    }
}

/// `POST /admin/faq/new`.
pub(crate) async fn create(
    State(state): State<WebState>,
    staff: Staff,
    headers: HeaderMap,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    submit(state, staff, headers, None, pairs).await
}

/// `POST /admin/faq/{id}`.
pub(crate) async fn save(
    State(state): State<WebState>,
    staff: Staff,
    headers: HeaderMap,
    Path(raw): Path<String>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    let id = parse_id(&raw)?;
    submit(state, staff, headers, Some(id), pairs).await
}

// --- Revision history -------------------------------------------------------------------------

/// One line of a diff.
struct DiffLine {
    /// `ins`, `del` or `` (unchanged context).
    kind: &'static str,
    text: String,
}

struct RevisionRow {
    revision: i64,
    action: &'static str,
    who: String,
    at: String,
    summary: String,
    diff: Vec<DiffLine>,
    current: bool,
    /// A revert to this revision is offered (not the current one, not a deletion).
    can_revert: bool,
    /// The revert confirmation is open for this revision.
    confirming: bool,
}

#[derive(Template)]
#[template(path = "admin/faq_revisions.html")]
struct RevisionsPage {
    layout: Layout,
    csrf: String,
    id: String,
    current: i64,
    deleted: bool,
    rows: Vec<RevisionRow>,
    notice: Option<(&'static str, String)>,
}

fn action_label(action: &str) -> &'static str {
    match action {
        "seed" => "aus dem mitgelieferten FAQ",
        "create" => "angelegt",
        "update" => "geändert",
        "delete" => "gelöscht",
        "revert" => "wiederhergestellt",
        _ => "geändert",
    }
}

/// Context lines kept around each change.
const DIFF_CONTEXT: usize = 2;

/// A line diff of two entries in their file form (`faq/*.toml`), changes with a little
/// context.
fn diff(old: Option<&helpdesk_faq::FaqEntry>, new: &helpdesk_faq::FaqEntry) -> Vec<DiffLine> {
    use similar::{ChangeTag, TextDiff};
    let old = old.map(helpdesk_faq::render_entry).unwrap_or_default();
    let new = helpdesk_faq::render_entry(new);
    let d = TextDiff::from_lines(&old, &new);
    let mut out = Vec::new();
    for (i, group) in d.grouped_ops(DIFF_CONTEXT).iter().enumerate() {
        if i > 0 {
            out.push(DiffLine {
                kind: "gap",
                text: "…".into(),
            });
        }
        for op in group {
            for change in d.iter_changes(op) {
                let kind = match change.tag() {
                    ChangeTag::Delete => "del",
                    ChangeTag::Insert => "ins",
                    ChangeTag::Equal => "",
                };
                out.push(DiffLine {
                    kind,
                    text: change.value().trim_end_matches('\n').to_owned(),
                });
            }
        }
    }
    out
}

#[derive(Debug, Default, Deserialize)]
pub(crate) struct RevisionsQuery {
    /// Show the confirmation for reverting to this revision.
    #[serde(default)]
    confirm: Option<i64>,
}

async fn revisions_page(
    state: &WebState,
    staff: &Staff,
    id: &FaqId,
    confirm: Option<i64>,
    notice: Option<(&'static str, String)>,
) -> Result<RevisionsPage, WebError> {
    let revs = state.store().faq_revisions(id).await.map_err(|e| match e {
        Error::NotFound => WebError::NotFound,
        e => WebError::internal(format!("loading FAQ revisions: {e}")),
    })?;
    // Oldest first, so each revision is diffed against the one before it.
    let mut revs = revs;
    revs.sort_by_key(|r| r.revision);
    let Some(last) = revs.last() else {
        return Err(WebError::NotFound);
    };
    let current = last.revision;
    let deleted = last.action == "delete";
    let mut rows = Vec::with_capacity(revs.len());
    let mut previous: Option<&helpdesk_faq::FaqEntry> = None;
    for r in &revs {
        let d = if r.action == "delete" {
            Vec::new()
        } else {
            diff(previous, &r.snapshot)
        };
        rows.push(RevisionRow {
            revision: r.revision,
            action: action_label(&r.action),
            who: if r.actor_name.is_empty() {
                r.actor.clone()
            } else {
                r.actor_name.clone()
            },
            at: r.at.format("%d.%m.%Y %H:%M UTC").to_string(),
            summary: r.summary.clone(),
            diff: d,
            current: r.revision == current,
            can_revert: r.revision != current && r.action != "delete",
            confirming: confirm == Some(r.revision),
        });
        previous = Some(&r.snapshot);
    }
    rows.reverse();
    Ok(RevisionsPage {
        layout: staff.layout(format!("Versionen von {id}"), state, Some(Section::Faq)),
        csrf: staff.csrf.clone(),
        id: id.to_string(),
        current,
        deleted,
        rows,
        notice,
    })
}

/// `GET /admin/faq/{id}/revisions` (with `?confirm=N` the revert confirmation).
pub(crate) async fn revisions(
    State(state): State<WebState>,
    staff: Staff,
    Path(raw): Path<String>,
    Query(q): Query<RevisionsQuery>,
) -> Result<Response, WebError> {
    staff.require_faq()?;
    let id = parse_id(&raw)?;
    let page = revisions_page(&state, &staff, &id, q.confirm, None).await?;
    Ok(no_store(render_with(StatusCode::OK, &page)))
}

#[derive(Debug, Deserialize)]
pub(crate) struct RevertForm {
    #[serde(default)]
    csrf: String,
    revision: Option<i64>,
    /// The current revision the maintainer saw.
    current: Option<i64>,
}

/// `POST /admin/faq/{id}/revert` ("Bestätigen").
pub(crate) async fn revert(
    State(state): State<WebState>,
    staff: Staff,
    Path(raw): Path<String>,
    Form(form): Form<RevertForm>,
) -> Result<Response, WebError> {
    staff.check_csrf(&form.csrf, &state)?;
    staff.require_faq()?;
    let id = parse_id(&raw)?;
    let (Some(target), Some(current)) = (form.revision, form.current) else {
        return Err(WebError::BadRequest);
    };
    let notice = match state
        .store()
        .faq_revert(&id, target, current, &staff.actor)
        .await
    {
        Ok(_) => {
            if let Err(err) = state.answerer().refresh().await {
                tracing::warn!(error = %err, "index refresh after a FAQ write failed; the watcher retries");
            }
            return Ok(Redirect::to(&format!("/admin/faq/{id}?reverted={target}")).into_response());
        }
        Err(Error::Conflict { .. }) => (
            "warn",
            "Jemand anderes hat diesen Eintrag inzwischen geändert. Unten sehen Sie den \
             aktuellen Stand; bitte entscheiden Sie erneut."
                .to_owned(),
        ),
        Err(Error::NotFound) => ("bad", "Diese Revision gibt es nicht.".to_owned()),
        Err(Error::Forbidden { .. }) => return Err(WebError::Forbidden),
        Err(e) => return Err(WebError::internal(format!("reverting a FAQ entry: {e}"))),
    };
    let page = revisions_page(&state, &staff, &id, None, Some(notice)).await?;
    Ok(no_store(render_with(StatusCode::CONFLICT, &page)))
}
