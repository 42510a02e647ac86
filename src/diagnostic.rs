//! Problems found in input files, with the place they were found, rendered rustc-style:
//!
//! ```text
//! error: unknown key `dealine`
//!  --> targets/2020.toml:12:1
//!    |
//! 12 | dealine = 2022-12-31
//!    | ^^^^^^^ unknown key
//!    |
//!    = help: did you mean `deadline`?
//! ```
//!
//! Each problem has a [`Kind`] (a stable code such as `P0201` and a short title) and a
//! [`Severity`]. However many problems a file has, a bounded number are kept in full
//! ([`MAX_SHOWN`]); the others are only counted, by kind, with the place of the first
//! (see [`push_bounded`]), and [`write_all`] streams the report to a writer one problem at
//! a time, so a file of a million syntax errors costs no more to report than to parse.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::ops::Range;
use std::sync::{Arc, OnceLock};

use annotate_snippets::{AnnotationKind, Group, Level, Renderer, Snippet};

use crate::text;

/// A file as read, kept so that problems can show the offending line.
#[derive(Debug, Clone)]
pub struct SourceFile {
    /// How the file is named in messages (the path as given, or `<built-in>/…`).
    pub name: String,
    pub text: Arc<str>,
    /// Byte offset of each line's start, computed on first use: a file with thousands of
    /// problems must not be rescanned from the top for each one.
    line_starts: Arc<OnceLock<Vec<usize>>>,
}

impl SourceFile {
    pub fn new(name: impl Into<String>, text: impl Into<Arc<str>>) -> Self {
        SourceFile {
            name: name.into(),
            text: text.into(),
            line_starts: Arc::default(),
        }
    }

    fn line_starts(&self) -> &[usize] {
        self.line_starts.get_or_init(|| {
            std::iter::once(0)
                .chain(self.text.match_indices('\n').map(|(i, _)| i + 1))
                .collect()
        })
    }

    /// 0-based index of the line holding a byte offset.
    fn line_index(&self, offset: usize) -> usize {
        self.line_starts()
            .partition_point(|&start| start <= offset)
            .saturating_sub(1)
    }

    /// The byte range of line `index` (0-based), without its newline.
    fn line_range(&self, index: usize) -> Range<usize> {
        let starts = self.line_starts();
        let start = starts[index];
        let end = starts
            .get(index + 1)
            .map_or(self.text.len(), |&next| next - 1);
        start..end
    }

    /// 1-based line and column (in characters) of a byte offset.
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        let offset = floor_char_boundary(&self.text, offset.min(self.text.len()));
        let index = self.line_index(offset);
        let line_start = self.line_starts()[index];
        let col = self.text[line_start..offset].chars().count() + 1;
        (index + 1, col)
    }

    /// The whole lines that `span` touches, at most [`MAX_SNIPPET_LINES`] of them, and the
    /// 1-based number of the first.
    fn window(&self, span: Range<usize>) -> (Range<usize>, usize) {
        let first = self.line_index(span.start);
        let last = self
            .line_index(span.end.saturating_sub(1).max(span.start))
            .min(first + MAX_SNIPPET_LINES - 1);
        let start = self.line_starts()[first];
        let end = self.line_range(last).end;
        (start..end, first + 1)
    }
}

/// How bad a problem is. Every problem in an input file is an error today (the file is
/// refused); warnings are for notes that do not stop a run.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    Error,
    Warning,
}

impl Severity {
    fn level(self) -> Level<'static> {
        match self {
            Severity::Error => Level::ERROR,
            Severity::Warning => Level::WARNING,
        }
    }

    fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        }
    }
}

