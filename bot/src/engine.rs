//! The conversation engine: one input from a chat user in, one [`Reply`] out.
//!
//! It knows nothing about Discord: the adapter maps serenity types to an [`Input`] plus a
//! [`Ctx`], and the [`Reply`] back to builders. Business rules (validation of stored tickets,
//! four eyes, state machine) live in core behind [`Desk`]; the engine parses forms, picks the
//! language, formats, and maps every error to a clear message (internals go to the log only).

use std::sync::Arc;
use std::time::Duration;

use helpdesk_core::phrase::Phraser;
use helpdesk_faq::{FaqEntry, FaqId, Lang, TicketKind};

use crate::custom_id::Action;
use crate::ports::{
    Answers, Asked, ChatUser, DeletionReason, Desk, DeskError, Outcome, StaffAction, TicketForm,
    TicketState, TicketView,
};
use crate::ratelimit::RateLimiter;
use crate::reply::{Button, Embed, Modal, Msg, Reply, Style, TextInput};
use crate::texts::{field_label, kind_name, problem, reason_name, state_name, tr};

/// Colours of embeds.
const BLUE: u32 = 0x1F6FEB;
const GREEN: u32 = 0x2EA043;
const RED: u32 = 0xCF222E;
const GREY: u32 = 0x6E7681;

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

