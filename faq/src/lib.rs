//! The FAQ as data: the model of an entry, its git-friendly file format, validation, and the
//! bundled IHK Hannover "Digitales Berichtsheft" FAQ.
//!
//! This crate is pure (no I/O beyond reading a folder on request, no async) so that the search
//! index, the store and the command line can share one definition of an entry.
//!
//! # Map
//! - [`model`]: [`FaqEntry`], [`FaqId`], [`SectionId`], [`Audience`], [`Lang`], [`TicketKind`].
//! - [`sections`]: the help center's sections with German and English titles (`sections.toml`).
//! - [`vocabulary`]: synonyms, compound parts and stop words of a FAQ (`vocabulary.toml`).
//! - [`file`](mod@file): one entry per file, TOML front matter between `+++` lines, German answer as body.
//! - [`check`]: validation of a whole folder (unique ids, required fields, sections defined in
//!   `sections.toml`, a valid `vocabulary.toml`).
//! - [`bundled`](mod@bundled): the entries compiled into the binary from `faq/data/`.
//!
//! # File format
//!
//! ```text
//! +++
//! id = "export-betriebswechsel"
//! section = "berichtsheft-exportieren"
//! question = "Ist die Mitnahme des Berichtshefts möglich, wenn ich den Ausbildungsbetrieb wechsle?"
//! alternatives = ["Kann ich mein Berichtsheft beim Betriebswechsel mitnehmen?"]
//! tags = ["export"]
//! audience = ["apprentice"]
//! link = "https://…"
//! link_title = "4.9 Berichtsheft exportieren"
//! # ticket = "name_correction" | "deletion"   (optional)
//!
//! [en]
//! question = "…"
//! answer = """…"""
//! alternatives = ["…"]
//! +++
//! The German answer, as Markdown.
//! ```

pub mod bundled;
pub mod check;
pub mod file;
pub mod model;
pub mod sections;
pub mod vocabulary;

pub use bundled::{bundled, bundled_sections, bundled_vocabulary};
pub use check::{
    CheckError, FaqFolder, check_entries, check_sections, load_dir, load_folder, load_sections,
    load_vocabulary,
};
pub use file::{ParseError, parse_entry, render_entry};
pub use model::{
    Audience, English, FaqEntry, FaqId, InvalidFaqId, InvalidSectionId, Lang, SectionId, TicketKind,
};
pub use sections::{Section, parse_sections};
pub use vocabulary::Vocabulary;
