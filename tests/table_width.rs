//! The gap table fitted to its terminal (issue 15, problem 1): at every width from 60
//! columns up every line fits, no cell wraps (each target one line), columns are left out
//! in the stated order and said so, names are cut by display width (CJK counts two);
//! piped output without a width keeps the whole table. Also the terminal colours
//! (problem 5): the standard palette, with the HTML report's meanings.

mod common;

use std::path::Path;
use std::process::Command as StdCommand;

use common::progress;
use unicode_width::UnicodeWidthStr;

const HISTORY: &str = "examples/history";
const PUBLISHED: &str = "examples/published.toml";

fn run(args: &[&str]) -> String {
    let out = progress().args(args).output().unwrap();
    assert!(
        matches!(out.status.code(), Some(0 | 1)),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

fn at(width: u16, lang: &str) -> String {
    let w = width.to_string();
    run(&[
        "check", HISTORY, "--color", "never", "--lang", lang, "--width", &w,
    ])
}

/// The lines of the grid: its borders, header and one per target.
fn grid(table: &str) -> Vec<&str> {
    table
        .lines()
        .filter(|l| l.starts_with(['┌', '│', '╞', '└']))
        .collect()
}

#[test]
fn cjk_table_at_60() {
    insta::assert_snapshot!(at(60, "zh"));
}

#[test]
fn cjk_table_at_80() {
    insta::assert_snapshot!(at(80, "zh"));
}

#[test]
fn cjk_table_at_100() {
    insta::assert_snapshot!(at(100, "zh"));
}

#[test]
fn cjk_table_at_120() {
    insta::assert_snapshot!(at(120, "zh"));
}

#[test]
fn cjk_table_at_200() {
    insta::assert_snapshot!(at(200, "zh"));
}

/// The table the README shows.
#[test]
fn published_table_at_80() {
    insta::assert_snapshot!(run(&[
        "check", PUBLISHED, "--color", "never", "--width", "80"
    ]));
}

#[test]
fn at_80_columns_the_status_keeps_its_note() {
    // Review: at 80 columns "on-track (at risk)" was cut to "on-track…" and "met (assessed)"
    // to "met…" while the goal and actual kept room; the goal and actual give way first.
    for lang in ["en", "zh"] {
        let table = at(80, lang);
        for whole in ["on-track (at risk)", "pending (regressed)"] {
            assert!(table.contains(whole), "{lang}: {table}");
        }
        assert!(!table.contains("on-track…"), "{table}");
        // The goal before the actual: the 5G goal keeps its unit.
        assert!(table.contains("≥ 11,812 个"), "{table}");
        for l in table.lines() {
            assert!(l.width() <= 80, "{l}");
        }
    }
    let gwr = run(&[
        "check",
        "examples/gwr2023/",
        "--spec",
        "targets/gwr2023.toml",
        "--color",
        "never",
        "--width",
        "80",
    ]);
    assert!(gwr.contains("met (assessed)"), "{gwr}");
    assert!(!gwr.contains("met…"), "{gwr}");
}

#[test]
fn every_line_fits_and_every_target_is_one_line_at_every_width_from_60() {
    for lang in ["en", "zh"] {
        let targets = grid(&at(1000, lang)).len() - 4;
        assert_eq!(targets, 21);
        for width in 60..=200u16 {
            let table = at(width, lang);
            for line in table.lines() {
                assert!(
                    line.width() <= usize::from(width),
                    "{lang} at {width}: {} columns: {line}",
                    line.width()
                );
            }
            // Header, three borders and one line per target: no cell wrapped.
            assert_eq!(
                grid(&table).len(),
                targets + 4,
                "{lang} at {width}:\n{table}"
            );
            for line in grid(&table) {
                for cell in line.split(['│', '┆']).map(str::trim) {
                    assert!(
                        !cell.starts_with('-') && !cell.starts_with('/'),
                        "{lang} at {width}: a cell starts with a piece of a word: {line}"
                    );
                }
            }
        }
    }
}

#[test]
fn what_is_left_out_is_said_with_the_way_to_see_it_all() {
    let narrow = at(80, "en");
    assert!(
        narrow.contains("Left out to fit 80 columns: gap, pace, trend, projected, deadline"),
        "{narrow}"
    );
    assert!(
        narrow.contains("`--wide` shows the whole table"),
        "{narrow}"
    );
    let header = grid(&narrow)[1];
    for kept in ["Target", "Goal", "Actual", "Progress", "Status"] {
        assert!(header.contains(kept), "{header}");
    }
    // Wide enough for everything: nothing left out, nothing said.
    let wide = at(200, "en");
    assert!(!wide.contains("Left out"), "{wide}");
    assert!(grid(&wide)[1].contains("Projected"));
}

#[test]
fn columns_give_way_in_the_stated_order() {
    let by_width: Vec<(u16, String)> = (40..=300u16)
        .map(|w| (w, grid(&at(w, "en"))[1].to_string()))
        .collect();
    let headers = |w: u16| by_width.iter().find(|(x, _)| *x == w).unwrap().1.clone();
    // Projected and trend go first, then the pace joins the deadline, then the gap.
    let order = ["Projected", "Trend", "Pace ", "Gap", "Deadline", "Progress"];
    let mut gone_at = Vec::new();
    for name in order {
        let w = (40..=300u16)
            .rev()
            .find(|w| !headers(*w).contains(name))
            .unwrap();
        gone_at.push((name, w));
    }
    for pair in gone_at.windows(2) {
        assert!(pair[0].1 >= pair[1].1, "{gone_at:?}");
    }
    // A stale value shows its date beside it, so the actual column is wider than it was
    // (at 110 the pace had joined the deadline before stale dates).
    assert!(headers(120).contains("Deadline · pace"), "{}", headers(120));
}

#[test]
fn names_are_cut_by_display_width_with_an_ellipsis() {
    let table = at(60, "zh");
    // 数字化车间或自动化生产线 is 24 columns wide; at 60 it is cut, on a character.
    let line = grid(&table)
        .into_iter()
        .find(|l| l.contains("数字化车间"))
        .unwrap();
    assert!(line.contains('…'), "{line}");
    assert!(!line.contains("数字化车间或自动化生产线"), "{line}");
}

#[test]
fn piped_without_a_width_is_the_whole_table_as_before() {
    let piped = run(&["check", PUBLISHED, "--color", "never"]);
    assert_eq!(grid(&piped)[0].width(), 145);
    assert!(!piped.contains("Left out"));
    let wide = run(&["check", PUBLISHED, "--color", "never", "--wide"]);
    assert_eq!(piped, wide);
    // `--wide` wins over COLUMNS too.
    let out = progress()
        .args(["check", PUBLISHED, "--color", "never", "--wide"])
        .env("COLUMNS", "80")
        .output()
        .unwrap();
    assert_eq!(String::from_utf8(out.stdout).unwrap(), piped);
}

#[test]
fn columns_in_the_environment_is_a_width() {
    let out = progress()
        .args(["check", PUBLISHED, "--color", "never"])
        .env("COLUMNS", "80")
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert_eq!(
        text,
        run(&["check", PUBLISHED, "--color", "never", "--width", "80"])
    );
    // --width wins over COLUMNS.
    let out = progress()
        .args(["check", PUBLISHED, "--color", "never", "--width", "100"])
        .env("COLUMNS", "60")
        .output()
        .unwrap();
    assert!(String::from_utf8(out.stdout).unwrap().contains("Deadline"));
}

#[test]
fn width_and_wide_are_checked() {
    for args in [
        &["--width", "80", "--wide"][..],
        &["--width", "ten"],
        &["--width", "5"],
        &["--width", "39"],
    ] {
        let out = progress()
            .args(["check", PUBLISHED])
            .args(args)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(out.stdout.is_empty());
    }
}

/// A real pseudo-terminal, 80 columns wide, by util-linux's `script`: the width comes from
/// the terminal itself. No skipping: without `script` this test fails.
#[test]
fn in_a_real_80_column_terminal_every_line_fits() {
    let found = StdCommand::new("script").arg("--version").output();
    assert!(
        found.is_ok_and(|o| o.status.success()),
        "this test needs util-linux's `script` (apt-get install util-linux)"
    );
    let bin = assert_cmd::cargo::cargo_bin("progress");
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let command = format!(
        "stty cols 80 rows 50; exec '{}' check {HISTORY}",
        bin.display()
    );
    let mut script = StdCommand::new("script");
    script
        .args(["-qec", &command, "/dev/null"])
        .current_dir(root)
        .stdin(std::process::Stdio::null());
    for (name, _) in std::env::vars_os() {
        let name = name.to_string_lossy().into_owned();
        if name == "COLUMNS" || name == "NO_COLOR" || name.starts_with("PROGRESS_") {
            script.env_remove(&name);
        }
    }
    let out = script.output().unwrap();
    let text = String::from_utf8(out.stdout).unwrap().replace("\r\n", "\n");
    assert_eq!(out.status.code(), Some(1), "{text}");
    let plain = strip_ansi(&text);
    assert_eq!(grid(&plain).len(), 21 + 4, "{plain}");
    for line in plain.lines() {
        assert!(line.width() <= 80, "{} columns: {line}", line.width());
    }
    assert!(plain.contains("Left out to fit 80 columns"), "{plain}");
    // A terminal gets colour, from the standard palette only (38;5;0–7), never bright.
    assert!(text.contains("\x1b[38;5;1m"), "{text:?}");
    for code in 8..16 {
        assert!(!text.contains(&format!("\x1b[38;5;{code}m")), "{code}");
    }
}

fn strip_ansi(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c == '\x1b' {
            for c in chars.by_ref() {
                if c.is_ascii_alphabetic() {
                    break;
                }
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// The HTML report's meanings in the terminal's standard palette: red missed, amber
/// (yellow) behind, green met, blue on track, magenta pending, no data dimmed.
#[test]
fn terminal_colours_are_the_standard_palette_with_the_html_meanings() {
    let text = run(&["check", HISTORY, "--color", "always", "--width", "200"]);
    let status_code = |status: &str| {
        let line = text
            .lines()
            .find(|l| l.contains(&format!(" {status} ")) || l.contains(&format!("✗ {status}")))
            .unwrap_or_else(|| panic!("no {status} row"));
        let at = line.rfind(status).unwrap();
        let before = &line[..at];
        let cell = before.rfind('┆').unwrap();
        before[cell..].to_string()
    };
    assert!(
        status_code("missed").contains("38;5;1m"),
        "{}",
        status_code("missed")
    );
    assert!(status_code("behind").contains("38;5;3m"));
    assert!(status_code("met").contains("38;5;2m"));
    assert!(status_code("on-track").contains("38;5;4m"));
    assert!(status_code("pending").contains("38;5;5m"));
    assert!(status_code("no-data").contains("\x1b[2m"));
    for code in 8..16 {
        assert!(
            !text.contains(&format!("38;5;{code}m")),
            "bright colour {code}"
        );
    }
}
