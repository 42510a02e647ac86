//! Untrusted text: a spec whose names, groups, units, quotes and sources carry terminal
//! escapes, BEL, markup, pipes, formulas, line breaks and quotes. Every format must
//! render them harmlessly. One test per format.

mod common;

use common::formats::{HOSTILE_SPEC, hostile, line_of_id, raw_unsafe_chars};

const TARGETS: usize = 4;

fn assert_no_raw_controls(format: &str, text: &str, allow_crlf: bool) {
    let found = raw_unsafe_chars(text, allow_crlf);
    assert!(
        found.is_empty(),
        "{format}: raw unsafe characters {:?}",
        found.iter().take(5).collect::<Vec<_>>()
    );
}

#[test]
fn table_shows_escapes_as_visible_text() {
    let text = hostile("table");
    assert_no_raw_controls("table", &text, false);
    assert!(text.contains("\\u{1b}[31mred\\u{1b}[0m alarm\\u{7}"));
    assert!(
        text.contains("\\u{a}new line"),
        "a line break in a name stays on its row"
    );
}

#[test]
fn json_escapes_and_keeps_the_text_exact() {
    let text = hostile("json");
    assert_no_raw_controls("json", &text, false);
    let report: serde_json::Value = serde_json::from_str(&text).expect("valid JSON");
    let targets = report["targets"].as_array().unwrap();
    assert_eq!(targets.len(), TARGETS);
    // JSON is for programs: the original text survives, escaped inside strings.
    assert_eq!(
        targets[0]["name"],
        "\u{1b}[31mred\u{1b}[0m alarm\u{7} <script>alert('x')</script>"
    );
    assert_eq!(targets[1]["name"], "=cmd|' /C calc'!A0");
    assert!(
        targets[3]["name"]
            .as_str()
            .unwrap()
            .contains("\u{85} \u{9b}31m \u{7f} \u{2028} \u{fffe}")
    );
}

#[test]
fn csv_neutralises_formulas_and_quotes_cells() {
    let text = hostile("csv");
    assert_no_raw_controls("csv", &text, true);
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let header: Vec<String> = reader.headers().unwrap().iter().map(String::from).collect();
    let col = |name: &str| header.iter().position(|h| h == name).unwrap();
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(
        rows.len(),
        TARGETS,
        "line breaks in names did not split rows"
    );
    assert_eq!(&rows[1][col("name")], "'=cmd|' /C calc'!A0");
    assert_eq!(&rows[1][col("group")], "'+SUM(1,2) @mention -3+4");
    for row in &rows {
        for cell in row.iter() {
            let risky = cell.starts_with(['=', '+', '-', '@', '\t', '\r']);
            assert!(
                !risky || cell.parse::<f64>().is_ok(),
                "a formula reached a cell: {cell:?}"
            );
        }
    }
    // Quotes and commas inside cells are quoted (RFC 4180), and read back intact.
    assert!(rows[0][col("group")].contains("\"quoted\" & 'single'"));
}

#[test]
fn markdown_cells_cannot_break_the_table_or_inject_markup() {
    let text = hostile("markdown");
    assert_no_raw_controls("markdown", &text, false);
    let table: Vec<&str> = text.lines().filter(|l| l.starts_with('|')).collect();
    assert_eq!(table.len(), 2 + TARGETS, "line breaks did not add rows");
    for line in &table {
        let cells = line
            .char_indices()
            .filter(|&(i, c)| c == '|' && (i == 0 || line.as_bytes()[i - 1] != b'\\'))
            .count();
        assert_eq!(cells, 10, "pipes in names did not add cells: {line}");
    }
    for raw in [
        "<script", "<b>", "<u>", "[link]", "*bold", "@mention", "<!--", "&amp;", "`",
    ] {
        let unescaped = text
            .match_indices(raw)
            .any(|(i, _)| i == 0 || text.as_bytes()[i - 1] != b'\\');
        assert!(!unescaped, "unescaped {raw}");
    }
    assert!(text.contains("\\<script>"));
    assert!(text.contains("a \\| b \\|\\| c"));
}

