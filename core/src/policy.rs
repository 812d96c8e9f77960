//! The ticket state machine and its rules, as pure functions (no I/O), so they can be read in
//! one place and tested without a database. The store calls [`decide`] inside the transaction
//! that applies the result.
//!
//! | action   | who                                   | from       | to                                   |
//! |----------|---------------------------------------|------------|--------------------------------------|
//! | approve  | `it_staff`/`admin`, not the requester | `open`     | `approved` once enough distinct approvals (1 name correction, 2 deletion), else stays `open` |
//! | reject   | `it_staff`/`admin`, not the requester | `open`     | `rejected` (reason required)         |
//! | complete | `it_staff`/`admin`                    | `approved` | `done` (deletion: personal data erased) |
//! | cancel   | the requester, or who filed it        | `open`     | `cancelled`                          |
//!
//! "The requester" means: the actor is the requester identity, has it linked to its person, or
//! filed the ticket (`created_by`), also through another token of the same person.
//! "Distinct approvers" are distinct staff persons: two tokens of one person approve once.

use crate::error::{Error, Rule};
use crate::model::{Action, Actor, Ticket, TicketState, required_approvals};

/// What a permitted action does to a ticket.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Decision {
    pub to: TicketState,
    /// The action adds the actor to the approvals.
    pub records_approval: bool,
}

/// The role check, done before the version check (a forbidden caller learns nothing more).
pub fn authorize(actor: &Actor, action: Action) -> Result<(), Error> {
    let ok = match action {
        Action::Approve | Action::Reject | Action::Complete => {
            actor.role.is_some_and(|r| r.is_it())
        }
        // Cancel is decided by identity in `decide`; creation in `authorize_create`.
        Action::Cancel | Action::Create => true,
        Action::Erase => actor.id == "system" || actor.role.is_some_and(|r| r.is_it()),
    };
    if ok {
        Ok(())
    } else {
        Err(Error::Forbidden {
            rule: Rule::RoleRequired,
        })
    }
}

/// Who may file a ticket for `requester`: a role that files tickets, or the requester
/// themselves in chat.
pub fn authorize_create(actor: &Actor, requester: &str) -> Result<(), Error> {
    let ok = match actor.role {
        Some(role) => role.files_tickets(),
        None => actor.is(requester),
    };
    if ok {
        Ok(())
    } else {
        Err(Error::Forbidden {
            rule: Rule::RoleRequired,
        })
    }
}

fn is_requester(t: &Ticket, actor: &Actor) -> bool {
    t.requester
        .as_ref()
        .is_some_and(|r| actor.is(r.id.as_str()))
        || actor.id == t.created_by
        || actor.is_person(t.created_by_person)
}

/// May `actor` see `t` (its number, its state)? IT staff see every ticket; anyone else only
/// the tickets they requested or filed.
pub fn may_see(t: &Ticket, actor: &Actor) -> bool {
    actor.role.is_some_and(|r| r.is_it()) || is_requester(t, actor)
}

/// The state machine: may `actor` do `action` to `t`, and with what result?
pub fn decide(t: &Ticket, actor: &Actor, action: Action) -> Result<Decision, Error> {
    authorize(actor, action)?;
    let invalid = || Error::InvalidTransition {
        from: t.state,
        action,
    };
    match action {
        Action::Approve => {
            if t.state != TicketState::Open {
                return Err(invalid());
            }
            if is_requester(t, actor) {
                return Err(Error::Forbidden {
                    rule: Rule::SelfApproval,
                });
            }
            if t.approvals
                .iter()
                .any(|a| a.actor_id == actor.id || actor.is_person(a.person))
            {
                return Err(Error::Forbidden {
                    rule: Rule::DistinctApprovers,
                });
            }
            let to = if t.approvals.len() + 1 >= required_approvals(t.kind) {
                TicketState::Approved
            } else {
                TicketState::Open
            };
            Ok(Decision {
                to,
                records_approval: true,
            })
        }
        Action::Reject => {
            if t.state != TicketState::Open {
                return Err(invalid());
            }
            if is_requester(t, actor) {
                return Err(Error::Forbidden {
                    rule: Rule::OwnTicket,
                });
            }
            Ok(Decision {
                to: TicketState::Rejected,
                records_approval: false,
            })
        }
        Action::Complete => {
            if t.state != TicketState::Approved {
                return Err(invalid());
            }
            Ok(Decision {
                to: TicketState::Done,
                records_approval: false,
            })
        }
        Action::Cancel => {
            if t.state != TicketState::Open {
                return Err(invalid());
            }
            if !is_requester(t, actor) {
                return Err(Error::Forbidden {
                    rule: Rule::RequesterOnly,
                });
            }
            Ok(Decision {
                to: TicketState::Cancelled,
                records_approval: false,
            })
        }
        Action::Create | Action::Erase => Err(invalid()),
    }
}
