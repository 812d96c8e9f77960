//! What `/ask` needs from the answering service, as a small trait, so the HTTP layer does not
//! care whether answers come from a live index over the FAQ table or from a fixed set of entries.

use async_trait::async_trait;
use helpdesk_faq::{FaqId, Lang, TicketKind};

/// How sure the answering service is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// One entry answers the question.
    Answer,
    /// A few entries might; offer them as "did you mean".
    Suggest,
    /// Nothing fits; say so instead of guessing.
    Unknown,
}

impl Outcome {
    pub fn as_str(self) -> &'static str {
        match self {
            Outcome::Answer => "answer",
            Outcome::Suggest => "suggest",
            Outcome::Unknown => "unknown",
        }
    }
}

/// One entry found for a question, with the text in the language of the answer.
#[derive(Debug, Clone, PartialEq)]
pub struct AnswerHit {
    pub id: FaqId,
    pub score: f32,
    pub question: String,
    pub answer: String,
    pub link: Option<String>,
}

/// The answer to one question.
#[derive(Debug, Clone, PartialEq)]
pub struct Reply {
    pub outcome: Outcome,
    pub hits: Vec<AnswerHit>,
    pub intent: Option<TicketKind>,
    pub lang: Lang,
    pub confidence: f32,
}

/// Answers questions (and records them for the unanswered inbox).
#[async_trait]
pub trait Answerer: Send + Sync + 'static {
    /// Answers `question`; `lang` overrides language detection.
    async fn ask(&self, question: &str, lang: Option<Lang>) -> anyhow::Result<Reply>;

    /// Picks up FAQ changes now (called after a write through the API). The default does
    /// nothing, for answerers over a fixed set of entries.
    async fn refresh(&self) -> anyhow::Result<()> {
        Ok(())
    }

    /// Questions that were answered but not written to the question log (queue full).
    fn dropped_questions(&self) -> u64 {
        0
    }
}