#[test]
fn junit_is_valid_xml_with_the_text_as_text() {
    let text = hostile("junit");
    assert_no_raw_controls("junit", &text, false);
    let doc = roxmltree::Document::parse(&text).expect("valid XML");
    let allowed = [
        "testsuites",
        "testsuite",
        "properties",
        "property",
        "testcase",
        "failure",
        "skipped",
        "system-out",
    ];
    for node in doc.descendants().filter(|n| n.is_element()) {
        assert!(
            allowed.contains(&node.tag_name().name()),
            "injected element <{}>",
            node.tag_name().name()
        );
    }
    let cases = doc
        .descendants()
        .filter(|n| n.has_tag_name("testcase"))
        .count();
    assert_eq!(cases, TARGETS);
    // The quote that tries to close the element is still one text node.
    let all_text: String = doc.descendants().filter_map(|n| n.text()).collect();
    assert!(all_text.contains("]]></system-out><script>alert(1)</script>"));
    let names: Vec<&str> = doc
        .descendants()
        .filter(|n| n.has_tag_name("testcase"))
        .map(|n| n.attribute("name").unwrap())
        .collect();
    assert!(names[0].contains("<script>alert('x')</script>"));
}

#[test]
fn github_commands_stay_one_line_each() {
    let text = hostile("github");
    assert_no_raw_controls("github", &text, false);
    let lines: Vec<&str> = text.lines().collect();
    // Three missed targets (two failing, one warn) and the summary notice.
    assert_eq!(lines.len(), 4, "{text}");
    for line in &lines {
        assert!(
            line.starts_with("::error ")
                || line.starts_with("::warning ")
                || line.starts_with("::notice "),
            "{line}"
        );
    }
    // The `%0A::error::` in the quote is not in the message, and percent signs are encoded.
    assert!(!text.contains("%0A::error::injected"));
    let formula = lines.iter().find(|l| l.contains("(formula)")).unwrap();
    let expected = format!(
        "::error file={HOSTILE_SPEC},line={},col=6,title==cmd|' /C calc'!A0 (formula) — ✗ missed::",
        line_of_id(HOSTILE_SPEC, "formula")
    );
    assert!(formula.starts_with(&expected), "{formula}");
    let pipes = lines
        .iter()
        .find(|l| l.contains("(pipes-and-lines)"))
        .unwrap();
    assert!(
        pipes.starts_with("::warning "),
        "a warn target is a warning"
    );
}

#[test]
fn html_escapes_every_text() {
    let text = hostile("html");
    assert_no_raw_controls("html", &text, false);
    for raw in ["<script", "<b>group", "<u>", "<!-- comment", "]]>"] {
        assert!(!text.contains(raw), "unescaped {raw}");
    }
    assert!(text.contains("&lt;script&gt;alert('x')&lt;/script&gt;"));
    assert!(
        text.contains("\\u{202e}evil"),
        "the bidi override in the quote is made visible"
    );
    assert!(text.contains("&quot;double&quot;"));
    assert_eq!(text.matches("<article class=\"card").count(), TARGETS);
}

/// With an earlier snapshot the hostile targets get line charts, whose labels carry the
/// names: still escaped.
#[test]
fn html_line_charts_escape_every_text() {
    let dir = tempfile::tempdir().unwrap();
    let earlier = dir.path().join("earlier.toml");
    std::fs::write(
        &earlier,
        "as_of = 2024-06-30\n\n[values]\nesc-name = 2\nformula = 1\n",
    )
    .unwrap();
    let out = common::formats::progress()
        .args([
            "check",
            "--spec",
            HOSTILE_SPEC,
            "--color",
            "never",
            "--format",
            "html",
        ])
        .arg(common::formats::HOSTILE_ACTUALS)
        .arg(&earlier)
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert_eq!(
        text.matches("<svg class=\"line-chart\"").count(),
        2,
        "{text}"
    );
    assert_no_raw_controls("html", &text, false);
    for raw in ["<script", "<b>group", "<u>", "<!-- comment", "]]>"] {
        assert!(!text.contains(raw), "unescaped {raw}");
    }
}