/// What kind of problem a diagnostic is: a stable code (never reused for another kind)
/// and a short title, used where problems are counted rather than shown in full. The
/// codes are listed in `docs/limits.md`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Kind {
    /// The file cannot be read (missing, a directory, a read error, an empty stdin).
    Unreadable,
    /// The file is over the size limit.
    TooLarge,
    /// The file is not UTF-8.
    NotUtf8,
    /// A line is over the length limit.
    LineTooLong,
    /// Arrays, tables or dotted keys nested over the limit.
    TooDeep,
    /// TOML syntax.
    InvalidToml,
    /// CSV syntax.
    InvalidCsv,
    /// Not a readable `.xlsx` workbook, an encrypted one, a missing sheet, an error value
    /// (`#DIV/0!`) in a cell, a value outside the header's columns.
    InvalidWorkbook,
    /// A key the format does not have.
    UnknownKey,
    /// A required key is missing.
    MissingKey,
    /// A value of the wrong type (a string where a number goes, say).
    WrongType,
    /// A number beyond what a float or an integer holds.
    OutOfRange,
    /// `nan` or `inf`.
    NotFinite,
    /// Not a calendar date.
    NotADate,
    /// A key its target does not take (`tolerance` without `rule = "about"`, a `unit`
    /// on a milestone's value, `value` beside `previous` and `current`).
    NotTaken,
    /// A number outside the bounds its meaning gives it (a level in `%` above 100, a
    /// negative count, `multiply = 0`).
    OutOfBounds,
    /// Dates in the wrong order (a deadline before the start, a value dated after its
    /// file).
    DateOrder,
    /// A unit that does not convert into the target's.
    WrongUnit,
    /// An actuals file names a target the spec does not have.
    UnknownTarget,
    /// Two targets share an id.
    DuplicateTarget,
    /// A target id outside the alphabet `a-z`, `0-9`, `-`.
    InvalidId,
    /// Two actuals files disagree on a target and date.
    Conflict,
    /// Any other invalid value or combination (a deadline before the start, say).
    Invalid,
}

impl Kind {
    pub const ALL: [Kind; 23] = [
        Kind::Unreadable,
        Kind::TooLarge,
        Kind::NotUtf8,
        Kind::LineTooLong,
        Kind::TooDeep,
        Kind::InvalidToml,
        Kind::InvalidCsv,
        Kind::InvalidWorkbook,
        Kind::UnknownKey,
        Kind::MissingKey,
        Kind::WrongType,
        Kind::OutOfRange,
        Kind::NotFinite,
        Kind::NotADate,
        Kind::NotTaken,
        Kind::OutOfBounds,
        Kind::DateOrder,
        Kind::WrongUnit,
        Kind::UnknownTarget,
        Kind::DuplicateTarget,
        Kind::InvalidId,
        Kind::Conflict,
        Kind::Invalid,
    ];

    /// The stable code: `P00xx` the file as a whole, `P01xx` syntax, `P02xx` keys and
    /// values, `P03xx` targets and snapshots, `P09xx` the rest.
    pub fn code(self) -> &'static str {
        match self {
            Kind::Unreadable => "P0001",
            Kind::TooLarge => "P0002",
            Kind::NotUtf8 => "P0003",
            Kind::LineTooLong => "P0004",
            Kind::TooDeep => "P0005",
            Kind::InvalidToml => "P0101",
            Kind::InvalidCsv => "P0102",
            Kind::InvalidWorkbook => "P0103",
            Kind::UnknownKey => "P0201",
            Kind::MissingKey => "P0202",
            Kind::WrongType => "P0203",
            Kind::OutOfRange => "P0204",
            Kind::NotFinite => "P0205",
            Kind::NotADate => "P0206",
            Kind::NotTaken => "P0207",
            Kind::OutOfBounds => "P0208",
            Kind::DateOrder => "P0209",
            Kind::WrongUnit => "P0210",
            Kind::UnknownTarget => "P0301",
            Kind::DuplicateTarget => "P0302",
            Kind::InvalidId => "P0304",
            Kind::Conflict => "P0303",
            Kind::Invalid => "P0901",
        }
    }

    /// A short title, for a count of problems of this kind.
    pub fn title(self) -> &'static str {
        match self {
            Kind::Unreadable => "unreadable file",
            Kind::TooLarge => "file too large",
            Kind::NotUtf8 => "not UTF-8",
            Kind::LineTooLong => "line too long",
            Kind::TooDeep => "nesting too deep",
            Kind::InvalidToml => "invalid TOML",
            Kind::InvalidCsv => "invalid CSV",
            Kind::InvalidWorkbook => "invalid workbook",
            Kind::UnknownKey => "unknown key",
            Kind::MissingKey => "missing key",
            Kind::WrongType => "wrong type",
            Kind::OutOfRange => "number out of range",
            Kind::NotFinite => "not a finite number",
            Kind::NotADate => "not a date",
            Kind::NotTaken => "key its target does not take",
            Kind::OutOfBounds => "value out of bounds",
            Kind::DateOrder => "dates out of order",
            Kind::WrongUnit => "unit does not convert",
            Kind::UnknownTarget => "unknown target id",
            Kind::DuplicateTarget => "duplicate target id",
            Kind::InvalidId => "invalid target id",
            Kind::Conflict => "conflicting values",
            Kind::Invalid => "invalid value",
        }
    }
}

