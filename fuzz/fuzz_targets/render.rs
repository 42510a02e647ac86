//! The error renderer on arbitrary text and spans: whatever the text (long lines, wide or
//! control characters) and wherever the spans point (past the end, reversed, inside a
//! character), rendering never panics and its output stays bounded: at most fifty
//! problems in full, each a few lines of at most a few hundred columns.
#![no_main]

use libfuzzer_sys::fuzz_target;
use progress::diagnostic::{self, Diagnostic, Kind, MAX_SHOWN, SourceFile};

fuzz_target!(|data: &[u8]| {
    if data.len() < 18 {
        return;
    }
    let (head, rest) = data.split_at(18);
    let Ok(rest) = std::str::from_utf8(rest) else {
        return;
    };
    // The message, label and help before the first NUL, the file's text after it,
    // repeated to make lines far longer than a snippet shows.
    let (words, body) = rest.split_once('\0').unwrap_or(("bad", rest));
    let text = body.repeat(usize::from(head[0] % 64) + 1);
    let file = SourceFile::new("fuzz.toml", text.as_str());
    let other = SourceFile::new("other.toml", body);
    let n = |i: usize| u32::from_le_bytes(head[1 + 4 * i..5 + 4 * i].try_into().unwrap()) as usize;
    let bound = text.len() + 8;
    let (start, end, rel_start, rel_end) = (n(0) % bound, n(1) % bound, n(2) % bound, n(3) % bound);
    // Up to 100 problems: past fifty they are counted, not shown.
    let count = usize::from(head[17] % 100) + 1;
    let mut diags = Vec::new();
    let step = text.len() / count + 1;
    for i in 0..count {
        let shift = i * step;
        let mut d = Diagnostic::new(&file, Some(start + shift..end + shift), words)
            .kind(Kind::ALL[i % Kind::ALL.len()])
            .label(words)
            .help(Some(words.to_string()));
        if i % 3 == 0 {
            d = d.related(&file, rel_start..rel_end, words);
        }
        if i % 5 == 0 {
            d = d.related(&other, rel_start..rel_end, words);
        }
        if i % 7 == 0 {
            d.span = None;
        }
        diagnostic::push_bounded(&mut diags, d);
    }
    assert_eq!(diagnostic::count(&diags), count);
    let out = diagnostic::render_all(&diags, head[0] & 0x80 != 0);
    // Each problem in full: its title, help and labels (escaped: at most 10 bytes a
    // byte), and snippets of at most 8 lines of a few hundred bytes.
    let per_problem = 16 * 1024 + 4 * 10 * words.len();
    assert!(
        out.len() <= (MAX_SHOWN + 1) * per_problem,
        "{} bytes for {count} problems",
        out.len()
    );
});