/// A spec whose title, group, name and quote are GitHub Actions workflow commands, and
/// actuals with one value for its target.
fn workflow_command_files() -> (tempfile::TempDir, String, String) {
    let dir = tempfile::tempdir().unwrap();
    let spec = dir.path().join("spec.toml");
    std::fs::write(
        &spec,
        r###"version = 1
title = "::stop-commands::x"

[sources.s]
speaker = "::add-mask::speaker"

[[target]]
id = "forged"
name = "::error file=a.rs,line=1::forged ##[add-mask]secret"
group = "::add-mask::secret"
quote = "##[stop-commands]t"
source = "s"
unit = "个"
measure = "level"
rule = "at-least"
value = 10
start = 2024-01-01
deadline = 2024-12-31
"###,
    )
    .unwrap();
    let actuals = dir.path().join("actuals.toml");
    std::fs::write(&actuals, "as_of = 2024-12-31\n\n[values]\nforged = 4\n").unwrap();
    let path = |p: &std::path::Path| p.to_str().unwrap().to_string();
    (dir, path(&spec), path(&actuals))
}

/// No line of `text` is a workflow command: none starts with `::` (GitHub's runner trims
/// blanks first) and none holds `##[` (the legacy form, found anywhere in a line).
fn assert_no_workflow_commands(what: &str, text: &str) {
    for line in text.lines() {
        assert!(
            !line.trim_start().starts_with("::"),
            "{what}: a line starts a workflow command: {line}"
        );
        assert!(
            !line.contains("##["),
            "{what}: a legacy workflow command: {line}"
        );
    }
}

#[test]
fn no_output_line_is_a_workflow_command_of_the_input() {
    let (_dir, spec, actuals) = workflow_command_files();
    for format in common::formats::FORMATS {
        let (text, code) = common::formats::check(&spec, &actuals, format, &[]);
        assert_eq!(code, 1, "{format}");
        if format == "github" {
            // Only its own commands, each on a line of its own.
            let lines: Vec<&str> = text.lines().collect();
            assert_eq!(lines.len(), 2, "{text}");
            assert!(lines[0].starts_with("::error file="), "{text}");
            assert!(lines[1].starts_with("::notice title=progress::"), "{text}");
            assert!(!text.contains("##["), "{text}");
        } else {
            assert_no_workflow_commands(format, &text);
        }
    }
    let (table, _) = common::formats::check(&spec, &actuals, "table", &[]);
    assert!(
        table.starts_with("“::stop-commands::x” — as of 2024-12-31\n"),
        "{table}"
    );
    assert!(table.contains("##\\u{5b}add-mask]secret"), "{table}");

    let run = |args: &[&str]| {
        let out = common::formats::progress().args(args).output().unwrap();
        let text = String::from_utf8(out.stdout).unwrap() + &String::from_utf8(out.stderr).unwrap();
        (text, out.status.code())
    };
    let (list, code) = run(&["list", "--spec", &spec]);
    assert_eq!(code, Some(0), "{list}");
    assert_no_workflow_commands("list", &list);
    assert!(list.contains("\n── ::add-mask::secret ──\n"), "{list}");
    for (what, args) in [
        (
            "explain",
            vec!["explain", "forged", "--spec", &spec, &actuals],
        ),
        ("validate", vec!["validate", "--spec", &spec, &actuals]),
        (
            "init",
            vec!["init", "--spec", &spec, "-o", "-", "--as-of", "2024-12-31"],
        ),
    ] {
        let (text, code) = run(&args);
        assert_eq!(code, Some(0), "{what}: {text}");
        if what != "validate" {
            assert!(text.contains("add-mask"), "{what} shows the text: {text}");
        }
        assert_no_workflow_commands(what, &text);
    }

    // An error message quotes the line of the file it is about.
    let bad = std::path::Path::new(&actuals).with_file_name("bad.toml");
    std::fs::write(
        &bad,
        "as_of = 2024-12-31\n\n[values]\nforged = \"::error::x ##[stop-commands]y\"\n",
    )
    .unwrap();
    let (text, code) = run(&["check", "--spec", &spec, bad.to_str().unwrap()]);
    assert_eq!(code, Some(2), "{text}");
    assert!(text.contains("forged = "), "the snippet is shown: {text}");
    assert_no_workflow_commands("error", &text);
}

