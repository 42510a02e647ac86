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
    out
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
