//! The gap table fitted to a width (`--width`, `COLUMNS`, or the terminal's): every line
//! fits, no cell wraps, each target stays on one line.
//!
//! When the full table is too wide, the table gives way one step at a time, least
//! important first, until what is left fits ([`STEPS`]):
//!
//! 1. the projected date goes, then 2. the trend (tables with a history);
//! 3. the pace joins the deadline in one column ("2022-12-31 · 0.52");
//! 4. the gap goes, and progress becomes a compact bar with its percentage;
//! 5. the pace goes (the deadline stays), then 6. the deadline, 7. progress, 8. the goal,
//!    9. the actual.
//!
//! The target's name and status always stay. Text columns (target, goal, actual, status)
//! are shortened with an ellipsis, by display width (a CJK character counts two), down to
//! a floor ([`Column::min`]); figures and dates are never cut. The status is cut last:
//! while leaving out columns up to the deadline makes room, the goal and the actual are
//! shortened instead, and the status keeps its word and its note ("on-track (at risk)"). What is left out is said
//! under the table, with the way to see everything (`--wide`).

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// The widest a name is cut to before columns give way to it.
const NAME_FLOOR: usize = 16;
/// The floor of the goal and actual columns ("≥ 11,812 …").
const FIGURE_FLOOR: usize = 10;
/// The floor of the status column: "✗ missed…" still reads.
const STATUS_FLOOR: usize = 9;

/// One column: its header, its cells, how it is aligned and how far it may be cut.
#[derive(Debug, Clone)]
pub struct Column {
    pub header: String,
    pub cells: Vec<String>,
    pub right: bool,
    /// Whether its text may be shortened with an ellipsis, and to how narrow.
    pub floor: Option<usize>,
    /// Shortened before its notes where it can (the status: "✗ missed…", not "✗ missed (a…").
    pub at_words: bool,
}

impl Column {
    pub fn new(header: &str, cells: Vec<String>, right: bool) -> Column {
        let floor = match header {
            "Target" => Some(NAME_FLOOR),
            "Goal" | "Actual" => Some(FIGURE_FLOOR),
            "Status" => Some(STATUS_FLOOR),
            _ => None,
        };
        Column {
            header: header.to_string(),
            cells,
            right,
            floor,
            at_words: header == "Status",
        }
    }

    /// As wide as its widest cell or header.
    fn natural(&self) -> usize {
        self.cells
            .iter()
            .map(|c| c.width())
            .chain([self.header.width(), 1])
            .max()
            .unwrap_or(1)
    }

    /// As narrow as it may be cut.
    fn min(&self) -> usize {
        let natural = self.natural();
        match self.floor {
            Some(floor) => natural.min(floor.max(self.header.width())),
            None => natural,
        }
    }
}

/// One way the table gives way, in [`STEPS`] order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Step {
    Drop(&'static str),
    /// "Deadline" and "Pace" in one column, "Deadline · pace".
    MergePace,
    /// Progress as a bar and a percentage.
    Bar,
}

const STEPS: [&[Step]; 9] = [
    &[Step::Drop("Projected")],
    &[Step::Drop("Trend")],
    &[Step::MergePace],
    &[Step::Drop("Gap"), Step::Bar],
    &[Step::Drop(PACE_DEADLINE)],
    &[Step::Drop("Deadline")],
    &[Step::Drop("Progress")],
    &[Step::Drop("Goal")],
    &[Step::Drop("Actual")],
];

/// How many [`STEPS`] may be taken before text other than names is cut: up to leaving
/// out the deadline; progress, goal and actual are cut before they are left out.
const RELAXED_STEPS: usize = 6;

const PACE_DEADLINE: &str = "Deadline · pace";

/// The table fitted to `width`: the columns that stay, cut to fit, and the note to print
/// under the table when something was left out or shortened.
pub struct Fitted {
    pub columns: Vec<Column>,
    pub note: Option<String>,
}

/// Border characters of a table of `n` columns: one each side of every column, and a
/// space each side of every cell.
fn frame(n: usize) -> usize {
    3 * n + 1
}

/// How much text a pass of [`fit`] may cut.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Cut {
    /// Only the names.
    Names,
    /// Every text column but the status: "on-track (at risk)" stays whole.
    AllButStatus,
    /// Every text column.
    All,
}