#[test]
fn markdown_makes_no_links_of_bare_addresses() {
    let dir = tempfile::tempdir().unwrap();
    let spec = dir.path().join("spec.toml");
    std::fs::write(
        &spec,
        r#"version = 1
title = "see www.evil.example"

[[target]]
id = "links"
name = "https://evil.example/x and HTTP://evil.example, ftp://f.example"
group = "www.evil.example/path"
unit = "mail boss@evil.example"
measure = "level"
rule = "at-least"
value = 10
start = 2024-01-01
deadline = 2024-12-31
"#,
    )
    .unwrap();
    let actuals = dir.path().join("a.toml");
    std::fs::write(&actuals, "as_of = 2024-12-31\n\n[values]\nlinks = 4\n").unwrap();
    let (text, code) = common::formats::check(
        spec.to_str().unwrap(),
        actuals.to_str().unwrap(),
        "markdown",
        &[],
    );
    assert_eq!(code, 1);
    for shown in [
        "https\\://evil.example/x and HTTP\\://evil.example, ftp\\://f.example",
        "www\\.evil.example/path",
        "mail boss＠evil.example",
        "### see www\\.evil.example — as of 2024-12-31",
    ] {
        assert!(text.contains(shown), "{shown} in {text}");
    }
    for link in ["://", "www.", "@"] {
        let raw = text
            .match_indices(link)
            .any(|(i, _)| i == 0 || text.as_bytes()[i - 1] != b'\\');
        assert!(!raw, "{link} in {text}");
    }
}

/// Invisible and direction-changing characters: shown as escapes, kept exact in JSON.
#[test]
fn invisible_characters_are_visible_in_every_format() {
    let invisible = [
        '\u{61c}',
        '\u{200b}',
        '\u{200c}',
        '\u{200d}',
        '\u{ad}',
        '\u{2060}',
        '\u{2064}',
        '\u{feff}',
        '\u{e0001}',
        '\u{e0041}',
        '\u{e007f}',
        '\u{2066}',
        '\u{2028}',
        '\u{2029}',
    ];
    let name: String = invisible.iter().flat_map(|c| ['x', *c]).collect();
    let toml: String = name
        .chars()
        .map(|c| format!("\\U{:08X}", c as u32))
        .collect();
    let dir = tempfile::tempdir().unwrap();
    let spec = dir.path().join("spec.toml");
    std::fs::write(
        &spec,
        format!(
            "version = 1\ntitle = \"{toml}\"\n\n[[target]]\nid = \"t\"\nname = \"{toml}\"\n\
             group = \"{toml}\"\nquote = \"{toml}\"\nunit = \"个\"\nmeasure = \"level\"\n\
             rule = \"at-least\"\nvalue = 10\nstart = 2024-01-01\ndeadline = 2024-12-31\n"
        ),
    )
    .unwrap();
    let actuals = dir.path().join("a.toml");
    std::fs::write(&actuals, "as_of = 2024-12-31\n\n[values]\nt = 4\n").unwrap();
    let (spec, actuals) = (spec.to_str().unwrap(), actuals.to_str().unwrap());
    for format in common::formats::FORMATS {
        let (text, _) = common::formats::check(spec, actuals, format, &[]);
        assert_no_raw_controls(format, &text, format == "csv");
        if format == "json" {
            let report: serde_json::Value = serde_json::from_str(&text).unwrap();
            assert_eq!(report["targets"][0]["name"], name.as_str());
            assert_eq!(report["title"], name.as_str());
        }
    }
    let (table, _) = common::formats::check(spec, actuals, "table", &[]);
    let shown = "x\\u{61c}x\\u{200b}x\\u{200c}x\\u{200d}x\\u{ad}x\\u{2060}x\\u{2064}x\\u{feff}\
                 x\\u{e0001}x\\u{e0041}x\\u{e007f}x\\u{2066}x\\u{2028}x\\u{2029}";
    assert!(table.contains(shown), "{table}");
    for command in [
        vec!["list", "--spec", spec],
        vec!["explain", "t", "--spec", spec, actuals],
    ] {
        let out = common::formats::progress().args(&command).output().unwrap();
        let text = String::from_utf8(out.stdout).unwrap();
        assert!(text.contains("x\\u{e0041}x"), "{command:?}: {text}");
        assert_no_raw_controls(command[0], &text, false);
    }
}

