//! The web chat at `/` and the public ticket forms (templates in `templates/chat/`).
//!
//! | route | what |
//! |---|---|
//! | `GET /` | the chat page (`?lang=de|en` switches the language; default from `Accept-Language`) |
//! | `POST /ask` | a question (`q`) or a "did you mean" choice (`pick`): the page again with the answer, or only the answer for the script (`X-Chat-Fragment: 1`) |
//! | `POST /feedback` | 👍/👎 for an entry (`entry`, `helpful`), stored like the API's feedback |
//! | `GET /tickets/new?kind=name_correction|deletion` | a ticket form |
//! | `POST /tickets/new` | files it through core's one validation; the number and the private status link, or the form with field-by-field problems |
//! | `GET /status/{token}` | the state of the ticket behind a status link |
//!
//! Everything works as plain form posts and full pages; `static/chat.js` (a few lines, no
//! library) posts the chat's forms in the background and appends the answer instead.
//! Questions go through core's answering path (`Answerer::ask`), so they are logged like
//! `/api/v1/ask`'s and unknown ones reach the maintainers' inbox. Asking and filing share the
//! per-client limit of `/api/v1/ask` ([`crate::state::WebConfig::ask_limit`]); the ticket form
//! also has a honeypot field. Every form carries a CSRF token ([`crate::csrf`], via `guard`).

mod forms;
mod guard;
mod texts;
mod views;

use std::net::{IpAddr, Ipv4Addr, SocketAddr};

