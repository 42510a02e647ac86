//! A GitHub-flavoured Markdown table with the summary line, for `$GITHUB_STEP_SUMMARY`
//! and pull-request comments. Every cell is escaped so text from the input files cannot
//! end a cell, open a link (nor become one: bare web and e-mail addresses), mention
//! someone or inject HTML.

use crate::export::rows::{self, Row};
use crate::export::{ExportOptions, Exporter};
use crate::report::Report;
use crate::text::sanitize;

pub struct MarkdownExporter;

const HEADER: [&str; 8] = [
    "Target", "Goal", "Actual", "Gap", "Progress", "Pace", "Deadline", "Status",
];
/// Column alignments: figures to the right.
const ALIGN: [&str; 8] = [":--", ":--", "--:", "--:", "--:", "--:", ":--", ":--"];

impl Exporter for MarkdownExporter {
    fn render(&self, report: &Report, options: &ExportOptions) -> String {
        let rows = rows::rows(report, options);
        let with_group = rows.iter().any(|r| r.group.is_some());

        let mut out = String::from("### ");
        if let Some(title) = &report.title {
            out.push_str(&escape(&sanitize(title)));
            out.push_str(" — ");
        }
        out.push_str(&escape(&rows::as_of_text(report.as_of)));
        out.push_str("\n\n");
        let verdict = if report.failed() { "✗" } else { "✓" };
        out.push_str(&format!(
            "**{verdict} {}**\n\n",
            escape(&rows::summary_line(report))
        ));
        for t in &report.targets {
            if let Some(panel) = rows::panel_line(t, options) {
                out.push_str(&format!("- {}\n", escape(&panel)));
            }
        }
        if report.targets.iter().any(|t| t.panel.is_some()) {
            out.push('\n');
        }
        let breakdown = rows::breakdown_lines(report);
        if let Some((head, keys)) = breakdown.split_first() {
            out.push_str(&format!("{}\n\n", escape(head)));
            for k in keys {
                out.push_str(&format!("- {}\n", escape(k.trim_start())));
            }
            out.push('\n');
        }
        // Class and owner columns when some target has one (a plan's table).
        let with_class = rows.iter().any(|r| r.target.class.is_some());
        let with_owner = rows.iter().any(|r| !r.target.owners.is_empty());

        let mut header: Vec<&str> = HEADER.to_vec();
        let mut align: Vec<&str> = ALIGN.to_vec();
        if with_group {
            header.insert(1, "Group");
            align.insert(1, ":--");
        }
        let extra = usize::from(with_group) + 1;
        if with_owner {
            header.insert(extra, "Owner");
            align.insert(extra, ":--");
        }
        if with_class {
            header.insert(extra, "Class");
            align.insert(extra, ":--");
        }
        line(&mut out, header.iter().map(|h| h.to_string()));
        line(&mut out, align.iter().map(|a| a.to_string()));
        for row in &rows {
            let mut cells = cells(row, with_group);
            let extra = usize::from(with_group) + 1;
            if with_owner {
                cells.insert(extra, rows::owners_text(row.target));
            }
            if with_class {
                cells.insert(
                    extra,
                    row.target
                        .class
                        .map(|c| c.as_str())
                        .unwrap_or_default()
                        .to_string(),
                );
            }
            line(&mut out, cells.iter().map(|c| escape(c)));
        }
        // Series (figures without a goal) after the targets, in a table of their own.
        let series = rows::series_rows(report, options);
        if !series.is_empty() {
            out.push('\n');
            line(
                &mut out,
                ["Series", "Actual", "As of", "Note"]
                    .map(String::from)
                    .into_iter(),
            );
            line(
                &mut out,
                [":--", "--:", ":--", ":--"].map(String::from).into_iter(),
            );
            for s in &series {
                line(
                    &mut out,
                    [&s.name, &s.actual, &s.as_of, &s.note]
                        .into_iter()
                        .map(|c| escape(c)),
                );
            }
        }
        out
    }
}

