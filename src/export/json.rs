//! The JSON report of docs/json-report.md: stable keys, kebab-case statuses, numbers as
//! JSON numbers (rounded so float noise such as 48.00000000000001 never shows).

use std::fmt::Write as _;

use serde::Serialize;

use crate::export::{ExportOptions, Exporter};
use crate::report::{Report, TargetReport};

pub struct JsonExporter;

/// Bumped when a key changes meaning or goes away (adding keys does not bump it).
pub const JSON_REPORT_VERSION: u32 = 1;

/// The report serialised (its keys and rounding are the report model's own,
/// `report.rs`), with the format's version first and each target's name in the
/// language asked for.
#[derive(Serialize)]
struct JsonReport<'a, T> {
    #[serde(flatten)]
    head: Head<'a>,
    targets: T,
    /// The `[[series]]`: figures without a goal, after the targets.
    series: Vec<NamedSeries<'a>>,
}

/// What comes before the targets: the format's version and the report's own keys.
#[derive(Serialize)]
struct Head<'a> {
    version: u32,
    #[serde(flatten)]
    report: &'a Report,
}

/// A series serialised, after its id and its name in one language.
#[derive(Serialize)]
struct NamedSeries<'a> {
    id: &'a str,
    name: &'a str,
    #[serde(flatten)]
    series: &'a crate::report::SeriesReport,
}

/// A target serialised, after its id and its name in one language.
#[derive(Serialize)]
struct Named<'a> {
    id: &'a str,
    name: &'a str,
    #[serde(flatten)]
    target: &'a TargetReport,
}

impl Exporter for JsonExporter {
    fn render(&self, report: &Report, options: &ExportOptions) -> String {
        let mut bytes = Vec::new();
        write(report, report.targets.iter(), options, &mut bytes)
            .expect("a report always serialises");
        String::from_utf8(bytes).expect("serde_json writes UTF-8")
    }
}

/// Writes the JSON report of `report` with `targets` as its targets (the report's own,
/// or, for a report written as it is evaluated, each target's report as it comes:
/// `json_stream`), then a newline.
pub fn write<'a, T: std::borrow::Borrow<TargetReport> + 'a>(
    report: &'a Report,
    targets: impl Iterator<Item = T>,
    options: &ExportOptions,
    out: &mut (impl std::io::Write + ?Sized),
) -> std::io::Result<()> {
    let lang = options.lang;
    let json = JsonReport {
        head: Head {
            version: JSON_REPORT_VERSION,
            report,
        },
        targets: Targets(std::cell::RefCell::new(Some(targets)), lang),
        series: report
            .series
            .iter()
            .map(|s| NamedSeries {
                id: &s.id,
                name: s.name.get(lang),
                series: s,
            })
            .collect(),
    };
    let mut ser = serde_json::Serializer::with_formatter(&mut *out, Formatter::default());
    json.serialize(&mut ser).map_err(std::io::Error::from)?;
    out.write_all(b"\n")
}

/// What [`write`] writes of `report` before its first target, whatever its targets: the
/// bytes up to and including the `[` that opens `targets`. A report written after its
/// targets were serialised (`commands::check_stream`) is this head, then what followed it.
pub fn head(report: &Report, _options: &ExportOptions) -> Vec<u8> {
    // The head's keys, rendered from the model as `write` renders them (the same `Head`,
    // flattened into the report's object, through the same formatter), left open where
    // `write` goes on with the targets' key and the `[` that opens them.
    let mut bytes = Vec::new();
    let mut ser = serde_json::Serializer::with_formatter(&mut bytes, Formatter::default());
    Head {
        version: JSON_REPORT_VERSION,
        report,
    }
    .serialize(&mut ser)
    .expect("a report always serialises");
    let open = bytes.len() - CLOSE.len();
    debug_assert_eq!(&bytes[open..], CLOSE);
    bytes.truncate(open);
    bytes.extend_from_slice(TARGETS);
    bytes
}

/// How the pretty layout closes the top-level object, and how it goes on after the last
/// key of the head to open the targets (a key at the top level's indentation).
const CLOSE: &[u8] = b"\n}";
const TARGETS: &[u8] = b",\n  \"targets\": [";

/// The targets, serialised as they come (once).
struct Targets<I>(std::cell::RefCell<Option<I>>, crate::spec::Lang);

impl<T: std::borrow::Borrow<TargetReport>, I: Iterator<Item = T>> Serialize for Targets<I> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeSeq;
        let Some(targets) = self.0.borrow_mut().take() else {
            return Err(serde::ser::Error::custom("the targets are written once"));
        };
        let mut seq = s.serialize_seq(None)?;
        for t in targets {
            let t = t.borrow();
            seq.serialize_element(&Named {
                id: &t.id,
                name: t.name.get(self.1),
                target: t,
            })?;
        }
        seq.end()
    }
}

/// serde_json's pretty layout, except that a panel's entities are written one to a line
/// (an entity's object compact): 20,000 entities take 20,000 lines, not 300,000.
#[derive(Default)]
struct Formatter {
    pretty: serde_json::ser::PrettyFormatter<'static>,
    /// Nesting depth of arrays and objects.
    depth: usize,
    /// The depth of the `entities` array being written, if one is.
    entities_at: Option<usize>,
    /// The last key was `entities`.
    key_entities: bool,
    in_key: bool,
    key: Vec<u8>,
}

impl Formatter {
    /// Inside an entity: everything compact.
    fn compact(&self) -> bool {
        self.entities_at.is_some_and(|d| self.depth > d)
    }
}

