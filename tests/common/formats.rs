//! Helpers shared by the report-format tests: run the real binary on fixture files.

#![allow(dead_code)]

use std::path::Path;

use assert_cmd::Command;

pub const SPEC: &str = "tests/fixtures/report.toml";
pub const ACTUALS: &str = "tests/fixtures/report-actuals.toml";
pub const HOSTILE_SPEC: &str = "tests/fixtures/hostile.toml";
pub const HOSTILE_ACTUALS: &str = "tests/fixtures/hostile-actuals.toml";

pub const FORMATS: [&str; 7] = [
    "table", "json", "csv", "markdown", "junit", "github", "html",
];

/// The binary with a clean environment ([`super::progress`]), run from the crate's root so
/// fixture paths (and the spec path the reports print) are the same everywhere.
pub fn progress() -> Command {
    let mut cmd = super::progress();
    cmd.env("COLUMNS", "200");
    cmd
}

/// `progress check` of `spec` and `actuals` in `format`; returns stdout and the exit code.
pub fn check(spec: &str, actuals: &str, format: &str, extra: &[&str]) -> (String, i32) {
    let out = progress()
        .args([
            "check", actuals, "--spec", spec, "--color", "never", "--format", format,
        ])
        .args(extra)
        .output()
        .expect("the binary runs");
    assert!(
        out.stderr.is_empty(),
        "unexpected stderr: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).expect("reports are UTF-8");
    (text, out.status.code().expect("an exit code"))
}

/// The fixture report in `format`.
pub fn fixture(format: &str) -> String {
    let (text, code) = check(SPEC, ACTUALS, format, &[]);
    assert_eq!(code, 1, "the fixture has failing targets");
    text
}

/// The hostile report in `format`.
pub fn hostile(format: &str) -> String {
    let (text, code) = check(HOSTILE_SPEC, HOSTILE_ACTUALS, format, &[]);
    assert_eq!(code, 1, "the hostile fixture has failing targets");
    text
}

/// The 1-based line of `id = "<id>"` in a fixture file.
pub fn line_of_id(file: &str, id: &str) -> usize {
    let text = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(file)).unwrap();
    let needle = format!("id = \"{id}\"");
    text.lines()
        .position(|l| l.trim() == needle)
        .expect("the id is in the file")
        + 1
}

/// Every character that must never reach an output raw: controls (except the line
/// breaks a format itself writes), bidirectional controls, invisible characters (soft
/// hyphen, zero-width characters, BOM, tag characters), line separators, non-characters.
pub fn raw_unsafe_chars(text: &str, allow_crlf: bool) -> Vec<(usize, char)> {
    let chars: Vec<char> = text.chars().collect();
    chars
        .iter()
        .enumerate()
        .filter(|&(i, &c)| {
            let line_break = c == '\n' || (allow_crlf && c == '\r' && chars.get(i + 1) == Some(&'\n'));
            let unsafe_char = c.is_control()
                || matches!(c, '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
                || matches!(c, '\u{00AD}' | '\u{200B}'..='\u{200D}' | '\u{2060}'..='\u{2064}' | '\u{FEFF}')
                || matches!(c, '\u{E0000}'..='\u{E007F}')
                || matches!(c, '\u{2028}' | '\u{2029}' | '\u{FFFE}' | '\u{FFFF}');
            unsafe_char && !line_break
        })
        .map(|(i, &c)| (i, c))
        .collect()
}