fn truncate(s: &str, max_chars: usize) -> String {
    if s.chars().count() <= max_chars {
        return s.to_owned();
    }
    let mut out: String = s.chars().take(max_chars.saturating_sub(1)).collect();
    out.push('…');
    out
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
                            .map(|(f, m)| format!("{f}: {m}"))
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
        let form = match parse_form(kind, fields) {
            Ok(f) => f,
            Err(problems) => {
                let texts: Vec<(String, String)> = problems
                    .into_iter()
                    .map(|(f, key)| (f, problem(lang, &key).to_owned()))
                    .collect();
                return Reply::Message(invalid_msg(lang, kind, &texts));
            }
        };
        let key = format!("discord-interaction:{}", ctx.input_id);
        match self.desk.create_ticket(form, &ctx.user, lang, &key).await {
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

fn field(fields: &[(String, String)], name: &str) -> Option<String> {
    fields
        .iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.trim().to_owned())
}

/// The reply to a question.
pub fn asked_reply(asked: &Asked, ephemeral: bool) -> Msg {
    let lang = asked.lang;
    match (asked.outcome, asked.entries.first()) {
        (Outcome::Answer, Some(top)) => answer_msg(top, lang, asked.intent, ephemeral),
        (Outcome::Suggest, Some(_)) => {
            let choices: Vec<Button> = asked
                .entries
                .iter()
                .take(3)
                .map(|e| {
                    Button::action(
                        truncate(e.question_in(lang), 80),
                        Style::Secondary,
                        Action::ShowEntry {
                            lang,
                            id: e.id.clone(),
                        }
                        .encode(),
                    )
                })
                .collect();
            let rows = vec![choices, help_buttons(lang, asked.intent)];
            Msg {
                content: tr(
                    lang,
                    "Meinten Sie eine dieser Fragen?",
                    "Did you mean one of these questions?",
                )
                .to_owned(),
                rows,
                ephemeral,
                ..Msg::default()
            }
        }
        _ => Msg {
            content: tr(
                lang,
                "Das weiß ich leider nicht – dazu steht nichts in unseren FAQ. Ich rate lieber nicht. Sie können ein Ticket öffnen oder einen Menschen erreichen:",
                "I don't know that, sorry – our FAQ does not cover it, and I would rather not guess. You can open a ticket or reach a person:",
            )
            .to_owned(),
            rows: vec![help_buttons(lang, asked.intent)],
            ephemeral,
            ..Msg::default()
        },
    }
}

/// "Ticket öffnen" (the matching kind, or both) plus "reach a person".
fn help_buttons(lang: Lang, intent: Option<TicketKind>) -> Vec<Button> {
    let mut b = ticket_buttons(lang, intent);
    b.push(Button::action(
        tr(lang, "Mit einem Menschen sprechen", "Talk to a person"),
        Style::Secondary,
        Action::Human { lang }.encode(),
    ));
    b
}

fn ticket_buttons(lang: Lang, intent: Option<TicketKind>) -> Vec<Button> {
    let kinds = match intent {
        Some(k) => vec![k],
        None => vec![TicketKind::NameCorrection, TicketKind::Deletion],
    };
    kinds
        .into_iter()
        .map(|kind| {
            let label = match (intent, kind, lang) {
                (Some(_), _, _) => tr(lang, "Ticket öffnen", "Open a ticket").to_owned(),
                (None, k, _) => format!("{}: {}", tr(lang, "Ticket", "Ticket"), kind_name(lang, k)),
            };
            Button::action(
                label,
                Style::Primary,
                Action::OpenForm { lang, kind }.encode(),
            )
        })
        .collect()
}

/// An answer: the entry as an embed with a link, feedback buttons, share (when only the asker
/// sees it) and "Ticket öffnen" when the question or the entry calls for a ticket.
pub fn answer_msg(e: &FaqEntry, lang: Lang, intent: Option<TicketKind>, ephemeral: bool) -> Msg {
    let mut buttons = vec![
        Button::action(
            tr(lang, "Hilfreich", "Helpful"),
            Style::Secondary,
            Action::Feedback {
                lang,
                id: e.id.clone(),
                helpful: true,
            }
            .encode(),
        )
        .with_emoji('👍'),
        Button::action(
            tr(lang, "Nicht hilfreich", "Not helpful"),
            Style::Secondary,
            Action::Feedback {
                lang,
                id: e.id.clone(),
                helpful: false,
            }
            .encode(),
        )
        .with_emoji('👎'),
    ];
    if ephemeral {
        buttons.push(Button::action(
            tr(lang, "Im Kanal teilen", "Share in channel"),
            Style::Secondary,
            Action::Share {
                lang,
                id: e.id.clone(),
            }
            .encode(),
        ));
    }
    if let Some(link) = &e.link {
        buttons.push(Button::link(tr(lang, "Hilfe-Center", "Help center"), link));
    }
    let mut rows = vec![buttons];
    if let Some(kind) = intent.or(e.ticket) {
        rows.push(vec![Button::action(
            format!(
                "{}: {}",
                tr(lang, "Ticket öffnen", "Open a ticket"),
                kind_name(lang, kind)
            ),
            Style::Primary,
            Action::OpenForm { lang, kind }.encode(),
        )]);
    }
    Msg {
        content: String::new(),
        embeds: vec![Embed {
            title: truncate(e.question_in(lang), 256),
            description: truncate(e.answer_in(lang), 4000),
            url: e.link.clone(),
            fields: vec![],
            footer: Some(match &e.link_title {
                Some(t) => format!("{} · {}", tr(lang, "Hilfe-Center", "Help center"), t),
                None => tr(lang, "Hilfe-Center", "Help center").to_owned(),
            }),
            colour: Some(BLUE),
        }],
        rows,
        ephemeral,
    }
}

fn input(lang: Lang, id: &str, required: bool, paragraph: bool, max: u16) -> TextInput {
    TextInput {
        custom_id: id.to_owned(),
        label: field_label(lang, id).to_owned(),
        paragraph,
        required,
        max_length: max,
        placeholder: None,
    }
}

/// The form of a ticket kind (at most five inputs).
pub fn form(lang: Lang, kind: TicketKind) -> Modal {
    let inputs = match kind {
        TicketKind::NameCorrection => vec![
            input(lang, "email", true, false, 254),
            input(lang, "name_in_account", true, false, 200),
            input(lang, "name_in_contract", true, false, 200),
            input(lang, "identnummer", false, false, 20),
            input(lang, "note", false, true, 1000),
        ],
        TicketKind::Deletion => vec![
            input(lang, "full_name", true, false, 200),
            input(lang, "email", true, false, 254),
            TextInput {
                placeholder: Some(
                    tr(
                        lang,
                        "1 = Betrieb verlassen · 2 = doppeltes Konto · 3 = sonstiges",
                        "1 = left the company · 2 = duplicate account · 3 = other",
                    )
                    .to_owned(),
                ),
                ..input(lang, "reason", true, false, 40)
            },
            input(lang, "note", false, true, 1000),
        ],
    };
    Modal {
        custom_id: Action::SubmitForm { lang, kind }.encode(),
        title: kind_name(lang, kind).to_owned(),
        inputs,
    }
}

fn plausible_email(s: &str) -> bool {
    let Some((local, domain)) = s.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !s.chars().any(|c| c.is_whitespace() || c.is_control())
        && !domain.contains('@')
}

fn parse_reason(s: &str) -> Option<DeletionReason> {
    let s = s.trim().to_lowercase();
    let s = s.trim_end_matches('.');
    match s {
        "1" | "left_company" | "betrieb verlassen" | "left the company" | "left company" => {
            Some(DeletionReason::LeftCompany)
        }
        "2" | "duplicate_account" | "doppeltes konto" | "duplicate account" | "duplicate" => {
            Some(DeletionReason::DuplicateAccount)
        }
        "3" | "other" | "sonstiges" | "andere" | "anderes" => Some(DeletionReason::Other),
        _ => None,
    }
}

/// Parses a submitted form. Errors are `(field, problem key)`.
pub fn parse_form(
    kind: TicketKind,
    fields: &[(String, String)],
) -> Result<TicketForm, Vec<(String, String)>> {
    let mut problems: Vec<(String, String)> = Vec::new();
    let need = |name: &str, max: usize, problems: &mut Vec<(String, String)>| {
        let v = field(fields, name).unwrap_or_default();
        if v.is_empty() {
            problems.push((name.to_owned(), "required".to_owned()));
        } else if v.chars().count() > max {
            problems.push((name.to_owned(), "too_long".to_owned()));
        }
        v
    };
    let optional = |name: &str| field(fields, name).filter(|v| !v.is_empty());
    let email = need("email", 254, &mut problems);
    if !email.is_empty() && !plausible_email(&email) {
        problems.push(("email".to_owned(), "email".to_owned()));
    }
    let form = match kind {
        TicketKind::NameCorrection => {
            let name_in_account = need("name_in_account", 200, &mut problems);
            let name_in_contract = need("name_in_contract", 200, &mut problems);
            if !name_in_account.is_empty()
                && name_in_account.to_lowercase() == name_in_contract.to_lowercase()
            {
                problems.push(("name_in_contract".to_owned(), "same_name".to_owned()));
            }
            let identnummer = optional("identnummer");
            if identnummer
                .as_ref()
                .is_some_and(|i| i.len() > 20 || !i.chars().all(|c| c.is_ascii_alphanumeric()))
            {
                problems.push(("identnummer".to_owned(), "identnummer".to_owned()));
            }
            TicketForm::NameCorrection {
                email,
                name_in_account,
                name_in_contract,
                identnummer,
                note: optional("note"),
            }
        }
        TicketKind::Deletion => {
            let full_name = need("full_name", 200, &mut problems);
            let raw_reason = need("reason", 40, &mut problems);
            let reason = parse_reason(&raw_reason);
            if !raw_reason.is_empty() && reason.is_none() {
                problems.push(("reason".to_owned(), "reason".to_owned()));
            }
            TicketForm::Deletion {
                full_name,
                email,
                reason: reason.unwrap_or(DeletionReason::Other),
                note: optional("note"),
            }
        }
    };
    if problems.is_empty() {
        Ok(form)
    } else {
        Err(problems)
    }
}

/// `problems` are `(field, message in lang)`.
fn invalid_msg(lang: Lang, kind: TicketKind, problems: &[(String, String)]) -> Msg {
    let mut lines = vec![match lang {
        Lang::De => format!(
            "Ihr {} ist noch nicht vollständig. Bitte prüfen Sie:",
            kind_name(lang, kind)
        ),
        Lang::En => format!(
            "Your {} is not complete yet. Please check:",
            kind_name(lang, kind).to_lowercase()
        ),
    }];
    for (f, p) in problems {
        lines.push(format!("• **{}**: {p}", field_label(lang, f)));
    }
    let mut m = Msg::text(lines.join("\n"), true);
    m.rows = vec![vec![Button::action(
        tr(lang, "Formular erneut öffnen", "Open the form again"),
        Style::Primary,
        Action::OpenForm { lang, kind }.encode(),
    )]];
    m
}

/// The staff channel post of a ticket, with the buttons its state allows.
pub fn staff_msg(t: &TicketView) -> Msg {
    let de = Lang::De;
    let mut fields: Vec<(String, String)> = vec![
        ("Status".to_owned(), state_name(de, t.state).to_owned()),
        ("Antragsteller".to_owned(), t.requester.clone()),
    ];
    match &t.form {
        TicketForm::NameCorrection {
            email,
            name_in_account,
            name_in_contract,
            identnummer,
            note,
        } => {
            fields.push((field_label(de, "email").to_owned(), email.clone()));
            fields.push((
                field_label(de, "name_in_account").to_owned(),
                name_in_account.clone(),
            ));
            fields.push((
                field_label(de, "name_in_contract").to_owned(),
                name_in_contract.clone(),
            ));
            if let Some(i) = identnummer {
                fields.push(("Identnummer".to_owned(), i.clone()));
            }
            if let Some(n) = note {
                fields.push(("Anmerkung".to_owned(), truncate(n, 1000)));
            }
        }
        TicketForm::Deletion {
            full_name,
            email,
            reason,
            note,
        } => {
            fields.push((field_label(de, "full_name").to_owned(), full_name.clone()));
            fields.push((field_label(de, "email").to_owned(), email.clone()));
            fields.push(("Grund".to_owned(), reason_name(de, *reason).to_owned()));
            if let Some(n) = note {
                fields.push(("Anmerkung".to_owned(), truncate(n, 1000)));
            }
        }
    }
    let approvals = if t.approvals.is_empty() {
        format!("0 von {}", t.approvals_needed)
    } else {
        format!(
            "{} von {} Freigaben: {}",
            t.approvals.len(),
            t.approvals_needed,
            t.approvals.join(", ")
        )
    };
    fields.push(("Freigaben".to_owned(), approvals));
    if let Some(r) = &t.reject_reason {
        fields.push(("Ablehnungsgrund".to_owned(), truncate(r, 1000)));
    }
    let colour = match t.state {
        TicketState::Open => BLUE,
        TicketState::Approved | TicketState::Done => GREEN,
        TicketState::Rejected => RED,
        TicketState::Cancelled => GREY,
    };
    let buttons = match t.state {
        TicketState::Open => vec![
            Button::action(
                "Freigeben",
                Style::Success,
                Action::StaffApprove {
                    ticket: t.id.clone(),
                }
                .encode(),
            ),
            Button::action(
                "Ablehnen",
                Style::Danger,
                Action::StaffReject {
                    ticket: t.id.clone(),
                }
                .encode(),
            ),
        ],
        TicketState::Approved => vec![Button::action(
            "Erledigt",
            Style::Primary,
            Action::StaffDone {
                ticket: t.id.clone(),
            }
            .encode(),
        )],
        _ => vec![],
    };
    Msg {
        content: String::new(),
        embeds: vec![Embed {
            title: format!("Ticket {} · {}", t.number, kind_name(de, t.kind)),
            description: String::new(),
            url: None,
            fields,
            footer: None,
            colour: Some(colour),
        }],
        rows: if buttons.is_empty() {
            vec![]
        } else {
            vec![buttons]
        },
        ephemeral: false,
    }
}

/// The DM to a requester about their ticket.
pub fn requester_dm(
    t: &TicketView,
    event: crate::ports::NotificationEvent,
    lang: Lang,
) -> Option<Msg> {
    use crate::ports::NotificationEvent as E;
    let kind = kind_name(lang, t.kind);
    let text = match (event, lang) {
        (E::Created, _) => return None,
        (E::Approved, Lang::De) => format!(
            "Ihr {kind} (Ticket {}) wurde freigegeben. Das IT-Team setzt ihn jetzt um; wir melden uns, sobald er erledigt ist.",
            t.number
        ),
        (E::Approved, Lang::En) => format!(
            "Your {} (ticket {}) has been approved. The IT team is carrying it out now; we will let you know when it is done.",
            kind.to_lowercase(),
            t.number
        ),
        (E::Rejected, Lang::De) => format!(
            "Ihr {kind} (Ticket {}) wurde abgelehnt.{}",
            t.number,
            t.reject_reason
                .as_ref()
                .map(|r| format!("\nBegründung: {}", truncate(r, 1000)))
                .unwrap_or_default()
        ),
        (E::Rejected, Lang::En) => format!(
            "Your {} (ticket {}) has been rejected.{}",
            kind.to_lowercase(),
            t.number,
            t.reject_reason
                .as_ref()
                .map(|r| format!("\nReason: {}", truncate(r, 1000)))
                .unwrap_or_default()
        ),
        (E::Done, Lang::De) => format!("Ihr {kind} (Ticket {}) ist erledigt.", t.number),
        (E::Done, Lang::En) => format!(
            "Your {} (ticket {}) is done.",
            kind.to_lowercase(),
            t.number
        ),
    };
    Some(Msg::text(text, false))
}