impl serde_json::ser::Formatter for Formatter {
    fn begin_array<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        if self.key_entities && self.entities_at.is_none() {
            self.entities_at = Some(self.depth + 1);
        }
        self.key_entities = false;
        self.depth += 1;
        if self.compact() {
            return w.write_all(b"[");
        }
        self.pretty.begin_array(w)
    }
    fn end_array<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        let compact = self.compact();
        self.depth -= 1;
        if self.entities_at == Some(self.depth + 1) {
            self.entities_at = None;
        }
        if compact {
            return w.write_all(b"]");
        }
        self.pretty.end_array(w)
    }
    fn begin_array_value<W: ?Sized + std::io::Write>(
        &mut self,
        w: &mut W,
        first: bool,
    ) -> std::io::Result<()> {
        if self.compact() {
            return if first { Ok(()) } else { w.write_all(b",") };
        }
        self.pretty.begin_array_value(w, first)
    }
    fn end_array_value<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        if self.compact() {
            return Ok(());
        }
        self.pretty.end_array_value(w)
    }
    fn begin_object<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.key_entities = false;
        self.depth += 1;
        if self.compact() {
            return w.write_all(b"{");
        }
        self.pretty.begin_object(w)
    }
    fn end_object<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        let compact = self.compact();
        self.depth -= 1;
        if compact {
            return w.write_all(b"}");
        }
        self.pretty.end_object(w)
    }
    fn begin_object_key<W: ?Sized + std::io::Write>(
        &mut self,
        w: &mut W,
        first: bool,
    ) -> std::io::Result<()> {
        self.in_key = true;
        self.key.clear();
        if self.compact() {
            return if first { Ok(()) } else { w.write_all(b",") };
        }
        self.pretty.begin_object_key(w, first)
    }
    fn end_object_key<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.in_key = false;
        self.key_entities = self.key == b"entities";
        self.pretty.end_object_key(w)
    }
    fn write_string_fragment<W: ?Sized + std::io::Write>(
        &mut self,
        w: &mut W,
        fragment: &str,
    ) -> std::io::Result<()> {
        if self.in_key {
            self.key.extend_from_slice(fragment.as_bytes());
        }
        write_safe(w, fragment)
    }
    fn begin_object_value<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        if self.compact() {
            return w.write_all(b":");
        }
        self.pretty.begin_object_value(w)
    }
    fn end_object_value<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        if self.compact() {
            return Ok(());
        }
        self.pretty.end_object_value(w)
    }
}

/// serde_json escapes C0 controls; this also escapes DEL, C1 controls, bidirectional
/// controls and invisible characters, which it writes only inside strings, so the output
/// stays valid JSON and means the same; and the `[` of `##[`, which a CI runner would take
/// for a workflow command (`crate::text`). Each fragment of a string is written through
/// here: serde_json cuts a string only at a character it escapes, so `##[` and every
/// character are whole in one fragment.
fn write_safe<W: ?Sized + std::io::Write>(w: &mut W, fragment: &str) -> std::io::Result<()> {
    // Most fragments are printable ASCII without `#`: nothing to look for.
    let plain = |b: &u8| (0x20..0x7f).contains(b) && *b != b'#';
    if fragment.as_bytes().iter().all(plain)
        || !(fragment.contains("##[") || crate::text::unsafe_chars(fragment).next().is_some())
    {
        // The usual case: the fragment as it is.
        return w.write_all(fragment.as_bytes());
    }
    let fragment = fragment.replace("##[", "##\\u005b");
    // Copies the runs between unsafe characters whole.
    let mut out = String::with_capacity(fragment.len() + 8);
    let mut copied = 0;
    for (i, c) in crate::text::unsafe_chars(&fragment).filter(|(_, c)| *c != '\n') {
        out.push_str(&fragment[copied..i]);
        // Beyond the BMP (the tag characters) as a surrogate pair, as JSON writes it.
        let mut units = [0; 2];
        for unit in c.encode_utf16(&mut units) {
            let _ = write!(out, "\\u{:04x}", unit);
        }
        copied = i + c.len_utf8();
    }
    out.push_str(&fragment[copied..]);
    w.write_all(out.as_bytes())
}

#[cfg(test)]
mod tests {
    use crate::export::{ExportOptions, Exporter};

    #[test]
    fn the_head_is_what_the_whole_report_starts_with() {
        let spec = crate::spec::Spec::builtin().unwrap();
        let report = crate::evaluate::evaluate(&spec, &[], &Default::default());
        let options = ExportOptions::default();
        let whole = super::JsonExporter.render(&report, &options);
        let head = super::head(&report, &options);
        let head = std::str::from_utf8(&head).unwrap();
        assert!(head.ends_with("\n  \"targets\": ["), "{head}");
        assert!(whole.starts_with(head), "{head}\n---\n{whole}");
        // The first target follows the head.
        assert!(whole[head.len()..].starts_with("\n    {\n      \"id\": "));
    }
    fn escape_unsafe(s: &str) -> String {
        let mut out = Vec::new();
        super::write_safe(&mut out, s).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn escapes_c1_and_bidi_inside_strings() {
        let s = escape_unsafe("{\"a\": \"x\u{9b}y\u{202e}\"}");
        assert_eq!(s, "{\"a\": \"x\\u009by\\u202e\"}");
        let v: serde_json::Value = serde_json::from_str(&s).unwrap();
        assert_eq!(v["a"], "x\u{9b}y\u{202e}");
        let s = escape_unsafe("{\"a\": \"##[error]\u{e0041}\"}");
        assert_eq!(s, "{\"a\": \"##\\u005berror]\\udb40\\udc41\"}");
        let v: serde_json::Value = serde_json::from_str(&s).unwrap();
        assert_eq!(v["a"], "##[error]\u{e0041}");
    }
}
