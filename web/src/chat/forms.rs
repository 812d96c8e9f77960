//! The public ticket forms and the status page. The form is turned into core's
//! [`TicketRequest`] and checked by core's one validation (the same as the API's and the
//! bot's); its field problems are shown next to the fields, worded here.

use std::net::SocketAddr;

use axum::Extension;
use axum::extract::{ConnectInfo, Form, Path, Query, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode};
use axum::response::Response;
use helpdesk_core::{Error, RequesterRequest, SubjectRequest, TicketKind, TicketRequest};
use helpdesk_faq::Lang;
use serde::Deserialize;

use super::texts::{self, field_message, kind_title};
use super::views::{Common, Field, FiledPage, Opt, StatusPage, TicketFormPage};
use super::{guard, no_store, page_lang, peer, within_limit};
use crate::page::{Layout, WebError, render_with};
use crate::state::WebState;

#[derive(Debug, Deserialize)]
pub(crate) struct NewQuery {
    kind: Option<String>,
    lang: Option<String>,
}

fn parse_kind(s: Option<&str>) -> Option<TicketKind> {
    s.and_then(|k| k.parse::<TicketKind>().ok())
}

/// What the person typed, kept to show the form again.
#[derive(Debug, Default, Deserialize)]
pub(crate) struct TicketForm {
    #[serde(default)]
    kind: String,
    #[serde(default)]
    nonce: String,
    lang: Option<String>,
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    display_name: String,
    #[serde(default)]
    email: String,
    #[serde(default)]
    name_in_account: String,
    #[serde(default)]
    name_in_contract: String,
    #[serde(default)]
    identnummer: String,
    #[serde(default)]
    full_name: String,
    #[serde(default)]
    reason: String,
    #[serde(default)]
    note: String,
    /// The honeypot: hidden from people, filled in by bots.
    #[serde(default)]
    website: String,
}

fn opt(s: &str) -> Option<String> {
    Some(s.trim()).filter(|s| !s.is_empty()).map(str::to_owned)
}

impl TicketForm {
    /// The API's create body, so core validates it exactly like a request from the API or bot.
    fn request(&self, kind: TicketKind, requester: &str) -> TicketRequest {
        let deletion = kind == TicketKind::Deletion;
        TicketRequest {
            kind: Some(kind.as_str().to_owned()),
            requester: Some(RequesterRequest {
                id: Some(requester.to_owned()),
                display_name: opt(&self.display_name),
            }),
            subject: Some(SubjectRequest {
                email: opt(&self.email),
                name_in_account: (!deletion).then(|| opt(&self.name_in_account)).flatten(),
                name_in_contract: (!deletion).then(|| opt(&self.name_in_contract)).flatten(),
                identnummer: (!deletion).then(|| opt(&self.identnummer)).flatten(),
                full_name: deletion.then(|| opt(&self.full_name)).flatten(),
            }),
            reason: deletion.then(|| opt(&self.reason)).flatten(),
            note: opt(&self.note),
        }
    }
}

/// The form field that carries a core field path.
fn form_name(field: &str) -> Option<&'static str> {
    Some(match field {
        "requester.display_name" => "display_name",
        "subject.email" => "email",
        "subject.name_in_account" => "name_in_account",
        "subject.name_in_contract" => "name_in_contract",
        "subject.identnummer" => "identnummer",
        "subject.full_name" => "full_name",
        "reason" => "reason",
        "note" => "note",
        _ => return None,
    })
}

/// A fresh nonce per form: the requester's `web:` identity and the idempotency key, so a
/// double submission files one ticket.
fn new_nonce() -> String {
    hex::encode(rand::random::<[u8; 16]>())
}

fn valid_nonce(s: &str) -> bool {
    s.len() == 32 && s.bytes().all(|b| b.is_ascii_hexdigit())
}

