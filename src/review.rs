//! The review notes a draft spec still holds: the `# review: …` comments `progress
//! extract` writes where a person must decide (docs/extract.md). A draft is valid TOML,
//! so the notes are no problem of the spec; `progress validate` warns while any remain.

use std::ops::Range;

use toml_parser::lexer::TokenKind;

use crate::diagnostic::{Diagnostic, Severity, SourceFile};

/// What a review note's comment starts with, after the `#` and any spaces.
const MARK: &str = "review:";

/// The byte ranges of the review notes of `text`, in order: its comments (found by the
/// TOML lexer, so a `# review:` inside a string is none) whose text starts with
/// `review:`.
pub fn notes(text: &str) -> Vec<Range<usize>> {
    toml_parser::Source::new(text)
        .lex()
        .filter(|t| t.kind() == TokenKind::Comment)
        .map(|t| t.span().start()..t.span().end())
        .filter(|span| {
            text.get(span.clone())
                .and_then(|c| c.strip_prefix('#'))
                .is_some_and(|c| c.trim_start().starts_with(MARK))
        })
        .collect()
}

/// A warning pointing at the first review note of `file`, saying how many remain; `None`
/// when none does.
pub fn warning(file: &SourceFile) -> Option<Diagnostic> {
    let notes = notes(&file.text);
    let first = notes.first()?.clone();
    let n = notes.len();
    let mut d = Diagnostic::new(
        file,
        Some(first),
        format!(
            "{n} review note{} left: the spec is a draft that still needs a person's decisions",
            if n == 1 { "" } else { "s" }
        ),
    )
    .label(if n == 1 {
        "the review note"
    } else {
        "the first of them"
    })
    .help(Some(
        "decide each `# review:` line (edit the field it is about), then delete the line".into(),
    ));
    d.severity = Severity::Warning;
    Some(d)
}

#[cfg(test)]
mod tests {
    use super::notes;

    #[test]
    fn only_comments_that_start_with_review_are_notes() {
        let text = "# Lines marked `# review:` need a decision\nversion = 1\n\
                    #  review: baseline read nearby\nquote = \"# review: not a comment\"\n\
                    value = 5 # review: missing tolerance\n# reviewed\n";
        let found: Vec<&str> = notes(text).into_iter().map(|r| &text[r]).collect();
        assert_eq!(
            found,
            [
                "#  review: baseline read nearby",
                "# review: missing tolerance"
            ]
        );
    }
}
