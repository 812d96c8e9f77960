//! `helpdesk-core`: the system of record. Tickets and their state machine, the store over
//! SQLite and PostgreSQL, the audit chain, the outbox, API tokens, the FAQ table, and the
//! answering service (a live search index over the FAQ table).
//!
//! # Map
//! - [`model`]: domain types — [`TicketId`], [`Email`], [`Identity`], [`TicketRequest`] →
//!   [`NewTicket`], [`Ticket`], [`TicketState`], [`Action`], [`Role`], [`Principal`], [`Actor`].
//! - [`policy`]: the state machine and its rules as pure functions (four eyes, self-approval).
//! - [`error`]: [`Error`] with stable codes ([`Error::code`]), [`FieldError`] with its typed
//!   [`FieldProblem`] (the one list of input-rule failures), [`Rule`].
//! - [`store`]: [`Store`] — one API, SQLite or PostgreSQL by URL scheme:
//!   - [`store::tickets`]: create (idempotent), read, list, approve/reject/complete/cancel,
//!     erasure and retention ([`Store::purge_expired`]);
//!   - [`store::audit`]: the hash chain, [`Store::verify`];
//!   - [`store::outbox`]: claim/ack/retry for notification workers;
//!   - [`store::tokens`]: API tokens, [`Store::verify_token`], [`Store::actor_for_chat_identity`];
//!   - [`store::faq`]: the FAQ table with revisions, seeded from the bundled entries;
//!   - [`store::questions`]: the redacted question log and per-entry feedback;
//!   - [`store::status`]: web tickets (unverified requester) and private status links,
//!     [`Store::create_web_ticket`], [`Store::ticket_status`];
//!   - [`store::vectors`]: the cache of FAQ text vectors for the semantic signal.
//! - [`faq_edit`]: the one validation of a draft FAQ entry ([`faq_edit::FaqDraft`]) and the
//!   preview that runs the real search with a draft in place ([`faq_edit::preview`]).
//! - [`checkpoint`]: Ed25519-signed checkpoints of the audit chain in an append-only file
//!   outside the database; [`Store::write_checkpoint`], checked by [`Store::verify_with`].
//! - [`erasure`]: which logged questions mention a person being erased (Unicode folding,
//!   whole words, names by surname with first name or title).
//! - [`redact`]: the one redaction of personal data (e-mails, phones, IBANs, dates, ids,
//!   tokens, cued and known names) for the question log and the language model.
//! - [`text`]: small text helpers (fold, words, stem) shared with the language-model checks.
//! - [`phrase`]: the seam to an optional language model.
//! - [`embed`]: the seam to an optional embeddings server ([`embed::Embedder`]), entry vectors
//!   cached in the store ([`store::vectors`]), the question vector with lexical fallback.
//! - [`answer`]: the answering service — [`answer::LiveIndex`], a search index over the FAQ
//!   table rebuilt when its revision changes (at once after a write, elsewhere via a revision
//!   poll), logging each question (redacted) through a bounded queue, optionally phrasing
//!   confident answers through a [`phrase::Phraser`]; the [`answer::Answerer`] trait the
//!   surfaces ask through, and its [`answer::Reply`].
//!
//! # Usage
//!
//! ```no_run
//! use helpdesk_core::{Actor, Role, Store, TicketRequest};
//!
//! # async fn demo() -> Result<(), helpdesk_core::Error> {
//! // `DATABASE_URL`, default `sqlite://./data/helpdesk.db`; migrations run here.
//! let store = Store::connect("sqlite://./data/helpdesk.db").await?;
//!
//! // Bearer token → principal → actor. (IT staff in Discord: `store.actor_for_chat_identity("discord:123")`.)
//! let staff = store.create_token("Erika IT", Role::ItStaff, &[]).await?;
//! let principal = store.verify_token(&staff.secret).await?.ok_or(helpdesk_core::Error::NotFound)?;
//! let it = Actor::from_principal(&principal);
//!
//! // A requester in chat files a ticket (HTTP: body of POST /api/v1/tickets).
//! let body: TicketRequest = serde_json::from_str(r#"{"kind": "name_correction",
//!     "requester": {"id": "discord:42", "display_name": "Max"},
//!     "subject": {"email": "max@example.org", "name_in_account": "Max Muster",
//!                 "name_in_contract": "Max Mustermann"}}"#).map_err(|_| helpdesk_core::Error::NotFound)?;
//! let new = body.validate()?; // Error::Validation { fields } lists every field at fault
//! let requester = Actor::chat_user(new.requester.id.clone(), &new.requester.display_name);
//! let created = store.create_ticket(&new, &requester, Some("idem-key-1")).await?;
//!
//! // IT approves with the version it saw (HTTP: If-Match); stale → Error::Conflict.
//! let t = store.approve(created.ticket.id, created.ticket.version, &it).await?;
//! let t = store.complete(t.id, t.version, &it).await?;
//! assert!(store.verify().await?.ok);
//! # let _ = t; Ok(()) }
//! ```
//!
//! # Error → HTTP
//! | [`Error`] | status | note |
//! |---|---|---|
//! | `NotFound` | 404 | |
//! | `Validation { fields }` | 422 | `fields[].field` is a dotted path (`subject.email`) |
//! | `Conflict { current_version }` | 412 | stale `If-Match` / `expected_version` |
//! | `Forbidden { rule }` | 403 | `rule.code()`: `role_required`, `self_approval`, … |
//! | `InvalidTransition { from, action }` | 409 | |
//! | `Duplicate { existing }` | 409 | the pending ticket's id only if the caller may see it |
//! | `IdempotencyMismatch` | 422 | |
//! | `Database`, `Migrate`, `BadUrl` | 500/503 | log the source; never show it |

pub mod answer;
pub mod checkpoint;
pub mod embed;
pub mod erasure;
pub mod error;
pub mod faq_edit;
pub mod limit;
pub mod model;
pub mod phrase;
pub mod policy;
pub mod redact;
pub mod store;
#[cfg(feature = "test-util")]
pub mod testing;
pub mod text;

pub use error::{Error, FieldError, FieldProblem, Rule};
pub use model::{
    Action, Actor, Approval, CreatedToken, DeletionReason, Email, Identity, Identnummer, NewTicket,
    Person, PersonId, PersonName, PersonRef, Principal, Requester, RequesterRequest, Role, Subject,
    SubjectRequest, Ticket, TicketDetails, TicketFilter, TicketId, TicketKind, TicketRequest,
    TicketState, TokenId, TokenInfo, required_approvals,
};
pub use store::audit::{Anchor, AuditEvent, BrokenLink, VerifyReport};
pub use store::faq::{FaqRecord, FaqRevision};
pub use store::outbox::{DeadMessage, OutboxCounts, OutboxMessage, OutboxPolicy, StaffPost};
pub use store::questions::{FeedbackCount, QuestionRecord, UnansweredQuestion};
pub use store::status::{StatusToken, TicketStatus, WebFiled};
pub use store::tickets::Created;
pub use store::vocabulary::{VocabularyRecord, VocabularyRevision};
pub use store::{Backend, DEFAULT_DATABASE_URL, Store, StoreConfig};

/// The duration type of [`StoreConfig`] (re-exported so callers need no `chrono` dependency).
pub use chrono::TimeDelta;
