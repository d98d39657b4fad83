//! The pseudo-language (en-XA): English accented and 40% longer, each message and each
//! date bracketed, so that a word shown outside brackets is a word written in code.

use std::borrow::Cow;

/// The text of `shown` outside the pseudo-language's brackets: what a screen, a PDF or
/// the command line shows that did not come from the catalogue (or from the person).
pub fn unbracketed(shown: &str) -> String {
    let mut depth = 0usize;
    let mut out = String::new();
    for c in shown.chars() {
        match c {
            '[' => depth += 1,
            ']' => depth = depth.saturating_sub(1),
            c if depth == 0 => out.push(c),
            _ => out.push(' '),
        }
    }
    out
}

/// Accented and longer English.
pub(crate) fn pseudo(text: &str) -> Cow<'_, str> {
    fluent_pseudo::transform(text, false, true)
}
