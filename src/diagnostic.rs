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

/// A related place at most this many lines from the problem shares its snippet.
const NEAR_LINES: usize = 20;

/// A snippet shows at most this many lines of a multi-line span.
const MAX_SNIPPET_LINES: usize = 8;

/// A snippet line longer than this many columns is cut to a window around the caret.
const MAX_SNIPPET_WIDTH: usize = 140;

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
}

impl Diagnostic {
    pub fn new(file: &SourceFile, span: Option<Range<usize>>, message: impl Into<String>) -> Self {
        Diagnostic {
            file: file.clone(),
            span,
            message: message.into(),
            label: None,
            help: None,
            related: Vec::new(),
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
            let mut out = format!("error: {}: {message}\n", text::sanitize(&self.file.name));
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
        let mut group = Level::ERROR
            .primary_title(message.as_ref())
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
/// excerpt keeps whole lines so that it computes the right column.
#[derive(Debug, Clone)]
struct Excerpt {
    text: String,
    /// 1-based number of the first line shown.
    first_line: usize,
    /// Where `text` starts in the file.
    offset: usize,
    /// The span, relative to `text`.
    span: Range<usize>,
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
        let text = text::mask_same_len(&file.text[window.clone()]).into_owned();
        let start = span.start - window.start;
        let end = (span.end.min(window.end) - window.start).max(start);
        Excerpt {
            text,
            first_line,
            offset: window.start,
            span: start..end,
        }
    }

    /// `span` (in the same file) relative to this excerpt, if it lies in it.
    fn translate(&self, span: Range<usize>) -> Option<Range<usize>> {
        let end = self.offset + self.text.len();
        (span.start >= self.offset && span.end <= end && span.start <= span.end)
            .then(|| (span.start - self.offset)..(span.end - self.offset))
    }
}

/// Renders a list of problems, sorted by file and position, followed by a count.
pub fn render_all(diags: &[Diagnostic], color: bool) -> String {
    let mut sorted: Vec<&Diagnostic> = diags.iter().collect();
    sorted.sort_by(|a, b| {
        (a.file.name.as_str(), a.span.as_ref().map(|s| s.start))
            .cmp(&(b.file.name.as_str(), b.span.as_ref().map(|s| s.start)))
    });
    let mut out = String::new();
    for d in &sorted {
        out.push_str(&d.render(color));
        out.push('\n');
    }
    let n = diags.len();
    let _ = writeln!(
        out,
        "error: {n} problem{} found; nothing was evaluated",
        if n == 1 { "" } else { "s" }
    );
    out
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
}
