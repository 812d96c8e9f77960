//! What the chat pages show: view models built from core's replies, and the askama templates
//! (`templates/chat/`). No rule lives here: core answers and validates, this file arranges.

use askama::Template;
use helpdesk_core::answer::{Outcome, Reply};
use helpdesk_core::{TicketKind, TicketStatus};
use helpdesk_faq::{FaqEntry, Lang};

use super::texts::{self, IT_EMAIL, Texts};
use crate::markdown;
use crate::page::Layout;

/// A link to one of the ticket forms.
#[derive(Debug, Clone)]
pub(crate) struct FormLink {
    pub href: String,
    pub label: &'static str,
}

pub(crate) fn form_link(kind: TicketKind, lang: Lang) -> FormLink {
    let t = texts::texts(lang);
    let (slug, label) = match kind {
        TicketKind::NameCorrection => ("name_correction", t.form_name_correction),
        TicketKind::Deletion => ("deletion", t.form_deletion),
    };
    FormLink {
        href: format!("/tickets/new?kind={slug}&lang={}", lang.code()),
        label,
    }
}

pub(crate) fn form_links(lang: Lang) -> Vec<FormLink> {
    vec![
        form_link(TicketKind::NameCorrection, lang),
        form_link(TicketKind::Deletion, lang),
    ]
}

/// One FAQ entry shown as an answer.
#[derive(Debug, Clone)]
pub(crate) struct AnswerView {
    pub id: String,
    pub title: String,
    /// Sanitized HTML (see [`markdown`]).
    pub html: String,
    pub link: Option<String>,
}

/// An entry cited by a phrased answer.
#[derive(Debug, Clone)]
pub(crate) struct Cited {
    pub title: String,
    pub link: Option<String>,
}

/// The phrased answer of the optional language model.
#[derive(Debug, Clone)]
pub(crate) struct PhrasedView {
    pub html: String,
    pub cited: Vec<Cited>,
}

/// One "did you mean" choice.
#[derive(Debug, Clone)]
pub(crate) struct Choice {
    pub id: String,
    pub question: String,
}

/// One question and what the chat answered.
#[derive(Debug, Clone, Default)]
pub(crate) struct Turn {
    pub question: String,
    pub answer: Option<AnswerView>,
    pub phrased: Option<PhrasedView>,
    pub choices: Vec<Choice>,
    pub unknown: bool,
    /// A request intent: the matching form.
    pub offer: Option<FormLink>,
    /// A short message instead of an answer (empty question, too many requests, failure).
    pub notice: Option<&'static str>,
}

fn answer_view(id: &str, title: &str, answer: &str, link: Option<&str>) -> AnswerView {
    AnswerView {
        id: id.to_owned(),
        title: title.to_owned(),
        html: markdown::to_html(answer),
        link: link
            .filter(|l| markdown::is_safe_link(l))
            .map(str::to_owned),
    }
}

impl Turn {
    pub(crate) fn notice(question: &str, notice: &'static str) -> Self {
        Turn {
            question: question.to_owned(),
            notice: Some(notice),
            ..Turn::default()
        }
    }

    /// The turn for `reply` (from core's answering path) to `question`.
    pub(crate) fn from_reply(question: &str, reply: &Reply, lang: Lang) -> Self {
        let mut turn = Turn {
            question: question.to_owned(),
            // The request read from the message, else the ticket of the entry answered (as the
            // Discord bot does): "Wie lange dauert eine Namenskorrektur?" is no request, but its
            // answer ends in work for IT.
            offer: reply
                .intent
                .or(match reply.outcome {
                    Outcome::Answer => reply.hits.first().and_then(|h| h.ticket),
                    _ => None,
                })
                .map(|k| form_link(k, lang)),
            ..Turn::default()
        };
        match reply.outcome {
            Outcome::Answer => {
                if let Some(h) = reply.hits.first() {
                    turn.answer = Some(answer_view(
                        h.id.as_str(),
                        &h.question,
                        &h.answer,
                        h.link.as_deref(),
                    ));
                }
                if let Some(p) = &reply.phrased {
                    turn.phrased = Some(PhrasedView {
                        html: markdown::to_html(&p.text),
                        cited: p
                            .cited
                            .iter()
                            .filter_map(|id| reply.hits.iter().find(|h| &h.id == id))
                            .map(|h| Cited {
                                title: h.question.clone(),
                                link: h.link.clone().filter(|l| markdown::is_safe_link(l)),
                            })
                            .collect(),
                    });
                }
            }
            Outcome::Suggest => {
                turn.choices = reply
                    .hits
                    .iter()
                    .take(3)
                    .map(|h| Choice {
                        id: h.id.as_str().to_owned(),
                        question: h.question.clone(),
                    })
                    .collect();
            }
            Outcome::Unknown => turn.unknown = turn.offer.is_none(),
        }
        // A request ("bitte meinen Namen korrigieren") with no confident answer: the form is the
        // answer, not "I don't know".
        if turn.answer.is_none() && turn.choices.is_empty() && turn.offer.is_some() {
            turn.unknown = false;
        }
        turn
    }

