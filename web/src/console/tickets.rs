//! IT staff: the ticket queue, the ticket page with its actions, and the audit check.
//!
//! Every action is two steps without JavaScript: the button ("Freigeben", "Ablehnen",
//! "Erledigt") opens a confirmation on the page (a `GET` carrying the version the user saw),
//! and "Bestätigen" posts it with the CSRF token. Core decides: which buttons are offered comes
//! from `policy::decide`, and the post goes through the store's transition (four eyes,
//! version check). When someone else acted first the page shows the new state with a notice,
//! not an error page.

use askama::Template;
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use chrono::TimeZone as _;
use chrono::{DateTime, Utc};
use helpdesk_core::{
    Action, Error, Ticket, TicketFilter, TicketId, TicketKind, TicketState, policy,
};
use serde::Deserialize;

use super::auth::{Section, Staff};
use super::texts;
use crate::page::{Layout, WebError, render, render_with};
use crate::state::WebState;

/// Rows on one queue page.
const QUEUE_LIMIT: u32 = 100;

/// Time as shown in the console (German style, UTC).
fn when(t: DateTime<Utc>) -> String {
    // Berlin time would need a time-zone database; UTC is labelled as such.
    chrono::Utc
        .from_utc_datetime(&t.naive_utc())
        .format("%d.%m.%Y %H:%M UTC")
        .to_string()
}

/// One queue row.
struct Row {
    id: i64,
    kind: &'static str,
    state: &'static str,
    state_class: &'static str,
    approvals: String,
    due: String,
    overdue: bool,
    requester: String,
    unverified: bool,
}

#[derive(Template)]
#[template(path = "admin/queue.html")]
struct QueuePage {
    layout: Layout,
    rows: Vec<Row>,
    state: String,
    kind: String,
    overdue: bool,
    states: Vec<(&'static str, &'static str)>,
}

#[derive(Debug, Default, Deserialize)]
pub(crate) struct QueueQuery {
    #[serde(default)]
    state: Option<String>,
    #[serde(default)]
    kind: Option<String>,
    #[serde(default)]
    overdue: Option<String>,
}

fn state_class(s: TicketState) -> &'static str {
    match s {
        TicketState::Open => "warn",
        TicketState::Approved => "ok",
        TicketState::Rejected => "bad",
        TicketState::Done | TicketState::Cancelled => "",
    }
}

fn approvals_label(t: &Ticket) -> String {
    format!(
        "{} von {} Freigaben",
        t.approvals.len(),
        t.approvals_required
    )
}

/// `GET /admin/tickets`: the queue (default: pending tickets, most urgent first).
pub(crate) async fn queue(
    State(state): State<WebState>,
    staff: Staff,
    Query(q): Query<QueueQuery>,
) -> Result<Response, WebError> {
    staff.require_it()?;
    let state_filter = q.state.as_deref().unwrap_or("pending");
    let (pending_only, one_state) = match state_filter {
        "all" => (false, None),
        "pending" | "" => (true, None),
        s => (
            false,
            Some(TicketState::parse(s).ok_or(WebError::BadRequest)?),
        ),
    };
    let kind = match q.kind.as_deref().unwrap_or("") {
        "" => None,
        k => Some(k.parse::<TicketKind>().map_err(|_| WebError::BadRequest)?),
    };
    let overdue = q.overdue.as_deref().is_some_and(|v| !v.is_empty());
    let now = Utc::now();
    let filter = TicketFilter {
        state: one_state,
        kind,
        overdue_at: overdue.then_some(now),
        limit: Some(QUEUE_LIMIT),
        ..TicketFilter::default()
    };
    let tickets = state
        .store()
        .ticket_queue(&filter, pending_only)
        .await
        .map_err(|e| WebError::internal(format!("loading the ticket queue: {e}")))?;
    let rows = tickets
        .iter()
        .map(|t| Row {
            id: t.id.0,
            kind: texts::kind(t.kind),
            state: texts::state(t.state),
            state_class: state_class(t.state),
            approvals: approvals_label(t),
            due: when(t.due_at),
            overdue: t.is_overdue(now),
            requester: t
                .requester
                .as_ref()
                .map(|r| r.display_name.clone())
                .unwrap_or_default(),
            unverified: !t.requester_verified,
        })
        .collect();
    let mut states = vec![("pending", "offen und genehmigt"), ("all", "alle")];
    states.extend(
        TicketState::ALL
            .iter()
            .map(|s| (s.as_str(), texts::state(*s))),
    );
    let page = QueuePage {
        layout: staff.layout("Tickets", &state, Some(Section::Tickets)),
        rows,
        state: state_filter.to_owned(),
        kind: q.kind.unwrap_or_default(),
        overdue,
        states,
    };
    Ok(no_store(render(&page)))
}

/// Console pages show personal data: never cached.
pub(crate) fn no_store(mut resp: Response) -> Response {
    resp.headers_mut().insert(
        axum::http::header::CACHE_CONTROL,
        axum::http::HeaderValue::from_static("no-store"),
    );
    resp
}

/// An action button the user may press now.
struct ActionButton {
    action: &'static str,
    label: &'static str,
}