struct Problems {
    by_field: Vec<(&'static str, String)>,
    general: Vec<String>,
}

fn form_page_view(
    state: &WebState,
    lang: Lang,
    kind: TicketKind,
    csrf: &guard::Csrf,
    nonce: String,
    form: &TicketForm,
    problems: &Problems,
) -> TicketFormPage {
    let t = texts::texts(lang);
    let err = |name: &str| {
        problems
            .by_field
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, m)| m.clone())
    };
    let field = |name: &'static str,
                 label: &'static str,
                 hint: Option<&'static str>,
                 value: &str,
                 required: bool,
                 input_type: &'static str,
                 autocomplete: &'static str| Field {
        name,
        label,
        hint,
        value: value.to_owned(),
        error: err(name),
        required,
        input_type,
        autocomplete,
    };
    let mut fields = vec![
        field(
            "display_name",
            t.your_name,
            Some(t.your_name_hint),
            &form.display_name,
            true,
            "text",
            "name",
        ),
        field(
            "email",
            t.account_email,
            Some(t.account_email_hint),
            &form.email,
            true,
            "email",
            "email",
        ),
    ];
    let mut reason = None;
    match kind {
        TicketKind::NameCorrection => {
            fields.push(field(
                "name_in_account",
                t.name_in_account,
                None,
                &form.name_in_account,
                true,
                "text",
                "off",
            ));
            fields.push(field(
                "name_in_contract",
                t.name_in_contract,
                None,
                &form.name_in_contract,
                true,
                "text",
                "off",
            ));
            fields.push(field(
                "identnummer",
                t.identnummer,
                Some(t.identnummer_hint),
                &form.identnummer,
                false,
                "text",
                "off",
            ));
        }
        TicketKind::Deletion => {
            fields.push(field(
                "full_name",
                t.full_name,
                None,
                &form.full_name,
                true,
                "text",
                "off",
            ));
            let opts = [
                ("left_company", t.reason_left_company),
                ("duplicate_account", t.reason_duplicate_account),
                ("other", t.reason_other),
            ]
            .into_iter()
            .map(|(value, label)| Opt {
                value,
                label,
                selected: form.reason == value,
            })
            .collect();
            reason = Some((
                field("reason", t.reason, None, &form.reason, true, "text", "off"),
                opts,
            ));
        }
    }
    let note = field("note", t.note, None, &form.note, false, "text", "off");
    let mut summary: Vec<(String, String)> = problems
        .by_field
        .iter()
        .map(|(name, msg)| (format!("#f-{name}"), msg.clone()))
        .collect();
    summary.extend(problems.general.iter().map(|m| (String::new(), m.clone())));
    let heading = kind_title(kind, lang);
    TicketFormPage {
        layout: Layout::new(lang, heading, state.assets()),
        c: Common::new(lang, csrf.token().to_owned()),
        kind: kind.as_str(),
        heading,
        nonce,
        fields,
        reason,
        note,
        summary,
    }
}

/// `GET /tickets/new?kind=…`.
pub(crate) async fn form_page(
    State(state): State<WebState>,
    Query(q): Query<NewQuery>,
    headers: HeaderMap,
) -> Response {
    let lang = page_lang(q.lang.as_deref(), &headers);
    let Some(kind) = parse_kind(q.kind.as_deref()) else {
        return WebError::NotFound.page(lang, state.assets());
    };
    let csrf = guard::Csrf::for_page(&state, &headers);
    let none = Problems {
        by_field: Vec::new(),
        general: Vec::new(),
    };
    let page = form_page_view(
        &state,
        lang,
        kind,
        &csrf,
        new_nonce(),
        &TicketForm::default(),
        &none,
    );
    csrf.attach(no_store(render_with(StatusCode::OK, &page)))
}