fn cells(row: &Row, with_group: bool) -> Vec<String> {
    let mut cells = vec![
        row.cells.name.clone(),
        row.cells.goal.clone(),
        row.cells.actual.clone(),
        row.cells.gap.clone(),
        row.cells.progress.clone(),
        row.cells.pace.clone(),
        row.cells.deadline.clone(),
        row.cells.status_text.clone(),
    ];
    if with_group {
        cells.insert(1, row.group.clone().unwrap_or_default());
    }
    cells
}

fn line(out: &mut String, cells: impl Iterator<Item = String>) {
    out.push('|');
    for cell in cells {
        out.push(' ');
        out.push_str(&cell);
        out.push_str(" |");
    }
    out.push('\n');
}

/// One table cell of inert text: Markdown punctuation is backslash-escaped (CommonMark
/// lets any ASCII punctuation be escaped), so `|` cannot end the cell, `<` cannot open
/// HTML, `[` a link (nor `![` an image), `*` `_` `~` emphasis, `` ` `` code, `&` an entity.
/// (`>` and `#` only matter at the start of a line, never in a cell.)
///
/// GitHub also makes links of bare addresses (the GFM autolink extension). It finds
/// `http://…`, `https://…`, `ftp://…` and `www.…` while reading the raw text, so an
/// escaped `\:` in `://` and an escaped `\.` after `www` stop them. E-mail addresses
/// (`a@b.com`, `mailto:…`, `xmpp:…`), and `@name` mentions, are found afterwards in the
/// text with its escapes resolved, where no escape can stop them: `@` is written as the
/// full-width `＠` (U+FF20), which reads the same and is neither.
///
/// Line breaks, which would end the table, become spaces (text from the input files has
/// none left after `text::sanitize`; this keeps the table whole whatever it is given).
pub fn escape(cell: &str) -> String {
    let mut out = String::with_capacity(cell.len());
    let mut rest = cell;
    while let Some(c) = rest.chars().next() {
        let after = &rest[c.len_utf8()..];
        match c {
            '\\' | '|' | '<' | '[' | ']' | '*' | '_' | '~' | '`' | '&' => {
                out.push('\\');
                out.push(c);
            }
            '@' => out.push('＠'),
            ':' if after.starts_with("//") => out.push_str("\\:"),
            '.' if out.len() >= 3
                && out.as_bytes()[out.len() - 3..].eq_ignore_ascii_case(b"www") =>
            {
                out.push_str("\\.")
            }
            '\n' | '\r' => out.push(' '),
            c if crate::text::is_unsafe(c) => out.push_str(&format!("\\\\u{{{:x}}}", c as u32)),
            c => out.push(c),
        }
        rest = after;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::escape;

    #[test]
    fn cells_cannot_break_out() {
        assert_eq!(escape("a|b"), "a\\|b");
        assert_eq!(escape("<script>"), "\\<script>");
        assert_eq!(escape("[x](http://e)"), "\\[x\\](http\\://e)");
        assert_eq!(escape("@team *bold* `c`"), "＠team \\*bold\\* \\`c\\`");
        assert_eq!(escape("line\nbreak"), "line break");
        assert_eq!(escape("\\u{1b}"), "\\\\u{1b}");
        assert_eq!(escape("≥ 11,812 个"), "≥ 11,812 个");
    }

    #[test]
    fn bare_addresses_do_not_become_links() {
        assert_eq!(
            escape("see https://e.com, ftp://f.org or WWW.e.com"),
            "see https\\://e.com, ftp\\://f.org or WWW\\.e.com"
        );
        assert_eq!(escape("mailto:a@b.com"), "mailto:a＠b.com");
        // Colons and dots elsewhere stay as they are.
        assert_eq!(escape("12:30 v1.2 wwwx.y 基站."), "12:30 v1.2 wwwx.y 基站.");
    }
}
