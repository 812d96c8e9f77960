//! Removes e-mail addresses, phone numbers and Identnummern from free text before it is stored
//! in the question log (or sent anywhere else). Names cannot be found reliably by pattern; the
//! erasure of a ticket therefore also deletes question-log rows that mention its names.

use std::sync::LazyLock;

use regex::Regex;

#[allow(clippy::expect_used)] // constant patterns, covered by the tests below
static EMAIL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}").expect("email regex")
});
#[allow(clippy::expect_used)]
static PHONE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?:\+|\b00|\b0)\d[\d /\-()]{5,}\d").expect("phone regex"));
#[allow(clippy::expect_used)]
static DIGITS: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\b\d{5,}\b").expect("digits regex"));

/// Replace personal data in `text` with placeholders (`[email]`, `[telefon]`, `[nummer]`).
pub fn redact(text: &str) -> String {
    let t = EMAIL.replace_all(text, "[email]");
    let t = PHONE.replace_all(&t, "[telefon]");
    DIGITS.replace_all(&t, "[nummer]").into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn redacts_email_phone_and_numbers() {
        assert_eq!(
            redact("Ich bin max.muster@firma-x.de, Tel. 0511 123456-7, Identnummer 12345678"),
            "Ich bin [email], Tel. [telefon], Identnummer [nummer]"
        );
        assert_eq!(
            redact("call +49 (511) 3107-0 please"),
            "call [telefon] please"
        );
        assert_eq!(
            redact("Wie exportiere ich 2024 mein Berichtsheft?"),
            "Wie exportiere ich 2024 mein Berichtsheft?"
        );
    }
}
