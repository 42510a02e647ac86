//! Tables copied out of a Word / WPS document with their borders: box-drawing characters
//! (`┌─┬─┐`, `│ … │ … │`, `├─┼─┤`, `└─┴─┘`) or ASCII pipes (a Markdown-like table,
//! `| … | … |` with a `|---|---|` rule, or `+----+----+`). Borders are separators, never
//! content: each bordered line becomes its cells joined by tabs, and rule lines become
//! blank lines, so the table reader reads such a table as it reads one pasted with tabs.
//!
//! Rows: where rules separate the rows (a rule between most rows, as a Word table with all
//! borders prints), the lines between two rules are one row and a cell wrapped over them
//! is joined cell by cell (`市工业和信息化局、` + `市科技局`). Where the only rule is under
//! the header (a Markdown table), each line is a row, and a line that opens with an empty
//! cell and holds no figure is the rest of the row above, joined cell by cell.

use super::{ocr, year_cell};
use std::borrow::Cow;

/// The text's lines with bordered tables made plain, and the ranges of lines each bordered
/// block covers (to mark a block's rules as table lines when the block is read as a
/// table).
pub struct Unboxed<'a> {
    pub lines: Vec<Cow<'a, str>>,
    pub blocks: Vec<std::ops::Range<usize>>,
}

/// A vertical border: `│`, `┃`, `║`, `|`, `｜`.
fn is_bar(c: char) -> bool {
    matches!(c, '│' | '┃' | '║' | '|' | '｜')
}

/// A rule line: box-drawing characters only (`├──┼──┤`), a rule beside a merged cell
/// (`│设施├──┼──┤`), or an ASCII rule opening with `|`
/// or `+` (`|---|:---:|`, `+----+----+`) with a run of three dashes or more.
fn is_rule(line: &str) -> bool {
    let t = line.trim_matches(|c: char| c.is_whitespace() || c == '\u{3000}');
    if t.is_empty() {
        return false;
    }
    let boxed = t
        .chars()
        .all(|c| ('\u{2500}'..='\u{257f}').contains(&c) || c == ' ')
        && t.chars().filter(|c| matches!(c, '─' | '━' | '═')).count() >= 3;
    let ascii =
        t.contains(['|', '+']) && t.chars().all(|c| "|+-=: ".contains(c)) && t.contains("---");
    // A rule beside a cell merged over several rows (`│设施├──────┼────┤`): the merged
    // cell's words are its category, not a row.
    let beside_merged = ["───", "━━━", "═══"].iter().any(|r| t.contains(r))
        && t.contains(['├', '┼', '┤', '╠', '╬', '╣', '┣', '╋', '┫']);
    boxed || ascii || beside_merged
}

/// The cells of a bordered content line (`│ 1 │ 名称 │ 亿元 │`): the line opens and closes
/// with a border (one cell: a row spanning the table, `│ 一、设施网络 │`), or (a Markdown
/// table written without its outer pipes, `序号 | 指标 | 2025年`) has at least three; each
/// cell trimmed, a web page's `<br>` and `&nbsp;` in it read (`web_cell`).
fn cells(line: &str) -> Option<Vec<String>> {
    let t = line.trim_matches(|c: char| c.is_whitespace() || c == '\u{3000}');
    let (open, close) = (t.starts_with(is_bar), t.ends_with(is_bar));
    let inner = t.strip_prefix(is_bar).unwrap_or(t);
    let inner = inner.strip_suffix(is_bar).unwrap_or(inner);
    if !t.contains(is_bar) || (!(open && close) && inner.matches(is_bar).count() < 2) {
        return None;
    }
    let cs: Vec<String> = inner
        .split(is_bar)
        .map(|c| {
            let c = c.trim_matches(|c: char| c.is_whitespace() || c == '\u{3000}');
            super::web_cell::clean(c).into_owned()
        })
        .collect();
    // One cell between the outer borders: a row spanning the table (a category, a note).
    (cs.len() >= 2 || (open && close && cs.iter().any(|c| !c.is_empty()))).then_some(cs)
}

