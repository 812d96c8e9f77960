//! The conversation engine: one input from a chat user in, one [`Reply`] out.
//!
//! It knows nothing about Discord: the adapter maps serenity types to an [`Input`] plus a
//! [`Ctx`], and the [`Reply`] back to builders. Business rules (validation of stored tickets,
//! four eyes, state machine) live in core behind [`Desk`]; the engine parses forms, picks the
//! language, formats, and maps every error to a clear message (internals go to the log only).
//!
//! This file is the dispatch; the replies are built in [`crate::views`], ticket forms are read in
//! [`crate::form`], and the wording lives in [`crate::texts`].

use std::sync::Arc;
use std::time::Duration;

use helpdesk_core::answer::{AnswerHit, Answerer, Channel, Question};
use helpdesk_faq::{FaqId, Lang, TicketKind};

use crate::custom_id::Action;
use crate::form::{field, read_form};
use crate::ports::{ChatUser, Desk, DeskError, StaffAction, TicketState};
use crate::ratelimit::RateLimiter;
use crate::reply::{Embed, Modal, Msg, Reply, TextInput};
use crate::texts::{self, field_label, kind_name, staff, state_name, t, tr};
use crate::views::{
    BLUE, answer_msg, asked_reply, form, invalid_msg, staff_msg, ticket_buttons, truncate,
};

/// Settings of the engine (from the environment, read by the binary).
#[derive(Debug, Clone)]
pub struct EngineConfig {
    /// Members with this role may press staff buttons (and must be linked to an IT staff token).
    pub staff_role: Option<u64>,
    /// What "reach a person" says, per language.
    pub contact_de: String,
    pub contact_en: String,
    /// Per-user limit: requests per `rate_window`; 0 disables.
    pub rate_burst: usize,
    pub rate_window: Duration,
}

impl Default for EngineConfig {
    fn default() -> Self {
        Self {
            staff_role: None,
            contact_de: "Schreiben Sie dem Team Digitales Berichtsheft an \
                         digitalesberichtsheft@hannover.ihk.de (mit Ihrem Namen und der \
                         E-Mail-Adresse Ihres Kontos) oder nutzen Sie eines der Formulare unten."
                .to_owned(),
            contact_en: "Write to the Digital Record Book team at \
                         digitalesberichtsheft@hannover.ihk.de (with your name and the e-mail \
                         address of your account) or use one of the forms below."
                .to_owned(),
            rate_burst: 12,
            rate_window: Duration::from_secs(60),
        }
    }
}

/// Who sent an input, and where.
#[derive(Debug, Clone)]
pub struct Ctx {
    pub user: ChatUser,
    /// The language of the user's client (Discord `locale`); used when there is no text.
    pub locale: Lang,
    /// Role ids of the member (empty in DMs).
    pub roles: Vec<u64>,
    /// In a guild channel (replies are ephemeral there) or a DM.
    pub in_guild: bool,
    /// The platform's id of this input: the idempotency key.
    pub input_id: String,
}

/// Slash commands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Command {
    Ask(String),
    NameCorrection,
    Deletion,
    MyTickets,
}

/// One thing a user did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    /// A question as a plain message (mention or DM): replies are normal messages.
    Message(String),
    Command(Command),
    /// A button click.
    Click(String),
    /// A modal submit: its custom_id and `(input custom_id, value)` pairs.
    Submit {
        custom_id: String,
        fields: Vec<(String, String)>,
    },
}

/// The result of [`Engine::admit`].
#[derive(Debug)]
pub enum Admit {
    /// Go ahead.
    Go,
    /// Already handled: send nothing.
    Duplicate,
    /// Send this instead (rate limited, or the check failed).
    Refused(Reply),
}

pub struct Engine {
    answers: Arc<dyn Answerer>,
    desk: Arc<dyn Desk>,
    limiter: RateLimiter,
    cfg: EngineConfig,
}

/// Maps a Discord locale ("de", "en-US", "en-GB", …) to the language we answer in.
pub fn lang_of_locale(locale: &str) -> Lang {
    if locale.to_ascii_lowercase().starts_with("en") {
        Lang::En
    } else {
        Lang::De
    }
}

