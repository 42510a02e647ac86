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

/// The unsafe characters of a text with their byte offsets, in order.
///
/// Every text of a report passes through here (100 MB of JSON at 100,000 targets), so it
/// looks at bytes, and decodes a character only where one could start that is unsafe:
/// ASCII controls and DEL, and the lead bytes of U+0080–U+009F (`C2`), U+2000–U+2FFF
/// (`E2`, the bidirectional controls and separators) and U+F000–U+FFFF (`EF`).
pub fn unsafe_chars(text: &str) -> impl Iterator<Item = (usize, char)> + '_ {
    let bytes = text.as_bytes();
    let mut at = 0;
    std::iter::from_fn(move || {
        while let Some(i) = next_candidate(bytes, at) {
            // A candidate byte is ASCII or a lead byte, so `i` is a character boundary.
            let c = text[i..].chars().next().unwrap_or_default();
            at = i + c.len_utf8();
            if is_unsafe(c) {
                return Some((i, c));
            }
        }
        at = bytes.len();
        None
    })
}

/// The first byte from `from` on that could start an unsafe character.
fn next_candidate(bytes: &[u8], from: usize) -> Option<usize> {
    const CANDIDATE: [bool; 256] = {
        let mut table = [false; 256];
        let mut b = 0;
        while b < 256 {
            table[b] = b < 0x20 || b == 0x7F || b == 0xC2 || b == 0xE2 || b == 0xEF;
            b += 1;
        }
        table
    };
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let find = |from: usize, to: usize| {
        bytes[from..to]
            .iter()
            .position(|&b| CANDIDATE[usize::from(b)])
            .map(|p| from + p)
    };
    // Eight bytes at a time: a byte under 0x20 sets its high bit in `x - 0x20…`, DEL in
    // `x + 0x01…`, and any non-ASCII byte in `x`; carries and borrows only add false
    // alarms, which the byte-by-byte look then clears.
    let mut i = from;
    while i + 8 <= bytes.len() {
        let mut word = [0; 8];
        word.copy_from_slice(&bytes[i..i + 8]);
        let x = u64::from_le_bytes(word);
        if (x.wrapping_sub(ONES * 0x20) | x.wrapping_add(ONES) | x) & HIGH != 0 {
            if let Some(found) = find(i, i + 8) {
                return Some(found);
            }
        }
        i += 8;
    }
    find(i, bytes.len())
}

/// The text with every unsafe character replaced by a visible escape such as `\u{1b}`.
pub fn sanitize(text: &str) -> Cow<'_, str> {
    let mut found = unsafe_chars(text).peekable();
    if found.peek().is_none() {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    let mut copied = 0;
    for (i, c) in found {
        out.push_str(&text[copied..i]);
        out.push_str(&format!("\\u{{{:x}}}", c as u32));
        copied = i + c.len_utf8();
    }
    out.push_str(&text[copied..]);
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
    fn the_byte_scan_finds_what_the_definition_finds() {
        // Every character class near the candidate bytes, and text around them.
        let mut probe = String::new();
        for c in (0u32..0x3000)
            .chain(0xF000..0x10000)
            .chain(0x1F600..0x1F610)
            .filter_map(char::from_u32)
        {
            probe.push(c);
            probe.push_str("5G基站");
        }
        let by_bytes: Vec<(usize, char)> = unsafe_chars(&probe).collect();
        let by_chars: Vec<(usize, char)> = probe
            .char_indices()
            .filter(|(_, c)| is_unsafe(*c))
            .collect();
        assert_eq!(by_bytes, by_chars);
        assert!(by_chars.len() > 60);
    }

    proptest::proptest! {
        #[test]
        fn the_byte_scan_agrees_on_any_text(text in "(\\PC|\\pC|[\u{80}-\u{9f}\u{2000}-\u{206f}\u{fff0}-\u{ffff}]){0,40}") {
            let by_bytes: Vec<(usize, char)> = unsafe_chars(&text).collect();
            let by_chars: Vec<(usize, char)> =
                text.char_indices().filter(|(_, c)| is_unsafe(*c)).collect();
            proptest::prop_assert_eq!(by_bytes, by_chars);
        }
    }

    #[test]
    fn masking_keeps_byte_offsets() {
        let s = "a\u{1b}b\u{85}c\n";
        let m = mask_same_len(s);
        assert_eq!(m.len(), s.len());
        assert_eq!(m, "a?b??c\n");
    }
}