/// The confirmation step shown on the page.
struct Confirm {
    action: &'static str,
    label: &'static str,
    question: &'static str,
    needs_reason: bool,
    version: i64,
    reason: String,
    reason_error: Option<&'static str>,
}

struct EventRow {
    at: String,
    action: String,
    actor: String,
    to_state: String,
}

#[derive(Template)]
#[template(path = "admin/ticket.html")]
struct TicketPage {
    layout: Layout,
    csrf: String,
    id: i64,
    version: i64,
    kind: &'static str,
    state: &'static str,
    state_class: &'static str,
    approvals: String,
    approvers: Vec<String>,
    is_deletion: bool,
    due: String,
    overdue: bool,
    created: String,
    requester: String,
    unverified: bool,
    fields: Vec<(&'static str, String)>,
    erased: bool,
    buttons: Vec<ActionButton>,
    blocked: Vec<&'static str>,
    confirm: Option<Confirm>,
    notice: Option<(&'static str, String)>,
    events: Vec<EventRow>,
}

fn action_of(name: &str) -> Option<Action> {
    match name {
        "approve" => Some(Action::Approve),
        "reject" => Some(Action::Reject),
        "complete" => Some(Action::Complete),
        _ => None,
    }
}

fn action_name(a: Action) -> &'static str {
    match a {
        Action::Approve => "approve",
        Action::Reject => "reject",
        _ => "complete",
    }
}

async fn ticket_page(
    state: &WebState,
    staff: &Staff,
    t: &Ticket,
    confirm: Option<Confirm>,
    notice: Option<(&'static str, String)>,
) -> Result<TicketPage, WebError> {
    let events = state
        .store()
        .ticket_events(t.id)
        .await
        .map_err(|e| WebError::internal(format!("loading a ticket's audit trail: {e}")))?;
    let mut buttons = Vec::new();
    let mut blocked = Vec::new();
    for action in [Action::Approve, Action::Reject, Action::Complete] {
        match policy::decide(t, &staff.actor, action) {
            Ok(_) => buttons.push(ActionButton {
                action: action_name(action),
                label: texts::action_button(action),
            }),
            Err(Error::Forbidden { rule }) => blocked.push(texts::rule(rule)),
            Err(_) => {}
        }
    }
    blocked.dedup();
    let s = &t.subject;
    let mut fields = Vec::new();
    let mut push = |label: &'static str, v: &Option<String>| {
        if let Some(v) = v.as_ref().filter(|v| !v.is_empty()) {
            fields.push((label, v.clone()));
        }
    };
    push("E-Mail-Adresse", &s.email);
    push("Name im Konto", &s.name_in_account);
    push("Name im Ausbildungsvertrag", &s.name_in_contract);
    push("Vollständiger Name", &s.full_name);
    push("Identnummer", &s.identnummer);
    push("Anmerkung", &t.note);
    push(
        "Grund der Löschung",
        &t.reason.map(|r| texts::reason(r).to_owned()),
    );
    push("Ablehnungsgrund", &t.rejection_reason);
    let now = Utc::now();
    Ok(TicketPage {
        layout: staff.layout(format!("Ticket #{}", t.id.0), state, Some(Section::Tickets)),
        csrf: staff.csrf.clone(),
        id: t.id.0,
        version: t.version,
        kind: texts::kind(t.kind),
        state: texts::state(t.state),
        state_class: state_class(t.state),
        approvals: approvals_label(t),
        approvers: t
            .approvals
            .iter()
            .map(|a| format!("{} ({})", a.actor_name, when(a.at)))
            .collect(),
        is_deletion: t.kind == TicketKind::Deletion,
        due: when(t.due_at),
        overdue: t.is_overdue(now),
        created: when(t.created_at),
        requester: t
            .requester
            .as_ref()
            .map(|r| r.display_name.clone())
            .unwrap_or_default(),
        unverified: !t.requester_verified,
        fields,
        erased: t.erased_at.is_some(),
        buttons,
        blocked,
        confirm,
        notice,
        events: events
            .into_iter()
            .map(|e| EventRow {
                at: when(e.at),
                action: e.action,
                actor: e.actor,
                to_state: TicketState::parse(&e.to_state)
                    .map_or(e.to_state.clone(), |s| texts::state(s).to_owned()),
            })
            .collect(),
    })
}

async fn load(state: &WebState, id: i64) -> Result<Ticket, WebError> {
    match state.store().ticket(TicketId(id)).await {
        Ok(t) => Ok(t),
        Err(Error::NotFound) => Err(WebError::NotFound),
        Err(e) => Err(WebError::internal(format!("loading a ticket: {e}"))),
    }
}

#[derive(Debug, Default, Deserialize)]
pub(crate) struct PageQuery {
    /// `approve` | `reject` | `complete`: show the confirmation step.
    #[serde(default)]
    confirm: Option<String>,
    /// The version the user saw when pressing the button.
    #[serde(default)]
    version: Option<i64>,
    /// `approve` | `reject` | `complete`: the action just succeeded.
    #[serde(default)]
    done: Option<String>,
}

/// `GET /admin/tickets/{id}` (with `?confirm=…&version=…` the confirmation step).
pub(crate) async fn page(
    State(state): State<WebState>,
    staff: Staff,
    Path(id): Path<i64>,
    Query(q): Query<PageQuery>,
) -> Result<Response, WebError> {
    staff.require_it()?;
    let t = load(&state, id).await?;
    let confirm = q.confirm.as_deref().and_then(action_of).map(|a| Confirm {
        action: action_name(a),
        label: texts::action_button(a),
        question: texts::action_question(a),
        needs_reason: a == Action::Reject,
        version: q.version.unwrap_or(t.version),
        reason: String::new(),
        reason_error: None,
    });
    let notice = q
        .done
        .as_deref()
        .and_then(action_of)
        .map(|a| ("ok", texts::action_done(a).to_owned()));
    let page = ticket_page(&state, &staff, &t, confirm, notice).await?;
    Ok(no_store(render(&page)))
}

#[derive(Debug, Deserialize)]
pub(crate) struct ActForm {
    #[serde(default)]
    csrf: String,
    version: Option<i64>,
    #[serde(default)]
    reason: String,
}

/// `POST /admin/tickets/{id}/{action}` ("Bestätigen").
pub(crate) async fn act(
    State(state): State<WebState>,
    staff: Staff,
    Path((id, action)): Path<(i64, String)>,
    Form(form): Form<ActForm>,
) -> Result<Response, WebError> {
    staff.check_csrf(&form.csrf, &state)?;
    staff.require_it()?;
    let action = action_of(&action).ok_or(WebError::NotFound)?;
    let version = form.version.ok_or(WebError::BadRequest)?;
    let reason = form.reason.trim();
    if action == Action::Reject && reason.is_empty() {
        let t = load(&state, id).await?;
        let confirm = Confirm {
            action: "reject",
            label: texts::action_button(Action::Reject),
            question: texts::action_question(Action::Reject),
            needs_reason: true,
            version,
            reason: String::new(),
            reason_error: Some("Bitte geben Sie eine Begründung an."),
        };
        let page = ticket_page(&state, &staff, &t, Some(confirm), None).await?;
        return Ok(no_store(render_with(
            StatusCode::UNPROCESSABLE_ENTITY,
            &page,
        )));
    }
    let store = state.store();
    let tid = TicketId(id);
    let result = match action {
        Action::Approve => store.approve(tid, version, &staff.actor).await,
        Action::Reject => store.reject(tid, version, &staff.actor, reason).await,
        _ => store.complete(tid, version, &staff.actor).await,
    };
    let (status, notice) = match result {
        Ok(_) => {
            tracing::info!(ticket = id, action = action.as_str(), "console action");
            return Ok(
                Redirect::to(&format!("/admin/tickets/{id}?done={}", action_name(action)))
                    .into_response(),
            );
        }
        Err(Error::Conflict { .. }) => (StatusCode::CONFLICT, ("warn", texts::CONFLICT.to_owned())),
        Err(Error::Forbidden { rule }) => {
            (StatusCode::FORBIDDEN, ("bad", texts::rule(rule).to_owned()))
        }
        Err(Error::InvalidTransition { from, .. }) => (
            StatusCode::CONFLICT,
            (
                "warn",
                format!(
                    "Das geht im Zustand „{}“ nicht (mehr). Unten sehen Sie den aktuellen Stand.",
                    texts::state(from)
                ),
            ),
        ),
        Err(Error::Validation { fields }) => (
            StatusCode::UNPROCESSABLE_ENTITY,
            (
                "bad",
                if fields
                    .iter()
                    .any(|f| f.problem == helpdesk_core::FieldProblem::ControlCharacters)
                {
                    "Die Begründung enthält ein Steuerzeichen. Bitte geben Sie nur normalen Text ein."
                } else {
                    "Die Begründung ist zu lang (höchstens 1000 Zeichen)."
                }
                .to_owned(),
            ),
        ),
        Err(Error::NotFound) => return Err(WebError::NotFound),
        Err(e) => {
            return Err(WebError::internal(format!(
                "a console ticket action failed: {e}"
            )));
        }
    };
    let t = load(&state, id).await?;
    let page = ticket_page(&state, &staff, &t, None, Some(notice)).await?;
    Ok(no_store(render_with(status, &page)))
}

#[derive(Template)]
#[template(path = "admin/audit.html")]
struct AuditPage {
    layout: Layout,
    ok: bool,
    events: i64,
    head: String,
}

/// `GET /admin/audit`: the audit chain check (`/api/v1/audit/verify`).
pub(crate) async fn audit(
    State(state): State<WebState>,
    staff: Staff,
) -> Result<Response, WebError> {
    staff.require_it()?;
    let report = state
        .store()
        .verify()
        .await
        .map_err(|e| WebError::internal(format!("verifying the audit chain: {e}")))?;
    let page = AuditPage {
        layout: staff.layout("Audit-Prüfung", &state, Some(Section::Tickets)),
        ok: report.ok,
        events: report.events,
        head: report.head_hash,
    };
    Ok(no_store(render(&page)))
}
