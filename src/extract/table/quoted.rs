//! One record of a table pasted as separated text (CSV with commas, TSV with tabs) whose cells
//! may be wrapped in double quotes, a quoted cell holding the separator or running over
//! several lines. A quote opens a quoted cell only at the cell's start (a stray quote inside a
//! cell, `17"以上屏幕`, is text); inside a quoted cell `""` is a quote, and a quote before the
//! separator or the line's end closes it. Both readers ([`super::csv`], [`super::tsv_quoted`])
//! split their records here, so the rule is decided once.

/// The cells of the record opening at `lines[at]` (each trimmed of spaces, the quotes
/// dropped, the pieces of a wrapped cell joined with no space) and the line after it; `None`
/// when the line holds no `sep` or a quote is left open over `max_lines` lines. Each line is
/// read once.
pub(super) fn record(
    lines: &[&str],
    at: usize,
    sep: char,
    max_lines: usize,
) -> Option<(Vec<String>, usize)> {
    if !lines.get(at)?.contains(sep) {
        return None;
    }
    let mut cells = vec![String::new()];
    // Inside a quoted cell; at a cell's start (where a quote opens one).
    let (mut quoted, mut fresh) = (false, true);
    let mut j = at;
    loop {
        let line = lines.get(j)?.trim_end_matches('\r');
        let mut chars = line.chars().peekable();
        while let Some(c) = chars.next() {
            match c {
                '"' if quoted && chars.peek() == Some(&'"') => {
                    chars.next();
                    cells.last_mut()?.push('"');
                }
                '"' if quoted && chars.peek().is_none_or(|&n| n == sep) => quoted = false,
                '"' if fresh => quoted = true,
                c if c == sep && !quoted => {
                    cells.push(String::new());
                    fresh = true;
                    continue;
                }
                _ => cells.last_mut()?.push(c),
            }
            fresh = false;
        }
        j += 1;
        if !quoted {
            break;
        }
        if j - at >= max_lines {
            return None;
        }
    }
    let cells = cells
        .iter()
        .map(|c| {
            c.trim_matches(|c: char| c.is_whitespace() || c == '\u{3000}')
                .to_string()
        })
        .collect();
    Some((cells, j))
}

#[cfg(test)]
mod tests {
    use super::record;

    #[test]
    fn quote_opens_only_at_a_cells_start() {
        let lines = ["17\"以上屏幕产量,万台,30,50"];
        let (cells, next) = record(&lines, 0, ',', 3).unwrap();
        assert_eq!(cells, ["17\"以上屏幕产量", "万台", "30", "50"]);
        assert_eq!(next, 1);
    }

    #[test]
    fn quoted_cell_holds_separator_escaped_quote_and_line_break() {
        let lines = ["a,\"1,350\",\"x\"\"y", "z\",b"];
        let (cells, next) = record(&lines, 0, ',', 3).unwrap();
        assert_eq!(cells, ["a", "1,350", "x\"yz", "b"]);
        assert_eq!(next, 2);
        let tabs = ["a\t\"p", "q\"\tb"];
        assert_eq!(record(&tabs, 0, '\t', 4).unwrap().0, ["a", "pq", "b"]);
        assert!(record(&["a,\"open", "x", "y"], 0, ',', 3).is_none());
    }
}