/// At most this many problems are shown in full (the first, by file and position); the
/// rest are counted by kind, with the place of the first of each kind.
pub const MAX_SHOWN: usize = 50;

/// A snippet whose lines together are longer than this many bytes is cut down to the
/// line of the problem and a window of [`CUT_BYTES`] either side of it, before it is
/// handed to annotate-snippets (whose work grows with the text it is given).
const MAX_EXCERPT_BYTES: usize = 4096;

/// The bytes kept either side of a span in a cut snippet: more than annotate-snippets
/// shows of a long line ([`MAX_SNIPPET_WIDTH`] columns), so that it still cuts the line
/// to a window around the caret itself and marks the cut with `...`.
const CUT_BYTES: usize = 512;

/// A related place at most this many lines from the problem shares its snippet.
const NEAR_LINES: usize = 20;

/// A snippet shows at most this many lines of a multi-line span.
const MAX_SNIPPET_LINES: usize = 8;

/// A snippet line longer than this many columns is cut to a window around the caret.
const MAX_SNIPPET_WIDTH: usize = 140;

fn ceil_char_boundary(s: &str, mut i: usize) -> usize {
    i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i += 1;
    }
    i
}

fn floor_char_boundary(s: &str, mut i: usize) -> usize {
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// A second place that a problem concerns (the first copy of a duplicate id, say).
#[derive(Debug, Clone)]
pub struct Related {
    pub file: SourceFile,
    pub span: Range<usize>,
    pub label: String,
}

/// One problem in one input file.
#[derive(Debug, Clone)]
pub struct Diagnostic {
    pub file: SourceFile,
    /// Byte range of the offending text; `None` when the problem is the file as a whole.
    pub span: Option<Range<usize>>,
    pub message: String,
    /// Short text under the caret.
    pub label: Option<String>,
    pub help: Option<String>,
    pub related: Vec<Related>,
    pub kind: Kind,
    pub severity: Severity,
    /// `Some(n)`: not a problem shown in full but a tally of `n` problems of its kind that
    /// were only counted (see [`push_bounded`]); its span is the first one's place.
    pub tally: Option<usize>,
    /// The order in which its file's reader recorded it (0 for the first).
    pub order: usize,
}

impl Diagnostic {
    /// An error of kind [`Kind::Invalid`]; [`Diagnostic::kind`] says what it is.
    pub fn new(file: &SourceFile, span: Option<Range<usize>>, message: impl Into<String>) -> Self {
        Diagnostic {
            file: file.clone(),
            span,
            message: message.into(),
            label: None,
            help: None,
            related: Vec::new(),
            kind: Kind::Invalid,
            severity: Severity::Error,
            tally: None,
            order: 0,
        }
    }

    pub fn kind(mut self, kind: Kind) -> Self {
        self.kind = kind;
        self
    }

    /// How many problems this entry stands for: one, or a tally's count.
    pub fn count(&self) -> usize {
        self.tally.unwrap_or(1)
    }

    /// Where the problem is, as `file:line:col` (or the file's name alone).
    fn place(&self) -> String {
        let name = text::sanitize(&self.file.name);
        match &self.span {
            Some(span) => {
                let (line, col) = self.file.line_col(span.start);
                format!("{name}:{line}:{col}")
            }
            None => name.into_owned(),
        }
    }

    pub fn label(mut self, label: impl Into<String>) -> Self {
        self.label = Some(label.into());
        self
    }

    pub fn help(mut self, help: Option<String>) -> Self {
        self.help = help;
        self
    }

    pub fn related(mut self, file: &SourceFile, span: Range<usize>, label: &str) -> Self {
        self.related.push(Related {
            file: file.clone(),
            span,
            label: label.into(),
        });
        self
    }

    /// The problem as rustc-style text, with ANSI colour when `color` is set.
    pub fn render(&self, color: bool) -> String {
        let renderer = if color {
            Renderer::styled()
        } else {
            Renderer::plain()
        }
        .term_width(MAX_SNIPPET_WIDTH);
        let message = text::sanitize(&self.message);
        let help = self.help.as_deref().map(text::sanitize);
        let Some(span) = self.span.clone() else {
            // No place to show: a one-line message naming the file.
            let mut out = format!(
                "{}: {}: {message}\n",
                self.severity.as_str(),
                text::sanitize(&self.file.name)
            );
            if let Some(help) = help {
                let _ = writeln!(out, "  = help: {help}");
            }
            return out;
        };
        let name = text::sanitize(&self.file.name);
        let label = self
            .label
            .as_deref()
            .map(text::sanitize)
            .unwrap_or_default();
        // Each snippet is cut from the file around its span (a few lines, each at most
        // MAX_SNIPPET_WIDTH characters), so rendering costs the same in a 25 MB file as in
        // a 1 kB one.
        // Related places a few lines away share the primary snippet, as rustc shows them;
        // farther ones get a snippet of their own.
        let primary_line = self.file.line_col(span.start).0;
        let (near, far): (Vec<&Related>, Vec<&Related>) = self.related.iter().partition(|r| {
            r.file.name == self.file.name
                && r.file.line_col(r.span.start).0.abs_diff(primary_line) <= NEAR_LINES
        });
        let near_spans: Vec<Range<usize>> = near.iter().map(|r| r.span.clone()).collect();
        let primary = Excerpt::new(&self.file, span, &near_spans);
        let mut snippet = Snippet::source(primary.text.as_str())
            .path(name.as_ref())
            .line_start(primary.first_line)
            .annotation(
                AnnotationKind::Primary
                    .span(primary.span.clone())
                    .label(label.as_ref()),
            );
        let mut others: Vec<(&Related, Excerpt, _)> = Vec::new();
        for r in near {
            match primary.translate(clamp_span(&r.file.text, r.span.clone())) {
                Some(span) => {
                    snippet = snippet
                        .annotation(AnnotationKind::Context.span(span).label(r.label.as_str()))
                }
                None => others.push((
                    r,
                    Excerpt::new(&r.file, r.span.clone(), &[]),
                    text::sanitize(&r.file.name),
                )),
            }
        }
        for r in far {
            others.push((
                r,
                Excerpt::new(&r.file, r.span.clone(), &[]),
                text::sanitize(&r.file.name),
            ));
        }
        let mut group = Group::with_title(self.severity.level().primary_title(message.as_ref()))
            .element(snippet);
        for (r, excerpt, rname) in &others {
            group = group.element(
                Snippet::source(excerpt.text.as_str())
                    .path(rname.as_ref())
                    .line_start(excerpt.first_line)
                    .annotation(
                        AnnotationKind::Context
                            .span(excerpt.span.clone())
                            .label(r.label.as_str()),
                    ),
            );
        }
        let mut report = vec![group];
        if let Some(help) = help.as_deref() {
            report.push(Group::with_title(Level::HELP.secondary_title(help)));
        }
        let mut out = renderer.render(&report);
        // A cut snippet starts mid-line, so annotate-snippets counts its column from the
        // cut: put the file's own column in its place (`--> f.toml:3:40` becomes
        // `--> f.toml:3:524012`). Places appear in the order of the snippets, after the
        // title line.
        let mut from = out.find('\n').unwrap_or(out.len());
        for (excerpt, name) in std::iter::once((&primary, &name))
            .chain(others.iter().map(|(_, excerpt, name)| (excerpt, name)))
        {
            let Some(origin) = &excerpt.origin else {
                continue;
            };
            let computed = format!("{name}:{}:{}", origin.line, origin.cut_column);
            if let Some(at) = out[from..].find(&computed).map(|i| i + from) {
                let real = format!("{name}:{}:{}", origin.line, origin.column);
                out.replace_range(at..at + computed.len(), &real);
                from = at + real.len();
            }
        }
        out.push('\n');
        out
    }
}

/// A span that lies on char boundaries inside the text and is never empty when the text
/// is not, so the caret always has something to point at.
fn clamp_span(text: &str, span: Range<usize>) -> Range<usize> {
    let start = floor_char_boundary(text, span.start.min(text.len()));
    let mut end = floor_char_boundary(text, span.end.min(text.len())).max(start);
    if end == start && start < text.len() {
        end = start + text[start..].chars().next().map_or(1, char::len_utf8);
    }
    start..end
}

/// The few lines of a file that a snippet shows, masked for display. annotate-snippets
/// cuts a long line to a window around the caret (MAX_SNIPPET_WIDTH) by itself; the
/// excerpt keeps whole lines so that it computes the right column, unless they are longer
/// than [`MAX_EXCERPT_BYTES`] together: then it keeps the problem's line alone, cut to
/// [`CUT_BYTES`] either side of the span, and gives the place itself (`origin`).
#[derive(Debug, Clone)]
struct Excerpt {
    text: String,
    /// 1-based number of the first line shown.
    first_line: usize,
    /// Where `text` starts in the file.
    offset: usize,
    /// The span, relative to `text`.
    span: Range<usize>,
    /// Where the span is, when `text` starts mid-line.
    origin: Option<CutOrigin>,
}

/// The place of a span in a snippet cut from the middle of its line.
#[derive(Debug, Clone)]
struct CutOrigin {
    line: usize,
    /// The span's column in the file.
    column: usize,
    /// Its column in the cut text, which annotate-snippets shows.
    cut_column: usize,
}

impl Excerpt {
    /// The lines of `span`, widened to take in `near` (other spans of the same file).
    fn new(file: &SourceFile, span: Range<usize>, near: &[Range<usize>]) -> Excerpt {
        let span = clamp_span(&file.text, span);
        let (mut window, mut first_line) = file.window(span.clone());
        for other in near {
            let (w, first) = file.window(clamp_span(&file.text, other.clone()));
            window = window.start.min(w.start)..window.end.max(w.end);
            first_line = first_line.min(first);
        }
        let mut origin = None;
        if window.len() > MAX_EXCERPT_BYTES {
            // One line just under 1 MiB with 100,000 problems on it: each snippet must
            // cost what a short line costs, not a pass over the whole line.
            let index = file.line_index(span.start);
            let line = file.line_range(index);
            let start = floor_char_boundary(
                &file.text,
                span.start.saturating_sub(CUT_BYTES).max(line.start),
            );
            // A long span is shown by its start.
            let span_end = span
                .end
                .clamp(span.start, line.end)
                .min(ceil_char_boundary(&file.text, span.start + CUT_BYTES));
            let end = ceil_char_boundary(&file.text, span_end.saturating_add(CUT_BYTES))
                .clamp(span_end, line.end.max(span_end));
            window = start..end;
            first_line = index + 1;
            if start > line.start {
                let (line, column) = file.line_col(span.start);
                let cut_column = file.text[start..span.start].chars().count() + 1;
                origin = Some(CutOrigin {
                    line,
                    column,
                    cut_column,
                });
            }
        }
        let text = text::mask_same_len(&file.text[window.clone()]).into_owned();
        let start = span.start - window.start;
        let end = (span.end.min(window.end) - window.start).max(start);
        Excerpt {
            text,
            first_line,
            offset: window.start,
            span: start..end,
            origin,
        }
    }

    /// `span` (in the same file) relative to this excerpt, if it lies in it.
    fn translate(&self, span: Range<usize>) -> Option<Range<usize>> {
        let end = self.offset + self.text.len();
        (span.start >= self.offset && span.end <= end && span.start <= span.end)
            .then(|| (span.start - self.offset)..(span.end - self.offset))
    }
}

/// Where a problem is, for ordering: by file, then by position.
fn position_key(d: &Diagnostic) -> (&str, Option<usize>) {
    (d.file.name.as_str(), d.span.as_ref().map(|s| s.start))
}

/// Whether `a` comes before `b` by file and position; problems of one file (the same
/// text) compare by position alone, without comparing names.
fn is_before(a: &Diagnostic, b: &Diagnostic) -> bool {
    if Arc::ptr_eq(&a.file.text, &b.file.text) && a.file.name == b.file.name {
        return a.span.as_ref().map(|s| s.start) < b.span.as_ref().map(|s| s.start);
    }
    position_key(a) < position_key(b)
}

/// Adds a problem to a file's list, keeping at most [`MAX_SHOWN`] in full, the first by
/// file and position (problems are found in key order, not in the order of the file):
/// past that, the later ones are only counted, in one tally per kind and file (with the
/// earliest place). Returns the problem if it is kept in full. A file with a million
/// problems so holds fifty and a few tallies, not a million messages.
pub fn push_bounded(list: &mut Vec<Diagnostic>, d: Diagnostic) -> Option<&mut Diagnostic> {
    let mut full = 0;
    let mut last: Option<usize> = None;
    for (i, x) in list.iter().enumerate() {
        if x.tally.is_none() {
            full += 1;
            if last.is_none_or(|l| is_before(&list[l], x)) {
                last = Some(i);
            }
        }
    }
    let d = match last {
        _ if full < MAX_SHOWN => d,
        // Earlier than the last one kept: kept in its place, which is counted.
        Some(l) if is_before(&d, &list[l]) => {
            let evicted = list.remove(l);
            add_to_tally(list, evicted);
            d
        }
        _ => {
            add_to_tally(list, d);
            return None;
        }
    };
    list.push(d);
    list.last_mut()
}

/// Counts a problem in its kind's tally (made on first use).
pub fn add_to_tally(list: &mut Vec<Diagnostic>, d: Diagnostic) {
    let n = d.count();
    match list
        .iter_mut()
        .find(|x| x.tally.is_some() && x.kind == d.kind && x.file.name == d.file.name)
    {
        Some(t) => {
            t.tally = Some(t.count() + n);
            if is_before(&d, t) {
                t.span = d.span;
            }
        }
        None => list.push(Diagnostic {
            message: String::new(),
            label: None,
            help: None,
            related: Vec::new(),
            tally: Some(n),
            ..d
        }),
    }
}

/// How many problems a list stands for (tallies count their problems).
pub fn count(diags: &[Diagnostic]) -> usize {
    diags.iter().map(Diagnostic::count).sum()
}

/// Writes a list of problems: the first [`MAX_SHOWN`] by file and position in full, one
/// at a time; then the rest as a count by kind with the place where each kind starts;
/// then the total. Memory and time depend on the problems shown, not on how many there
/// are.
pub fn write_all(
    diags: &[Diagnostic],
    color: bool,
    out: &mut dyn std::io::Write,
) -> std::io::Result<()> {
    write_all_ending(diags, color, out, Some("nothing was evaluated"))
}

/// [`write_all`], its last line ending with `not_done` (what the command did not do:
/// "no draft was written"), or with the count alone for `None`.
pub fn write_all_ending(
    diags: &[Diagnostic],
    color: bool,
    out: &mut dyn std::io::Write,
    not_done: Option<&str>,
) -> std::io::Result<()> {
    let mut full: Vec<&Diagnostic> = diags.iter().filter(|d| d.tally.is_none()).collect();
    full.sort_by(|a, b| position_key(a).cmp(&position_key(b)));
    let shown = full.len().min(MAX_SHOWN);
    for d in &full[..shown] {
        out.write_all(d.render(color).as_bytes())?;
        out.write_all(b"\n")?;
    }
    // The rest, by kind: how many, and the first (by file and position).
    let mut rest: BTreeMap<Kind, (usize, &Diagnostic)> = BTreeMap::new();
    for d in full[shown..]
        .iter()
        .copied()
        .chain(diags.iter().filter(|d| d.tally.is_some()))
    {
        let entry = rest.entry(d.kind).or_insert((0, d));
        entry.0 += d.count();
        if position_key(d) < position_key(entry.1) {
            entry.1 = d;
        }
    }
    let total = count(diags);
    if !rest.is_empty() {
        let more: usize = rest.values().map(|(n, _)| n).sum();
        let mut kinds: Vec<(Kind, usize, &Diagnostic)> =
            rest.into_iter().map(|(k, (n, d))| (k, n, d)).collect();
        kinds.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        let mut text = format!(
            "error: … and {more} more problem{} not shown, by kind:\n",
            if more == 1 { "" } else { "s" }
        );
        for (kind, n, first) in kinds {
            let _ = writeln!(
                text,
                "  = {n} × {} [{}], the first at {}",
                kind.title(),
                kind.code(),
                first.place()
            );
        }
        text.push('\n');
        out.write_all(text.as_bytes())?;
    }
    writeln!(
        out,
        "error: {total} problem{} found{}",
        if total == 1 { "" } else { "s" },
        not_done.map(|n| format!("; {n}")).unwrap_or_default()
    )
}

/// [`write_all`] into a string.
pub fn render_all(diags: &[Diagnostic], color: bool) -> String {
    let mut out = Vec::new();
    write_all(diags, color, &mut out).expect("writing to a Vec cannot fail");
    String::from_utf8(out).expect("rendered text is UTF-8")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_and_column_count_characters() {
        let f = SourceFile::new("a.toml", "x = 1\nname = \"基站\"\n");
        assert_eq!(f.line_col(0), (1, 1));
        assert_eq!(f.line_col(6), (2, 1));
        let pos = f.text.find('站').unwrap();
        assert_eq!(f.line_col(pos), (2, 10));
    }

    #[test]
    fn renders_snippet_with_caret_and_help() {
        let f = SourceFile::new("s.toml", "version = 1\ndealine = 2\n");
        let d = Diagnostic::new(&f, Some(12..19), "unknown key `dealine`")
            .label("unknown key")
            .help(Some("did you mean `deadline`?".into()));
        let out = d.render(false);
        assert!(out.contains("error: unknown key `dealine`"), "{out}");
        assert!(out.contains("s.toml:2:1"), "{out}");
        assert!(out.contains("^^^^^^^"), "{out}");
        assert!(out.contains("help: did you mean `deadline`?"), "{out}");
    }

    #[test]
    fn control_characters_never_reach_the_output() {
        let f = SourceFile::new("e\u{1b}.toml", "id = \"a\u{1b}[2Jb\"\n");
        let d = Diagnostic::new(&f, Some(5..13), "bad \u{7} id").label("here");
        let out = d.render(false);
        assert!(!out.contains('\u{1b}') && !out.contains('\u{7}'), "{out:?}");
    }

    /// A problem in the middle of a line of `filler` bytes on each side.
    fn on_a_long_line(filler: &str) -> (String, Diagnostic) {
        let text = format!("as_of = 1\nsource = \"{filler}\" oops \"{filler}\"\n");
        let f = SourceFile::new("a.toml", text.clone());
        let at = text.find("oops").unwrap();
        let d = Diagnostic::new(&f, Some(at..at + 4), "bad").label("here");
        (d.render(false), d)
    }

    #[test]
    fn a_long_line_is_cut_before_rendering_and_keeps_its_column() {
        // 2 × 1000 bytes: rendered whole; 2 × 200,000: cut to a window first. The two
        // look the same but for the column, which is the file's own.
        let (whole, _) = on_a_long_line(&"y".repeat(1000));
        let (cut, _) = on_a_long_line(&"y".repeat(200_000));
        assert!(whole.contains("--> a.toml:2:1013"), "{whole}");
        assert!(cut.contains("--> a.toml:2:200013"), "{cut}");
        assert_eq!(cut.replace("200013", "1013"), whole);
        // Wide characters: cut on character boundaries, columns in characters.
        let (cut, _) = on_a_long_line(&"基站".repeat(40_000));
        assert!(cut.contains("--> a.toml:2:80013"), "{cut}");
        assert!(cut.lines().all(|l| l.chars().count() <= 200), "{cut}");
    }

    #[test]
    fn problems_past_the_first_fifty_are_counted_by_kind() {
        let f = SourceFile::new("a.toml", "x\n".repeat(1000));
        let mut list = Vec::new();
        for i in 0..1000 {
            let kind = if i % 10 == 9 {
                Kind::UnknownKey
            } else {
                Kind::InvalidToml
            };
            let d = Diagnostic::new(&f, Some(2 * i..2 * i + 1), format!("problem {i}")).kind(kind);
            let kept = push_bounded(&mut list, d).is_some();
            assert_eq!(kept, i < MAX_SHOWN);
        }
        // Fifty in full, one tally per kind.
        assert_eq!(list.len(), MAX_SHOWN + 2);
        assert_eq!(count(&list), 1000);
        let out = render_all(&list, false);
        assert_eq!(
            out.matches("\nerror: problem").count() + 1,
            MAX_SHOWN,
            "{out}"
        );
        assert!(out.contains("error: problem 49\n"), "{out}");
        assert!(!out.contains("problem 50"), "{out}");
        assert!(
            out.contains("error: … and 950 more problems not shown, by kind:\n"),
            "{out}"
        );
        assert!(
            out.contains("  = 855 × invalid TOML [P0101], the first at a.toml:51:1\n"),
            "{out}"
        );
        assert!(
            out.contains("  = 95 × unknown key [P0201], the first at a.toml:60:1\n"),
            "{out}"
        );
        assert!(out.ends_with("error: 1000 problems found; nothing was evaluated\n"));
    }

    #[test]
    fn kinds_have_distinct_codes() {
        let mut codes: Vec<&str> = Kind::ALL.iter().map(|k| k.code()).collect();
        codes.sort();
        codes.dedup();
        assert_eq!(codes.len(), Kind::ALL.len());
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(200))]

        /// Any text, any spans (past the end, reversed, inside a character), any number of
        /// problems: rendering never panics, shows at most fifty in full, counts them all,
        /// and each line stays short however long the file's lines are.
        #[test]
        fn rendering_is_total_and_bounded(
            body in "(?s).{0,40}",
            repeat in 1usize..3000,
            spans in proptest::collection::vec((0usize..200_000, 0usize..200_000), 1..120),
            words in "(?s).{0,30}",
        ) {
            let text = body.repeat(repeat);
            let file = SourceFile::new("p.toml", text.as_str());
            let mut list = Vec::new();
            for (i, &(a, b)) in spans.iter().enumerate() {
                let mut d = Diagnostic::new(&file, Some(a..b), words.as_str())
                    .kind(Kind::ALL[i % Kind::ALL.len()])
                    .label(words.as_str())
                    .help(Some(words.clone()));
                if i % 3 == 0 {
                    d = d.related(&file, b..a, "other");
                }
                push_bounded(&mut list, d);
            }
            proptest::prop_assert_eq!(count(&list), spans.len());
            let out = render_all(&list, false);
            proptest::prop_assert!(out.matches("\n --> ").count() + out.matches("\n  --> ").count()
                + out.matches("\n   --> ").count() <= MAX_SHOWN);
            // Lines of the snippets: cut to a window (the title and help hold `words`,
            // escaped at most ten bytes a byte). annotate-snippets cuts a line to 140
            // columns, which zero-width characters do not fill: the cut before it bounds
            // the bytes.
            let longest = out.lines().map(str::len).max().unwrap_or(0);
            let bound = MAX_EXCERPT_BYTES + 2 * CUT_BYTES + 200 + 10 * words.len();
            proptest::prop_assert!(longest <= bound, "{longest}");
            let total = format!(
                "error: {} problem{} found; nothing was evaluated\n",
                spans.len(),
                if spans.len() == 1 { "" } else { "s" }
            );
            proptest::prop_assert!(out.ends_with(&total), "{}", out);
        }
    }
}
