//! Sign-in with an API token, sign-out, and the [`Staff`] extractor every console page uses.

use askama::Template;
use axum::Form;
use axum::extract::{FromRequestParts, Query, State};
use axum::http::request::Parts;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use helpdesk_core::{Actor, Principal, Role};
use helpdesk_faq::Lang;
use serde::Deserialize;
use tower_sessions::Session;

use crate::csrf::{self, Guard};
use crate::page::{Layout, NavLink, WebError, render_with};
use crate::state::WebState;

/// Session keys.
const TOKEN_ID: &str = "token_id";
const CSRF_BINDING: &str = "csrf";

/// Which navigation link is the current page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Section {
    Tickets,
    Faq,
    Inbox,
}

/// A signed-in console user: the principal of the session's token, looked up on every request
/// (a revoked token ends the session at once).
pub(crate) struct Staff {
    pub principal: Principal,
    pub actor: Actor,
    /// The CSRF token for this session's forms.
    pub csrf: String,
    binding: String,
}

impl Staff {
    pub fn role(&self) -> Role {
        self.principal.role
    }

    /// IT staff and admins: tickets and the audit check.
    pub fn require_it(&self) -> Result<(), WebError> {
        if self.role().is_it() {
            Ok(())
        } else {
            Err(WebError::Forbidden)
        }
    }

    /// Maintainers and admins: the FAQ and the unanswered questions.
    pub fn require_faq(&self) -> Result<(), WebError> {
        if self.role().edits_faq() {
            Ok(())
        } else {
            Err(WebError::Forbidden)
        }
    }

    /// Refuses a form whose CSRF token does not belong to this session.
    pub fn check_csrf(&self, token: &str, state: &WebState) -> Result<(), WebError> {
        if csrf::verify_session(state.csrf(), &self.binding, token) {
            Ok(())
        } else {
            tracing::warn!(
                token_id = self.principal.token_id.0,
                "console form without a valid CSRF token"
            );
            Err(WebError::Csrf)
        }
    }

    /// The page layout with the navigation this role may use.
    pub fn layout(
        &self,
        title: impl Into<String>,
        state: &WebState,
        current: Option<Section>,
    ) -> Layout {
        let mut layout = Layout::new(Lang::De, title, state.assets());
        let role = self.role();
        let mut nav = Vec::new();
        if role.is_it() {
            nav.push(NavLink {
                href: "/admin/tickets",
                label: "Tickets",
                current: current == Some(Section::Tickets),
            });
        }
        if role.edits_faq() {
            nav.push(NavLink {
                href: "/admin/faq",
                label: "FAQ",
                current: current == Some(Section::Faq),
            });
            nav.push(NavLink {
                href: "/admin/questions",
                label: "Unbeantwortete Fragen",
                current: current == Some(Section::Inbox),
            });
        }
        nav.push(NavLink {
            href: "/admin/logout",
            label: "Abmelden",
            current: false,
        });
        layout.nav = nav;
        layout.nav_label = "Konsole";
        layout
    }
}

impl FromRequestParts<WebState> for Staff {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &WebState) -> Result<Self, Response> {
        let session = Session::from_request_parts(parts, state)
            .await
            .map_err(|(_, msg)| WebError::internal(msg).into_response())?;
        let token_id = session.get::<i64>(TOKEN_ID).await.map_err(|e| {
            WebError::internal(format!("loading a console session: {e}")).into_response()
        })?;
        let Some(token_id) = token_id else {
            return Err(Redirect::to("/admin/login").into_response());
        };
        let principal = state
            .store()
            .active_principal(helpdesk_core::TokenId(token_id))
            .await
            .map_err(|e| {
                WebError::internal(format!("loading a session's token: {e}")).into_response()
            })?;
        let Some(principal) = principal.filter(|p| console_role(p.role)) else {
            // Revoked (or no longer a console role): end the session.
            let _ = session.flush().await;
            return Err(Redirect::to("/admin/login").into_response());
        };
        let binding = session
            .get::<String>(CSRF_BINDING)
            .await
            .ok()
            .flatten()
            .unwrap_or_default();
        let actor = Actor::from_principal(&principal);
        Ok(Staff {
            csrf: csrf::session_token(state.csrf(), &binding),
            principal,
            actor,
            binding,
        })
    }
}

