//! Bearer-token authentication and the per-role permission checks.
//!
//! The token is checked by the store (`Store::verify_token`: only a hash is stored, compared in
//! constant time). The token itself never reaches a log line or an error message.
//!
//! | permission | roles |
//! |---|---|
//! | [`Perm::FileTickets`] | `admin`, `it_staff`, `intake` |
//! | [`Perm::ReadTickets`] | `admin`, `it_staff` (all tickets); `intake` (own tickets only) |
//! | [`Perm::DecideTickets`] | `admin`, `it_staff` |
//! | [`Perm::CancelTickets`] | `admin`, `it_staff`, `intake` (the store allows only the requester or filer) |
//! | [`Perm::Audit`] | `admin`, `it_staff` |
//! | [`Perm::EditFaq`] | `admin`, `faq_editor` |
//! | [`Perm::Operate`] | `admin` (the outbox) |

use axum::extract::FromRequestParts;
use axum::http::header;
use axum::http::request::Parts;
use helpdesk_core::{Actor, Principal, Role, Ticket};

use crate::error::ApiError;
use crate::state::AppState;

/// What a route needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Perm {
    FileTickets,
    ReadTickets,
    DecideTickets,
    CancelTickets,
    Audit,
    EditFaq,
    /// Operations: the outbox.
    Operate,
}

impl Perm {
    pub fn allows(self, role: Role) -> bool {
        match self {
            Perm::FileTickets | Perm::CancelTickets | Perm::ReadTickets => role.files_tickets(),
            Perm::DecideTickets | Perm::Audit => role.is_it(),
            Perm::EditFaq => role.edits_faq(),
            Perm::Operate => role == Role::Admin,
        }
    }
}

/// An authenticated caller.
#[derive(Debug, Clone)]
pub struct Caller {
    pub principal: Principal,
    pub actor: Actor,
}

impl Caller {
    /// 403 unless the caller's role has `perm`.
    pub fn require(&self, perm: Perm) -> Result<(), ApiError> {
        if perm.allows(self.principal.role) {
            Ok(())
        } else {
            Err(ApiError::Forbidden(format!(
                "the role {} may not do this",
                self.principal.role
            )))
        }
    }

    /// Whether the caller sees every ticket (IT) or only its own (intake).
    pub fn sees_all_tickets(&self) -> bool {
        self.principal.role.is_it()
    }

    /// A ticket is the caller's own when the caller filed it or is (linked to) its requester.
    pub fn owns(&self, t: &Ticket) -> bool {
        t.created_by == self.actor.id
            || t.requester
                .as_ref()
                .is_some_and(|r| self.actor.is(r.id.as_str()))
    }

    /// May read this ticket (404 otherwise, so foreign tickets are not even confirmed to exist).
    pub fn can_see(&self, t: &Ticket) -> bool {
        self.sees_all_tickets() || self.owns(t)
    }
}

impl FromRequestParts<AppState> for Caller {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, ApiError> {
        let raw = parts
            .headers
            .get(header::AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| {
                let (scheme, token) = v.trim().split_once(' ')?;
                scheme.eq_ignore_ascii_case("bearer").then(|| token.trim())
            })
            .filter(|t| !t.is_empty())
            .ok_or(ApiError::Unauthorized)?;
        let principal = state
            .store()
            .verify_token(raw)
            .await
            .map_err(|e| {
                if e.is_unavailable() {
                    ApiError::from(e)
                } else {
                    ApiError::internal(anyhow::Error::new(e).context("verifying a token"))
                }
            })?
            .ok_or(ApiError::Unauthorized)?;
        let actor = Actor::from_principal(&principal);
        Ok(Caller { principal, actor })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn permission_table() {
        use Role::*;
        let table = [
            (Perm::FileTickets, vec![Admin, ItStaff, Intake]),
            (Perm::ReadTickets, vec![Admin, ItStaff, Intake]),
            (Perm::DecideTickets, vec![Admin, ItStaff]),
            (Perm::CancelTickets, vec![Admin, ItStaff, Intake]),
            (Perm::Audit, vec![Admin, ItStaff]),
            (Perm::EditFaq, vec![Admin, FaqEditor]),
            (Perm::Operate, vec![Admin]),
        ];
        for (perm, allowed) in table {
            for role in Role::ALL {
                assert_eq!(
                    perm.allows(role),
                    allowed.contains(&role),
                    "{perm:?} {role}"
                );
            }
        }
    }
}
