//! Domain types: ticket ids, e-mail and name newtypes, requests and tickets, roles, actors.
//!
//! Parse, don't validate: [`TicketRequest`] is what arrives (all strings, all optional);
//! [`TicketRequest::validate`] turns it into a [`NewTicket`] made of checked newtypes, or lists
//! every field at fault.
//!
//! # Map
//! - [`ids`]: [`TicketId`], [`TokenId`], [`PersonId`], [`Identity`].
//! - [`person`]: [`Email`], [`PersonName`], [`Identnummer`].
//! - [`ticket`]: [`Ticket`], [`TicketKind`], [`TicketState`], [`Action`], [`DeletionReason`],
//!   [`TicketDetails`], [`NewTicket`], [`TicketFilter`], [`required_approvals`].
//! - [`request`]: [`TicketRequest`] and its validation.
//! - [`text`]: [`free_text`], the control-character rule of every free-text field.
//! - [`actor`]: [`Role`], [`Person`], [`PersonRef`], [`Principal`], [`TokenInfo`],
//!   [`CreatedToken`], [`Actor`].

pub mod actor;
pub mod ids;
pub mod person;
pub mod request;
pub mod text;
pub mod ticket;

pub use actor::{Actor, CreatedToken, Person, PersonRef, Principal, Role, TokenInfo};
pub use ids::{Identity, PersonId, TicketId, TokenId};
pub use person::{Email, Identnummer, PersonName};
pub use request::{RequesterRequest, SubjectRequest, TicketRequest};
pub use text::{Lines, free_text};
pub use ticket::{
    Action, Approval, DeletionReason, NewTicket, Requester, Subject, Ticket, TicketDetails,
    TicketFilter, TicketKind, TicketState, required_approvals,
};