#[test]
fn extract_writes_no_raw_bidi_controls_or_separators_into_its_draft() {
    let dir = tempfile::tempdir().unwrap();
    let text = dir.path().join("speech.txt");
    std::fs::write(
        &text,
        "2020年，全区生产总值\u{202e}增长8%\u{2028}以上，\u{200b}新建5G基站\u{e0041}1000个。\n",
    )
    .unwrap();
    let out = common::formats::progress()
        .args(["extract", "--year", "2020"])
        .arg(&text)
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let draft = String::from_utf8(out.stdout).unwrap();
    assert_no_raw_controls("extract", &draft, false);
    assert!(draft.contains("\\u202E"), "{draft}");
    assert!(draft.contains("\\u2028"), "{draft}");
    // The escapes are TOML's: the draft reads back to the text as written.
    let value: toml::Table = toml::from_str(&draft).expect("the draft is TOML");
    let quotes: String = value["target"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["quote"].as_str().unwrap())
        .collect();
    assert!(quotes.contains('\u{202e}'), "{quotes}");
}

#[test]
fn arguments_in_error_messages_are_escaped() {
    for args in [
        vec!["check", "--as-of", "\u{1b}[31m2024\u{7}"],
        vec!["check", "--export", "cs\u{1b}]0;x\u{7}v=r.csv"],
        vec!["check", "--format", "x\u{202e}y"],
        vec!["check", "--fail-on", "missed,\u{1b}[2J"],
        vec!["check", "--bogus\u{1b}[2J"],
    ] {
        let out = common::formats::progress().args(&args).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let err = String::from_utf8(out.stderr).unwrap();
        assert!(err.starts_with("error: "), "{err}");
        assert_no_raw_controls("error", &err, false);
        assert!(
            err.contains("\\u{1b}") || err.contains("\\u{202e}"),
            "the character is shown: {err}"
        );
    }
}

/// Any text at all, in the name, group and quote of a target, renders safely in every
/// format: no raw control characters, one row per target, valid XML and JSON.
mod any_text {
    use progress::actuals;
    use progress::diagnostic::SourceFile;
    use progress::evaluate::{Settings, evaluate};
    use progress::export::{ExportOptions, Format};
    use progress::spec;
    use proptest::prelude::*;

    use super::common::formats::raw_unsafe_chars;

    /// A TOML basic string holding exactly `s`.
    fn toml_string(s: &str) -> String {
        let mut out = String::from("\"");
        for c in s.chars() {
            out.push_str(&format!("\\U{:08X}", c as u32));
        }
        out.push('"');
        out
    }