/// Roles that may use the console (`intake` is an integration's token, not a person's).
fn console_role(role: Role) -> bool {
    role.is_it() || role.edits_faq()
}

/// `GET /admin`: the first page of the role.
pub(crate) async fn home(staff: Staff) -> Redirect {
    if staff.role().is_it() {
        Redirect::to("/admin/tickets")
    } else {
        Redirect::to("/admin/questions")
    }
}

#[derive(Template)]
#[template(path = "admin/login.html")]
struct LoginPage {
    layout: Layout,
    csrf: String,
    error: Option<&'static str>,
    notice: Option<&'static str>,
}

#[derive(Debug, Deserialize)]
pub(crate) struct LoginQuery {
    #[serde(default)]
    signed_out: Option<String>,
}

fn login_page(
    state: &WebState,
    headers: &HeaderMap,
    status: StatusCode,
    error: Option<&'static str>,
    notice: Option<&'static str>,
) -> Response {
    let guard = Guard::for_request(state.csrf(), headers);
    let page = LoginPage {
        layout: Layout::new(Lang::De, "Anmelden", state.assets()),
        csrf: guard.token.clone(),
        error,
        notice,
    };
    let mut resp = render_with(status, &page);
    guard.apply(resp.headers_mut());
    resp
}

/// `GET /admin/login`.
pub(crate) async fn login_form(
    State(state): State<WebState>,
    Query(q): Query<LoginQuery>,
    headers: HeaderMap,
) -> Response {
    let notice = q.signed_out.map(|_| "Sie sind abgemeldet.");
    login_page(&state, &headers, StatusCode::OK, None, notice)
}

#[derive(Deserialize)]
pub(crate) struct LoginForm {
    #[serde(default)]
    token: String,
    #[serde(default)]
    csrf: String,
}

/// `POST /admin/login`: checks the token with core and starts a fresh session.
pub(crate) async fn login(
    State(state): State<WebState>,
    session: Session,
    headers: HeaderMap,
    Form(form): Form<LoginForm>,
) -> Response {
    if !csrf::verify_cookie(state.csrf(), &headers, &form.csrf) {
        return WebError::Csrf.into_response();
    }
    let principal = match state.store().verify_token(form.token.trim()).await {
        Ok(p) => p,
        Err(e) => {
            return WebError::internal(format!("verifying a console sign-in: {e}")).into_response();
        }
    };
    let Some(principal) = principal else {
        tracing::info!("console sign-in refused: unknown or revoked token");
        return login_page(
            &state,
            &headers,
            StatusCode::UNAUTHORIZED,
            Some("Dieses API-Token ist unbekannt oder widerrufen. Bitte prüfen Sie es."),
            None,
        );
    };
    if !console_role(principal.role) {
        return login_page(
            &state,
            &headers,
            StatusCode::FORBIDDEN,
            Some(
                "Mit diesem Token ist keine Anmeldung an der Konsole möglich (Rolle ohne Konsolenzugang).",
            ),
            None,
        );
    }
    // A new session id on sign-in (no session fixation), with its own CSRF binding.
    let started = async {
        session.cycle_id().await?;
        session.insert(TOKEN_ID, principal.token_id.0).await?;
        session.insert(CSRF_BINDING, csrf::random_binding()).await
    };
    if let Err(e) = started.await {
        return WebError::internal(format!("starting a console session: {e}")).into_response();
    }
    tracing::info!(token_id = principal.token_id.0, role = %principal.role, "console sign-in");
    Redirect::to("/admin").into_response()
}

/// `GET /admin/logout`: ends the session. (A link, as the navigation contract asks; the session
/// cookie is `SameSite=Strict`, so another site cannot sign anyone out.)
pub(crate) async fn logout(session: Session) -> Response {
    if let Err(e) = session.flush().await {
        return WebError::internal(format!("ending a console session: {e}")).into_response();
    }
    Redirect::to("/admin/login?signed_out=1").into_response()
}