use axum::extract::{ConnectInfo, Form, Query, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::Response;
use axum::routing::{get, post};
use axum::{Extension, Router};
use helpdesk_core::answer::{Channel, Question};
use helpdesk_faq::{FaqId, Lang};
use serde::Deserialize;

use crate::i18n;
use crate::page::{Layout, WebError, render, render_with};
use crate::state::WebState;
use views::{ChatPage, Common, ThanksFragment, Turn, TurnsFragment};

/// The chat's routes.
pub(crate) fn routes() -> Router<WebState> {
    Router::new()
        .route("/", get(chat_page))
        .route("/ask", post(ask))
        .route("/feedback", post(feedback))
        .route("/tickets/new", get(forms::form_page).post(forms::file))
        .route("/status/{token}", get(forms::status))
}

/// Longest question accepted (as `/api/v1/ask`).
const MAX_QUESTION: usize = 1000;

/// `?lang=` or a form's `lang` field wins over `Accept-Language`.
pub(crate) fn page_lang(explicit: Option<&str>, headers: &HeaderMap) -> Lang {
    match explicit.map(str::trim) {
        Some("de") => Lang::De,
        Some("en") => Lang::En,
        _ => i18n::negotiate(headers),
    }
}

/// The socket peer (unspecified when the server runs without connect info, as in tests).
pub(crate) fn peer(info: Option<Extension<ConnectInfo<SocketAddr>>>) -> IpAddr {
    info.map_or(
        IpAddr::V4(Ipv4Addr::UNSPECIFIED),
        |Extension(ConnectInfo(a))| a.ip(),
    )
}

/// The per-client limit shared with `/api/v1/ask`: `Err` when the client must wait.
pub(crate) async fn within_limit(state: &WebState, peer: IpAddr, headers: &HeaderMap) -> bool {
    match &state.config().ask_limit {
        Some(limit) => limit(peer, headers).await.is_ok(),
        None => true,
    }
}

/// The script asks for the answer alone.
fn wants_fragment(headers: &HeaderMap) -> bool {
    headers
        .get("x-chat-fragment")
        .is_some_and(|v| v.as_bytes() == b"1")
}

#[derive(Debug, Deserialize)]
pub(crate) struct LangQuery {
    lang: Option<String>,
}

fn chat_layout(state: &WebState, lang: Lang) -> Layout {
    let mut layout = Layout::new(lang, views::common_title(lang), state.assets());
    layout.script = Some(state.assets().url("chat.js"));
    layout
}

fn chat_response(
    state: &WebState,
    lang: Lang,
    csrf: guard::Csrf,
    turns: Vec<Turn>,
    draft: String,
    status: StatusCode,
) -> Response {
    let other = match lang {
        Lang::De => Lang::En,
        Lang::En => Lang::De,
    };
    let page = ChatPage {
        layout: chat_layout(state, lang),
        c: Common::new(lang, csrf.token().to_owned()),
        turns,
        switch_href: format!("/?lang={}", other.code()),
        switch_lang: other.code(),
        draft,
    };
    csrf.attach(render_with(status, &page))
}

/// `GET /`.
async fn chat_page(
    State(state): State<WebState>,
    Query(q): Query<LangQuery>,
    headers: HeaderMap,
) -> Response {
    let lang = page_lang(q.lang.as_deref(), &headers);
    let csrf = guard::Csrf::for_page(&state, &headers);
    chat_response(
        &state,
        lang,
        csrf,
        Vec::new(),
        String::new(),
        StatusCode::OK,
    )
}

#[derive(Debug, Deserialize)]
pub(crate) struct AskForm {
    #[serde(default)]
    q: String,
    pick: Option<String>,
    lang: Option<String>,
    #[serde(default)]
    csrf: String,
}

/// `POST /ask`: a question, or a choice from "did you mean".
async fn ask(
    State(state): State<WebState>,
    info: Option<Extension<ConnectInfo<SocketAddr>>>,
    headers: HeaderMap,
    Form(form): Form<AskForm>,
) -> Response {
    let lang = page_lang(form.lang.as_deref(), &headers);
    let Some(csrf) = guard::Csrf::check(&state, &headers, &form.csrf) else {
        return WebError::Csrf.page(lang, state.assets());
    };
    let t = texts::texts(lang);
    let question = form.q.trim();
    let (turn, status) = if let Some(pick) = form.pick.as_deref() {
        match picked(&state, pick, lang).await {
            Ok(turn) => (turn, StatusCode::OK),
            Err(e) => return e.page(lang, state.assets()),
        }
    } else if question.is_empty() || question.chars().count() > MAX_QUESTION {
        (
            Turn::notice("", t.empty_question),
            StatusCode::UNPROCESSABLE_ENTITY,
        )
    } else if !within_limit(&state, peer(info), &headers).await {
        (
            Turn::notice(question, t.too_many),
            StatusCode::TOO_MANY_REQUESTS,
        )
    } else {
        let asked = Question::new(question, Channel::Web).in_lang(Some(lang));
        match state.answerer().answer(asked).await {
            Ok(reply) => (Turn::from_reply(question, &reply, lang), StatusCode::OK),
            Err(err) => {
                tracing::error!(error = %err, "web chat: answering failed");
                (
                    Turn::notice(question, t.failed),
                    StatusCode::SERVICE_UNAVAILABLE,
                )
            }
        }
    };
    if wants_fragment(&headers) {
        let fragment = TurnsFragment {
            c: Common::new(lang, csrf.token().to_owned()),
            turns: vec![turn],
        };
        return no_store(render_with(status, &fragment));
    }
    let draft = if status == StatusCode::OK {
        String::new()
    } else {
        question.to_owned()
    };
    no_store(chat_response(&state, lang, csrf, vec![turn], draft, status))
}

async fn picked(state: &WebState, pick: &str, lang: Lang) -> Result<Turn, WebError> {
    let id = FaqId::parse(pick).map_err(|_| WebError::NotFound)?;
    match state.store().faq_entry(&id).await {
        Ok(rec) => Ok(Turn::from_entry(&rec.entry, lang)),
        Err(helpdesk_core::Error::NotFound) => Err(WebError::NotFound),
        Err(e) => Err(WebError::internal(e)),
    }
}

#[derive(Debug, Deserialize)]
pub(crate) struct FeedbackForm {
    #[serde(default)]
    entry: String,
    #[serde(default)]
    helpful: String,
    lang: Option<String>,
    #[serde(default)]
    csrf: String,
}

/// `POST /feedback`: stored like `POST /api/v1/faq/{id}/feedback`.
async fn feedback(
    State(state): State<WebState>,
    info: Option<Extension<ConnectInfo<SocketAddr>>>,
    headers: HeaderMap,
    Form(form): Form<FeedbackForm>,
) -> Response {
    let lang = page_lang(form.lang.as_deref(), &headers);
    let Some(csrf) = guard::Csrf::check(&state, &headers, &form.csrf) else {
        return WebError::Csrf.page(lang, state.assets());
    };
    if !within_limit(&state, peer(info), &headers).await {
        return WebError::TooManyRequests.page(lang, state.assets());
    }
    let helpful = match form.helpful.as_str() {
        "true" => true,
        "false" => false,
        _ => return WebError::BadRequest.page(lang, state.assets()),
    };
    let Ok(id) = FaqId::parse(&form.entry) else {
        return WebError::NotFound.page(lang, state.assets());
    };
    match state.store().faq_entry(&id).await {
        Ok(_) => {}
        Err(helpdesk_core::Error::NotFound) => {
            return WebError::NotFound.page(lang, state.assets());
        }
        Err(e) => return WebError::internal(e).page(lang, state.assets()),
    }
    if let Err(e) = state.store().record_feedback(&id, helpful, None).await {
        return WebError::internal(e).page(lang, state.assets());
    }
    let t = texts::texts(lang);
    if wants_fragment(&headers) {
        return render(&ThanksFragment {
            text: t.feedback_thanks,
        });
    }
    chat_response(
        &state,
        lang,
        csrf,
        vec![Turn::notice("", t.feedback_thanks)],
        String::new(),
        StatusCode::OK,
    )
}

/// Pages that show an answer, a ticket number or a status link are not cached anywhere.
pub(crate) fn no_store(mut resp: Response) -> Response {
    resp.headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    resp
}
