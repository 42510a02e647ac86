//! Untrusted text from spec and actuals files, made safe to show.
//!
//! Names, quotes and notes come from files other people wrote. Control characters
//! (ESC, BEL, CR …) could drive the terminal, and bidirectional overrides could make a
//! line read differently from what it is, so every such character is shown as a visible
//! `\u{…}` escape instead.

use std::borrow::Cow;

/// Whether a character must not reach an output raw.
pub fn is_unsafe(c: char) -> bool {
    c.is_control()
        || matches!(c, '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
        || matches!(c, '\u{2028}' | '\u{2029}')
        // Not characters at all, and not allowed in XML.
        || matches!(c, '\u{FFFE}' | '\u{FFFF}')
}

/// The text with every unsafe character replaced by a visible escape such as `\u{1b}`.
pub fn sanitize(text: &str) -> Cow<'_, str> {
    if !text.chars().any(is_unsafe) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if is_unsafe(c) {
            out.push_str(&format!("\\u{{{:x}}}", c as u32));
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// A path as shown in messages: its display form, sanitised.
pub fn path(p: &std::path::Path) -> String {
    sanitize(&p.display().to_string()).into_owned()
}

/// Replaces each unsafe character by as many `?` as it has bytes, so byte offsets into
/// the text stay valid (for error snippets that point into the original source).
pub fn mask_same_len(text: &str) -> Cow<'_, str> {
    if !text.chars().any(|c| is_unsafe(c) && c != '\n' && c != '\t') {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if c == '\r' {
            // The CR of a Windows line end: invisible, as it is in an editor.
            out.push(' ');
        } else if is_unsafe(c) && c != '\n' && c != '\t' {
            for _ in 0..c.len_utf8() {
                out.push('?');
            }
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_controls_and_bidi() {
        assert_eq!(sanitize("a\u{1b}[31mb"), "a\\u{1b}[31mb");
        assert_eq!(sanitize("x\u{202e}y"), "x\\u{202e}y");
        assert_eq!(sanitize("5G基站"), "5G基站");
        assert!(matches!(sanitize("plain"), Cow::Borrowed(_)));
    }

    #[test]
    fn masking_keeps_byte_offsets() {
        let s = "a\u{1b}b\u{85}c\n";
        let m = mask_same_len(s);
        assert_eq!(m.len(), s.len());
        assert_eq!(m, "a?b??c\n");
    }
}