impl Engine {
    /// `answers` is core's answering service (the one path every surface asks through: it
    /// logs the question and, with a language model, phrases the answer within its budget).
    pub fn new(answers: Arc<dyn Answerer>, desk: Arc<dyn Desk>, cfg: EngineConfig) -> Self {
        Self {
            answers,
            desk,
            limiter: RateLimiter::new(cfg.rate_burst, cfg.rate_window),
            cfg,
        }
    }

    pub fn desk(&self) -> &Arc<dyn Desk> {
        &self.desk
    }

    /// Handles one input. `None` when this input id was already handled (a retry or a second
    /// replica): the caller sends nothing.
    pub async fn handle(&self, ctx: &Ctx, input: Input) -> Option<Reply> {
        match self.admit(ctx, &input).await {
            Admit::Duplicate => None,
            Admit::Refused(r) => Some(r),
            Admit::Go => Some(self.dispatch(ctx, input).await),
        }
    }

    /// The checks before any work: each input id once, and the per-user rate limit.
    pub async fn admit(&self, ctx: &Ctx, input: &Input) -> Admit {
        match self.desk.first_time(&ctx.input_id).await {
            Ok(true) => {}
            Ok(false) => {
                tracing::info!(input_id = %ctx.input_id, "duplicate input ignored");
                return Admit::Duplicate;
            }
            Err(e) => {
                tracing::error!(error = %e, "idempotency check failed");
                return Admit::Refused(Reply::Message(self.sorry(ctx.locale, ctx.in_guild)));
            }
        }
        if !self.limiter.allow(&ctx.user.id) {
            tracing::info!(user = %self.desk.pseudonym(&ctx.user), "rate limited");
            let lang = match input {
                Input::Message(t) | Input::Command(Command::Ask(t)) => guess_lang(t, ctx.locale),
                _ => ctx.locale,
            };
            return Admit::Refused(Reply::Message(Msg::text(
                t(lang, texts::RATE_LIMITED),
                ctx.in_guild,
            )));
        }
        Admit::Go
    }

    /// True when answering `input` may take longer than Discord's 3 seconds (a language model
    /// phrases answers): the adapter then defers and edits the reply in afterwards.
    pub fn is_slow(&self, input: &Input) -> bool {
        self.answers.phrases()
            && matches!(input, Input::Command(Command::Ask(_)) | Input::Message(_))
    }

    /// Does the work for an admitted input (see [`Engine::admit`]).
    pub async fn dispatch(&self, ctx: &Ctx, input: Input) -> Reply {
        let eph = ctx.in_guild;
        match input {
            Input::Message(text) => self.ask(ctx, &text, false).await,
            Input::Command(Command::Ask(text)) => self.ask(ctx, &text, eph).await,
            Input::Command(Command::NameCorrection) => {
                Reply::Modal(form(ctx.locale, TicketKind::NameCorrection))
            }
            Input::Command(Command::Deletion) => {
                Reply::Modal(form(ctx.locale, TicketKind::Deletion))
            }
            Input::Command(Command::MyTickets) => self.my_tickets(ctx).await,
            Input::Click(id) => match Action::parse(&id) {
                Some(a) => self.click(ctx, a).await,
                None => {
                    tracing::warn!(custom_id = %id, "unknown button");
                    Reply::Message(Msg::text(t(ctx.locale, texts::BUTTON_EXPIRED), eph))
                }
            },
            Input::Submit { custom_id, fields } => match Action::parse(&custom_id) {
                Some(Action::SubmitForm { lang, kind }) => {
                    self.submit_form(ctx, lang, kind, &fields).await
                }
                Some(Action::StaffRejectReason { ticket }) => {
                    let reason = field(&fields, "reject_reason").unwrap_or_default();
                    if reason.is_empty() {
                        return Reply::Message(Msg::text(staff::REASON_REQUIRED, true));
                    }
                    self.staff(ctx, &ticket, StaffAction::Reject { reason })
                        .await
                }
                _ => {
                    tracing::warn!(custom_id = %custom_id, "unknown modal");
                    Reply::Message(Msg::text(t(ctx.locale, texts::FORM_EXPIRED), eph))
                }
            },
        }
    }

    fn sorry(&self, lang: Lang, ephemeral: bool) -> Msg {
        Msg::text(t(lang, texts::SORRY), ephemeral)
    }

