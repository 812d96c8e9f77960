//! The OpenAPI document, assembled from the `#[utoipa::path]` annotations on the handlers.

use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::{Modify, OpenApi};

use crate::routes;

#[derive(OpenApi)]
#[openapi(
    info(
        title = "Helpdesk API",
        description = "Admin and question API of the Helpdesk for the IHK Digitales Berichtsheft. Errors are application/problem+json (RFC 9457) with a stable `code`.",
        license(name = "MIT OR Apache-2.0")
    ),
    paths(
        routes::health::health,
        routes::health::ready,
        routes::health::metrics,
        routes::outbox::status,
        routes::outbox::requeue,
        routes::ask::ask,
        routes::tickets::create,
        routes::tickets::list,
        routes::tickets::get,
        routes::tickets::events,
        routes::tickets::approve,
        routes::tickets::reject,
        routes::tickets::complete,
        routes::tickets::cancel,
        routes::tickets::verify,
        routes::faq::list,
        routes::faq::get,
        routes::faq::put,
        routes::faq::delete,
        routes::faq::revisions,
        routes::faq::revert,
        routes::faq::preview,
        routes::faq::feedback,
        routes::questions::unanswered,
        routes::questions::feedback,
        routes::questions::add_alternative,
        routes::docs::openapi_json,
    ),
    components(schemas(crate::error::Problem, crate::error::FieldError)),
    modifiers(&BearerAuth),
    tags(
        (name = "ask", description = "Public question answering"),
        (name = "tickets", description = "Name-correction and deletion tickets (IT staff, intake)"),
        (name = "faq", description = "FAQ editing with live reindexing (faq_editor, admin)"),
        (name = "questions", description = "Unanswered questions and feedback (faq_editor, admin)"),
        (name = "system", description = "Health, readiness, metrics, the outbox (admin) and this document"),
    )
)]
pub struct ApiDoc;

struct BearerAuth;

impl Modify for BearerAuth {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "bearer",
            SecurityScheme::Http(
                HttpBuilder::new()
                    .scheme(HttpAuthScheme::Bearer)
                    .description(Some("A token from `helpdesk token create`"))
                    .build(),
            ),
        );
    }
}
