//! Untrusted text from spec and actuals files, made safe to show.
//!
//! Names, quotes and notes come from files other people wrote. Control characters
//! (ESC, BEL, CR …) could drive the terminal, bidirectional controls could make a line
//! read differently from what it is, and invisible characters (zero-width spaces and
//! joiners, soft hyphens, tag characters) could make two different texts look the same,
//! so every such character is shown as a visible `\u{…}` escape instead.
//!
//! A CI runner also reads commands out of a job's log: GitHub Actions takes a line that
//! starts with `::` (after blanks) as a workflow command, and `##[` anywhere in a line as
//! one in the legacy form (`##[error]…`, `##[stop-commands]…`). Text from the input never
//! starts a line of output (each output puts fixed text first), and [`sanitize`] shows the
//! `[` of `##[` as `\u{5b}`, so no text from the input can raise, mask or stop anything.

use std::borrow::Cow;

/// Whether a character must not reach an output raw.
pub fn is_unsafe(c: char) -> bool {
    c.is_control()
        // Bidirectional marks, embeddings, overrides and isolates (U+061C the Arabic
        // letter mark).
        || matches!(c, '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
        // Line and paragraph separators: line breaks to some readers.
        || matches!(c, '\u{2028}' | '\u{2029}')
        // Invisible: soft hyphen, zero-width space, non-joiner and joiner, word joiner
        // and the invisible operators, the zero-width no-break space (a BOM), and the tag
        // characters of plane 14.
        || matches!(c, '\u{00AD}' | '\u{200B}'..='\u{200D}' | '\u{2060}'..='\u{2064}' | '\u{FEFF}')
        || matches!(c, '\u{E0000}'..='\u{E007F}')
        // Not characters at all, and not allowed in XML.
        || matches!(c, '\u{FFFE}' | '\u{FFFF}')
}

/// The unsafe characters of a text with their byte offsets, in order.
///
/// Every text of a report passes through here (100 MB of JSON at 100,000 targets), so it
/// looks at bytes, and decodes a character only where one could start that is unsafe:
/// ASCII controls and DEL, and the lead bytes of U+0080–U+00BF (`C2`: C1 controls, the
/// soft hyphen), U+0600–U+063F (`D8`: the Arabic letter mark), U+2000–U+2FFF (`E2`: the
/// bidirectional controls, zero-width characters and separators), U+F000–U+FFFF (`EF`)
/// and U+C0000–U+FFFFF (`F3`: the tag characters).
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
            table[b] = b < 0x20 || b == 0x7F || matches!(b, 0xC2 | 0xD8 | 0xE2 | 0xEF | 0xF3);
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

/// The text with every unsafe character replaced by a visible escape such as `\u{1b}`,
/// and the `[` of each `##[` (a legacy workflow command) by `\u{5b}`.
pub fn sanitize(text: &str) -> Cow<'_, str> {
    let mut found = unsafe_chars(text).peekable();
    if found.peek().is_none() && !text.contains(COMMAND) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    let mut copied = 0;
    for (i, c) in found {
        push_inert(&mut out, &text[copied..i]);
        out.push_str(&format!("\\u{{{:x}}}", c as u32));
        copied = i + c.len_utf8();
    }
    push_inert(&mut out, &text[copied..]);
    Cow::Owned(out)
}

/// What starts a GitHub Actions workflow command in its legacy form, anywhere in a line.
const COMMAND: &str = "##[";

/// Text without unsafe characters, with the `[` of each `##[` escaped.
fn push_inert(out: &mut String, mut text: &str) {
    while let Some(at) = text.find(COMMAND) {
        out.push_str(&text[..at + 2]);
        out.push_str("\\u{5b}");
        text = &text[at + 3..];
    }
    out.push_str(text);
}

/// A path as shown in messages: its display form, sanitised.
pub fn path(p: &std::path::Path) -> String {
    sanitize(&p.display().to_string()).into_owned()
}

/// Replaces each unsafe character by as many `?` as it has bytes, and the `[` of `##[`
/// by one, so byte offsets into the text stay valid (for error snippets that point into
/// the original source).
pub fn mask_same_len(text: &str) -> Cow<'_, str> {
    if !text.chars().any(|c| is_unsafe(c) && c != '\n' && c != '\t') && !text.contains(COMMAND) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if c == '[' && out.ends_with("##") {
            // A legacy workflow command (see the module's notes).
            out.push('?');
        } else if c == '\r' {
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
    fn escapes_invisible_characters() {
        for c in [
            '\u{ad}',
            '\u{61c}',
            '\u{200b}',
            '\u{200d}',
            '\u{2060}',
            '\u{2064}',
            '\u{feff}',
            '\u{e0001}',
            '\u{e0041}',
            '\u{e007f}',
            '\u{2028}',
            '\u{2029}',
            '\u{2066}',
        ] {
            assert_eq!(
                sanitize(&format!("a{c}b")),
                format!("a\\u{{{:x}}}b", c as u32)
            );
        }
        // Next to them, but visible: kept.
        for c in [
            '\u{ae}',
            '\u{61b}',
            '\u{2065}',
            '\u{e0080}',
            '\u{1f600}',
            '\u{fefe}',
        ] {
            assert!(!is_unsafe(c), "{c:?}");
        }
    }

    #[test]
    fn legacy_workflow_commands_are_broken() {
        assert_eq!(sanitize("##[error]x"), "##\\u{5b}error]x");
        assert_eq!(
            sanitize("a ###[stop-commands]t ##[x\u{1b}##["),
            "a ###\\u{5b}stop-commands]t ##\\u{5b}x\\u{1b}##\\u{5b}"
        );
        assert_eq!(sanitize("# [x] #[y]"), "# [x] #[y]");
        assert!(!sanitize("##\u{200b}[x").contains("##["));
        assert_eq!(mask_same_len("t = \"##[error]\""), "t = \"##?error]\"");
    }

    #[test]
    fn the_byte_scan_finds_what_the_definition_finds() {
        // Every character class near the candidate bytes, and text around them.
        let mut probe = String::new();
        for c in (0u32..0x3000)
            .chain(0xF000..0x10000)
            .chain(0x1F600..0x1F610)
            .chain(0xDFFF0..0xE0100)
            .chain(0xFFFF0..0x10FFFF)
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
        fn the_byte_scan_agrees_on_any_text(text in "(\\PC|\\pC|[\u{80}-\u{af}\u{600}-\u{63f}\u{2000}-\u{206f}\u{fef0}-\u{ffff}\u{e0000}-\u{e00ff}]){0,40}") {
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
        let s = "x\u{e0041}y\u{ad}##[";
        assert_eq!(mask_same_len(s).len(), s.len());
    }
}