    async fn ask(&self, ctx: &Ctx, text: &str, ephemeral: bool) -> Reply {
        let text = text.trim();
        if text.is_empty() {
            return Reply::Message(Msg::text(t(ctx.locale, texts::ASK_SOMETHING), ephemeral));
        }
        let question = Question::new(text, Channel::Discord).with_clarification();
        let reply = match self.answers.answer(question).await {
            Ok(r) => r,
            Err(e) => {
                tracing::error!(error = %e, "answering failed");
                return Reply::Message(self.sorry(guess_lang(text, ctx.locale), ephemeral));
            }
        };
        tracing::info!(
            outcome = reply.outcome.as_str(),
            confidence = reply.confidence,
            lang = reply.lang.code(),
            "question answered"
        );
        Reply::Message(asked_reply(&reply, ephemeral))
    }

    async fn click(&self, ctx: &Ctx, action: Action) -> Reply {
        let eph = ctx.in_guild;
        match action {
            Action::ShowEntry { lang, id } => self.show_entry(lang, &id, eph).await,
            // Sharing posts the answer visibly for everyone in the channel.
            Action::Share { lang, id } => self.show_entry(lang, &id, false).await,
            Action::Feedback { lang, id, helpful } => {
                match self.desk.feedback(&id, helpful, &ctx.user).await {
                    Ok(()) => Reply::Message(Msg::text(
                        t(
                            lang,
                            if helpful {
                                texts::THANKS_HELPFUL
                            } else {
                                texts::THANKS_NOT_HELPFUL
                            },
                        ),
                        true,
                    )),
                    Err(e) => {
                        tracing::error!(error = %e, "feedback failed");
                        Reply::Message(self.sorry(lang, true))
                    }
                }
            }
            Action::OpenForm { lang, kind } => Reply::Modal(form(lang, kind)),
            Action::Human { lang } => {
                let mut m = Msg::text(
                    match lang {
                        Lang::De => self.cfg.contact_de.clone(),
                        Lang::En => self.cfg.contact_en.clone(),
                    },
                    eph,
                );
                m.rows = vec![ticket_buttons(lang, None)];
                Reply::Message(m)
            }
            Action::SubmitForm { lang, .. } => {
                Reply::Message(Msg::text(t(lang, texts::USE_THE_FORM), eph))
            }
            Action::StaffApprove { ticket } => self.staff(ctx, &ticket, StaffAction::Approve).await,
            Action::StaffDone { ticket } => self.staff(ctx, &ticket, StaffAction::Done).await,
            Action::StaffReject { ticket } => {
                if let Some(r) = self.staff_gate(ctx) {
                    return r;
                }
                Reply::Modal(Modal {
                    custom_id: Action::StaffRejectReason { ticket }.encode(),
                    title: staff::REJECT_TITLE.to_owned(),
                    inputs: vec![TextInput {
                        custom_id: "reject_reason".to_owned(),
                        label: field_label(Lang::De, "reject_reason").to_owned(),
                        paragraph: true,
                        required: true,
                        max_length: 1000,
                        placeholder: Some(staff::REJECT_PLACEHOLDER.to_owned()),
                    }],
                })
            }
            Action::StaffRejectReason { .. } => {
                Reply::Message(Msg::text(t(Lang::De, texts::USE_THE_FORM), true))
            }
        }
    }

    async fn show_entry(&self, lang: Lang, id: &FaqId, ephemeral: bool) -> Reply {
        match self.answers.entry(id).await {
            Ok(Some(e)) => Reply::Message(answer_msg(
                &AnswerHit::of(&e, lang, 1.0),
                lang,
                None,
                ephemeral,
            )),
            Ok(None) => Reply::Message(Msg::text(t(lang, texts::ENTRY_GONE), ephemeral)),
            Err(e) => {
                tracing::error!(error = %e, "entry lookup failed");
                Reply::Message(self.sorry(lang, ephemeral))
            }
        }
    }

    /// Staff replies are German (the staff channel is internal) and always ephemeral on error.
    fn staff_gate(&self, ctx: &Ctx) -> Option<Reply> {
        let has_role = self.cfg.staff_role.is_some_and(|r| ctx.roles.contains(&r));
        if has_role {
            return None;
        }
        tracing::warn!(
            user = %self.desk.pseudonym(&ctx.user),
            "staff button pressed without staff role"
        );
        Some(Reply::Message(Msg::text(staff::ROLE_REQUIRED, true)))
    }