/// A line that continues the row above in a table with no rules between rows: its first
/// cell is empty and no cell holds a figure (`|  |  |  | 功能区管委会 |`).
fn continues(cs: &[String]) -> bool {
    cs.first().is_some_and(|c| c.is_empty())
        && cs.iter().any(|c| !c.is_empty())
        && !cs.iter().any(|c| !c.is_empty() && ocr::is_value(c))
}

/// A run of `|`-separated lines with no rule (a table exported from a system or copied from
/// a web page, `指标|单位|全年目标|1-9月完成`): at least three lines, each of the same number of
/// cells (three or more), and at least two of them holding a figure after their first cell.
fn ruleless_table(block: &[&str]) -> bool {
    if block.len() < 3 {
        return false;
    }
    let rows: Vec<Vec<String>> = block.iter().filter_map(|l| cells(l)).collect();
    let width = rows.first().map_or(0, Vec::len);
    let with_figures = rows
        .iter()
        .filter(|cs| cs.iter().skip(1).any(|c| ocr::is_value(c)))
        .count();
    rows.len() == block.len()
        && width >= 3
        && rows.iter().all(|cs| cs.len() == width)
        && with_figures >= 2
}

/// A header's second row: its first cell empty, at least two years (`2027年`), every other
/// cell empty or a short word with no figure.
fn header_row_below(cs: &[String]) -> bool {
    let years = cs.iter().filter(|c| year_cell(c).is_some()).count();
    cs.first().is_some_and(|c| c.is_empty())
        && years >= 2
        && cs.iter().all(|c| {
            c.is_empty()
                || year_cell(c).is_some()
                || (c.chars().count() <= 6 && !c.chars().any(|ch| ch.is_ascii_digit()))
        })
}

/// `row` with `more` joined to it cell by cell (a cell wrapped over two bordered lines).
fn join(row: &mut [String], more: &[String]) {
    for (a, b) in row.iter_mut().zip(more) {
        a.push_str(b);
    }
}

/// A reader that, refusing a run, says the line it reached (`Err(next)`): not tried again
/// from a line before that one (`from`), so each line is read by it at most once.
fn past_refusal<T>(
    i: usize,
    from: &mut usize,
    read: impl FnOnce() -> Result<T, usize>,
) -> Option<T> {
    if i < *from {
        return None;
    }
    read().map_err(|next| *from = next).ok()
}

