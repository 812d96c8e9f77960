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

use helpdesk_core::phrase::Phraser;
use helpdesk_faq::{FaqEntry, FaqId, Lang, TicketKind};

use crate::custom_id::Action;
use crate::form::{field, read_form};
use crate::ports::{Answers, Asked, ChatUser, Desk, DeskError, Outcome, StaffAction, TicketState};
use crate::ratelimit::RateLimiter;
use crate::reply::{Embed, Modal, Msg, Reply, TextInput};
use crate::texts::{field_label, kind_name, problem, state_name, tr};
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
    answers: Arc<dyn Answers>,
    phraser: Option<Arc<dyn Phraser>>,
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
    pub fn new(answers: Arc<dyn Answers>, desk: Arc<dyn Desk>, cfg: EngineConfig) -> Self {
        Self {
            answers,
            phraser: None,
            desk,
            limiter: RateLimiter::new(cfg.rate_burst, cfg.rate_window),
            cfg,
        }
    }

    /// Phrase answers with a language model (grounded in the retrieved entries; any failure
    /// falls back to the FAQ text).
    pub fn with_phraser(mut self, phraser: Arc<dyn Phraser>) -> Self {
        self.phraser = Some(phraser);
        self
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
            tracing::info!(user = %ctx.user.platform_id, "rate limited");
            let lang = match input {
                Input::Message(t) | Input::Command(Command::Ask(t)) => guess_lang(t, ctx.locale),
                _ => ctx.locale,
            };
            return Admit::Refused(Reply::Message(Msg::text(
                tr(
                    lang,
                    "Das waren gerade viele Anfragen auf einmal. Bitte warten Sie eine Minute und versuchen Sie es dann noch einmal.",
                    "That was a lot of requests at once. Please wait a minute and try again.",
                ),
                ctx.in_guild,
            )));
        }
        Admit::Go
    }

    /// True when answering `input` may take longer than Discord's 3 seconds (a language model
    /// phrases answers): the adapter then defers and edits the reply in afterwards.
    pub fn is_slow(&self, input: &Input) -> bool {
        self.phraser.is_some()
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
                    Reply::Message(Msg::text(
                        tr(
                            ctx.locale,
                            "Diese Schaltfläche ist veraltet. Bitte stellen Sie Ihre Frage erneut.",
                            "This button has expired. Please ask your question again.",
                        ),
                        eph,
                    ))
                }
            },
            Input::Submit { custom_id, fields } => match Action::parse(&custom_id) {
                Some(Action::SubmitForm { lang, kind }) => {
                    self.submit_form(ctx, lang, kind, &fields).await
                }
                Some(Action::StaffRejectReason { ticket }) => {
                    let reason = field(&fields, "reject_reason").unwrap_or_default();
                    if reason.is_empty() {
                        return Reply::Message(Msg::text(
                            "Bitte geben Sie eine Begründung für die Ablehnung an.",
                            true,
                        ));
                    }
                    self.staff(ctx, &ticket, StaffAction::Reject { reason })
                        .await
                }
                _ => {
                    tracing::warn!(custom_id = %custom_id, "unknown modal");
                    Reply::Message(Msg::text(
                        tr(
                            ctx.locale,
                            "Dieses Formular ist veraltet. Bitte öffnen Sie es erneut.",
                            "This form has expired. Please open it again.",
                        ),
                        eph,
                    ))
                }
            },
        }
    }

    fn sorry(&self, lang: Lang, ephemeral: bool) -> Msg {
        Msg::text(
            tr(
                lang,
                "Da ist bei uns gerade etwas schiefgegangen. Bitte versuchen Sie es in ein paar Minuten noch einmal.",
                "Something went wrong on our side. Please try again in a few minutes.",
            ),
            ephemeral,
        )
    }

    async fn ask(&self, ctx: &Ctx, text: &str, ephemeral: bool) -> Reply {
        let text = text.trim();
        if text.is_empty() {
            return Reply::Message(Msg::text(
                tr(
                    ctx.locale,
                    "Stellen Sie mir eine Frage zum Digitalen Berichtsheft, z. B. „Woher bekomme ich einen Registrierungscode?“",
                    "Ask me a question about the Digital Record Book, e.g. \"Where do I get a registration code?\"",
                ),
                ephemeral,
            ));
        }
        let asked = match self.answers.ask(text).await {
            Ok(a) => a,
            Err(e) => {
                tracing::error!(error = %e, "answering failed");
                return Reply::Message(self.sorry(guess_lang(text, ctx.locale), ephemeral));
            }
        };
        if let Err(e) = self.desk.log_question(text, &asked).await {
            // The answer matters more than the statistics.
            tracing::warn!(error = %e, "question log failed");
        }
        tracing::info!(outcome = ?asked.outcome, confidence = asked.confidence, lang = asked.lang.code(), "question answered");
        let mut msg = asked_reply(&asked, ephemeral);
        if let Some(p) = &self.phraser {
            self.phrase(p.as_ref(), text, &asked, &mut msg).await;
        }
        Reply::Message(msg)
    }

    /// Replaces the FAQ text by the model's grounded phrasing (answer) or clarifying question
    /// (suggest); on any error the plain reply stays.
    async fn phrase(&self, p: &dyn Phraser, question: &str, asked: &Asked, msg: &mut Msg) {
        let entries: Vec<FaqEntry> = asked.entries.iter().take(3).cloned().collect();
        match asked.outcome {
            Outcome::Answer => match p.phrase(question, asked.lang, &entries).await {
                Ok(ph) => {
                    if let Some(e) = msg.embeds.first_mut() {
                        e.description = truncate(&ph.text, 4000);
                    }
                }
                Err(err) => tracing::warn!(error = %err, "phrasing failed, plain FAQ answer shown"),
            },
            Outcome::Suggest => match p.clarify(question, asked.lang, &entries).await {
                Ok(c) => msg.content = truncate(&c.text, 1900),
                Err(err) => {
                    tracing::warn!(error = %err, "clarifying failed, plain suggestions shown")
                }
            },
            Outcome::Unknown => {}
        }
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
                        if helpful {
                            tr(
                                lang,
                                "Danke für Ihr Feedback! 👍",
                                "Thanks for your feedback! 👍",
                            )
                        } else {
                            tr(
                                lang,
                                "Danke für Ihr Feedback. Wir verbessern diese Antwort. Wenn Ihnen nichts weiterhilft, schreiben Sie uns gern über „Mit einem Menschen sprechen“.",
                                "Thanks for your feedback. We will improve this answer. If nothing helps, reach us via \"Talk to a person\".",
                            )
                        },
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
            Action::SubmitForm { lang, .. } => Reply::Message(Msg::text(
                tr(
                    lang,
                    "Bitte nutzen Sie das Formular.",
                    "Please use the form.",
                ),
                eph,
            )),
            Action::StaffApprove { ticket } => self.staff(ctx, &ticket, StaffAction::Approve).await,
            Action::StaffDone { ticket } => self.staff(ctx, &ticket, StaffAction::Done).await,
            Action::StaffReject { ticket } => {
                if let Some(r) = self.staff_gate(ctx) {
                    return r;
                }
                Reply::Modal(Modal {
                    custom_id: Action::StaffRejectReason { ticket }.encode(),
                    title: "Ticket ablehnen".to_owned(),
                    inputs: vec![TextInput {
                        custom_id: "reject_reason".to_owned(),
                        label: field_label(Lang::De, "reject_reason").to_owned(),
                        paragraph: true,
                        required: true,
                        max_length: 1000,
                        placeholder: Some(
                            "Wird dem Antragsteller mitgeteilt. Keine internen Details.".to_owned(),
                        ),
                    }],
                })
            }
            Action::StaffRejectReason { .. } => {
                Reply::Message(Msg::text("Bitte nutzen Sie das Formular.", true))
            }
        }
    }

    async fn show_entry(&self, lang: Lang, id: &FaqId, ephemeral: bool) -> Reply {
        match self.answers.entry(id).await {
            Ok(Some(e)) => Reply::Message(answer_msg(&e, lang, None, ephemeral)),
            Ok(None) => Reply::Message(Msg::text(
                tr(
                    lang,
                    "Diesen Eintrag gibt es nicht mehr. Bitte stellen Sie Ihre Frage erneut.",
                    "This entry no longer exists. Please ask your question again.",
                ),
                ephemeral,
            )),
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
        tracing::warn!(user = %ctx.user.platform_id, "staff button pressed without staff role");
        Some(Reply::Message(Msg::text(
            "Diese Schaltflächen sind dem IT-Team vorbehalten.",
            true,
        )))
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
                    DeskError::NotStaff => "Ihr Discord-Konto ist mit keinem IT-Token verknüpft. \
                        Bitte lassen Sie es von einer Administratorin verknüpfen."
                        .to_owned(),
                    DeskError::NotFound => "Dieses Ticket gibt es nicht (mehr).".to_owned(),
                    DeskError::Forbidden(why) => format!("Das ist nicht erlaubt: {why}"),
                    DeskError::Conflict(why) => format!("Das geht gerade nicht: {why}"),
                    DeskError::Invalid(fields) => format!(
                        "Ungültige Angaben: {}",
                        fields
                            .iter()
                            .map(|f| format!(
                                "{}: {}",
                                field_label(Lang::De, f.leaf()),
                                problem(Lang::De, f.problem)
                            ))
                            .collect::<Vec<_>>()
                            .join("; ")
                    ),
                    DeskError::Duplicate(n) => format!("Es gibt bereits Ticket {n}."),
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
            Ok(t) => {
                tracing::info!(ticket = %t.id, kind = kind.as_str(), "ticket created from chat");
                let text = match lang {
                    Lang::De => format!(
                        "Danke! Ihr {} ist eingegangen: **Ticket {}**. Das IT-Team prüft ihn; Sie bekommen eine Direktnachricht, sobald sich etwas tut. Ihre Tickets sehen Sie mit `/meine-tickets`.",
                        kind_name(lang, kind),
                        t.number
                    ),
                    Lang::En => format!(
                        "Thank you! Your {} has been received: **ticket {}**. The IT team will review it; you will get a direct message as soon as something happens. See your tickets with `/meine-tickets`.",
                        kind_name(lang, kind).to_lowercase(),
                        t.number
                    ),
                };
                Reply::Message(Msg::text(text, true))
            }
            Err(DeskError::Invalid(problems)) => Reply::Message(invalid_msg(lang, kind, &problems)),
            Err(DeskError::Duplicate(number)) => Reply::Message(Msg::text(
                match lang {
                    Lang::De => format!(
                        "Für diese E-Mail-Adresse ist bereits ein {} offen: **Ticket {number}**. Bitte warten Sie, bis es bearbeitet ist.",
                        kind_name(lang, kind)
                    ),
                    Lang::En => format!(
                        "There is already an open {} for this e-mail address: **ticket {number}**. Please wait until it has been handled.",
                        kind_name(lang, kind).to_lowercase()
                    ),
                },
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
            Ok(list) if list.is_empty() => Reply::Message(Msg::text(
                tr(
                    lang,
                    "Sie haben noch keine Tickets. Mit `/namenskorrektur` oder `/loeschantrag` stellen Sie einen Antrag.",
                    "You have no tickets yet. Use `/namenskorrektur` (name correction) or `/loeschantrag` (deletion request) to open one.",
                ),
                true,
            )),
            Ok(list) => {
                let lines: Vec<String> = list
                    .iter()
                    .take(20)
                    .map(|t| {
                        let mut line = format!(
                            "**{}** · {} · {}",
                            t.number,
                            kind_name(lang, t.kind),
                            state_name(lang, t.state)
                        );
                        if t.state == TicketState::Open && t.approvals_needed > 1 {
                            line.push_str(&format!(
                                " ({} {} {})",
                                t.approvals.len(),
                                tr(lang, "von", "of"),
                                t.approvals_needed
                            ));
                        }
                        if let Some(r) = &t.reject_reason {
                            line.push_str(&format!(" – {}", truncate(r, 200)));
                        }
                        line
                    })
                    .collect();
                Reply::Message(Msg {
                    embeds: vec![Embed {
                        title: tr(lang, "Ihre Tickets", "Your tickets").to_owned(),
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
