//! [`Answers`] over a search index built from a fixed set of entries (the bundled FAQ or a
//! snapshot of the FAQ table). The live, self-rebuilding service is core's; this one serves
//! tests, `helpdesk` setups without a database, and as the reference implementation.

use std::collections::HashMap;

use async_trait::async_trait;
use helpdesk_faq::{FaqEntry, FaqId};
use helpdesk_search::{Index, Outcome as SearchOutcome};

use crate::ports::{Answers, Asked, Outcome, PortError};

pub struct IndexAnswers {
    index: Index,
    entries: HashMap<FaqId, FaqEntry>,
}

impl IndexAnswers {
    pub fn build(entries: &[FaqEntry]) -> Result<Self, PortError> {
        Ok(Self {
            index: Index::build_with(entries, helpdesk_faq::bundled_vocabulary())
                .map_err(PortError::new)?,
            entries: entries.iter().map(|e| (e.id.clone(), e.clone())).collect(),
        })
    }
}

/// Turns the search result into the engine's view, resolving hit ids to entries.
pub fn resolve(a: &helpdesk_search::Answer, lookup: impl Fn(&FaqId) -> Option<FaqEntry>) -> Asked {
    let entries: Vec<FaqEntry> = a.hits.iter().filter_map(|h| lookup(&h.id)).collect();
    let outcome = match a.outcome {
        SearchOutcome::Answer if !entries.is_empty() => Outcome::Answer,
        SearchOutcome::Suggest if !entries.is_empty() => Outcome::Suggest,
        _ => Outcome::Unknown,
    };
    Asked {
        outcome,
        entries,
        intent: a.intent,
        lang: a.lang,
        confidence: a.confidence,
    }
}

#[async_trait]
impl Answers for IndexAnswers {
    async fn ask(&self, question: &str) -> Result<Asked, PortError> {
        let a = self.index.ask(question);
        Ok(resolve(&a, |id| self.entries.get(id).cloned()))
    }

    async fn entry(&self, id: &FaqId) -> Result<Option<FaqEntry>, PortError> {
        Ok(self.entries.get(id).cloned())
    }
}