/// `POST /tickets/new`.
pub(crate) async fn file(
    State(state): State<WebState>,
    info: Option<Extension<ConnectInfo<SocketAddr>>>,
    headers: HeaderMap,
    Form(form): Form<TicketForm>,
) -> Response {
    let lang = page_lang(form.lang.as_deref(), &headers);
    let Some(csrf) = guard::Csrf::check(&state, &headers, &form.csrf) else {
        return WebError::Csrf.page(lang, state.assets());
    };
    let Some(kind) = parse_kind(Some(form.kind.as_str())) else {
        return WebError::BadRequest.page(lang, state.assets());
    };
    if !valid_nonce(&form.nonce) {
        return WebError::BadRequest.page(lang, state.assets());
    }
    let t = texts::texts(lang);
    let again = |problems: Problems, status: StatusCode| {
        let page = form_page_view(
            &state,
            lang,
            kind,
            &csrf,
            form.nonce.clone(),
            &form,
            &problems,
        );
        no_store(render_with(status, &page))
    };
    if !form.website.trim().is_empty() {
        tracing::info!("web ticket form: honeypot filled, not filed");
        return again(
            Problems {
                by_field: Vec::new(),
                general: vec![t.honeypot.to_owned()],
            },
            StatusCode::UNPROCESSABLE_ENTITY,
        );
    }
    if !within_limit(&state, peer(info), &headers).await {
        return WebError::TooManyRequests.page(lang, state.assets());
    }
    let requester = format!("web:{}", form.nonce);
    let new = match form.request(kind, &requester).validate() {
        Ok(new) => new,
        Err(Error::Validation { fields }) => {
            let mut by_field = Vec::new();
            let mut general = Vec::new();
            for f in fields {
                let msg = field_message(&f.field, f.code(), lang);
                match form_name(&f.field) {
                    Some(name) if !by_field.iter().any(|(n, _)| *n == name) => {
                        by_field.push((name, msg))
                    }
                    Some(_) => {}
                    None => general.push(msg),
                }
            }
            return again(
                Problems { by_field, general },
                StatusCode::UNPROCESSABLE_ENTITY,
            );
        }
        Err(e) => return WebError::internal(e).page(lang, state.assets()),
    };
    match state
        .store()
        .create_web_ticket(&new, Some(&form.nonce))
        .await
    {
        Ok(filed) => {
            let page = FiledPage {
                layout: Layout::new(lang, t.filed_title, state.assets()),
                c: Common::new(lang, csrf.token().to_owned()),
                number: filed.created.ticket.id.0,
                status_url: format!(
                    "/status/{}?lang={}",
                    filed.status_token.expose(),
                    lang.code()
                ),
            };
            let mut resp = no_store(render_with(StatusCode::CREATED, &page));
            resp.headers_mut()
                .insert("referrer-policy", HeaderValue::from_static("no-referrer"));
            resp
        }
        Err(Error::Duplicate { .. }) => again(
            Problems {
                by_field: Vec::new(),
                general: vec![t.duplicate.to_owned()],
            },
            StatusCode::CONFLICT,
        ),
        Err(Error::Validation { .. }) | Err(Error::IdempotencyMismatch) => {
            WebError::BadRequest.page(lang, state.assets())
        }
        Err(e) => WebError::internal(e).page(lang, state.assets()),
    }
}

/// `GET /status/{token}`.
pub(crate) async fn status(
    State(state): State<WebState>,
    Path(token): Path<String>,
    Query(q): Query<super::LangQuery>,
    headers: HeaderMap,
) -> Response {
    let lang = page_lang(q.lang.as_deref(), &headers);
    let resp = match state.store().ticket_status(&token).await {
        Ok(s) => {
            let t = texts::texts(lang);
            let page = StatusPage::new(
                Layout::new(lang, t.status_title, state.assets()),
                Common::new(lang, String::new()),
                &s,
                lang,
            );
            render_with(StatusCode::OK, &page)
        }
        Err(Error::NotFound) => WebError::NotFound.page(lang, state.assets()),
        Err(e) => WebError::internal(e).page(lang, state.assets()),
    };
    let mut resp = no_store(resp);
    resp.headers_mut()
        .insert("referrer-policy", HeaderValue::from_static("no-referrer"));
    resp
}
