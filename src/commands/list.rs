//! `progress list`: the spec's targets, grouped, one line each with rule, goal, unit,
//! deadline and severity.

use std::fmt::Write as _;

use unicode_width::UnicodeWidthStr;

use crate::app;
use crate::cli::ListArgs;
use crate::error::{EXIT_OK, Error};
use crate::export::rows::number;
use crate::output;
use crate::spec::{Goal, Lang, Rule, Spec, Target};
use crate::text::sanitize;

/// Names longer than this (in terminal columns) are cut with `…`; `explain` shows them whole.
const NAME_WIDTH: usize = 44;

const HEADER: [&str; 7] = ["ID", "NAME", "RULE", "GOAL", "UNIT", "DEADLINE", "SEVERITY"];

pub fn run(args: &ListArgs) -> Result<u8, Error> {
    let spec = app::load_spec(&args.spec)?;
    output::write_stdout(&render(&spec, args.display.lang))?;
    Ok(EXIT_OK)
}

/// The listing as text: a title line, then each group's targets in spec order under the
/// group's name (groups in order of first appearance; targets without one last).
pub fn render(spec: &Spec, lang: Lang) -> String {
    let groups = spec.grouped();

    let cells: Vec<[String; 7]> = spec.targets.iter().map(|t| row(t, lang)).collect();
    let mut widths = HEADER.map(UnicodeWidthStr::width);
    for r in &cells {
        for (w, c) in widths.iter_mut().zip(r) {
            *w = (*w).max(c.width());
        }
    }

    let mut out = String::new();
    let n = spec.targets.len();
    let title = spec.title.as_deref().map(sanitize).unwrap_or_default();
    let _ = writeln!(
        out,
        "{}{n} target{} in {}",
        if title.is_empty() {
            String::new()
        } else {
            format!("{title} — ")
        },
        if n == 1 { "" } else { "s" },
        sanitize(&spec.file_name)
    );
    out.push('\n');
    line(&mut out, &HEADER.map(String::from), &widths);
    for (group, targets) in &groups {
        out.push('\n');
        let heading = group.map_or_else(|| "(no group)".into(), |g| sanitize(g).into_owned());
        let _ = writeln!(out, "{heading}");
        for t in targets {
            line(&mut out, &row(t, lang), &widths);
        }
    }
    out
}

fn line(out: &mut String, cells: &[String; 7], widths: &[usize; 7]) {
    let mut s = String::from("  ");
    for (i, (c, w)) in cells.iter().zip(widths).enumerate() {
        s.push_str(c);
        if i + 1 < cells.len() {
            s.push_str(&" ".repeat(w - c.width() + 2));
        }
    }
    let _ = writeln!(out, "{}", s.trim_end());
}

fn row(t: &Target, lang: Lang) -> [String; 7] {
    [
        t.id.clone(),
        truncate(&sanitize(t.name.get(lang)), NAME_WIDTH),
        t.rule.as_str().to_string(),
        goal_text(t),
        t.unit
            .as_ref()
            .map_or_else(String::new, |u| sanitize(&u.to_string()).into_owned()),
        t.deadline.to_string(),
        t.severity.as_str().to_string(),
    ]
}

fn truncate(s: &str, width: usize) -> String {
    if s.width() <= width {
        return s.to_string();
    }
    let mut out = String::new();
    for c in s.chars() {
        if out.width() + c.to_string().width() > width - 1 {
            break;
        }
        out.push(c);
    }
    out.push('…');
    out
}

/// The goal in symbols: "≥ 11,812", "> 2,200", "in 10–12", "≈ 5 ± 0.5", "done", or, when
/// the baseline is left to the actuals, "≥ baseline + 10,000".
pub fn goal_text(t: &Target) -> String {
    let body = match t.goal {
        Goal::Done => return "done".into(),
        Goal::Band { low, high } => format!("{}–{}", number(low, 4), number(high, 4)),
        Goal::Value(v) => number(v, 4),
        Goal::Increase(d) => t
            .goal
            .resolve(t.baseline)
            .map_or_else(|| format!("baseline + {}", number(d, 4)), |g| number(g, 4)),
        Goal::Multiply(m) => t
            .goal
            .resolve(t.baseline)
            .map_or_else(|| format!("baseline × {}", number(m, 4)), |g| number(g, 4)),
    };
    let mut s = format!("{} {body}", t.rule.symbol());
    if let (Rule::About, Some(tol)) = (t.rule, t.tolerance) {
        s.push_str(&format!(" ± {}", number(tol, 4)));
    }
    if let Some(st) = t.stretch {
        s.push_str(&format!(" (stretch {})", number(st, 4)));
    }
    s
}
