//! The shared page layout, rendering, and the HTML error page.
//!
//! Every page template extends `templates/base.html` and carries a [`Layout`] field named
//! `layout` (language, title, stylesheet URL, optional navigation). [`render`] turns a template
//! into a response; a rendering failure is logged and answered with the error page, never with
//! a stack trace.

use askama::Template;
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};
use helpdesk_faq::Lang;

use crate::assets::Assets;

/// One link of a page's navigation.
#[derive(Debug, Clone)]
pub struct NavLink {
    pub href: &'static str,
    pub label: &'static str,
    /// Marked `aria-current="page"`.
    pub current: bool,
}

/// What `base.html` needs from every page.
#[derive(Debug, Clone)]
pub struct Layout {
    /// The `lang` attribute (`de`, `en`).
    pub lang: &'static str,
    /// The `<title>`, without the site name.
    pub title: String,
    pub stylesheet: String,
    /// The page's script, if it has one (a local file, never inline).
    pub script: Option<String>,
    /// "Zum Inhalt springen" / "Skip to content".
    pub skip_label: &'static str,
    /// Site name shown in the header.
    pub site: &'static str,
    /// Main navigation (the console's); empty for none.
    pub nav: Vec<NavLink>,
    /// Accessible name of the navigation.
    pub nav_label: &'static str,
}

impl Layout {
    pub fn new(lang: Lang, title: impl Into<String>, assets: &Assets) -> Self {
        let (skip_label, site, nav_label) = match lang {
            Lang::De => ("Zum Inhalt springen", "IHK-Helpdesk", "Hauptnavigation"),
            Lang::En => ("Skip to content", "IHK Helpdesk", "Main navigation"),
        };
        Self {
            lang: lang.code(),
            title: title.into(),
            stylesheet: assets.url("style.css"),
            script: None,
            skip_label,
            site,
            nav: Vec::new(),
            nav_label,
        }
    }
}

/// Renders `page` as HTML with `status`.
pub fn render_with<T: Template>(status: StatusCode, page: &T) -> Response {
    match page.render() {
        Ok(html) => (status, Html(html)).into_response(),
        Err(err) => {
            tracing::error!(error = %err, "rendering a page failed");
            WebError::Internal.into_response()
        }
    }
}

/// Renders `page` as HTML with status 200.
pub fn render<T: Template>(page: &T) -> Response {
    render_with(StatusCode::OK, page)
}

/// A request that ends in an error page. The cause of an internal error is logged where it
/// happens (see [`WebError::internal`]); the page only says what the user can do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WebError {
    NotFound,
    Forbidden,
    BadRequest,
    /// A form was sent without a valid CSRF token (or from an expired page).
    Csrf,
    TooManyRequests,
    Unavailable,
    Internal,
}

impl WebError {
    /// Logs `err` (the operator's view) and returns the user's view.
    pub fn internal(err: impl std::fmt::Display) -> Self {
        tracing::error!(error = %err, "web request failed");
        WebError::Internal
    }

    pub fn status(self) -> StatusCode {
        match self {
            WebError::NotFound => StatusCode::NOT_FOUND,
            WebError::Forbidden => StatusCode::FORBIDDEN,
            WebError::BadRequest => StatusCode::BAD_REQUEST,
            WebError::Csrf => StatusCode::FORBIDDEN,
            WebError::TooManyRequests => StatusCode::TOO_MANY_REQUESTS,
            WebError::Unavailable => StatusCode::SERVICE_UNAVAILABLE,
            WebError::Internal => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    /// Heading and explanation in `lang`.
    pub fn text(self, lang: Lang) -> (&'static str, &'static str) {
        match (self, lang) {
            (WebError::NotFound, Lang::De) => (
                "Seite nicht gefunden",
                "Diese Seite gibt es nicht (mehr). Bitte prüfen Sie die Adresse.",
            ),
            (WebError::NotFound, Lang::En) => (
                "Page not found",
                "This page does not exist (any more). Please check the address.",
            ),
            (WebError::Forbidden, Lang::De) => (
                "Keine Berechtigung",
                "Ihre Rolle erlaubt diese Seite nicht.",
            ),
            (WebError::Forbidden, Lang::En) => {
                ("Not allowed", "Your role does not allow this page.")
            }
            (WebError::BadRequest, Lang::De) => (
                "Ungültige Anfrage",
                "Die Anfrage konnte nicht gelesen werden. Bitte laden Sie die Seite neu.",
            ),
            (WebError::BadRequest, Lang::En) => (
                "Invalid request",
                "The request could not be read. Please reload the page.",
            ),
            (WebError::Csrf, Lang::De) => (
                "Formular abgelaufen",
                "Das Formular ist abgelaufen oder unvollständig. Bitte laden Sie die Seite neu und senden Sie es erneut.",
            ),
            (WebError::Csrf, Lang::En) => (
                "Form expired",
                "The form has expired or is incomplete. Please reload the page and send it again.",
            ),
            (WebError::TooManyRequests, Lang::De) => (
                "Zu viele Anfragen",
                "Bitte warten Sie einen Moment und versuchen Sie es dann erneut.",
            ),
            (WebError::TooManyRequests, Lang::En) => {
                ("Too many requests", "Please wait a moment and try again.")
            }
            (WebError::Unavailable, Lang::De) => (
                "Vorübergehend nicht verfügbar",
                "Der Dienst ist gerade nicht erreichbar. Bitte versuchen Sie es in einigen Minuten erneut.",
            ),
            (WebError::Unavailable, Lang::En) => (
                "Temporarily unavailable",
                "The service cannot be reached right now. Please try again in a few minutes.",
            ),
            (WebError::Internal, Lang::De) => (
                "Etwas ist schiefgelaufen",
                "Das lag nicht an Ihnen. Bitte versuchen Sie es später erneut.",
            ),
            (WebError::Internal, Lang::En) => (
                "Something went wrong",
                "This was not your fault. Please try again later.",
            ),
        }
    }

    /// The error page in `lang`.
    pub fn page(self, lang: Lang, assets: &Assets) -> Response {
        let (heading, text) = self.text(lang);
        let page = ErrorPage {
            layout: Layout::new(lang, heading, assets),
            heading,
            text,
        };
        match page.render() {
            Ok(html) => (self.status(), Html(html)).into_response(),
            Err(err) => {
                tracing::error!(error = %err, "rendering the error page failed");
                (self.status(), heading).into_response()
            }
        }
    }
}

impl IntoResponse for WebError {
    /// The German error page. Handlers that know the page language use [`WebError::page`].
    fn into_response(self) -> Response {
        self.page(Lang::De, &Assets::new())
    }
}

#[derive(Template)]
#[template(path = "error.html")]
struct ErrorPage {
    layout: Layout,
    heading: &'static str,
    text: &'static str,
}
