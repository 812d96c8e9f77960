//! Free text typed by people (notes, names, reasons): the one rule about control characters.
//!
//! A NUL byte or another control character (C0, DEL, C1) in a free-text field is refused with
//! [`FieldProblem::ControlCharacters`] on every surface, before anything reaches the database
//! (PostgreSQL refuses NUL in text; the other characters garble staff posts and logs). Only
//! multi-line fields (a ticket's note, a rejection reason) may contain line breaks and tabs;
//! a browser's `\r\n` becomes `\n` there.

use crate::error::FieldProblem;

/// Whether a free-text field may span several lines.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lines {
    /// One line: no control character at all.
    Single,
    /// Several lines: `\n` and `\t` allowed (`\r\n` and a lone `\r` are read as `\n`).
    Multi,
}

/// Checks `s` for control characters; returns it with line breaks normalised (`\r\n` → `\n`)
/// for [`Lines::Multi`].
pub fn free_text(s: &str, lines: Lines) -> Result<String, FieldProblem> {
    let s = match lines {
        Lines::Single => s.to_owned(),
        Lines::Multi => s.replace("\r\n", "\n").replace('\r', "\n"),
    };
    let allowed = |c: char| lines == Lines::Multi && matches!(c, '\n' | '\t');
    if s.chars().any(|c| c.is_control() && !allowed(c)) {
        return Err(FieldProblem::ControlCharacters);
    }
    Ok(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_characters_are_refused() {
        for bad in [
            "a\0b",
            "a\u{7}b",
            "a\u{1b}[31mb",
            "a\u{7f}",
            "a\u{85}b",
            "a\u{9b}b",
        ] {
            assert_eq!(
                free_text(bad, Lines::Single),
                Err(FieldProblem::ControlCharacters),
                "{bad:?}"
            );
            assert_eq!(
                free_text(bad, Lines::Multi),
                Err(FieldProblem::ControlCharacters),
                "{bad:?}"
            );
        }
        assert_eq!(
            free_text("eins\nzwei", Lines::Single),
            Err(FieldProblem::ControlCharacters)
        );
        assert_eq!(
            free_text("a\tb", Lines::Single),
            Err(FieldProblem::ControlCharacters)
        );
    }

    #[test]
    fn line_breaks_and_tabs_in_multi_line_text() {
        assert_eq!(
            free_text("Zeile 1\r\nZeile 2\rZeile 3\n\tEnde", Lines::Multi).as_deref(),
            Ok("Zeile 1\nZeile 2\nZeile 3\n\tEnde")
        );
        assert_eq!(
            free_text("Şükrü Öztürk – ß, ı, İ", Lines::Single).as_deref(),
            Ok("Şükrü Öztürk – ß, ı, İ")
        );
    }
}
