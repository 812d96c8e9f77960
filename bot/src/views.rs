//! Reply building: every message, embed, button row and modal the bot sends, from answers,
//! tickets and notifications. No I/O here; [`crate::engine`] decides which one to send.

use helpdesk_core::FieldError;
use helpdesk_core::answer::{AnswerHit, Outcome, Reply};
use helpdesk_faq::{Lang, TicketKind};

use crate::custom_id::Action;
use crate::ports::{TicketForm, TicketState, TicketView};
use crate::reply::{Button, Embed, Modal, Msg, Style, TextInput};
use crate::texts::{field_label, kind_name, problem, reason_name, state_name, tr, your_kind};

/// Colours of embeds.
pub(crate) const BLUE: u32 = 0x1F6FEB;
pub(crate) const GREEN: u32 = 0x2EA043;
pub(crate) const RED: u32 = 0xCF222E;
pub(crate) const GREY: u32 = 0x6E7681;

pub(crate) fn truncate(s: &str, max_chars: usize) -> String {
    if s.chars().count() <= max_chars {
        return s.to_owned();
    }
    let mut out: String = s.chars().take(max_chars.saturating_sub(1)).collect();
    out.push('…');
    out
}

/// The reply to a question: the answer (phrased by the language model when it did), "did you
/// mean" choices (with the model's clarifying question when there is one), or "I don't know".
pub fn asked_reply(asked: &Reply, ephemeral: bool) -> Msg {
    let lang = asked.lang;
    match (asked.outcome, asked.hits.first()) {
        (Outcome::Answer, Some(top)) => {
            let mut msg = answer_msg(top, lang, asked.intent, ephemeral);
            if let (Some(p), Some(embed)) = (&asked.phrased, msg.embeds.first_mut()) {
                embed.description = truncate(&p.text, 4000);
            }
            msg
        }
        (Outcome::Suggest, Some(_)) => {
            let choices: Vec<Button> = asked
                .hits
                .iter()
                .take(3)
                .map(|e| {
                    Button::action(
                        truncate(&e.question, 80),
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
                content: match &asked.clarification {
                    Some(c) => truncate(&c.text, 1900),
                    None => tr(
                        lang,
                        "Meinten Sie eine dieser Fragen?",
                        "Did you mean one of these questions?",
                    )
                    .to_owned(),
                },
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

pub(crate) fn ticket_buttons(lang: Lang, intent: Option<TicketKind>) -> Vec<Button> {
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
pub fn answer_msg(e: &AnswerHit, lang: Lang, intent: Option<TicketKind>, ephemeral: bool) -> Msg {
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
            title: truncate(&e.question, 256),
            description: truncate(&e.answer, 4000),
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

/// A form that core's validation refused: every field at fault, in the user's language.
pub fn invalid_msg(lang: Lang, kind: TicketKind, problems: &[FieldError]) -> Msg {
    let mut lines = vec![match lang {
        Lang::De => format!(
            "{} ist noch nicht vollständig. Bitte prüfen Sie:",
            your_kind(lang, kind)
        ),
        Lang::En => format!(
            "{} is not complete yet. Please check:",
            your_kind(lang, kind)
        ),
    }];
    for f in problems {
        lines.push(format!(
            "• **{}**: {}",
            field_label(lang, f.leaf()),
            problem(lang, f.problem)
        ));
    }
    let mut m = Msg::text(lines.join("\n"), true);
    m.rows = vec![vec![Button::action(
        tr(lang, "Formular erneut öffnen", "Open the form again"),
        Style::Primary,
        Action::OpenForm { lang, kind }.encode(),
    )]];
    m
}

/// What the requester typed, shown as plain text in an embed: Markdown is not interpreted and
/// links are not clickable (a masked link `[x](http://…)` or a bare URL would be). Text without
/// any character Markdown or Discord's link detection could use stays as it is; anything else
/// goes into inline code (one line) or a code block (several lines), where Discord renders
/// neither. Backticks inside become `ˋ` so the text cannot close the code span.
pub fn plain(s: &str) -> String {
    const ACTIVE: &[char] = &[
        '\\', '*', '_', '~', '`', '|', '>', '<', '[', ']', '(', ')', '#', '@', ':', '\n', '\r',
    ];
    let lower = s.to_lowercase();
    let active = s.contains(ACTIVE)
        || lower.contains("www.")
        || s.trim_start().starts_with(['-', '+'])
        || s.trim_start().starts_with(|c: char| c.is_ascii_digit());
    if !active {
        return s.to_owned();
    }
    let safe = s.replace('`', "ˋ");
    if safe.contains(['\n', '\r']) {
        format!("```\n{safe}\n```")
    } else {
        format!("`{safe}`")
    }
}

/// The staff channel post of a ticket, with the buttons its state allows. Once the ticket is
/// closed (done, rejected, cancelled; erased) the post shows only its number, kind and outcome:
/// names, e-mail, Identnummer and note leave the channel (issue 11).
pub fn staff_msg(t: &TicketView) -> Msg {
    let de = Lang::De;
    if matches!(
        t.state,
        TicketState::Done | TicketState::Rejected | TicketState::Cancelled
    ) {
        return closed_staff_msg(t);
    }
    let mut fields: Vec<(String, String)> = vec![
        ("Status".to_owned(), state_name(de, t.state).to_owned()),
        ("Antragsteller".to_owned(), plain(&t.requester)),
    ];
    if !t.requester_verified {
        fields.push((
            "Identität".to_owned(),
            "⚠️ nicht verifiziert (Webformular): bitte vor dem Handeln prüfen".to_owned(),
        ));
    }
    match &t.form {
        TicketForm::NameCorrection {
            email,
            name_in_account,
            name_in_contract,
            identnummer,
            note,
        } => {
            fields.push((field_label(de, "email").to_owned(), plain(email)));
            fields.push((
                field_label(de, "name_in_account").to_owned(),
                plain(name_in_account),
            ));
            fields.push((
                field_label(de, "name_in_contract").to_owned(),
                plain(name_in_contract),
            ));
            if let Some(i) = identnummer {
                fields.push(("Identnummer".to_owned(), plain(i)));
            }
            if let Some(n) = note {
                fields.push(("Anmerkung".to_owned(), plain(&truncate(n, 1000))));
            }
        }
        TicketForm::Deletion {
            full_name,
            email,
            reason,
            note,
        } => {
            fields.push((field_label(de, "full_name").to_owned(), plain(full_name)));
            fields.push((field_label(de, "email").to_owned(), plain(email)));
            fields.push(("Grund".to_owned(), reason_name(de, *reason).to_owned()));
            if let Some(n) = note {
                fields.push(("Anmerkung".to_owned(), plain(&truncate(n, 1000))));
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

/// The staff post of a closed ticket: number, kind and outcome, nothing about the person.
fn closed_staff_msg(t: &TicketView) -> Msg {
    let de = Lang::De;
    let colour = match t.state {
        TicketState::Done => GREEN,
        TicketState::Rejected => RED,
        _ => GREY,
    };
    Msg {
        content: String::new(),
        embeds: vec![Embed {
            title: format!("Ticket {} · {}", t.number, kind_name(de, t.kind)),
            description: String::new(),
            url: None,
            fields: vec![("Ergebnis".to_owned(), state_name(de, t.state).to_owned())],
            footer: Some(
                "Abgeschlossen: Die Angaben zur Person wurden aus diesem Beitrag entfernt."
                    .to_owned(),
            ),
            colour: Some(colour),
        }],
        rows: vec![],
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
        (E::Created | E::Closed, _) => return None,
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
