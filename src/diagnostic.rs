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
use std::sync::Arc;

use annotate_snippets::{AnnotationKind, Group, Level, Renderer, Snippet};

use crate::text;

/// A file as read, kept so that problems can show the offending line.
#[derive(Debug, Clone)]
pub struct SourceFile {
    /// How the file is named in messages (the path as given, or `<built-in>/…`).
    pub name: String,
    pub text: Arc<str>,
}

impl SourceFile {
    pub fn new(name: impl Into<String>, text: impl Into<Arc<str>>) -> Self {
        SourceFile {
            name: name.into(),
            text: text.into(),
        }
    }

    /// 1-based line and column (in characters) of a byte offset.
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        let offset = floor_char_boundary(&self.text, offset.min(self.text.len()));
        let before = &self.text[..offset];
        let line = before.matches('\n').count() + 1;
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let col = self.text[line_start..offset].chars().count() + 1;
        (line, col)
    }
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

    /// `file:line:col`, or just the file name for whole-file problems.
    pub fn location(&self) -> String {
        let name = text::sanitize(&self.file.name);
        match &self.span {
            Some(span) => {
                let (line, col) = self.file.line_col(span.start);
                format!("{name}:{line}:{col}")
            }
            None => name.into_owned(),
        }
    }

    /// The problem as rustc-style text, with ANSI colour when `color` is set.
    pub fn render(&self, color: bool) -> String {
        let renderer = if color {
            Renderer::styled()
        } else {
            Renderer::plain()
        };
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
        let source = text::mask_same_len(&self.file.text);
        let name = text::sanitize(&self.file.name);
        let span = clamp_span(&source, span);
        let label = self
            .label
            .as_deref()
            .map(text::sanitize)
            .unwrap_or_default();
        let mut snippet = Snippet::source(source.as_ref())
            .path(name.as_ref())
            .annotation(AnnotationKind::Primary.span(span).label(label.as_ref()));
        let mut others = Vec::new();
        for r in &self.related {
            let rspan = clamp_span(&r.file.text, r.span.clone());
            if r.file.name == self.file.name {
                snippet =
                    snippet.annotation(AnnotationKind::Context.span(rspan).label(r.label.as_str()));
            } else {
                others.push((r, rspan));
            }
        }
        let masked: Vec<_> = others
            .iter()
            .map(|(r, _)| text::mask_same_len(&r.file.text))
            .collect();
        let names: Vec<_> = others
            .iter()
            .map(|(r, _)| text::sanitize(&r.file.name))
            .collect();
        let mut group = Level::ERROR
            .primary_title(message.as_ref())
            .element(snippet);
        for (i, (r, rspan)) in others.iter().enumerate() {
            group = group.element(
                Snippet::source(masked[i].as_ref())
                    .path(names[i].as_ref())
                    .annotation(
                        AnnotationKind::Context
                            .span(rspan.clone())
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