    /// The turn for an entry picked from "did you mean" (no new search).
    pub(crate) fn from_entry(entry: &FaqEntry, lang: Lang) -> Self {
        Turn {
            question: entry.question_in(lang).to_owned(),
            answer: Some(answer_view(
                entry.id.as_str(),
                entry.question_in(lang),
                entry.answer_in(lang),
                entry.link.as_deref(),
            )),
            offer: entry.ticket.map(|k| form_link(k, lang)),
            ..Turn::default()
        }
    }
}

/// What every chat template needs besides its own fields.
#[derive(Debug, Clone)]
pub(crate) struct Common {
    pub t: &'static Texts,
    pub lang: &'static str,
    pub csrf: String,
    pub it_email: &'static str,
    pub forms: Vec<FormLink>,
}

impl Common {
    pub(crate) fn new(lang: Lang, csrf: String) -> Self {
        Common {
            t: texts::texts(lang),
            lang: lang.code(),
            csrf,
            it_email: IT_EMAIL,
            forms: form_links(lang),
        }
    }
}

/// `GET /` and the answer page without JavaScript.
#[derive(Template)]
#[template(path = "chat/chat.html")]
pub(crate) struct ChatPage {
    pub layout: Layout,
    pub c: Common,
    pub turns: Vec<Turn>,
    /// The link to the other language.
    pub switch_href: String,
    pub switch_lang: &'static str,
    /// The question to keep in the field (after an empty or failed ask).
    pub draft: String,
}

/// The turns alone, for the script (appended to the log without a reload).
#[derive(Template)]
#[template(path = "chat/turns.html")]
pub(crate) struct TurnsFragment {
    pub c: Common,
    pub turns: Vec<Turn>,
}

/// The answer to a feedback form, for the script.
#[derive(Template)]
#[template(source = "<p class=\"feedback-thanks\">{{ text }}</p>", ext = "html")]
pub(crate) struct ThanksFragment {
    pub text: &'static str,
}

/// One field of a ticket form with its value and problem.
#[derive(Debug, Clone, Default)]
pub(crate) struct Field {
    pub name: &'static str,
    pub label: &'static str,
    pub hint: Option<&'static str>,
    pub value: String,
    pub error: Option<String>,
    pub required: bool,
    pub input_type: &'static str,
    pub autocomplete: &'static str,
}

/// One option of the deletion reason.
#[derive(Debug, Clone)]
pub(crate) struct Opt {
    pub value: &'static str,
    pub label: &'static str,
    pub selected: bool,
}

/// `GET /tickets/new` and the form again with its problems.
#[derive(Template)]
#[template(path = "chat/ticket_form.html")]
pub(crate) struct TicketFormPage {
    pub layout: Layout,
    pub c: Common,
    pub kind: &'static str,
    pub heading: &'static str,
    pub nonce: String,
    pub fields: Vec<Field>,
    /// The deletion reason (deletion form only).
    pub reason: Option<(Field, Vec<Opt>)>,
    pub note: Field,
    /// All problems, for the summary at the top.
    pub summary: Vec<(String, String)>,
}

/// After filing: the ticket number and the private status link (shown once).
#[derive(Template)]
#[template(path = "chat/filed.html")]
pub(crate) struct FiledPage {
    pub layout: Layout,
    pub c: Common,
    pub number: i64,
    pub status_url: String,
}

/// `GET /status/{token}`.
#[derive(Template)]
#[template(path = "chat/status.html")]
pub(crate) struct StatusPage {
    pub layout: Layout,
    pub c: Common,
    pub number: i64,
    pub kind: &'static str,
    pub state: &'static str,
    /// "1 von 2" while a deletion waits for its second approval.
    pub approvals: Option<String>,
    pub rejection_reason: Option<String>,
    pub created: String,
    pub updated: String,
}

impl StatusPage {
    pub(crate) fn new(layout: Layout, c: Common, s: &TicketStatus, lang: Lang) -> Self {
        let fmt = |d: chrono::DateTime<chrono::Utc>| match lang {
            Lang::De => d.format("%d.%m.%Y, %H:%M UTC").to_string(),
            Lang::En => d.format("%Y-%m-%d %H:%M UTC").to_string(),
        };
        let approvals = (s.approvals_required > 1 && s.state == helpdesk_core::TicketState::Open)
            .then(|| match lang {
                Lang::De => format!("{} von {}", s.approvals, s.approvals_required),
                Lang::En => format!("{} of {}", s.approvals, s.approvals_required),
            });
        StatusPage {
            layout,
            c,
            number: s.id.0,
            kind: texts::kind_title(s.kind, lang),
            state: texts::state_words(s.state, lang),
            approvals,
            rejection_reason: s.rejection_reason.clone(),
            created: fmt(s.created_at),
            updated: fmt(s.updated_at),
        }
    }
}

/// The chat page's title.
pub(crate) fn common_title(lang: Lang) -> &'static str {
    texts::texts(lang).title
}
