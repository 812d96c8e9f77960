//! `helpdesk-search`: finds the FAQ entry that answers a question, in German or English, and
//! knows when it does not know.
//!
//! Pure library: tantivy and text analysis only (no async, no database). The answering service
//! in `helpdesk-core` keeps a live [`Index`] and rebuilds it when the FAQ changes.
//!
//! # Map
//! - [`analysis`]: the analysis chain (folding, stop words, typo correction, compound
//!   splitting, stemming, synonyms) used for both the FAQ and the question.
//! - [`synonyms`]: the domain vocabulary: stop words, synonym groups, compound parts.
//! - [`index`]: the tantivy index, the ranking and the features of the decision.
//! - [`calibration`]: the fitted logistic model that turns the features into answer /
//!   suggest / don't know (weights in `calibration.json`).
//! - [`intent`]: recognising a name-correction or deletion request.
//! - [`reading`]: reading a chat message before searching it (greetings, signatures,
//!   self-introductions and personal data are not the question; two questions are two).
//! - `facet`: what a question asks about its topic (undoing, being told, a comparison, another
//!   service, the company's records) that an entry must speak of to answer it.
//! - [`lang`]: German or English.
//! - `neutral`: places and times, which carry no FAQ meaning (`neutral-words.txt`).
//!
//! ```
//! let index = helpdesk_search::Index::build_with(helpdesk_faq::bundled(), helpdesk_faq::bundled_vocabulary()).unwrap();
//! let answer = index.ask("Wo bekomme ich einen Registrierungscode?");
//! assert_eq!(answer.hits[0].id.as_str(), "registrierungscode");
//! ```

pub mod analysis;
pub mod calibration;
pub mod eval;
mod facet;
pub mod index;
pub mod intent;
pub mod lang;
mod neutral;
pub mod reading;
pub mod synonyms;

pub use calibration::{Calibration, Features};
pub use index::{Answer, BuildError, Followup, Hit, Index, Outcome};