    async fn staff(&self, ctx: &Ctx, ticket: &str, action: StaffAction) -> Reply {
        if let Some(r) = self.staff_gate(ctx) {
            return r;
        }
        let what = match &action {
            StaffAction::Approve => "approve",
            StaffAction::Reject { .. } => "reject",
            StaffAction::Done => "done",
        };
        match self
            .desk
            .staff_act(ticket, ctx.user.platform_id, action)
            .await
        {
            Ok(view) => {
                tracing::info!(ticket = %view.id, action = what, "staff action");
                Reply::Update(staff_msg(&view))
            }
            Err(e) => {
                let text = match e {
                    DeskError::NotStaff => staff::NOT_LINKED.to_owned(),
                    DeskError::NotFound => staff::NOT_FOUND.to_owned(),
                    DeskError::Forbidden(rule) => staff::rule(rule).to_owned(),
                    DeskError::Conflict(c) => staff::conflict(c),
                    DeskError::Invalid(fields) => staff::invalid(&fields),
                    DeskError::Duplicate(number) => staff::duplicate(number.as_deref()),
                    DeskError::Internal(err) => {
                        tracing::error!(error = %err, action = what, "staff action failed");
                        self.sorry(Lang::De, true).content
                    }
                };
                Reply::Message(Msg::text(text, true))
            }
        }
    }

    async fn submit_form(
        &self,
        ctx: &Ctx,
        lang: Lang,
        kind: TicketKind,
        fields: &[(String, String)],
    ) -> Reply {
        let ticket = match read_form(kind, fields, &ctx.user) {
            Ok(t) => t,
            Err(problems) => return Reply::Message(invalid_msg(lang, kind, &problems)),
        };
        let key = format!("discord-interaction:{}", ctx.input_id);
        match self.desk.create_ticket(ticket, &ctx.user, lang, &key).await {
            Ok(ticket) => {
                let t = &ticket;
                tracing::info!(ticket = %t.id, kind = kind.as_str(), "ticket created from chat");
                Reply::Message(Msg::text(
                    texts::ticket_received(lang, kind, &t.number),
                    true,
                ))
            }
            Err(DeskError::Invalid(problems)) => Reply::Message(invalid_msg(lang, kind, &problems)),
            Err(DeskError::Duplicate(number)) => Reply::Message(Msg::text(
                texts::already_open(lang, kind, number.as_deref()),
                true,
            )),
            Err(e) => {
                tracing::error!(error = %e, kind = kind.as_str(), "ticket creation failed");
                Reply::Message(self.sorry(lang, true))
            }
        }
    }

    async fn my_tickets(&self, ctx: &Ctx) -> Reply {
        let lang = ctx.locale;
        match self.desk.tickets_of(&ctx.user).await {
            Ok(list) if list.is_empty() => {
                Reply::Message(Msg::text(t(lang, texts::NO_TICKETS), true))
            }
            Ok(list) => {
                let lines: Vec<String> = list
                    .iter()
                    .take(20)
                    .map(|tk| {
                        let mut line = format!(
                            "**{}** · {} · {}",
                            tk.number,
                            kind_name(lang, tk.kind),
                            state_name(lang, tk.state)
                        );
                        if tk.state == TicketState::Open && tk.approvals_needed > 1 {
                            line.push_str(&format!(
                                " ({} {} {})",
                                tk.approvals.len(),
                                tr(lang, "von", "of"),
                                tk.approvals_needed
                            ));
                        }
                        if let Some(r) = &tk.reject_reason {
                            line.push_str(&format!(" – {}", truncate(r, 200)));
                        }
                        line
                    })
                    .collect();
                Reply::Message(Msg {
                    embeds: vec![Embed {
                        title: t(lang, texts::YOUR_TICKETS).to_owned(),
                        description: lines.join("\n"),
                        colour: Some(BLUE),
                        ..Embed::default()
                    }],
                    ephemeral: true,
                    ..Msg::default()
                })
            }
            Err(e) => {
                tracing::error!(error = %e, "ticket list failed");
                Reply::Message(self.sorry(lang, true))
            }
        }
    }
}

/// The language of a text when the search result is not at hand: the search crate's detector,
/// unless the text is too short to tell (then the client's locale).
fn guess_lang(text: &str, locale: Lang) -> Lang {
    if text.split_whitespace().count() < 2 {
        locale
    } else {
        helpdesk_search::lang::detect(text)
    }
}