/// Make the bordered tables of `lines` plain (see the module's doc). Lines outside such
/// tables are kept as they are; one output line per input line.
pub fn unbox<'a>(lines: &[&'a str]) -> Unboxed<'a> {
    let mut out: Vec<Cow<'a, str>> = Vec::with_capacity(lines.len());
    let mut blocks = Vec::new();
    let mut i = 0;
    // The line before which no run of indicator cards can open (a refused run is not
    // tried again from a line inside it).
    let mut cards_from = 0;
    // The same for a tab-separated table with quoted cells (`tsv_quoted`).
    let mut quoted_from = 0;
    while i < lines.len() {
        let start = i;
        // A pipe table whose cells wrapped at a fixed width (`pipe_wrap`), a table pasted
        // as CSV (`csv`), or a run of indicator cards (`records`): each row one
        // tab-separated line where it opens, its other lines
        // blank.
        if let Some((rows, end)) = super::pipe_wrap::rows(lines, i)
            .or_else(|| super::csv::rows(lines, i))
            .or_else(|| past_refusal(i, &mut quoted_from, || super::tsv_quoted::rows(lines, i)))
            .or_else(|| past_refusal(i, &mut cards_from, || super::records::rows(lines, i)))
        {
            out.extend(lines[i..end].iter().map(|_| Cow::Borrowed("")));
            // (An indicator card's header may stand on the heading line before it.)
            let first = rows.first().map_or(start, |(at, _)| (*at).min(start));
            for (at, cs) in rows {
                out[at] = Cow::Owned(cs.join("\t"));
            }
            blocks.push(first..end);
            i = end;
            continue;
        }
        // A block: consecutive rule and content lines (a content line alone is no table).
        while i < lines.len() && (is_rule(lines[i]) || cells(lines[i]).is_some()) {
            i += 1;
        }
        let block = &lines[start..i];
        let contents = block.iter().filter(|l| !is_rule(l)).count();
        if contents < 2 || (block.iter().all(|l| !is_rule(l)) && !ruleless_table(block)) {
            // Not a bordered table (two lines with a pipe at each end and no rule): as is.
            out.extend(block.iter().map(|l| Cow::Borrowed(*l)));
            if i == start {
                out.push(Cow::Borrowed(lines[i]));
                i += 1;
            }
            continue;
        }
        // Rules between content lines (not counting the outer ones): a rule under each row.
        let first = block.iter().position(|l| !is_rule(l)).unwrap_or(0);
        let last = block.iter().rposition(|l| !is_rule(l)).unwrap_or(0);
        let inner_rules = block[first..last].iter().filter(|l| is_rule(l)).count();
        let grouped = inner_rules >= 2;
        // The row being built: its first line (where it is written) and its cells.
        let mut row: Option<(usize, Vec<String>)> = None;
        let flush = |out: &mut Vec<Cow<'a, str>>, row: &mut Option<(usize, Vec<String>)>| {
            if let Some((at, cs)) = row.take() {
                out[at] = Cow::Owned(cs.join("\t"));
            }
        };
        // A header's second row printed under the rule (Markdown allows one header row, so a
        // merged header `目标值` over `2027年  2030年` comes out as a row of years below the
        // rule): put in the rule's place, right under the first row, where a two-line
        // header is read (`group`).
        let second_header =
            (first + 2 < block.len() && is_rule(block[first + 1]) && !is_rule(block[first + 2]))
                .then(|| cells(block[first + 2]))
                .flatten()
                .filter(|cs| {
                    cells(block[first]).is_some_and(|h| h.len() == cs.len()) && header_row_below(cs)
                });
        for (k, l) in block.iter().enumerate() {
            out.push(Cow::Borrowed(""));
            let at = start + k;
            if let Some(years) = &second_header {
                if k == first + 1 {
                    flush(&mut out, &mut row);
                    out[at] = Cow::Owned(years.join("\t"));
                    continue;
                }
                if k == first + 2 {
                    continue;
                }
            }
            let Some(cs) = cells(l).filter(|_| !is_rule(l)) else {
                // A rule: ends the row in a table whose rows are ruled off.
                flush(&mut out, &mut row);
                continue;
            };
            let joins = match &row {
                Some((_, r)) if r.len() == cs.len() => grouped || continues(&cs),
                _ => false,
            };
            if joins {
                if let Some((_, r)) = &mut row {
                    join(r, &cs);
                }
            } else {
                flush(&mut out, &mut row);
                row = Some((at, cs));
            }
        }
        flush(&mut out, &mut row);
        blocks.push(start..i);
    }
    Unboxed { lines: out, blocks }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_markdown_header_row_under_the_rule_moves_up_under_the_first() {
        let text = "| 指标 | 单位 | 2025年 | 目标值 | | 责任单位 |\n| --- | --- | --- | --- | --- | --- |\n| | | | 2027年 | 2030年 | |\n| 社区医院数量 | 家 | 18 | 24 | 32 | 市卫生健康委 |\n";
        let lines: Vec<&str> = text.lines().collect();
        let u = unbox(&lines);
        assert_eq!(u.lines[0], "指标\t单位\t2025年\t目标值\t\t责任单位");
        assert_eq!(u.lines[1], "\t\t\t2027年\t2030年\t");
        assert_eq!(u.lines[2], "");
        assert_eq!(u.lines[3], "社区医院数量\t家\t18\t24\t32\t市卫生健康委");
    }

    #[test]
    fn box_drawn_rows_are_tab_rows_and_wrapped_cells_join() {
        let text = "┌──┬────┬──┐\n│序号│指标名称│单位│\n├──┼────┼──┤\n│ 1 │ 数字化改造 │ % │\n│   │ 覆盖率     │   │\n├──┼────┼──┤\n│ 2 │ 5G基站数 │ 万个 │\n└──┴────┴──┘\n";
        let lines: Vec<&str> = text.lines().collect();
        let u = unbox(&lines);
        assert_eq!(u.lines.len(), lines.len());
        assert_eq!(u.lines[1], "序号\t指标名称\t单位");
        assert_eq!(u.lines[3], "1\t数字化改造覆盖率\t%");
        assert_eq!(u.lines[4], "");
        assert_eq!(u.lines[6], "2\t5G基站数\t万个");
        assert_eq!(u.blocks, vec![0..8]);
    }

    #[test]
    fn a_markdown_table_keeps_a_row_per_line_but_joins_a_continuation() {
        let text = "前言\n| 序号 | 指标 | 2025年 |\n|---|---|---|\n| 1 | 上云率 | 80 |\n|  | （%） |  |\n| 2 | 平台 | 3 |\n- 3 -\n";
        let lines: Vec<&str> = text.lines().collect();
        let u = unbox(&lines);
        assert_eq!(u.lines[0], "前言");
        assert_eq!(u.lines[3], "1\t上云率（%）\t80");
        assert_eq!(u.lines[5], "2\t平台\t3");
        assert_eq!(u.lines[6], "- 3 -");
    }

    #[test]
    fn a_markdown_table_without_outer_pipes_is_read() {
        let lines = [
            "指标 | 2020年 | 2025年",
            "---|---|---",
            "森林覆盖率（%） | 41 | 43",
        ];
        let u = unbox(&lines);
        assert_eq!(u.lines[0], "指标\t2020年\t2025年");
        assert_eq!(u.lines[1], "");
        assert_eq!(u.lines[2], "森林覆盖率（%）\t41\t43");
    }

    #[test]
    fn a_row_spanning_the_table_is_its_one_cell() {
        let lines = [
            "┌──┬──┐",
            "│指标│2025年│",
            "├──┴──┤",
            "│ 一、设施网络 │",
            "├──┬──┤",
            "│ 铁路 │ 6000 │",
            "└──┴──┘",
        ];
        let u = unbox(&lines);
        assert_eq!(u.lines[3], "一、设施网络");
        assert_eq!(u.lines[5], "铁路\t6000");
        assert_eq!(u.blocks, vec![0..7]);
    }

    #[test]
    fn a_rule_beside_a_merged_cell_is_a_rule() {
        let lines = [
            "┌────┬──────┬──┐",
            "│类别│指标  │2025年│",
            "├────┼──────┼──┤",
            "│    │ 铁路 │ 6000 │",
            "│设施├──────┼──┤",
            "│网络│ 高速 │ 11000 │",
            "└────┴──────┴──┘",
        ];
        let u = unbox(&lines);
        assert_eq!(u.lines[3], "\t铁路\t6000");
        assert_eq!(u.lines[4], "");
        assert_eq!(u.lines[5], "网络\t高速\t11000");
    }

    #[test]
    fn an_export_with_bare_pipes_and_no_rule_is_read() {
        let lines = [
            "指标|单位|全年目标|1-9月完成",
            "新建改造乡镇商贸中心|个|20|14",
            "快递进村覆盖率|%|95|91.5",
            "（注）",
        ];
        let u = unbox(&lines);
        assert_eq!(u.lines[0], "指标\t单位\t全年目标\t1-9月完成");
        assert_eq!(u.lines[2], "快递进村覆盖率\t%\t95\t91.5");
        assert_eq!(u.lines[3], "（注）");
        assert_eq!(u.blocks, vec![0..3]);
        // Two lines, or lines of unequal widths, are no table.
        let two = ["a|b|c", "d|1|2"];
        assert_eq!(unbox(&two).lines, two);
        let uneven = ["a|b|c", "d|1|2", "e|3"];
        assert_eq!(unbox(&uneven).lines, uneven);
    }

    #[test]
    fn pipes_without_a_rule_are_not_a_table() {
        let lines = ["|a|b|", "|c|d|"];
        assert_eq!(unbox(&lines).lines, ["|a|b|", "|c|d|"]);
        assert!(!is_rule("- 3 -") && !is_rule("——") && is_rule("+----+----+"));
    }
}