pub fn fit(full: &[Column], width: usize) -> Fitted {
    // First the fewest steps, up to leaving out the deadline, that fit with only the
    // names cut (goals, actuals and statuses whole); if none does, the fewest, up to the
    // same step, that fit with the goal and actual cut too but the status whole (its
    // word and its note: "pending (regressed)"); if none does, the fewest that fit with
    // every text column cut.
    let mut columns = full.to_vec();
    let mut status_whole = true;
    for cut in [Cut::Names, Cut::AllButStatus, Cut::All] {
        columns = full.to_vec();
        status_whole = cut != Cut::All;
        let fits = |cs: &[Column]| {
            let least: usize = cs
                .iter()
                .map(|c| match c.header.as_str() {
                    "Target" => c.min(),
                    "Status" if cut != Cut::All => c.natural(),
                    _ if cut != Cut::Names => c.min(),
                    _ => c.natural(),
                })
                .sum();
            least + frame(cs.len()) <= width
        };
        let natural_fits = |cs: &[Column]| {
            cs.iter().map(Column::natural).sum::<usize>() + frame(cs.len()) <= width
        };
        if natural_fits(&columns) {
            break;
        }
        let steps = if cut == Cut::All {
            STEPS.len()
        } else {
            RELAXED_STEPS
        };
        for step in STEPS.iter().take(steps).copied() {
            if fits(&columns) {
                break;
            }
            for s in step {
                apply(&mut columns, *s);
            }
        }
        if fits(&columns) {
            break;
        }
    }

    // Widths: every column at its floor (the status whole when the pass kept it so),
    // then the room left given to the actual, the goal (the goal first when the status is
    // whole), the status and last the name, each up to its natural width.
    let mut widths: Vec<usize> = columns
        .iter()
        .map(|c| {
            if status_whole && c.header == "Status" {
                c.natural()
            } else {
                c.min()
            }
        })
        .collect();
    let mut room = width.saturating_sub(widths.iter().sum::<usize>() + frame(columns.len()));
    // With the status whole, the goal before the actual: "≥ 11,812 个" and "4,717 个"
    // whole rather than "≥ 11,812…" beside an actual whose date note still shows.
    let order = if status_whole {
        ["Goal", "Actual", "Status", "Target"]
    } else {
        ["Actual", "Goal", "Status", "Target"]
    };
    for header in order {
        if let Some(i) = columns.iter().position(|c| c.header == header) {
            let more = (columns[i].natural() - widths[i]).min(room);
            widths[i] += more;
            room -= more;
        }
    }
    let mut shortened = false;
    for (column, w) in columns.iter_mut().zip(widths) {
        for cell in &mut column.cells {
            if cell.width() > w {
                *cell = shorten(cell, w, column.at_words);
                shortened = true;
            }
        }
    }

    let mut parts = Vec::new();
    let dropped = left_out(full, &columns);
    if !dropped.is_empty() {
        let names = dropped;
        parts.push(format!(
            "left out to fit {width} columns: {}",
            names.join(", ")
        ));
    }
    if shortened {
        parts.push("long text shortened with …".to_string());
    }
    let note = (!parts.is_empty()).then(|| {
        let mut note = parts.join("; ");
        note.push_str(" (`--wide` shows the whole table)");
        let mut chars = note.chars();
        chars
            .next()
            .map(|c| c.to_uppercase().chain(chars).collect())
            .unwrap_or(note)
    });
    Fitted { columns, note }
}

fn apply(columns: &mut Vec<Column>, step: Step) {
    let find = |columns: &Vec<Column>, h: &str| columns.iter().position(|c| c.header == h);
    match step {
        Step::Drop(PACE_DEADLINE) => {
            // The deadline alone again: the merged cells up to their " · ".
            if let Some(i) = find(columns, PACE_DEADLINE) {
                let cells = columns[i]
                    .cells
                    .iter()
                    .map(|c| c.split(" · ").next().unwrap_or_default().to_string())
                    .collect();
                columns[i] = Column::new("Deadline", cells, false);
            }
        }
        Step::Drop(header) => {
            if let Some(i) = find(columns, header) {
                columns.remove(i);
            }
        }
        Step::MergePace => {
            let (Some(p), Some(d)) = (find(columns, "Pace"), find(columns, "Deadline")) else {
                return;
            };
            let cells = columns[d]
                .cells
                .iter()
                .zip(&columns[p].cells)
                .map(|(deadline, pace)| {
                    // "0.52 linear": the index, without the model.
                    let index = pace.split(' ').next().unwrap_or_default();
                    if index.is_empty() {
                        deadline.clone()
                    } else {
                        format!("{deadline} · {index}")
                    }
                })
                .collect();
            columns[d] = Column::new(PACE_DEADLINE, cells, false);
            columns.remove(p);
        }
        Step::Bar => {
            if let Some(i) = find(columns, "Progress") {
                let wide = columns[i]
                    .cells
                    .iter()
                    .map(|c| c.width())
                    .max()
                    .unwrap_or(0);
                for cell in &mut columns[i].cells {
                    if let Some(ratio) = ratio_of(cell) {
                        *cell = format!("{} {cell:>wide$}", bar(ratio));
                    }
                }
            }
        }
    }
}