    fn texts() -> impl Strategy<Value = String> {
        let special = prop::sample::select(vec![
            '\u{1b}',
            '\u{7}',
            '\n',
            '\r',
            '\t',
            '\u{0}',
            '\u{7f}',
            '\u{85}',
            '\u{9b}',
            '\u{202e}',
            '\u{2028}',
            '\u{fffe}',
            '<',
            '>',
            '&',
            '"',
            '\'',
            '|',
            '\\',
            '=',
            '+',
            '-',
            '@',
            '%',
            ':',
            ',',
            '*',
            '_',
            '`',
            '[',
            ']',
            '#',
            '!',
            '~',
            '\u{61c}',
            '\u{200b}',
            '\u{ad}',
            '\u{feff}',
            '\u{2060}',
            '\u{e0041}',
            '\u{2066}',
        ])
        .prop_map(String::from);
        // Workflow commands and addresses a renderer would act on.
        let pieces = prop::sample::select(vec![
            "::stop-commands::x",
            "::error::forged",
            "##[error]",
            "##",
            "[add-mask]",
            " ::",
            "https://e.com",
            "www.e.com",
            "a@b.co",
        ])
        .prop_map(String::from);
        let any = any::<char>().prop_map(String::from);
        prop::collection::vec(prop_oneof![special, pieces, any], 1..24).prop_map(|cs| cs.concat())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]

        #[test]
        fn every_format_stays_safe(text in texts()) {
            // A blank name is refused by the loader (tests/bad_input.rs).
            prop_assume!(!text.trim().is_empty());
            let spec_text = format!(
                "version = 1\ntitle = {t}\n\n[[target]]\nid = \"t\"\nname = {t}\ngroup = {t}\n\
                 quote = {t}\nunit = \"个\"\nmeasure = \"level\"\nrule = \"at-least\"\nvalue = 10\n\
                 start = 2024-01-01\ndeadline = 2024-12-31\n",
                t = toml_string(&text)
            );
            let spec = spec::load(&SourceFile::new("spec.toml", spec_text)).expect("loads");
            let a = actuals::load(
                &SourceFile::new("a.toml", "as_of = 2024-12-31\n[values]\nt = 4\n"),
                &spec,
                None,
            )
            .expect("loads");
            let report = evaluate(&spec, &[a], &Settings::default());
            let options = ExportOptions::default();
            for format in Format::ALL {
                let out = format.exporter().render(&report, &options);
                let bad = raw_unsafe_chars(&out, format == Format::Csv);
                prop_assert!(bad.is_empty(), "{format:?}: {bad:?}");
                // No workflow command of the input's own (tests/hostile_text.rs, above).
                prop_assert!(!out.contains("##["), "{format:?}: {out}");
                if format != Format::Github {
                    prop_assert!(
                        out.lines().all(|l| !l.trim_start().starts_with("::")),
                        "{format:?}: {out}"
                    );
                }
                match format {
                    Format::Json => {
                        let v: serde_json::Value = serde_json::from_str(&out).expect("JSON");
                        prop_assert_eq!(v["targets"][0]["name"].as_str(), Some(text.as_str()));
                    }
                    Format::Junit => {
                        let doc = roxmltree::Document::parse(&out).expect("XML");
                        let cases = doc.descendants().filter(|n| n.has_tag_name("testcase")).count();
                        prop_assert_eq!(cases, 1);
                    }
                    Format::Csv => {
                        let mut r = csv::Reader::from_reader(out.as_bytes());
                        prop_assert_eq!(r.records().count(), 1);
                    }
                    Format::Markdown => {
                        let rows: Vec<&str> = out.lines().filter(|l| l.starts_with('|')).collect();
                        prop_assert_eq!(rows.len(), 3);
                        for line in rows {
                            let pipes = line
                                .char_indices()
                                .filter(|&(i, c)| c == '|' && (i == 0 || line.as_bytes()[i - 1] != b'\\'))
                                .count();
                            prop_assert_eq!(pipes, 10, "{}", line);
                        }
                    }
                    Format::Github => {
                        prop_assert_eq!(out.lines().count(), 2, "{}", out);
                        prop_assert!(out.lines().all(|l| l.starts_with("::")));
                    }
                    Format::Html => {
                        prop_assert_eq!(out.matches("<article ").count(), 1);
                        prop_assert!(!out.contains("<script"));
                    }
                    Format::Table => {}
                }
            }
        }
    }
}
