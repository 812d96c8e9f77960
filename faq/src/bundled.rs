//! The FAQ compiled into the binary from `faq/data/`, so a fresh install answers questions
//! without any file next to it.

use std::path::PathBuf;
use std::sync::OnceLock;

use include_dir::{Dir, include_dir};

use crate::model::FaqEntry;
use crate::sections::Section;
use crate::vocabulary::Vocabulary;

static DATA: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/data");

/// The bundled entries, in file-name order. The data is checked by this crate's tests, so a
/// broken file never ships; should it happen anyway the broken entries are left out rather than
/// taking the whole service down.
pub fn bundled() -> &'static [FaqEntry] {
    static ENTRIES: OnceLock<Vec<FaqEntry>> = OnceLock::new();
    ENTRIES.get_or_init(|| {
        let mut files: Vec<_> = DATA
            .files()
            .filter(|f| f.path().extension().is_some_and(|x| x == "md"))
            .collect();
        files.sort_by_key(|f| f.path());
        let sources: Vec<_> = files
            .iter()
            .map(|f| {
                let text = f
                    .contents_utf8()
                    .map(str::to_owned)
                    .ok_or_else(|| "not UTF-8".to_owned());
                (PathBuf::from(f.path()), text)
            })
            .collect();
        match crate::check::parse_all(sources.clone(), Some(bundled_sections())) {
            Ok(entries) => entries,
            Err(_) => sources
                .into_iter()
                .filter_map(|(_, t)| t.ok().and_then(|t| crate::parse_entry(&t).ok()))
                .collect(),
        }
    })
}

/// The bundled sections (`faq/data/sections.toml`). Checked by this crate's tests; should the
/// file still be broken, the list is empty and entries are not checked against it.
pub fn bundled_sections() -> &'static [Section] {
    static SECTIONS: OnceLock<Vec<Section>> = OnceLock::new();
    SECTIONS.get_or_init(|| {
        DATA.get_file(crate::sections::SECTIONS_FILE)
            .and_then(|f| f.contents_utf8())
            .and_then(|t| crate::sections::parse_sections(t).ok())
            .unwrap_or_default()
    })
}

/// The bundled vocabulary (`faq/data/vocabulary.toml`); empty if the file were broken (its
/// validity is checked by this crate's tests).
pub fn bundled_vocabulary() -> &'static Vocabulary {
    static VOCABULARY: OnceLock<Vocabulary> = OnceLock::new();
    VOCABULARY.get_or_init(|| {
        DATA.get_file(crate::vocabulary::VOCABULARY_FILE)
            .and_then(|f| f.contents_utf8())
            .and_then(|t| Vocabulary::parse(t).ok())
            .unwrap_or_default()
    })
}

/// The bundled files as `(file name, text)`, for `helpdesk faq export` and first-start seeding.
pub fn bundled_files() -> Vec<(String, &'static str)> {
    let mut files: Vec<_> = DATA
        .files()
        .filter_map(|f| {
            let name = f.path().file_name()?.to_str()?.to_owned();
            Some((name, f.contents_utf8()?))
        })
        .filter(|(name, _)| name.ends_with(".md"))
        .collect();
    files.sort();
    files
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::parse_all;

    /// The ids fixed by `shared/eval/faq-ids.tsv`, in seed order.
    const SEED_IDS: [&str; 19] = [
        "export-betriebswechsel",
        "export-fehler-andere-ihk",
        "standort-anderes-bundesland",
        "anwendung-finden",
        "registrierungscode",
        "seite-zeigt-hallo",
        "name-stimmt-nicht",
        "kein-zugriff-trotz-registrierung",
        "identnummer-nicht-gefunden",
        "mehrere-rollen-eine-email",
        "mehrere-betriebsstaetten",
        "azubi-entfernen",
        "azubi-anlegen",
        "user-geloescht-nicht-angezeigt",
        "userdaten-bearbeiten",
        "ausbilder-freischalten",
        "andere-rolle-asta",
        "wer-registriert",
        "azubi-nicht-angezeigt",
    ];

    #[test]
    fn bundled_data_is_valid_and_complete() {
        let sources: Vec<_> = bundled_files()
            .into_iter()
            .map(|(n, t)| (PathBuf::from(n), Ok(t.to_owned())))
            .collect();
        let entries =
            parse_all(sources, Some(bundled_sections())).unwrap_or_else(|e| panic!("{e:#?}"));
        let mut ids: Vec<_> = entries.iter().map(|e| e.id.as_str()).collect();
        ids.sort();
        let mut want = SEED_IDS.to_vec();
        want.sort();
        assert_eq!(ids, want);
        assert_eq!(bundled().len(), 19);
    }

    #[test]
    fn bundled_answers_keep_the_seed_facts() {
        let by = |id: &str| bundled().iter().find(|e| e.id.as_str() == id).unwrap();
        let name = by("name-stimmt-nicht");
        assert!(
            name.answer
                .contains("digitalesberichtsheft@hannover.ihk.de")
        );
        assert!(name.answer.contains("24"));
        assert!(name.en.answer.contains("24"));
        assert_eq!(name.ticket, Some(crate::TicketKind::NameCorrection));
        assert!(by("identnummer-nicht-gefunden").answer.contains("546"));
        let del = by("azubi-entfernen");
        assert!(del.answer.contains("3 Monate") && del.answer.contains("3 Jahre"));
        assert!(del.answer.contains("Baden-Württemberg"));
        assert_eq!(
            by("user-geloescht-nicht-angezeigt").ticket,
            Some(crate::TicketKind::Deletion)
        );
        for e in bundled() {
            assert!(!e.alternatives.is_empty(), "{} has no alternatives", e.id);
            assert!(!e.audience.is_empty(), "{} has no audience", e.id);
        }
    }
}