/// The full table's headers that the fitted table does not show.
fn left_out(full: &[Column], fitted: &[Column]) -> Vec<String> {
    let shown = |h: &str| {
        fitted.iter().any(|c| {
            c.header == h || (c.header == PACE_DEADLINE && (h == "Pace" || h == "Deadline"))
        })
    };
    full.iter()
        .map(|c| c.header.as_str())
        .filter(|h| !shown(h))
        .map(str::to_lowercase)
        .collect()
}

/// The progress a cell such as "84%" or "−20%" shows, as a ratio.
fn ratio_of(cell: &str) -> Option<f64> {
    let number: String = cell
        .trim_end_matches('%')
        .chars()
        .filter(|c| *c != ',')
        .map(|c| if c == '−' { '-' } else { c })
        .collect();
    number.parse::<f64>().ok().map(|p| p / 100.0)
}

/// Three cells of bar in eighths: "█▌ " is half, "███" the whole goal or more.
pub fn bar(ratio: f64) -> String {
    const EIGHTHS: [char; 8] = ['▏', '▎', '▍', '▌', '▋', '▊', '▉', '█'];
    const CELLS: usize = 3;
    let eighths = (ratio.clamp(0.0, 1.0) * (CELLS * 8) as f64).round() as usize;
    let mut s = String::new();
    for cell in 0..CELLS {
        let filled = eighths.saturating_sub(cell * 8).min(8);
        s.push(if filled == 0 {
            ' '
        } else {
            EIGHTHS[filled - 1]
        });
    }
    s
}

/// `text` cut to `width` display columns with an ellipsis; at a space when `at_words` and
/// a space leaves something to read.
pub fn shorten(text: &str, width: usize, at_words: bool) -> String {
    if text.width() <= width {
        return text.to_string();
    }
    if width == 0 {
        return String::new();
    }
    let mut kept = String::new();
    let mut used = 0;
    for c in text.chars() {
        let w = c.width().unwrap_or(0);
        if used + w > width - 1 {
            break;
        }
        kept.push(c);
        used += w;
    }
    // The status's notes go first: "✗ missed…" for "✗ missed (at risk)".
    if let Some(i) = text.find(" (").filter(|_| at_words) {
        if text[..i].width() < width {
            return format!("{}…", &text[..i]);
        }
    }
    let mut out = kept.trim_end().to_string();
    out.push('…');
    out
}

/// `text` wrapped at spaces into lines of at most `width` display columns; a word wider
/// than a line (a long CJK name has no spaces) is cut between characters.
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    let width = width.max(1);
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split(' ') {
        let sep = usize::from(!line.is_empty());
        if line.width() + sep + word.width() <= width {
            if sep == 1 {
                line.push(' ');
            }
            line.push_str(word);
            continue;
        }
        if !line.is_empty() {
            lines.push(std::mem::take(&mut line));
        }
        for c in word.chars() {
            if line.width() + c.width().unwrap_or(0) > width && !line.is_empty() {
                lines.push(std::mem::take(&mut line));
            }
            line.push(c);
        }
    }
    lines.push(line);
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_cut_by_display_width() {
        assert_eq!(shorten("machine networking rate", 10, false), "machine n…");
        // CJK characters are two columns: never half of one.
        assert_eq!(shorten("数字化车间或自动化", 8, false), "数字化…");
        assert_eq!(shorten("数字化车间或自动化", 8, false).width(), 7);
        assert_eq!(shorten("short", 10, false), "short");
        // A status loses its notes before its word.
        assert_eq!(shorten("✗ missed (at risk)", 9, true), "✗ missed…");
        assert_eq!(shorten("on-track (at risk)", 12, true), "on-track…");
    }

    #[test]
    fn prose_wraps_at_spaces_within_the_width() {
        let lines = wrap("21 targets: 1 met, 2 on-track · 2 failing", 20);
        assert_eq!(lines, ["21 targets: 1 met, 2", "on-track · 2 failing"]);
        for l in wrap("智能工厂数字化车间或自动化生产线 on track", 10) {
            assert!(l.width() <= 10, "{l}");
        }
    }

    #[test]
    fn the_bar_fills_in_eighths() {
        assert_eq!(bar(0.0), "   ");
        assert_eq!(bar(0.5), "█▌ ");
        assert_eq!(bar(1.0), "███");
        assert_eq!(bar(2.0), "███");
        assert_eq!(bar(-1.0), "   ");
    }

    #[test]
    fn a_table_that_fits_is_left_whole() {
        let columns = vec![
            Column::new("Target", vec!["a long name of a target".into()], false),
            Column::new("Status", vec!["met".into()], false),
        ];
        let fitted = fit(&columns, 80);
        assert!(fitted.note.is_none());
        assert_eq!(fitted.columns[0].cells[0], "a long name of a target");
        let narrow = fit(&columns, 30);
        assert_eq!(narrow.columns[0].cells[0], "a long name of a…");
        assert!(narrow.note.unwrap().contains("shortened"));
    }
}
