//! `progress init`: an actuals template with every target of the spec, each commented out
//! with its name, unit and rule, so that filling it in is uncommenting lines. The template
//! as written passes `progress check` (every target `no-data`).

use std::fmt::Write as _;

use chrono::NaiveDate;

use crate::cli::InitArgs;
use crate::commands;
use crate::error::{Error, Outcome};
use crate::output;
use crate::spec::{Lang, Measure, Spec, Target};
use crate::text::sanitize;
use crate::wording::goal_text;

pub fn run(args: &InitArgs) -> Result<Outcome, Error> {
    let spec = commands::load_spec(&args.spec)?;
    let as_of = args
        .as_of
        .unwrap_or_else(|| chrono::Local::now().date_naive());
    let text = template(&spec, as_of, args.lang);
    if output::is_stdout(&args.output) {
        output::write_stdout(&text)?;
        return Ok(Outcome::Ok);
    }
    // The spec is the one input: never written over, even with --force.
    let inputs: Vec<_> = args.spec.path().into_iter().collect();
    output::write_file(&args.output, &text, args.force, &inputs)?;
    output::write_stderr(&format!(
        "wrote {} ({} targets, as of {as_of})\n",
        crate::text::path(&args.output),
        spec.targets().len()
    ));
    Ok(Outcome::Ok)
}

/// The template text. Comments never carry raw control characters or newlines (names go
/// through `sanitize`), so the file stays valid TOML whatever the spec says.
pub fn template(spec: &Spec, as_of: NaiveDate, lang: Lang) -> String {
    let mut out = String::new();
    let title = spec
        .title()
        .map(|t| format!("“{}” ", sanitize(t)))
        .unwrap_or_default();
    let _ = writeln!(
        out,
        "# Actuals for {title}({}), written by `progress init`.",
        sanitize(spec.file_name())
    );
    out.push_str(
        "# To report a figure, uncomment its line and replace the placeholder. A line left\n\
         # commented out reports `no-data`. A value in another unit: `{ value = 48, unit = \"亿元\" }`;\n\
         # one of another date: `{ value = 68, as_of = 2020-06-30 }`.\n\
         # Every key: `progress schema actuals`; check the file: `progress validate FILE`;\n\
         # how a target is judged: `progress explain ID FILE`; all commands: `progress help`.\n\n",
    );
    let _ = writeln!(out, "as_of = {as_of}");
    out.push_str("# source = \"where the figures come from\"\n\n[values]\n");

    let groups = spec.grouped();
    let any_group = groups.iter().any(|(g, _)| g.is_some());
    for (i, (group, targets)) in groups.into_iter().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        match group {
            Some(g) => {
                let _ = writeln!(out, "# ── {} ──", sanitize(g));
            }
            // After the groups, as `list` shows them.
            None if any_group => out.push_str("# ── (no group) ──\n"),
            None => {}
        }
        for t in targets {
            let _ = writeln!(out, "{}", line(t, lang));
        }
    }
    if !spec.series().is_empty() {
        out.push_str("\n# ── series: figures without a goal, for goals stated against them ──\n");
        for s in spec.series() {
            let _ = writeln!(out, "{}", line(s, lang));
        }
    }
    out
}

/// What a value of `t` is: a year's rate, a rate chained over a window, a level.
fn expects(t: &Target) -> String {
    match (t.measure, t.window) {
        (Measure::Growth, Some(aggregate)) => {
            let (first, last) = crate::rates::window_years(t.start, t.deadline);
            format!(
                "a year's rate in %, dated in its year ({first}–{last}, chained: {})",
                aggregate.as_str()
            )
        }
        (Measure::Growth, None) => "a year's rate in %".into(),
        (Measure::Level, _) => "a level".into(),
        (m, _) => m.as_str().into(),
    }
}

fn line(t: &Target, lang: Lang) -> String {
    let placeholder = match t.measure {
        Measure::Milestone => "false",
        Measure::Assessed => crate::assessed::EXAMPLE,
        _ => "0",
    };
    let mut about = vec![sanitize(t.name.get(lang)).into_owned()];
    if let Some(u) = &t.unit {
        about.push(sanitize(&u.to_string()).into_owned());
    }
    let goal = goal_text(t);
    let goal = goal
        .strip_prefix(t.rule.symbol())
        .unwrap_or(&goal)
        .trim_start();
    about.push(match t.measure {
        _ if t.series => format!("{} (series: no goal)", expects(t)),
        _ if t.rule.is_direction() || t.window.is_some() || t.of.is_some() => {
            let goal = if t.of.is_some() {
                format!("{} the figure of {goal} for the same date", t.rule.as_str())
            } else if t.rule.is_direction() {
                goal.to_string()
            } else {
                format!("{} {goal}", t.rule.as_str())
            };
            format!("{goal} by {} ({})", t.deadline, expects(t))
        }
        Measure::Milestone => format!("done by {} (milestone: true or false)", t.deadline),
        Measure::Assessed => format!(
            "judged by {} (assessed: a judgement, met, on-track, behind or missed, by whom and why)",
            t.deadline
        ),
        m => format!(
            "{} {goal} by {} ({})",
            t.rule.as_str(),
            t.deadline,
            m.as_str()
        ),
    });
    let code = format!("# {} = {placeholder}", t.id);
    format!("{code:<48} # {}", about.join(", "))
}
