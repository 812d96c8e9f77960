//! The OpenAPI document, assembled from the `#[utoipa::path]` annotations on the handlers.

use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::openapi::{ContentBuilder, Ref, RefOr, Response, ResponseBuilder};
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
        routes::vocabulary::get,
        routes::vocabulary::put,
        routes::vocabulary::revisions,
        routes::vocabulary::preview,
        routes::questions::unanswered,
        routes::questions::feedback,
        routes::questions::add_alternative,
        routes::docs::openapi_json,
    ),
    components(schemas(crate::error::Problem, crate::error::FieldError)),
    modifiers(&BearerAuth, &CommonResponses),
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

/// Statuses every route of a kind can answer, added to each operation that does not list them
/// itself (a route's own, more specific description wins). They come from the layers and
/// extractors shared by all handlers, not from the handler:
///
/// - every route: 503 (`unavailable`: the database cannot be reached; `timeout`: the request
///   took longer than `HELPDESK_REQUEST_TIMEOUT_SECS`);
/// - routes with a JSON body: 400 (malformed JSON), 413 (over `HELPDESK_BODY_LIMIT`), 415 (not
///   `application/json`), 422 (invalid fields);
/// - routes with query parameters: 400 (a parameter that does not parse);
/// - routes with a path parameter: 400 (a parameter that does not parse), 404;
/// - routes with a bearer token: 401 (no or unknown token), 403 (the role may not);
/// - public routes with a body (`/ask`, feedback): 429 (per-client limit, `Retry-After`).
struct CommonResponses;

impl Modify for CommonResponses {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        for (path, item) in openapi.paths.paths.iter_mut() {
            let has_path_param = path.contains('{');
            for op in [
                &mut item.get,
                &mut item.put,
                &mut item.post,
                &mut item.delete,
                &mut item.patch,
            ]
            .into_iter()
            .flatten()
            {
                let has_body = op.request_body.is_some();
                let has_query = op.parameters.as_ref().is_some_and(|ps| {
                    ps.iter()
                        .any(|p| p.parameter_in == utoipa::openapi::path::ParameterIn::Query)
                });
                let private = op.security.as_ref().is_some_and(|s| !s.is_empty());
                let mut add = |status: &str, description: &str| {
                    op.responses
                        .responses
                        .entry(status.to_owned())
                        .or_insert_with(|| problem(description));
                };
                add(
                    "503",
                    "Database unavailable (`unavailable`) or request timed out (`timeout`)",
                );
                if has_body {
                    add("400", "Malformed JSON body");
                    add("413", "Body too large");
                    add("415", "Body is not `application/json`");
                    add("422", "Invalid fields");
                }
                if has_query || has_path_param {
                    add("400", "A parameter does not parse");
                }
                if has_path_param {
                    add("404", "Not found");
                }
                if private {
                    add("401", "No or unknown token");
                    add("403", "The token's role may not do this");
                } else if has_body {
                    add("429", "Rate limit hit; see Retry-After");
                }
            }
        }
    }
}

/// A problem+json response.
fn problem(description: &str) -> RefOr<Response> {
    RefOr::T(
        ResponseBuilder::new()
            .description(description)
            .content(
                "application/problem+json",
                ContentBuilder::new()
                    .schema(Some(Ref::from_schema_name("Problem")))
                    .build(),
            )
            .build(),
    )
}
