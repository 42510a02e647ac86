//! `progress extract` on whole-document passages (tests/data/extract/documents/): indicator
//! tables, 回顾 sections, plan periods, OCR'd copies. The real binary runs on each tuning
//! passage; every hand-annotated proposal must be in the draft (quote, measure, rule, unit,
//! goal, stretch, deadline), no past result or page header may be quoted, and the draft
//! must pass `progress validate`. The held-out passages are scored by
//! `heldout_score` (ignored: a figure for docs/extract.md, not a test tuned to pass).

mod common;
use common::{progress, temp_file};

const DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/extract/documents");

#[derive(Debug)]
struct Want {
    kind: String,
    clause: String,
    fields: toml::Table,
}

fn wants(name: &str, set: &str) -> (Vec<Want>, Vec<String>) {
    let text = std::fs::read_to_string(format!("{DIR}/{set}/{name}.expected.toml")).unwrap();
    let t: toml::Table = toml::from_str(&text).unwrap();
    let none = t
        .get("none")
        .and_then(|v| v.as_array())
        .map(|a| {
            a.iter()
                .filter_map(|x| x.as_str().map(String::from))
                .collect()
        })
        .unwrap_or_default();
    let ws = t
        .get("target")
        .and_then(|v| v.as_array())
        .map(|a| {
            a.iter()
                .map(|x| {
                    let mut f = x.as_table().unwrap().clone();
                    let kind = f.remove("kind").unwrap().as_str().unwrap().to_string();
                    let clause = f.remove("clause").unwrap().as_str().unwrap().to_string();
                    Want {
                        kind,
                        clause,
                        fields: f,
                    }
                })
                .collect()
        })
        .unwrap_or_default();
    (ws, none)
}

/// The draft the binary prints for a passage, parsed; it must also pass `validate`.
/// Whether a draft that does not validate fails the test (`Asserted`) or is counted and
/// shown (`Scored`: a held-out score is a figure, taken once, not a reason to lose it).
#[derive(Clone, Copy, PartialEq)]
enum Mode {
    Asserted,
    Scored,
}

fn draft(set: &str, name: &str, mode: Mode) -> (String, Vec<toml::Table>) {
    let out = progress()
        .args(["extract", &format!("{DIR}/{set}/{name}.txt")])
        .assert()
        .success();
    let text = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    let t: toml::Table = toml::from_str(&text).unwrap_or_else(|e| panic!("{e}\n{text}"));
    let targets: Vec<toml::Table> = t
        .get("target")
        .and_then(|v| v.as_array())
        .map(|a| a.iter().map(|x| x.as_table().unwrap().clone()).collect())
        .unwrap_or_default();
    if !targets.is_empty() {
        let (_dir, path) = temp_file("draft.toml", &text);
        let v = progress()
            .args(["validate", "--spec"])
            .arg(&path)
            .output()
            .unwrap();
        let err = String::from_utf8_lossy(&v.stderr);
        // Every draft validates: a guessed tolerance on `about` is a review note, not a gap.
        let valid = v.status.success();
        if mode == Mode::Scored {
            if !valid {
                println!("{set}/{name}: THE DRAFT DOES NOT VALIDATE:\n{err}");
            }
        } else {
            assert!(valid, "{err}\n{text}");
        }
    }
    (text, targets)
}

fn num(v: &toml::Value) -> Option<f64> {
    v.as_float().or_else(|| v.as_integer().map(|i| i as f64))
}

fn same(a: &toml::Value, b: &toml::Value) -> bool {
    match (num(a), num(b)) {
        (Some(x), Some(y)) => (x - y).abs() < 1e-9 * x.abs().max(1.0),
        // A date may be annotated as a TOML date or as a string (`"2024-12-31"`).
        _ => a.to_string().trim_matches('"') == b.to_string().trim_matches('"'),
    }
}

fn matches(p: &toml::Table, w: &Want) -> bool {
    let quote = p.get("quote").and_then(|q| q.as_str()).unwrap_or("");
    if !quote.contains(&w.clause) {
        return false;
    }
    if p.contains_key("stretch") && !w.fields.contains_key("stretch") {
        return false;
    }
    w.fields
        .iter()
        .all(|(k, v)| match (k.as_str(), v.as_bool()) {
            // `tolerance = true`: the proposal has a tolerance (its size is a guess to review).
            ("tolerance", Some(b)) => p.contains_key("tolerance") == b,
            // `of = "GDP"`: the goal is stated against another figure (`value = { of = … }`).
            ("of", _) => p
                .get("value")
                .and_then(|x| x.as_table())
                .is_some_and(|t| t.contains_key("of")),
            // `owner = "…"` or a list (the contract's part two §7): the first unit is the lead.
            ("owner", _) => p.get(k).is_some_and(|x| same_owners(x, v)),
            // `value = { of = … }` written as the contract writes it: the same assertion as
            // `of`, since the other figure's id is the draft's to choose.
            ("value", _) if v.as_table().is_some_and(|t| t.contains_key("of")) => p
                .get("value")
                .and_then(|x| x.as_table())
                .is_some_and(|t| t.contains_key("of")),
            _ => p.get(k).is_some_and(|x| same(x, v)),
        })
}

/// The draft's owners `a` agree with the annotation's `b`. The contract's list names the lead
/// unit first and its partners after it: an annotation naming one unit (as a string or a list
/// of one) asserts the lead, and agrees with a draft that leads with it whatever partners the
/// draft lists after; an annotation naming several units asserts the whole list, in order.
fn same_owners(a: &toml::Value, b: &toml::Value) -> bool {
    let list = |v: &toml::Value| -> Vec<String> {
        match v {
            toml::Value::String(s) => vec![s.clone()],
            toml::Value::Array(xs) => xs
                .iter()
                .filter_map(|x| x.as_str().map(String::from))
                .collect(),
            _ => Vec::new(),
        }
    };
    let (draft, annotated) = (list(a), list(b));
    match annotated.as_slice() {
        [lead] => draft.first() == Some(lead),
        _ => draft == annotated,
    }
}

struct Score {
    expected: usize,
    proposed: usize,
    right: usize,
    missed: Vec<String>,
    false_props: Vec<String>,
    quoted_none: Vec<String>,
}

/// Match proposals to annotations one to one; `kind` filters both ("table" / "prose").
fn score(set: &str, name: &str, kind: Option<&str>, mode: Mode) -> Score {
    let (ws, none) = wants(name, set);
    let (_, ps) = draft(set, name, mode);
    let is_table = |p: &toml::Table| {
        p.get("quote")
            .and_then(|q| q.as_str())
            .is_some_and(table_quote)
    };
    let ws: Vec<&Want> = ws
        .iter()
        .filter(|w| kind.is_none_or(|k| w.kind == k))
        .collect();
    let ps: Vec<&toml::Table> = ps
        .iter()
        .filter(|p| match kind {
            None => true,
            Some("table") => is_table(p),
            Some(_) => !is_table(p),
        })
        .collect();
    let mut used = vec![false; ps.len()];
    let mut missed = Vec::new();
    for w in &ws {
        match (0..ps.len()).find(|&i| !used[i] && matches(ps[i], w)) {
            Some(i) => used[i] = true,
            None => missed.push(format!("{} {:?}", w.clause, w.fields)),
        }
    }
    let false_props = ps
        .iter()
        .zip(&used)
        .filter(|(_, u)| !**u)
        .map(|(p, _)| format!("{p:?}"))
        .collect();
    let quoted_none = none
        .iter()
        .filter(|x| {
            ps.iter().any(|p| {
                p.get("quote")
                    .and_then(|q| q.as_str())
                    .is_some_and(|q| q.contains(x.as_str()))
            })
        })
        .cloned()
        .collect();
    Score {
        expected: ws.len(),
        proposed: ps.len(),
        right: used.iter().filter(|u| **u).count(),
        missed,
        false_props,
        quoted_none,
    }
}

/// A table row's quote: cells at tabs or wide gaps, or (an OCR'd row told apart at single
/// spaces) at least two figure or no-figure cells after the name (`…（%） 7.8 10 预期性`).
fn table_quote(q: &str) -> bool {
    let figure_cell = |t: &&str| {
        t.starts_with(|c: char| {
            c.is_ascii_digit() || ('０'..='９').contains(&c) || "<>＜＞≥≤〔—－-/".contains(c)
        })
    };
    q.contains('\t')
        || q.contains("  ")
        || q.contains("　　")
        || q.split_whitespace().skip(1).filter(figure_cell).count() >= 2
}

fn assert_all(name: &str) {
    assert_all_in("tuning", name);
}

fn assert_all_in(set: &str, name: &str) {
    let s = score(set, name, None, Mode::Asserted);
    assert!(s.missed.is_empty(), "{name}: missed {:#?}", s.missed);
    assert!(
        s.false_props.is_empty(),
        "{name}: false {:#?}",
        s.false_props
    );
    assert!(
        s.quoted_none.is_empty(),
        "{name}: quoted {:?}",
        s.quoted_none
    );
    assert_eq!(s.right, s.expected);
}

#[test]
fn national_indicator_table() {
    assert_all("t1-national-indicators");
}

#[test]
fn work_report_with_its_review_section() {
    assert_all("t2-work-report");
}

#[test]
fn ocr_plan_with_headers_and_a_deadline_list() {
    assert_all("t3-ocr-plan");
}

#[test]
fn ocr_table_continued_over_a_page_break() {
    assert_all("t4-ocr-continued-table");
}

#[test]
fn table_with_a_unit_column_and_a_two_line_header() {
    // A flow reached by a deadline years away, annotated a level here: drafted the deadline
    // year's ytd since the eleventh set (docs/extract.md, "Eleventh set, fixed after the run:
    // a flow reached by a deadline years away"): judgement calls.
    assert_agreed_in(
        "tuning",
        "t5-unit-column-table",
        "table",
        &["港口集装箱吞吐量"],
    );
    assert_agreed_in("tuning", "t5-unit-column-table", "prose", &[]);
}

#[test]
fn ocr_table_with_single_spaces_and_broken_lines() {
    // A flow reached by a deadline years away, annotated a level here: drafted the deadline
    // year's ytd since the eleventh set (docs/extract.md, "Eleventh set, fixed after the run:
    // a flow reached by a deadline years away"): judgement calls.
    assert_agreed_in(
        "tuning",
        "t6-ocr-squeezed-table",
        "table",
        &["农村网络零售额（亿元）"],
    );
    assert_agreed_in("tuning", "t6-ocr-squeezed-table", "prose", &[]);
}

/// heldout2's OCR'd 专栏 (scored once as held-out, now tuning material): every row read.
#[test]
fn heldout2_ocr_table_is_read() {
    // A flow reached by a deadline years away, annotated a level here: drafted the deadline
    // year's ytd since the eleventh set (docs/extract.md, "Eleventh set, fixed after the run:
    // a flow reached by a deadline years away"): judgement calls.
    assert_agreed_in("heldout2", "h3-ocr-table", "table", &["全国网上零售额"]);
    assert_agreed_in("heldout2", "h3-ocr-table", "prose", &[]);
}

/// The held-out figure for docs/extract.md (run once, at the end):
/// `cargo test --test extract_documents -- --ignored heldout_score --nocapture`
#[test]
#[ignore]
fn heldout_score() {
    score_set("heldout");
}

/// The second held-out set, written and annotated by someone who never saw the extractor:
/// `cargo test --test extract_documents -- --ignored heldout2_score --nocapture`
#[test]
#[ignore]
fn heldout2_score() {
    score_set("heldout2");
}

/// The third held-out set, written and annotated blind by another author and hashed
/// (`heldout3.sha256`) before any run; scored once, at the end (docs/extract.md):
/// `cargo test --test extract_documents -- --ignored heldout3_score --nocapture`
#[test]
#[ignore]
fn heldout3_score() {
    score_set("heldout3");
}

/// The fourth held-out set: two blind annotators' passages (`heldout4a/`, `heldout4b/`),
/// hashed (`heldout4a.sha256`, `heldout4b.sha256`) and committed before any run, scored
/// once, after every rule of the round was merged (docs/extract.md):
/// `cargo test --test extract_documents -- --ignored heldout4_score --nocapture`
#[test]
#[ignore]
fn heldout4_score() {
    score_sets("HELDOUT4", &["heldout4a", "heldout4b"]);
}

/// The fifth held-out set, made like the fourth (`heldout5a/`, `heldout5b/`), scored once after
/// the rules tuned on the fourth were merged:
/// `cargo test --test extract_documents -- --ignored heldout5_score --nocapture`
#[test]
#[ignore]
fn heldout5_score() {
    score_sets("HELDOUT5", &["heldout5a", "heldout5b"]);
}

/// The sixth held-out set, made like the fourth and fifth by two blind annotators
/// (`heldout6a/`: three prose passages; `heldout6b/`: three table passages), its hashes
/// committed before any run, scored once after the rules tuned since the fifth were merged:
/// `cargo test --test extract_documents -- --ignored heldout6_score --nocapture`
#[test]
#[ignore]
fn heldout6_score() {
    score_sets("HELDOUT6", &["heldout6a", "heldout6b"]);
}

/// The seventh held-out set, made like the sixth by two blind annotators (`heldout7a/`:
/// three prose passages; `heldout7b/`: three table passages), its hashes committed before
/// any run, scored once after the rules tuned on the sixth were merged:
/// `cargo test --test extract_documents -- --ignored heldout7_score --nocapture`
#[test]
#[ignore]
fn heldout7_score() {
    score_sets("HELDOUT7", &["heldout7a", "heldout7b"]);
}

/// The eighth held-out set, made like the seventh by two blind annotators (`heldout8a/`:
/// a work report, a plan outline with its indicator table, a department's work points with a
/// task table; `heldout8b/`: a three-year action plan with a per-year table, a county
/// secretary's speech, an OCR'd sector plan table), its hashes committed before any run,
/// scored once after the rules tuned on the seventh were merged:
/// `cargo test --test extract_documents -- --ignored heldout8_score --nocapture`
#[test]
#[ignore]
fn heldout8_score() {
    score_sets("HELDOUT8", &["heldout8a", "heldout8b"]);
}

/// The ninth held-out set, made like the eighth by two blind annotators (`heldout9a/`: a
/// city work report, a ministry's action plan with its indicator table, a county meeting's
/// news release with a task table; `heldout9b/`: a district party congress report, an OCR'd
/// province sector plan table, a province's plan-execution report with its table), its
/// hashes committed before any run, scored once after the rules of round 10 were merged:
/// `cargo test --test extract_documents -- --ignored heldout9_score --nocapture`
#[test]
#[ignore]
fn heldout9_score() {
    score_sets("HELDOUT9", &["heldout9a", "heldout9b"]);
}

/// The tenth held-out set (`heldout10a/`: a province's 2027 work report, an OCR'd city
/// 十五五 plan outline chapter with its indicator table, a department's work points with a
/// task table; `heldout10b/`: a county party secretary's speech, a ministry's special action
/// plan with year columns, a city's mid-year report with its table), its hashes committed
/// before any run, scored once after the rules of round 11 were merged:
/// `cargo test --test extract_documents -- --ignored heldout10_score --nocapture`
#[test]
#[ignore]
fn heldout10_score() {
    score_sets("HELDOUT10", &["heldout10a", "heldout10b"]);
}

/// The eleventh held-out set (`heldout11a/`: a city's 2028 work report, an OCR'd chapter of a
/// province's 十五五 special plan with its indicator table, a district notice with a
/// task-division table; `heldout11b/`: a mayor's speech at an economic work conference, a
/// ministry's three-year action plan with year columns, a county's half-year report), its
/// hashes committed before any run, scored once after the rules of round 12 were merged:
/// `cargo test --test extract_documents -- --ignored heldout11_score --nocapture`
#[test]
#[ignore]
fn heldout11_score() {
    score_sets("HELDOUT11", &["heldout11a", "heldout11b"]);
}

/// The twelfth held-out set (`heldout12a/`: a province's 2029 work report, an OCR'd chapter of
/// a county party congress report with its 十五五 indicator table, a city press conference's
/// transcript on a three-year action plan; `heldout12b/`: a state-owned group's work meeting
/// report with its indicator table, a city special action plan copied from a PDF with its
/// task-division table, a district's three-quarter progress report with its table), its
/// hashes committed before any run, scored once after the rules of round 13 were merged:
/// `cargo test --test extract_documents -- --ignored heldout12_score --nocapture`
#[test]
#[ignore]
fn heldout12_score() {
    score_sets("HELDOUT12", &["heldout12a", "heldout12b"]);
}

/// The thirteenth held-out set (`heldout13a/`: a city's 十五五 sector plan from OCR with its
/// indicator table, a county government work report, a provincial department's work points
/// with its task-division table; `heldout13b/`: a province's three-year action plan with a
/// year-column goal table, a mayor's mid-year speech, a development zone's summary and plan
/// with its progress table), its hashes committed before any run, scored once after the rules
/// of round 15 were merged:
/// `cargo test --test extract_documents -- --ignored heldout13_score --nocapture`
#[test]
#[ignore]
fn heldout13_score() {
    score_sets("HELDOUT13", &["heldout13a", "heldout13b"]);
}

/// The fourteenth held-out set (`heldout14a/`: a city's work report, a news article relaying
/// a province's implementation plan, a county 十五五 outline chapter from OCR with its
/// indicator table; `heldout14b/`: a city's assessment notice with its 考核指标 table, a
/// district's 文旅 three-year action plan with a year-column table, a bureau's mid-year
/// summary), written by two blind annotators and hashed before any run, scored once after
/// every rule of rounds 17 and 18 was merged:
/// `cargo test --test extract_documents -- --ignored heldout14_score --nocapture`
#[test]
#[ignore]
fn heldout14_score() {
    score_sets("HELDOUT14", &["heldout14a", "heldout14b"]);
}

/// The fifteenth held-out set (`heldout15a/`: a county's 十五五 outline with its indicator
/// table and a 专栏, a township's work report, a city bureau's special action plan with a
/// task-division table; `heldout15b/`: a province's digital-economy plan from OCR with its
/// indicator table, a city party secretary's speech at an economic work conference, a
/// provincial department's work points with an assessment table), written by two blind
/// annotators and hashed before any run, to be scored once after rounds 19 and 20 are merged:
/// `cargo test --test extract_documents -- --ignored heldout15_score --nocapture`
#[test]
#[ignore]
fn heldout15_score() {
    score_sets("HELDOUT15", &["heldout15a", "heldout15b"]);
}

/// The sixteenth held-out set (`heldout16a/`: a county's government work report with its
/// table of main goals, a province's three-year action plan with a task-division table, a
/// mayor's speech at an urban-renewal meeting; `heldout16b/`: a city's 十五五 health plan with
/// its indicator table and a 专栏, a development zone's work report with a task table, a city
/// office's implementation plan with a table of annual goals), written by two blind
/// annotators and hashed before any run, to be scored once after rounds 21 and 22 are merged:
/// `cargo test --test extract_documents -- --ignored heldout16_score --nocapture`
#[test]
#[ignore]
fn heldout16_score() {
    score_sets("HELDOUT16", &["heldout16a", "heldout16b"]);
}

/// The seventeenth held-out set (`heldout17a/`: a province's annual investment plan for key
/// projects with its project table, a city's 十五五 elderly-care plan with its OCR'd indicator
/// table, a county head's speech at the government's plenary meeting; `heldout17b/`: a city's
/// report on last year's plan and next year's draft plan with its table of main indicators, a
/// group company's annual operating report, a county's rural-revitalisation plan with a 专栏
/// and a task-division table), written by two blind annotators and hashed before any run, to
/// be scored once after rounds 23 and 24 are merged:
/// `cargo test --test extract_documents -- --ignored heldout17_score --nocapture`
#[test]
#[ignore]
fn heldout17_score() {
    score_sets("HELDOUT17", &["heldout17a", "heldout17b"]);
}

/// The eighteenth held-out set (`heldout18a/`: a city finance bureau's budget section with a
/// project performance-goal form, a university's 十五五 development plan with its indicator
/// table, a township party secretary's speech at a three-level cadre meeting; `heldout18b/`: a
/// city's three-year business-environment action plan with a task-division table, a district's
/// annual target-responsibility letter with its assessment table, a bureau's reply to a
/// people's congress deputy's suggestion), written by two blind annotators and hashed before
/// any run, to be scored once after rounds 25 and 26 are merged:
/// `cargo test --test extract_documents -- --ignored heldout18_score --nocapture`
#[test]
#[ignore]
fn heldout18_score() {
    score_sets("HELDOUT18", &["heldout18a", "heldout18b"]);
}

/// The nineteenth held-out set (`heldout19a/`: a city development-and-reform commission's
/// half-year report on the execution of the annual plan, a provincial science project's task
/// book, a county government executive meeting's minutes; `heldout19b/`: an east–west paired
/// assistance agreement, a county hospital's annual medical quality and safety plan, a
/// technology company's OKR document), written by two blind annotators and hashed before any
/// run, to be scored once after round 27 is merged:
/// `cargo test --test extract_documents -- --ignored heldout19_score --nocapture`
#[test]
#[ignore]
fn heldout19_score() {
    score_sets("HELDOUT19", &["heldout19a", "heldout19b"]);
}

/// The twentieth held-out set (`heldout20a/`: a city's report on the execution of last year's
/// plan and the draft plan for this year, a county party committee's inspection-rectification
/// report, a municipal people's congress standing committee's law-enforcement inspection report;
/// `heldout20b/`: a listed company's restricted-stock incentive plan, a county's carbon-peak
/// implementation plan, a district education bureau's annual work points), written by two blind
/// annotators and hashed before any run, to be scored once after round 29 is merged:
/// `cargo test --test extract_documents -- --ignored heldout20_score --nocapture`
#[test]
#[ignore]
fn heldout20_score() {
    score_sets("HELDOUT20", &["heldout20a", "heldout20b"]);
}

/// The twenty-first held-out set (`heldout21a/`: a city's mid-term evaluation of its five-year
/// plan, a city's business-environment action plan, a city commercial bank branch's annual
/// business plan; `heldout21b/`: a provincial state-assets commission's performance targets for
/// its enterprises, a county's budget execution and draft budget report, a city emergency bureau's
/// work-safety work points), written by two blind annotators and hashed before any run, to be
/// scored once after round 30 is merged:
/// `cargo test --test extract_documents -- --ignored heldout21_score --nocapture`
#[test]
#[ignore]
fn heldout21_score() {
    score_sets("HELDOUT21", &["heldout21a", "heldout21b"]);
}

/// The twenty-second held-out set (`heldout22a/`: a city culture and tourism bureau's annual work
/// points, a county's employment work plan with a per-township task table, a city power-supply
/// company's annual work conference report; `heldout22b/`: a provincial water department's plan
/// for the dual control of water use with a per-city table, a city's food-safety work points, a
/// district people's congress committee's review report on the plan), written by two blind
/// annotators and hashed before any run, to be scored once after round 31 is merged:
/// `cargo test --test extract_documents -- --ignored heldout22_score --nocapture`
#[test]
#[ignore]
fn heldout22_score() {
    score_sets("HELDOUT22", &["heldout22a", "heldout22b"]);
}

/// The twenty-third held-out set (`heldout23a/`: a city's territorial spatial master plan with
/// its planning indicator table, a city housing provident fund centre's annual plan, an
/// intermediate people's court's work plan with a table of judicial targets; `heldout23b/`: a
/// city's talent development plan for the 14th five-year period, a county's national fitness
/// implementation plan, a city government-services administration's reform work plan), written by
/// two blind annotators and hashed before any run, to be scored once after round 32 is merged:
/// `cargo test --test extract_documents -- --ignored heldout23_score --nocapture`
#[test]
#[ignore]
fn heldout23_score() {
    score_sets("HELDOUT23", &["heldout23a", "heldout23b"]);
}

/// Score several sets as one: each passage, then the totals for prose and for table rows.
fn score_sets(label: &str, sets: &[&str]) {
    let all: Vec<(&str, String)> = sets
        .iter()
        .flat_map(|&set| passages(set).into_iter().map(move |n| (set, n)))
        .collect();
    score_passages(label, &all);
}

/// The passages of a set (`NAME.txt`), sorted.
fn passages(set: &str) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(format!("{DIR}/{set}"))
        .unwrap()
        .filter_map(|e| e.ok())
        .filter_map(|e| {
            e.file_name()
                .to_str()?
                .strip_suffix(".txt")
                .map(String::from)
        })
        .collect();
    names.sort();
    names
}

/// The tuning passages scored like the held-out sets (every one is also asserted above):
/// `cargo test --test extract_documents -- --ignored tuning_score --nocapture`
#[test]
#[ignore]
fn tuning_score() {
    score_set("tuning");
}

/// The score of the tuning passages t13–t15 (a provincial department's 工作要点, a plan
/// chapter with project 专栏, an OCR'd work report with page breaks), printed before their
/// `assert_agreed_in` tests (docs/extract.md, "Tuned on t13–t15"):
/// `cargo test --test extract_documents -- --ignored t13_t15_score --nocapture`
#[test]
#[ignore]
fn t13_t15_score() {
    score_names(
        "tuning",
        &[
            "t13-department-work-points",
            "t14-plan-chapter-with-project-boxes",
            "t15-ocr-prose-with-page-breaks",
        ],
    );
}

/// The score of the tuning passages t18–t19 (a city's year-end report carried from 1—11月
/// with the year's remaining goals and next year's; a county's 工作要点 with no date line),
/// printed before their `assert_agreed_in` tests (docs/extract.md, "Tuned on t18–t19"):
/// `cargo test --test extract_documents -- --ignored t18_t19_score --nocapture`
#[test]
#[ignore]
fn t18_t19_score() {
    score_names(
        "tuning",
        &["t18-city-year-end-report", "t19-county-work-points-no-date"],
    );
}

/// The score of the tuning passages t16–t17 (a PDF copy with every cell on its own line, an
/// action plan's table with one column per year and 牵头单位), printed before their
/// `assert_agreed_in` tests (docs/extract.md, "Tuned on t16–t17"):
/// `cargo test --test extract_documents -- --ignored t16_t17_score --nocapture`
#[test]
#[ignore]
fn t16_t17_score() {
    score_names(
        "tuning",
        &[
            "t16-pdf-cell-per-line-table",
            "t17-year-columns-action-plan",
        ],
    );
}

/// The score of the tuning passages t23–t24 (a Markdown pipe table from a web page; a table
/// pasted from a web page at single spaces, its header over two lines, a 目标值 column and a
/// 年均增速〔累计〕 column), printed before their `assert_agreed_in` tests (docs/extract.md,
/// "Tuned on t23–t24"):
/// `cargo test --test extract_documents -- --ignored t23_t24_score --nocapture`
#[test]
#[ignore]
fn t23_t24_score() {
    score_names(
        "tuning",
        &[
            "t23-markdown-pipe-table-web",
            "t24-web-spaced-table-two-line-header",
        ],
    );
}

/// The score of the tuning passages t37–t38 (a municipal Party congress report with its
/// 过去五年 review and 今后五年 goals; a sector 十五五 health plan's 发展目标), printed before
/// their `assert_agreed_in` tests (docs/extract.md, "Round 9: long-range prose goals"):
/// `cargo test --test extract_documents -- --ignored t37_t38_score --nocapture`
#[test]
#[ignore]
fn t37_t38_score() {
    score_names(
        "tuning",
        &[
            "t37-city-party-congress-report",
            "t38-sector-health-15th-fyp-goals",
        ],
    );
}

/// The score of the tuning passages t41–t42 (a county head's speech at the county's economic
/// work conference; a provincial office's notice enclosing a three-year work plan), printed
/// before their `assert_agreed_in` tests (docs/extract.md, "Round 9: spoken and notice texts"):
/// `cargo test --test extract_documents -- --ignored t41_t42_score --nocapture`
#[test]
#[ignore]
fn t41_t42_score() {
    score_names(
        "tuning",
        &[
            "t41-county-head-speech-economic-conference",
            "t42-province-office-notice-work-plan",
        ],
    );
}

/// The score of the tuning passages t61–t62 (a city work report's 重点工作 full of dated tasks;
/// a district's 重点项目 notice with in-year milestones and a 分解表), printed before their
/// `assert_agreed_in` tests (docs/extract.md, "Round 12: dated tasks as milestones"):
/// `cargo test --test extract_documents -- --ignored t61_t62_score --nocapture`
#[test]
#[ignore]
fn t61_t62_score() {
    score_names(
        "tuning",
        &[
            "t61-city-work-report-key-tasks-dated",
            "t62-district-key-projects-notice-milestones",
        ],
    );
}

/// The score of the tuning passages t107–t108 (a box-drawing table with wrapped cells; a
/// tab table with no unit column, each cell carrying its unit):
/// `cargo test --test extract_documents -- --ignored t107_t108_score --nocapture`
#[test]
#[ignore]
fn t107_t108_score() {
    score_names(
        "tuning",
        &[
            "t107-county-eco-plan-box-drawing-table-wrapped-cells",
            "t108-city-consumption-plan-tab-table-units-in-cells",
        ],
    );
}

fn score_set(set: &str) {
    let names = passages(set);
    let names: Vec<&str> = names.iter().map(String::as_str).collect();
    score_names(set, &names);
}

fn score_names(set: &str, names: &[&str]) {
    let all: Vec<(&str, String)> = names.iter().map(|n| (set, n.to_string())).collect();
    score_passages(&set.to_uppercase(), &all);
}

/// Score `(set, passage)` pairs: each passage, then `label`'s totals for prose and for table
/// rows (the figures docs/extract.md reports).
fn score_passages(label: &str, all: &[(&str, String)]) {
    for kind in ["prose", "table"] {
        let (mut e, mut p, mut r) = (0, 0, 0);
        for (set, n) in all {
            let s = score(set, n, Some(kind), Mode::Scored);
            println!(
                "{set}/{n} [{kind}]: expected {}, proposed {}, right {}; missed {:?}; false {:?}; quoted {:?}",
                s.expected, s.proposed, s.right, s.missed, s.false_props, s.quoted_none
            );
            e += s.expected;
            p += s.proposed;
            r += s.right;
        }
        println!(
            "{label} {kind}: expected {e}, proposed {p}, right {r}: recall {:.3}, precision {:.3}",
            r as f64 / e.max(1) as f64,
            r as f64 / p.max(1) as f64
        );
    }
}

#[test]
fn a_list_under_a_deadline_header_takes_its_deadline() {
    let (_dir, path) = temp_file(
        "list.txt",
        "某市数字经济发展三年行动计划\n到2023年底：\n　　全市5G基站达到2万个以上。\n　　千兆宽带用户数突破50万户。\n",
    );
    let out = progress().arg("extract").arg(&path).assert().success();
    let text = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    assert_eq!(text.matches("deadline = 2023-12-31").count(), 2, "{text}");
}

#[test]
fn eight_thousand_copies_of_one_sentence_get_eight_thousand_ids() {
    // Issue 14: ids were made unique by scanning a list (123 s for this input). The time is
    // measured in benches/extract.rs; this checks the ids are still unique and in order.
    let (_dir, path) = temp_file(
        "same.txt",
        &"全年新增城镇就业1100万人以上。\n".repeat(8_000),
    );
    let out = progress()
        .args(["extract", "--year", "2020"])
        .arg(&path)
        .assert()
        .success();
    let text = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    let t: toml::Table = toml::from_str(&text).unwrap();
    let ids: Vec<&str> = t["target"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids.len(), 8_000);
    let unique: std::collections::HashSet<&&str> = ids.iter().collect();
    assert_eq!(unique.len(), 8_000);
    assert!(ids[7_999].ends_with("-8000"), "{}", ids[7_999]);
}

/// The draft of `text` (extract run on a temporary file), parsed, with its targets.
fn targets_of(text: &str, year: &str) -> Vec<toml::Table> {
    let (_dir, path) = temp_file("doc.txt", text);
    let out = progress()
        .args(["extract", "--year", year])
        .arg(&path)
        .assert()
        .success();
    let draft = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    let t: toml::Table = toml::from_str(&draft).unwrap();
    t.get("target")
        .and_then(|x| x.as_array())
        .map(|a| a.iter().map(|x| x.as_table().unwrap().clone()).collect())
        .unwrap_or_default()
}

fn with_quote<'a>(ts: &'a [toml::Table], piece: &str) -> &'a toml::Table {
    ts.iter()
        .find(|t| t["quote"].as_str().unwrap().contains(piece))
        .unwrap_or_else(|| panic!("no proposal quoting {piece}: {ts:#?}"))
}

#[test]
fn a_deadline_opening_a_passage_carries_to_its_later_sentences() {
    let ts = targets_of(
        "　　到2025年，全市地区生产总值突破2000亿元，研发经费投入强度达到3%。单位GDP能耗下降13.5%，单位GDP二氧化碳排放下降18%。森林覆盖率达到25%以上。\n　　今年，新增城镇就业1.2万人。\n",
        "2023",
    );
    for piece in ["能耗下降13.5%", "二氧化碳排放下降18%", "森林覆盖率达到25%"] {
        let t = with_quote(&ts, piece);
        assert_eq!(t["deadline"].to_string(), "2025-12-31", "{piece}");
    }
    // A new passage does not inherit it.
    assert_eq!(
        with_quote(&ts, "新增城镇就业1.2万人")["deadline"].to_string(),
        "2023-12-31"
    );
}

#[test]
fn a_byline_glued_to_a_results_sentence_does_not_hide_it() {
    let ts = targets_of(
        "2023年政府工作报告 本报记者 张三 整理 过去一年，全区地区生产总值增长6.5%，新增城镇就业1.2万人。\n　　今年主要预期目标是：地区生产总值增长6%以上。\n",
        "2023",
    );
    assert_eq!(ts.len(), 1, "past results proposed: {ts:#?}");
    assert_eq!(ts[0]["value"].as_integer(), Some(6));
    assert!(!ts[0]["quote"].as_str().unwrap().contains("记者"));
}

#[test]
fn stations_built_this_year_are_a_flow_not_a_level() {
    let ts = targets_of(
        "今年新建5G基站3000个左右，新增千兆宽带用户500万户。\n",
        "2023",
    );
    let t = with_quote(&ts, "新建5G基站3000个");
    assert_eq!(t["measure"].as_str(), Some("ytd"));
    assert_eq!(t["value"].as_integer(), Some(3000));
}

#[test]
fn wrapped_table_rows_are_joined() {
    let ts = targets_of(
        "主要指标\n类别\t指标\t2020年\t2025年\t年均/累计\t属性\n经济发展\n\t3．常住人口城镇化率（%）\t60.6*\t65\t—\t预期性\n创新驱动\n\t4．研发经费投入增长（%）\t—\t—\t＞7、力争投入强度高于“十三五”时期实际\t预期性\n\t6．数字经济核心产业增加值占GDP比\n重（%）\t7.8\t10\t—\t预期性\n\t7．单位GDP能源消耗降低（%）\t—\t—\t〔13.5〕\t约束性\n注：〔〕内为5年累计数。\n主要指标（续）\n指标  2020年  2025年  属性\n网民规模（亿人）  9.89  11.\n76  预期性\n固定宽带家庭普及率  96  98  预期性\n（%）\n",
        "2021",
    );
    let share = with_quote(&ts, "占GDP比重（%）");
    assert_eq!(share["value"].as_integer(), Some(10));
    assert_eq!(share["unit"].as_str(), Some("%"));
    assert_eq!(
        with_quote(&ts, "研发经费投入增长")["rule"].as_str(),
        Some("more-than")
    );
    with_quote(&ts, "能源消耗降低");
    assert_eq!(with_quote(&ts, "网民规模")["value"].as_float(), Some(11.76));
    let tail = with_quote(&ts, "固定宽带家庭普及率（%）");
    assert_eq!(tail["unit"].as_str(), Some("%"));
    assert_eq!(ts.len(), 6, "{ts:#?}");
}

#[test]
fn an_ocr_table_with_a_unit_column_reads_ranges_separators_and_goals_in_words() {
    let ts = targets_of(
        "表2　主要指标\n序号 指标 单位 现状值（2020年） 目标值（2025年） 指标属性\n一、环境质量\n1 细颗粒物（PM2.5）平均浓度 微克/立方米 33 ≤30 约束性\n2 地表水达到或好于Ⅲ类水体比例 % 80 完成省下达任务 约束性\n3 城市生活垃圾回收利用率 % 35 6-6.5 预期性\n4 新能源汽车保有量 万辆 1,250 ＞3,000 预期性\n5 每千人口拥有 3 岁以下婴幼儿托位数 个 1.8 4.5\n说明：〔〕内为五年累计数。\n",
        "2021",
    );
    assert_eq!(ts.len(), 5, "{ts:#?}");
    let pm = with_quote(&ts, "平均浓度");
    assert_eq!(pm["unit"].as_str(), Some("微克/立方米"));
    assert_eq!(pm["rule"].as_str(), Some("at-most"));
    assert_eq!(pm["deadline"].to_string(), "2025-12-31");
    let water = with_quote(&ts, "完成省下达任务");
    assert_eq!(water["measure"].as_str(), Some("assessed"));
    assert_eq!(water["class"].as_str(), Some("binding"));
    // A range in a goal cell is a band (changed by "Tuned on t23–t24": it was a floor of 6
    // with a stretch of 6.5).
    let waste = with_quote(&ts, "回收利用率");
    assert_eq!(waste["rule"].as_str(), Some("between"));
    assert_eq!(waste["value"].to_string(), "[6, 6.5]");
    assert!(!waste.contains_key("stretch"));
    let cars = with_quote(&ts, "新能源汽车保有量");
    assert_eq!(cars["value"].as_integer(), Some(3000));
    assert_eq!(cars["rule"].as_str(), Some("more-than"));
    // A count inside a name, and a row with no 属性 word: its goal stays in its column.
    let care = with_quote(&ts, "婴幼儿托位数");
    assert_eq!(care["value"].as_float(), Some(4.5));
    assert_eq!(care["unit"].as_str(), Some("个"));
}

#[test]
fn results_tables_spaced_prose_and_numbered_lists_propose_nothing() {
    let ts = targets_of(
        "主要指标完成情况\n指标 单位 2022年完成 2023年实际\n地区生产总值 亿元 3200 3450\n一般公共预算收入 亿元 210 225\n\n2023年 全市 工作 要点\n1. 完善 综合 交通 网络。\n2. 提升 运输 服务 品质。\n各地 要 结合 实际 制定 实施方案 2023年 基期 目标 另行 明确\n— 3 —\n",
        "2023",
    );
    assert!(ts.is_empty(), "{ts:#?}");
}

/// A heldout2 passage, now tuning material: every prose annotation the rules agree with
/// must be proposed, nothing else, and no past result quoted. `judgement` lists the
/// annotations that are judgement calls the rules decide the other way (docs/extract.md,
/// "Tuned on heldout2"): they are neither required nor counted as false.
fn assert_agreed(name: &str, judgement: &[&str]) {
    assert_agreed_in("heldout2", name, "prose", judgement);
}

/// `assert_agreed` for any set and kind (`prose` or `table`).
fn assert_agreed_in(set: &str, name: &str, kind: &str, judgement: &[&str]) {
    let s = score(set, name, Some(kind), Mode::Asserted);
    let missed: Vec<&String> = s
        .missed
        .iter()
        .filter(|m| !judgement.iter().any(|j| m.starts_with(j)))
        .collect();
    assert!(missed.is_empty(), "{name}: missed {missed:#?}");
    let false_props: Vec<&String> = s
        .false_props
        .iter()
        .filter(|p| !judgement.iter().any(|j| p.contains(j)))
        .collect();
    assert!(false_props.is_empty(), "{name}: false {false_props:#?}");
    assert!(
        s.quoted_none.is_empty(),
        "{name}: quoted {:?}",
        s.quoted_none
    );
    assert_eq!(s.right + judgement.len(), s.expected, "{name}");
}

#[test]
fn heldout2_city_work_report_prose() {
    // 3万个 is drafted as written (3 万个), as the annotator has it. Its three-year addition
    // (今后三年新增…泊位3万个, annotated a level increase) is drafted ytd since round 10: the
    // reading most blind annotators chose (docs/extract.md, "Round 10: action plans and
    // plan-execution reports").
    assert_agreed("h1-city-work-report", &["停车泊位3万个"]);
}

#[test]
fn heldout2_plan_chapter_prose() {
    // 进入全国第一方阵 is an assessed goal since round 11 (`ASSESSED_STATES`).
    // A flow reached by a deadline years away, annotated a level here: drafted the deadline
    // year's ytd since the eleventh set (docs/extract.md, "Eleventh set, fixed after the run:
    // a flow reached by a deadline years away"): judgement calls.
    assert_agreed("h4-plan-prose", &["力争突破1.2万亿元"]);
}

#[test]
fn heldout2_county_release_prose() {
    // 完成…三年行动收官任务: the annotator made it assessed; no figure, not drafted.
    // 三年内新增…企业20家 (annotated a level increase) is ytd over the window since round 10.
    assert_agreed(
        "h5-county-mixed",
        &["三年行动收官任务", "新增省级以上专精特新企业20家"],
    );
}

#[test]
fn a_deadline_after_a_list_header_carries_over_the_plan_chapter() {
    let ts = targets_of(
        "第一节　发展基础\n“十三五”时期，全市地区生产总值年均增长7.1%，2020年达到8460亿元。\n第二节　“十四五”时期主要目标\n今后五年要努力实现以下主要目标：\n到2025年，综合实力迈上新台阶。经济保持中高速增长，地区生产总值年均增长6.5%左右。\n科技创新能力显著增强。研发经费投入强度达到3%。\n",
        "2020",
    );
    for piece in ["年均增长6.5%左右", "投入强度达到3%"] {
        let t = with_quote(&ts, piece);
        assert_eq!(t["deadline"].to_string(), "2025-12-31", "{piece}");
        assert_eq!(t["start"].to_string(), "2021-01-01", "{piece}");
    }
    assert_eq!(ts.len(), 2, "{ts:#?}");
}

#[test]
fn the_text_year_is_the_year_of_its_goals() {
    // A release dated 2024 that reviews 2023 first: the goals are 2024's.
    let text = "发布时间：2024-02-21 09:36\n会议回顾了2023年工作。一年来，全县地区生产总值增长7.2%。会议提出，今年全县地区生产总值增长6.5%以上。\n";
    let (_dir, path) = temp_file("release.txt", text);
    let out = progress().arg("extract").arg(&path).assert().success();
    let draft = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    let t: toml::Table = toml::from_str(&draft).unwrap();
    let ts = t["target"].as_array().unwrap();
    assert_eq!(ts.len(), 1, "the 2023 result was proposed: {draft}");
    assert_eq!(ts[0]["deadline"].to_string(), "2024-12-31");
    // Without a date line, a year naming the goals decides.
    let text = "一、2023年工作回顾\n全年地区生产总值增长5.8%。\n二、2024年主要目标\n地区生产总值增长5.5%左右。\n";
    let (_dir, path) = temp_file("report.txt", text);
    let out = progress().arg("extract").arg(&path).assert().success();
    let draft = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    assert!(draft.contains("deadline = 2024-12-31"), "{draft}");
    assert!(!draft.contains("2023-12-31"), "{draft}");
    // Neither: the year after the one under review.
    let text = "一、2023年工作回顾\n全年地区生产总值增长5.8%。\n二、今年工作安排\n今年地区生产总值增长5.5%左右。\n";
    let (_dir, path) = temp_file("report.txt", text);
    let out = progress().arg("extract").arg(&path).assert().success();
    let draft = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    assert!(draft.contains("deadline = 2024-12-31"), "{draft}");
    assert!(!draft.contains("5.8"), "{draft}");
}

#[test]
fn about_on_a_quantity_to_reach_is_a_floor_with_a_tolerance() {
    let ts = targets_of(
        "今年主要预期目标是：地区生产总值增长5%左右，城镇新增就业6万人左右，城镇调查失业率5.5%左右，新增建设用地控制在800亩左右。\n",
        "2024",
    );
    let jobs = with_quote(&ts, "新增就业6万人左右");
    assert_eq!(jobs["rule"].as_str(), Some("at-least"));
    assert_eq!(jobs["tolerance"].as_float(), Some(0.6));
    let gdp = with_quote(&ts, "增长5%左右");
    assert_eq!(gdp["rule"].as_str(), Some("about"));
    assert_eq!(
        with_quote(&ts, "失业率5.5%左右")["rule"].as_str(),
        Some("at-most")
    );
    // Held down (控制在), not reached: not a floor but a cap (round 18 C).
    assert_eq!(
        with_quote(&ts, "控制在800亩左右")["rule"].as_str(),
        Some("at-most")
    );
}

#[test]
fn striving_after_a_list_comma_is_a_stretch() {
    let ts = targets_of(
        "今年新增高新技术企业200家以上、力争突破250家，规上工业增加值增长8%、力争10%。\n",
        "2024",
    );
    assert_eq!(ts.len(), 2, "{ts:#?}");
    assert_eq!(
        with_quote(&ts, "200家以上")["stretch"].as_integer(),
        Some(250)
    );
    assert_eq!(with_quote(&ts, "增长8%")["stretch"].as_integer(), Some(10));
}

#[test]
fn works_in_one_year_are_a_flow_and_stockless_additions_over_years_too() {
    let ts = targets_of(
        "今年开工改造城镇老旧小区120个，建成美丽乡村示范村10个。今后三年新增城市公共停车泊位3万个。\n",
        "2024",
    );
    assert_eq!(
        with_quote(&ts, "老旧小区120个")["measure"].as_str(),
        Some("ytd")
    );
    assert_eq!(
        with_quote(&ts, "示范村10个")["measure"].as_str(),
        Some("ytd")
    );
    let parking = with_quote(&ts, "停车泊位3万个");
    // The unit as written (was 30000 个 when counts were multiplied out). An addition over
    // three years is what is added over them, ytd (an increase of the level before round 10).
    assert_eq!(parking["measure"].as_str(), Some("ytd"));
    assert_eq!(parking["value"].as_integer(), Some(3));
    assert_eq!(parking["unit"].as_str(), Some("万个"));
    assert_eq!(parking["deadline"].to_string(), "2026-12-31");
    assert_eq!(parking["name"]["zh"].as_str(), Some("城市公共停车泊位"));
    let ts = targets_of("到2025年，五年累计新增城镇就业60万人以上。\n", "2021");
    let jobs = with_quote(&ts, "新增城镇就业60万人");
    assert_eq!(jobs["measure"].as_str(), Some("ytd"));
    assert_eq!(jobs["value"].as_integer(), Some(60));
}

#[test]
fn growth_against_another_figure_gets_a_series_and_validates() {
    let text = "会议明确，2024年全县还要实现以下目标：——农村居民人均可支配收入增长7%以上、增速继续高于城镇居民；——空气质量持续改善，守住不发生规模性返贫底线。\n";
    let (_dir, path) = temp_file("goals.txt", text);
    let out = progress().arg("extract").arg(&path).assert().success();
    let draft = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    let t: toml::Table = toml::from_str(&draft).unwrap();
    let ts: Vec<toml::Table> = t["target"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x.as_table().unwrap().clone())
        .collect();
    let series = t["series"].as_array().unwrap();
    assert_eq!(series.len(), 1, "{draft}");
    assert_eq!(
        series[0]["name"]["zh"].as_str(),
        Some("城镇居民人均可支配收入增长")
    );
    let rel = ts
        .iter()
        .find(|x| x.get("value").is_some_and(|v| v.is_table()))
        .unwrap_or_else(|| panic!("{draft}"));
    assert_eq!(rel["rule"].as_str(), Some("more-than"));
    assert_eq!(rel["value"]["of"].as_str(), series[0]["id"].as_str());
    assert_eq!(rel["deadline"].to_string(), "2024-12-31");
    let assessed: Vec<&toml::Table> = ts
        .iter()
        .filter(|x| x["measure"].as_str() == Some("assessed"))
        .collect();
    assert_eq!(assessed.len(), 2, "{draft}");
    assert!(
        assessed
            .iter()
            .any(|x| x["quote"].as_str() == Some("守住不发生规模性返贫底线"))
    );
    let (_d2, spec) = temp_file("draft.toml", &draft);
    progress()
        .args(["validate", "--spec"])
        .arg(&spec)
        .assert()
        .success();
}

/// The draft of `text` with no `--year`: the text's own year (or none) decides.
fn targets_no_year(text: &str) -> Vec<toml::Table> {
    let (_dir, path) = temp_file("doc.txt", text);
    let out = progress().arg("extract").arg(&path).assert().success();
    let draft = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    let t: toml::Table = toml::from_str(&draft).unwrap();
    t.get("target")
        .and_then(|x| x.as_array())
        .map(|a| a.iter().map(|x| x.as_table().unwrap().clone()).collect())
        .unwrap_or_default()
}

#[test]
fn a_results_section_lasts_to_the_next_heading_past_a_change_to_a_past_year() {
    // heldout3 g1: `从2017年的…增加到2022年的…` is the end point of a change, not a
    // deadline that turns the 回顾 section to goals; 2022年，… 全年… stays a result.
    let text = "岭西省人民政府工作报告\n——2023年1月15日在岭西省第十四届人民代表大会第一次会议上\n\n一、过去五年工作回顾\n过去五年，是岭西发展进程中极不平凡的五年。\n综合实力跃上新台阶。全省地区生产总值从2017年的2.36万亿元增加到2022年的3.12万亿元，年均增长5.9%；常住人口城镇化率达到61.8%，五年提高5.6个百分点。\n2022年，面对超预期因素冲击，全省经济保持恢复态势。全年地区生产总值增长3.6%，城镇新增就业61.2万人。\n\n二、今后五年的主要目标\n政府工作的主要目标是：到2027年，全省经济总量突破4万亿元，常住人口城镇化率达到66%左右。\n";
    let ts = targets_no_year(text);
    assert_eq!(ts.len(), 2, "past results proposed: {ts:#?}");
    for t in &ts {
        assert_eq!(t["deadline"].to_string(), "2027-12-31");
    }
    // The brief's repro: the paragraphs alone, no heading, no date.
    let ts = targets_no_year(
        "\n过去五年，是岭西发展进程中极不平凡的五年。\n综合实力跃上新台阶。全省地区生产总值从2017年的2.36万亿元增加到2022年的3.12万亿元，年均增长5.9%；一般公共预算收入年均增长4.3%；常住人口城镇化率达到61.8%，五年提高5.6个百分点。\n",
    );
    assert!(ts.is_empty(), "past results proposed: {ts:#?}");
}

#[test]
fn a_release_reviewing_the_past_year_after_a_reporting_lead_proposes_only_the_goals() {
    // heldout3 g6: 会议指出，2024年，… then 预计 / 全年 figures of 2024.
    let text = "发布时间：2025-01-10 18:42\n1月9日，区委经济工作会议召开。\n会议指出，2024年，全区经济运行稳中向好。全区地区生产总值预计增长6.3%，规上工业增加值增长8.7%，全年新建5G基站618个。\n会议明确，2025年全区经济社会发展的主要预期目标是：地区生产总值增长6%左右，规上工业增加值增长7%以上。\n";
    let ts = targets_no_year(text);
    assert_eq!(ts.len(), 2, "past results proposed: {ts:#?}");
    with_quote(&ts, "增长6%左右");
    with_quote(&ts, "增长7%以上");
}

#[test]
fn a_plan_execution_section_is_results() {
    // heldout3 g2: 一、2024年…计划执行情况 is a results section; its 预计全年 is 2024's.
    let text = "——2025年1月20日在海州市第十七届人民代表大会第五次会议上\n\n一、2024年国民经济和社会发展计划执行情况\n2024年，全市经济运行总体平稳。预计全年地区生产总值增长5.3%，城镇新增就业12.6万人。\n\n二、2025年经济社会发展的主要目标\n地区生产总值增长5%左右。\n";
    let ts = targets_no_year(text);
    assert_eq!(ts.len(), 1, "past results proposed: {ts:#?}");
    with_quote(&ts, "增长5%左右");
}

#[test]
fn an_earlier_plan_period_opening_a_sentence_is_results() {
    // heldout3 g4: under a 十五五 plan's table, `“十四五”时期，…年均增长5.9%` looks back.
    let text = "清源市国民经济和社会发展第十五个五年规划纲要\n    “十四五”时期，全市地区生产总值年均增长5.9%，单位地区生产总值能耗累计下降14.8%，城镇累计新增就业41.3万人。\n";
    let ts = targets_no_year(text);
    assert!(ts.is_empty(), "past results proposed: {ts:#?}");
}

/// Extract `text` (no `--year`) and run `progress validate` on the draft: its stderr's
/// problems other than the flagged `about` tolerance.
fn draft_problems(text: &str) -> (String, Vec<String>) {
    let (_dir, path) = temp_file("doc.txt", text);
    let out = progress().arg("extract").arg(&path).assert().success();
    let draft = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    let (_d2, spec) = temp_file("draft.toml", &draft);
    let v = progress()
        .args(["validate", "--spec"])
        .arg(&spec)
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&v.stderr).to_string();
    let problems = err
        .lines()
        .filter(|l| l.starts_with("error: ") && !l.contains("problem"))
        .filter(|l| !l.contains("missing `tolerance` in an `about` target"))
        .map(String::from)
        .collect();
    (draft, problems)
}

#[test]
fn a_window_with_only_its_end_year_gets_an_assumed_start_and_validates() {
    // Prose: a deadline and no year of the text.
    let (draft, problems) = draft_problems("到2027年，全省经济总量突破4万亿元。\n");
    assert!(problems.is_empty(), "{problems:?}\n{draft}");
    assert!(draft.contains("start = 2027-01-01"), "{draft}");
    assert!(draft.contains("start assumed"), "{draft}");
    // A table with only a goal year ending a plan period: that period.
    let (draft, problems) = draft_problems(
        "指标\t2025年\t属性\n森林覆盖率（%）\t≥44.6\t约束性\n研发经费投入强度（%）\t3\t预期性\n",
    );
    assert!(problems.is_empty(), "{problems:?}\n{draft}");
    assert!(draft.contains("start = 2021-01-01"), "{draft}");
    assert!(draft.contains("start assumed"), "{draft}");
}

#[test]
fn an_ocr_table_with_a_category_column_spaced_titles_and_cut_names() {
    // heldout3 g4: `指  标` spaced out, categories two characters a line (经济 / 发展),
    // names cut at the row's end (`…占地区生产总值⏎比重（%）`, `（微克/立⏎方米）`), and a
    // 〔X〕 of 城镇新增就业 (a flow summed over the window).
    let text = "表1　主要指标\n类别    序号   指  标                          2025年     2030年     年均增长      属性\n经济     1    地区生产总值增长（%）              5.5＊        —         5左右       预期性\n发展     2    常住人口城镇化率（%）              71.2        ７５          —         预期性\n         3    数字经济核心产业增加值占地区生产总值\n              比重（%）                          9.6         １３          —         预期性\n         4    细颗粒物（PM2.5）平均浓度（微克/立\n方米）      29        ≤２５          —         约束性\n民生     5    城镇新增就业（万人）                —           —        〔４０〕      预期性\n";
    let ts = targets_no_year(text);
    assert_eq!(ts.len(), 5, "{ts:#?}");
    let name = |t: &toml::Table| t["name"]["zh"].as_str().unwrap().to_string();
    let gdp = with_quote(&ts, "地区生产总值增长");
    assert_eq!(name(gdp), "地区生产总值增长");
    assert_eq!(gdp["measure"].as_str(), Some("growth"));
    assert_eq!(gdp["class"].as_str(), Some("expected"));
    let urb = with_quote(&ts, "城镇化率");
    assert_eq!(name(urb), "常住人口城镇化率");
    assert_eq!(urb["value"].as_integer(), Some(75));
    let share = with_quote(&ts, "数字经济");
    assert_eq!(name(share), "数字经济核心产业增加值占地区生产总值比重");
    assert_eq!(share["unit"].as_str(), Some("%"));
    assert_eq!(share["value"].as_integer(), Some(13));
    let pm = with_quote(&ts, "细颗粒物");
    assert_eq!(pm["unit"].as_str(), Some("微克/立方米"));
    assert_eq!(pm["rule"].as_str(), Some("at-most"));
    assert_eq!(pm["value"].as_integer(), Some(25));
    let jobs = with_quote(&ts, "城镇新增就业");
    assert_eq!(jobs["measure"].as_str(), Some("ytd"));
    assert_eq!(jobs["value"].as_integer(), Some(40));
    assert_eq!(jobs["unit"].as_str(), Some("万人"));
}

#[test]
fn a_yearly_rate_named_before_its_verb_and_projects_attracted_in_a_year() {
    // heldout3 g5: `年均增长保持在8%左右` over a plan's window is the average annual growth.
    let ts = targets_of(
        "到2025年，全社会固定资产投资年均增长保持在8%左右。\n",
        "2021",
    );
    let t = with_quote(&ts, "年均增长保持在8%左右");
    assert_eq!(t["measure"].as_str(), Some("growth"));
    assert_eq!(t["over"].as_str(), Some("window"));
    assert_eq!(t["aggregate"].as_str(), Some("average"));
    assert_eq!(t["value"].as_integer(), Some(8));
    // heldout3 g6: projects attracted (招引) and villages created (创建) in one year are
    // that year's flow.
    let ts = targets_of(
        "今年，全年招引亿元以上项目60个，创建“千万工程”示范村12个。\n",
        "2025",
    );
    for piece in ["招引亿元以上项目60个", "示范村12个"] {
        assert_eq!(
            with_quote(&ts, piece)["measure"].as_str(),
            Some("ytd"),
            "{piece}"
        );
    }
}

#[test]
fn a_title_period_is_the_window_of_figures_without_one_and_a_guiding_line_is_no_milestone() {
    // heldout3 g3: a 三年行动方案（2024—2026年）: a figure with no window takes the period;
    // `以…为主线` is how the plan works, not a milestone.
    let ts = targets_no_year(
        "湖东省绿色低碳产业三年行动方案（2024—2026年）\n2024年3月8日\n\n一、总体要求\n坚持系统观念，以能源绿色低碳转型和产业结构优化升级为主线，推动产业发展。\n\n二、重点任务\n加快公共领域车辆全面电动化，公共领域新增或更新车辆中新能源汽车比例不低于80%。\n",
    );
    assert_eq!(ts.len(), 1, "{ts:#?}");
    let t = with_quote(&ts, "新能源汽车比例不低于80%");
    assert_eq!(t["start"].to_string(), "2024-01-01");
    assert_eq!(t["deadline"].to_string(), "2026-12-31");
}

#[test]
fn a_goal_in_words_wrapped_under_its_column_is_joined() {
    // heldout3 g4: `＞地区生产⏎总值增长`, the second line indented under the goal column.
    let text = "类别    序号   指  标                          2025年     2030年     年均增长      属性\n经济     1    地区生产总值增长（%）              5.5＊        —         5左右       预期性\n发展     2    全员劳动生产率增长（%）            5.8＊        —      ＞地区生产     预期性\n                                                                 总值增长\n         3    常住人口城镇化率（%）              71.2        ７５          —         预期性\n";
    let ts = targets_no_year(text);
    assert_eq!(ts.len(), 3, "{ts:#?}");
    let t = with_quote(&ts, "全员劳动生产率");
    assert_eq!(t["measure"].as_str(), Some("growth"));
    assert_eq!(t["rule"].as_str(), Some("more-than"));
    assert_eq!(t["value"]["of"].as_str(), Some("gdp-growth"));
}

#[test]
fn an_annual_plan_table_reads_its_year_columns_and_additions_are_the_year_s() {
    // heldout3 g2: `2024年计划  2024年预计  2025年目标`: a one-year window (2025), and
    // 新增养老机构床位 2500 is what 2025 adds (ytd).
    let text = "序号\t指标\t单位\t2024年计划\t2024年预计\t2025年目标\n1\t规模以上工业增加值增长\t%\t6.5\t7.1\t6左右\n9\t新增养老机构床位\t张\t2000\t2360\t2500\n";
    let ts = targets_no_year(text);
    assert_eq!(ts.len(), 2, "{ts:#?}");
    let beds = with_quote(&ts, "新增养老机构床位");
    assert_eq!(beds["measure"].as_str(), Some("ytd"));
    assert_eq!(beds["value"].as_integer(), Some(2500));
    assert_eq!(beds["start"].to_string(), "2025-01-01");
    assert_eq!(beds["deadline"].to_string(), "2025-12-31");
}

// heldout3, tuning material since its one scored run (docs/extract.md, "Tuned on
// heldout3"). The listed annotations are judgement calls or known gaps, named there.

#[test]
fn heldout3_province_work_report() {
    // A flow reached by a deadline years away, annotated a level here: drafted the deadline
    // year's ytd since the eleventh set (docs/extract.md, "Eleventh set, fixed after the run:
    // a flow reached by a deadline years away"): judgement calls.
    assert_agreed_in(
        "heldout3",
        "g1-province-work-report",
        "prose",
        &[
            "经济总量突破4万亿元",
            // annotated `about` before the contract's soft bounds; drafted a floor with slack, real-plans §3
            "常住人口城镇化率达到66%左右",
        ],
    );
}

#[test]
fn heldout3_plan_report_with_a_table() {
    assert_agreed_in("heldout3", "g2-plan-report-table", "prose", &[]);
    assert_agreed_in("heldout3", "g2-plan-report-table", "table", &[]);
}

#[test]
fn heldout3_action_plan() {
    // A flow reached by a deadline years away, annotated a level here: drafted the deadline
    // year's ytd since the eleventh set (docs/extract.md, "Eleventh set, fixed after the run:
    // a flow reached by a deadline years away"): judgement calls.
    assert_agreed_in(
        "heldout3",
        "g3-action-plan",
        "prose",
        &[
            "风电光伏装备制造业营业收入突破3000亿元",
            // annotated `about` before the contract's soft bounds; drafted a floor with slack, real-plans §3
            "非化石能源消费比重提高到22%左右",
        ],
    );
    assert_agreed_in("heldout3", "g3-action-plan", "table", &["可再生能源发电量"]);
}

#[test]
fn heldout3_ocr_plan_table() {
    assert_agreed_in("heldout3", "g4-ocr-fyp-table", "prose", &[]);
    assert_agreed_in("heldout3", "g4-ocr-fyp-table", "table", &[]);
}

#[test]
fn heldout3_city_plan_chapter() {
    // 新增普惠性幼儿园学位1.2万个 by 2025 (annotated a level increase) is ytd over the plan's
    // window since round 10 (docs/extract.md, "Round 10: action plans and plan-execution reports").
    assert_agreed_in(
        "heldout3",
        "g5-city-plan-prose",
        "prose",
        // (经济总量…: a flow reached by a deadline years away, a judgement call since the
        // eleventh set.)
        &["新增普惠性幼儿园学位1.2万个", "经济总量迈上5000亿元台阶"],
    );
}

#[test]
fn heldout3_district_news_release() {
    assert_agreed_in("heldout3", "g6-district-news", "prose", &[]);
}

#[test]
fn a_sub_heading_inside_a_results_section_does_not_end_it() {
    // `（一）…工作` under `一、过去五年工作回顾` is deeper: results last to `二、…目标`.
    let ts = targets_of(
        "前言。\n\n一、过去五年工作回顾\n（一）扎实做好稳增长工作\n全省地区生产总值年均增长5.9%，城镇新增就业312万人。\n二、今后五年的主要目标\n到2027年，全省经济总量突破4万亿元。\n",
        "2023",
    );
    assert_eq!(ts.len(), 1, "past results proposed: {ts:#?}");
    with_quote(&ts, "突破4万亿元");
}

// ---------------------------------------------------------------------------------------
// Closing the known gaps (docs/extract.md, "Closing the gaps annotators disagreed on")

/// The draft of `text` (with `--year`) as printed, for tests that run it through `check`.
fn draft_text(text: &str, year: &str) -> String {
    let (_dir, path) = temp_file("doc.txt", text);
    let out = progress()
        .args(["extract", "--year", year])
        .arg(&path)
        .assert()
        .success();
    String::from_utf8(out.get_output().stdout.clone()).unwrap()
}

#[test]
fn counts_keep_their_magnitude_as_written_and_actuals_in_the_plain_unit_convert() {
    let text = "到2025年，全省高新技术企业总数突破1.2万家，新增城市公共停车泊位3万个。\n";
    let draft = draft_text(text, "2023");
    let t: toml::Table = toml::from_str(&draft).unwrap();
    let ts: Vec<toml::Table> = t["target"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x.as_table().unwrap().clone())
        .collect();
    let firms = with_quote(&ts, "1.2万家");
    assert_eq!(firms["unit"].as_str(), Some("万家"));
    assert_eq!(firms["value"].as_float(), Some(1.2));
    let parking = with_quote(&ts, "3万个");
    assert_eq!(parking["unit"].as_str(), Some("万个"));
    // An addition over the plan's years: ytd 3 万个 since round 10 (an increase before).
    assert_eq!(parking["value"].as_integer(), Some(3));
    // The spec as drafted checked against actuals written in 家 and 个: the contract's
    // 万X = 10⁴ X, exactly.
    let (_d1, spec_path) = temp_file("draft.toml", &draft);
    let ids = (
        firms["id"].as_str().unwrap().to_string(),
        parking["id"].as_str().unwrap().to_string(),
    );
    let actuals = format!(
        "as_of = 2024-12-31\n\n[values]\n{} = {{ value = 12500, unit = \"家\" }}\n{} = {{ value = 31000, unit = \"个\" }}\n",
        ids.0, ids.1
    );
    let (_d2, act_path) = temp_file("actuals.toml", &actuals);
    let out = progress()
        .args(["check", "--format", "json", "--spec"])
        .arg(&spec_path)
        .arg(&act_path)
        .output()
        .unwrap();
    let report: serde_json::Value = serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&out.stderr)));
    let target = |id: &str| {
        report["targets"]
            .as_array()
            .unwrap()
            .iter()
            .find(|x| x["id"] == id)
            .unwrap()
            .clone()
    };
    let f = target(&ids.0);
    assert_eq!(f["actual"].as_f64(), Some(1.25), "{f}");
    assert_eq!(f["status"], "met", "{f}");
    let p = target(&ids.1);
    assert_eq!(p["actual"].as_f64(), Some(3.1), "{p}");
    // A baseline stated in the plain unit: the increase is put in that unit with it.
    let ts = targets_of("全市已建成5G基站1860个，今年再新建1.2万个。\n", "2024");
    let g = with_quote(&ts, "1.2万个");
    assert_eq!(g["unit"].as_str(), Some("个"));
    assert_eq!(g["increase"].as_integer(), Some(12000));
    assert_eq!(g["baseline"].as_integer(), Some(1860));
    // A stretch in another magnitude is put in the floor's unit.
    let ts = targets_of(
        "今年新建5G基站8000个以上、力争突破1万个。
",
        "2024",
    );
    assert_eq!(ts.len(), 1, "{ts:#?}");
    assert_eq!(ts[0]["value"].as_integer(), Some(8000));
    assert_eq!(ts[0]["stretch"].as_integer(), Some(10000));
    // `一万个` is a figure (1 万个); `一个` stays an article.
    let ts = targets_of(
        "今年新建5G基站一万个，培育一个龙头企业。
",
        "2024",
    );
    assert_eq!(ts.len(), 1, "{ts:#?}");
    assert_eq!(ts[0]["unit"].as_str(), Some("万个"));
    assert_eq!(ts[0]["value"].as_integer(), Some(1));
}

#[test]
fn a_quota_assigned_from_above_is_an_assessed_goal_named_by_its_indicator() {
    let ts = targets_of(
        "今年主要预期目标是：地区生产总值增长6%左右，主要污染物减排完成国家下达任务。\n到2025年，单位地区生产总值二氧化碳排放降低完成省下达目标任务。\n",
        "2023",
    );
    let a = with_quote(&ts, "主要污染物减排完成国家下达任务");
    assert_eq!(a["measure"].as_str(), Some("assessed"));
    assert_eq!(a["name"]["zh"].as_str(), Some("主要污染物减排"));
    assert_eq!(a["deadline"].to_string(), "2023-12-31");
    let b = with_quote(&ts, "二氧化碳排放降低完成省下达目标任务");
    assert_eq!(b["measure"].as_str(), Some("assessed"));
    assert_eq!(b["deadline"].to_string(), "2025-12-31");
    assert_eq!(ts.len(), 3, "{ts:#?}");
    // In a results section it is a result, not a goal.
    let ts = targets_of(
        "一、过去五年工作回顾\n过去五年，单位地区生产总值能耗累计下降17.4%，超额完成省下达的约束性指标，主要污染物减排完成国家下达任务。\n",
        "2023",
    );
    assert!(ts.is_empty(), "{ts:#?}");
}

#[test]
fn a_step_reached_is_a_floor_and_a_past_step_is_a_result() {
    let ts = targets_of(
        "到2025年，经济总量迈上5000亿元台阶，一般公共预算收入跨上300亿元台阶。\n",
        "2021",
    );
    for (piece, v) in [("迈上5000亿元台阶", 5000), ("跨上300亿元台阶", 300)] {
        let t = with_quote(&ts, piece);
        assert_eq!(t["rule"].as_str(), Some("at-least"), "{piece}");
        assert_eq!(t["value"].as_integer(), Some(v), "{piece}");
    }
    let gdp = with_quote(&ts, "迈上5000亿元台阶");
    assert_eq!(gdp["name"]["zh"].as_str(), Some("经济总量"));
    // (The GDP reached by a deadline years away: 2025's flow since the eleventh set.)
    assert_eq!(gdp["measure"].as_str(), Some("ytd"));
    let ts = targets_of(
        "过去五年，全市综合实力跃上新台阶，地区生产总值跃上3000亿元台阶。\n今年地区生产总值增长6%。\n",
        "2021",
    );
    assert_eq!(ts.len(), 1, "past results proposed: {ts:#?}");
}

#[test]
fn a_cut_of_a_quantity_named_before_its_figure_is_the_amount_cut_over_the_window() {
    let ts = targets_of(
        "到2026年，三年累计压减钢铁过剩产能300万吨，淘汰落后水泥产能50万吨以上。今年关停小火电机组10台。单位GDP能耗压减到0.5吨标准煤。\n",
        "2024",
    );
    let steel = with_quote(&ts, "压减钢铁过剩产能300万吨");
    assert_eq!(steel["measure"].as_str(), Some("ytd"));
    assert_eq!(steel["rule"].as_str(), Some("at-least"));
    assert_eq!(steel["value"].as_integer(), Some(300));
    assert_eq!(steel["unit"].as_str(), Some("万吨"));
    assert_eq!(steel["deadline"].to_string(), "2026-12-31");
    let cement = with_quote(&ts, "淘汰落后水泥产能50万吨以上");
    assert_eq!(cement["measure"].as_str(), Some("ytd"));
    assert_eq!(cement["value"].as_integer(), Some(50));
    let units = with_quote(&ts, "关停小火电机组10台");
    assert_eq!(units["measure"].as_str(), Some("ytd"));
    assert_eq!(units["deadline"].to_string(), "2024-12-31");
    // A cut verb right before its figure keeps its reading (压减到: a ceiling).
    let cap = with_quote(&ts, "压减到0.5吨标准煤");
    assert_eq!(cap["rule"].as_str(), Some("at-most"));
}

#[test]
fn a_quota_named_inside_its_words_takes_that_name() {
    let ts = targets_of(
        "今年主要预期目标：城镇登记失业率控制在3.5%以内；完成上级下达的节能减排任务。\n",
        "2024",
    );
    let t = with_quote(&ts, "完成上级下达的节能减排任务");
    assert_eq!(t["measure"].as_str(), Some("assessed"));
    assert_eq!(t["name"]["zh"].as_str(), Some("节能减排"));
}

#[test]
fn a_direction_of_a_named_indicator_in_a_target_list_is_falls_or_rises() {
    // Contract part two §6: `单位国内生产总值能耗继续下降` → rule = "falls", no goal.
    let ts = targets_of(
        "今年发展主要预期目标是：国内生产总值增长5%左右；单位国内生产总值能耗和主要污染物排放量继续下降，森林覆盖率持续提高。\n过去一年，主要污染物排放量继续下降。\n",
        "2023",
    );
    let falls: Vec<&toml::Table> = ts
        .iter()
        .filter(|t| t["rule"].as_str() == Some("falls"))
        .collect();
    assert_eq!(falls.len(), 2, "{ts:#?}");
    for t in &falls {
        assert_eq!(t["measure"].as_str(), Some("growth"));
        assert!(!t.contains_key("value"), "{t:#?}");
        assert_eq!(t["deadline"].to_string(), "2023-12-31");
    }
    let forest = ts
        .iter()
        .find(|t| t["rule"].as_str() == Some("rises"))
        .unwrap_or_else(|| panic!("{ts:#?}"));
    assert_eq!(forest["name"]["zh"].as_str(), Some("森林覆盖率"));
    assert_eq!(forest["measure"].as_str(), Some("level"));
    // A result (过去一年) and a name that is no indicator (服务水平) are not directions.
    assert_eq!(ts.len(), 4, "{ts:#?}"); // 35个, 5200户, 60部, 86公里
    let ts = targets_of("今年要进一步提高服务水平。\n", "2023");
    assert!(ts.is_empty(), "{ts:#?}");
}

// Tuning passages t10–t12 (docs/extract.md, "Tuned on t10–t12: tab, bordered and
// two-goal-year tables"): a special plan's tab-separated 主要指标, a Word table with
// box-drawing borders and a Markdown-like one, an OCR'd table with 2025 and 2035 goals.

/// The first-run figure of t10–t12 (recorded in docs/extract.md), printed:
/// `cargo test --test extract_documents -- --ignored t10_t12_score --nocapture`
#[test]
#[ignore]
fn t10_t12_score() {
    score_names(
        "tuning",
        &[
            "t10-special-plan-tab-table",
            "t11-word-table-with-borders",
            "t12-ocr-two-goal-years",
        ],
    );
}

#[test]
fn special_plan_table_pasted_with_tabs() {
    assert_agreed_in("tuning", "t10-special-plan-tab-table", "prose", &[]);
    // Round 11: a quantity's 年均增长 cell beside its 2025 level is a second target (growth
    // over the window, averaged), which t10's annotator left out as derived from the levels:
    // five more proposals than annotated (docs/extract.md, "Round 11: rate and progress
    // columns").
    // The two throughputs' 2025 goals, annotated levels, are that year's flows since the
    // eleventh set (judgement calls, drafted differently).
    assert_agreed_split(
        "tuning",
        "t10-special-plan-tab-table",
        "table",
        &["民航旅客吞吐量", "港口货物吞吐量"],
        &[
            "铁路营业里程年均增长",
            "高速公路通车里程年均增长",
            "铁路客运量年均增长",
            "民航旅客吞吐量年均增长",
            "港口货物吞吐量年均增长",
            "民航旅客吞吐量",
            "港口货物吞吐量",
        ],
    );
}

#[test]
fn word_tables_with_box_borders_and_ascii_pipes() {
    assert_agreed_in("tuning", "t11-word-table-with-borders", "prose", &[]);
    // A flow reached by a deadline years away, annotated a level here: drafted the deadline
    // year's ytd since the eleventh set (docs/extract.md, "Eleventh set, fixed after the run:
    // a flow reached by a deadline years away"): judgement calls.
    assert_agreed_in(
        "tuning",
        "t11-word-table-with-borders",
        "table",
        &[
            "数字经济核心产业增加值",
            "数字经济核心产业增加值",
            "软件和信息技术服务业营业收入",
            "软件和信息技术服务业营业收入",
            "电子商务交易额",
            "电子商务交易额",
        ],
    );
}

#[test]
fn ocr_table_with_two_goal_years() {
    // A flow reached by a deadline years away, annotated a level here: drafted the deadline
    // year's ytd since the eleventh set (docs/extract.md, "Eleventh set, fixed after the run:
    // a flow reached by a deadline years away"): judgement calls.
    assert_agreed_in(
        "tuning",
        "t12-ocr-two-goal-years",
        "table",
        &["地区生产总值（亿元）", "地区生产总值（亿元）"],
    );
}

#[test]
fn a_table_with_two_goal_years_gives_one_target_per_goal_with_its_own_id() {
    // t12: 2020 base, goals for 2025 and 2035; `—` is no goal, words are an assessed goal.
    let text = "指标\t2020年\t2025年\t2035年\t属性\n地区生产总值（亿元）\t3265\t4600\t8000以上\t预期性\n人均地区生产总值（万元）\t8.2\t11.5\t基本达到中等发达国家水平\t预期性\n城镇调查失业率（%）\t4.9\t＜5.5\t—\t预期性\n";
    let ts = targets_of(text, "2021");
    assert_eq!(ts.len(), 5, "{ts:#?}");
    let of = |id: &str| {
        ts.iter()
            .find(|t| t["id"].as_str() == Some(id))
            .unwrap_or_else(|| panic!("no {id}: {ts:#?}"))
    };
    assert_eq!(of("gdp-2025")["value"].as_integer(), Some(4600));
    assert_eq!(of("gdp-2025")["deadline"].to_string(), "2025-12-31");
    assert_eq!(of("gdp-2035")["value"].as_integer(), Some(8000));
    assert_eq!(of("gdp-2035")["deadline"].to_string(), "2035-12-31");
    // (A flow's goal years away is that year's flow since the eleventh set: ytd in 2035.)
    assert_eq!(of("gdp-2035")["start"].to_string(), "2035-01-01");
    assert_eq!(
        of("gdp-per-capita-2035")["measure"].as_str(),
        Some("assessed")
    );
    assert_eq!(
        of("unemployment-rate-2025")["rule"].as_str(),
        Some("less-than")
    );
    // Two base-year columns (`2019年  2020年  2025年`): one goal, as before.
    let ts = targets_of(
        "指标\t2019年\t2020年\t2025年\t属性\n森林覆盖率（%）\t41\t41.5\t43\t约束性\n",
        "2021",
    );
    assert_eq!(ts.len(), 1, "{ts:#?}");
    assert_eq!(ts[0]["id"].as_str(), Some("forest-cover"));
    // A 十四五 plan's table of goals only (`2025年  2035年远景目标`): 2025 is a goal, not a base.
    let ts = targets_no_year(
        "某市“十四五”规划和二〇三五年远景目标纲要\n指标\t2025年\t2035年远景目标\t属性\n森林覆盖率（%）\t43\t45\t约束性\n",
    );
    assert_eq!(ts.len(), 2, "{ts:#?}");
    let dl: Vec<String> = ts.iter().map(|t| t["deadline"].to_string()).collect();
    assert_eq!(dl, ["2025-12-31", "2035-12-31"]);
}

#[test]
fn a_table_with_box_drawn_borders_reads_its_cells_owners_and_wrapped_cells() {
    // t11: borders are separators, never content; a cell wrapped over two bordered lines
    // is one cell; 责任单位 is the owner (the lead unit first).
    let text = "┌────┬──────────┬────┬──────────┬──────────┬──────────┬──────────┐\n│序号│指标名称    │单位│2023年基数│2025年目标│2027年目标│责任单位  │\n├────┼──────────┼────┼──────────┼──────────┼──────────┼──────────┤\n│ 1  │ 规模以上工业企业数字化改造 │ %  │ 58 │ 75 │ 90 │ 市工业和信息化局、│\n│    │ 覆盖率     │    │          │          │          │ 市科技局 │\n├────┼──────────┼────┼──────────┼──────────┼──────────┼──────────┤\n│ 2  │ 公共数据开放数据集数 │ 个 │ 1200 │ 2000 │ — │ 市大数据局 │\n└────┴──────────┴────┴──────────┴──────────┴──────────┴──────────┘\n注：2023年基数为快报数。\n";
    let ts = targets_of(text, "2024");
    assert_eq!(ts.len(), 3, "{ts:#?}");
    let t = with_quote(&ts, "规模以上工业企业数字化改造覆盖率\t%\t58\t75\t90");
    assert!(!t["quote"].as_str().unwrap().contains('│'));
    assert_eq!(t["unit"].as_str(), Some("%"));
    let owners: Vec<&str> = t["owner"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x.as_str().unwrap())
        .collect();
    assert_eq!(owners, ["市工业和信息化局", "市科技局"]);
    let ids: Vec<&str> = ts.iter().map(|t| t["id"].as_str().unwrap()).collect();
    assert_eq!(ids.len(), 3);
    assert!(
        ids[0].ends_with("-2025") && ids[1].ends_with("-2027"),
        "{ids:?}"
    );
    let data = with_quote(&ts, "公共数据开放数据集数");
    assert_eq!(data["deadline"].to_string(), "2025-12-31");
    assert_eq!(data["value"].as_integer(), Some(2000));
    // The draft passes `validate`.
    let (draft, problems) = draft_problems(text);
    assert!(problems.is_empty(), "{problems:?}\n{draft}");
}

#[test]
fn a_markdown_like_table_with_ascii_pipes_is_read_and_a_wrapped_line_joins_its_row() {
    let text = "附表2　重点园区数字化提升指标\n\n| 序号 | 指标名称 | 单位 | 2023年基数 | 2025年目标 | 责任单位 |\n|---|---|---|---|---|---|\n| 1 | 园区企业上云率 | % | 65 | ≥80 | 各区（市）政府、 |\n|  |  |  |  |  | 功能区管委会 |\n| 2 | 园区数字化公共服务平台 | 个 | — | 3 | 市工业和信息化局 |\n";
    let ts = targets_of(text, "2024");
    assert_eq!(ts.len(), 2, "{ts:#?}");
    let t = with_quote(&ts, "园区企业上云率");
    assert_eq!(t["value"].as_integer(), Some(80));
    assert_eq!(t["owner"].as_array().unwrap().len(), 2);
    assert!(!t["quote"].as_str().unwrap().contains('|'));
    assert_eq!(
        with_quote(&ts, "园区数字化公共服务平台")["value"].as_integer(),
        Some(3)
    );
}

#[test]
fn ocr_pieces_under_their_cells_join_them() {
    // t12: a unit and a goal in words wrapped onto one line under their columns, and a
    // number cut after its dot with its last digit under it.
    let text = "类别        指  标                          ２０２０年    ２０２５年      ２０３５年        属性\n生态    单位地区生产总值二氧化碳排放降低    —           〔１８〕        碳排放达峰后稳    约束性\n        （％）                                                          中有降\n        空气质量优良天数比率（％）          ８６．５     ９２．          ９５                 约束性\n                                                        ５\n        森林覆盖率（％）                    ４２．１     ４３            ４５                 约束性\n";
    let ts = targets_of(text, "2021");
    assert_eq!(ts.len(), 6, "{ts:#?}");
    let co2: Vec<&toml::Table> = ts
        .iter()
        .filter(|t| t["quote"].as_str().unwrap().contains("二氧化碳"))
        .collect();
    assert_eq!(co2[0]["aggregate"].as_str(), Some("cumulative"));
    assert_eq!(co2[0]["value"].as_integer(), Some(-18));
    assert_eq!(co2[0]["unit"].as_str(), Some("%"));
    assert_eq!(co2[1]["measure"].as_str(), Some("assessed"));
    assert!(
        co2[1]["quote"]
            .as_str()
            .unwrap()
            .contains("碳排放达峰后稳中有降")
    );
    let air = with_quote(&ts, "空气质量");
    assert_eq!(air["value"].as_float(), Some(92.5));
}

#[test]
fn a_cumulative_figure_of_investment_in_a_table_is_the_flow_summed() {
    // t10: `交通运输固定资产投资 亿元 — — 〔8000〕`: the years' investment added up (ytd).
    let text = "类别\t指标\t单位\t2020年\t2025年\t年均增长（%）或累计\t属性\n投资\t交通运输固定资产投资\t亿元\t—\t—\t〔8000〕\t预期性\n";
    let ts = targets_of(text, "2021");
    assert_eq!(ts.len(), 1, "{ts:#?}");
    assert_eq!(ts[0]["measure"].as_str(), Some("ytd"));
    assert_eq!(ts[0]["value"].as_integer(), Some(8000));
}

#[test]
fn rule_words_in_a_goal_cell_and_a_striven_figure_after_it() {
    // A special plan's cells: `≥6000，力争7000` (a floor and its stretch), `力争11000`,
    // `控制在40以内`, `低于1.5`; and a Markdown table written without its outer pipes.
    let text = "指标\t单位\t2020年\t2025年\t属性\n铁路营业里程\t公里\t4826\t≥6000，力争7000\t预期性\n高速公路通车里程\t公里\t8960\t力争11000\t预期性\n平均通勤时间\t分钟\t42\t控制在40以内\t预期性\n事故万车死亡人数\t人\t1.9\t低于1.5\t约束性\n\n指标 | 2020年 | 2025年\n---|---|---\n森林覆盖率（%） | 41 | 43\n";
    let ts = targets_of(text, "2021");
    assert_eq!(ts.len(), 5, "{ts:#?}");
    let rail = with_quote(&ts, "铁路营业里程");
    assert_eq!(rail["value"].as_integer(), Some(6000));
    assert_eq!(rail["stretch"].as_integer(), Some(7000));
    let road = with_quote(&ts, "高速公路通车里程");
    assert_eq!(road["rule"].as_str(), Some("at-least"));
    assert_eq!(road["value"].as_integer(), Some(11000));
    assert_eq!(
        with_quote(&ts, "平均通勤时间")["rule"].as_str(),
        Some("at-most")
    );
    assert_eq!(
        with_quote(&ts, "事故万车死亡人数")["rule"].as_str(),
        Some("less-than")
    );
    assert_eq!(
        with_quote(&ts, "森林覆盖率（%）\t41\t43")["value"].as_integer(),
        Some(43)
    );
}

#[test]
fn a_page_header_printed_once_inside_a_table_is_skipped() {
    // An OCR'd outline whose page header differs from its title: after `— 9 —`, the header
    // `青川县“十四五”规划纲要` and 续表, the rows go on under the same columns.
    let text = "青川县国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要\n\n序号   指  标                 单位     ２０２０年   ２０２５年    ２０３５年     属性\n１     地区生产总值           亿元     ２１５．６   ３１０        ６００以上     预期性\n２     森林覆盖率             ％       ６２．３     ６３．５      ６５           约束性\n                                      — ９ —\n青川县“十四五”规划纲要\n续表\n３     人均预期寿命           岁       ７８．１     ７９          ８１           预期性\n注：〔〕内为五年累计数。\n";
    let ts = targets_no_year(text);
    assert_eq!(ts.len(), 6, "{ts:#?}");
    let life: Vec<&toml::Table> = ts
        .iter()
        .filter(|t| t["quote"].as_str().unwrap().contains("人均预期寿命"))
        .collect();
    assert_eq!(life.len(), 2, "{ts:#?}");
    assert_eq!(life[1]["deadline"].to_string(), "2035-12-31");
    assert!(
        ts.iter()
            .all(|t| !t["quote"].as_str().unwrap().contains("纲要"))
    );
}

#[test]
fn a_lead_unit_column_and_a_partner_column_give_the_owners_lead_first() {
    let text = "序号\t指标\t单位\t2023年\t2025年\t牵头单位\t配合单位\n1\t上云企业数\t家\t8600\t12000\t市工信局（牵头）\t市发改委、市财政局\n";
    let ts = targets_of(text, "2024");
    assert_eq!(ts.len(), 1, "{ts:#?}");
    let owners: Vec<&str> = ts[0]["owner"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x.as_str().unwrap())
        .collect();
    assert_eq!(owners, ["市工信局", "市发改委", "市财政局"]);
    let (draft, problems) = draft_problems(text);
    assert!(problems.is_empty(), "{problems:?}\n{draft}");
}

// Tuning passages t7–t9 (a province's 2024 work report, a city's 实施意见 on rural
// revitalisation, a county secretary's speech with the news release on it), annotated
// before any run (docs/extract.md, "Tuned on t7–t9"). The listed annotations are judgement
// calls or known gaps, named there.

/// The figure of t7–t9 (printed; the asserted tests follow):
/// `cargo test --test extract_documents -- --ignored t7_t9_score --nocapture`
#[test]
#[ignore]
fn t7_t9_score() {
    score_names(
        "tuning",
        &[
            "t7-province-2024-report",
            "t8-rural-revitalisation-opinions",
            "t9-county-speech-and-release",
        ],
    );
}

#[test]
fn t7_province_2024_work_report() {
    // 实施…项目1500个 (projects carried out in the year) was a judgement call drafted level;
    // in a text titled as one year's work it is the year's count, ytd (docs/extract.md,
    // "Round 8: the measure and clause of counts and money in prose").
    assert_agreed_in("tuning", "t7-province-2024-report", "prose", &[]);
}

#[test]
fn t8_city_rural_revitalisation_opinions() {
    // A flow reached by a deadline years away, annotated a level here: drafted the deadline
    // year's ytd since the eleventh set (docs/extract.md, "Eleventh set, fixed after the run:
    // a flow reached by a deadline years away"): judgement calls.
    assert_agreed_in(
        "tuning",
        "t8-rural-revitalisation-opinions",
        "prose",
        &["农林牧渔业总产值突破900亿元", "粮食总产量稳定在16亿斤以上"],
    );
}

#[test]
fn t9_county_speech_and_news_release() {
    // A flow reached by a deadline years away, annotated a level here: drafted the deadline
    // year's ytd since the eleventh set (docs/extract.md, "Eleventh set, fixed after the run:
    // a flow reached by a deadline years away"): judgement calls.
    assert_agreed_in(
        "tuning",
        "t9-county-speech-and-release",
        "prose",
        &["规上工业总产值突破500亿元"],
    );
}

#[test]
fn a_document_number_dates_an_issued_document() {
    // t8: an 实施意见 with no date line near its top; `〔2024〕17号` makes it a 2024 text,
    // so its `2023年，…` 工作基础 sentence is a past result, not a 2023 target.
    let ts = targets_no_year(
        "某市人民政府办公室文件\n\n某政办发〔2024〕17号\n\n某市关于推进某项工作的实施意见\n\n（二）工作基础。2023年，全市粮食总产量达到15.6亿斤，累计建成高标准农田118万亩。\n\n（三）主要目标。到2025年，粮食总产量稳定在16亿斤以上。\n",
    );
    assert_eq!(ts.len(), 1, "{ts:#?}");
    let t = with_quote(&ts, "16亿斤");
    // (A year's flow reached by 2025, two years on: 2025's flow since the eleventh set.)
    assert_eq!(t["start"].to_string(), "2025-01-01");
}

#[test]
fn a_numbered_heading_with_a_comma_is_a_heading() {
    // t9: a speech's `一、正确看待成绩和困难，进一步坚定…信心` has a comma; it was read as the
    // head of the next sentence, so `过去一年` no longer opened the results that follow it.
    let ts = targets_of(
        "同志们：\n\n一、正确看待成绩和困难，进一步坚定信心\n\n过去一年，全县经济稳中有进。地区生产总值增长6.2%，新增规上工业企业36家。\n\n二、突出重点，抓好今年经济工作\n\n今年，新增规上工业企业40家。\n",
        "2025",
    );
    assert_eq!(ts.len(), 1, "{ts:#?}");
    with_quote(&ts, "40家");
    // A numbered line with a comma that runs on into the next line is a wrapped paragraph.
    let ts = targets_of(
        "二、关于今年工作，全县要\n确保新增规上工业企业40家。\n",
        "2025",
    );
    assert_eq!(ts.len(), 1, "{ts:#?}");
    assert!(
        ts[0]["quote"].as_str().unwrap().contains("全县要确保"),
        "{ts:#?}"
    );
}

#[test]
fn a_reporting_lead_before_the_past_year_opens_results() {
    // t9's release: `会议指出，过去一年，…预计突破300亿元，…新增市场主体4826户` reviews 2024.
    let ts = targets_of(
        "云溪县召开经济工作会议\n会议指出，过去一年，全县上下克难攻坚，地区生产总值预计突破300亿元，新增市场主体4826户。会议强调，2025年要全力以赴稳增长，全年新增市场主体5000户以上。\n",
        "2025",
    );
    assert_eq!(ts.len(), 1, "{ts:#?}");
    with_quote(&ts, "5000户以上");
}

#[test]
fn a_figure_before_de_qualifies_the_count_after_it() {
    // t8: `培育年产值超10亿元的农业全产业链15条`: 10亿元 qualifies the chains (no proposal),
    // and 产值 inside the qualifier does not make the count of chains a flow.
    let ts = targets_of(
        "力争到2027年，培育年产值超10亿元的农业全产业链15条。\n",
        "2024",
    );
    assert_eq!(ts.len(), 1, "{ts:#?}");
    let t = with_quote(&ts, "15条");
    assert_eq!(t["value"].as_integer(), Some(15));
    assert_eq!(t["measure"].as_str(), Some("level"));
    // The same with a figure in words the scanner does not read (超百亿元的).
    let ts = targets_of("到2026年，打造营业收入超百亿元的产业集群8个。\n", "2024");
    assert_eq!(ts.len(), 1, "{ts:#?}");
    assert_eq!(ts[0]["measure"].as_str(), Some("level"), "{ts:#?}");
}

#[test]
fn building_again_in_one_year_and_items_sharing_a_verb_are_the_year_s_works() {
    // t9: `今年再新建5G基站300个` (no figure to count from) is the year's addition, as
    // 新建 is; in `全年招引亿元以上项目50个、10亿元以上项目5个` the second item shares 招引.
    let ts = targets_of(
        "今年再新建5G基站300个。全年招引亿元以上项目50个、10亿元以上项目5个。\n",
        "2025",
    );
    assert_eq!(ts.len(), 3, "{ts:#?}");
    let g = with_quote(&ts, "5G基站300个");
    assert_eq!(g["measure"].as_str(), Some("ytd"));
    assert_eq!(g["value"].as_integer(), Some(300));
    for t in &ts {
        assert_eq!(t["measure"].as_str(), Some("ytd"), "{t:#?}");
    }
    let five = ts
        .iter()
        .filter(|t| t["value"].as_integer() == Some(5))
        .count();
    assert_eq!(five, 1, "{ts:#?}");
}

#[test]
fn a_task_handed_down_is_assessed_only_as_a_goal() {
    // t7 / t9 (and heldout3 g1, g5): `主要污染物减排完成国家下达任务` in the target list is a
    // promise no figure in the text decides; in a results passage it reports.
    let ts = targets_of(
        "过去一年，单位地区生产总值能耗下降2.9%，主要污染物减排完成国家下达任务。\n　　今年主要预期目标是：地区生产总值增长5.5%左右；单位GDP能耗降低完成市下达任务，主要污染物减排完成国家下达任务。\n",
        "2024",
    );
    assert_eq!(ts.len(), 3, "{ts:#?}");
    let e = with_quote(&ts, "单位GDP能耗降低完成市下达任务");
    assert_eq!(e["measure"].as_str(), Some("assessed"));
    assert_eq!(e["deadline"].to_string(), "2024-12-31");
    let p = with_quote(&ts, "主要污染物减排完成国家下达任务");
    assert_eq!(p["measure"].as_str(), Some("assessed"));
    assert!(!p["quote"].as_str().unwrap().contains("能耗"), "{p:#?}");
}

#[test]
fn a_stretch_after_a_list_comma_quotes_its_own_clause() {
    // t7: `一般公共预算收入增长5%以上；规模以上工业增加值增长6.5%以上、力争达到7%`: the
    // floor and its stretch are one clause; the clause before is another target's.
    let ts = targets_of(
        "今年主要预期目标是：一般公共预算收入增长5%以上；规模以上工业增加值增长6.5%以上、力争达到7%。\n",
        "2024",
    );
    assert_eq!(ts.len(), 2, "{ts:#?}");
    let t = with_quote(&ts, "力争达到7%");
    assert_eq!(
        t["quote"].as_str(),
        Some("规模以上工业增加值增长6.5%以上、力争达到7%")
    );
    assert_eq!(t["stretch"].as_integer(), Some(7));
}

#[test]
fn what_the_new_rules_leave_alone() {
    // A 文号 cited in the text (`（国发〔2021〕5号）`) does not date it: the first plain year
    // (2023) stays the text's year.
    let ts = targets_no_year(
        "某市实施方案\n根据《国务院关于某事的通知》（国发〔2021〕5号）精神，制定本方案。2023年，全市新建5G基站3000个。\n",
    );
    let t = with_quote(&ts, "3000个");
    assert_eq!(t["deadline"].to_string(), "2023-12-31");
    // An item with its own rule word keeps its own reading: a stock that 突破 a figure.
    let ts = targets_of(
        "今年，新增规上工业企业40家、高新技术企业总数突破150家。\n",
        "2025",
    );
    assert_eq!(ts.len(), 2, "{ts:#?}");
    let stock = ts
        .iter()
        .find(|t| t["value"].as_integer() == Some(150))
        .unwrap();
    assert_eq!(stock["measure"].as_str(), Some("level"), "{ts:#?}");
    // An exhortation to finish every task handed down is no target.
    let ts = targets_of(
        "今年主要预期目标是：地区生产总值增长6%左右，确保完成上级下达的各项目标任务。\n",
        "2025",
    );
    assert_eq!(ts.len(), 1, "{ts:#?}");
}

#[test]
fn a_baseline_heading_opens_results_but_a_task_naming_it_does_not() {
    // t8's `（二）工作基础。2023年，…` with no document number to date the text (its first
    // plain year is 2023): the heading itself says the figures are where things stand.
    let ts = targets_no_year(
        "某市关于推进某项工作的实施意见\n\n（二）工作基础。2023年，全市粮食总产量达到15.6亿斤，累计建成高标准农田118万亩。\n\n（三）主要目标。到2025年，粮食总产量稳定在16亿斤以上。\n",
    );
    assert_eq!(ts.len(), 1, "{ts:#?}");
    with_quote(&ts, "16亿斤");
    let ts = targets_of(
        "一、发展基础\n\n全市森林覆盖率达到41%，新建5G基站1200个。\n\n二、主要目标\n\n到2025年，森林覆盖率达到43%。\n",
        "2023",
    );
    assert_eq!(ts.len(), 1, "{ts:#?}");
    with_quote(&ts, "43%");
    // `（一）夯实发展基础` is a task: its figures are goals.
    let ts = targets_of(
        "（一）夯实发展基础\n\n到2025年，新建5G基站2000个。\n",
        "2023",
    );
    assert_eq!(ts.len(), 1, "{ts:#?}");
}

// Tuning passages t13–t15 (docs/extract.md, "Tuned on t13–t15"): a provincial department's
// 工作要点, a 十四五 plan chapter with project 专栏, an OCR'd work report with page breaks.
// The listed annotations are judgement calls the rules decide the other way, named there.

#[test]
fn t13_department_work_points() {
    // 建设…2.6万套, 实施…示范县2个 and 培育…企业3家, judgement calls until round 8 (drafted
    // level), are the year's counts in a text titled as one year's work (docs/extract.md,
    // "Round 8: the measure and clause of counts and money in prose").
    assert_agreed_in(
        "tuning",
        "t13-department-work-points",
        "prose",
        &[
            // annotated `about` before the contract's soft bounds; drafted a floor with slack, real-plans §3
            "城市生活垃圾回收利用率达到36%左右",
        ],
    );
}

#[test]
fn t14_plan_chapter_with_project_boxes() {
    assert_agreed_in(
        "tuning",
        "t14-plan-chapter-with-project-boxes",
        "prose",
        // A flow reached by a deadline years away: a judgement call since the eleventh set;
        // a ranked count fostered over the plan, drafted ytd since the fifteenth set D (the
        // annotator's level is the minority, 2 of 8).
        &["接待游客人次达到8000万", "培育省级现代服务业集聚区10个以上"],
    );
    assert_agreed_in(
        "tuning",
        "t14-plan-chapter-with-project-boxes",
        "table",
        &[],
    );
}

#[test]
fn t15_ocr_prose_with_page_breaks() {
    // `全年实施亿元以上项目８０个以上` is the year's count (ytd) since "Tuned on t25–t26".
    assert_agreed_in("tuning", "t15-ocr-prose-with-page-breaks", "prose", &[]);
}

#[test]
fn a_page_number_between_two_halves_of_a_sentence_is_not_quoted() {
    let ts = targets_of(
        "某县人民政府工作报告\n　　今年主要预期目标是：一般公共预算收入增长6%以上，社会消费品零售总额\n\n— 13 —\n\n某县人民政府工作报告\n\n增长7%左右，新增光伏\n- 14 -\n装机容量15万千\n瓦。\n",
        "2024",
    );
    assert_eq!(ts.len(), 3, "{ts:#?}");
    for t in &ts {
        let q = t["quote"].as_str().unwrap();
        assert!(
            !q.contains("13") && !q.contains("14") && !q.contains("报告"),
            "{q}"
        );
    }
    let retail = with_quote(&ts, "社会消费品零售总额增长7%左右");
    assert_eq!(retail["measure"].as_str(), Some("growth"));
    let solar = with_quote(&ts, "新增光伏装机容量15万千瓦");
    assert_eq!(solar["unit"].as_str(), Some("万千瓦"));
}

#[test]
fn a_running_header_seen_first_after_a_page_number_mid_sentence_is_not_quoted() {
    // The header (青禾县2024年政府工作报告) differs from the title, so it is not yet "seen".
    let ts = targets_of(
        "政府工作报告\n　　今年主要预期目标是：一般公共预算收入增长6%以上，社会消费品零售总额\n\n— 13 —\n\n青禾县2024年政府工作报告\n\n增长7%左右。\n",
        "2024",
    );
    assert_eq!(ts.len(), 2, "{ts:#?}");
    let retail = with_quote(&ts, "社会消费品零售总额增长7%左右");
    assert_eq!(retail["value"].as_integer(), Some(7));
}

#[test]
fn a_box_of_projects_gives_only_a_goal_under_its_own_deadline() {
    let ts = targets_of(
        "某市“十四五”规划\n第二节　做强制造业\n　　到2025年，新能源汽车产业集群规模突破1000亿元。\n专栏2　先进制造业重大工程\n01　“1+3+N”平台工程：建设1个国家级开发区、3个省级高新区，新增工业用地1.5万亩。\n02　整车工程：推进20个重点项目建设，总投资500亿元，形成年产整车30万辆的能力。\n03　装备工程：实施攻关项目50项；到2025年，建成智能工厂100个以上。\n　　2025年，培育省级服务业集聚区10个以上。\n",
        "2021",
    );
    assert_eq!(ts.len(), 3, "{ts:#?}");
    with_quote(&ts, "突破1000亿元");
    let plants = with_quote(&ts, "建成智能工厂100个以上");
    assert_eq!(plants["value"].as_integer(), Some(100));
    assert_eq!(plants["deadline"].to_string(), "2025-12-31");
    assert!(!plants["quote"].as_str().unwrap().contains("50项"));
    // The prose after the box (a paragraph opening with a year, not an entry number) is
    // read again.
    assert_eq!(
        with_quote(&ts, "集聚区10个以上")["deadline"].to_string(),
        "2025-12-31"
    );
}

#[test]
fn a_box_title_with_a_colon_and_numbered_entries_is_a_box_of_projects() {
    let ts = targets_of(
        "某市“十四五”规划\n\n第二节　做强制造业\n\n　　到2025年，新能源汽车产业集群规模突破1000亿元。\n\n专栏2：先进制造业重大工程\n\n（1）平台工程：建设1个国家级开发区、3个省级高新区，新增工业用地1.5万亩。\n（2）整车工程：推进20个重点项目建设，总投资500亿元。\n\n第三节　服务业\n\n　　到2025年，培育省级服务业集聚区10个以上。\n",
        "2021",
    );
    assert_eq!(ts.len(), 2, "{ts:#?}");
    with_quote(&ts, "突破1000亿元");
    with_quote(&ts, "集聚区10个以上");
}

#[test]
fn a_section_heading_after_a_table_ends_it() {
    let ts = targets_of(
        "专栏1　主要指标\n指标\t单位\t2020年\t2025年\t属性\n亩均税收\t万元/亩\t22.6\t＞30\t预期性\n\n第二节　做强先进制造业集群\n\n　　聚焦主导产业，做强新能源汽车。\n",
        "2021",
    );
    assert_eq!(ts.len(), 1, "{ts:#?}");
    with_quote(&ts, "亩均税收");
}

#[test]
fn a_task_set_from_above_is_assessed() {
    let ts = targets_of(
        "2024年工作要点\n　　（三）推进棚户区改造。棚户区改造完成省下达任务，加快已开工项目建设进度。\n　　1．完成国家和省下达的农村危房改造任务。\n　　2023年，全省超额完成省下达的年度目标任务。\n",
        "2024",
    );
    assert_eq!(ts.len(), 2, "{ts:#?}");
    for piece in [
        "棚户区改造完成省下达任务",
        "完成国家和省下达的农村危房改造任务",
    ] {
        let t = with_quote(&ts, piece);
        assert_eq!(t["measure"].as_str(), Some("assessed"), "{piece}");
        assert_eq!(t["deadline"].to_string(), "2024-12-31");
    }
}

#[test]
fn homes_raised_subsidies_paid_lifts_fitted_and_talent_brought_in_are_the_year_s() {
    let ts = targets_of(
        "今年，筹集保障性租赁住房4万套，发放租赁补贴不少于3.5万户，完成既有住宅加装电梯600部，发放个人住房贷款450亿元以上，引进高层次人才不少于500人。\n",
        "2024",
    );
    assert_eq!(ts.len(), 5, "{ts:#?}");
    for piece in ["4万套", "3.5万户", "600部", "450亿元", "500人"] {
        assert_eq!(
            with_quote(&ts, piece)["measure"].as_str(),
            Some("ytd"),
            "{piece}"
        );
    }
    assert_eq!(with_quote(&ts, "4万套")["value"].as_integer(), Some(4));
    assert_eq!(with_quote(&ts, "4万套")["unit"].as_str(), Some("万套"));
}

#[test]
fn cut_to_a_number_of_working_days_is_a_cap_in_working_days() {
    let ts = targets_of(
        "今年，工程建设项目全流程审批时间压减至70个工作日以内，企业开办时间压缩至1个工作日。\n",
        "2024",
    );
    assert_eq!(ts.len(), 2, "{ts:#?}");
    let t = with_quote(&ts, "70个工作日以内");
    assert_eq!(t["rule"].as_str(), Some("at-most"));
    assert_eq!(t["unit"].as_str(), Some("个工作日"));
    assert_eq!(t["value"].as_integer(), Some(70));
    assert_eq!(
        with_quote(&ts, "压缩至1个工作日")["rule"].as_str(),
        Some("at-most")
    );
}

#[test]
fn a_fall_held_within_a_bound_is_a_growth_rate_floor() {
    let ts = targets_of(
        "今年，商品房销售面积降幅收窄至5%以内，房地产开发投资降幅控制在3%以内。\n",
        "2024",
    );
    assert_eq!(ts.len(), 2, "{ts:#?}");
    for (piece, v) in [("收窄至5%", -5), ("控制在3%", -3)] {
        let t = with_quote(&ts, piece);
        assert_eq!(t["measure"].as_str(), Some("growth"), "{piece}");
        assert_eq!(t["rule"].as_str(), Some("at-least"), "{piece}");
        assert_eq!(t["value"].as_integer(), Some(v), "{piece}");
    }
}

#[test]
fn all_the_cities_of_the_province_are_a_scope_not_a_goal() {
    let ts = targets_of(
        "今年，建立覆盖全省16个市的房地产市场监测平台，全市12个乡镇全部建成污水处理设施，新建口袋公园120个。\n",
        "2024",
    );
    assert_eq!(ts.len(), 1, "{ts:#?}");
    with_quote(&ts, "口袋公园120个");
}

#[test]
fn growth_above_the_province_s_average_in_a_clause_of_its_own() {
    let text = "到2025年，战略性新兴产业增加值年均增长12%左右，增速高于全省平均水平。\n";
    let ts = targets_of(text, "2021");
    assert_eq!(ts.len(), 2, "{ts:#?}");
    let rel = with_quote(&ts, "增速高于全省平均水平");
    assert_eq!(rel["rule"].as_str(), Some("more-than"));
    assert_eq!(rel["measure"].as_str(), Some("growth"));
    let of = rel["value"]["of"].as_str().unwrap();
    let (draft, problems) = draft_problems(text);
    assert!(problems.is_empty(), "{problems:?}\n{draft}");
    assert!(draft.contains(&format!("id = \"{of}\"")), "{draft}");
    assert!(draft.contains("全省战略性新兴产业增加值增长"), "{draft}");
}

#[test]
fn a_unit_named_before_its_verb_joins_a_bare_multiplier() {
    let ts = targets_of("到2025年，全市接待游客人次达到8000万。\n", "2021");
    assert_eq!(ts.len(), 1, "{ts:#?}");
    assert_eq!(ts[0]["unit"].as_str(), Some("万人次"));
    assert_eq!(ts[0]["value"].as_integer(), Some(8000));
}

// After the fourth held-out set's one scored run (docs/extract.md, "Fourth held-out set").

#[test]
fn goals_named_as_done_or_referred_to_do_not_end_a_results_section() {
    // heldout4a a1: `…确定的主要目标任务较好完成` and `控制在年度预期目标以内` in a 回顾 name
    // goals without listing them; the section's results are not proposed.
    let ts = targets_no_year(
        "政府工作报告\n——2024年1月24日在某省人民代表大会上\n\n一、2023年工作回顾\n\n2023年是开局之年，省人大一次会议确定的主要目标任务较好完成。\n\n全省地区生产总值达到3.46万亿元、增长5.4%。城镇调查失业率平均为5.1%，控制在年度预期目标以内；居民消费价格上涨0.4%。\n\n二、2024年主要预期目标\n\n全省经济社会发展主要预期目标安排为：地区生产总值增长5%左右。\n",
    );
    assert_eq!(ts.len(), 1, "{ts:#?}");
    with_quote(&ts, "增长5%左右");
}

#[test]
fn a_plan_period_looked_back_on_is_not_the_text_s_plan() {
    // heldout4b b1: `“十三五”以来，…` opens a 十四五 plan; its table's 2020 column is the
    // base, 2025 and 2035 the goals.
    let ts = targets_no_year(
        "    “十三五”以来，全省数字经济年均增长17.7%。\n    到2025年，数字基础设施全国领先。\n\n表1  某省“十四五”数字经济发展主要指标\n\n指标\t2020年\t2025年\t2035年\t属性\n固定宽带家庭普及率（%）\t93.5\t＞98\t—\t预期性\n",
    );
    assert_eq!(ts.len(), 1, "{ts:#?}");
    assert_eq!(ts[0]["deadline"].to_string(), "2025-12-31");
    assert_eq!(ts[0]["start"].to_string(), "2021-01-01");
}

#[test]
fn a_year_s_flow_reached_by_a_distant_deadline_is_that_year_s_flow() {
    // heldout4a a3 (and heldout3 g3/g5, t8, t9): `到2027年，…地区生产总值突破500亿元` is the
    // 2027 figure: since the eleventh set, 2027's flow (ytd from 2027-01-01), not the sum
    // over 2025–2027. Summed over the window when the words say so (累计).
    let ts = targets_of(
        "到2027年，全县地区生产总值突破500亿元，三年累计完成固定资产投资600亿元。今年，全县地区生产总值达到420亿元。\n",
        "2025",
    );
    assert_eq!(ts.len(), 3, "{ts:#?}");
    assert_eq!(with_quote(&ts, "500亿元")["measure"].as_str(), Some("ytd"));
    assert_eq!(
        with_quote(&ts, "500亿元")["start"].to_string(),
        "2027-01-01"
    );
    assert_eq!(with_quote(&ts, "600亿元")["measure"].as_str(), Some("ytd"));
    assert_ne!(
        with_quote(&ts, "600亿元")["start"].to_string(),
        "2027-01-01"
    );
    assert_eq!(with_quote(&ts, "420亿元")["measure"].as_str(), Some("ytd"));
}

#[test]
fn an_indented_numbered_heading_and_a_span_of_years() {
    // heldout4b b2: every paragraph indented; `    二、主要目标` is a heading, not the head of
    // the 2023 baseline sentence after it; `2025—2027年…年均增长8%以上` is over 2025–2027.
    let ts = targets_of(
        "某市行动计划（2025—2027年）\n\n    一、总体要求\n    坚持制造业立市。\n    二、主要目标\n    2023年，全市规模以上工业总产值达到6120亿元。\n    到2027年，全市规模以上工业总产值突破9000亿元，2025—2027年规模以上工业增加值年均增长8%以上。\n",
        "2025",
    );
    assert_eq!(ts.len(), 2, "{ts:#?}");
    let g = with_quote(&ts, "年均增长8%以上");
    assert_eq!(g["deadline"].to_string(), "2027-12-31");
    assert_eq!(g["over"].as_str(), Some("window"));
    assert!(!g["quote"].as_str().unwrap().contains("主要目标"), "{g:#?}");
}

#[test]
fn a_gazette_header_inside_a_table_is_skipped_and_people_times_are_a_flow() {
    // heldout4b b1: `某省人民政府公报   2021年第17期` after a page break is page furniture;
    // 〔300〕 万人次 of training over the plan is the years' flow summed.
    let text = "表1  某省“十四五”数字经济发展主要指标\n\n指标\t2020年\t2025年\t属性\n固定宽带家庭普及率（%）\t93.5\t＞98\t预期性\n某省人民政府公报\t2021年第17期\n全民数字技能培训（万人次）\t—\t〔300〕\t预期性\n";
    let ts = targets_of(text, "2021");
    assert_eq!(ts.len(), 2, "{ts:#?}");
    let t = with_quote(&ts, "〔300〕");
    assert_eq!(t["measure"].as_str(), Some("ytd"));
    assert_eq!(t["value"].as_integer(), Some(300));
    assert!(
        ts.iter()
            .all(|t| !t["quote"].as_str().unwrap().contains("公报"))
    );
}

#[test]
fn an_ocr_table_with_a_category_a_serial_and_a_nature_column() {
    // heldout5b d2: an indented `第一节  “十三五”时期发展成就` heading and its `“十三五”以来`
    // results; rows `健康  1  人均预期寿命（岁） …` under a header with no 序号 column (the
    // name is after the number); `5岁以下…` keeps its figure; 指标性质 is the class column.
    let text = "某市“十四五”卫生健康事业发展规划\n\n    第一节  “十三五”时期发展成就\n\n    “十三五”以来，人均预期寿命由77.6岁提高到79.4岁，建成国家卫生乡镇14个。\n\n    第二节  发展目标\n\n领域        主 要 指 标                                 2020年        2025年       指标性质\n健康        1  人均预期寿命（岁）                        79.4          ＞80.2         预期性\n水平        2  5岁以下儿童死亡率（‰）                    4.3           ≤5.5           约束性\n";
    let ts = targets_of(text, "2021");
    assert_eq!(ts.len(), 2, "{ts:#?}");
    let life = with_quote(&ts, "人均预期寿命（岁）");
    assert_eq!(life["name"]["zh"].as_str(), Some("人均预期寿命"));
    assert_eq!(life["unit"].as_str(), Some("岁"));
    assert_eq!(life["class"].as_str(), Some("expected"));
    let child = with_quote(&ts, "儿童死亡率");
    assert_eq!(child["name"]["zh"].as_str(), Some("5岁以下儿童死亡率"));
    assert_eq!(child["class"].as_str(), Some("binding"));
}

#[test]
fn months_so_far_after_a_reporting_lead_are_reported_not_promised() {
    // heldout5a c3: `会议指出，1—10月，全市规上工业增加值增长7.4%…` reviews the year so far.
    // (A later `全年…` in the same carried report is still read as the reviewed year's: a
    // known limit, docs/extract.md.)
    let ts = targets_of(
        "某市召开经济运行调度会\n会议指出，1—10月，全市规上工业增加值增长7.4%，固定资产投资增长5.1%。会议强调，今年规上工业增加值增长7%以上。\n",
        "2025",
    );
    assert_eq!(ts.len(), 1, "{ts:#?}");
    with_quote(&ts, "7%以上");
}

// ---- Tuned on t16–t17: cell-per-line and year-by-year tables (docs/extract.md) ----

/// t16: a 十五五 table copied out of a PDF with every cell on its own line (a category
/// printed once per group, wrapped names, a header cell wrapped, a page break).
#[test]
fn pdf_table_with_every_cell_on_its_own_line() {
    assert_agreed_in("tuning", "t16-pdf-cell-per-line-table", "table", &[]);
    // A flow reached by a deadline years away, annotated a level here: drafted the deadline
    // year's ytd since the eleventh set (docs/extract.md, "Eleventh set, fixed after the run:
    // a flow reached by a deadline years away"): judgement calls.
    assert_agreed_in(
        "tuning",
        "t16-pdf-cell-per-line-table",
        "prose",
        &["地区生产总值迈上5000亿元台阶"],
    );
}

/// t17: an action plan's annex with one column per year (2026–2028) and 牵头单位.
#[test]
fn action_plan_table_with_one_column_per_year() {
    assert_agreed_in("tuning", "t17-year-columns-action-plan", "table", &[]);
    assert_agreed_in("tuning", "t17-year-columns-action-plan", "prose", &[]);
}

#[test]
fn a_table_with_one_column_per_year_reads_a_flow_as_each_year_s_and_a_stock_as_a_level() {
    // `2025年基数  2026年  2027年`: each column is that year's figure. 增加值 (a flow) is what
    // the year produces, ytd from 1 January of the column's year; 5G基站数 (a stock) a level
    // from the plan's start with the base-year column as baseline; a share stays a level.
    let text = "指标\t单位\t2025年基数\t2026年\t2027年\t牵头单位\n数字经济核心产业增加值\t亿元\t420\t470\t525\t市发展改革委\n数字经济核心产业增加值占地区生产总值比重\t%\t10.2\t10.8\t11.5\t市统计局\n5G基站数\t万个\t1.86\t2.2\t2.5\t市通信发展办\n新增智能工厂\t个\t—\t5\t6\t市经济和信息化局\n";
    let (draft, problems) = draft_problems(text);
    assert!(problems.is_empty(), "{problems:?}\n{draft}");
    let ts = targets_no_year(text);
    assert_eq!(ts.len(), 8, "{ts:#?}");
    let of = |piece: &str, year: &str| {
        ts.iter()
            .find(|t| {
                t["quote"].as_str().is_some_and(|q| q.starts_with(piece))
                    && t["deadline"].to_string() == format!("{year}-12-31")
            })
            .unwrap_or_else(|| panic!("{piece} {year}: {ts:#?}"))
    };
    for (piece, year, value) in [
        ("数字经济核心产业增加值\t", "2026", 470),
        ("数字经济核心产业增加值\t", "2027", 525),
        ("新增智能工厂", "2027", 6),
    ] {
        let t = of(piece, year);
        assert_eq!(t["measure"].as_str(), Some("ytd"), "{t:#?}");
        assert_eq!(t["value"].as_integer(), Some(value));
        assert_eq!(t["start"].to_string(), format!("{year}-01-01"));
        assert!(!t.contains_key("baseline"), "{t:#?}");
    }
    let share = of("数字经济核心产业增加值占", "2027");
    assert_eq!(share["measure"].as_str(), Some("level"));
    assert_eq!(share["baseline"].as_float(), Some(10.2));
    let stations = of("5G基站数", "2027");
    assert_eq!(stations["measure"].as_str(), Some("level"));
    assert_eq!(stations["start"].to_string(), "2026-01-01");
    assert_eq!(stations["baseline"].as_float(), Some(1.86));
    assert_eq!(
        stations["owner"].as_array().unwrap()[0].as_str(),
        Some("市通信发展办")
    );
}

#[test]
fn a_bare_count_of_works_on_what_exists_is_a_commitment() {
    // 加装, 整治, 加固, 更新, 治理, 铺设 count works as 改造 does: with no rule word, the
    // count is what the year is to do (ytd); in a results paragraph it is a past result.
    let text = "2025年工作回顾\n过去一年，全市加装电梯90部，整治易涝点20处。\n2026年重点工作\n今年，全市加装电梯100部，整治易涝点32处，除险加固病险水库15座，更新城市公交车400辆，治理水土流失面积25平方公里，铺设燃气管网80公里。\n";
    let ts = targets_of(text, "2026");
    assert_eq!(ts.len(), 6, "{ts:#?}");
    for (piece, value) in [
        ("加装电梯100部", 100),
        ("整治易涝点32处", 32),
        ("除险加固病险水库15座", 15),
        ("更新城市公交车400辆", 400),
        ("治理水土流失面积25平方公里", 25),
        ("铺设燃气管网80公里", 80),
    ] {
        let t = with_quote(&ts, piece);
        assert_eq!(t["measure"].as_str(), Some("ytd"), "{t:#?}");
        assert_eq!(t["rule"].as_str(), Some("at-least"), "{t:#?}");
        assert_eq!(t["value"].as_integer(), Some(value), "{t:#?}");
        assert_eq!(t["deadline"].to_string(), "2026-12-31");
    }
    assert!(
        !ts.iter()
            .any(|t| t["quote"].as_str().unwrap().contains("90部")),
        "{ts:#?}"
    );
}

#[test]
fn an_indicator_drafted_from_the_prose_and_from_a_table_is_noted_on_both() {
    // A plan's 主要目标 paragraph and its 主要指标 专栏 state the same goal: both proposals
    // stay (either may be the one the reviewer keeps), each naming the other.
    let text = "二、主要目标\n到2030年，全市地区生产总值突破1200亿元，常住人口城镇化率达到68%，森林覆盖率达到45%。\n\n专栏1　主要指标\n指标\t单位\t2025年\t2030年\t属性\n地区生产总值\t亿元\t900\t1200\t预期性\n常住人口城镇化率\t%\t63\t68\t预期性\n";
    let (draft, problems) = draft_problems(text);
    assert!(problems.is_empty(), "{problems:?}\n{draft}");
    assert_eq!(draft.matches("[[target]]").count(), 5, "{draft}");
    let block = |id: &str| {
        draft
            .split("\n\n")
            .find(|b| b.contains(&format!("\nid = \"{id}\"\n")))
            .unwrap_or_else(|| panic!("no {id}: {draft}"))
    };
    assert!(
        block("gdp").contains(
            "# review: the same indicator is drafted from a table row as `gdp-2`: keep one"
        ),
        "{draft}"
    );
    assert!(
        block("gdp-2")
            .contains("# review: the same indicator is drafted from the prose as `gdp`: keep one"),
        "{draft}"
    );
    assert!(
        !block("forest-cover").contains("the same indicator"),
        "{draft}"
    );
    assert_eq!(
        draft.matches("review: the same indicator").count(),
        4,
        "{draft}"
    );
}

#[test]
fn a_goals_header_dates_its_dashed_paragraphs() {
    // `今后五年…主要目标是：` heading a list of `——` paragraphs: its window governs every
    // item, also the lead of an item with a window of its own later on, and an item naming
    // the list's end year (到2031年 in a text of 2026) sets it for the rest of the list. The
    // list ends at a paragraph with no dash (found after the ninth held-out set's one run).
    let text = "（2026年9月22日）\n\n二、今后五年的奋斗目标和主要任务\n\n今后五年全区经济社会发展的主要目标是：\n\n——经济实力再上新台阶。地区生产总值年均增长6%左右，到2031年经济总量突破1400亿元；一般公共预算收入年均增长5%以上。\n\n——创新能力显著增强。全社会研发经费投入强度达到3.6%以上，高新技术企业突破800家。\n\n三、扎实做好2027年各项工作\n\n2027年，全区地区生产总值增长6%。\n";
    let ts = targets_no_year(text);
    for piece in [
        "地区生产总值年均增长6%左右",
        "到2031年经济总量突破1400亿元",
        "一般公共预算收入年均增长5%以上",
        "全社会研发经费投入强度达到3.6%以上",
        "高新技术企业突破800家",
    ] {
        let t = with_quote(&ts, piece);
        assert_eq!(t["deadline"].to_string(), "2031-12-31", "{piece}: {t:#?}");
    }
    let t = with_quote(&ts, "2027年，全区地区生产总值增长6%");
    assert_eq!(t["deadline"].to_string(), "2027-12-31", "{t:#?}");
}

#[test]
fn a_task_table_s_goal_cells_with_their_units_are_read_with_the_task() {
    // `序号  任务  目标  责任单位  完成时限` with no unit column: the goal cell carries its unit
    // (`5个`, `2.5万亩`, `≤32微克/立方米`) and the 任务 cell names it; a figure cut at a line's
    // end (`12` then `0公里`) is one figure; the news item's byline after the table is no
    // row. A past result measured against a plan (`为年度计划的115%`) proposes nothing (found
    // after the ninth held-out set's one run).
    let text = "青禾县召开2027年经济工作会议\n发布时间：2027-02-06\n会议指出，2026年，全县经济社会发展取得新的显著成效。\n会议认为，过去一年，全县项目建设实现量质齐升。县级重点项目完成投资138亿元，为年度计划的115%；新建5G基站260个。\n\n附：2027年重点目标任务分解表\n\n序号\t任务\t目标\t责任单位\t完成时限\n1\t城关镇招引亿元以上项目\t8个以上\t城关镇人民政府\t12月底前\n2\t临河镇新开工亿元以上项目\t5个\t临河镇人民政府、县发改局\t9月底前\n3\t东坪乡新建高标准农田\t2.5万亩\t县农业农村局\t10月底前\n4\t新改建农村公路\t12\n0公里\t县交通运输局\t11月底前\n5\t细颗粒物（PM2.5）平均浓度\t≤32微克/立方米\t市生态环境局\t年底前\n\n（记者　周雨桐　通讯员　李明）\n";
    let (draft, problems) = draft_problems(text);
    assert!(problems.is_empty(), "{problems:?}\n{draft}");
    let ts = targets_no_year(text);
    assert_eq!(ts.len(), 5, "{ts:#?}");
    for (piece, value, unit, deadline) in [
        ("城关镇招引亿元以上项目", 8.0, "个", "2027-12-31"),
        ("临河镇新开工亿元以上项目", 5.0, "个", "2027-09-30"),
        ("东坪乡新建高标准农田", 2.5, "万亩", "2027-10-31"),
        ("新改建农村公路", 120.0, "公里", "2027-11-30"),
    ] {
        let t = with_quote(&ts, piece);
        assert_eq!(t["measure"].as_str(), Some("ytd"), "{t:#?}");
        assert_eq!(t["rule"].as_str(), Some("at-least"), "{t:#?}");
        let v = t["value"]
            .as_float()
            .or(t["value"].as_integer().map(|i| i as f64));
        assert_eq!(v, Some(value), "{t:#?}");
        assert_eq!(t["unit"].as_str(), Some(unit), "{t:#?}");
        assert_eq!(t["deadline"].to_string(), deadline, "{t:#?}");
    }
    let pm = with_quote(&ts, "细颗粒物");
    assert_eq!(pm["rule"].as_str(), Some("at-most"), "{pm:#?}");
    assert_eq!(pm["value"].as_integer(), Some(32), "{pm:#?}");
    assert_eq!(pm["unit"].as_str(), Some("微克/立方米"), "{pm:#?}");
    assert_eq!(
        with_quote(&ts, "临河镇")["owner"]
            .as_array()
            .map(|a| a.len()),
        Some(2)
    );
    for t in &ts {
        let q = t["quote"].as_str().unwrap();
        assert!(
            !q.contains("记者") && !q.contains("115%") && !q.contains("260个"),
            "{q}"
        );
    }
}

#[test]
fn units_in_latin_letters_and_milliseconds_are_units() {
    // `400 EFLOPS以上` (a space allowed), `20毫秒以内`; `5G基站` keeps 5G in its name and
    // `IPv6` is no figure (found after the ninth held-out set's one run).
    let text = "到2029年，算力总规模达到400 EFLOPS以上，新建5G基站300个，全面推广IPv6。到2028年底，国家枢纽节点间网络时延控制在20毫秒以内。\n";
    let ts = targets_of(text, "2027");
    assert_eq!(ts.len(), 3, "{ts:#?}");
    let t = with_quote(&ts, "400 EFLOPS");
    assert_eq!(t["unit"].as_str(), Some("EFLOPS"), "{t:#?}");
    assert_eq!(t["rule"].as_str(), Some("at-least"), "{t:#?}");
    let t = with_quote(&ts, "20毫秒");
    assert_eq!(t["unit"].as_str(), Some("毫秒"), "{t:#?}");
    assert_eq!(t["rule"].as_str(), Some("at-most"), "{t:#?}");
    assert_eq!(t["deadline"].to_string(), "2028-12-31");
    assert_eq!(with_quote(&ts, "5G基站300个")["unit"].as_str(), Some("个"));
}

#[test]
fn an_about_goal_with_a_higher_stretch_is_a_floor_with_slack() {
    // `增长6%左右、力争达到8%`: the stretch says higher is better, so 左右 only slackens a
    // floor: at-least 6 with a tolerance, stretch 8, one target (not `about` and a second
    // target of 8). A 左右 with no figure to strive for stays `about` (found after the
    // ninth held-out set's one run).
    for text in [
        "2027年主要预期目标是：固定资产投资增长6%左右、力争达到8%。\n",
        "2027年主要预期目标是：固定资产投资增长6%左右，力争8%。\n",
    ] {
        let ts = targets_no_year(text);
        assert_eq!(ts.len(), 1, "{ts:#?}");
        let t = &ts[0];
        assert_eq!(t["rule"].as_str(), Some("at-least"), "{t:#?}");
        assert_eq!(t["value"].as_integer(), Some(6), "{t:#?}");
        assert_eq!(t["stretch"].as_integer(), Some(8), "{t:#?}");
        assert!(t.contains_key("tolerance"), "{t:#?}");
    }
    let ts = targets_no_year(
        "2027年主要预期目标是：地区生产总值增长5.5%左右，在实际工作中力争更好结果。\n",
    );
    assert_eq!(ts.len(), 1, "{ts:#?}");
    assert_eq!(ts[0]["rule"].as_str(), Some("about"), "{ts:#?}");
}

#[test]
fn a_year_s_flow_below_last_year_s_figure_is_still_a_floor() {
    // An annual plan's table: `城镇新增就业  68.2  65` is the year's jobs to create, a floor
    // though last year gave more; a concentration below its base is a cap (found after the
    // ninth held-out set's one run).
    let text = "指标\t单位\t2026年预计\t2027年目标\n城镇新增就业\t万人\t68.2\t65\n粮食产量\t亿斤\t562.4\t560\n细颗粒物平均浓度\t微克/立方米\t31\t30\n";
    let ts = targets_no_year(text);
    assert_eq!(ts.len(), 3, "{ts:#?}");
    for piece in ["城镇新增就业", "粮食产量"] {
        let t = with_quote(&ts, piece);
        assert_eq!(t["rule"].as_str(), Some("at-least"), "{t:#?}");
        assert_eq!(t["measure"].as_str(), Some("ytd"), "{t:#?}");
    }
    assert_eq!(
        with_quote(&ts, "细颗粒物")["rule"].as_str(),
        Some("at-most"),
        "{ts:#?}"
    );
}

#[test]
fn a_note_of_units_after_a_figure_and_a_task_ending_in_a_digit_name_nothing() {
    // `新建5G基站800个（牵头单位：…）`: the note after the figure is no name (it was drafted
    // `（牵头单位`); a task cell ending in a digit (`建设道路5`) is not glued to its goal cell
    // `8个以上` (it read 58). Both found by a hostile-input pass.
    let ts = targets_of(
        "新建5G基站800个（牵头单位：市工信局；责任单位：各区政府）。\n",
        "2025",
    );
    assert_eq!(ts.len(), 1, "{ts:#?}");
    assert!(
        ts[0]["name"]["zh"].as_str().unwrap().contains("5G基站"),
        "{ts:#?}"
    );
    let ts = targets_of(
        "序号\t任务\t目标\t责任单位\t完成时限\n1\t建设道路5\t8个以上\t某单位\t12月底前\n",
        "2025",
    );
    assert!(
        ts.iter().all(|t| t["value"].as_integer() != Some(58)),
        "{ts:#?}"
    );
}

#[test]
fn goal_years_milestones_apart_keep_a_flow_as_the_goal_year_s_flow() {
    // `2023年基数  2025年目标  2027年目标`: milestones, not a breakdown by year; a flow reached
    // by a goal year years away is that year's flow (since the eleventh set; t11 and
    // heldout4 b2 annotate a level: judgement calls).
    let text = "序号\t指标名称\t单位\t2023年基数\t2025年目标\t2027年目标\n1\t数字经济核心产业增加值\t亿元\t512\t620\t760\n";
    let ts = targets_no_year(text);
    assert_eq!(ts.len(), 2, "{ts:#?}");
    for t in &ts {
        let year = t["deadline"].to_string()[..4].to_string();
        assert_eq!(t["measure"].as_str(), Some("ytd"), "{t:#?}");
        assert_eq!(t["start"].to_string(), format!("{year}-01-01"));
        assert!(t.get("baseline").is_none(), "{t:#?}");
    }
}

#[test]
fn the_base_year_column_is_the_baseline_of_a_level_goal() {
    // A plain base figure is the level at the window's start: `baseline`. Not on a growth
    // rate (the base year's rate), not from a 〔〕 figure; a ＊ (an estimate) is flagged.
    let text = "指标\t2020年\t2025年\t年均/累计\t属性\n常住人口城镇化率（%）\t60.6＊\t65\t—\t预期性\n地区生产总值增长（%）\t2.3\t—\t5左右\t预期性\n单位GDP能源消耗降低（%）\t〔14.2〕\t—\t〔13.5〕\t约束性\n森林覆盖率（%）\t—\t24.1\t—\t约束性\n人均预期寿命（岁）\t77.3\t—\t〔1〕\t预期性\n";
    let (draft, problems) = draft_problems(text);
    assert!(problems.is_empty(), "{problems:?}\n{draft}");
    assert!(
        draft.contains("# review: baseline 60.6 is marked ＊"),
        "{draft}"
    );
    let ts = targets_no_year(text);
    assert_eq!(ts.len(), 5, "{ts:#?}");
    assert_eq!(
        with_quote(&ts, "城镇化率")["baseline"].as_float(),
        Some(60.6)
    );
    assert!(!with_quote(&ts, "地区生产总值增长").contains_key("baseline"));
    assert!(!with_quote(&ts, "能源消耗降低").contains_key("baseline"));
    assert!(!with_quote(&ts, "森林覆盖率").contains_key("baseline"));
    let life = with_quote(&ts, "人均预期寿命");
    assert_eq!(life["increase"].as_integer(), Some(1));
    assert_eq!(life["baseline"].as_float(), Some(77.3));
}

#[test]
fn an_addition_under_brackets_in_a_table_is_the_flow_summed_over_the_window() {
    // heldout4 b1 `新增上云企业数（万家）  —  〔６〕`: the five years' additions added up (ytd),
    // as 城镇新增就业〔40〕; a level's 〔〕 (人均预期寿命〔1〕) stays an increase.
    let text = "序号  指标                         2020年     2025年      属性\n14    新增上云企业数（万家）         —          〔６〕       预期性\n15    人均预期寿命（岁）             78.3       〔１〕      预期性\n";
    let ts = targets_no_year(text);
    assert_eq!(ts.len(), 2, "{ts:#?}");
    let firms = with_quote(&ts, "新增上云企业数");
    assert_eq!(firms["measure"].as_str(), Some("ytd"));
    assert_eq!(firms["value"].as_integer(), Some(6));
    assert_eq!(firms["unit"].as_str(), Some("万家"));
    assert_eq!(firms["start"].to_string(), "2021-01-01");
    let life = with_quote(&ts, "人均预期寿命");
    assert_eq!(life["measure"].as_str(), Some("level"));
    assert_eq!(life["increase"].as_integer(), Some(1));
}

#[test]
fn a_category_printed_two_characters_a_line_beside_the_serial_is_no_row() {
    // heldout4 b1: the category column wraps (`数字产` / `业化`) beside 序号; on its second
    // line the name's tail, or a number cut after its dot (`６８．` / `５`), sits under its cell.
    let text = " 类别       序号    指标                                     2020年      2025年      属性\n 数字产      7     数字经济核心产业增加值占地区                    6.8         １０         预期性\n 业化              生产总值比重（%）\n 产业数      12    规模以上工业企业关键工序数控化率（%）            56.2        ６８．         预期性\n 字化                                                                         ５\n";
    let ts = targets_no_year(text);
    assert_eq!(ts.len(), 2, "{ts:#?}");
    let share = with_quote(&ts, "生产总值比重（%）");
    assert_eq!(
        share["name"]["zh"].as_str(),
        Some("数字经济核心产业增加值占地区生产总值比重")
    );
    assert_eq!(share["unit"].as_str(), Some("%"));
    assert_eq!(share["value"].as_integer(), Some(10));
    let nc = with_quote(&ts, "数控化率");
    assert_eq!(nc["value"].as_float(), Some(68.5));
}

#[test]
fn a_pdf_table_with_every_cell_on_its_own_line_is_read_row_by_row() {
    // t16's layout: the header one cell a line (年均增长 / 〔累计〕 one cell wrapped), each row a
    // run of lines from its 序号 to its 属性 word, a category once above its group, a name
    // wrapped over two lines, a page number between rows; the note after it is prose.
    let text = "表1　主要指标\n类别\n序号\n指标\n单位\n2025年\n2030年\n年均增长\n〔累计〕\n属性\n经济发展\n1\n地区生产总值增长\n%\n6.0\n—\n5.5左右\n预期性\n2\n数字经济核心产业增加值占地区\n生产总值比重\n%\n9.5\n13\n—\n预期性\n— 9 —\n绿色生态\n3\n单位地区生产总值能源消耗降低\n%\n〔14.2〕\n—\n〔13.5〕\n约束性\n\n注：2025年城镇化率为68.4%。\n";
    let (draft, problems) = draft_problems(text);
    assert!(problems.is_empty(), "{problems:?}\n{draft}");
    let ts = targets_no_year(text);
    assert_eq!(ts.len(), 3, "{ts:#?}");
    let gdp = with_quote(&ts, "地区生产总值增长\t");
    assert_eq!(gdp["measure"].as_str(), Some("growth"));
    assert_eq!(gdp["aggregate"].as_str(), Some("average"));
    assert_eq!(gdp["class"].as_str(), Some("expected"));
    assert_eq!(gdp["deadline"].to_string(), "2030-12-31");
    let share = with_quote(&ts, "占地区生产总值比重");
    assert_eq!(share["unit"].as_str(), Some("%"));
    assert_eq!(share["value"].as_integer(), Some(13));
    assert_eq!(share["baseline"].as_float(), Some(9.5));
    let energy = with_quote(&ts, "能源消耗降低");
    assert_eq!(energy["value"].as_float(), Some(-13.5));
    assert_eq!(energy["aggregate"].as_str(), Some("cumulative"));
    assert_eq!(energy["class"].as_str(), Some("binding"));
    assert!(
        ts.iter()
            .all(|t| !t["quote"].as_str().unwrap().contains("— 9 —"))
    );
}
// ---------------------------------------------------------------------------------------
// Tuned on t18–t19 (docs/extract.md, "Tuned on t18–t19"): a year-end report carried from
// 1—11月, a county's work points with no date line.

#[test]
fn t18_city_year_end_report() {
    assert_agreed_in("tuning", "t18-city-year-end-report", "prose", &[]);
}

#[test]
fn t19_county_work_points_no_date() {
    // `全年实施重点项目120个` is the year's count (ytd) since "Tuned on t25–t26".
    assert_agreed_in("tuning", "t19-county-work-points-no-date", "prose", &[]);
}

fn field(t: &toml::Table, k: &str) -> String {
    t.get(k).map_or(String::new(), |v| {
        v.to_string().trim_matches('"').to_string()
    })
}

#[test]
fn a_year_reported_then_this_year_is_the_year_after() {
    // No date line, no --year: `2025年，…增长5.2%。今年…` names 2025 as done, so 今年 is 2026
    // and the 2025 figures are results.
    let ts = targets_no_year(
        "青禾县人民政府工作要点\n\n2025年，全县地区生产总值增长5.2%，粮食总产量达到52.6万吨。\n\n今年全县主要预期目标是：地区生产总值增长5%左右；一般公共预算收入增长3%以上。\n",
    );
    assert_eq!(ts.len(), 2, "{ts:#?}");
    for t in &ts {
        assert_eq!(field(t, "deadline"), "2026-12-31");
        assert!(!field(t, "quote").contains("5.2%"));
    }
    // A year that looks forward (将, 要, 力争 …) is not reported done: it stays the year.
    let ts = targets_no_year("2026年，全县将新建5G基站300个。今年力争新增规上工业企业20家。\n");
    assert_eq!(ts.len(), 2, "{ts:#?}");
    for t in &ts {
        assert_eq!(field(t, "deadline"), "2026-12-31");
    }
}

#[test]
fn a_restated_goal_is_not_proposed_again() {
    let ts = targets_of(
        "今年主要预期目标是：地区生产总值增长5%左右；城镇新增就业3500人以上。\n各部门要紧紧围绕县委提出经济增长5%左右的预期目标，确保完成各项任务。\n",
        "2026",
    );
    assert_eq!(ts.len(), 2, "{ts:#?}");
    assert!(ts.iter().all(|t| !field(t, "quote").contains("预期目标，")));
    // The first statement of a goal named as one (`…5.5%以上的目标必须确保完成`) is drafted.
    let ts = targets_of("全年地区生产总值增长5.5%以上的目标必须确保完成。\n", "2025");
    assert_eq!(ts.len(), 1, "{ts:#?}");
}

#[test]
fn ranks_net_rises_and_negative_growth_are_read() {
    let ts = targets_of(
        "推动地区生产总值总量进入全省前三位。港口货物吞吐量突破4亿吨，保持全省第一。全年净增经营主体4万户以上。全市“三公”经费保持负增长。数字经济稳居全市第一方阵。\n",
        "2026",
    );
    assert_eq!(ts.len(), 5, "{ts:#?}");
    let three = with_quote(&ts, "进入全省前三位");
    assert_eq!(
        (
            field(three, "measure"),
            field(three, "rule"),
            field(three, "unit"),
            field(three, "value")
        ),
        ("level".into(), "at-most".into(), "位".into(), "3".into())
    );
    let first = with_quote(&ts, "保持全省第一");
    assert_eq!(
        (field(first, "rule"), field(first, "value")),
        ("at-most".into(), "1".into())
    );
    assert!(field(first, "name").contains("港口货物吞吐量"));
    let net = with_quote(&ts, "净增经营主体");
    assert_eq!(
        (
            field(net, "measure"),
            field(net, "increase"),
            field(net, "unit")
        ),
        ("level".into(), "4".into(), "万户".into())
    );
    let falls = with_quote(&ts, "保持负增长");
    assert_eq!(
        (
            field(falls, "measure"),
            field(falls, "rule"),
            field(falls, "value")
        ),
        ("growth".into(), "falls".into(), String::new())
    );
    // A rank reported (a year before the text's, a results passage) is not a goal.
    let ts = targets_of("2025年，港口货物吞吐量连续12年保持全省第一。\n", "2026");
    assert!(ts.is_empty(), "{ts:#?}");
}

#[test]
fn hogs_fertiliser_running_totals_and_each_year_s_flow() {
    let ts = targets_of(
        "生猪出栏稳定在45万头左右，能繁母猪存栏2.8万头左右。化肥使用量控制在2.1万吨左右。新建高标准农田12万亩，累计建成198万亩。\n",
        "2026",
    );
    let hogs = with_quote(&ts, "生猪出栏");
    assert_eq!(
        (
            field(hogs, "measure"),
            field(hogs, "rule"),
            field(hogs, "unit")
        ),
        ("ytd".into(), "about".into(), "万头".into())
    );
    let sows = with_quote(&ts, "能繁母猪");
    assert_eq!(
        (field(sows, "measure"), field(sows, "rule")),
        ("level".into(), "about".into())
    );
    let fert = with_quote(&ts, "化肥使用量");
    assert_eq!(
        (field(fert, "measure"), field(fert, "rule")),
        ("ytd".into(), "at-most".into())
    );
    assert!(fert.contains_key("tolerance"));
    let total = with_quote(&ts, "累计建成198万亩");
    assert_eq!(
        (field(total, "measure"), field(total, "value")),
        ("level".into(), "198".into())
    );
    assert_eq!(ts.len(), 5, "{ts:#?}");
    // (A period in the first lines is the text's plan period: this text apart.)
    let ts = targets_of(
        "实施“亩均效益”提升三年行动（2026—2028年），规上工业亩均增加值年均提高6%以上，每年新增省级智能工厂15家以上，到2028年累计建成省级以上数字化车间300个。\n",
        "2026",
    );
    let rate = with_quote(&ts, "年均提高6%");
    assert_eq!(
        (
            field(rate, "measure"),
            field(rate, "aggregate"),
            field(rate, "deadline")
        ),
        ("growth".into(), "average".into(), "2028-12-31".into())
    );
    let each = with_quote(&ts, "每年新增");
    assert_eq!(
        (
            field(each, "measure"),
            field(each, "value"),
            field(each, "deadline")
        ),
        ("ytd".into(), "15".into(), "2026-12-31".into())
    );
    let cum = with_quote(&ts, "累计建成省级以上数字化车间300个");
    assert_eq!(
        (field(cum, "measure"), field(cum, "rule")),
        ("level".into(), "at-least".into())
    );
    // 提升三年行动: a programme's span, not a figure.
    assert!(ts.iter().all(|t| field(t, "unit") != "年"), "{ts:#?}");
    assert_eq!(ts.len(), 3, "{ts:#?}");
}

#[test]
fn a_year_end_report_s_section_on_this_year_keeps_the_date_s_year() {
    // Dated December 2025, goals for 2026: 全年 under `二、全力冲刺全年目标任务` is 2025,
    // under `四、明年重点工作` 2026.
    let ts = targets_no_year(
        "澜海市人民政府关于2025年经济运行情况和2026年工作安排的报告\n（2025年12月18日）\n\n一、今年以来经济运行情况\n\n1—11月，全市规模以上工业增加值增长6.8%。\n\n二、全力冲刺全年目标任务\n\n确保全年新开工亿元以上项目300个以上。\n\n三、2026年主要目标\n\n明年主要预期目标是：地区生产总值增长5.5%左右。\n\n四、明年重点工作\n\n全年净增经营主体4万户以上。\n",
    );
    assert_eq!(ts.len(), 3, "{ts:#?}");
    assert_eq!(
        field(with_quote(&ts, "300个以上"), "deadline"),
        "2025-12-31"
    );
    assert_eq!(field(with_quote(&ts, "5.5%左右"), "deadline"), "2026-12-31");
    assert_eq!(field(with_quote(&ts, "净增"), "deadline"), "2026-12-31");
}

// ---- t20–t22: a plan report, a 十五五 district chapter, a speech in Chinese numerals ----

/// The score of the tuning passages t20–t22 (a province's 计划执行情况与计划草案的报告, a
/// district's 十五五 outline chapter with a 专栏 of projects, a city secretary's speech with
/// figures in Chinese numerals after a news release), printed before their `assert_agreed_in`
/// tests (docs/extract.md, "Tuned on t20–t22"):
/// `cargo test --test extract_documents -- --ignored t20_t22_score --nocapture`
#[test]
#[ignore]
fn t20_t22_score() {
    score_names(
        "tuning",
        &[
            "t20-province-plan-report",
            "t21-district-15th-fyp-chapter",
            "t22-city-speech-chinese-numerals",
        ],
    );
}

#[test]
fn t20_province_plan_report() {
    // 滚动实施…500个 and 培育…20个, judgement calls until round 8, are the year's counts in
    // a plan report's 计划草案 (docs/extract.md, "Round 8").
    assert_agreed_in("tuning", "t20-province-plan-report", "prose", &[]);
}

/// The score of the tuning passages t31–t32 (a county's 2026 民生实事 notice, a city's 2026
/// work report's 重点工作 full of counts and money), printed before their `assert_agreed_in`
/// tests (docs/extract.md, "Round 8: the measure and clause of counts and money in prose"):
/// `cargo test --test extract_documents -- --ignored t31_t32_score --nocapture`
#[test]
#[ignore]
fn t31_t32_score() {
    score_names(
        "tuning",
        &[
            "t31-county-minsheng-list-2026",
            "t32-city-work-report-2026-tasks",
        ],
    );
}

#[test]
fn t31_county_minsheng_list() {
    assert_agreed_in(
        "tuning",
        "t31-county-minsheng-list-2026",
        "prose",
        &[
            // No verb at all (送戏下乡三百场). (为2000户…实施…改造: counted since round 16 B;
            // 笼式足球场4片: since round 16 E.)
            "送戏下乡三百场",
        ],
    );
}

#[test]
fn t32_city_work_report_tasks() {
    assert_agreed_in("tuning", "t32-city-work-report-2026-tasks", "prose", &[]);
}

#[test]
fn a_finished_plan_named_at_a_sentence_s_head_is_more_review() {
    // heldout8a p1 (scored once, now tuning material): in a 2026 report's review,
    // `“十四五”规划主要目标任务全面完成。五年间，…年均增长5.8%` reports the plan just ended;
    // a plan still to run (`“十五五”时期，…`) turns the section to goals.
    let ts = targets_no_year(
        "政府工作报告\n——2026年1月22日在第五次会议上\n\n一、2025年工作回顾\n过去一年，全省经济运行稳中有进。地区生产总值增长5.6%。\n“十四五”规划主要目标任务全面完成。五年间，经济总量年均增长5.8%；累计新增城镇就业336万人。\n“十五五”时期，全省经济总量年均增长5%左右。\n",
    );
    let qs = quotes(&ts);
    assert!(
        qs.iter()
            .all(|q| !q.contains("5.8%") && !q.contains("336万人")),
        "{qs:#?}"
    );
    assert_eq!(ts.len(), 1, "{qs:#?}");
    assert_eq!(field(&ts[0], "deadline"), "2030-12-31");
}

#[test]
fn a_milestone_that_counts_the_works_it_finishes_is_one_count_target() {
    // `建成投用数据中心1个`: the milestone 建成投用 and the count 1个 are one promise (the
    // count, by the clause's deadline); 完成…投产 with no count stays a milestone.
    let ts = targets_of(
        "　　今年，9月底前建成投用数据中心1个，年底前建成乡镇综合文化站3个以上。确保滨江大桥年底前建成通车。\n",
        "2026",
    );
    assert_eq!(ts.len(), 3, "{:#?}", quotes(&ts));
    let dc = with_quote(&ts, "数据中心1个");
    assert_eq!(field(dc, "measure"), "ytd", "{dc:#?}");
    assert_eq!(field(dc, "deadline"), "2026-09-30");
    assert_eq!(field(with_quote(&ts, "文化站3个以上"), "measure"), "ytd");
    assert_eq!(field(with_quote(&ts, "建成通车"), "measure"), "milestone");
}

#[test]
fn a_breakdown_after_qizhong_is_a_target_sharing_its_measure() {
    let ts = targets_of(
        "　　今年重点工作：新开工亿元以上项目二百个，其中十亿元以上项目三十五个。新增公共停车泊位1.2万个，其中公共充电桩3000个。十件民生实事计划总投资9.6亿元以上，其中县级财政投入不低于4.1亿元。新增学位2400个，其中秋季开学前投用1800个。\n　　过去一年，新开工项目180个，其中十亿元以上项目30个。\n",
        "2026",
    );
    for (piece, value, deadline) in [
        ("十亿元以上项目三十五个", "35", "2026-12-31"),
        ("公共充电桩3000个", "3000", "2026-12-31"),
        ("县级财政投入不低于4.1亿元", "4.1", "2026-12-31"),
        // 秋季开学前: the school term's start (within.rs), not the year's end.
        ("投用1800个", "1800", "2026-08-31"),
    ] {
        let t = with_quote(&ts, piece);
        assert_eq!(field(t, "measure"), "ytd", "{piece}");
        assert_eq!(field(t, "rule"), "at-least", "{piece}");
        assert_eq!(t["value"].to_string(), value, "{piece}");
        assert_eq!(t["deadline"].to_string(), deadline, "{piece}");
    }
    // A count right after a milestone's verb is a count, not a milestone.
    assert!(
        ts.iter().all(|t| field(t, "measure") != "milestone"),
        "{:#?}",
        quotes(&ts)
    );
    // The past year's breakdown is a result.
    assert!(
        ts.iter().all(|t| !field(t, "quote").contains("30个")),
        "{:#?}",
        quotes(&ts)
    );
    assert_eq!(ts.len(), 8, "{:#?}", quotes(&ts));
}

#[test]
fn people_times_money_spent_and_a_list_s_total_investment_are_the_year_s_flow() {
    let ts = targets_of(
        "　　今年，完成65岁以上老年人免费健康体检32万人次，开展职业技能培训1.2万人次，发放创业担保贷款2亿元，争取地方政府专项债券资金120亿元，民生实事计划总投资9.6亿元以上，为农村学校配备课后服务教师120名。为65岁以上老年人免费健康体检4.8万人次。\n",
        "2026",
    );
    for piece in [
        "免费健康体检32万人次",
        "培训1.2万人次",
        "创业担保贷款2亿元",
        "专项债券资金120亿元",
        "计划总投资9.6亿元以上",
        "课后服务教师120名",
        "免费健康体检4.8万人次",
    ] {
        let t = with_quote(&ts, piece);
        assert_eq!(field(t, "measure"), "ytd", "{piece}");
        assert!(!t.contains_key("baseline"), "{piece}");
    }
    assert_eq!(ts.len(), 7, "{:#?}", quotes(&ts));
    // What stays a level: a balance, a standard, a project's scope, and a flow reached by a
    // deadline years away.
    let ts = targets_of(
        "　　今年，制造业贷款余额达到300亿元以上，城乡居民医保财政补助标准达到700元，残疾人两项补贴人均达到1200元。加快推进总投资超45亿元的光伏产业园建设。到2030年，全社会研发投入达到200亿元。\n",
        "2026",
    );
    assert_eq!(field(with_quote(&ts, "贷款余额"), "measure"), "level");
    assert_eq!(field(with_quote(&ts, "补助标准"), "measure"), "level");
    assert_eq!(field(with_quote(&ts, "补贴人均"), "measure"), "level");
    assert_eq!(field(with_quote(&ts, "研发投入"), "measure"), "level");
    assert!(
        ts.iter().all(|t| !field(t, "quote").contains("45亿元")),
        "{:#?}",
        quotes(&ts)
    );
}

#[test]
fn projects_and_firms_in_a_text_titled_as_one_year_s_work_are_the_year_s_count() {
    let body = "　　（一）扩大有效投资。实施市级重大项目450个，培育省级高品质步行街2条，建设标杆工厂50家，完成营造林120万亩。\n";
    for title in [
        "政府工作报告\n",
        "政 府 工 作 报 告\n",
        "青川县人民政府\n关于公布2026年县级民生实事项目的通知\n",
    ] {
        let ts = targets_of(&format!("{title}{body}"), "2026");
        for piece in [
            "重大项目450个",
            "步行街2条",
            "标杆工厂50家",
            "营造林120万亩",
        ] {
            let t = with_quote(&ts, piece);
            assert_eq!(field(t, "measure"), "ytd", "{title}{piece}");
            assert!(!t.contains_key("baseline"), "{title}{piece}");
        }
    }
    // With no such title (a passage, a speech), under 今年, after 计划, or in a plan over
    // several years, such counts stay the level the first held-out texts' annotators read.
    for text in [
        body.to_string(),
        "政府工作报告\n　　今年全县计划实施重点项目180个，培育龙头企业10家。\n".to_string(),
        format!("青川县推动制造业高质量发展三年行动方案（2026—2028年）\n{body}"),
    ] {
        let ts = targets_of(&text, "2026");
        assert!(ts.len() >= 2, "{text}: {:#?}", quotes(&ts));
        for t in &ts {
            // Round 11: in a plan over several years, 建设 + noun + N with no rank held is
            // what the plan builds, summed (docs/extract.md, "Round 11: special action plans'
            // prose"); 市级 / 省级 counts keep the level.
            // Round 14: so is land worked over the plan's window (完成营造林120万亩).
            // Fifteenth set D: so is a count fostered with a 省级 / 市级 / 县级 rank (培育省级…2条).
            let built = text.contains("行动方案")
                && ["标杆工厂50家", "营造林120万亩", "步行街2条"]
                    .iter()
                    .any(|w| field(t, "quote").contains(w));
            let want = if built { "ytd" } else { "level" };
            assert_eq!(field(t, "measure"), want, "{text}: {t:#?}");
        }
    }
}

#[test]
fn a_sum_per_head_after_the_rule_word_is_a_standard() {
    let ts = targets_of(
        "　　今年，城乡居民基础养老金最低标准提高到每人每月260元，城乡低保标准提高到每人每年8400元。每年新增规上企业15家。\n",
        "2026",
    );
    for (piece, value) in [("每人每月260元", "260"), ("每人每年8400元", "8400")] {
        let t = with_quote(&ts, piece);
        assert_eq!(field(t, "measure"), "level", "{piece}");
        assert_eq!(field(t, "rule"), "at-least", "{piece}");
        assert_eq!(field(t, "unit"), "元", "{piece}");
        assert_eq!(t["value"].to_string(), value, "{piece}");
        assert!(!field(t, "name").contains("每人"), "{t:#?}");
    }
    // 每年 before the verb still means each year of the window.
    assert_eq!(field(with_quote(&ts, "每年新增"), "measure"), "ytd");
    assert_eq!(ts.len(), 3, "{:#?}", quotes(&ts));
}

#[test]
fn an_addressee_line_does_not_hide_the_past_year_after_it() {
    let ts = targets_of(
        "青川县人民政府\n关于公布2026年县级民生实事项目的通知\n\n青政发〔2026〕4号\n\n各乡镇人民政府，县政府各部门：\n\n2025年，县委、县政府确定的10件民生实事全部完成，累计投入资金8.7亿元，新建改造城乡道路312公里，新增城镇就业4120人。\n\n十件民生实事计划总投资9.6亿元以上。\n",
        "2026",
    );
    assert_eq!(ts.len(), 1, "{:#?}", quotes(&ts));
    assert_eq!(field(&ts[0], "measure"), "ytd");
}

#[test]
fn t21_district_15th_fyp_chapter() {
    // A flow reached by a deadline years away, annotated a level here: drafted the deadline
    // year's ytd since the eleventh set (docs/extract.md, "Eleventh set, fixed after the run:
    // a flow reached by a deadline years away"): judgement calls.
    // Its 专栏's works counts (建成城市快速路3条, 新增轨道交通运营里程18公里, 新建、改扩建中小学
    // 12所, 新增学位1.5万个, 新增…床位1200张), taken out of its annotation in round 8 by the box
    // convention, are drafted since the thirteenth set's fixes: every blind annotator of
    // such a box took them as goals (docs/extract.md, "Thirteenth set, fixed after the run:
    // works counts in a box of projects").
    assert_calls(
        "t21-district-15th-fyp-chapter",
        "prose",
        &[
            "到2030年突破1200亿元",
            // annotated `about` before the contract's soft bounds; drafted a floor with slack, real-plans §3
            "比重达到15%左右",
            "常住人口城镇化率提高到76%左右",
        ],
        &[
            "到2030年突破1200亿元",
            "比重达到15%左右",
            "常住人口城镇化率提高到76%左右",
            "城市快速路3条",
            "运营里程18公里",
            "中小学12所",
            "学位1.5万个",
            "床位1200张",
        ],
    );
}

#[test]
fn t22_city_speech_with_chinese_numerals() {
    assert_agreed_in("tuning", "t22-city-speech-chinese-numerals", "prose", &[]);
}

#[test]
fn chinese_decimals_tenths_and_digit_years_are_figures_and_windows() {
    // t22: 百分之五点五 was read as 5, 零点二个百分点 and 六成 not at all; 二〇三〇年 was no window.
    let ts = targets_of(
        "今年全县地区生产总值要增长百分之六点五左右，研发经费投入强度要提高零点三个百分点，民营经济增加值占比要达到六成以上。到二〇三〇年，全县规上工业总产值突破一千五百亿元。\n",
        "2026",
    );
    assert_eq!(ts.len(), 4, "{ts:#?}"); // 35个, 5200户, 60部, 86公里
    let gdp = with_quote(&ts, "百分之六点五左右");
    assert_eq!(gdp["value"].as_float(), Some(6.5));
    assert_eq!(gdp["rule"].as_str(), Some("about"));
    let rd = with_quote(&ts, "零点三个百分点");
    assert_eq!(rd["increase"].as_float(), Some(0.3));
    assert_eq!(rd["unit"].as_str(), Some("%"));
    let share = with_quote(&ts, "六成以上");
    assert_eq!(share["value"].as_integer(), Some(60));
    assert_eq!(share["unit"].as_str(), Some("%"));
    assert_eq!(share["rule"].as_str(), Some("at-least"));
    let output = with_quote(&ts, "一千五百亿元");
    assert_eq!(output["value"].as_integer(), Some(1500));
    assert_eq!(output["deadline"].to_string(), "2030-12-31");
}

#[test]
fn a_year_after_from_is_the_start_of_a_change_not_a_deadline() {
    // t20: `比重由2025年的10.8%提高到11.5%` in the 2026 tasks took the deadline 2025.
    let ts = targets_of(
        "三、2026年主要任务\n（一）加快建设现代化产业体系。数字经济核心产业增加值占地区生产总值比重由2025年的10.8%提高到11.5%。\n",
        "2026",
    );
    assert_eq!(ts.len(), 1, "{ts:#?}");
    let t = with_quote(&ts, "提高到11.5%");
    assert_eq!(t["value"].as_float(), Some(11.5));
    assert_eq!(t["deadline"].to_string(), "2026-12-31");
}

#[test]
fn an_income_ratio_is_in_times() {
    // t21: `城乡居民收入比缩小到1.6以内` (no unit written) was not drafted.
    let ts = targets_of("到2030年，城乡居民收入比缩小到1.6以内。\n", "2026");
    assert_eq!(ts.len(), 1, "{ts:#?}");
    let t = with_quote(&ts, "收入比缩小到1.6以内");
    assert_eq!(t["unit"].as_str(), Some("倍"));
    assert_eq!(t["rule"].as_str(), Some("at-most"));
}

#[test]
fn a_plan_outline_s_goals_take_its_period_even_in_its_first_year() {
    // t21: a 十五五 outline approved in January 2026 (its text year): the goals with no
    // window of their own took 2026-12-31, not the plan's 2030.
    let outline = "某区国民经济和社会发展第十五个五年规划和二〇三五年远景目标纲要\n（2026年1月21日某区人民代表大会批准）\n第一节　发展基础\n“十四五”时期，地区生产总值年均增长6.3%。\n第二节　主要目标\n地区生产总值年均增长5.5%左右，研发经费投入强度达到3.6%以上。\n";
    let ts = targets_no_year(outline);
    assert_eq!(ts.len(), 2, "{ts:#?}");
    for piece in ["年均增长5.5%左右", "达到3.6%以上"] {
        let t = with_quote(&ts, piece);
        assert_eq!(t["start"].to_string(), "2026-01-01", "{piece}");
        assert_eq!(t["deadline"].to_string(), "2030-12-31", "{piece}");
    }
    assert_eq!(
        with_quote(&ts, "年均增长5.5%左右")["aggregate"].as_str(),
        Some("average")
    );
    // A chapter with no outline title: the heading naming the plan's period does it.
    let chapter = "——2026年1月21日\n第二节　“十五五”时期经济社会发展主要目标\n研发经费投入强度达到3.6%以上。\n";
    let ts = targets_no_year(chapter);
    assert_eq!(
        with_quote(&ts, "达到3.6%以上")["deadline"].to_string(),
        "2030-12-31"
    );
    // A work report's heading on the plan's first year keeps the year's goals.
    let report = "某区政府工作报告\n——2026年1月20日在某区人民代表大会上\n二、奋力实现“十五五”良好开局\n研发经费投入强度达到3.2%以上。\n";
    let ts = targets_no_year(report);
    assert_eq!(
        with_quote(&ts, "达到3.2%以上")["deadline"].to_string(),
        "2026-12-31"
    );
}

#[test]
fn a_past_plan_s_achievements_under_its_heading_are_results() {
    // A 十五五 plan's `第一节 “十四五”时期发展成就`: a heading naming 十四五 was never a results
    // heading (in a 十四五 plan it names the goals), so its paragraphs were proposed.
    let text = "某市国民经济和社会发展第十五个五年规划纲要\n第一节　“十四五”时期发展成就\n全市综合实力大幅跃升，地区生产总值年均增长6.1%，2025年达到3200亿元。城镇调查失业率控制在5.5%以内。\n全市常住人口城镇化率达到68%。\n第二节　主要目标\n到2030年，全市地区生产总值突破4500亿元。常住人口城镇化率达到72%左右。\n";
    let ts = targets_no_year(text);
    assert_eq!(ts.len(), 2, "{ts:#?}");
    for t in &ts {
        assert_eq!(t["deadline"].to_string(), "2030-12-31");
    }
}

#[test]
fn an_execution_section_keeps_its_results_past_a_date_line_and_goals_reported_done() {
    // A plan report whose long date line ran into `一、2025年计划执行情况` (hiding the
    // heading), and whose sub-heading `（一）年度主要目标任务较好完成` names goals, which ended
    // the results section: every 2025 figure was proposed as a 2026 target.
    let text = "关于某市2025年国民经济和社会发展计划执行情况与2026年计划草案的报告\n——2026年1月10日在某市第十七届人民代表大会第五次会议上\n\n一、2025年计划执行情况\n\n（一）年度主要目标任务较好完成\n\n预计全年地区生产总值增长5.5%左右，城镇调查失业率控制在5.5%以内。\n\n（二）重点领域改革取得新进展\n\n新增经营主体3.2万户，完成年度目标的110%。\n\n二、2026年经济社会发展主要目标和计划安排\n\n（一）主要预期目标\n\n地区生产总值增长5%左右，城镇调查失业率5.5%左右。\n\n（二）重点任务\n\n新增经营主体3万户以上。\n";
    let ts = targets_no_year(text);
    assert_eq!(ts.len(), 3, "{ts:#?}");
    for piece in ["增长5%左右", "5.5%左右", "3万户以上"] {
        assert_eq!(with_quote(&ts, piece)["deadline"].to_string(), "2026-12-31");
    }
    // Unnumbered, the execution heading opens the results section as well.
    let unnumbered = text.replace("一、2025年计划执行情况", "2025年计划执行情况");
    assert_eq!(targets_no_year(&unnumbered).len(), 3);
}

#[test]
fn a_bare_flow_listed_after_a_target_is_the_next_target() {
    // t22: `全年引进亿元以上项目一百个以上，实际使用外资2亿美元` lost its second item (no rule
    // word, no verb). A project's scope after a count is not one (总投资).
    let ts = targets_of(
        "全年引进亿元以上项目一百个以上，实际使用外资2亿美元。今年计划实施重点项目100个，总投资500亿元。\n",
        "2026",
    );
    assert_eq!(ts.len(), 3, "{ts:#?}");
    let fdi = with_quote(&ts, "实际使用外资2亿美元");
    assert_eq!(fdi["measure"].as_str(), Some("ytd"));
    assert_eq!(fdi["rule"].as_str(), Some("at-least"));
    assert_eq!(fdi["unit"].as_str(), Some("亿美元"));
    assert!(
        ts.iter()
            .all(|t| !t["quote"].as_str().unwrap().contains("总投资"))
    );
}

#[test]
fn a_plan_s_period_heading_a_clause_is_its_window() {
    // `“十五五”时期，…` / `“十五五”期间累计…` / `到“十五五”末…` in a 2026 work report (no heading
    // naming the plan): the goals took the text's year. Not so for a past plan's period, nor
    // when the period is no clause's time (`为“十五五”时期发展奠定基础`, `比“十四五”末提高…`).
    let text = "某县2026年政府工作报告\n——2026年1月15日在某县人民代表大会上\n二、今后工作\n“十五五”时期，全县地区生产总值年均增长6%左右，到“十五五”末突破500亿元；“十五五”期间累计新增城镇就业3万人以上。\n今年，全县地区生产总值增长6%左右，常住人口城镇化率比“十四五”末提高1个百分点。\n";
    let ts = targets_no_year(text);
    for piece in ["年均增长6%左右", "突破500亿元", "3万人以上"] {
        assert_eq!(
            with_quote(&ts, piece)["deadline"].to_string(),
            "2030-12-31",
            "{piece}"
        );
    }
    assert_eq!(
        with_quote(&ts, "年均增长6%左右")["aggregate"].as_str(),
        Some("average")
    );
    // (比“十四五”末 is the base: no window of 2025.)
    assert_eq!(
        with_quote(&ts, "提高1个百分点")["deadline"].to_string(),
        "2026-12-31"
    );
    assert_eq!(
        with_quote(&ts, "今年，全县")["deadline"].to_string(),
        "2026-12-31"
    );
}

#[test]
fn a_net_rise_is_an_increase() {
    // heldout4a a3 and speeches: `高新技术企业净增200家` was not drafted.
    let ts = targets_of("今年，高新技术企业净增两百家。\n", "2026");
    assert_eq!(ts.len(), 1, "{ts:#?}");
    let t = with_quote(&ts, "净增两百家");
    assert_eq!(t["increase"].as_integer(), Some(200));
    assert_eq!(t["measure"].as_str(), Some("level"));
}

#[test]
fn a_past_year_s_heading_and_an_estimate_for_the_year_are_results() {
    // A plan report whose execution section is headed `一、2025年全市经济社会发展情况` (no
    // 执行情况, no 回顾) in a 2026 text: its figures were proposed as 2026 targets.
    let text = "关于某市2025年国民经济和社会发展计划执行情况与2026年计划草案的报告\n——2026年1月10日在某市第十七届人民代表大会第五次会议上\n\n一、2025年全市经济社会发展情况\n\n2025年，面对复杂严峻的形势，全市经济运行总体平稳。\n\n　　经济总量稳步提升。预计全年地区生产总值增长5.5%左右。\n\n　　民生保障有力。城镇新增就业6.2万人，城镇调查失业率控制在5.5%以内。\n\n二、2026年经济社会发展的主要目标\n\n　　建议2026年主要预期目标为：地区生产总值增长5%左右，城镇新增就业6万人以上。\n";
    let ts = targets_no_year(text);
    assert_eq!(ts.len(), 2, "{ts:#?}");
    with_quote(&ts, "增长5%左右");
    with_quote(&ts, "6万人以上");
    // 预计全年 opening a sentence is an estimate wherever it stands (here under no heading).
    let ts = targets_of(
        "　　预计全年地区生产总值增长5.5%左右，一般公共预算收入增长4.1%。\n　　今年，地区生产总值增长5%左右。\n",
        "2026",
    );
    assert_eq!(ts.len(), 1, "{ts:#?}");
    with_quote(&ts, "今年，地区生产总值增长5%左右");
}

#[test]
fn a_count_before_a_numbered_name_is_part_of_it() {
    // `深入实施两个一号工程` (no quotes) was drafted as at least 2 个.
    let ts = targets_of(
        "今年要深入实施两个一号工程，新开工亿元以上项目六十个。\n",
        "2026",
    );
    assert_eq!(ts.len(), 1, "{ts:#?}");
    with_quote(&ts, "六十个");
}

#[test]
fn a_year_end_speech_s_next_year_and_the_year_so_far() {
    // A December 经济工作会议 speech: `明年…主要预期目标` are the next year's goals (they took
    // the speech's year), and `同志们：今年以来，…` reports the year so far (it was proposed:
    // the salutation hid the opener, and 今年 in it turned the report to goals).
    let text = "在全市经济工作会议上的讲话\n（2025年12月26日）\n同志们：\n今年以来，全市地区生产总值预计增长5.6%。明年经济工作的主要预期目标是：全市地区生产总值增长5%左右，一般公共预算收入增长4%以上。\n";
    let ts = targets_no_year(text);
    assert_eq!(ts.len(), 2, "{ts:#?}");
    for piece in ["增长5%左右", "增长4%以上"] {
        let t = with_quote(&ts, piece);
        assert_eq!(t["start"].to_string(), "2026-01-01", "{piece}");
        assert_eq!(t["deadline"].to_string(), "2026-12-31", "{piece}");
    }
}

#[test]
fn a_vision_s_doubling_of_gdp_per_head_is_drafted() {
    // A 十五五 outline's 2035 vision: `展望2035年，全区人均地区生产总值比2025年翻一番` was not
    // drafted (生产总值 was no measurable name); per head, its unit is 元.
    let ts = targets_of("展望2035年，全区人均地区生产总值比2025年翻一番。\n", "2026");
    assert_eq!(ts.len(), 1, "{ts:#?}");
    let t = with_quote(&ts, "翻一番");
    assert_eq!(t["multiply"].as_integer(), Some(2));
    assert_eq!(t["unit"].as_str(), Some("元"));
    assert_eq!(t["deadline"].to_string(), "2035-12-31");
}

#[test]
fn next_year_in_a_dated_year_end_report_is_the_year_after_its_date() {
    // Dated December 2025 with goals for 2026 (the goals' year is already the next one):
    // 明年 is 2026, not 2027.
    let ts = targets_no_year(
        "某市关于2025年工作情况和2026年工作安排的报告\n（2025年12月18日）\n\n一、2026年主要目标\n\n明年主要预期目标是：地区生产总值增长5.5%左右。\n\n二、明年重点工作\n\n明年新建5G基站100个。\n",
    );
    assert_eq!(ts.len(), 2, "{ts:#?}");
    for t in &ts {
        assert_eq!(field(t, "deadline"), "2026-12-31", "{t:#?}");
    }
}

#[test]
fn markdown_pipe_table_from_a_web_page() {
    assert_all("t23-markdown-pipe-table-web");
}

#[test]
fn web_table_at_single_spaces_with_a_two_line_header() {
    assert_all("t24-web-spaced-table-two-line-header");
}

#[test]
fn a_range_in_a_goal_cell_is_a_band_whatever_its_dash() {
    // A long dash (full-width digits), an ASCII hyphen, a full-width tilde; on a fall the
    // band's ends are negated.
    let text = "表1　主要指标\n指标\t单位\t2025年\t2030年\t属性\n每千人口医疗卫生机构床位数\t张\t6.12\t６．８—７．２\t预期性\n研发经费投入年均增长\t%\t11.3\t7-8\t预期性\n一般公共预算收入增长\t%\t3.2\t5～6\t预期性\n单位地区生产总值能源消耗降低\t%\t—\t〔13—14〕\t约束性\n";
    let (draft, problems) = draft_problems(text);
    assert!(problems.is_empty(), "{problems:?}\n{draft}");
    let ts = targets_no_year(text);
    assert_eq!(ts.len(), 4, "{ts:#?}"); // 35个, 5200户, 60部, 86公里
    let beds = with_quote(&ts, "床位数");
    assert_eq!(beds["rule"].as_str(), Some("between"));
    assert_eq!(beds["value"].to_string(), "[6.8, 7.2]");
    assert_eq!(beds["measure"].as_str(), Some("level"));
    let rd = with_quote(&ts, "研发经费");
    assert_eq!(rd["value"].to_string(), "[7, 8]");
    assert_eq!(rd["aggregate"].as_str(), Some("average"));
    assert!(!rd.contains_key("stretch"));
    assert_eq!(with_quote(&ts, "预算收入")["value"].to_string(), "[5, 6]");
    let energy = with_quote(&ts, "能源消耗降低");
    assert_eq!(energy["rule"].as_str(), Some("between"));
    assert_eq!(energy["value"].to_string(), "[-14, -13]");
    assert_eq!(energy["aggregate"].as_str(), Some("cumulative"));
}

#[test]
fn a_level_goal_below_its_base_year_figure_is_a_cap() {
    // A bare figure below the base (PM2.5 34 → 28) is at-most; 左右 on a share to bring
    // down (54.3 → 45左右) is a cap with slack; a bare figure above the base stays a floor,
    // and a signed one keeps its sign (150以上 from 152: a maintaining floor).
    let text = "表1　主要指标\n指标\t单位\t2025年\t2030年\t属性\n细颗粒物（PM2.5）平均浓度\t微克/立方米\t34\t28\t约束性\n煤炭消费占能源消费总量比重\t%\t54.3\t45左右\t约束性\n非化石能源占能源消费总量比重\t%\t14.2\t22\t约束性\n粮食综合生产能力\t万吨\t152\t150以上\t约束性\n";
    let (draft, problems) = draft_problems(text);
    assert!(problems.is_empty(), "{problems:?}\n{draft}");
    let ts = targets_no_year(text);
    assert_eq!(ts.len(), 4, "{ts:#?}"); // 35个, 5200户, 60部, 86公里
    let pm = with_quote(&ts, "PM2.5");
    assert_eq!(pm["rule"].as_str(), Some("at-most"));
    assert_eq!(pm["value"].as_integer(), Some(28));
    assert_eq!(pm["baseline"].as_integer(), Some(34));
    assert!(!pm.contains_key("tolerance"));
    let coal = with_quote(&ts, "煤炭消费");
    assert_eq!(coal["rule"].as_str(), Some("at-most"));
    assert_eq!(coal["value"].as_integer(), Some(45));
    assert!(coal.contains_key("tolerance"));
    assert_eq!(
        with_quote(&ts, "非化石能源")["rule"].as_str(),
        Some("at-least")
    );
    assert_eq!(
        with_quote(&ts, "粮食综合")["rule"].as_str(),
        Some("at-least")
    );
    assert!(draft.contains("the goal lies below the base-year figure 34: read as at-most"));
}

#[test]
fn a_goal_column_with_its_year_in_the_table_title_and_a_header_over_two_lines() {
    // `2024年` over `（基期）`, `年均增速` over `〔累计〕`, and a 目标值 column whose year only the
    // title gives; cells at single spaces, a unit column some rows leave to the name.
    let text = "专栏1 到2027年先进制造业主要指标\n序号 指标名称 单位 2024年 目标值 年均增速 属性\n（基期） 〔累计〕\n1 制造业增加值占地区生产总值比重 % 27.8 30以上 — 预期性\n2 规模以上工业增加值增长 % 6.9 — ６．８—７．２ 预期性\n3 规上工业企业数（家） 5210 6500 — 预期性\n4 规上工业单位增加值能耗降低 % — — 〔10〕 约束性\n注：目标值为2027年数值；2024年规上工业增加值增长6.9%。\n";
    let (draft, problems) = draft_problems(text);
    assert!(problems.is_empty(), "{problems:?}\n{draft}");
    let ts = targets_no_year(text);
    assert_eq!(ts.len(), 4, "{ts:#?}"); // 35个, 5200户, 60部, 86公里
    for t in &ts {
        assert_eq!(t["start"].to_string(), "2025-01-01", "{t:#?}");
        assert_eq!(t["deadline"].to_string(), "2027-12-31", "{t:#?}");
        assert!(!t["quote"].as_str().unwrap().contains("基期"), "{t:#?}");
    }
    let share = with_quote(&ts, "制造业增加值占");
    assert_eq!(share["value"].as_integer(), Some(30));
    assert_eq!(share["baseline"].as_float(), Some(27.8));
    let growth = with_quote(&ts, "规模以上工业增加值增长");
    assert_eq!(growth["value"].to_string(), "[6.8, 7.2]");
    assert_eq!(growth["aggregate"].as_str(), Some("average"));
    let firms = with_quote(&ts, "规上工业企业数");
    assert_eq!(firms["unit"].as_str(), Some("家"));
    assert_eq!(firms["value"].as_integer(), Some(6500));
    assert_eq!(with_quote(&ts, "能耗降低")["value"].as_integer(), Some(-10));
    // No year in the header at all (`基期值  目标值`): the title's year is the deadline, and
    // the start is assumed and flagged.
    let text = "专栏2 到2027年主要指标\n指标 单位 基期值 目标值 属性\n规上工业企业数 家 5210 6500 预期性\n";
    let (draft, problems) = draft_problems(text);
    assert!(problems.is_empty(), "{problems:?}\n{draft}");
    assert!(draft.contains("deadline = 2027-12-31"), "{draft}");
    assert!(draft.contains("start assumed"), "{draft}");
    // A title naming the plan's span (`（2025—2027年）`) ending in that year gives the start.
    let text = format!("某市制造业三年行动方案（2025—2027年）\n{text}");
    let (draft, problems) = draft_problems(&text);
    assert!(problems.is_empty(), "{problems:?}\n{draft}");
    assert!(draft.contains("start = 2025-01-01"), "{draft}");
    assert!(draft.contains("deadline = 2027-12-31"), "{draft}");
    assert!(!draft.contains("start assumed"), "{draft}");
}

#[test]
fn notes_under_a_table_and_markdown_headings_propose_no_past_figure() {
    // A web page's Markdown: `## 一、发展基础` heads a results section (glued to the line
    // before it, it did not); a numbered note under the table looks back on the last plan.
    let text = "来源：某市发展和改革委员会　发布时间：2026-03-18\n## 一、发展基础\n“十四五”时期，全市地区生产总值年均增长5.9%，研发经费投入强度达到2.65%。\n## 二、主要目标\n到2030年，城市公园绿地服务半径覆盖率达到90%以上。\n\n| 指标 | 单位 | 2025年 | 2030年 | 属性 |\n|---|---|---|---|---|\n| 常住人口城镇化率 | % | 68.4 | 72 | 预期性 |\n| 城镇调查失业率 | % | 5.1 | 5.5左右 | 预期性 |\n\n注：1. 2025年数据为预计数。2. “十四五”时期，全员劳动生产率年均增长6.4%。\n3. 一般公共预算收入年均增长2.8%。\n\n## 三、重点任务\n推进新型工业化。\n";
    let ts = targets_of(text, "2026");
    assert_eq!(ts.len(), 3, "{ts:#?}");
    for past in ["5.9%", "2.65%", "6.4%", "2.8%", "预计数"] {
        assert!(
            ts.iter()
                .all(|t| !t["quote"].as_str().unwrap().contains(past)),
            "{past}: {ts:#?}"
        );
    }
    assert_eq!(
        with_quote(&ts, "城市公园")["deadline"].to_string(),
        "2030-12-31"
    );
    assert_eq!(with_quote(&ts, "城镇化率")["value"].as_integer(), Some(72));
}

#[test]
fn a_cell_per_line_table_with_no_class_column_ends_each_row_at_its_cell_count() {
    // Neither a last 属性 column nor a lone 序号 column: 类别 and 序号 before the name, a
    // unit column, a name wrapped over two lines, a range, a goal in words; the note after
    // the table is no row.
    let text = "表1　主要指标\n类别\n序号\n指标\n单位\n2025年\n2030年\n经济发展\n1\n数字经济核心产业增加值占地区\n生产总值比重\n%\n9.5\n13—15\n2\n5G基站数\n万个\n1.86\n3\n绿色生态\n3\n单位地区生产总值能源消耗降低\n%\n—\n完成省下达任务\n注：2025年为预计数，“十四五”时期全市5G基站年均增长20%。\n";
    let (draft, problems) = draft_problems(text);
    assert!(problems.is_empty(), "{problems:?}\n{draft}");
    let ts = targets_no_year(text);
    assert_eq!(ts.len(), 3, "{ts:#?}");
    let share = with_quote(&ts, "占地区生产总值比重");
    assert_eq!(share["rule"].as_str(), Some("between"));
    assert_eq!(share["value"].to_string(), "[13, 15]");
    assert_eq!(share["deadline"].to_string(), "2030-12-31");
    let stations = with_quote(&ts, "5G基站数");
    assert_eq!(stations["unit"].as_str(), Some("万个"));
    assert_eq!(stations["value"].as_integer(), Some(3));
    assert_eq!(stations["baseline"].as_float(), Some(1.86));
    assert_eq!(
        with_quote(&ts, "能源消耗降低")["measure"].as_str(),
        Some("assessed")
    );
}

// ---------------------------------------------------------------------------------------
// Tuned on t25–t26 (docs/extract.md, "Tuned on t25–t26"): a city's 督查通报 on the year's
// goals (progress to the end of October, then the rest of the year's goals and next year's),
// a provincial press conference's transcript releasing a three-year plan.

/// The score of the tuning passages t25–t26, printed before their `assert_agreed_in` tests:
/// `cargo test --test extract_documents -- --ignored t25_t26_score --nocapture`
#[test]
#[ignore]
fn t25_t26_score() {
    score_names(
        "tuning",
        &[
            "t25-city-supervision-bulletin",
            "t26-press-conference-three-year-plan",
        ],
    );
}

#[test]
fn t25_city_supervision_bulletin() {
    // `确保300个市级重点项目年底前全部开工` is annotated ytd (projects started in the year): since
    // round 11 开工 is a works verb, as 新开工 (docs/extract.md, "Round 11: speeches and
    // party-congress reports").
    assert_agreed_in("tuning", "t25-city-supervision-bulletin", "prose", &[]);
}

#[test]
fn t26_press_conference_three_year_plan() {
    assert_agreed_in(
        "tuning",
        "t26-press-conference-three-year-plan",
        "prose",
        &[
            // annotated `about` before the contract's soft bounds; drafted a floor with slack, real-plans §3
            "数字经济核心产业增加值占地区生产总值比重提高到15%左右",
        ],
    );
}

fn quotes(ts: &[toml::Table]) -> Vec<String> {
    ts.iter().map(|t| field(t, "quote")).collect()
}

#[test]
fn a_progress_bulletin_proposes_only_what_is_left_to_do() {
    let ts = targets_of(
        "关于2025年重点目标任务推进情况的督查通报\n\n一、总体推进情况\n\n　　今年以来，全市主要目标任务总体符合序时进度。\n　　（一）产业培育。新认定高新技术企业215家，完成年度目标的71.7%；城镇调查失业率控制在5.2%以内。\n\n二、存在的主要问题\n\n　　工业投资仅增长2.6%，9—10月优良天数同比减少4天。\n\n三、下一步工作要求\n\n　　（一）冲刺全年目标。确保全年地区生产总值增长5.5%左右，年内新认定高新技术企业300家。\n　　（二）谋划明年工作。初步考虑，2026年全市地区生产总值增长5.5%以上，全年实施市级重点项目320个，培育省级专精特新中小企业40家。\n",
        "2025",
    );
    let qs = quotes(&ts);
    assert_eq!(ts.len(), 5, "{qs:#?}");
    for past in ["215家", "71.7%", "5.2%", "2.6%", "4天"] {
        assert!(qs.iter().all(|q| !q.contains(past)), "{past}: {qs:#?}");
    }
    assert_eq!(field(with_quote(&ts, "300家"), "deadline"), "2025-12-31");
    // 全年 after `2026年` in the same sentence is 2026's; 实施 / 培育 counts over it are
    // the year's (ytd).
    for q in ["320个", "40家"] {
        let t = with_quote(&ts, q);
        assert_eq!(field(t, "deadline"), "2026-12-31", "{q}");
        assert_eq!(field(t, "measure"), "ytd", "{q}");
    }
    // With no heading: a sentence reporting the share of the year's goal done is a result
    // from its start; a clause turning to what is left is a goal.
    let ts = targets_of(
        "　　全市一般公共预算收入完成96.7亿元，完成年度目标的85.2%，超序时进度1.9个百分点，确保全年完成113.5亿元。\n",
        "2025",
    );
    assert_eq!(quotes(&ts), ["确保全年完成113.5亿元"], "{ts:#?}");
    // `一、基本情况` / `二、存在的困难和问题` report too; `三、下一步打算` sets goals.
    let ts = targets_of(
        "一、基本情况

　　全市新增规上工业企业98家。

二、存在的困难和问题

　　工业投资增长2.6%。

三、下一步打算

　　全年新增规上工业企业120家以上。
",
        "2025",
    );
    assert_eq!(quotes(&ts), ["全年新增规上工业企业120家以上"], "{ts:#?}");
}

#[test]
fn a_press_conference_transcript_reads_only_the_answers() {
    let text = "新闻发布会实录\n\n【主持人　宋佳】\n　　各位记者朋友，大家上午好！《行动计划》提出到2028年关键工序数控化率达到72%以上。请周厅长介绍。\n【发布人　周明远】\n　　截至2024年底，全省关键工序数控化率达到63.5%。《行动计划》提出，到2028年，关键工序数控化率达到72%以上，工业互联网平台连接设备突破3000万台（套）。\n【岭东日报记者】\n　　我们注意到，过去三年全省规上工业增加值年均增长6.8%，2024年工业技改投资增长11.2%。请问有哪些目标？\n【发布人　周明远】\n　　谢谢您的提问。我们将确保工业技改投资年均增长10%以上。\n问：今年1—11月技改投资增长9.6%，请问资金怎么保障？\n答：三年累计完成技改投资1.2万亿元。\n【主持人　宋佳】\n　　《行动计划》明确了到2028年关键工序数控化率达到72%以上等目标。发布会到此结束。\n";
    let ts = targets_of(text, "2025");
    let qs = quotes(&ts);
    assert_eq!(ts.len(), 4, "{qs:#?}");
    for past in ["63.5%", "6.8%", "11.2%", "9.6%"] {
        assert!(qs.iter().all(|q| !q.contains(past)), "{past}: {qs:#?}");
    }
    // The speaker's label, seen again at his second turn, is no page header: his answer is read.
    with_quote(&ts, "年均增长10%以上");
    with_quote(&ts, "1.2万亿元");
    assert_eq!(field(with_quote(&ts, "3000万台"), "unit"), "万台（套）");
    // Inline labels with a speaker's full title: the answer after the question is read.
    let ts = targets_of(
        "主持人 宋佳：请介绍有关情况。
省工业和信息化厅厅长 周明远：到2028年，关键工序数控化率达到72%以上。
经济日报记者：2024年工业技改投资增长11.2%，请问有何安排？
省发展改革委副主任 陈晓岚：确保工业技改投资年均增长10%以上。
",
        "2025",
    );
    assert_eq!(ts.len(), 2, "{:#?}", quotes(&ts));
    // `记者：张三` in a byline asks nothing: the paragraph is read.
    let ts = targets_of("记者：张三\n　　今年全县新建5G基站300个。\n", "2025");
    assert_eq!(ts.len(), 1, "{ts:#?}");
}

#[test]
fn a_goal_restated_in_a_list_or_pointed_back_at_is_not_proposed_again() {
    let ts = targets_of(
        "　　到2028年，关键工序数控化率达到72%以上，数字经济核心产业增加值占比提高到15%左右，全员劳动生产率年均增长7%以上。\n　　刚才介绍了，到2028年数字经济核心产业增加值占比要提高到15%左右，这个目标的实现取决于中小企业。\n　　关键工序数控化率达到72%以上、全员劳动生产率年均增长7%以上等目标，都将纳入考核。\n",
        "2025",
    );
    assert_eq!(ts.len(), 3, "{:#?}", quotes(&ts));
    // A first statement so worded is drafted.
    let ts = targets_of(
        "　　《行动计划》提出到2028年数控化率达到72%以上等目标。\n",
        "2025",
    );
    assert_eq!(ts.len(), 1, "{ts:#?}");
}

#[test]
fn a_plan_s_task_counts_and_the_gloss_of_a_numbered_name_are_not_goals() {
    let ts = targets_of(
        "　　到2028年，《行动计划》部署了五个方面18项重点任务，配套实施“1510”工程，即打造1个省级总枢纽、5个平台集群和10个促进中心；工业互联网平台连接设备突破3000万台套。\n",
        "2025",
    );
    assert_eq!(
        quotes(&ts),
        ["工业互联网平台连接设备突破3000万台套"],
        "{ts:#?}"
    );
    // A list after 即 that glosses no numbered name is read.
    let ts = targets_of(
        "　　到2028年，实施“智改数转”工程，即打造10个促进中心。\n",
        "2025",
    );
    assert_eq!(ts.len(), 1, "{ts:#?}");
}

#[test]
fn projects_and_firms_over_a_whole_year_named_are_the_year_s_count() {
    let ts = targets_of(
        "　　全年实施重点项目120个，完成投资150亿元。\n　　2025年实施亿元以上技改项目30个以上。\n　　今年全县计划实施重点项目180个。\n　　培育国家级单项冠军企业2家。\n",
        "2025",
    );
    assert_eq!(field(with_quote(&ts, "120个"), "measure"), "ytd");
    assert_eq!(field(with_quote(&ts, "30个以上"), "measure"), "ytd");
    // The year's list of planned projects, and a count with no window, stay levels.
    assert_eq!(field(with_quote(&ts, "180个"), "measure"), "level");
    assert_eq!(field(with_quote(&ts, "2家"), "measure"), "level");
}

#[test]
fn a_goal_of_the_same_size_for_another_figure_is_no_restatement() {
    // 等目标 ends a list: the income goal has GDP's size, rule and unit, but names another
    // figure, so both are drafted.
    let ts = targets_of(
        "今年主要预期目标是：地区生产总值增长5%以上；城镇居民人均可支配收入增长5%以上等目标。\n",
        "2026",
    );
    assert_eq!(ts.len(), 2, "{ts:#?}");
    with_quote(&ts, "人均可支配收入");
}

#[test]
fn a_set_phrase_with_cheng_is_no_tenths() {
    // 一成不变 (unchanged) is no 10%; 六成以上 is 60%.
    let ts = targets_of(
        "今年目标：城乡居民收入保持一成不变的增长机制，粮食产量稳定在50万吨以上，绿色建筑占新建建筑比例达到六成以上。\n",
        "2026",
    );
    assert!(
        ts.iter()
            .all(|t| t.get("value").and_then(|v| v.as_integer()) != Some(10)),
        "{ts:#?}"
    );
    assert_eq!(with_quote(&ts, "六成以上")["value"].as_integer(), Some(60));
    with_quote(&ts, "50万吨以上");
}

#[test]
fn a_group_name_over_the_year_columns_on_a_second_header_line_gives_one_target_a_year() {
    // `2025年  目标值  ⇥  ⇥` over `基数  2026年  2027年  2028年` (heldout6 f3): the year
    // columns sit under a group name; every row gives one target per year. A 累计 row with no
    // base figure (—) counts from the table's start (ytd from 2026-01-01); a 累计 row with a
    // base figure stays a level. The 单位 column wins over a parenthesis in the name.
    let text = "序号\t指标\t单位\t2025年\t目标值\t\t\t牵头单位\n\t\t\t基数\t2026年\t2027年\t2028年\t\n1\t企业数字化改造覆盖率\t%\t65\t75\t85\t95\t市工业和信息化局\n2\t累计完成数字化改造项目\t个\t—\t800\t1800\t3000\t市工业和信息化局\n3\t累计建成5G基站\t个\t8650\t10000\t12000\t13000\t市通信发展办\n4\t工业互联网平台连接设备数\t万台（套）\t42\t60\t80\t100\t市工业和信息化局\n5\t新增智能工厂（数字化车间）\t家\t—\t15\t20\t25\t市工业和信息化局\n";
    let (draft, problems) = draft_problems(text);
    assert!(problems.is_empty(), "{problems:?}\n{draft}");
    let ts = targets_no_year(text);
    assert_eq!(ts.len(), 15, "{ts:#?}");
    let of = |piece: &str, year: &str| {
        ts.iter()
            .find(|t| {
                t["quote"].as_str().is_some_and(|q| q.contains(piece))
                    && t["deadline"].to_string() == format!("{year}-12-31")
            })
            .unwrap_or_else(|| panic!("{piece} {year}: {ts:#?}"))
    };
    let cover = of("覆盖率", "2027");
    assert_eq!(cover["measure"].as_str(), Some("level"));
    assert_eq!(cover["value"].as_integer(), Some(85));
    let done = of("累计完成", "2028");
    assert_eq!(done["measure"].as_str(), Some("ytd"), "{done:#?}");
    assert_eq!(done["value"].as_integer(), Some(3000));
    assert_eq!(done["start"].to_string(), "2026-01-01");
    let stations = of("累计建成5G基站", "2027");
    assert_eq!(stations["measure"].as_str(), Some("level"), "{stations:#?}");
    assert_eq!(
        of("连接设备数", "2026")["unit"].as_str(),
        Some("万台（套）")
    );
    assert_eq!(of("新增智能工厂", "2026")["unit"].as_str(), Some("家"));
}

#[test]
fn a_direction_in_a_goal_cell_of_a_share_rises_with_no_value() {
    // `持续提高` as the goal of a share (heldout6 f1): rule rises, no value, the unit column's
    // unit; `持续下降` on a count of accidents stays a goal assessed by a person (t5).
    let text = "指标\t单位\t2025年（基期）\t2030年（目标）\t属性\n以中医药为特色的县级公立医院占比\t%\t65\t持续提高\t预期性\n婴儿死亡率\t‰\t2.6\t持续下降\t预期性\n行车事故起数\t起\t12\t持续下降\t约束性\n";
    let ts = targets_no_year(text);
    let of = |piece: &str| {
        ts.iter()
            .find(|t| t["quote"].as_str().is_some_and(|q| q.starts_with(piece)))
            .unwrap_or_else(|| panic!("{piece}: {ts:#?}"))
    };
    let share = of("以中医药");
    assert_eq!(share["rule"].as_str(), Some("rises"), "{share:#?}");
    assert_eq!(share["measure"].as_str(), Some("level"));
    assert_eq!(share["unit"].as_str(), Some("%"));
    assert!(!share.contains_key("value"), "{share:#?}");
    assert_eq!(of("婴儿死亡率")["rule"].as_str(), Some("falls"));
    assert_eq!(of("行车事故起数")["measure"].as_str(), Some("assessed"));
}

#[test]
fn a_bracketed_sum_with_no_base_figure_is_the_window_s_total_and_a_bare_zero_a_cap() {
    // heldout6 f2 (OCR'd, full-width): `—  〔１．２６〕` on 重点工程减排量 is the tonnage cut over
    // the window, summed (ytd at-least 1.26), not a level raised by 1.26; `０  ０` on a share
    // is a cap, at-most 0.
    let text = " 序号  指      标                              ２０２５年     ２０３０年      属性\n  １   地表水劣Ⅴ类水体比例（％）                ０              ０             约束性\n  ２   化学需氧量重点工程减排量（万吨）          —              〔１．２６〕     约束性\n  ３   森林覆盖率（％）                          ４５．３        ４６．２        约束性\n";
    let ts = targets_no_year(text);
    let of = |piece: &str| {
        ts.iter()
            .find(|t| t["quote"].as_str().is_some_and(|q| q.contains(piece)))
            .unwrap_or_else(|| panic!("{piece}: {ts:#?}"))
    };
    let cut = of("化学需氧量");
    assert_eq!(cut["measure"].as_str(), Some("ytd"), "{cut:#?}");
    assert_eq!(cut["rule"].as_str(), Some("at-least"));
    assert_eq!(cut["value"].as_float(), Some(1.26));
    assert_eq!(cut["unit"].as_str(), Some("万吨"));
    let zero = of("劣Ⅴ类");
    assert_eq!(zero["rule"].as_str(), Some("at-most"), "{zero:#?}");
    assert_eq!(zero["value"].as_integer(), Some(0));
    assert_eq!(of("森林覆盖率")["rule"].as_str(), Some("at-least"));
}

#[test]
fn an_earlier_plan_s_period_or_last_year_opening_a_note_reports_results() {
    // A note under a 十五五 plan's table, numbered and in full-width digits: `“十四五”期间`
    // (as well as 时期 / 以来) opens a report of that plan's results.
    let ts = targets_of(
        "青岚市“十五五”生态环境保护规划（2026—2030年）\n　　到２０３０年，空气质量优良天数比率达到９０％以上。\n　　注：１．〔〕内为五年累计数。\n　　４．“十四五”期间，全市ＰＭ２．５平均浓度由３８．６微克/立方米降至３１．２微克/立方米，空气质量优良天数比率提高６．１个百分点，化学需氧量、氨氮重点工程减排量分别完成１．４２万吨、０．０８万吨，单位地区生产总值二氧化碳排放累计降低１９．３％。\n",
        "2026",
    );
    assert_eq!(
        quotes(&ts),
        ["到２０３０年，空气质量优良天数比率达到９０％以上"],
        "{ts:#?}"
    );
    // 去年 opening a sentence: last year's results; the year's goals after the turn are read.
    let ts = targets_of(
        "　　去年，全市PM2.5平均浓度由38.6微克/立方米降至31.2微克/立方米，优良天数比率提高6.1个百分点，减排量分别完成1.42万吨、0.08万吨。\n　　今年的主要目标是：PM2.5平均浓度控制在30微克/立方米以内。\n",
        "2026",
    );
    assert_eq!(ts.len(), 1, "{:#?}", quotes(&ts));
    assert!(quotes(&ts)[0].ends_with("PM2.5平均浓度控制在30微克/立方米以内"));
    // The plan now under way (`“十五五”期间累计…`) is a window, not results.
    let ts = targets_of(
        "　　“十五五”期间，全市单位地区生产总值二氧化碳排放累计降低18%。\n",
        "2026",
    );
    assert_eq!(ts.len(), 1, "{ts:#?}");
}

#[test]
fn a_milestone_given_as_ground_for_confidence_is_no_goal() {
    let ts = targets_of(
        "　　今年地区生产总值增长5%以上。我们的基础比较扎实，一批重大项目今年集中投产，完全有条件、有能力跑出加速度。\n",
        "2026",
    );
    assert_eq!(ts.len(), 1, "{:#?}", quotes(&ts));
    // A milestone stated as a goal is still drafted.
    let ts = targets_of("　　今年，东湖大桥建成通车。\n", "2026");
    assert_eq!(ts.len(), 1, "{:#?}", quotes(&ts));
}

#[test]
fn income_growth_that_outruns_growth_is_more_than_gdp() {
    let ts = targets_of(
        "　　今年全市经济社会发展的主要预期目标是：地区生产总值增长5%以上；居民收入增长跑赢经济增长。\n",
        "2026",
    );
    let t = with_quote(&ts, "跑赢经济增长");
    assert_eq!(field(t, "measure"), "growth");
    assert_eq!(field(t, "rule"), "more-than");
    assert!(t["value"].to_string().contains("gdp-growth"), "{t:#?}");
}

// ---- Round 8: indicator table rows (t33, t34; heldout7b m2, m3; heldout6b f2) ----

/// The score of the tuning passages t33–t34 (an OCR'd 生态环境保护规划 主要指标 table with a
/// header over two lines, 〔〕 in the base and the goal column and a unit glued to the base
/// figure; a Word-copied action plan's table with one goal column per year and 新增 rows),
/// printed before their assertions (docs/extract.md, "Round 8: indicator table rows"):
/// `cargo test --test extract_documents -- --ignored t33_t34_score --nocapture`
#[test]
#[ignore]
fn t33_t34_score() {
    score_names(
        "tuning",
        &[
            "t33-ocr-eco-plan-table",
            "t34-word-action-plan-year-columns",
        ],
    );
}

#[test]
fn ocr_eco_plan_table_with_a_two_line_header_and_bracketed_bases() {
    assert_all("t33-ocr-eco-plan-table");
}

#[test]
fn word_action_plan_table_with_one_goal_column_a_year() {
    assert_all("t34-word-action-plan-year-columns");
}

/// heldout7b's OCR'd eco plan table (tuning material since round 8): every row read, and
/// the draft validates (it had a row with no unit: its parenthesis glued to the base figure).
#[test]
fn heldout7b_ocr_eco_table_rows_are_read_and_the_draft_validates() {
    assert_agreed_in("heldout7b", "m3-city-eco-plan-ocr-table", "table", &[]);
}

/// heldout7b's Word-copied action plan table: the 新增 row's later goal column is the
/// window's total.
#[test]
fn heldout7b_word_action_plan_table_rows_are_read() {
    assert_agreed_in(
        "heldout7b",
        "m2-province-action-plan-word-table",
        "table",
        &[],
    );
}

/// Targets of a table text whose quote contains `piece` and whose deadline is in `year`.
fn row_of<'a>(ts: &'a [toml::Table], piece: &str, year: &str) -> &'a toml::Table {
    ts.iter()
        .find(|t| {
            t["quote"].as_str().is_some_and(|q| q.contains(piece))
                && t["deadline"].to_string() == format!("{year}-12-31")
        })
        .unwrap_or_else(|| panic!("{piece} {year}: {ts:#?}"))
}

#[test]
fn a_unit_parenthesis_glued_to_the_base_figure_is_the_unit_and_the_figures_keep_their_columns() {
    // heldout7b m3 row 11: the run of spaces between `（%）` and the base figure lost in the
    // OCR. The unit is read (the draft validates), 16.5 is the baseline, 22 the goal.
    let text = "序号   指           标                    2025年         2030年        指标属性\n １０  森林覆盖率（%）                    ４１．０５     ４１．５       约束性\n １１  非化石能源占能源消费总量比重（%）１６．５       ２２           预期性\n １２  生态质量指数（EQI）                ６２．３       稳中向好       预期性\n";
    let (draft, problems) = draft_problems(text);
    assert!(problems.is_empty(), "{problems:?}\n{draft}");
    let ts = targets_no_year(text);
    let t = row_of(&ts, "非化石能源", "2030");
    assert_eq!(field(t, "unit"), "%", "{t:#?}");
    assert_eq!(field(t, "value"), "22");
    assert_eq!(field(t, "baseline"), "16.5");
    assert_eq!(field(t, "rule"), "at-least");
    assert_eq!(field(t, "class"), "expected");
    assert_eq!(field(row_of(&ts, "森林覆盖率", "2030"), "value"), "41.5");
}

#[test]
fn a_bracketed_goal_beside_a_bracketed_base_is_the_window_s_total() {
    // `〔１．６８〕  〔１．５〕` (m3, t33): the base column holds the previous plan's five-year
    // total, so the goal is this plan's total — ytd at-least 1.5 by the plan's end — not a
    // level raised by 1.5 from a baseline of 1.68. A rate (降低, %) stays a cumulative change.
    let text = "序号   指           标                    2025年         2030年        指标属性\n １４  化学需氧量重点工程减排量（万吨）   〔１．６８〕   〔１．５〕     约束性\n １５  单位地区生产总值二氧化碳排放降低（%）  〔１９．２〕   〔１７〕   约束性\n";
    let ts = targets_no_year(text);
    let t = row_of(&ts, "化学需氧量", "2030");
    assert_eq!(field(t, "measure"), "ytd", "{t:#?}");
    assert_eq!(field(t, "rule"), "at-least");
    assert_eq!(field(t, "value"), "1.5");
    assert_eq!(field(t, "unit"), "万吨");
    assert!(
        !t.contains_key("increase") && !t.contains_key("baseline"),
        "{t:#?}"
    );
    let rate = row_of(&ts, "二氧化碳", "2030");
    assert_eq!(field(rate, "measure"), "growth", "{rate:#?}");
    assert_eq!(field(rate, "aggregate"), "cumulative");
    assert_eq!(field(rate, "value"), "-17");
}

#[test]
fn a_header_over_two_ocr_lines_names_the_class_column_on_its_second_line() {
    // t33: `2020 年  2025 年  指标` over `现状值  目标值  属性`, split at spaces by the OCR:
    // the 属性 column is read (each row's class), the years and their columns unchanged.
    let text = "表1　澜江市“十四五”生态环境保护主要指标\n类别      序号   指  标                                    2020 年      2025 年       指标\n                                                            现状值       目标值        属性\n环境      1    细颗粒物（PM2.5）平均浓度（微克/立方米）     ３５          ＜３０        约束性\n治理      2    空气质量优良天数比率（%）                    ８５．２       ≥８８         约束性\n          3    生态质量指数（EQI）                          ６２．３        稳中向好      预期性\n";
    let ts = targets_no_year(text);
    assert_eq!(ts.len(), 3, "{ts:#?}");
    let pm = row_of(&ts, "细颗粒物", "2025");
    assert_eq!(field(pm, "class"), "binding", "{pm:#?}");
    assert_eq!(field(pm, "rule"), "less-than");
    assert_eq!(field(pm, "value"), "30");
    assert_eq!(field(pm, "baseline"), "35");
    assert_eq!(field(pm, "start"), "2021-01-01");
    assert_eq!(field(row_of(&ts, "空气质量", "2025"), "class"), "binding");
    assert_eq!(
        field(row_of(&ts, "生态质量指数", "2025"), "class"),
        "expected"
    );
}

#[test]
fn an_addition_in_a_goal_column_years_after_the_base_is_the_sum_over_its_window() {
    // m2: `新增上云企业  万家  —  1.2  4` under `2024年基数  2025年目标  2027年目标`: 2025's
    // column is that year's additions, 2027's the additions of 2025–2027 summed — ytd both,
    // not the level of a stock. A share (%) in the same table stays a level.
    let text = "专栏1　制造业数字化转型主要指标\n序号\t指标名称\t单位\t2024年基数\t2025年目标\t2027年目标\n1\t规模以上工业企业数字化改造覆盖率\t%\t62\t70\t≥85\n2\t新增上云企业\t万家\t—\t1.2\t4\n";
    let (draft, problems) = draft_problems(text);
    assert!(problems.is_empty(), "{problems:?}\n{draft}");
    let ts = targets_no_year(text);
    let first = row_of(&ts, "新增上云企业", "2025");
    assert_eq!(field(first, "measure"), "ytd", "{first:#?}");
    assert_eq!(field(first, "value"), "1.2");
    let later = row_of(&ts, "新增上云企业", "2027");
    assert_eq!(field(later, "measure"), "ytd", "{later:#?}");
    assert_eq!(field(later, "value"), "4");
    assert_eq!(field(later, "start"), "2025-01-01");
    assert!(!later.contains_key("baseline"), "{later:#?}");
    assert_eq!(field(row_of(&ts, "覆盖率", "2027"), "measure"), "level");
}

#[test]
fn a_name_with_a_parenthesis_inside_wrapped_onto_its_unit_line_is_one_row() {
    // heldout6b f2 row 9: `９  环境治理  城市污水处理厂进水生化需氧量（ＢＯＤ）浓度` with its
    // unit and figures on the next line. The name's (ＢＯＤ) is no unit: the row goes on.
    let text = " 序号  类别       指      标                                    ２０２５年     ２０３０年      属性\n  ８              城市生活污水集中收集率（％）                     ７２．６        ＞８０          预期性\n  ９   环境治理   城市污水处理厂进水生化需氧量（ＢＯＤ）浓度\n                  （毫克/升）                                       ８６             ≥１００        预期性\n １０              化学需氧量重点工程减排量（万吨）                  —              〔１．２６〕     约束性\n";
    let ts = targets_no_year(text);
    assert_eq!(ts.len(), 3, "{ts:#?}");
    let t = row_of(&ts, "生化需氧量", "2030");
    assert_eq!(field(t, "unit"), "毫克/升", "{t:#?}");
    assert_eq!(field(t, "value"), "100");
    assert_eq!(field(t, "rule"), "at-least");
    assert_eq!(field(t, "measure"), "level");
    assert!(
        ts.iter().all(|t| field(t, "measure") != "assessed"),
        "{ts:#?}"
    );
}

#[test]
fn a_share_row_with_no_unit_anywhere_is_drafted_in_percent_and_validates() {
    // A name with no parenthesis and no 单位 column: a share or a rate is in %, flagged; a
    // draft never leaves a target without a unit for `validate` to refuse.
    let text = "序号   指           标                    2025年         2030年        指标属性\n １  城市生活污水集中收集率      ７１           ＞７５         预期性\n ２  非化石能源占能源消费总量比重      １６．５           ２２         预期性\n";
    let (draft, problems) = draft_problems(text);
    assert!(problems.is_empty(), "{problems:?}\n{draft}");
    assert!(draft.contains("guessed % from the name"), "{draft}");
    let ts = targets_no_year(text);
    assert_eq!(field(row_of(&ts, "收集率", "2030"), "unit"), "%");
    assert_eq!(field(row_of(&ts, "比重", "2030"), "unit"), "%");
}

#[test]
fn a_title_spaced_over_two_header_lines_or_a_tab_header_s_second_line_names_the_class() {
    // `属` over `性` (OCR'd), and a Word copy's `基数 ⇥ 目标 ⇥ 属性` under `2024年 ⇥ 2027年 ⇥
    // 指标`: the second line is part of the header, never a row, and its words name the
    // 属性 column.
    for text in [
        "表2  主要指标\n序号   指标名称                       2020 年     2025 年     属\n                                      基期值      目标值      性\n1      森林覆盖率（%）                 ４５．１     ≥４６        约束性\n2      城镇新增就业（万人）             —           〔４０〕     预期性\n",
        "专栏1  主要指标\n序号\t指标\t单位\t2024年\t2027年\t指标\n\t\t\t基数\t目标\t属性\n1\t森林覆盖率\t%\t45.1\t46\t约束性\n2\t新增上云企业\t万家\t—\t3\t预期性\n",
    ] {
        let ts = targets_no_year(text);
        assert_eq!(ts.len(), 2, "{ts:#?}");
        let forest = ts
            .iter()
            .find(|t| field(t, "quote").contains("森林覆盖率"))
            .unwrap();
        assert_eq!(field(forest, "class"), "binding", "{forest:#?}");
        assert_eq!(field(forest, "value"), "46");
        let added = ts
            .iter()
            .find(|t| field(t, "quote").contains("新增"))
            .unwrap();
        assert_eq!(field(added, "class"), "expected", "{added:#?}");
        assert_eq!(field(added, "measure"), "ytd");
    }
}

#[test]
fn a_year_column_titled_as_a_running_total_is_that_year_s_goal() {
    // `2027年（累计）` as the last of one column a year: the year's goal column (before, it
    // was taken for the 年均/累计 column and both rows lost their 2027 goal).
    let text = "专栏1  主要指标\n序号\t指标\t单位\t2024年基数\t2025年\t2026年\t2027年（累计）\t属性\n1\t新增上云企业\t万家\t—\t1.2\t1.3\t4\t预期性\n2\t数字化改造覆盖率\t%\t62\t70\t78\t85\t约束性\n";
    let ts = targets_no_year(text);
    assert_eq!(ts.len(), 6, "{ts:#?}");
    let added = row_of(&ts, "新增上云企业", "2027");
    assert_eq!(field(added, "measure"), "ytd", "{added:#?}");
    assert_eq!(field(added, "value"), "4");
    let share = row_of(&ts, "覆盖率", "2027");
    assert_eq!(field(share, "measure"), "level", "{share:#?}");
    assert_eq!(field(share, "value"), "85");
}

#[test]
fn a_bracketed_change_in_percentage_points_beside_a_bracketed_base_stays_an_increase() {
    // `〔２〕  〔１．５〕` in 百分点: the level is raised by 1.5 points, not a flow summed.
    let text = "序号   指           标                    2025年         2030年        指标属性\n １  森林覆盖率提高（百分点）   〔２〕   〔１．５〕     约束性\n";
    let ts = targets_no_year(text);
    let t = row_of(&ts, "森林覆盖率", "2030");
    assert_eq!(field(t, "measure"), "level", "{t:#?}");
    assert_eq!(field(t, "increase"), "1.5");
}

#[test]
fn a_column_summed_over_a_span_of_years_past_the_goal_year_is_a_goal_of_its_own() {
    // `2024年  2025年目标  2025—2027年累计`: a 新增 row's figure in the span column is the
    // span's additions summed, due at its end (ytd 4 by 2027), beside 2025's own figure; an
    // empty 2025 cell does not take the span's figure for 2025.
    let text = "专栏1  主要指标\n序号\t指标\t单位\t2024年\t2025年目标\t2025—2027年累计\t属性\n1\t新增上云企业\t万家\t0.9\t1.2\t4\t预期性\n2\t新增智能工厂\t家\t30\t—\t150\t预期性\n3\t数字化改造覆盖率\t%\t62\t70\t—\t约束性\n";
    let (draft, problems) = draft_problems(text);
    assert!(problems.is_empty(), "{problems:?}\n{draft}");
    let ts = targets_no_year(text);
    assert_eq!(ts.len(), 4, "{ts:#?}"); // 35个, 5200户, 60部, 86公里
    assert_eq!(field(row_of(&ts, "新增上云企业", "2025"), "value"), "1.2");
    for (piece, v) in [("新增上云企业", "4"), ("新增智能工厂", "150")] {
        let t = row_of(&ts, piece, "2027");
        assert_eq!(field(t, "measure"), "ytd", "{t:#?}");
        assert_eq!(field(t, "value"), v);
        assert_eq!(field(t, "start"), "2025-01-01");
    }
    assert_eq!(field(row_of(&ts, "覆盖率", "2025"), "value"), "70");
}

// ---------------------------------------------------------------------------------------
// Round 8, deadlines inside a year (docs/extract.md, "Round 8: deadlines inside a year and
// the reach of a deadline"): a city's executive-meeting release deploying the second
// quarter's work, a bureau's task list with a 完成时限 column.

/// The score of the tuning passages t27–t28, printed before their tests:
/// `cargo test --test extract_documents -- --ignored t27_t28_score --nocapture`
#[test]
#[ignore]
fn t27_t28_score() {
    score_names(
        "tuning",
        &[
            "t27-city-executive-meeting-quarter",
            "t28-department-task-list-deadline-column",
        ],
    );
}

#[test]
fn t27_city_executive_meeting_quarter() {
    // `累计建成省级智能工厂40家、数字化车间200个` under 到2028年 is annotated ytd (built over
    // the plan's window) and drafted level with baseline 0 (a running total built from none):
    // a judgement call on 累计建成, not on the deadline, which is right.
    assert_agreed_in(
        "tuning",
        "t27-city-executive-meeting-quarter",
        "prose",
        &["累计建成省级智能工厂40家", "数字化车间200个"],
    );
}

#[test]
fn t28_department_task_list_deadline_column() {
    assert_agreed_in(
        "tuning",
        "t28-department-task-list-deadline-column",
        "prose",
        &[],
    );
    // Every annotated row; the one row with a goal in words (`建成投用`, no figure, not
    // annotated) is drafted as assessed, the documented reading of a goal cell in words.
    let s = score(
        "tuning",
        "t28-department-task-list-deadline-column",
        Some("table"),
        Mode::Asserted,
    );
    assert!(s.missed.is_empty(), "missed {:#?}", s.missed);
    assert_eq!(s.right, s.expected);
    assert_eq!(s.false_props.len(), 1, "{:#?}", s.false_props);
    assert!(s.false_props[0].contains("智慧交通指挥平台二期"));
    assert!(s.quoted_none.is_empty(), "{:?}", s.quoted_none);
}

#[test]
fn a_quarter_a_half_or_a_month_s_end_is_the_deadline_of_its_figures() {
    let ts = targets_of(
        "　　会议要求，力争二季度规上工业增加值增速回升至6%以上，上半年社会消费品零售总额增长5%以上，新能源汽车销量突破1.5万辆；前三季度固定资产投资增长4%以上；下半年新签约项目不少于50个。\n　　会议要求，5月底前完成病险水库除险加固15座、城区易涝点整治32处；7月份新建5G基站800个；新增公办幼儿园学位3600个，其中秋季开学前投用2000个；国庆节前新增公共停车泊位5000个；6月15日前完成城区积水点改造20处；港区二期工程2027年6月底前完成投资6.5亿元。\n",
        "2026",
    );
    for (piece, deadline, measure) in [
        ("增速回升至6%以上", "2026-06-30", "growth"),
        ("社会消费品零售总额增长5%以上", "2026-06-30", "growth"),
        ("新能源汽车销量突破1.5万辆", "2026-06-30", "ytd"),
        ("固定资产投资增长4%以上", "2026-09-30", "growth"),
        ("新签约项目不少于50个", "2026-12-31", "ytd"),
        ("除险加固15座", "2026-05-31", "ytd"),
        ("新建5G基站800个", "2026-07-31", "ytd"),
        ("新增公办幼儿园学位3600个", "2026-12-31", "ytd"),
        ("投用2000个", "2026-08-31", "ytd"),
        ("停车泊位5000个", "2026-09-30", "ytd"),
        ("积水点改造20处", "2026-06-15", "ytd"),
        ("完成投资6.5亿元", "2027-06-30", "ytd"),
    ] {
        let t = with_quote(&ts, piece);
        assert_eq!(field(t, "deadline"), deadline, "{piece}: {t:#?}");
        assert_eq!(field(t, "measure"), measure, "{piece}: {t:#?}");
    }
    // Both items of a clause under one month's end share it; a quarter starts on its first day.
    let t = ts
        .iter()
        .find(|t| field(t, "unit") == "处" && field(t, "quote").contains("易涝点"))
        .unwrap();
    assert_eq!(field(t, "deadline"), "2026-05-31");
    assert_eq!(
        field(with_quote(&ts, "增速回升至6%以上"), "start"),
        "2026-04-01"
    );
    assert_eq!(
        field(with_quote(&ts, "新签约项目不少于50个"), "start"),
        "2026-07-01"
    );
}

#[test]
fn a_quarter_already_over_at_the_release_date_is_reported() {
    let (_dir, path) = temp_file(
        "release.txt",
        "市政府召开常务会议 研究部署二季度重点工作\n发布时间：2026-04-09 17:32\n\n　　4月8日，市长主持召开市政府常务会议。\n　　会议指出，一季度全市经济运行开局平稳，地区生产总值增长5.4%，新开工亿元以上项目63个。会议强调，二季度新开工亿元以上项目不少于90个。\n",
    );
    let out = progress().arg("extract").arg(&path).assert().success();
    let text = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    assert!(!text.contains("5.4"), "{text}");
    assert!(!text.contains("63个"), "{text}");
    assert!(text.contains("deadline = 2026-06-30"), "{text}");
    // With no date line, a 一季度 is not known to be over: its figure stays a goal.
    let ts = targets_of(
        "　　会议要求，一季度新开工亿元以上项目不少于30个。\n",
        "2026",
    );
    assert_eq!(field(with_quote(&ts, "30个"), "deadline"), "2026-03-31");
}

#[test]
fn a_plan_period_named_in_a_news_sentence_is_not_the_text_s_own() {
    // The release's first paragraph names a three-year plan the meeting adopted; the year's
    // targets in a later paragraph keep the year, and the plan's goals keep its deadline.
    let (_dir, path) = temp_file(
        "release.txt",
        "市政府召开第45次常务会议\n发布时间：2026-04-16\n\n　　4月15日，市长主持召开市政府第45次常务会议，审议《滨澜市推动大规模设备更新三年行动方案（2026—2028年）》等事项。\n　　会议审议并原则通过《方案》。《方案》明确，到2028年，全市工业领域设备投资规模较2025年增长30%以上；更新城市公交车400辆，其中新能源公交车占比达到100%。\n　　会议审议通过《稳外贸稳外资若干措施》。会议要求，实际使用外资不低于8亿美元，新增有进出口实绩企业200家。\n",
    );
    let out = progress().arg("extract").arg(&path).assert().success();
    let text = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    let t: toml::Table = toml::from_str(&text).unwrap();
    let ts: Vec<toml::Table> = t["target"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x.as_table().unwrap().clone())
        .collect();
    // (The date line alone, `发布时间：2026-04-16`, runs into the next line's `4月15日`: a
    // zero-padded month's day is two digits, so the date is still read.)
    for piece in ["实际使用外资不低于8亿美元", "新增有进出口实绩企业200家"] {
        assert_eq!(
            field(with_quote(&ts, piece), "deadline"),
            "2026-12-31",
            "{piece}"
        );
    }
    // `《方案》明确，到2028年，…`: a window right after a reporting lead governs the whole
    // sentence, past its `；`.
    for piece in ["增长30%以上", "新能源公交车占比达到100%"] {
        assert_eq!(
            field(with_quote(&ts, piece), "deadline"),
            "2028-12-31",
            "{piece}"
        );
    }
}

#[test]
fn an_action_s_month_deadline_does_not_reach_the_next_clause() {
    let ts = targets_of(
        "　　所有项目于2026年11月底前全面完成，群众满意率保持在95%以上。6月底前，完成农贸市场改造3个，新增停车泊位500个。\n",
        "2026",
    );
    assert_eq!(
        field(with_quote(&ts, "满意率保持在95%以上"), "deadline"),
        "2026-12-31"
    );
    // A bare month's end heading the clauses after it governs them.
    for piece in ["改造3个", "停车泊位500个"] {
        assert_eq!(
            field(with_quote(&ts, piece), "deadline"),
            "2026-06-30",
            "{piece}"
        );
    }
}

#[test]
fn a_task_table_times_each_row_by_its_deadline_column() {
    let ts = targets_of(
        "某县交通运输局2026年重点工作任务清单\n\n序号\t工作任务\t单位\t年度目标\t完成时限\t责任科室\n1\t新改建农村公路\t公里\t260\t10月底\t公路科\n2\t公路养护大中修工程\t公里\t55\t上半年\t公路科\n3\t国省干线公路优良路率\t%\t≥90\t11月底\t公路科\n4\t港区二期工程完成投资\t亿元\t6.5\t2027年6月底\t港航科\n5\t农村公路安全隐患整治\t处\t40\t长期坚持\t安全科\n",
        "2026",
    );
    for (piece, deadline, measure) in [
        ("新改建农村公路", "2026-10-31", "ytd"),
        ("公路养护大中修工程", "2026-06-30", "ytd"),
        ("国省干线公路优良路率", "2026-11-30", "level"),
        ("港区二期工程完成投资", "2027-06-30", "ytd"),
        // A cell that names no date: the text's year (the table gives none).
        ("农村公路安全隐患整治", "2026-12-31", "ytd"),
    ] {
        let t = with_quote(&ts, piece);
        assert_eq!(field(t, "deadline"), deadline, "{piece}: {t:#?}");
        assert_eq!(field(t, "measure"), measure, "{piece}: {t:#?}");
    }
    assert_eq!(
        field(with_quote(&ts, "港区二期工程完成投资"), "start"),
        "2026-01-01"
    );
    // A table with a goal year and a base column keeps its year for the cells.
    let ts = targets_of(
        "附件\n序号\t项目名称\t单位\t2025年完成\t2026年目标\t牵头单位\t完成时限\n1\t新建标准化农贸市场\t个\t2\t3\t县商务局\t6月底\n",
        "2026",
    );
    assert_eq!(
        field(with_quote(&ts, "新建标准化农贸市场"), "deadline"),
        "2026-06-30"
    );
}

// ---------------------------------------------------------------------------------------
// Round 8: past results and background (docs/extract.md, "Round 8: past results and
// background"): t29, a city's three-year action plan whose 工作基础 states the year before
// with no status word; t30, a county's 十五五 outline with 发展基础, 面临形势 and 主要目标.

/// The score of the tuning passages t29–t30, printed before their `assert_agreed_in` tests:
/// `cargo test --test extract_documents -- --ignored t29_t30_score --nocapture`
#[test]
#[ignore]
fn t29_t30_score() {
    score_names(
        "tuning",
        &[
            "t29-city-action-plan-work-basis",
            "t30-county-fyp-basis-outlook-goals",
        ],
    );
}

#[test]
fn t29_city_action_plan_work_basis() {
    // `2025年，完成300家规模以上工业企业数字化转型诊断` (annotated ytd, the first year's count)
    // is right since round 15: 完成 right before the figure counts the work done
    // (docs/extract.md, "Round 15: the measure of counts and flows").
    assert_agreed_in(
        "tuning",
        "t29-city-action-plan-work-basis",
        "prose",
        // (…增加值突破1600亿元: a flow reached by a deadline years away, a judgement call
        // since the eleventh set.)
        &[
            "数字经济核心产业增加值突破1600亿元",
            // annotated `about` before the contract's soft bounds; drafted a floor with slack, real-plans §3
            "占地区生产总值比重达到13%左右",
        ],
    );
}

#[test]
fn t30_county_fyp_basis_outlook_goals() {
    for kind in ["prose", "table"] {
        // A flow reached by a deadline years away: a judgement call since the eleventh set.
        let judged: &[&str] = if kind == "prose" {
            &["到2030年突破550亿元"]
        } else {
            &[]
        };
        assert_agreed_in("tuning", "t30-county-fyp-basis-outlook-goals", kind, judged);
    }
}

#[test]
fn a_year_before_the_plan_s_period_opening_a_paragraph_reports_results() {
    // heldout7b m2: an action plan (2025—2027) with no date line; its background sentence
    // opens with 2024 under the 主要目标 heading, no status word. The plan's first year is
    // the text's year, so 2024 is reported; 到2027年 in the same paragraph turns to the goals,
    // and 2025 (the plan's first year) is a goal's year.
    let text = "岭南省制造业数字化转型三年行动方案（2025—2027年）\n\n一、总体要求\n\n（二）主要目标\n\n2024年，全省规模以上工业企业数字化改造覆盖率达到62%，累计建成5G基站11.3万个，“5G+工业互联网”项目超过900个。到2027年，规模以上工业企业数字化改造覆盖率达到85%以上。\n\n2025年，完成数字化改造项目300个。\n";
    let ts = targets_no_year(text);
    assert_eq!(
        quotes(&ts),
        [
            "到2027年，规模以上工业企业数字化改造覆盖率达到85%以上",
            "2025年，完成数字化改造项目300个"
        ],
        "{ts:#?}"
    );
    assert_eq!(field(&ts[0], "start"), "2025-01-01");
    assert_eq!(field(&ts[1], "deadline"), "2025-12-31");
    // Dated the December before its period: 2024 is still before the plan's first year,
    // and the goals start with the period.
    let dated = text.replacen("\n\n", "\n\n2024年12月20日\n\n", 1);
    let ts = targets_no_year(&dated);
    assert_eq!(ts.len(), 2, "{:#?}", quotes(&ts));
    assert_eq!(field(&ts[0], "start"), "2025-01-01");
    // A work report's own year opening its goals is no result (`2025年，…增长6%左右` in 2025).
    let ts = targets_of(
        "　　2025年，全市地区生产总值增长6%左右，一般公共预算收入增长3%。\n",
        "2025",
    );
    assert_eq!(ts.len(), 2, "{:#?}", quotes(&ts));
}

#[test]
fn a_five_year_plan_s_base_year_opening_a_paragraph_reports_results() {
    // A 十五五 outline with no date line: its first plain year (2025) is the year before its
    // period; the results paragraph worded like goals (控制在3%以内) is not proposed.
    let ts = targets_no_year(
        "青溪县国民经济和社会发展第十五个五年规划纲要\n\n　　2025年，全县地区生产总值达到418.6亿元，城镇登记失业率控制在3%以内。\n　　到2030年，全县地区生产总值突破550亿元。\n",
    );
    assert_eq!(
        quotes(&ts),
        ["到2030年，全县地区生产总值突破550亿元"],
        "{ts:#?}"
    );
}

#[test]
fn base_and_environment_headings_numbered_as_chapters_hold_no_goals() {
    // `第一节　发展基础` (a 节 / 章 number) opens a results section; `面临形势` (also as
    // `二、面临形势`) holds forecasts, not goals, even under a deadline of their own.
    let ts = targets_no_year(
        "某市国民经济和社会发展第十五个五年规划纲要\n\n第一章　发展基础与面临形势\n\n第一节　发展基础\n\n　　全市地区生产总值达到418.6亿元，城镇登记失业率控制在3%以内，森林覆盖率稳定在61.8%。\n\n第二节　面临形势\n\n　　到2030年，全市60岁及以上人口占比预计将超过28%。\n\n第二章　主要目标\n\n　　到2030年，全市地区生产总值突破550亿元，森林覆盖率稳定在62%以上。\n\n二、面临形势\n\n　　到2030年周边都市圈常住人口将突破1500万人。\n\n三、重点任务\n\n　　新建5G基站8000个。\n",
    );
    assert_eq!(
        quotes(&ts),
        [
            "到2030年，全市地区生产总值突破550亿元",
            "森林覆盖率稳定在62%以上",
            "新建5G基站8000个"
        ],
        "{ts:#?}"
    );
    // A heading that names goals beside the environment is no results heading.
    let ts = targets_no_year(
        "某市国民经济和社会发展第十五个五年规划纲要\n\n二、面临形势和主要目标\n\n　　到2030年，全市地区生产总值突破550亿元。\n",
    );
    assert_eq!(ts.len(), 1, "{:#?}", quotes(&ts));
}

#[test]
fn a_rise_from_a_base_year_over_a_plan_s_years_is_a_cumulative_change() {
    // `比2024年增长25%` by 2027: the base year is no result, and the rate is the change over
    // the window (cumulative); one year after the base it stays that year's rate.
    let ts = targets_no_year(
        "江岚市制造业数字化转型三年行动方案（2025—2027年）\n\n　　到2027年，规模以上工业企业营业收入比2024年增长25%。\n",
    );
    assert_eq!(ts.len(), 1, "{:#?}", quotes(&ts));
    assert_eq!(field(&ts[0], "measure"), "growth");
    assert_eq!(field(&ts[0], "over"), "window");
    assert_eq!(field(&ts[0], "aggregate"), "cumulative");
    assert_eq!(field(&ts[0], "value"), "25");
    let ts = targets_of(
        "　　今年全市规模以上工业企业营业收入比2024年增长8%。\n",
        "2025",
    );
    assert_eq!(ts.len(), 1, "{:#?}", quotes(&ts));
    assert!(!ts[0].contains_key("over"), "{:#?}", ts[0]);
}

#[test]
fn the_plan_s_whole_period_summed_turns_a_report_of_the_year_before_to_goals() {
    // After a 2024 results sentence in the same paragraph, `三年累计…` in a three-year plan
    // speaks of the plan's years: goals. 累计 before a verb of doing sums a flow (ytd);
    // 累计建成 stays a stock (level).
    let ts = targets_no_year(
        "江岚市制造业数字化转型三年行动方案（2025—2027年）\n\n三、重点任务\n\n　　（一）推进“智改数转”全覆盖。2024年全市实施数字化改造项目412个，带动技改投资186亿元。三年累计实施数字化改造项目1200个以上，工业技改投资年均增长8%，到2027年累计建成5G工厂50家。\n",
    );
    let qs = quotes(&ts);
    assert_eq!(ts.len(), 3, "{qs:#?}");
    assert!(qs.iter().all(|q| !q.contains("412") && !q.contains("186")));
    let summed = with_quote(&ts, "1200个");
    assert_eq!(field(summed, "measure"), "ytd", "{summed:#?}");
    assert_eq!(field(with_quote(&ts, "年均增长8%"), "aggregate"), "average");
    assert_eq!(field(with_quote(&ts, "5G工厂"), "measure"), "level");
}

#[test]
fn a_period_cited_inside_a_news_sentence_is_not_the_text_s_own() {
    // heldout7a k3: a city meeting's release (dated 2026) that reviews 《…三年行动方案
    // （2026—2028年）》 in its body: 二季度 / 全年 goals are the year's, not the plan's.
    let ts = targets_no_year(
        "市政府召开常务会议\n\n发布时间：2026-04-16 18:32\n\n　　4月15日，市长主持召开市政府常务会议，研究部署二季度重点工作，审议《滨澜市推动大规模设备更新三年行动方案（2026—2028年）》等事项。\n　　会议强调，要全力稳住工业基本盘，二季度新开工亿元以上项目不少于80个，确保完成全年城镇新增就业6.5万人目标任务。\n",
    );
    assert_eq!(ts.len(), 2, "{:#?}", quotes(&ts));
    // 二季度 is its own window (within.rs), 全年 the year's.
    assert_eq!(
        field(with_quote(&ts, "不少于80个"), "deadline"),
        "2026-06-30"
    );
    assert_eq!(field(with_quote(&ts, "6.5万人"), "deadline"), "2026-12-31");
    // A press conference's title line names the plan it releases: that is the period.
    let ts = targets_no_year(
        "岭东省人民政府新闻办公室\n《岭东省制造业数字化转型三年行动计划（2026—2028年）》新闻发布会实录\n\n　　各位记者朋友，大家好！《行动计划》提出，数字化研发设计工具普及率达到90%。\n",
    );
    assert_eq!(ts.len(), 1, "{:#?}", quotes(&ts));
    assert_eq!(field(&ts[0], "deadline"), "2028-12-31");
}

#[test]
fn a_goal_against_gdp_with_no_window_in_a_plan_is_averaged_over_its_period() {
    // A ——item of a 十五五 outline's goals with no window of its own: the plan's period, so
    // the rate it is stated against is averaged over the window, as the 年均 rates beside it.
    let ts = targets_no_year(
        "某县国民经济和社会发展第十五个五年规划纲要\n\n第二节　主要目标\n\n　　——民生福祉明显改善。城乡居民人均可支配收入增长高于经济增长，人均预期寿命达到81.5岁。\n",
    );
    let t = with_quote(&ts, "高于经济增长");
    assert_eq!(field(t, "over"), "window", "{t:#?}");
    assert_eq!(field(t, "aggregate"), "average");
    assert_eq!(field(t, "deadline"), "2030-12-31");
}

#[test]
fn a_box_entry_s_own_year_on_a_milestone_is_its_deadline() {
    // heldout6a e2: in a 十五五 outline's 专栏 of works, `…2028年建成通车` states a date of
    // its own (a year, not only `到2028年`): a dated milestone. A year before the plan's
    // first is no deadline. (The entries' works counts, 新建改建…120公里 and 新增…1.8万个,
    // are goals since the thirteenth set's fixes: heldout6a e2's annotator took them so.)
    let ts = targets_no_year(
        "桐湾区国民经济和社会发展第十五个五年规划纲要\n\n专栏1　“十五五”时期重大工程项目\n\n3．综合交通提升工程。新建改建干线公路120公里，轨道交通3号线桐湾延伸段2028年建成通车。\n\n4．公共服务补短板工程。新增中小学学位1.8万个，东城医院2025年建成投用。\n",
    );
    assert_eq!(
        quotes(&ts),
        [
            "新建改建干线公路120公里",
            "轨道交通3号线桐湾延伸段2028年建成通车",
            "新增中小学学位1.8万个"
        ],
        "{ts:#?}"
    );
    let line = with_quote(&ts, "延伸段2028年建成通车");
    assert_eq!(field(line, "measure"), "milestone");
    assert_eq!(field(line, "deadline"), "2028-12-31");
}

#[test]
fn a_year_before_the_plan_s_first_inside_a_sentence_is_reported_and_a_deadline_turns_it() {
    // Not only a sentence opening with the year before: a figure or a milestone that year
    // governs anywhere (`全市2024年…增长8.1%`, `杭青高速2024年建成通车`) is reported. A
    // deadline in the plan's years later in the same sentence (`，到2027年提高到13%以上`)
    // turns it to a goal; a later year of its own (`2026年建成通车`) is a goal's.
    let ts = targets_no_year(
        "江岚市数字经济三年行动方案（2025—2027年）\n\n一、总体要求\n\n　　全市2024年规模以上工业增加值增长8.1%，数字经济核心产业增加值达到1186亿元。我市基础较好，杭青高速2024年建成通车。到2027年，数字经济核心产业增加值达到1600亿元，城际铁路2026年建成通车。\n　　2024年，全市数字经济核心产业增加值占比达到10.8%，到2027年提高到13%以上。\n",
    );
    assert_eq!(
        quotes(&ts),
        [
            "到2027年，数字经济核心产业增加值达到1600亿元",
            "城际铁路2026年建成通车",
            "到2027年提高到13%以上"
        ],
        "{ts:#?}"
    );
}

// ---- Round 9: spoken and notice texts (t41–t42) ----

#[test]
fn t41_county_head_speech_at_the_economic_work_conference() {
    assert_agreed_in(
        "tuning",
        "t41-county-head-speech-economic-conference",
        "prose",
        // Flows reached by a deadline years away: judgement calls since the eleventh set.
        &["地区生产总值迈上400亿元台阶", "规上工业总产值突破500亿元"],
    );
}

#[test]
fn t42_provincial_office_notice_enclosing_a_work_plan() {
    assert_agreed_in(
        "tuning",
        "t42-province-office-notice-work-plan",
        "prose",
        // A flow reached by a deadline years away: a judgement call since the eleventh set.
        &[
            "农村网络零售额突破1500亿元",
            // annotated `about` before the contract's soft bounds; drafted a floor with slack, real-plans §3
            "冷链物流县级覆盖率提高到80%左右",
        ],
    );
}

#[test]
fn a_count_under_the_whole_year_is_the_year_s_flow_but_a_total_reached_is_a_level() {
    let ts = targets_of(
        "2026年重点工作\n全年谋划储备项目200个以上，新签约招商项目50个。全年经营主体总数达到6万户。\n",
        "2026",
    );
    assert_eq!(ts.len(), 3, "{ts:#?}");
    assert_eq!(
        with_quote(&ts, "储备项目200个")["measure"].as_str(),
        Some("ytd")
    );
    assert_eq!(
        with_quote(&ts, "招商项目50个")["measure"].as_str(),
        Some("ytd")
    );
    assert_eq!(
        with_quote(&ts, "总数达到6万户")["measure"].as_str(),
        Some("level")
    );
}

#[test]
fn a_plan_s_means_section_proposes_no_figure_and_ends_at_the_next_heading() {
    let text = "某省县域商业建设三年行动方案（2025—2027年）\n一、工作目标\n到2027年，农村网络零售额突破1500亿元。\n二、保障措施\n（一）加强资金支持。省级财政每年安排专项资金3亿元，单个项目最高不超过500万元。\n（二）强化人才支撑。每年培训基层商务人员1000人次。\n三、进度安排\n2026年底前，建成乡镇商贸中心200个以上。\n";
    let ts = targets_of(text, "2025");
    let quotes: Vec<&str> = ts.iter().map(|t| t["quote"].as_str().unwrap()).collect();
    assert_eq!(ts.len(), 2, "{quotes:?}");
    with_quote(&ts, "1500亿元");
    let after = with_quote(&ts, "商贸中心200个");
    assert_eq!(after["deadline"].to_string(), "2026-12-31");
    // The same figures outside a means section are read as before.
    let ts = targets_of("二、重点任务\n每年培训基层商务人员1000人次以上。\n", "2025");
    assert_eq!(ts.len(), 1, "{ts:#?}");
}

#[test]
fn a_means_section_ends_at_an_attachment_label() {
    let text = "某县民生实事实施方案\n四、保障措施\n县财政安排专项资金2亿元。\n附件：2026年民生实事任务\n2026年，新建农村公路80公里以上。\n";
    let ts = targets_of(text, "2026");
    assert_eq!(ts.len(), 1, "{ts:#?}");
    with_quote(&ts, "80公里");
}

#[test]
fn a_figure_required_of_each_unit_is_no_target() {
    let ts = targets_of(
        "到2027年，支持每个县（市）至少建设1个县级物流配送中心，全省建设改造县级物流配送中心60个以上，每家龙头企业带动农户不少于100户。\n",
        "2025",
    );
    let quotes: Vec<&str> = ts.iter().map(|t| t["quote"].as_str().unwrap()).collect();
    assert_eq!(ts.len(), 1, "{quotes:?}");
    assert_eq!(
        with_quote(&ts, "配送中心60个")["value"].as_integer(),
        Some(60)
    );
}

#[test]
fn a_name_in_numerals_spelled_out_after_ji_is_no_goal() {
    let ts = targets_of(
        "三、2026年重点工作\n大力实施“一十百千”工程，即培育1家百亿级龙头企业、10家十亿级骨干企业、100家亿元级成长型企业。实施“双百”行动，新增5G基站300个。\n",
        "2026",
    );
    let quotes: Vec<&str> = ts.iter().map(|t| t["quote"].as_str().unwrap()).collect();
    assert_eq!(quotes, ["新增5G基站300个"], "{ts:#?}");
}

// ---- Round 9: plan reports and progress tables (t35, t36) ----

/// The score of the tuning passages t35–t36 (a province's annual plan report, 2025 执行情况 and
/// the 2026 draft, with a table of 2025年计划 / 2025年预计完成 / 完成情况 / 2026年计划目标 columns;
/// a department's 1—9月 progress report with 年度目标 / 1—9月完成 / 完成进度 columns and the
/// 四季度 goals), printed before their assertions (docs/extract.md, "Round 9: plan reports and
/// progress tables"):
/// `cargo test --test extract_documents -- --ignored t35_t36_score --nocapture`
#[test]
#[ignore]
fn t35_t36_score() {
    score_names(
        "tuning",
        &[
            "t35-province-plan-report-2026",
            "t36-department-jan-sep-progress-table",
        ],
    );
}

#[test]
fn plan_report_with_last_years_plan_estimate_and_next_years_goal_columns() {
    // 主要污染物排放总量持续减少: `falls` by the contract (a direction with no number), but the
    // blind annotators of heldout6b f2 and heldout7b m3 left the same clause unannotated in
    // their goals paragraphs: a known disagreement, not drafted.
    assert_agreed_in(
        "tuning",
        "t35-province-plan-report-2026",
        "prose",
        &["主要污染物排放总量持续减少"],
    );
    assert_agreed_in("tuning", "t35-province-plan-report-2026", "table", &[]);
}

#[test]
fn department_progress_table_with_an_annual_goal_column_and_the_last_quarters_goals() {
    assert_all("t36-department-jan-sep-progress-table");
}

#[test]
fn an_annual_goal_column_is_the_years_work_and_the_progress_columns_are_results() {
    // `全年目标  1—6月完成  完成率（%）`: the goal column names no year; the table is the
    // text's year's. An amount or a count in it is that year's work (ytd from 1 January);
    // a rate stays a level; the half-year figures and the 完成率 are never proposed.
    let text = "2024年1—6月全区重点指标完成情况\n序号\t指标\t单位\t全年目标\t1—6月完成\t完成率（%）\n1\t水利建设投资\t亿元\t42\t19.6\t46.7\n2\t新建改造污水管网\t公里\t260\t118\t45.4\n3\t农村自来水普及率\t%\t95\t93.1\t—\n";
    let ts = targets_of(text, "2024");
    assert_eq!(ts.len(), 3, "{ts:#?}");
    let (draft, _) = draft_problems(text);
    assert!(!draft.contains("start assumed"), "{draft}");
    for (piece, value) in [("水利建设投资", 42), ("污水管网", 260)] {
        let t = with_quote(&ts, piece);
        assert_eq!(t["measure"].as_str(), Some("ytd"), "{t:#?}");
        assert_eq!(t["value"].as_integer(), Some(value));
        assert_eq!(t["start"].to_string(), "2024-01-01");
        assert_eq!(t["deadline"].to_string(), "2024-12-31");
    }
    let water = with_quote(&ts, "自来水普及率");
    assert_eq!(water["measure"].as_str(), Some("level"));
    assert_eq!(water["rule"].as_str(), Some("at-least"));
    assert_eq!(water["value"].as_integer(), Some(95));
    assert_eq!(water["deadline"].to_string(), "2024-12-31");
}

#[test]
fn a_price_rise_row_of_a_table_is_a_growth_rate() {
    // 居民消费价格涨幅 (like 增幅, 增长率) names a rate, as 增长 does: a growth goal.
    let text = "附表\n指标\t单位\t2024年预计\t2025年目标\n居民消费价格涨幅\t%\t0.4\t2左右\n城乡居民收入增幅\t%\t5.1\t5以上\n";
    let ts = targets_of(text, "2025");
    assert_eq!(ts.len(), 2, "{ts:#?}");
    for piece in ["居民消费价格涨幅", "城乡居民收入增幅"] {
        assert_eq!(
            with_quote(&ts, piece)["measure"].as_str(),
            Some("growth"),
            "{ts:#?}"
        );
    }
}

#[test]
fn a_quantity_counted_by_a_milestone_word_is_no_milestone() {
    // 通车里程, 竣工面积: a figure the milestone word counts, not an event to be done.
    let ts = targets_of(
        "今年，新增农村公路通车里程500公里，新开工保障性住房竣工面积30万平方米。\n",
        "2025",
    );
    assert!(
        ts.iter()
            .all(|t| t["measure"].as_str() != Some("milestone")),
        "{ts:#?}"
    );
    assert_eq!(with_quote(&ts, "通车里程")["value"].as_integer(), Some(500));
}

/// `assert_agreed_in` with the two kinds of judgement call kept apart: `missed` lists
/// annotations the rules decide the other way (not drafted), `drafted` lists drafted pieces
/// the annotation leaves out (not counted as false).
fn assert_agreed_split(set: &str, name: &str, kind: &str, missed: &[&str], drafted: &[&str]) {
    let s = score(set, name, Some(kind), Mode::Asserted);
    let m: Vec<&String> = s
        .missed
        .iter()
        .filter(|x| !missed.iter().any(|j| x.starts_with(j)))
        .collect();
    assert!(m.is_empty(), "{name}: missed {m:#?}");
    let f: Vec<&String> = s
        .false_props
        .iter()
        .filter(|p| !drafted.iter().any(|j| p.contains(j)))
        .collect();
    assert!(f.is_empty(), "{name}: false {f:#?}");
    assert_eq!(
        s.false_props.len(),
        drafted.len(),
        "{name}: {:#?}",
        s.false_props
    );
    assert!(
        s.quoted_none.is_empty(),
        "{name}: quoted {:?}",
        s.quoted_none
    );
    assert_eq!(s.right + missed.len(), s.expected, "{name}");
}

/// Round 9 (long-range prose goals): a municipal Party congress report's 今后五年 goals. The
/// judgement call left: `每年新认定…不少于150家` (a recurring quota, drafted as the first year's
/// flow). (`三个千亿级产业集群`, a count of the things listed before it, is no figure since
/// round 31 C.)
#[test]
fn t37_city_party_congress_report_prose() {
    assert_agreed_split(
        "tuning",
        "t37-city-party-congress-report",
        "prose",
        // Flows reached by a deadline years away: judgement calls since the eleventh set.
        &[
            "货物进出口总额突破1500亿元",
            "集装箱吞吐量达到300万标箱",
            "经济总量突破4500亿元",
            // annotated `about` before the contract's soft bounds; drafted a floor with slack, real-plans §3
            "常住人口城镇化率达到72%左右",
        ],
        &[
            "常住人口城镇化率达到72%左右",
            "每年新认定高新技术企业",
            "货物进出口总额突破1500亿元",
            "集装箱吞吐量达到300万标箱",
            "经济总量突破4500亿元",
        ],
    );
}

/// Round 9: a sector 十五五 health plan's 发展目标. Judgement calls left: the 1∶1.25 ratio,
/// `100%的…` (a figure before 的 qualifies, by convention),
/// `高于全国平均水平1.5岁以上` (a goal against a national figure the spec cannot name),
/// `5级` (级 is not a unit: 二级以上 is a name). `每个…至少配备1名` (a per-facility norm,
/// not annotated) is drafted since round 32 B: a floor of people posted in each unit is a
/// goal in 11 other annotations of the sets (a level), this one is left out.
#[test]
fn t38_sector_health_15th_fyp_goals_prose() {
    assert_agreed_split(
        "tuning",
        "t38-sector-health-15th-fyp-goals",
        "prose",
        &[
            "医护比达到1∶1.25",
            "100%的乡镇卫生院",
            "人均预期寿命高于全国平均水平",
            "电子病历系统应用水平平均级别达到5级",
        ],
        &["每个乡镇卫生院至少配备1名全科医生"],
    );
}

/// Rates per mille (‰) and per 100 000 (/10万) are units, and a `分别` list of two of them
/// pairs each name with its cap: `婴儿死亡率、5岁以下儿童死亡率分别控制在2.5‰和3.5‰以内`.
#[test]
fn per_mille_and_per_hundred_thousand_rates_are_units() {
    let ts = targets_of(
        "到2030年，孕产妇死亡率控制在8/10万以下，婴儿死亡率、5岁以下儿童死亡率分别控制在2.5‰和3.5‰以内。\n",
        "2026",
    );
    let m = with_quote(&ts, "8/10万以下");
    assert_eq!(m["unit"].as_str(), Some("/10万"));
    assert_eq!(m["rule"].as_str(), Some("at-most"));
    assert_eq!(m["value"].as_integer(), Some(8));
    let caps: Vec<(f64, &str)> = ts
        .iter()
        .filter(|t| t["unit"].as_str() == Some("‰"))
        .map(|t| {
            assert_eq!(t["rule"].as_str(), Some("at-most"));
            (t["value"].as_float().unwrap(), t["deadline"].to_string())
        })
        .map(|(v, d)| (v, if d == "2030-12-31" { "2030" } else { "?" }))
        .collect();
    assert_eq!(caps, vec![(2.5, "2030"), (3.5, "2030")], "{ts:#?}");
    assert_eq!(ts.len(), 3, "{ts:#?}");
}

/// 标箱 (short for 标准箱, TEU) is a unit: `集装箱吞吐量达到300万标箱` is a level of 300 万标箱.
#[test]
fn teu_written_biaoxiang_is_a_unit() {
    let ts = targets_of("到2030年，港口集装箱吞吐量达到300万标箱。\n", "2026");
    let t = with_quote(&ts, "300万标箱");
    assert_eq!(t["unit"].as_str(), Some("万标箱"));
    assert_eq!(t["value"].as_integer(), Some(300));
    assert_eq!(t["rule"].as_str(), Some("at-least"));
    assert_eq!(ts.len(), 1, "{ts:#?}");
}

/// A per-population base between the rule word and the figure (`人员编制达到每万人口1.75名`)
/// does not hide the figure: the rule word before it reads as it would before the figure,
/// as `提高到每人每月260元` already did.
#[test]
fn a_per_population_base_after_the_rule_word_keeps_the_figure() {
    let ts = targets_of(
        "到2030年，疾病预防控制机构人员编制达到每万人口1.75名，每千人口医疗卫生机构床位数达到7.5张。\n",
        "2026",
    );
    let t = with_quote(&ts, "每万人口1.75名");
    assert_eq!(t["rule"].as_str(), Some("at-least"));
    assert_eq!(t["value"].as_float(), Some(1.75));
    assert_eq!(t["unit"].as_str(), Some("名"));
    assert_eq!(t["deadline"].to_string(), "2030-12-31");
    assert_eq!(ts.len(), 2, "{ts:#?}");
}

// ---- Round 9: task-breakdown tables (t39, t40) ----

/// The score of the tuning passages t39–t40 (a county's 年度目标任务分解表 with cumulative
/// quarter columns; a Word-copied 重点项目/民生实事 table whose 建设内容及规模 holds scopes and
/// 年度目标 the year's targets), printed before their `assert_all` tests (docs/extract.md,
/// "Round 9: task-breakdown tables"):
/// `cargo test --test extract_documents -- --ignored t39_t40_score --nocapture`
#[test]
#[ignore]
fn t39_t40_score() {
    score_names(
        "tuning",
        &[
            "t39-county-task-breakdown-quarters",
            "t40-word-key-projects-scope-and-year",
        ],
    );
}

#[test]
fn county_task_breakdown_table_with_quarter_columns() {
    assert_all("t39-county-task-breakdown-quarters");
}

/// t40: every 年度目标 figure read, no scope figure quoted; the one false proposal left is the
/// words-only cell `建成通水` (a milestone the annotation leaves out, proposed as assessed for
/// a person to review, as words goals in task tables are).
#[test]
fn word_key_projects_table_reads_the_year_column_not_the_scope() {
    let s = score(
        "tuning",
        "t40-word-key-projects-scope-and-year",
        None,
        Mode::Asserted,
    );
    assert!(s.missed.is_empty(), "missed {:#?}", s.missed);
    assert!(s.quoted_none.is_empty(), "quoted {:?}", s.quoted_none);
    assert_eq!(s.false_props.len(), 1, "{:#?}", s.false_props);
    assert!(
        s.false_props[0].contains("建成通水"),
        "{:#?}",
        s.false_props
    );
}

fn extract_text(text: &str, args: &[&str]) -> String {
    let (_dir, path) = temp_file("t.txt", text);
    let out = progress()
        .arg("extract")
        .args(args)
        .arg(&path)
        .assert()
        .success();
    String::from_utf8(out.get_output().stdout.clone()).unwrap()
}

/// Round 9: a column per part of the year (no 目标 word in the header) is a target each, due
/// at its part's end; an amount in such a table is the year's flow so far (ytd).
#[test]
fn quarter_columns_are_targets_due_at_each_quarters_end() {
    let text = extract_text(
        "某县2027年主要指标季度分解\n指标\t单位\t一季度\t上半年\t前三季度\t全年\n规模以上工业增加值增速\t%\t6\t6.5\t7\t7.5\n社会消费品零售总额\t亿元\t30\t62\t95\t130\n",
        &["--year", "2027"],
    );
    for d in ["2027-03-31", "2027-06-30", "2027-09-30", "2027-12-31"] {
        assert_eq!(
            text.matches(&format!("deadline = {d}")).count(),
            2,
            "{d}\n{text}"
        );
    }
    assert_eq!(text.matches("measure = \"growth\"").count(), 4, "{text}");
    assert_eq!(text.matches("measure = \"ytd\"").count(), 4, "{text}");
    for v in ["value = 6\n", "value = 6.5", "value = 95", "value = 130"] {
        assert!(text.contains(v), "{v}\n{text}");
    }
}

/// Round 9: a quarter cell in words repeating the year's (`确保不发生`) adds no target, and a
/// `—` quarter cell none.
#[test]
fn a_quarter_cell_in_words_or_a_dash_adds_no_target() {
    let text = extract_text(
        "2027年目标任务分解表\n序号\t指标\t单位\t全年目标\t一季度\t二季度\t三季度\n1\t较大生产安全事故\t起\t确保不发生\t确保不发生\t确保不发生\t确保不发生\n2\t新增高新技术企业\t家\t20\t—\t8\t14\n",
        &["--year", "2027"],
    );
    assert_eq!(text.matches("[[target]]").count(), 4, "{text}");
    assert_eq!(text.matches("measure = \"assessed\"").count(), 1, "{text}");
    assert!(!text.contains("deadline = 2027-03-31"), "{text}");
}

/// Round 9: a 重点项目 row: the 年度目标 cell's figures are the targets (by the 完成时限), the
/// 建设内容及规模 cell (the whole project's scope) is never read nor quoted.
#[test]
fn a_project_rows_scope_is_never_proposed_its_year_goal_is() {
    let text = extract_text(
        "2027年重点项目计划表\n序号\t项目名称\t建设内容及规模\t年度目标\t责任单位\t完成时限\n1\t城东污水管网工程\t新建污水管网45公里，总投资3.2亿元\t完成管网铺设20公里，年度完成投资1.1亿元\t区住建局\t2027年11月\n",
        &[],
    );
    assert_eq!(text.matches("[[target]]").count(), 2, "{text}");
    assert!(
        !text.contains("45公里") && !text.contains("3.2亿元"),
        "{text}"
    );
    assert!(
        text.contains("value = 20\n") && text.contains("value = 1.1"),
        "{text}"
    );
    assert_eq!(text.matches("deadline = 2027-11-30").count(), 2, "{text}");
    assert_eq!(text.matches("measure = \"ytd\"").count(), 2, "{text}");
}

/// Round 9: a Word copy breaks a merged cell over two lines (the name, the 责任单位): the two
/// pieces are one cell again, so the row's columns stay in place.
#[test]
fn a_cell_broken_over_two_lines_by_a_word_copy_is_joined() {
    let text = extract_text(
        "2027年民生实事项目表\n序号\t项目名称\t建设内容及规模\t年度目标\t责任单位\t完成时限\n1\t城区公共\n停车设施\t规划建设停车泊位3000个\t建成泊位1200个\t区城管局\n区交通局\t2027年9月\n",
        &[],
    );
    assert_eq!(text.matches("[[target]]").count(), 1, "{text}");
    assert!(text.contains("value = 1200"), "{text}");
    assert!(text.contains("deadline = 2027-09-30"), "{text}");
    assert!(
        text.contains("owner = [\"区城管局\", \"区交通局\"]"),
        "{text}"
    );
    assert!(text.contains("城区公共停车设施"), "{text}");
}

/// Round 9: a capacity reached by a row's deadline (`日处理能力达到5万吨`) is a level, not the
/// year's work.
#[test]
fn a_capacity_in_a_timed_work_list_is_a_level() {
    let text = extract_text(
        "2027年重点项目计划表\n序号\t项目名称\t建设内容及规模\t年度目标\t责任单位\t完成时限\n1\t北区水厂扩建\t新增日供水能力4万吨\t日供水能力达到10万吨\t区水务局\t2027年10月\n",
        &[],
    );
    assert!(text.contains("measure = \"level\""), "{text}");
    assert!(
        text.contains("value = 10\n") && !text.contains("value = 4\n"),
        "{text}"
    );
}

// ---- Round 10: work points, task lists and qualitative goals (t45, t46) ----

/// The score of the tuning passages t45–t46 (a county's 重点工作任务分工方案 with item-end
/// deadlines and notes of units; a province's work report with qualitative goals, a slogan
/// milestone and a 民生实事 task table), printed before their `assert_agreed_in` tests
/// (docs/extract.md, "Round 10: work points, task lists and qualitative goals"):
/// `cargo test --test extract_documents -- --ignored t45_t46_score --nocapture`
#[test]
#[ignore]
fn t45_t46_score() {
    score_names(
        "tuning",
        &[
            "t45-county-task-division-item-deadlines",
            "t46-province-report-goals-and-task-table",
        ],
    );
}

/// t45: every figure, with its item's own deadline, and item 13's goal in words.
#[test]
fn t45_county_task_division_with_item_end_deadlines() {
    assert_all("t45-county-task-division-item-deadlines");
}

/// t46: prose, left: `继续实施十件民生实事` (the count of a named list) is proposed.
#[test]
fn t46_province_report_goals_and_task_table() {
    let s = score(
        "tuning",
        "t46-province-report-goals-and-task-table",
        Some("prose"),
        Mode::Asserted,
    );
    assert!(s.missed.is_empty(), "missed {:#?}", s.missed);
    assert!(s.quoted_none.is_empty(), "quoted {:?}", s.quoted_none);
    assert_eq!(s.false_props.len(), 1, "{:#?}", s.false_props);
    assert!(
        s.false_props[0].contains("民生实事"),
        "{:#?}",
        s.false_props
    );
    assert_agreed_in(
        "tuning",
        "t46-province-report-goals-and-task-table",
        "table",
        &[],
    );
}

/// Round 10: a deadline at an item's end (`…，8月底前投入使用`, `于9月底前完成`) is the
/// deadline of every figure of the item (or of its ① part), and no milestone of its own; a
/// deadline before its own figure (`6月底前开工率达到60%`) binds only that figure.
#[test]
fn an_item_end_deadline_dates_the_item_s_figures_and_is_no_milestone() {
    let text = extract_text(
        "2026年重点工作任务\n　　1．新建、改扩建中小学和幼儿园4所，新增学位1800个，9月底前投入使用。\n　　2．新开工项目30个，6月底前开工率达到50%。\n　　3．完善路网：①新改建农村公路40公里，年底前全部建成；②实施危桥改造5座，于10月底前完工。\n",
        &[],
    );
    assert!(!text.contains("milestone"), "{text}");
    assert_eq!(text.matches("deadline = 2026-09-30").count(), 2, "{text}");
    assert_eq!(text.matches("deadline = 2026-06-30").count(), 1, "{text}");
    assert_eq!(text.matches("deadline = 2026-10-31").count(), 1, "{text}");
    // 30个 and 40公里: the year's.
    assert_eq!(text.matches("deadline = 2026-12-31").count(), 2, "{text}");
    // A share of the work by a date (`6月底前完成过半`) does not date the item's figure.
    let half = extract_text(
        "2026年工作要点\n　　新增城镇就业5000人，6月底前完成过半。\n",
        &[],
    );
    assert!(half.contains("deadline = 2026-12-31"), "{half}");
}

/// Round 10: a note of units closing an item (`（牵头单位：…；责任单位：…）`) ends its
/// sentence, so the next item is not glued to it, and gives the item's figures their owners,
/// the lead unit first.
#[test]
fn a_note_of_units_closes_its_item_and_names_its_owners() {
    let text = extract_text(
        "2026年重点工作任务分工\n　　9．新增城镇就业6500人。（责任单位：县财政局；牵头单位：县人社局）\n　　10．为全县老年人免费健康体检3.5万人次，于9月底前完成。\n",
        &[],
    );
    assert!(
        text.contains("owner = [\"县人社局\", \"县财政局\"]"),
        "{text}"
    );
    assert_eq!(text.matches("owner = ").count(), 1, "{text}");
    assert!(!text.contains("县人社局）10"), "{text}");
    assert!(text.contains("deadline = 2026-09-30"), "{text}");
    // A note right after the item's last clause, no 。 between: the clause's quote stops
    // before it, and an item-end deadline before it still dates the item.
    let glued = extract_text(
        "2026年重点工作任务分工\n　　1．新建学校4所，新增学位1800个，9月底前投入使用（牵头单位：县教育局）\n　　2．城镇调查失业率控制在5.5%以内（牵头单位：县人社局）\n",
        &[],
    );
    assert!(!glued.contains("milestone"), "{glued}");
    assert_eq!(glued.matches("deadline = 2026-09-30").count(), 2, "{glued}");
    assert!(glued.contains("控制在5.5%以内\"\n"), "{glued}");
    assert_eq!(
        glued.matches("owner = [\"县教育局\"]").count(),
        2,
        "{glued}"
    );
    assert_eq!(
        glued.matches("owner = [\"县人社局\"]").count(),
        1,
        "{glued}"
    );
}

/// Round 10: the sentence after a target list that opens with 确保 closes the list: its
/// qualitative goals (保持在合理区间, 形势持续稳定, 大局和谐稳定) are assessed; the same words
/// in a speech's exhortation are not. A quota named 约束性 is binding.
#[test]
fn qualitative_goals_closing_a_target_list_are_assessed() {
    let text = extract_text(
        "2026年主要预期目标是：地区生产总值增长5%左右；单位地区生产总值二氧化碳排放降低完成国家下达的约束性任务。确保主要经济指标保持在合理区间，安全生产形势持续稳定，社会大局和谐稳定。\n",
        &[],
    );
    assert_eq!(text.matches("measure = \"assessed\"").count(), 4, "{text}");
    assert_eq!(text.matches("class = \"binding\"").count(), 1, "{text}");
    let speech = extract_text(
        "2026年全县工作会议讲话\n　　第四，要守住安全生产底线，有效防范化解风险，确保社会大局和谐稳定。\n",
        &[],
    );
    assert!(!speech.contains("assessed"), "{speech}");
}

/// Round 10: a slogan in quotes reached as a whole (`“市市通高铁、县县通高速”全面实现`) is a
/// milestone named by the slogan; reached already (`已全面实现`) it is not.
#[test]
fn a_quoted_slogan_reached_is_a_milestone() {
    let text = extract_text(
        "到2030年，现代化交通体系基本建成，“市市通高铁、县县通高速”全面实现。\n",
        &[],
    );
    assert_eq!(text.matches("measure = \"milestone\"").count(), 1, "{text}");
    assert!(text.contains("“市市通高铁、县县通高速”全面实现"), "{text}");
    assert!(text.contains("deadline = 2030-12-31"), "{text}");
    let done = extract_text("2026年，全省“县县通高速”已全面实现。\n", &[]);
    assert!(!done.contains("milestone"), "{done}");
}

/// Round 10: a task table's goal cell of words with a figure (`免费筛查1.2万人`,
/// `为5000名残疾儿童提供康复救助`) is a count of the year (ytd); a cell that is only a course
/// of work (`推进“互联网+明厨亮灶”，提升监管效能`) is no target, while a short direction
/// (`持续加强`) or an end state (`建成通水`) stays for a person to assess.
#[test]
fn task_table_goal_cells_in_words_with_and_without_figures() {
    let text = extract_text(
        "2026年民生实事任务分解表\n序号\t任务\t目标\t责任单位\t完成时限\n1\t“两癌”筛查\t免费筛查1.2万人\t县卫健局\t11月底前\n2\t残疾儿童康复\t为500名残疾儿童提供康复救助\t县残联\t年底前\n3\t食品安全放心工程\t推进“互联网+明厨亮灶”，提升监管效能\t县市场监管局\t年底前\n4\t城区供水工程\t建成通水\t县水务局\t年底前\n",
        &[],
    );
    assert_eq!(text.matches("[[target]]").count(), 3, "{text}");
    assert_eq!(text.matches("measure = \"ytd\"").count(), 2, "{text}");
    assert!(
        text.contains("value = 1.2") && text.contains("unit = \"万人\""),
        "{text}"
    );
    assert!(text.contains("value = 500"), "{text}");
    assert!(!text.contains("明厨亮灶"), "{text}");
    assert!(text.contains("建成通水"), "{text}");
}

/// Round 10: a numbered item of a work list that is itself a goal in words
/// (`13．安全生产形势持续稳定，…`) is assessed, the year's; the item's number is no figure of it.
/// The same words in an unnumbered sentence with no list or window before them are not.
#[test]
fn a_numbered_item_that_is_a_goal_in_words_is_assessed() {
    let text = extract_text(
        "2026年重点工作任务\n　　13．安全生产形势持续稳定，生产安全事故起数和死亡人数实现“双下降”。\n",
        &[],
    );
    assert_eq!(text.matches("measure = \"assessed\"").count(), 1, "{text}");
    assert!(text.contains("deadline = 2026-12-31"), "{text}");
    let plain = extract_text(
        "2026年重点工作任务\n　　我们看到，安全生产形势持续稳定。\n",
        &[],
    );
    assert!(!plain.contains("assessed"), "{plain}");
}

/// Round 10: a count of what a work list provides or funds (`提供就业岗位2000个`,
/// `资助困难学生3000名`) is a commitment, as 发放 and 配备 are.
#[test]
fn counts_provided_or_funded_in_a_work_list_are_commitments() {
    let text = extract_text(
        "2026年民生实事\n　　提供就业岗位2000个，资助困难学生3000名。\n",
        &[],
    );
    assert_eq!(text.matches("measure = \"ytd\"").count(), 2, "{text}");
    assert!(
        text.contains("value = 2000") && text.contains("value = 3000"),
        "{text}"
    );
}

// ---- Round 10: action plans and plan-execution reports (t49, t50) ----

/// The score of the tuning passages t49–t50 (a province's 三年行动方案 for an industry; a city's
/// 计划执行情况与计划草案的报告 with its 主要指标 table), printed before their `assert_agreed_in`
/// tests (docs/extract.md, "Round 10: action plans and plan-execution reports"):
/// `cargo test --test extract_documents -- --ignored t49_t50_score --nocapture`
#[test]
#[ignore]
fn t49_t50_score() {
    score_names(
        "tuning",
        &[
            "t49-province-nev-three-year-action-plan",
            "t50-city-plan-execution-report-2027",
        ],
    );
}

#[test]
fn t49_province_three_year_action_plan_for_an_industry() {
    assert_agreed_in(
        "tuning",
        "t49-province-nev-three-year-action-plan",
        "prose",
        &[],
    );
}

#[test]
fn t50_city_plan_execution_report_prose() {
    assert_agreed_in(
        "tuning",
        "t50-city-plan-execution-report-2027",
        "prose",
        &[],
    );
}

/// Round 10: an addition over a window of several years (新增 / 新建 / 新培育 / 新改扩建 … +
/// noun + X) is what is added over the window, summed from its start (ytd), whatever the
/// window's wording; 净增 and 再 + verb from a status figure stay a rise of the level, and
/// 建成 (a stock standing at the end) stays a level.
#[test]
fn an_addition_over_a_window_of_several_years_is_summed_over_it() {
    let ts = targets_of(
        "某省储能产业发展三年行动方案（2026—2028年）\n　　到2028年，三年新建独立储能电站40座以上，新增城市轨道交通运营里程25公里，新培育省级专精特新企业80家，新改扩建社区服务设施60处，建成示范项目12个，高新技术企业净增300家。\n　　全市已建成充电桩5200个，三年内再建设充电桩8000个。\n",
        "2026",
    );
    for (piece, v) in [
        ("独立储能电站40座", 40),
        ("运营里程25公里", 25),
        ("专精特新企业80家", 80),
        ("社区服务设施60处", 60),
    ] {
        let t = with_quote(&ts, piece);
        assert_eq!(t["measure"].as_str(), Some("ytd"), "{piece}: {t:#?}");
        assert_eq!(t["rule"].as_str(), Some("at-least"), "{piece}");
        assert_eq!(t["value"].as_integer(), Some(v), "{piece}");
        assert!(!t.contains_key("increase"), "{piece}");
        assert_eq!(t["start"].to_string(), "2026-01-01", "{piece}");
        assert_eq!(t["deadline"].to_string(), "2028-12-31", "{piece}");
    }
    // (Round 21 D: a bare 建成 count over a plan is summed, 27 : 7 in all sets.)
    assert_eq!(
        with_quote(&ts, "示范项目12个")["measure"].as_str(),
        Some("ytd")
    );
    assert_eq!(
        with_quote(&ts, "净增300家")["increase"].as_integer(),
        Some(300)
    );
    let again = with_quote(&ts, "再建设充电桩8000个");
    assert_eq!(again["increase"].as_integer(), Some(8000));
    assert_eq!(again["baseline"].as_integer(), Some(5200));
}

/// Round 10: 累计 before 推广 (`三年累计推广应用新能源汽车80万辆以上`) sums what is put into
/// use over the window (ytd), as 累计实施 / 累计完成 do.
#[test]
fn vehicles_promoted_over_the_window_are_summed() {
    let ts = targets_of(
        "到2028年，三年累计推广应用新能源汽车80万辆以上，新能源汽车保有量达到150万辆。\n",
        "2026",
    );
    assert_eq!(
        with_quote(&ts, "推广应用新能源汽车80万辆")["measure"].as_str(),
        Some("ytd")
    );
    assert_eq!(
        with_quote(&ts, "保有量达到150万辆")["measure"].as_str(),
        Some("level")
    );
}

/// Round 10: capacities in 吉瓦时 / 兆瓦 (`储能电池产能达到80吉瓦时`) are figures with their
/// unit, not numbers without one.
#[test]
fn battery_and_plant_capacities_keep_their_energy_units() {
    let ts = targets_of(
        "到2028年，储能电池产能达到80吉瓦时，新型储能装机规模达到500兆瓦以上。\n",
        "2026",
    );
    let cells = with_quote(&ts, "80吉瓦时");
    assert_eq!(cells["unit"].as_str(), Some("吉瓦时"));
    assert_eq!(cells["value"].as_integer(), Some(80));
    assert_eq!(cells["measure"].as_str(), Some("level"));
    assert_eq!(with_quote(&ts, "500兆瓦")["unit"].as_str(), Some("兆瓦"));
}

/// Round 10: a count of places after a locative 在 / 向 (`推动…项目在沿江5个市集中布局`) says
/// where, not how many; with a verb of choosing between (`确保在全省遴选10个县开展试点`) it is a
/// count again.
#[test]
fn places_after_a_locative_are_where_not_how_many() {
    let ts = targets_of(
        "到2028年，推动“风光储一体化”项目在沿江5个市集中布局，推动零部件企业向环湖3个县集聚，确保在全省遴选10个县开展整县推进试点。\n",
        "2026",
    );
    assert!(
        ts.iter().all(|t| {
            let q = t["quote"].as_str().unwrap();
            !q.contains("5个市") && !q.contains("3个县")
        }),
        "{ts:#?}"
    );
    assert_eq!(with_quote(&ts, "10个县")["value"].as_integer(), Some(10));
    // 零部件 (components) holds no count of 0 部.
    assert!(
        ts.iter().all(|t| t["value"].as_integer() != Some(0)),
        "{ts:#?}"
    );
}

/// Round 10: a plan report's indicator table with a growth column after the goal column
/// (`2026年预计  2027年目标  增长（%）`): a quantity whose growth cell holds a figure has that
/// rate as its target (the report's prose list sets the rate, the level is derived); a row
/// with `—` there keeps its goal column; a table without such a column is read as before.
#[test]
fn a_growth_column_after_the_goal_column_is_a_quantity_s_target() {
    let ts = targets_of(
        "某市2027年国民经济和社会发展主要指标\n指标\t单位\t2026年预计\t2027年目标\t增长（%）\n地区生产总值\t亿元\t4560\t4810\t5.5左右\n一般公共预算收入\t亿元\t312\t324\t4\n城镇新增就业\t万人\t5.4\t5以上\t—\n城镇调查失业率\t%\t5.2\t5.5以内\t—\n",
        "2027",
    );
    assert_eq!(ts.len(), 4, "{ts:#?}"); // 35个, 5200户, 60部, 86公里
    let gdp = with_quote(&ts, "地区生产总值\t");
    assert_eq!(gdp["measure"].as_str(), Some("growth"));
    assert_eq!(gdp["rule"].as_str(), Some("about"));
    assert_eq!(gdp["unit"].as_str(), Some("%"));
    assert_eq!(gdp["value"].as_float(), Some(5.5));
    let revenue = with_quote(&ts, "一般公共预算收入");
    assert_eq!(revenue["measure"].as_str(), Some("growth"));
    assert_eq!(revenue["rule"].as_str(), Some("at-least"));
    assert_eq!(revenue["value"].as_integer(), Some(4));
    let jobs = with_quote(&ts, "城镇新增就业");
    assert_eq!(jobs["measure"].as_str(), Some("ytd"));
    assert_eq!(jobs["value"].as_integer(), Some(5));
    let jobless = with_quote(&ts, "城镇调查失业率");
    assert_eq!(jobless["rule"].as_str(), Some("at-most"));
    assert_eq!(jobless["value"].as_float(), Some(5.5));
    // The same rows without the growth column: the goal column's level, as before.
    let ts = targets_of(
        "某市2027年国民经济和社会发展主要指标\n指标\t单位\t2026年预计\t2027年目标\n地区生产总值\t亿元\t4560\t4810\n",
        "2027",
    );
    assert_eq!(ts[0]["value"].as_integer(), Some(4810), "{ts:#?}");
}

#[test]
fn t50_city_plan_execution_report_table() {
    assert_agreed_in(
        "tuning",
        "t50-city-plan-execution-report-2027",
        "table",
        &[],
    );
}

// ---- Round 10: OCR'd and PDF-copied indicator tables (t47, t48) ----

/// The score of the tuning passages t47–t48 (an OCR'd province sector plan's 主要指标 table
/// with a 类别 column, wrapped names and figures broken at a line end; a city action plan's
/// table copied from a PDF with one goal column a year under a wrapped header and a 牵头单位
/// column), printed before their `assert_agreed_in` tests (docs/extract.md, "Round 10: OCR'd
/// and PDF-copied indicator tables"):
/// `cargo test --test extract_documents -- --ignored t47_t48_score --nocapture`
#[test]
#[ignore]
fn t47_t48_score() {
    score_names(
        "tuning",
        &[
            "t47-ocr-province-agri-plan-table",
            "t48-pdf-city-action-plan-year-columns",
        ],
    );
}

/// t47: every row of the OCR'd sector plan table read, its figures broken at line ends
/// joined (`≥１０⏎８０`, `≥8⏎5`, `１６⏎００`, `〔１２．⏎５〕`), the name wrapped beside its 类别
/// cells one row; the draft validates (asserted by the harness).
#[test]
fn t47_ocr_province_sector_plan_table() {
    // A flow reached by a deadline years away, annotated a level here: drafted the deadline
    // year's ytd since the eleventh set (docs/extract.md, "Eleventh set, fixed after the run:
    // a flow reached by a deadline years away"): judgement calls.
    assert_agreed_in(
        "tuning",
        "t47-ocr-province-agri-plan-table",
        "table",
        &["生猪出栏量", "肉蛋奶总产量", "化肥使用量（折纯）"],
    );
    assert_agreed_in("tuning", "t47-ocr-province-agri-plan-table", "prose", &[]);
}

/// t48: the PDF copy's header with its years on the second line gives one goal column a
/// year; the name printed above and below its 序号 line and the 牵头单位 cut at the row's end
/// are whole.
#[test]
fn t48_pdf_city_action_plan_with_year_columns() {
    assert_agreed_in(
        "tuning",
        "t48-pdf-city-action-plan-year-columns",
        "table",
        &[],
    );
    // (`到2027年实现规上工业企业数字化诊断全覆盖`, left out by the annotator, is drafted a
    // milestone since round 13, as 7 other such coverages of the annotated sets are.)
    assert_agreed_split(
        "tuning",
        "t48-pdf-city-action-plan-year-columns",
        "prose",
        // (Round 21 D: `建成市级工业互联网平台12个`, annotated level, is drafted ytd as 27 of 34
        // bare 建成 counts are annotated.)
        &["建成市级工业互联网平台12个"],
        &["数字化诊断全覆盖", "建成市级工业互联网平台12个"],
    );
}

/// `progress extract` on `text`, and the draft must pass `progress validate`.
fn extract_valid(text: &str) -> String {
    let draft = extract_text(text, &[]);
    let (_dir, path) = temp_file("draft.toml", &draft);
    let v = progress()
        .args(["validate", "--spec"])
        .arg(&path)
        .output()
        .unwrap();
    assert!(
        v.status.success(),
        "{}\n{draft}",
        String::from_utf8_lossy(&v.stderr)
    );
    draft
}

/// Round 10: a figure cut at the end of its line, its last digits at the start of the next
/// (`≤2⏎6`, `１６⏎００` under its column), in a table with a 单位 column: the unit cell counts
/// among the row's cells, so joining the pieces gives the row its columns; the goal is 26
/// (nearer the base 29 than 2), the row keeps its name and unit, and the draft validates
/// (before: two cells, the row named by its unit, no unit, a draft that did not validate).
#[test]
fn a_figure_cut_at_a_line_end_beside_a_unit_column_is_one_number() {
    let draft = extract_valid(
        "表1  主要指标\n类别    指标                          单位         2025年    2030年     属性\n环境    细颗粒物（PM2.5）平均浓度     微克/立方米  29        ≤2\n6          约束性\n        内河高等级航道里程            公里         １３２０    １６\n                                                                ００       预期性\n",
    );
    assert!(draft.contains("value = 26\n"), "{draft}");
    assert!(draft.contains("value = 1600\n"), "{draft}");
    assert!(draft.contains("unit = \"微克/立方米\""), "{draft}");
    assert!(
        draft.contains("name = { zh = \"内河高等级航道里程\""),
        "{draft}"
    );
    assert_eq!(draft.matches("[[target]]").count(), 2, "{draft}");
}

/// Round 10: the joined figure must lie nearer the row's base figure than the first piece:
/// `7⏎12` beside a base of 6.5 is not 712, though one number would give the row its count.
#[test]
fn a_cut_figure_far_from_its_base_is_two_cells() {
    let draft = extract_text(
        "表1  主要指标\n指标                单位   2025年   2030年   属性\n研发经费投入强度    %      6.5      7\n12  预期性\n",
        &[],
    );
    assert!(!draft.contains("value = 712"), "{draft}");
}

/// Round 10: an indicator's name wrapped over two lines beside a 类别 column printed a few
/// characters a line (`绿色  …二氧⏎安全  化碳排放降低  ％  …`) is one row named by the whole
/// name; the category is not part of it (before: a false assessed row `绿色` and a row named
/// `化碳排放降低`).
#[test]
fn a_name_wrapped_beside_its_category_is_one_row_not_two() {
    let draft = extract_valid(
        "表1  主要指标\n类别   指标                            单位      2025年         2030年          属性\n绿色   营运车辆单位运输周转量二氧\n安全   化碳排放降低                    ％        〔８．２〕      〔１０〕        约束性\n       城市新能源公交车占比            ％        ８６            ≥９５           预期性\n",
    );
    assert_eq!(draft.matches("[[target]]").count(), 2, "{draft}");
    assert!(
        draft.contains("name = { zh = \"营运车辆单位运输周转量二氧化碳排放降低\""),
        "{draft}"
    );
    assert!(!draft.contains("measure = \"assessed\""), "{draft}");
    assert!(draft.contains("value = -10"), "{draft}");
}

/// Round 10: a PDF copy at single spaces whose header names its goal columns once
/// (`基期值 年度目标值`) over a line of years (`（2025年） 2026年 2027年 2028年`) has one goal
/// column a year; a name printed above and below its 序号 line (`软件和信息技术服务业营业⏎6
/// 亿元 …⏎收入`) and a 牵头单位 cut at the row's end (`市市场监管⏎局`) are whole.
#[test]
fn a_pdf_header_with_its_years_below_gives_one_goal_a_year() {
    let draft = extract_valid(
        "附表\n主要指标年度目标\n序号 指标名称 单位 基期值 年度目标值 牵头单位\n（2025年） 2026年 2027年 2028年\n1 规上工业企业数字化改造覆盖率 % 58 70 85 100 市经信局\n软件和信息技术服务业营业\n2 亿元 260 300 345 400 市科技局\n收入\n3 工业产品质量抽检合格率 % 97.6 ≥98 ≥98 ≥98 市市场监管\n局\n",
    );
    assert_eq!(draft.matches("[[target]]").count(), 9, "{draft}");
    for d in ["2026-12-31", "2027-12-31", "2028-12-31"] {
        assert_eq!(
            draft.matches(&format!("deadline = {d}")).count(),
            3,
            "{d}\n{draft}"
        );
    }
    for v in [
        "value = 70\n",
        "value = 85\n",
        "value = 100\n",
        "value = 300\n",
        "value = 400\n",
    ] {
        assert!(draft.contains(v), "{v}\n{draft}");
    }
    assert!(draft.contains("软件和信息技术服务业营业收入"), "{draft}");
    assert_eq!(
        draft.matches("owner = [\"市市场监管局\"]").count(),
        3,
        "{draft}"
    );
    assert_eq!(draft.matches("measure = \"ytd\"").count(), 3, "{draft}");
    assert!(!draft.contains("measure = \"assessed\""), "{draft}");
}

/// Round 10: a name wrapped after its 序号 (`1  县域农产品冷链物流⏎   覆盖率  %  ６５  ≥８５`),
/// its tail with no unit parenthesis, is one row (before: a false assessed row and a row
/// named `覆盖率`).
#[test]
fn a_name_wrapped_after_its_serial_is_one_row() {
    let draft = extract_valid(
        "表1  主要指标\n序号  指标                   单位    2025年    2030年    属性\n1   县域农产品冷链物流\n    覆盖率                 %      ６５      ≥８５     预期性\n2   农产品加工转化率       %      ７０      ７５      预期性\n",
    );
    assert_eq!(draft.matches("[[target]]").count(), 2, "{draft}");
    assert!(
        draft.contains("name = { zh = \"县域农产品冷链物流覆盖率\""),
        "{draft}"
    );
    assert!(!draft.contains("measure = \"assessed\""), "{draft}");
}

/// Round 10: a short piece of a name under a row that opens with its category, beside the
/// category's rest (`农民  …覆盖农村人口  %  ６２  ８５⏎生活  比例`), finishes that row; it is no
/// row of its own and no head of the next row's name.
#[test]
fn a_names_tail_beside_its_categorys_rest_finishes_the_row_above() {
    let draft = extract_valid(
        "表1  主要指标\n类别      指标                               单位    2025年    2030年    属性\n农民      农村规模化供水工程覆盖农村人口     %      ６２      ８５      预期性\n生活      比例\n          农产品加工转化率                   %      ７０      ７５      预期性\n",
    );
    assert_eq!(draft.matches("[[target]]").count(), 2, "{draft}");
    assert!(
        draft.contains("name = { zh = \"农村规模化供水工程覆盖农村人口比例\""),
        "{draft}"
    );
    assert!(
        draft.contains("name = { zh = \"农产品加工转化率\""),
        "{draft}"
    );
    assert!(!draft.contains("measure = \"assessed\""), "{draft}");
}

// ---- Round 10: speeches and meeting releases (t43–t44) ----

/// The score of the tuning passages t43–t44 (a county Party secretary's December speech at
/// the 经济工作会议 whose 明年 section heading dates its paragraphs; a city's mid-year 项目建设
/// 推进会 news release in reported speech), printed before their `assert_agreed_in` tests
/// (docs/extract.md, "Round 10: speeches and meeting releases"):
/// `cargo test --test extract_documents -- --ignored t43_t44_score --nocapture`
#[test]
#[ignore]
fn t43_t44_score() {
    score_names(
        "tuning",
        &[
            "t43-county-secretary-speech-next-year",
            "t44-city-project-meeting-release",
        ],
    );
}

#[test]
fn t43_county_secretary_s_december_speech_with_a_next_year_section() {
    assert_agreed_in(
        "tuning",
        "t43-county-secretary-speech-next-year",
        "prose",
        // A flow reached by a deadline years away: a judgement call since the eleventh set.
        &[
            "地区生产总值突破600亿元",
            // annotated `about` before the contract's soft bounds; drafted a floor with slack, real-plans §3
            "常住人口城镇化率达到63%左右",
        ],
    );
}

#[test]
fn t44_city_project_meeting_release_at_mid_year() {
    // Round 12: a dated coverage (`年内实现…5G-A网络连续覆盖`) is a milestone (`dated`); t44's
    // annotator, following round 10's convention, left it out.
    assert_agreed_split(
        "tuning",
        "t44-city-project-meeting-release",
        "prose",
        &[],
        &["年内实现县城以上区域5G-A网络连续覆盖"],
    );
}

fn field_of(ts: &[toml::Table], piece: &str, key: &str) -> String {
    with_quote(ts, piece)
        .get(key)
        .map(|v| v.to_string().trim_matches('"').to_string())
        .unwrap_or_default()
}

/// Round 10: a heading naming 明年 in a speech dated in December (`三、明年的主要目标和重点工作`)
/// dates every paragraph of its section, not its first only, and its sub-headings' too; 全年 /
/// 年度 inside it are that year's, and its counts the year's flows (heldout8b q2).
#[test]
fn a_next_year_heading_dates_its_whole_section() {
    let text = "在县委经济工作会议上的讲话\n（2025年12月24日）\n\n三、明年的主要目标和重点工作\n地区生产总值增长6%左右。\n坚持项目为王，全年新招引亿元以上产业项目45个以上，其中20亿元以上项目5个；滚动实施县级重点项目132个，年度完成投资165亿元以上。\n（一）城乡建设\n新建改造农村公路60公里，生态环境质量持续改善，安全生产形势持续稳定。\n四、统筹抓好岁末年初各项工作\n确保今年各项目标任务圆满收官。\n";
    let ts = targets_no_year(text);
    assert_eq!(ts.len(), 8, "{ts:#?}");
    for t in &ts {
        assert_eq!(t["deadline"].to_string(), "2026-12-31", "{t:#?}");
    }
    for piece in [
        "项目45个以上",
        "项目5个",
        "项目132个",
        "165亿元",
        "公路60公里",
    ] {
        assert_eq!(field_of(&ts, piece, "measure"), "ytd", "{piece}");
    }
    for piece in ["生态环境质量持续改善", "安全生产形势持续稳定"] {
        assert_eq!(field_of(&ts, piece, "measure"), "assessed", "{piece}");
    }
    // The same section with no 明年 in its paragraphs: the heading alone dates them.
    let text = "在县委经济工作会议上的讲话\n（2025年12月24日）\n\n三、明年重点工作\n全年新建5G基站350个，改造城镇老旧小区30个。\n";
    let ts = targets_no_year(text);
    assert_eq!(ts.len(), 2, "{ts:#?}");
    for t in &ts {
        assert_eq!(t["deadline"].to_string(), "2026-12-31", "{t:#?}");
    }
}

/// Round 10: in a speech dated the year before its goals, a heading about this year with no
/// task in it (`一、今年经济工作成效明显`) reviews the year: nothing in its section is proposed,
/// `超年度计划7个百分点` included, and the next heading ends it.
#[test]
fn a_this_year_heading_without_tasks_in_a_december_speech_is_a_review() {
    let text = "在县委经济工作会议上的讲话\n（2025年12月24日）\n\n一、今年经济工作成效明显\n今年以来，经济运行稳中有进。\n（一）项目攻坚有力有效。实施县级重点项目108个，完成投资134亿元，超年度计划7个百分点。新增规上工业企业46家，城镇调查失业率控制在5%以内。\n二、明年的主要目标\n明年全县经济社会发展的主要预期目标是：地区生产总值增长6%左右。\n";
    let ts = targets_no_year(text);
    assert_eq!(ts.len(), 1, "{ts:#?}");
    assert_eq!(ts[0]["deadline"].to_string(), "2026-12-31");
}

/// Round 10: `占年度计划的…%` / `超年度计划` name the plan a result is measured against: 计划
/// there does not turn a report opened by `会议指出，今年以来，…` to the future.
#[test]
fn a_plan_measured_against_does_not_turn_a_report() {
    let text = "全市重大项目建设推进会召开\n发布时间：2026-07-15 09:12\n7月14日，全市重大项目建设推进会召开。\n会议指出，今年以来，全市重大项目完成投资468.5亿元，占年度计划的52.1%；新开工项目87个，竣工投产项目41个。\n";
    let ts = targets_no_year(text);
    assert!(ts.is_empty(), "{ts:#?}");
}

/// Round 10: 上半年 in a release dated July is over: `上半年，全市…` after `会议指出，今年以来…`
/// reports; 下半年 and 全年 goals after `会议强调` are proposed, a signed count (新签约) too.
#[test]
fn the_first_half_in_a_july_release_is_reported() {
    let text = "全市重大项目建设推进会召开\n发布时间：2026-07-15 09:12\n7月14日，全市重大项目建设推进会召开。\n会议指出，今年以来，全市重大项目建设实现“时间过半、任务过半”。上半年，全市326个市级重大项目完成投资468.5亿元，占年度计划的52.1%；新开工项目87个；全市固定资产投资同比增长6.8%。\n会议强调，确保全年市级重大项目完成投资900亿元以上。\n三是狠抓招商引资。下半年新签约亿元以上项目80个，其中10亿元以上项目15个。\n";
    let ts = targets_no_year(text);
    assert_eq!(ts.len(), 3, "{ts:#?}");
    assert_eq!(field_of(&ts, "900亿元以上", "deadline"), "2026-12-31");
    for piece in ["项目80个", "项目15个"] {
        assert_eq!(field_of(&ts, piece, "measure"), "ytd", "{piece}");
        assert_eq!(field_of(&ts, piece, "start"), "2026-07-01", "{piece}");
        assert_eq!(field_of(&ts, piece, "deadline"), "2026-12-31", "{piece}");
    }
}

/// Round 10: a milestone word named as a line of work (`二是狠抓竣工投产。`) is no milestone;
/// the count that follows is the target. A list mark is no name of a goal in words
/// (`（四）持续改善生态环境` heads a task).
#[test]
fn a_line_of_work_and_a_task_heading_propose_no_goal_of_their_own() {
    let text = "全市重大项目建设推进会召开\n发布时间：2026-07-15 09:12\n会议要求，要抓好五个方面：二是狠抓竣工投产。年内建成投产项目100个以上。\n（四）持续改善生态环境。PM2.5平均浓度控制在28微克/立方米以内。\n";
    let ts = targets_no_year(text);
    assert_eq!(ts.len(), 2, "{ts:#?}");
    assert!(
        ts.iter().all(|t| t["measure"].as_str() != Some("milestone")
            && t["measure"].as_str() != Some("assessed")),
        "{ts:#?}"
    );
}

/// Round 10: a heading of this year's work in a mid-year speech (`二、下半年重点工作`) makes its
/// section one year's work: a count with no window of its own is the year's flow, a goal in
/// words with none a promise; the review section before it proposes nothing.
#[test]
fn a_second_half_heading_makes_its_section_the_year_s_work() {
    let text = "在全市上半年经济形势分析会上的讲话\n（2026年7月16日）\n\n一、上半年经济运行情况\n上半年，全市实施市级重点项目108个，完成投资468亿元。\n二、下半年重点工作\n坚持项目为王，滚动实施市级重点项目120个；统筹发展和安全，安全生产形势持续稳定。\n";
    let ts = targets_no_year(text);
    assert_eq!(ts.len(), 2, "{ts:#?}");
    assert_eq!(field_of(&ts, "项目120个", "measure"), "ytd");
    assert_eq!(field_of(&ts, "项目120个", "deadline"), "2026-12-31");
    assert_eq!(field_of(&ts, "持续稳定", "measure"), "assessed");
}

/// Round 10 (heldout4a a3): in a section of the year's work (`三、…确保全年目标任务圆满完成`) a
/// bottom line with no window of its own is the year's promise, assessed; `开工一批、投产一批`
/// is a slogan of batches, no milestone.
#[test]
fn a_bottom_line_in_the_year_s_section_and_a_slogan_of_batches() {
    let text = "在县委经济工作会议上的讲话\n（2025年2月10日）\n\n三、聚焦重点、狠抓落实，确保全年目标任务圆满完成\n\n第一，要牢牢扭住项目建设。全年招引亿元以上产业项目30个以上，做到开工一批、投产一批、储备一批。\n第二，巩固拓展脱贫攻坚成果，坚决守住不发生规模性返贫底线。\n";
    let ts = targets_no_year(text);
    assert_eq!(ts.len(), 2, "{ts:#?}");
    assert_eq!(field_of(&ts, "返贫底线", "measure"), "assessed");
    assert_eq!(field_of(&ts, "返贫底线", "deadline"), "2025-12-31");
    assert_eq!(field_of(&ts, "项目30个以上", "measure"), "ytd");
}

/// Round 10: in a December text, 全年 after 明年 in the same sentence is the next year's
/// (`会议强调，明年要…，全年新增…`), and `明年，…主要预期目标是：` (明年 a clause of its own)
/// makes the next year the text's goal year, for the sentences after it too.
#[test]
fn next_year_named_before_the_whole_year_or_the_target_list_dates_them() {
    let text = "全县经济工作会议召开\n发布时间：2025-12-20 10:00\n\n会议强调，明年要稳中求进，全年新增城镇就业1.2万人以上。\n";
    let ts = targets_no_year(text);
    assert_eq!(field_of(&ts, "1.2万人以上", "deadline"), "2026-12-31");
    let text = "在县委经济工作会议上的讲话\n（2025年12月24日）\n\n明年，全县经济社会发展的主要预期目标是：地区生产总值增长6%左右。\n全年新建5G基站350个。\n";
    let ts = targets_no_year(text);
    assert_eq!(ts.len(), 2, "{ts:#?}");
    for t in &ts {
        assert_eq!(t["deadline"].to_string(), "2026-12-31", "{t:#?}");
    }
}

/// Round 10: the score of the tuning passages t51–t52 (a city's mid-year report, 上半年
/// results beside 下半年 / 全年 goals; a county's year-end review with its 十四五 results and a
/// short 下一步工作打算), printed before their `assert_agreed_in` tests (docs/extract.md,
/// "Round 10: past results mixed with goals"):
/// `cargo test --test extract_documents -- --ignored t51_t52_score --nocapture`
#[test]
#[ignore]
fn t51_t52_score() {
    score_names(
        "tuning",
        &[
            "t51-city-midyear-report",
            "t52-county-annual-review-next-steps",
        ],
    );
}

/// Round 10: the mid-year report t51: every annotation proposed, nothing else, no 上半年
/// result quoted.
#[test]
fn t51_city_midyear_report() {
    assert_agreed_in("tuning", "t51-city-midyear-report", "prose", &[]);
}

/// Round 10: the county's year-end review t52: its 十四五 results never proposed, next year's
/// goals due at the end of next year.
#[test]
fn t52_county_annual_review_next_steps() {
    assert_agreed_in(
        "tuning",
        "t52-county-annual-review-next-steps",
        "prose",
        &[],
    );
}

/// Round 10: a heading that says how things stand (`一、“十四五”规划主要目标完成情况`, ending
/// in 情况, naming nothing to come) opens results, whatever plan or goals it names; a year-end
/// text's `明年…主要预期目标是：` makes the year after its date the goal year; `“十四五”以来，`
/// opening a sentence reports.
#[test]
fn a_heading_on_how_things_stand_reports_and_next_year_s_list_sets_the_goal_year() {
    let text = extract_text(
        "某县2025年工作总结和2026年工作思路\n（2025年12月18日）\n一、“十四五”规划主要目标完成情况\n　　全县研发经费投入强度提高到2.35%。城镇登记失业率保持在3.5%以内。\n二、工作打算\n　　“十四五”以来，全县累计新增城镇就业3.3万人。\n　　明年全县经济社会发展的主要预期目标是：地区生产总值增长6%左右，城镇登记失业率控制在4%以内。\n",
        &[],
    );
    for past in ["2.35%", "3.5%", "3.3万人"] {
        assert!(!text.contains(past), "{past}: {text}");
    }
    assert_eq!(text.matches("[[target]]").count(), 2, "{text}");
    assert_eq!(text.matches("deadline = 2026-12-31").count(), 2, "{text}");
}

/// Round 10: a mid-year report dated July. A heading naming only the half-year now over
/// (`一、上半年主要工作`) opens results; in the goals, the half-year's figure beside the year's
/// goal (`上半年增长5.8%`) is reported; the balance of a goal just drafted (`下半年还需完成
/// 63.3亿元`) is no goal; 全年 / 四季度 opening a clause after a status report of the months so
/// far (`截至6月底，…已有…`) look forward while the year runs; a share of the year's plan
/// (`占年度计划的56.5%`) is progress; a 工作安排's works are the year's flow.
#[test]
fn a_mid_year_report_proposes_the_year_s_goals_and_none_of_the_half_year_s_results() {
    let text = extract_text(
        "某市关于2026年上半年工作情况和下半年工作安排的报告\n——2026年7月16日在市人大常委会会议上\n一、上半年主要工作\n　　全市重点项目完成投资486亿元。新开工亿元以上项目68个。\n二、下半年工作安排\n　　全年地区生产总值预期目标为增长6%左右，上半年增长5.8%，下半年将全力追赶进度。一般公共预算收入完成132亿元，下半年还需完成63.3亿元。\n　　截至6月底，全市已有276个重点项目开工建设。全年完成重点项目投资860亿元以上，四季度完成冬春造林3万亩。\n　　重点项目完成投资320亿元，占年度计划的37.2%。\n",
        &[],
    );
    for past in [
        "486亿元",
        "68个",
        "5.8%",
        "63.3亿元",
        "276个",
        "37.2%",
        "320亿元",
    ] {
        assert!(!text.contains(past), "{past}: {text}");
    }
    for goal in [
        "value = 6\n",
        "value = 132\n",
        "value = 860\n",
        "value = 3\n",
    ] {
        assert!(text.contains(goal), "{goal}: {text}");
    }
    assert_eq!(text.matches("[[target]]").count(), 4, "{text}");
    assert_eq!(text.matches("deadline = 2026-12-31").count(), 4, "{text}");
    assert_eq!(text.matches("measure = \"ytd\"").count(), 3, "{text}");
}

/// Round 10, what the mid-year rules leave alone: a heading on the first half-year in a text
/// dated January is a plan for it (its count proposed); in a January text, 全年 after a status
/// report of the year before stays that year's; a balance with no goal before it in its
/// sentence is read as usual.
#[test]
fn the_mid_year_rules_leave_january_texts_and_lone_balances_alone() {
    let text = extract_text(
        "某市2026年工作要点\n（2026年1月20日）\n一、上半年主要工作\n　　新开工亿元以上项目68个。\n二、全年工作\n　　截至2025年底，全市累计建成5G基站1.3万个。全年新增城镇就业1.2万人。\n　　下半年还需新开工重点项目30个以上。\n",
        &[],
    );
    assert!(text.contains("value = 68"), "{text}");
    assert!(
        !text.contains("1.2万人") && !text.contains("value = 1.2"),
        "{text}"
    );
    assert!(text.contains("value = 30"), "{text}");
}

/// Round 10: a year-end summary dated December whose title names next year's plan
/// (`…2025年工作总结和2026年工作计划`) sets that year's goals: the summary's figures (a
/// heading naming the year before, no status word) are results, the plan's due in 2026.
#[test]
fn a_title_naming_next_year_s_work_plan_makes_the_summary_results() {
    let text = extract_text(
        "青山县2025年工作总结和2026年工作计划\n（2025年12月20日）\n一、2025年主要工作成效\n　　全年实现地区生产总值386亿元，增长6.2%。城镇登记失业率控制在3.2%以内。新增学位5400个。\n二、2026年工作计划\n　　2026年，全县地区生产总值增长6%左右。新增规模以上工业企业30家以上，新增学位3000个。\n",
        &[],
    );
    for past in ["386亿元", "6.2%", "3.2%", "5400个"] {
        assert!(!text.contains(past), "{past}: {text}");
    }
    assert_eq!(text.matches("[[target]]").count(), 3, "{text}");
    assert_eq!(text.matches("deadline = 2026-12-31").count(), 3, "{text}");
}

/// Round 10: places named as where a task is done (`在沿江5个市集中布局`) are its scope, not
/// a goal; the task's own figure in the same sentence is still read.
#[test]
fn places_where_a_task_is_done_are_no_goal() {
    let text = extract_text(
        "到2028年，推动储能项目在沿江5个市集中布局，建成储能电站30座以上。\n",
        &["--year", "2026"],
    );
    assert!(!text.contains("5个市"), "{text}");
    assert!(text.contains("value = 30"), "{text}");
}

/// Round 10: a release on the half-year's figures dated July: the report opened by 今年以来 /
/// 上半年 goes on over the next paragraph, which has no status word of its own, until a
/// clause looks forward (`下半年，全市将…`); in a text dated January the same paragraph is
/// read as goals (the carry stops at the paragraph, as before).
#[test]
fn a_report_of_the_year_so_far_carries_over_its_paragraphs_while_the_year_runs() {
    let body = "　　今年以来，全市经济运行稳中向好。上半年，全市实现地区生产总值1286.4亿元，同比增长5.8%。\n　　全市新开工亿元以上项目68个，空气质量优良天数比率达到84.6%。\n　　下半年，全市将确保地区生产总值全年增长6%左右，全年新开工亿元以上项目120个以上。\n";
    let text = extract_text(
        &format!("上半年全市经济运行稳中向好\n发布时间：2026-07-22\n{body}"),
        &[],
    );
    for past in ["1286.4亿元", "5.8%", "68个", "84.6%"] {
        assert!(!text.contains(past), "{past}: {text}");
    }
    assert_eq!(text.matches("[[target]]").count(), 2, "{text}");
    let text = extract_text(
        &format!("全市经济工作安排\n发布时间：2026-01-22\n{body}"),
        &[],
    );
    assert!(text.contains("68个"), "{text}");
}

/// Round 10: a text whose title reviews a plan (`…“十四五”规划实施情况总结评估报告`), dated in
/// the plan's last year: `“十四五”时期，` / `“十四五”期间，` opening a sentence report its
/// results though the plan is not over; the next plan's goal after 下一步 is drafted.
#[test]
fn a_plan_review_s_period_openers_report_results_in_the_plan_s_last_year() {
    let text = extract_text(
        "青岚县“十四五”规划实施情况总结评估报告\n（2025年11月10日）\n　　“十四五”时期，全县地区生产总值年均增长7.1%，城镇登记失业率控制在3.5%以内。\n　　“十四五”期间，累计新增城镇就业3.3万人。\n　　下一步，力争到2030年地区生产总值突破500亿元。\n",
        &[],
    );
    for past in ["7.1%", "3.5%", "3.3万人"] {
        assert!(!text.contains(past), "{past}: {text}");
    }
    assert_eq!(text.matches("[[target]]").count(), 1, "{text}");
    assert!(text.contains("value = 500"), "{text}");
}

/// Round 10: a title ending in 情况 (`某市2026年上半年工作情况`) names the whole text: it opens
/// no results section (only a numbered heading on how things stand does), and 下半年 opening
/// a sentence in a July text turns to the rest of the year's goals.
#[test]
fn a_title_on_the_half_year_keeps_the_goals_for_the_rest_of_the_year() {
    let text = extract_text(
        "某市2026年上半年工作情况\n（2026年7月12日）\n　　上半年，全市实现地区生产总值1286.4亿元，同比增长5.8%。新开工亿元以上项目68个。\n　　下半年，全市上下要锚定全年目标，确保全年城镇新增就业6万人以上，年底前新建5G基站1500个。\n",
        &[],
    );
    for past in ["1286.4亿元", "5.8%", "68个"] {
        assert!(!text.contains(past), "{past}: {text}");
    }
    assert_eq!(text.matches("[[target]]").count(), 2, "{text}");
    assert_eq!(text.matches("deadline = 2026-12-31").count(), 2, "{text}");
}

/// Round 10: a December summary whose heading plans next year (`二、明年工作打算`): next year
/// is its goal year, and `今年，…增长6.2%，…` with no forward word reports the date's year.
#[test]
fn this_year_in_a_december_summary_that_plans_next_year_is_reported() {
    let text = extract_text(
        "某县2025年工作总结\n（2025年12月5日）\n一、主要工作\n　　今年，全县地区生产总值增长6.2%，新增规模以上工业企业32家，城镇登记失业率控制在3.2%以内。\n二、明年工作打算\n　　明年，全县地区生产总值增长6%左右，新增规模以上工业企业30家以上。\n",
        &[],
    );
    for past in ["6.2%", "32家", "3.2%"] {
        assert!(!text.contains(past), "{past}: {text}");
    }
    assert_eq!(text.matches("[[target]]").count(), 2, "{text}");
    assert_eq!(text.matches("deadline = 2026-12-31").count(), 2, "{text}");
}

// ---- Round 11, tuner C: tables with rate and progress columns (t57, t58) ----

/// `cargo test --test extract_documents -- --ignored t57_t58_score --nocapture`
#[test]
#[ignore]
fn t57_t58_score() {
    score_names(
        "tuning",
        &[
            "t57-ocr-city-15th-fyp-indicator-table",
            "t58-city-midyear-economy-report-tables",
        ],
    );
}

/// Round 11: t57, an OCR'd 十五五 outline chapter with a 年均增长 column: every table row
/// (a quantity's goal-year level and its 年均增长 rate both), the prose goals and their
/// restatement in 指标说明. `保持全省前列` (a place with no number) is not read.
#[test]
fn t57_ocr_city_15th_fyp_indicator_table() {
    assert_agreed_in(
        "tuning",
        "t57-ocr-city-15th-fyp-indicator-table",
        "prose",
        // (到2030年达到6500亿元, the GDP: a flow reached by a deadline years away, a
        // judgement call since the eleventh set, as the two table rows.)
        &["中欧班列开行量保持全省前列", "到2030年达到6500亿元"],
    );
    assert_agreed_in(
        "tuning",
        "t57-ocr-city-15th-fyp-indicator-table",
        "table",
        &["地区生产总值", "社会消费品零售总额"],
    );
}

/// Round 11: t58, a mid-year report with a 全年目标 / 1—6月完成 / 完成进度 table and a
/// three-year table in GW, GWh, MW and 亿kWh: only the goal columns are read.
#[test]
fn t58_city_midyear_economy_report_tables() {
    // Round 12: a dated task with no figure is a milestone (`dated`); t58's annotator left
    // `9月底前完成…主体施工` out, as t51 did, by round 10's convention.
    assert_agreed_split(
        "tuning",
        "t58-city-midyear-economy-report-tables",
        "prose",
        // A flow reached by a deadline years away: a judgement call since the eleventh set.
        &["储能产业营业收入突破600亿元"],
        &[
            "9月底前完成储能电池二期项目主体施工",
            "储能产业营业收入突破600亿元",
        ],
    );
    assert_agreed_in(
        "tuning",
        "t58-city-midyear-economy-report-tables",
        "table",
        &[],
    );
}

/// Round 11: a quantity's 年均增长 cell beside its goal-year level is a second target, the
/// average annual growth over the window; a rate's row (%), a fall and a 〔〕 sum are not.
#[test]
fn a_mean_growth_cell_beside_a_goal_year_level_is_a_second_target() {
    let ts = targets_of(
        "某市“十五五”规划纲要\n表1　主要指标\n指标\t单位\t2025年\t2030年\t年均增长（%）\t属性\n地区生产总值\t亿元\t4860\t6500\t6左右\t预期性\n常住人口城镇化率\t%\t68.2\t72\t—\t预期性\n内河航道里程\t公里\t512\t760\t〔248〕\t预期性\n单位地区生产总值能耗降低\t%\t—\t—\t〔13〕\t约束性\n",
        "2026",
    );
    let gdp: Vec<&toml::Table> = ts
        .iter()
        .filter(|t| t["quote"].as_str().unwrap().contains("地区生产总值\t亿元"))
        .collect();
    assert_eq!(gdp.len(), 2, "{ts:#?}");
    // (The GDP in 2030: that year's flow since the eleventh set.)
    assert_eq!(gdp[0]["measure"].as_str(), Some("ytd"));
    assert_eq!(gdp[1]["measure"].as_str(), Some("growth"));
    assert_eq!(gdp[1]["rule"].as_str(), Some("about"));
    assert_eq!(gdp[1]["over"].as_str(), Some("window"));
    assert_eq!(gdp[1]["aggregate"].as_str(), Some("average"));
    assert_eq!(gdp[1]["unit"].as_str(), Some("%"));
    assert_eq!(gdp[1]["class"].as_str(), Some("expected"));
    assert_eq!(gdp[1]["deadline"].to_string(), "2030-12-31");
    assert_eq!(ts.len(), 5, "{ts:#?}");
}

/// Round 11: a 全年目标 column's year from the table's title above a blank line, else the
/// text's year; a flow there is the year's (ytd), and the 1—6月完成 / 完成进度 columns are
/// never read.
#[test]
fn an_annual_goal_column_takes_its_year_from_a_title_above_a_blank_line() {
    for title in [
        "2027年主要经济指标目标及1—6月完成情况\n\n",
        "主要经济指标完成情况\n\n",
    ] {
        let text = format!(
            "关于2027年上半年经济运行情况的报告\n（2027年7月24日）\n附表1\n\n{title}序号\t指标名称\t单位\t全年目标\t1—6月完成\t完成进度（%）\n1\t固定资产投资\t亿元\t1180\t632.5\t53.6\n2\t城镇调查失业率\t%\t≤5.5\t5.2\t—\n"
        );
        let ts = targets_of(&text, "2027");
        assert_eq!(ts.len(), 2, "{ts:#?}");
        assert_eq!(ts[0]["measure"].as_str(), Some("ytd"), "{ts:#?}");
        assert_eq!(ts[0]["value"].as_integer(), Some(1180));
        assert_eq!(ts[1]["measure"].as_str(), Some("level"));
        for t in &ts {
            assert_eq!(t["deadline"].to_string(), "2027-12-31", "{t:#?}");
        }
    }
}

/// Round 11: a Latin unit right after a figure (`2GW`, `60GWh`, `200MW`) ends it; letters
/// that go on into a name (`5G基站`) do not. A unit per head (`24万元/人`) is one unit.
#[test]
fn latin_units_and_units_per_head_right_after_a_figure() {
    let text = extract_text(
        "关于2027年工作的报告\n年底前新型储能装机规模达到2GW，储能电池产能达到60GWh，可调节负荷达到200MW，建成5G基站1000个，全员劳动生产率达到24万元/人。\n",
        &[],
    );
    for u in [
        "unit = \"GW\"",
        "unit = \"GWh\"",
        "unit = \"MW\"",
        "unit = \"个\"",
        "unit = \"万元/人\"",
    ] {
        assert!(text.contains(u), "{u}: {text}");
    }
    assert_eq!(text.matches("[[target]]").count(), 5, "{text}");
}

/// Round 11: a dash item's title (`——生态环境持续改善。`) is no goal of its own; a figure
/// compared with (`与“十四五”时期年均增长11.2%相比`) is none either, nor is a state looked at
/// (`…投产情况`).
#[test]
fn an_item_title_a_base_of_comparison_and_a_state_looked_at_are_no_goals() {
    let text = extract_text(
        "某市国民经济和社会发展第十五个五年规划纲要\n第二节　主要目标\n——生态环境持续改善。森林覆盖率达到44%。\n第三节　指标说明\n高新技术企业数年均增长9.7%，与“十四五”时期年均增长11.2%相比有所放缓，主要考虑产业项目接续投产情况。\n",
        &[],
    );
    for not in ["——生态环境持续改善", "11.2", "投产情况"] {
        assert!(!text.contains(not), "{not}: {text}");
    }
    assert_eq!(text.matches("[[target]]").count(), 2, "{text}");
    // An undated plan outline's goals are the plan's, whatever years its vision or its
    // reviews name (展望2035年, 2028年中期评估).
    assert_eq!(text.matches("deadline = 2030-12-31").count(), 2, "{text}");
}

/// Round 11: a goal repeated word for word under a later heading is drafted once; an
/// undated plan outline's 展望2035年 and 2028年 mid-term review do not move its deadlines.
#[test]
fn a_goal_repeated_under_a_later_heading_is_drafted_once() {
    let text = extract_text(
        "某市国民经济和社会发展第十五个五年规划纲要\n第二节　主要目标\n展望2035年，基本实现现代化。\n地区生产总值年均增长6%左右。\n第三节　指标说明\n地区生产总值年均增长6%左右，主要考虑潜在增长水平。\n第四节　推进机制\n2028年开展规划实施中期评估。\n",
        &[],
    );
    assert_eq!(text.matches("[[target]]").count(), 1, "{text}");
    assert!(text.contains("deadline = 2030-12-31"), "{text}");
}

/// Round 11: 其中下半年需完成… after the year's goal in the same unit is its balance.
#[test]
fn what_the_second_half_needs_to_do_is_a_balance() {
    let text = extract_text(
        "关于2027年上半年经济运行情况的报告\n（2027年7月24日）\n二、下半年工作安排\n全年完成固定资产投资1180亿元，其中下半年需完成547.5亿元。\n",
        &[],
    );
    assert!(!text.contains("547.5"), "{text}");
    assert_eq!(text.matches("[[target]]").count(), 1, "{text}");
}

/// Round 11: electricity traded in a year (`绿电交易电量`, 亿kWh) is a flow: each year
/// column is that year's ytd.
#[test]
fn electricity_traded_in_year_columns_is_the_year_s_flow() {
    let ts = targets_of(
        "某市新型储能产业发展三年行动（2027—2029年）\n序号\t指标\t单位\t2026年基数\t2027年\t2028年\t2029年\t责任单位\n1\t绿电交易电量\t亿kWh\t12\t15\t18\t22\t市发展改革委\n",
        "2027",
    );
    assert_eq!(ts.len(), 3, "{ts:#?}");
    for t in &ts {
        assert_eq!(t["measure"].as_str(), Some("ytd"), "{t:#?}");
        assert_eq!(t["unit"].as_str(), Some("亿kWh"));
    }
}

/// Round 11: the score of the tuning passages t55–t56 (a provincial department's 工作要点
/// with its tab-separated 重点任务分解表; a county meeting's news release with a task table
/// copied with runs of spaces), printed before their `assert_agreed_in` tests
/// (docs/extract.md, "Round 11: work points and meeting releases with task tables"):
/// `cargo test --test extract_documents -- --ignored t55_t56_score --nocapture`
#[test]
#[ignore]
fn t55_t56_score() {
    score_names(
        "tuning",
        &[
            "t55-province-commerce-work-points-task-table",
            "t56-county-meeting-release-space-table",
        ],
    );
}

/// Round 11: the provincial department's work points t55: every annotation proposed, nothing
/// else, no past result quoted; the task table's owners are its 牵头单位 then 配合单位.
#[test]
fn t55_province_commerce_work_points_prose() {
    assert_agreed_in(
        "tuning",
        "t55-province-commerce-work-points-task-table",
        "prose",
        &[],
    );
}

/// Round 11: t55's 重点任务分解表. `实现…全覆盖`, annotated a milestone, is drafted one since
/// round 12 (a task table's goal cell finishing something: `dated::done_cell`).
#[test]
fn t55_province_commerce_work_points_table() {
    assert_all_in("tuning", "t55-province-commerce-work-points-task-table");
}

/// Round 11: the county meeting's release t56: 会议认为 results never proposed, 会议强调 goals
/// all, the space-aligned task table's rows with their owners and deadlines.
#[test]
fn t56_county_meeting_release_space_table() {
    assert_all("t56-county-meeting-release-space-table");
}

fn drafted(text: &str) -> Vec<toml::Table> {
    let t: toml::Table = toml::from_str(&extract_text(text, &[])).unwrap();
    t.get("target")
        .and_then(|x| x.as_array())
        .map(|a| a.iter().map(|x| x.as_table().unwrap().clone()).collect())
        .unwrap_or_default()
}

/// Round 11: `在2026年新增1130家的基础上，…` is what the goal builds on: its figure is no target
/// and its year no deadline of the goal after it.
#[test]
fn a_base_clause_is_a_result_and_dates_nothing() {
    let ts = drafted(
        "南嶂省商务厅2027年工作要点\n　　4．培育壮大外贸主体。在2026年新增1130家的基础上，继续扩大外贸企业队伍，力争有进出口实绩的外贸企业总数突破1.3万家。\n",
    );
    assert!(
        ts.iter()
            .all(|t| !t["quote"].as_str().unwrap().contains("1130家")),
        "{ts:#?}"
    );
    let t = with_quote(&ts, "总数突破1.3万家");
    assert_eq!(t["deadline"].to_string(), "2027-12-31");
    assert_eq!(ts.len(), 1, "{ts:#?}");
}

/// Round 11: `会议认为，…` in a release judges what was done (a report, even worded like a goal:
/// `控制在0.5‰以内`); a forward word after it turns it to goals, as after any report.
#[test]
fn a_meeting_s_judgement_opens_a_report() {
    let ts = drafted(
        "县政府召开常务会议 研究部署2027年重点工作\n　　会议认为，全县去年未发生较大以上森林火灾，森林火灾受害率控制在0.5‰以内，防控形势总体平稳。\n　　会议认为，2027年要确保地区生产总值增长6.5%左右。\n",
    );
    assert!(
        ts.iter()
            .all(|t| !t["quote"].as_str().unwrap().contains("0.5‰")),
        "{ts:#?}"
    );
    with_quote(&ts, "增长6.5%左右");
    assert_eq!(ts.len(), 1, "{ts:#?}");
}

/// Round 11: a running total in a year's work points (`累计建成…400个`) is the goal at the
/// year's end, a level; the title is the lines before the body's first sentence, so a plan
/// named there (`“十五五”规划`) does not make the text a plan of several years.
#[test]
fn a_running_total_in_a_year_s_work_points_is_a_goal() {
    let ts = drafted(
        "南嶂省商务厅2027年工作要点\n\n　　2027年是全面落实“十五五”规划承上启下的关键一年。\n　　2．完善城乡商业网络。实施县域商业建设行动，累计建成一刻钟便民生活圈400个，推动农村电商发展。\n",
    );
    let t = with_quote(&ts, "便民生活圈400个");
    assert_eq!(t["measure"].as_str(), Some("level"));
    assert_eq!(t["value"].as_integer(), Some(400));
    assert_eq!(t["deadline"].to_string(), "2027-12-31");
}

/// Round 11: a work list's events and outputs (`举办…30场`, `组织…200场次`, `形成…20项`) are
/// counted in its year; 场次 is one unit; `X新增N` is the year's flow; a goal in words in a
/// year's work text (`…形势保持平稳`) is the year's, assessed.
#[test]
fn events_outputs_and_additions_of_a_year_s_work_list_are_counted() {
    let ts = drafted(
        "南嶂省商务厅2027年工作要点\n　　7．全年举办重点外资招商活动30场。\n　　8．组织企业参加境外重点展会200场次。\n　　9．自贸试验区形成制度创新成果20项，海外仓面积新增20万平方米。\n　　12．压实行业监管责任，商务领域安全生产形势保持平稳，坚决遏制重特大事故发生。\n",
    );
    for (piece, unit) in [
        ("活动30场", "场"),
        ("展会200场次", "场次"),
        ("成果20项", "项"),
        ("新增20万平方米", "万平方米"),
    ] {
        let t = with_quote(&ts, piece);
        assert_eq!(t["measure"].as_str(), Some("ytd"), "{piece}");
        assert_eq!(t["unit"].as_str(), Some(unit), "{piece}");
        assert!(t.contains_key("value"), "{piece}");
    }
    let t = with_quote(&ts, "形势保持平稳");
    assert_eq!(t["measure"].as_str(), Some("assessed"));
    assert_eq!(ts.len(), 5, "{ts:#?}");
}

/// Round 11: `进入全国前30位的达到3家`: the rank picks out what is counted; the count is the goal,
/// no rank. `货物进出口总额稳中提质，力争增长4%`: the clause before names the figure.
#[test]
fn a_rank_of_what_is_counted_and_a_subject_stated_with_its_course() {
    let ts = drafted(
        "南嶂省商务厅2027年工作要点\n　　11．国家级经济技术开发区综合发展水平考核进入全国前30位的达到3家。\n　　网络零售额增长8%以上；货物进出口总额稳中提质，力争增长4%。\n",
    );
    let t = with_quote(&ts, "前30位的达到3家");
    assert_eq!(t["unit"].as_str(), Some("家"));
    assert!(
        ts.iter().all(|t| t["unit"].as_str() != Some("位")),
        "{ts:#?}"
    );
    let t = with_quote(&ts, "货物进出口总额稳中提质，力争增长4%");
    assert!(
        t["name"]["zh"]
            .as_str()
            .unwrap()
            .starts_with("货物进出口总额")
    );
    assert_eq!(ts.len(), 3, "{ts:#?}");
}

/// Round 11: a task table's goal cell that is a batch with no number (`形成一批高质量调研成果`)
/// is no target; the other rows keep their owners (牵头单位, then 配合单位).
#[test]
fn a_batch_with_no_number_in_a_task_table_is_no_goal() {
    let ts = drafted(
        "南嶂省商务厅2027年工作要点\n\n附件\n2027年重点任务分解表\n\n序号\t重点任务\t目标任务\t牵头单位\t配合单位\t完成时限\n1\t实施县域商业建设行动\t新建改造乡镇商贸中心60个\t流通发展处\t各市商务局\t2027年11月底前\n2\t加强调查研究\t形成一批高质量调研成果\t综合处\t各处室\t2027年12月底前\n",
    );
    assert!(
        ts.iter()
            .all(|t| !t["quote"].as_str().unwrap().contains("调研成果")),
        "{ts:#?}"
    );
    let t = with_quote(&ts, "商贸中心60个");
    assert_eq!(t["deadline"].to_string(), "2027-11-30");
    assert_eq!(t["owner"].as_array().unwrap().len(), 2, "{t:#?}");
    assert_eq!(ts.len(), 1, "{ts:#?}");
}

/// Round 11: a goal column with a year and no base beside columns of the year's progress
/// (`2027年目标  1—6月完成  完成进度（%）`) is the year's goal: a flow in it is the year's ytd;
/// a 完成时限 column is no progress column.
#[test]
fn a_dated_goal_column_beside_the_year_s_progress_is_the_year_s_goal() {
    let ts = targets_of(
        "关于2027年上半年经济运行情况的报告\n附表\n序号\t指标\t单位\t2027年目标\t1—6月完成\t完成进度（%）\n1\t固定资产投资\t亿元\t1180\t632.5\t53.6\n2\t规模以上工业增加值增速\t%\t7\t7.4\t—\n",
        "2027",
    );
    assert_eq!(ts.len(), 2, "{ts:#?}");
    assert_eq!(ts[0]["measure"].as_str(), Some("ytd"), "{ts:#?}");
    assert_eq!(ts[0]["value"].as_integer(), Some(1180));
    assert_eq!(ts[0]["start"].to_string(), "2027-01-01");
    assert_eq!(ts[1]["measure"].as_str(), Some("growth"));
}

/// Round 11: a mid-year table whose 全年目标 cells carry their words and units (`增长6%左右`,
/// `156亿元`, `5.5%以内`) and no 单位 column: each row's goal, quoted with its name; a bare
/// amount is a floor (the year's flow), never an assessed goal.
#[test]
fn goal_cells_with_words_and_units_in_a_mid_year_table() {
    let ts = targets_of(
        "关于2027年上半年经济运行情况的报告\n附表　主要经济指标完成情况\n指标\t全年目标\t1—6月\t同比增长（%）\n地区生产总值\t增长6%左右\t1536.8亿元\t5.7\n一般公共预算收入\t156亿元\t86.3亿元\t4.1\n城镇调查失业率\t5.5%以内\t5.2%\t—\n",
        "2027",
    );
    assert_eq!(ts.len(), 3, "{ts:#?}");
    assert!(ts[0]["quote"].as_str().unwrap().starts_with("地区生产总值"));
    assert_eq!(ts[0]["measure"].as_str(), Some("growth"));
    assert_eq!(ts[1]["measure"].as_str(), Some("ytd"), "{ts:#?}");
    assert_eq!(ts[1]["unit"].as_str(), Some("亿元"));
    assert_eq!(ts[1]["value"].as_integer(), Some(156));
    assert_eq!(ts[2]["rule"].as_str(), Some("at-most"));
    for t in &ts {
        assert_eq!(t["deadline"].to_string(), "2027-12-31", "{t:#?}");
    }
}

// ---- Round 11, tuner D: speeches and party-congress / mid-year reports (t59, t60) ----

/// The score of the tuning passages t59–t60 (a county Party secretary's speech at the 2027
/// economic work conference; a city Party congress report with 今后五年 goals to 2031 and its
/// 下半年 part), printed before their `assert_agreed_in` tests (docs/extract.md, "Round 11:
/// speeches and party-congress reports"):
/// `cargo test --test extract_documents -- --ignored t59_t60_score --nocapture`
#[test]
#[ignore]
fn t59_t60_score() {
    score_names(
        "tuning",
        &[
            "t59-county-secretary-economic-conference-2027",
            "t60-city-party-congress-report-2026",
        ],
    );
}

/// t59 (a county Party secretary's speech at the 2027 economic work conference), every prose
/// annotation the rules agree with (docs/extract.md, "Round 11: speeches and party-congress
/// reports"). Left: `…实现“双下降”` (two figures, no number) is not drafted.
/// (`县级重点项目安排120个` is drafted since round 12's counted verbs.)
#[test]
fn t59_county_secretary_s_speech_at_the_2027_economic_work_conference() {
    assert_agreed_in(
        "tuning",
        "t59-county-secretary-economic-conference-2027",
        "prose",
        // (…迈上500亿元台阶: a flow reached by a deadline years away, a judgement call since
        // the eleventh set.)
        &[
            "安全生产事故起数和死亡人数实现“双下降”",
            "全县地区生产总值要迈上500亿元台阶",
        ],
    );
}

/// t60 (a city Party congress report of September 2026: 过去五年, 今后五年 to 2031, 十五五末, the
/// year's second half). Judgement calls the documented rules decide the other way: counts of
/// works over the five years that round 11's `created` rule leaves as levels (`打造…3个
/// 千亿级…集群`, a size class; `引进…项目20个`, 引进 not a verb of making) and `累计培育…30家`
/// are levels counted from 0 (annotated ytd; `改造城镇老旧小区600个` is ytd since that rule); `建成市域铁路一期工程` (建成 alone is no milestone word) is not drafted;
/// `每年滚动实施…200个以上` (a recurring quota) is drafted as the first year's flow.
#[test]
fn t60_city_party_congress_report_with_five_years_to_2031() {
    assert_agreed_split(
        "tuning",
        "t60-city-party-congress-report-2026",
        "prose",
        &[
            "打造新能源装备",
            "累计培育国家级专精特新",
            "建成市域铁路一期工程",
            // A flow reached by a deadline years away: since the eleventh set.
            "到2031年突破2000亿元",
            // annotated `about` before the contract's soft bounds; drafted a floor with slack, real-plans §3
            "常住人口城镇化率提高到70%左右",
        ],
        &[
            "常住人口城镇化率提高到70%左右",
            "打造新能源装备",
            "累计培育国家级专精特新",
            "每年滚动实施亿元以上工业项目200个以上",
            // Round 12 (`dated`): a dated task, annotated by the blind sets' annotators.
            "10月底前完成全市自建房安全隐患整治",
            "到2031年突破2000亿元",
        ],
    );
}

#[test]
fn a_heading_naming_the_next_five_years_dates_its_section_and_the_text_counts_them_once() {
    let ts = targets_of(
        "在中国共产党某市第九次代表大会上的报告\n（2026年9月26日）\n二、今后五年的奋斗目标\n今后五年全市发展的主要目标是：\n——经济实力迈上新台阶。地区生产总值年均增长5.5%左右，到2031年突破2000亿元。\n三、今后五年的主要任务\n（一）着力推进城乡融合发展。新建改建农村公路2000公里，新建城市公园50个。\n（二）着力扩大开放。今后五年，外贸进出口总额年均增长8%以上。\n四、扎实做好今年下半年工作\n确保全年地区生产总值增长6%左右。\n",
        "2026",
    );
    for piece in [
        "年均增长5.5%左右",
        "农村公路2000公里",
        "城市公园50个",
        "年均增长8%以上",
    ] {
        assert_eq!(
            with_quote(&ts, piece)["deadline"].to_string(),
            "2031-12-31",
            "{piece}"
        );
    }
    assert_eq!(
        with_quote(&ts, "年均增长8%以上")["start"].to_string(),
        "2027-01-01"
    );
    assert_eq!(
        with_quote(&ts, "增长6%左右")["deadline"].to_string(),
        "2026-12-31"
    );
}

#[test]
fn the_second_half_s_figures_beside_the_year_s_goals_are_no_goal_of_their_own() {
    let ts = targets_of(
        "某市2026年下半年工作安排\n下半年，还要新增规上工业企业80家以上、城镇新增就业1.8万人，确保全年新增规上工业企业150家、城镇新增就业3.96万人。\n",
        "2026",
    );
    let mut values: Vec<String> = ts.iter().map(|t| t["value"].to_string()).collect();
    values.sort();
    assert_eq!(values, ["150", "3.96"], "{ts:#?}");
}

#[test]
fn a_speaker_recalling_last_year_s_goals_and_results_reports_them() {
    let ts = targets_of(
        "在全县经济工作会议上的讲话\n（2027年1月18日）\n大家还记得，去年年初我们定的目标是地区生产总值增长6%，实际跑出了6.4%；定的新签约亿元以上项目50个的目标，实际完成了52个。\n今年主要预期目标是：地区生产总值增长6.5%左右。\n",
        "2027",
    );
    assert_eq!(ts.len(), 1, "{ts:#?}");
    with_quote(&ts, "增长6.5%左右");
}

#[test]
fn this_year_s_work_heading_without_a_task_word_sets_the_year_s_work() {
    let ts = targets_of(
        "在全县经济工作会议上的讲话\n（2027年1月18日）\n一、过去一年的工作\n\n过去一年，全县地区生产总值增长6%。\n\n三、今年的工作，要紧紧抓住几个关键\n\n第一，项目这个牛鼻子要牵牢。全县要滚动实施县级重点项目132个。\n",
        "2027",
    );
    assert_eq!(
        with_quote(&ts, "县级重点项目132个")["measure"].as_str(),
        Some("ytd")
    );
}

#[test]
fn sums_per_head_are_levels_and_works_named_after_the_count_are_flows() {
    let ts = targets_of(
        "某县2027年工作要点\n今年全县人均地区生产总值达到10万元，开发区亩均税收提高到18万元。\n一季度开工项目不少于20个，县城要完成12个老旧小区改造。\n",
        "2027",
    );
    for (piece, measure) in [
        ("人均地区生产总值达到10万元", "level"),
        ("亩均税收提高到18万元", "level"),
        ("一季度开工项目不少于20个", "ytd"),
        ("完成12个老旧小区改造", "ytd"),
    ] {
        assert_eq!(
            with_quote(&ts, piece)["measure"].as_str(),
            Some(measure),
            "{piece}"
        );
    }
}

#[test]
fn a_milestone_after_a_vantage_point_is_the_situation_weighed() {
    let ts = targets_of(
        "在全县经济工作会议上的讲话\n（2027年1月18日）\n再看形势。从全市看，市委提出建设区域中心城市；从我们自身看，高铁站建成投用、开发区扩区获批，发展的底气更足了。\n今年要确保县人民医院新院区年内建成投用。\n",
        "2027",
    );
    assert_eq!(ts.len(), 1, "{ts:#?}");
    with_quote(&ts, "新院区年内建成投用");
}

#[test]
fn projects_finished_or_put_into_production_are_counted_as_the_year_s_flow() {
    let ts = targets_of(
        "某区2027年工作要点\n全年安排区级重点项目150个以上，其中新开工项目60个，竣工投产项目45个。\n今年新开工亿元以上项目50个，竣工投产30个。\n",
        "2027",
    );
    for (piece, value) in [("竣工投产项目45个", 45), ("竣工投产30个", 30)] {
        let t = with_quote(&ts, piece);
        assert_eq!(t["measure"].as_str(), Some("ytd"), "{piece}");
        assert_eq!(t["value"].as_integer(), Some(value), "{piece}");
    }
}

#[test]
fn a_bare_count_under_the_whole_year_is_the_year_s_work() {
    let ts = targets_of(
        "某市2027年政府工作报告\n全年安排市级重点项目420个。\n2026年，全县安排民生实事项目10大类28项。\n",
        "2027",
    );
    assert_eq!(ts.len(), 1, "{ts:#?}");
    let t = with_quote(&ts, "全年安排市级重点项目420个");
    assert_eq!(t["measure"].as_str(), Some("ytd"));
    assert_eq!(t["value"].as_integer(), Some(420));
}

// ---- Round 11, tuner A: special action plans' prose (t53, t54) ----

/// The score of the tuning passages t53–t54 (a ministries' 专项行动方案 2027—2029; a
/// province's 实施方案 for rural roads), printed before their `assert_agreed_in` tests
/// (docs/extract.md, "Round 11: special action plans' prose"):
/// `cargo test --test extract_documents -- --ignored t53_t54_score --nocapture`
#[test]
#[ignore]
fn t53_t54_score() {
    score_names(
        "tuning",
        &[
            "t53-ministry-rural-water-special-action-plan",
            "t54-province-rural-roads-implementation-plan",
        ],
    );
}

#[test]
fn t53_ministry_special_action_plan_prose() {
    // States of degree (显著提升, 明显增强) are not drafted as assessed goals (基本健全 and
    // 全面建立 are, `ASSESSED_STATES`). `到2027年底，完成…摸底评估` is a milestone since round 16
    // (a goal year heading one task).
    assert_agreed_in(
        "tuning",
        "t53-ministry-rural-water-special-action-plan",
        "prose",
        &["农村供水保障水平显著提升", "应急供水保障能力明显增强"],
    );
}

#[test]
fn t54_province_implementation_plan_prose() {
    // States of degree (更加优化, 持续提升) are not drafted; 打造省级“美丽农村路”示范县30个 names a rank held
    // (省级), read as the number holding it at the end (level), as t14, t17, t44 and heldout4b
    // read such counts.
    assert_agreed_in(
        "tuning",
        "t54-province-rural-roads-implementation-plan",
        "prose",
        &[
            "网络结构更加优化",
            "农民群众出行满意度持续提升",
            "打造省级“美丽农村路”示范县30个",
            // (Round 21 D: a bare 建成 count is drafted ytd, 27 : 7 in all sets; this one is
            // annotated level.)
            "建成县级客货邮综合服务站100个",
        ],
    );
}

#[test]
fn counts_made_over_a_plan_s_window_are_summed_unless_a_rank_or_size_is_held() {
    let ts = targets_of(
        "到2029年，培育专业化管护单位500家以上，遴选推广典型案例100个以上，实施危旧桥梁改造1500座以上，三年培训基层养护人员1.5万人次。培育“链主”企业12家，培育营业收入超百亿元企业10家以上，建成示范线路10条。\n",
        "2027",
    );
    for piece in [
        "管护单位500家",
        "典型案例100个",
        "桥梁改造1500座",
        "1.5万人次",
    ] {
        assert_eq!(
            with_quote(&ts, piece)["measure"].as_str(),
            Some("ytd"),
            "{piece}"
        );
    }
    // (Round 21 D: `建成示范线路10条`, a bare 建成 count, is now summed: 27 : 7 in all sets.)
    assert_eq!(
        with_quote(&ts, "示范线路10条")["measure"].as_str(),
        Some("ytd")
    );
    for piece in ["“链主”企业12家", "超百亿元企业10家"] {
        assert_eq!(
            with_quote(&ts, piece)["measure"].as_str(),
            Some("level"),
            "{piece}"
        );
    }
}

#[test]
fn works_and_services_reached_in_full_are_milestones() {
    let ts = targets_of(
        "到2029年，县级农村供水应急预案编制实现全覆盖。沅西大桥2027年底前实现主桥合龙，黔北水网骨干工程2028年底前全线通水。建设项目交竣工验收及时率不低于95%。规上工业企业数字化改造基本实现全覆盖。\n",
        "2027",
    );
    for (piece, deadline) in [
        ("应急预案编制实现全覆盖", "2029-12-31"),
        ("主桥合龙", "2027-12-31"),
        ("全线通水", "2028-12-31"),
    ] {
        let t = with_quote(&ts, piece);
        assert_eq!(t["measure"].as_str(), Some("milestone"), "{piece}");
        assert_eq!(t["deadline"].to_string(), deadline, "{piece}");
    }
    let rate = with_quote(&ts, "及时率不低于95%");
    assert_eq!(rate["measure"].as_str(), Some("level"));
    assert_eq!(rate["value"].as_integer(), Some(95));
    assert!(
        !ts.iter()
            .any(|t| t["quote"].as_str().unwrap().contains("数字化改造")),
        "{ts:#?}"
    );
    assert_eq!(ts.len(), 4, "{ts:#?}"); // 35个, 5200户, 60部, 86公里
}

#[test]
fn dimensionless_figures_after_a_rule_word_are_levels_with_a_label() {
    let ts = targets_of(
        "到2029年，农田灌溉水有效利用系数提高到0.59以上，新建大型算力中心电能利用效率降至1.25以下，路面技术状况指数（PQI）提高到80以上，养护资金投入与路网规模的比值不低于1.2。\n",
        "2027",
    );
    for (piece, unit, rule) in [
        ("利用系数提高到0.59", "倍", "at-least"),
        ("电能利用效率降至1.25", "倍", "at-most"),
        ("（PQI）提高到80", "点", "at-least"),
        ("比值不低于1.2", "倍", "at-least"),
    ] {
        let t = with_quote(&ts, piece);
        assert_eq!(t["measure"].as_str(), Some("level"), "{piece}");
        assert_eq!(t["unit"].as_str(), Some(unit), "{piece}");
        assert_eq!(t["rule"].as_str(), Some(rule), "{piece}");
    }
}

/// Round 11 (lead): a qualitative goal stated as the state its subject reaches, ending its
/// clause (`…体系基本健全`, `…机制全面建立`, `…稳居全国第一方阵`), is assessed under a goals
/// window; the same words opening a task (`全面建立…制度`) or in a review are not goals, and
/// states of degree (`…显著提升`) are left out.
#[test]
fn a_state_ending_its_clause_is_an_assessed_goal() {
    let ts = targets_of(
        "某省数字乡村建设行动方案（2027—2029年）\n二、主要目标\n到2029年，全省数字乡村支撑体系基本健全，县域数据共享机制全面建立，数字乡村发展水平稳居全国第一方阵，农村数字服务能力显著提升。\n三、重点任务\n全面建立乡村数据目录制度。\n",
        "2027",
    );
    for piece in ["支撑体系基本健全", "共享机制全面建立", "稳居全国第一方阵"]
    {
        let t = with_quote(&ts, piece);
        assert_eq!(t["measure"].as_str(), Some("assessed"), "{piece}: {t:#?}");
        assert_eq!(t["deadline"].to_string(), "2029-12-31", "{piece}");
    }
    assert_eq!(ts.len(), 3, "{ts:#?}");
    let past = targets_of(
        "某县2026年工作总结\n一、过去一年工作回顾\n过去一年，全县乡村治理体系基本健全，营商环境进入全省第一方阵。\n",
        "2027",
    );
    assert!(past.is_empty(), "{past:#?}");
}

// ---------------------------------------------------------------------------------------
// Round 11, tuner E: hostile leftovers (docs/extract.md, "Round 11: hostile leftovers").

/// A file with CR-only line endings (old Mac files, some converters) is read as the same
/// text with `\n` endings: its headings, items and table rows are lines of their own.
#[test]
fn cr_only_line_endings_split_lines() {
    let lines = [
        "一、主要目标",
        "到2025年，全市新增城镇就业10万人以上。",
        "二、重点任务",
        "全年粮食产量稳定在100万吨以上。",
        "指标\t单位\t2024年\t2025年目标",
        "5G基站数\t个\t1000\t1500",
    ];
    let lf = extract_text(&(lines.join("\n") + "\n"), &["--year", "2025"]);
    let cr = extract_text(&(lines.join("\r") + "\r"), &["--year", "2025"]);
    assert_eq!(cr, lf);
    assert_eq!(lf.matches("[[target]]").count(), 3, "{lf}");
    assert!(!cr.contains("\\r"), "{cr}");
}

/// A table's 序号 of 1900 to 2100 is a row's number, not a year: the row is not read as a
/// header of year columns (which dropped it and read the rows after it under its "years").
#[test]
fn serial_numbers_past_1899_are_rows_not_years() {
    let mut text = String::from("序号\t指标\t单位\t2025年目标\t责任单位\n");
    for i in 1895..=1905 {
        text.push_str(&format!(
            "{i}\t充电桩{}\t个\t{}\t市发改委\n",
            i - 1894,
            100 + i
        ));
    }
    let d = extract_text(&text, &["--year", "2025"]);
    assert_eq!(d.matches("[[target]]").count(), 11, "{d}");
    assert_eq!(d.matches("deadline = 2025-12-31").count(), 11, "{d}");
    assert!(d.contains("value = 2005"), "{d}");
}

/// The number of a numbered item (`1. `, `2.`, `３．`) is not part of its name.
#[test]
fn an_item_s_number_stays_out_of_its_name() {
    let d = extract_text(
        "今年主要目标：\n1. 全年新增城镇就业10万人以上。\n2.粮食产量稳定在100万吨以上。\n３．居民人均可支配收入增长6%。\n",
        &["--year", "2025"],
    );
    for name in ["城镇就业", "粮食产量", "居民人均可支配收入"] {
        assert!(d.contains(&format!("zh = \"{name}\"")), "{name}: {d}");
    }
    assert!(
        !d.contains("zh = \"1") && !d.contains("zh = \"2") && !d.contains("zh = \"３"),
        "{d}"
    );
}

/// A note of units closing the last of a sentence's numbered items (`1.…；2.…；3.…（牵头单位：
/// 市住建局）`) is that item's: the items before it in the sentence get no owner from it.
#[test]
fn a_note_on_a_numbered_list_s_last_item_is_that_item_s() {
    let d = extract_text(
        "今年主要任务：1.新建5G基站1000个；2.新增城镇就业10万人；3.改造老旧小区50个（牵头单位：市住建局）。\n",
        &["--year", "2025"],
    );
    assert_eq!(d.matches("[[target]]").count(), 3, "{d}");
    assert_eq!(d.matches("owner = [\"市住建局\"]").count(), 1, "{d}");
    let last = &d[d.rfind("[[target]]").unwrap()..];
    assert!(last.contains("owner = [\"市住建局\"]"), "{d}");
}

/// After the tenth held-out set's one run (lead): 本 ending a word before 年 (`运行成本年均
/// 下降3%`) is no window of this year; a deadline opening a paragraph does not reach past a
/// blank line into the next paragraph; `确保不发生…事故` is a bottom line, assessed.
#[test]
fn cost_per_year_a_paragraph_break_and_a_bottom_line_of_accidents() {
    let ts = targets_of(
        "某专项行动方案（2027—2029年）\n一、主要目标\n到2029年，冷藏保鲜能力达到9000万吨以上，冷链物流运行成本年均下降3%左右。\n二、重点任务\n（四）提升监测水平。2027年底前上线全国监测平台，到2029年，监测信息接入率达到85%以上。\n\n（五）培育服务主体。三年培育产地冷链物流服务主体5000个以上。落实安全责任，确保不发生重大冷库安全事故。\n",
        "2027",
    );
    let cost = with_quote(&ts, "运行成本年均下降3%");
    assert_eq!(cost["deadline"].to_string(), "2029-12-31", "{cost:#?}");
    assert_eq!(cost["over"].as_str(), Some("window"), "{cost:#?}");
    let firms = with_quote(&ts, "服务主体5000个");
    assert_eq!(firms["deadline"].to_string(), "2029-12-31", "{firms:#?}");
    let safe = with_quote(&ts, "确保不发生重大冷库安全事故");
    assert_eq!(safe["measure"].as_str(), Some("assessed"), "{safe:#?}");
    // The same bottom line in a review is a result, not a goal.
    let past = targets_of(
        "某县2026年工作总结\n一、过去一年工作回顾\n过去一年，全县确保不发生较大及以上生产安全事故，社会大局和谐稳定。\n",
        "2027",
    );
    assert!(past.is_empty(), "{past:#?}");
}

/// After the tenth held-out set's one run (lead): a table with a column for each year from an
/// untitled base year to its goal year (`2026年  2027年  2028年  2029年`) is a breakdown by
/// year: the year right after the base is a goal too, not a second base; a `2019年  2020年
/// 2025年` header still has two base-year columns.
#[test]
fn a_column_for_each_year_after_the_base_is_a_goal() {
    let ts = targets_of(
        "专栏1　主要指标\n序号   指标                 单位       2026年      2027年      2028年      2029年      属性\n 1     农产品产地冷藏保鲜能力   万吨       7200        7800        8400        ≥9000      预期性\n 2     果蔬产后损失率          %          18          17          16          ≤15        约束性\n",
        "2027",
    );
    let mut years: Vec<String> = ts.iter().map(|t| t["deadline"].to_string()).collect();
    years.sort();
    assert_eq!(
        years,
        [
            "2027-12-31",
            "2027-12-31",
            "2028-12-31",
            "2028-12-31",
            "2029-12-31",
            "2029-12-31"
        ],
        "{ts:#?}"
    );
    let gap = targets_of(
        "表1  主要指标\n序号   指标                 单位       2019年      2020年      2025年      属性\n 1     农产品产地冷藏保鲜能力   万吨       7000        7200        9000        预期性\n",
        "2021",
    );
    assert_eq!(gap.len(), 1, "{gap:#?}");
    assert_eq!(gap[0]["deadline"].to_string(), "2025-12-31");
}

/// Review of round 11: a second-half figure dropped beside the whole year's (`halves`) no
/// longer leaves a note of units closing the sentence pointing past the proposals kept (it
/// panicked); the blank lines around a page number are a page's break, not a paragraph's, so
/// a deadline opening the paragraph carries over them.
#[test]
fn a_dropped_half_year_figure_and_a_page_number_between_blank_lines() {
    let ts = targets_of(
        "2026年下半年重点工作\n\n1．下半年，还要新增规上工业企业80家以上，确保全年新增规上工业企业150家；2．做好安全生产工作（牵头单位：市工信局）。\n",
        "2026",
    );
    assert_eq!(ts.len(), 1, "{ts:#?}");
    assert_eq!(ts[0]["value"].as_integer(), Some(150));
    assert!(!ts[0].contains_key("owner"), "{ts:#?}");
    let ts = targets_of(
        "某市充电设施行动方案（2026—2028年）\n二、主要任务\n到2028年底，全市建成充电桩5000个。\n\n- 3 -\n\n新增充电运营企业50家以上。\n",
        "2026",
    );
    let firms = with_quote(&ts, "运营企业50家");
    assert_eq!(firms["deadline"].to_string(), "2028-12-31", "{ts:#?}");
}

// Round 12, tuner B: counts and flows made in a year or a window.

/// The score of the tuning passages t63–t64 (a provincial department's annual work points
/// with counts made in the year, money flows and 其中 sub-counts; a city's industrial cluster
/// plan to 2030 with revenue totals at the plan's end and counts created over the window),
/// printed before their `assert_agreed_in` tests (docs/extract.md, "Round 12: counts and
/// flows"): `cargo test --test extract_documents -- --ignored t63_t64_score --nocapture`
#[test]
#[ignore]
fn t63_t64_score() {
    score_names(
        "tuning",
        &[
            "t63-province-transport-dept-work-points-2027",
            "t64-city-equipment-cluster-plan-2030",
        ],
    );
}

#[test]
fn t63_province_transport_department_work_points() {
    assert_agreed_in(
        "tuning",
        "t63-province-transport-dept-work-points-2027",
        "prose",
        &[
            // 左右 after 达到 on a flow: drafted a floor with tolerance (contract §3), annotated
            // about; earlier annotators split on it (round 12 C's topic).
            "港口货物吞吐量达到5.2亿吨左右",
            // A direction with no figure after 事故起数 (round 12 C's topic).
            "道路运输较大及以上等级事故起数继续下降",
            // The counts after 其中 under 11月底前…民生实事 are annotated due by 30 November;
            // the sentence after carries no deadline of its own, drafted the year's end.
            "其中新增城乡公交一体化线路80条",
            "改造提升农村候车亭600个",
        ],
    );
}

#[test]
fn t64_city_equipment_cluster_plan() {
    assert_agreed_in(
        "tuning",
        "t64-city-equipment-cluster-plan-2030",
        "prose",
        &[
            // A flow reached by a deadline years away is the deadline year's ytd since the
            // eleventh set, as annotated here; a bare 总量 (the GDP, named in the sentence
            // before) is not read as a flow's name.
            "到2030年总量突破7000亿元",
            // A state of degree in the goals (round 12 C's topic).
            "规上企业数字化改造基本实现全覆盖",
            // annotated `about` before the contract's soft bounds; drafted a floor with slack, real-plans §3
            "工业增加值占全市规模以上工业比重达到30%左右",
        ],
    );
}

#[test]
fn counted_verbs_money_relieved_and_works_opened_are_the_year_s_flow() {
    let ts = targets_of(
        "某省交通运输厅2027年工作要点\n\
         1．新开通内河集装箱航线5条，制修订地方标准15项，再推出改革举措10项。\n\
         2．全年安排省级重点交通建设项目150个。全年为企业减免通行费20亿元以上。\n\
         3．确保青岚高速、澜江二桥等4个项目年内建成通车。\n\
         4．全县安排民生实事项目10大类28项。\n",
        "2027",
    );
    for piece in [
        "新开通内河集装箱航线5条",
        "制修订地方标准15项",
        "再推出改革举措10项",
        "安排省级重点交通建设项目150个",
        "减免通行费20亿元以上",
        "等4个项目年内建成通车",
    ] {
        let t = with_quote(&ts, piece);
        assert_eq!(t["measure"].as_str(), Some("ytd"), "{piece}: {t:#?}");
        assert_eq!(t["rule"].as_str(), Some("at-least"), "{piece}");
        assert_eq!(t["deadline"].to_string(), "2027-12-31", "{piece}");
    }
    // A programme's layout is no count.
    assert!(
        !ts.iter()
            .any(|t| t["quote"].as_str().unwrap().contains("10大类28项")),
        "{ts:#?}"
    );
}

#[test]
fn a_breakdown_over_a_window_and_in_the_second_half_keeps_its_parent_s_flow() {
    let ts = targets_of(
        "某市高端装备产业集群发展规划（2026—2030年）\n\
         到2030年，新增上市企业15家，其中科创板上市企业不少于8家。\n",
        "2026",
    );
    let t = with_quote(&ts, "其中科创板上市企业不少于8家");
    assert_eq!(t["measure"].as_str(), Some("ytd"), "{t:#?}");
    assert_eq!(t["deadline"].to_string(), "2030-12-31");
    let ts = targets_of(
        "某市2027年下半年重点工作\n\
         全年新增规上工业企业150家以上，其中下半年新增不少于90家。\n",
        "2027",
    );
    let t = with_quote(&ts, "其中下半年新增不少于90家");
    assert_eq!(t["measure"].as_str(), Some("ytd"), "{t:#?}");
    assert_eq!(t["value"].as_integer(), Some(90));
    with_quote(&ts, "全年新增规上工业企业150家以上");
}

#[test]
fn a_programme_finished_an_award_condition_a_layout_and_a_heading_are_no_counts() {
    let ts = targets_of(
        "某省交通运输厅2027年工作要点\n\
         全年重点抓好以下五个方面十三项工作。\n\
         1．推进高速公路建成投用。新开工高速公路项目8个以上。\n\
         2．对营业收入首次突破50亿元、100亿元的企业给予梯度奖励。\n\
         3．11月底前全面完成年度十项交通民生实事。\n\
         4．审批时间压减至70个工作日以内。\n",
        "2027",
    );
    let t = with_quote(&ts, "11月底前全面完成年度十项交通民生实事");
    assert_eq!(t["measure"].as_str(), Some("milestone"), "{t:#?}");
    assert_eq!(t["deadline"].to_string(), "2027-11-30");
    with_quote(&ts, "新开工高速公路项目8个以上");
    with_quote(&ts, "70个工作日以内");
    for piece in ["十三项工作", "推进高速公路建成投用", "首次突破50亿元"] {
        assert!(
            !ts.iter()
                .any(|t| t["quote"].as_str().unwrap().contains(piece)),
            "{piece}: {ts:#?}"
        );
    }
}

/// `cargo test --test extract_documents -- --ignored t67_t68_score --nocapture`
#[test]
#[ignore]
fn t67_t68_score() {
    score_names(
        "tuning",
        &[
            "t67-district-notice-task-division-wrapped-table",
            "t68-ocr-energy-new-infrastructure-midyear-indicator-tables",
        ],
    );
}

/// t67 (a district notice's task-division table copied with tabs, cells wrapped), every table
/// annotation the rules agree with (docs/extract.md, "Round 12: task-division tables with
/// wrapped cells and energy indicator tables"). Left: two goal cells in words with a deadline
/// (`完成年度城市体检并形成评估报告`, `建成…平台并上线运行`: annotated milestones, drafted
/// assessed, the milestone reader's part).
#[test]
fn t67_task_division_table_with_wrapped_cells() {
    assert_agreed_in(
        "tuning",
        "t67-district-notice-task-division-wrapped-table",
        "table",
        &["“零增长”"],
    );
}

/// t67's prose. Left: `到2028年6月底前，完成…更新改造任务` (a dated task with no figure: a
/// milestone, the milestone reader's part) and `年内打造完整社区示范点5个` (打造 is no counting
/// verb: drafted a level, annotated ytd).
#[test]
fn t67_district_notice_prose() {
    assert_agreed_in(
        "tuning",
        "t67-district-notice-task-division-wrapped-table",
        "prose",
        &["到2028年6月底前，完成城镇燃气老化管道更新改造任务"],
    );
}

/// t68's prose (its year is 2027, not the first year of the plan it reports on). Left: four
/// dated tasks with no figure (milestones, the milestone reader's part) and
/// `确保不发生拉闸限电` (an assessed bottom line no rule knows).
#[test]
fn t68_midyear_report_prose() {
    assert_agreed_in(
        "tuning",
        "t68-ocr-energy-new-infrastructure-midyear-indicator-tables",
        "prose",
        &[
            "实现全市行政村5G网络全覆盖",
            "确保不发生拉闸限电",
            "年底前完成220kV及以上输电线路隐患排查整治",
        ],
    );
}

/// t68 (an OCR'd half-year report on an energy and new-infrastructure plan), its tables:
/// every annotation.
#[test]
fn t68_energy_indicator_tables_with_latin_units() {
    assert_agreed_in(
        "tuning",
        "t68-ocr-energy-new-infrastructure-midyear-indicator-tables",
        "table",
        &[],
    );
}

/// Round 12 (tuner D): a task-division table's 牵头单位 then 责任单位 columns are the lead
/// and its partners; a cell wrapped by a Word copy whose next line opens with the cell's
/// figure (`…惠及居民⏎5200户以上<TAB>…`) and a PDF copy's tails printed under their cells
/// (`<TAB><TAB>86公里<TAB><TAB>区燃气公司`) are joined to the row, never rows of their own; a
/// unit's name cut by the wrap (`各街道办⏎事处`) is one unit. A line filling every cell after
/// a merged 序号 and name is still a row of its own.
#[test]
fn a_task_division_table_with_wrapped_cells_and_two_owner_columns() {
    let ts = targets_of(
        "附件\n任务分解表\n序号\t重点任务\t目标要求\t牵头单位\t责任单位\t完成时限\n1\t老旧小区改造\t完成老旧小区改造35个，惠及居民\n5200户以上\t区住建局\t各街道办事处\t11月底前\n2\t加装电梯\t新增既有住宅加装电梯60部\t区住建局\t区市场监管局、各街道办\n事处\t12月底\n3\t燃气管道更新\t完成城镇燃气老化管道更新改造\t区住建局\t区应急管理局、\t2028年6月底前\n\t\t86公里\t\t区燃气公司\n",
        "2027",
    );
    let homes = ts
        .iter()
        .find(|t| t["value"].as_integer() == Some(5200))
        .unwrap_or_else(|| panic!("{ts:#?}"));
    assert!(
        homes["quote"]
            .as_str()
            .unwrap()
            .contains("惠及居民5200户以上")
    );
    assert_eq!(homes["deadline"].to_string(), "2027-11-30");
    let lifts = ts
        .iter()
        .find(|t| t["value"].as_integer() == Some(60))
        .unwrap();
    let owners: Vec<&str> = lifts["owner"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|x| x.as_str())
        .collect();
    assert_eq!(
        owners,
        ["区住建局", "区市场监管局", "各街道办事处"],
        "{ts:#?}"
    );
    let pipes = with_quote(&ts, "更新改造86公里");
    assert_eq!(pipes["unit"].as_str(), Some("公里"), "{pipes:#?}");
    assert_eq!(pipes["deadline"].to_string(), "2028-06-30");
    let owners: Vec<&str> = pipes["owner"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|x| x.as_str())
        .collect();
    assert_eq!(owners, ["区住建局", "区应急管理局", "区燃气公司"]);
    assert_eq!(ts.len(), 4, "{ts:#?}"); // 35个, 5200户, 60部, 86公里
    // A second part of a project under merged cells: a row of its own.
    let ts = targets_of(
        "序号\t项目名称\t建设内容及规模\t年度目标\t责任单位\t完成时限\n3\t农村供水保障工程\t新建水厂1座\t建成水厂并通水运行，供水2万吨\t县水利局\t2026年9月\n\t\t改造农村供水管网120公里\t完成管网改造60公里\t县水利局\t2026年11月\n",
        "2026",
    );
    let pipes = with_quote(&ts, "完成管网改造60公里");
    assert_eq!(pipes["deadline"].to_string(), "2026-11-30", "{ts:#?}");
}

/// Round 12 (tuner D): an OCR'd mid-year table at single spaces whose header has a goal and
/// progress columns (`全年目标 1—6月完成 同比增长%`) is read (its titles stand apart); a
/// ratio with `—` for its unit (`新建大型数据中心PUE`) is labelled 倍 and a level; a goal cell
/// carrying the row's Latin unit (`10GW`) is read; an installed capacity in an annual column
/// is a level; a voltage grade (`220kV及以上`) is no goal; a plan the body names after 按照
/// (`按照《…（2026—2028年）》部署，现将2027年上半年…`) does not set the text's year.
#[test]
fn an_ocr_midyear_table_and_a_plan_table_with_latin_units() {
    let ts = targets_of(
        "表1　2027年上半年主要指标完成情况\n序号 指标名称 单位 全年目标 1—6月完成 同比增长%\n1 新增光伏装机 GW 1.8 0.92 15.0\n2 新型储能装机规模 MW 800 420 —\n",
        "2027",
    );
    assert_eq!(ts.len(), 2, "{ts:#?}");
    assert_eq!(
        with_quote(&ts, "新增光伏装机")["measure"].as_str(),
        Some("ytd")
    );
    assert_eq!(
        with_quote(&ts, "储能装机规模")["measure"].as_str(),
        Some("level")
    );
    let ts = targets_of(
        "表2　主要指标\n类别 指标 单位 2025年 2028年 属性\n信息 新建大型数据中心PUE — 1.35 ≤1.25 约束性\n能源 光伏装机容量 GW 3.8 10GW 预期性\n",
        "2026",
    );
    let pue = with_quote(&ts, "PUE");
    assert_eq!(pue["unit"].as_str(), Some("倍"), "{pue:#?}");
    assert_eq!(pue["measure"].as_str(), Some("level"));
    let pv = with_quote(&ts, "光伏装机容量");
    assert_eq!(pv["value"].as_integer(), Some(10), "{pv:#?}");
    assert_eq!(pv["unit"].as_str(), Some("GW"));
    let (_dir, path) = temp_file(
        "report.txt",
        "某市发展和改革委员会\n关于新型基础设施建设上半年推进情况的报告\n\n市人民政府：\n　　按照《某市新型基础设施建设三年行动计划（2026—2028年）》部署，现将2027年上半年推进情况报告如下。\n三、下半年工作安排\n　　全年新建5G基站4000个以上；年底前完成220kV及以上输电线路隐患排查整治。\n",
    );
    let out = progress().arg("extract").arg(&path).assert().success();
    let draft = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    assert!(draft.contains("deadline = 2027-12-31"), "{draft}");
    assert!(!draft.contains("kV"), "{draft}");
}

/// Round 12 (tuner D): a number with a space between its thousands (`3 500`) in a row whose
/// cells are kept apart by wide gaps is one figure (heldout10a/p2's 高新技术企业数 row was
/// lost); in a row at single spaces the two numbers stay two cells.
#[test]
fn a_number_with_spaced_thousands_in_a_wide_row() {
    let ts = targets_of(
        "表1　主要指标\n序号   指标                 单位       2025年      2030年      年均增长      属性\n 8     高新技术企业数         家         2180        3 500       —           预期性\n",
        "2026",
    );
    assert_eq!(ts.len(), 1, "{ts:#?}");
    assert_eq!(ts[0]["value"].as_integer(), Some(3500), "{ts:#?}");
}

/// Round 12 (tuner D): a task table copied with runs of spaces, a cell's tail on the line
/// below it: the tail joins the cell printed above it (the 目标要求 cell's figure, a unit's
/// name cut in the 责任单位 cell), not the row's last cell (its 完成时限).
#[test]
fn a_space_copied_task_table_with_a_cell_tail_below() {
    let ts = targets_of(
        "序号  重点任务          目标要求                          牵头单位      责任单位              完成时限\n1     老旧小区改造      完成老旧小区改造35个，惠及居民    区住建局      各街道办事处          2027年11月底前\n                        5200户以上\n2     既有住宅加装电梯  新增既有住宅加装电梯60部          区住建局      区市场监管局、各街    12月底\n                                                                        道办事处\n",
        "2027",
    );
    let homes = ts
        .iter()
        .find(|t| t["value"].as_integer() == Some(5200))
        .unwrap_or_else(|| panic!("{ts:#?}"));
    assert_eq!(homes["deadline"].to_string(), "2027-11-30", "{homes:#?}");
    let lifts = ts
        .iter()
        .find(|t| t["value"].as_integer() == Some(60))
        .unwrap();
    let owners: Vec<&str> = lifts["owner"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|x| x.as_str())
        .collect();
    assert_eq!(
        owners,
        ["区住建局", "区市场监管局", "各街道办事处"],
        "{ts:#?}"
    );
}

// ---- Round 12, tuner C: goals in words and one-sided 左右 in plans' 主要目标 sections ----

/// The score of the tuning passages t65–t66 (a province's 十五五 生态环境保护规划 with its
/// 主要目标 and task chapters; a city work report's 主要预期目标, 重点工作 and 民生实事),
/// printed before their `assert_agreed_in` tests (docs/extract.md, "Round 12: goals in words"):
/// `cargo test --test extract_documents -- --ignored t65_t66_score --nocapture`
#[test]
#[ignore]
fn t65_t66_score() {
    score_names(
        "tuning",
        &[
            "t65-province-15th-fyp-ecology-plan-goals",
            "t66-city-work-report-main-expected-targets-2027",
        ],
    );
}

#[test]
fn t65_province_ecology_plan_goals() {
    // Judgement calls the rules decide the other way (docs/extract.md, "Round 12: goals in
    // words"): states of degree in 主要目标 (annotators left them out 49 times, took them 15);
    // ("达到…%左右", a floor with slack, is right since fix C3); 排放总量持续
    // 下降 a growth rate as heldout10a reads it; directions with no figure in a plan's task
    // paragraphs (no window of their own); (碳市场配额清缴履约率, once a deadline carried over
    // the passage, is right since the twelfth set's fix); counts over the window drafted `level`, milestones without a window (other readers).
    assert_agreed_in(
        "tuning",
        "t65-province-15th-fyp-ecology-plan-goals",
        "prose",
        &[
            "主要污染物排放总量持续下降",
            "生态系统稳定性明显提升",
            "生态环境治理能力显著增强",
            "美丽澜川建设取得重大进展",
            "重污染天气基本消除",
            "生态保护红线面积不减少",
            "生态产品价值实现收益稳步增加",
            "生态环境监测网络实现全覆盖",
            "露天焚烧火点数量持续减少",
            "危险废物集中处置能力达到每年120万吨",
            "医疗废物收集处置体系覆盖到所有建制乡镇",
            "完成重点管控新污染物清单内化学物质调查评估",
            "非化石能源装机比重持续提高",
            "修复历史遗留废弃矿山1.2万亩",
            "公众生态环境满意度持续提高",
        ],
    );
}

#[test]
fn t66_city_work_report_main_expected_targets() {
    // As for t65: 排放总量持续下降 (growth); 比重达到13%左右 is right since fix C3.
    assert_agreed_in(
        "tuning",
        "t66-city-work-report-main-expected-targets-2027",
        "prose",
        &["主要污染物排放总量持续下降"],
    );
}

#[test]
fn a_fall_of_about_n_percent_is_a_cap_with_slack() {
    let ts = targets_of(
        "某省“十五五”冷链物流发展规划\n到2030年，冷链物流运行成本年均下降3%左右，单位工业增加值用水量下降16%左右，地区生产总值年均增长5%左右。\n",
        "2026",
    );
    for piece in ["运行成本年均下降3%左右", "用水量下降16%左右"] {
        let t = with_quote(&ts, piece);
        assert_eq!(t["rule"].as_str(), Some("at-most"), "{piece}");
        assert!(t["value"].as_integer().is_some_and(|v| v < 0), "{piece}");
        assert!(t.contains_key("tolerance"), "{piece}");
    }
    // A rise keeps its two-sided 左右.
    assert_eq!(
        with_quote(&ts, "年均增长5%左右")["rule"].as_str(),
        Some("about")
    );
}

#[test]
fn positive_growth_and_directions_under_the_years_heading() {
    let ts = targets_of(
        "某市2027年政府工作报告\n二、2027年主要预期目标\n今年全市经济社会发展的主要预期目标是：地区生产总值增长5.5%左右；外贸进出口实现正增长；政府债务风险等级保持在绿色区间。\n三、2027年重点工作\n（四）加强生态文明建设。完成营造林3万亩，森林覆盖率稳步提高，主要污染物排放总量持续下降。\n",
        "2027",
    );
    let trade = with_quote(&ts, "外贸进出口实现正增长");
    assert_eq!(trade["rule"].as_str(), Some("rises"));
    assert_eq!(trade["measure"].as_str(), Some("growth"));
    assert_eq!(
        with_quote(&ts, "绿色区间")["measure"].as_str(),
        Some("assessed")
    );
    assert_eq!(
        with_quote(&ts, "森林覆盖率稳步提高")["rule"].as_str(),
        Some("rises")
    );
    assert_eq!(
        with_quote(&ts, "排放总量持续下降")["rule"].as_str(),
        Some("falls")
    );
}

#[test]
fn goals_in_words_under_a_plans_goals_heading_and_a_base_year_change() {
    let ts = targets_of(
        "某市国民经济和社会发展第十五个五年规划纲要\n第二节　主要目标\n——绿色低碳转型取得重大进展。森林覆盖率达到42%，生态环境质量持续改善，重点品种冷链物流全程可追溯，“三保”支出足额保障。\n第三节　重点任务\n推进设施绿色低碳改造。到2028年底，完成老旧冷库改造2000座以上。新建冷藏设施全面执行能效标准，单位库容能耗比2026年下降10%。\n",
        "2026",
    );
    for piece in ["生态环境质量持续改善", "全程可追溯", "足额保障"] {
        let t = with_quote(&ts, piece);
        assert_eq!(t["measure"].as_str(), Some("assessed"), "{piece}");
        assert_eq!(t["deadline"].to_string(), "2030-12-31", "{piece}");
    }
    // A state of degree (取得重大进展) is no target: annotators mostly left them out.
    assert!(
        ts.iter()
            .all(|t| !t["quote"].as_str().unwrap().contains("取得重大进展")),
        "{ts:#?}"
    );
    // The passage's 到2028年底 governs its own sentence, not a change from a base year.
    assert_eq!(
        with_quote(&ts, "完成老旧冷库改造2000座")["deadline"].to_string(),
        "2028-12-31"
    );
    assert_eq!(
        with_quote(&ts, "单位库容能耗比2026年下降10%")["deadline"].to_string(),
        "2030-12-31"
    );
}

// ---- Round 12, tuner A: dated tasks as milestones (t61, t62) ----

#[test]
fn a_task_done_by_a_deadline_in_its_clause_is_a_milestone() {
    let ts = targets_of(
        "2027年重点工作\n（一）9月底前完成市民中心二期主体结构封顶，年底前澄溪污水处理厂二期建成投运。东片区回迁安置房年底前全部交付，城区存量违法建设年底前应清尽清。汛期前完成全部高风险边坡隐患排查整治。年底前实现乡镇卫生院远程医疗全覆盖。\n（二）2028年底前上线全市“一网统管”城市运行平台。高新技术企业总数达到860家。\n（三）改造老旧小区42个，年底前全部完工。9月底前完成今年专项债券发行工作。所有项目于11月底前全面完成。实现行政村5G网络全覆盖。\n",
        "2027",
    );
    for (piece, due) in [
        ("主体结构封顶", "2027-09-30"),
        ("建成投运", "2027-12-31"),
        ("全部交付", "2027-12-31"),
        ("应清尽清", "2027-12-31"),
        ("边坡隐患排查整治", "2027-05-31"),
        ("远程医疗全覆盖", "2027-12-31"),
        ("城市运行平台", "2028-12-31"),
    ] {
        let t = with_quote(&ts, piece);
        assert_eq!(t["measure"].as_str(), Some("milestone"), "{piece}");
        assert_eq!(t["deadline"].to_string(), due, "{piece}");
    }
    // The 2028 task's deadline is its own: the next sentence keeps the text's year.
    assert_eq!(
        with_quote(&ts, "860家")["deadline"].to_string(),
        "2027-12-31"
    );
    // An item's own deadline (the count's), a course of work, the whole list, and an undated
    // coverage are no milestones.
    assert_eq!(
        with_quote(&ts, "改造老旧小区42个")["measure"].as_str(),
        Some("ytd")
    );
    for piece in ["全部完工", "发行工作", "所有项目", "5G网络"] {
        assert!(
            !ts.iter()
                .any(|t| t["quote"].as_str().unwrap().contains(piece)),
            "{piece}: {ts:#?}"
        );
    }
}

#[test]
fn a_task_table_s_goal_cell_finishing_something_is_a_milestone() {
    let ts = targets_of(
        "重点项目年度目标分解表\n序号\t项目名称\t年度目标\t责任单位\t完成时限\n1\t区“一网统管”平台升级\t建成并上线运行\t区大数据中心\t2027年9月底\n2\t城区积水点整治工程\t全部完成\t区住建局\t2027年5月底\n3\t背街小巷整治\t持续推进\t各街道办事处\t长期坚持\n4\t农贸市场提升改造\t完成改造8个\t区商务局\t2027年10月底\n",
        "2027",
    );
    let platform = with_quote(&ts, "平台升级");
    assert_eq!(platform["measure"].as_str(), Some("milestone"));
    assert_eq!(platform["deadline"].to_string(), "2027-09-30");
    let works = with_quote(&ts, "积水点整治工程");
    assert_eq!(works["measure"].as_str(), Some("milestone"));
    assert_eq!(works["deadline"].to_string(), "2027-05-31");
    assert!(
        !ts.iter()
            .any(|t| t["quote"].as_str().unwrap().contains("持续推进")),
        "{ts:#?}"
    );
    assert_eq!(
        with_quote(&ts, "完成改造8个")["value"].as_integer(),
        Some(8)
    );
}

/// Round 12: t61, a city work report whose 重点工作 is full of dated tasks. Judgement calls
/// the rules decide the other way (docs/extract.md, "Round 12: dated tasks as milestones"):
/// undated tasks (the blind sets left them out; the rule needs a deadline in the clause), a
/// task whose subject stands in an earlier clause (`力争年内开工建设`), 完成…工作 (round 10's
/// convention) (上半年 dates a task since the eighteenth set's fixes; 打通断头路12条 and 全年实际使用外资
/// 3.2亿美元 are agreed since round 17 E); `…完成省下达目标` is drafted assessed, as the
/// blind sets annotate it.
#[test]
fn t61_city_work_report_key_tasks_dated() {
    assert_agreed_split(
        "tuning",
        "t61-city-work-report-key-tasks-dated",
        "prose",
        &[
            "力争年内开工建设",
            "5月底前完成2027年度地方政府专项债券项目储备工作",
            "市级数据共享交换平台完成迁移升级",
            "完成长江岸线复绿工程",
        ],
        &["单位地区生产总值能耗下降完成省下达目标"],
    );
}

/// Round 12: t62, a district's 重点项目 notice with in-year milestones and a 分解表. Judgement
/// calls: a step whose project stands in an earlier clause (`6月底前开工建设`: drafted since
/// round 27 A, the works of the dated step before it), one counted
/// subject (`两所新建学校…建成招生`: a count of schools, no milestone), the places of 秋季开学前
/// (annotated on `新增学位3600个` after it), the 保障措施 section's quotas, the plan's scope
/// (`年度计划投资235亿元`, `新开工项目38个`: drafted as the year's counts), and a goal cell
/// with words and a figure (row 9: read as prose, the milestone not drafted).
#[test]
fn t62_district_key_projects_notice_milestones() {
    assert_agreed_split(
        "tuning",
        "t62-district-key-projects-notice-milestones",
        "prose",
        &[
            // (秋季开学前建成招生: right since round 31 C, the count of the schools listed before it
            // being no figure.)
            "新增学位3600个",
            // (年底前至少8个项目具备开工条件: right since round 29 C, 至少 before a count.)
            "全年争取地方政府专项债券资金30亿元以上",
            "保障重点项目用地3000亩",
        ],
        // 共安排重点项目96个 is the notice's own scope, read as the year's count by round
        // 12's 安排 (annotated a target in the other texts that have it).
        &[
            "年度计划投资235亿元",
            "新开工项目38个",
            "新增学位3600个",
            "共安排重点项目96个",
        ],
    );
    assert_agreed_split(
        "tuning",
        "t62-district-key-projects-notice-milestones",
        "table",
        &["智慧停车平台", "接入泊位1.2万个"],
        &["智慧停车平台"],
    );
}

/// Round 12 (tuner E): one reading of an item's number in digits (`items::digit_number_len`)
/// for a numbered item and for the number kept out of a figure's name: one to three digits,
/// ASCII or full width, and a mark with no digit after it (`2.5级` stays a figure).
#[test]
fn an_item_s_number_of_three_or_full_width_digits_stays_out_of_its_name() {
    let ts = targets_of(
        "2026年重点工作\n１２、全年新增城镇就业10万人以上。\n105. 全年新建5G基站2000个。\n",
        "2026",
    );
    let names: Vec<String> = ts
        .iter()
        .map(|t| t["name"]["zh"].as_str().unwrap_or("").to_string())
        .collect();
    assert_eq!(ts.len(), 2, "{ts:#?}");
    assert!(
        names.iter().all(|n| !n.starts_with(['１', '1'])),
        "{names:?}"
    );
}

// ---- Eleventh set, fixed after the run: a flow reached by a deadline years away ----

/// A year's flow reached by a deadline years away (`到2030年…营业收入突破6000亿元`) is that
/// year's flow: `ytd` from 1 January of the deadline's year (the contract's "a flow
/// accumulated since start"), deadline unchanged, with a review note saying so. A rate, a
/// share, a stock and a sum over the window (累计) stay as they were.
#[test]
fn a_flow_reached_by_a_distant_deadline_is_that_year_s_flow() {
    let text = "“十五五”时期主要目标\n到2030年，全市先进制造业集群营业收入突破6000亿元，网络零售额达到900亿元，数字经济核心产业增加值占地区生产总值比重达到15%，新能源汽车保有量达到50万辆，五年累计完成固定资产投资5000亿元。\n";
    let ts = targets_of(text, "2025");
    for piece in ["营业收入突破6000亿元", "网络零售额达到900亿元"] {
        let t = with_quote(&ts, piece);
        assert_eq!(t["measure"].as_str(), Some("ytd"), "{t:#?}");
        assert_eq!(t["start"].to_string(), "2030-01-01", "{t:#?}");
        assert_eq!(t["deadline"].to_string(), "2030-12-31", "{t:#?}");
    }
    for piece in ["比重达到15%", "保有量达到50万辆"] {
        let t = with_quote(&ts, piece);
        assert_eq!(t["measure"].as_str(), Some("level"), "{t:#?}");
    }
    let t = with_quote(&ts, "累计完成固定资产投资");
    assert_ne!(
        t.get("start").map(|v| v.to_string()).as_deref(),
        Some("2030-01-01"),
        "{t:#?}"
    );
    let draft = extract_text(text, &["--year", "2025"]);
    assert!(draft.contains("2030's flow"), "{draft}");
}

/// The same decision in a plan's indicator table: a flow row's goal column years after the
/// base year is that year's flow; a rate row stays a level.
#[test]
fn a_flow_row_with_a_goal_column_years_away_is_that_year_s_flow() {
    let text = "表1　主要指标\n指标\t单位\t2025年\t2030年\t属性\n地区生产总值\t亿元\t2500\t3000\t预期性\n常住人口城镇化率\t%\t63\t68\t预期性\n";
    let ts = targets_of(text, "2025");
    let t = with_quote(&ts, "地区生产总值");
    assert_eq!(t["measure"].as_str(), Some("ytd"), "{t:#?}");
    assert_eq!(t["start"].to_string(), "2030-01-01", "{t:#?}");
    assert_eq!(t["deadline"].to_string(), "2030-12-31", "{t:#?}");
    assert!(t.get("baseline").is_none(), "{t:#?}");
    let t = with_quote(&ts, "城镇化率");
    assert_eq!(t["measure"].as_str(), Some("level"), "{t:#?}");
}

// Review of round 12 (lead): owners named twice, a second row under merged cells, quotes of a
// text with no punctuation.

/// The draft of `text` for `year`, checked by `progress validate --spec`.
fn valid_draft(text: &str, year: &str) -> String {
    let (_dir, path) = temp_file("doc.txt", text);
    let out = progress()
        .args(["extract", "--year", year])
        .arg(&path)
        .assert()
        .success();
    let draft = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    let (_d2, spec) = temp_file("draft.toml", &draft);
    progress()
        .args(["validate", "--spec"])
        .arg(&spec)
        .assert()
        .success();
    draft
}

#[test]
fn a_unit_in_both_owner_columns_is_one_owner_and_a_row_with_its_own_deadline_is_its_own() {
    let text = "二、重点任务\n序号\t任务\t目标\t牵头单位\t责任单位\t完成时限\n1\t农村供水\t新建农村供水管网120公里\t县水利局\t县水利局、县财政局\t2026年11月\n\t\t改造农村供水管网60公里\t\t县自然资源局\t2026年12月\n2\t口袋公园\t新建口袋公园30个\t县住建局\t县城管局\t2026年6月\n";
    let draft = valid_draft(text, "2026");
    let t: toml::Table = toml::from_str(&draft).unwrap();
    let ts: Vec<toml::Table> = t["target"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x.as_table().unwrap().clone())
        .collect();
    let water = with_quote(&ts, "新建农村供水管网120公里");
    assert_eq!(water["value"].as_integer(), Some(120), "{draft}");
    assert_eq!(water["deadline"].to_string(), "2026-11-30");
    assert_eq!(
        water["owner"].as_array().unwrap().len(),
        2,
        "县水利局 once, then 县财政局: {draft}"
    );
    let second = with_quote(&ts, "改造农村供水管网60公里");
    assert_eq!(second["value"].as_integer(), Some(60), "{draft}");
    assert_eq!(second["deadline"].to_string(), "2026-12-31");
}

#[test]
fn a_quote_of_a_clause_without_punctuation_is_cut_and_the_draft_validates() {
    let text = format!(
        "2026年工作安排\n{}\n",
        "年底前完成城区老旧管网改造".repeat(20_000)
    );
    let draft = valid_draft(&text, "2026");
    assert!(
        draft.contains("# review: the quote is cut to its first 2000 characters"),
        "{}",
        &draft[..draft.len().min(2000)]
    );
    assert!(draft.lines().all(|l| l.chars().count() < 2100));
}

// ---------------------------------------------------------------------------------------
// Eleventh set, fixed after the run (F1).

/// A table row a reader leaves with no window (here the row after a wrapped name, read
/// against no year column) takes the document's window: every draft has its start and
/// deadline and validates.
#[test]
fn a_table_row_left_without_a_window_takes_the_document_s_and_validates() {
    let (draft, problems) = draft_problems(
        "光谷市工业互联网三年行动方案（2031—2033年）\n\n指标名称\t单位\t2031年\t2032年\t2033年\t属性\n数字化转型企业占比\t%\t40\t45\t50\t预期性\n规模以上企业单位增加值\n用水量累计下降\t%\t〔2〕\t〔4〕\t〔6〕\t约束性\n生产安全事故起数        起      ≤10      ≤9      8左右      约束性\n",
    );
    assert!(problems.is_empty(), "{problems:?}\n{draft}");
    assert!(!draft.contains("missing start"), "{draft}");
    assert!(!draft.contains("missing deadline"), "{draft}");
}

/// 要 opening the noun 要素 (`要素保障有力，上半年争取…`) is no 要 of duty: it does not turn a
/// half-year report's results section to targets, and the next sub-section's results stay
/// results.
#[test]
fn yaosu_opening_a_sentence_does_not_turn_a_results_section_to_targets() {
    let ts = targets_of(
        "关于2031年上半年全市经济运行情况的报告\n\n——2031年7月20日在市人大常委会会议上\n\n一、上半年经济运行情况\n\n（一）投资平稳增长。上半年完成固定资产投资58亿元。要素保障有力，上半年争取中央预算内资金2.4亿元，新增工业用地供应900亩。\n\n（二）产业结构优化。新增专精特新企业7家，数字经济核心产业增加值增长11.5%。\n\n二、下半年工作安排\n\n下半年，全年新增专精特新企业15家以上。\n",
        "2031",
    );
    let quotes: Vec<&str> = ts.iter().map(|t| t["quote"].as_str().unwrap()).collect();
    assert_eq!(quotes, ["全年新增专精特新企业15家以上"], "{ts:#?}");
}

/// A running header printed with its page number on one line (`…发展规划      · 4 ·`): the
/// number is dropped and the header read as the one seen before; neither is glued to the
/// table title and the heading after it, nor quoted.
#[test]
fn a_running_header_with_its_page_number_is_not_glued_into_a_quote() {
    let ts = targets_of(
        "云岭市“十五五”现代物流发展规划                                  · 3 ·\n\n第二章   发展目标\n\n    到2030年，全市快递业务量达到12亿件。\n\n云岭市“十五五”现代物流发展规划                                  · 4 ·\n\n表2   云岭市“十五五”现代物流发展主要指标\n\n    第三节   重点任务\n    到2028年，新建冷链仓储库容50万吨。\n",
        "2026",
    );
    let quotes: Vec<&str> = ts.iter().map(|t| t["quote"].as_str().unwrap()).collect();
    assert_eq!(
        quotes,
        [
            "到2030年，全市快递业务量达到12亿件",
            "到2028年，新建冷链仓储库容50万吨"
        ],
        "{ts:#?}"
    );
}

/// A name wrapped over two lines whose second line holds the row's figures
/// (`规模以上企业单位增加值⏎用水量累计下降  %  〔2〕  〔4〕  〔6〕  约束性`): that line is no header
/// (a header holds words alone), so the two lines are one row and the table goes on under its
/// year columns.
#[test]
fn a_wrapped_name_s_second_line_with_figures_is_no_header() {
    let ts = targets_of(
        "光谷市工业互联网三年行动方案（2031—2033年）\n\n指标名称\t单位\t2031年\t2032年\t2033年\t属性\n数字化转型企业占比\t%\t40\t45\t50\t预期性\n规模以上企业单位增加值\n用水量累计下降\t%\t〔2〕\t〔4〕\t〔6〕\t约束性\n生产安全事故起数\t起\t≤10\t≤9\t≤8\t约束性\n",
        "2031",
    );
    let water = ts
        .iter()
        .filter(|t| t["quote"].as_str().unwrap().contains("用水量累计下降"))
        .count();
    assert!(water >= 2, "{ts:#?}");
    let t = ts
        .iter()
        .find(|t| {
            t["quote"].as_str().unwrap().contains("生产安全事故起数")
                && t["deadline"].to_string() == "2033-12-31"
        })
        .unwrap_or_else(|| panic!("{ts:#?}"));
    assert_eq!(t["value"].as_integer(), Some(8), "{t:#?}");
}

/// Eleventh set, fixed after the run (F2): counts made over a plan's window and dated tasks
/// headed by a deadline in a clause of its own (docs/extract.md, "Eleventh set, fixed after
/// the run: counts over a window and deadlines before a comma").
#[test]
fn counts_over_a_window_and_a_deadline_before_its_task_s_comma() {
    let ts = targets_of(
        "某市新材料产业提升三年行动方案（2027—2029年）\n\n一、主要目标\n\n到2029年，新材料产业规模明显扩大。\
攻克新材料关键技术40项以上，制定修订团体标准和地方标准60项以上，培育具有核心竞争力的材料企业15家。\
三年新创建省级新材料中试基地20个以上，三年累计支持新材料首批次应用产品300台（套）以上，三年支持企业实施新材料技改项目200个左右。\n\n二、重点任务\n\n\
（一）强化创新。组织企业联合攻关。2027年底前，发布全市新材料重点产品目录。2028年6月底前，建成新材料检测认证平台并上线运行。\
2027年9月底前，印发《新材料标准体系建设指引》。\n",
        "2027",
    );
    for (piece, unit) in [
        ("攻克新材料关键技术40项以上", "项"),
        ("制定修订团体标准和地方标准60项以上", "项"),
        ("培育具有核心竞争力的材料企业15家", "家"),
        ("三年新创建省级新材料中试基地20个以上", "个"),
        (
            "三年累计支持新材料首批次应用产品300台（套）以上",
            "台（套）",
        ),
    ] {
        let t = with_quote(&ts, piece);
        assert_eq!(field(t, "measure"), "ytd", "{piece}: {t:#?}");
        assert_eq!(field(t, "unit"), unit, "{piece}");
        assert_eq!(field(t, "deadline"), "2029-12-31", "{piece}");
    }
    for (piece, deadline) in [
        ("2027年底前，发布全市新材料重点产品目录", "2027-12-31"),
        (
            "2028年6月底前，建成新材料检测认证平台并上线运行",
            "2028-06-30",
        ),
        (
            "2027年9月底前，印发《新材料标准体系建设指引》",
            "2027-09-30",
        ),
    ] {
        let t = with_quote(&ts, piece);
        assert_eq!(field(t, "measure"), "milestone", "{piece}: {t:#?}");
        assert_eq!(field(t, "deadline"), deadline, "{piece}");
    }
    // 左右 on a count over a spelled window keeps `about` (a band, not a floor).
    let t = with_quote(&ts, "三年支持企业实施新材料技改项目200个左右");
    assert_eq!(field(t, "measure"), "ytd", "{t:#?}");
    assert_eq!(field(t, "rule"), "about", "{t:#?}");
    // 突破 right before the figure stays a level passed.
    let ts = targets_of(
        "某市科技创新三年行动方案（2027—2029年）\n\n到2029年，高新技术企业总数突破800家。\n",
        "2027",
    );
    assert_eq!(field(with_quote(&ts, "突破800家"), "measure"), "level");
}

// ---- Eleventh set, fixed after the run: table rows (helper F3) ----

/// A work list's goal cell with no name of its own (`超过80亿元`, `完成15个`): the row's task
/// names the target alone, not the task glued to the cell (`社会消费品零售总额：超过80亿元`).
#[test]
fn a_goal_cell_with_no_name_of_its_own_is_named_by_the_row_s_task() {
    let ts = targets_of(
        "附件：2027年重点工作任务分解表\n序号\t重点任务\t目标要求\t牵头单位\t责任单位\t完成时限\n1\t社会消费品零售总额\t超过80亿元\t县商务局\t县统计局\t2027年12月底\n2\t农村危房改造\t完成15个\t县住建局\t各乡镇\t2027年10月底\n",
        "2027",
    );
    let names: Vec<&str> = ts
        .iter()
        .map(|t| t["name"]["zh"].as_str().unwrap_or(""))
        .collect();
    assert!(names.contains(&"社会消费品零售总额"), "{ts:#?}");
    assert!(names.contains(&"农村危房改造"), "{ts:#?}");
    assert!(names.iter().all(|n| !n.contains('：')), "{names:?}");
}

/// A quantity's row whose goal-year cell is `—` and whose 年均增长 cell holds a rate
/// (`＞9%`, `7%左右`): the average annual growth over the window, never a level of 9 亿元.
#[test]
fn a_quantity_s_mean_rate_with_no_goal_year_figure_is_its_growth() {
    let ts = targets_of(
        "表2  主要指标\n指标                  单位      2025年      2030年      年均增长      属性\n旅游总收入            亿元      820         —           ＞9%          预期性\n外贸进出口总额        亿元      1300        —           7%左右        预期性\n",
        "2026",
    );
    for piece in ["旅游总收入", "外贸进出口总额"] {
        let t = with_quote(&ts, piece);
        assert_eq!(t["measure"].as_str(), Some("growth"), "{t:#?}");
        assert_eq!(t["unit"].as_str(), Some("%"), "{t:#?}");
        assert_eq!(t["aggregate"].as_str(), Some("average"), "{t:#?}");
    }
    assert_eq!(
        with_quote(&ts, "旅游总收入")["rule"].as_str(),
        Some("more-than")
    );
}

/// A ratio's row with `—` in its 单位 column and its abbreviation in the name
/// (`新建数据中心电能利用效率（PUE）  —  1.5  ＜1.3`): a level with a dimensionless label,
/// not a sum of additions counted in "PUE".
#[test]
fn a_ratio_with_a_dash_unit_and_an_abbreviation_stays_a_level() {
    let ts = targets_of(
        "表3  主要指标\n指标                                  单位      2025年      2030年      属性\n新建数据中心电能利用效率（PUE）       —         1.5         ＜1.3       约束性\n",
        "2026",
    );
    let t = with_quote(&ts, "电能利用效率");
    assert_eq!(t["measure"].as_str(), Some("level"), "{t:#?}");
    assert_ne!(t["unit"].as_str(), Some("PUE"), "{t:#?}");
}

/// A three-year plan's table with one column per plan year (`2027年  2028年  2029年` in a
/// 行动方案（2027—2029年）): the first column is the plan's first year, a goal of its own, not
/// a base; a row whose name says 累计 in a parenthesis is a running total from the plan's
/// start (ytd), each year.
#[test]
fn a_plan_s_first_year_column_is_a_goal_and_its_running_totals_ytd() {
    let ts = targets_of(
        "某省工业互联网创新发展行动方案（2027—2029年）\n\n表1  主要指标\n指标名称\t单位\t2027年\t2028年\t2029年\t属性\n工业互联网平台普及率\t%\t45\t50\t55\t预期性\n新建智能工厂（累计）\t家\t40\t90\t150\t预期性\n",
        "2027",
    );
    let rate: Vec<&toml::Table> = ts
        .iter()
        .filter(|t| t["quote"].as_str().unwrap().contains("普及率"))
        .collect();
    assert_eq!(rate.len(), 3, "{ts:#?}");
    assert!(
        rate.iter().any(|t| t["value"].as_integer() == Some(45)),
        "{rate:#?}"
    );
    assert!(
        rate.iter().all(|t| t.get("baseline").is_none()),
        "{rate:#?}"
    );
    let sums: Vec<&toml::Table> = ts
        .iter()
        .filter(|t| t["quote"].as_str().unwrap().contains("智能工厂"))
        .collect();
    assert_eq!(sums.len(), 3, "{ts:#?}");
    assert!(
        sums.iter().all(|t| t["measure"].as_str() == Some("ytd")),
        "{sums:#?}"
    );
}

/// A name wrapped over two lines whose second line opens with 累计 and holds the figures
/// (`单位工业增加值用水量⏎累计下降  %  〔4〕  〔8〕  〔12〕`): a row, not a header with a 累计
/// column, so the table goes on to the rows after it.
#[test]
fn a_wrapped_name_s_running_total_line_is_a_row_not_a_header() {
    let ts = targets_of(
        "某行动方案（2027—2029年）\n\n表1  主要指标\n指标名称\t单位\t2027年\t2028年\t2029年\t属性\n单位工业增加值用水量\n累计下降\t%\t〔4〕\t〔8〕\t〔12〕\t约束性\n工业固废综合利用率\t%\t≥80\t≥82\t≥85\t约束性\n",
        "2027",
    );
    let water = ts
        .iter()
        .filter(|t| t["quote"].as_str().unwrap().contains("用水量"))
        .count();
    let waste: Vec<&toml::Table> = ts
        .iter()
        .filter(|t| t["quote"].as_str().unwrap().contains("固废"))
        .collect();
    assert_eq!(water, 3, "{ts:#?}");
    assert_eq!(waste.len(), 3, "{ts:#?}");
    assert!(waste.iter().all(|t| t.get("start").is_some()), "{waste:#?}");
}

// ---- Round 13, tuner D: table shapes (t73–t74) ----

/// The score of the tuning passages t73–t74 (a 商务局 progress report with a Markdown table, a
/// web table copied one cell per line and a bare `|` export; a group company's 经营计划 with an
/// 经营指标 table, a subsidiaries' table and a multi-year table whose 类别 cells wrap):
/// `cargo test --test extract_documents -- --ignored t73_t74_score --nocapture`
#[test]
#[ignore]
fn t73_t74_score() {
    score_names(
        "tuning",
        &[
            "t73-city-commerce-bureau-q3-progress-pipe-and-cell-per-line-tables",
            "t74-group-company-operating-indicators-and-wrapped-category-goals",
        ],
    );
}

/// A progress table copied from a web page one cell per line, whose header has no year
/// (`指标名称 / 单位 / 全年目标 / 1-9月完成 / 完成进度`): read as a table, the 全年目标 cell is the
/// row's goal and the progress cells are results.
#[test]
fn a_progress_table_one_cell_per_line_is_read() {
    let ts = targets_of(
        "某市商务局2027年前三季度工作报告\n\n指标名称\n单位\n全年目标\n1-9月完成\n完成进度\n东湖区社会消费品零售总额\n亿元\n286\n214.3\n74.9%\n南溪县新增限额以上商贸企业\n家\n40\n26\n65.0%\n\n二、存在的问题\n",
        "2027",
    );
    let t = with_quote(&ts, "东湖区社会消费品零售总额");
    assert_eq!(t["value"].as_integer(), Some(286), "{t:#?}");
    assert_eq!(t["measure"].as_str(), Some("ytd"), "{t:#?}");
    let t = with_quote(&ts, "南溪县新增限额以上商贸企业");
    assert_eq!(t["value"].as_integer(), Some(40), "{t:#?}");
    assert!(
        !ts.iter()
            .any(|t| t.get("value").and_then(|v| v.as_float()) == Some(214.3)),
        "{ts:#?}"
    );
}

/// A table exported with bare `|` separators and no rule line (`指标|单位|全年目标|1-9月完成`):
/// a table, its goal column read, its progress column not.
#[test]
fn a_bare_pipe_export_without_a_rule_is_a_table() {
    let ts = targets_of(
        "某市2027年前三季度县域商业体系建设进度\n\n指标|单位|全年目标|1-9月完成|完成进度%\n新建改造乡镇商贸中心|个|20|14|70.0\n快递进村覆盖率|%|95|91.5|—\n农产品网络零售额|亿元|38|27.2|71.6\n",
        "2027",
    );
    let t = with_quote(&ts, "新建改造乡镇商贸中心");
    assert_eq!(t["value"].as_integer(), Some(20), "{t:#?}");
    let t = with_quote(&ts, "快递进村覆盖率");
    assert_eq!(t["value"].as_integer(), Some(95), "{t:#?}");
    assert_eq!(t["measure"].as_str(), Some("level"), "{t:#?}");
    let t = with_quote(&ts, "农产品网络零售额");
    assert_eq!(t["value"].as_integer(), Some(38), "{t:#?}");
}

/// An enterprise's 经营指标 table (`2028年完成  2029年目标  增长%`): the growth cell is the goal
/// over the past year's actual, worked out; the 2029年目标 cell is the row's target.
#[test]
fn an_operating_table_s_growth_after_an_actual_is_not_the_target() {
    let ts = targets_of(
        "某集团2029年度经营计划\n\n表1　2029年主要经营指标\n序号 指标 单位 2028年完成 2029年目标 增长%\n1 营业收入 亿元 86.4 95 10.0\n2 净利润 亿元 4.85 5.4 11.3\n3 资产负债率 % 63.2 ≤65 —\n",
        "2029",
    );
    let t = with_quote(&ts, "营业收入");
    assert_eq!(t["value"].as_integer(), Some(95), "{t:#?}");
    assert_eq!(t["unit"].as_str(), Some("亿元"), "{t:#?}");
    let t = with_quote(&ts, "净利润");
    assert_eq!(t["value"].as_float(), Some(5.4), "{t:#?}");
    assert!(
        !ts.iter().any(|t| t["measure"].as_str() == Some("growth")),
        "{ts:#?}"
    );
    let t = with_quote(&ts, "资产负债率");
    assert_eq!(t["rule"].as_str(), Some("at-most"), "{t:#?}");
}

/// Assert a passage's `kind` proposals but for known differences: each miss starts with one of
/// `missed` (one entry per miss, so a clause missed twice is listed twice), each false
/// proposal quotes one of `extra` (one entry each), and no `none` text is quoted.
fn assert_known_in(name: &str, kind: &str, missed: &[&str], extra: &[&str]) {
    let s = score("tuning", name, Some(kind), Mode::Asserted);
    assert!(
        s.missed
            .iter()
            .all(|m| missed.iter().any(|j| m.starts_with(j))),
        "{name}: missed {:#?}",
        s.missed
    );
    assert_eq!(
        s.missed.len(),
        missed.len(),
        "{name}: missed {:#?}",
        s.missed
    );
    assert!(
        s.false_props
            .iter()
            .all(|p| extra.iter().any(|j| p.contains(j))),
        "{name}: false {:#?}",
        s.false_props
    );
    assert_eq!(
        s.false_props.len(),
        extra.len(),
        "{name}: false {:#?}",
        s.false_props
    );
    assert!(
        s.quoted_none.is_empty(),
        "{name}: quoted {:?}",
        s.quoted_none
    );
}

#[test]
fn t73_commerce_bureau_progress_tables() {
    let name = "t73-city-commerce-bureau-q3-progress-pipe-and-cell-per-line-tables";
    // 城市一刻钟便民生活圈 in a table of the year's goals is a count of the year's work (ytd, as
    // annual.rs reads every count there); the annotator took the stock (level).
    assert_known_in(
        name,
        "table",
        &["城市一刻钟便民生活圈"],
        &["城市一刻钟便民生活圈"],
    );
    // Prose (docs/extract.md, "Round 13: table shapes"): 带动消费 read as a level; 每月走访…
    // 不少于50家 (left out by the annotator) is proposed. (The dated check, 12月20日前完成…履约
    // 情况评估, is a milestone since round 17 A: a survey of a situation.)
    assert_known_in(
        name,
        "prose",
        &["带动消费10亿元以上"],
        &["带动消费10亿元以上", "每月走访重点外贸企业不少于50家"],
    );
}

#[test]
fn t74_group_company_operating_tables() {
    let name = "t74-group-company-operating-indicators-and-wrapped-category-goals";
    // 数据要素业务收入 not known as a flow (表2, one row per company, is read since round 14:
    // `transposed.rs`).
    // 表3's 2029 cells of 营业收入 / 利润总额 / 研发投入强度 repeat 表1's and were not annotated.
    assert_known_in(
        name,
        "table",
        &["数据要素业务收入", "数据要素业务收入"],
        &[
            "规模 营业收入",
            "效益 利润总额",
            "数据要素业务收入",
            "数据要素业务收入",
            "研发投入强度",
        ],
    );
    // 减少2户 (left out by the annotator) is proposed; 新申请发明专利80件以上 is the year's
    // flow since round 16.
    assert_known_in(name, "prose", &[], &["亏损子公司户数减少2户"]);
}

/// A goal in a unit of time on a time taken (办理时间…个工作日以内, 通关时间…小时以内, a table's
/// 周转天数): a level, not a count of the year's work (ytd).
#[test]
fn a_time_taken_is_a_level() {
    let ts = targets_of(
        "某市商务局2027年工作要点\n\n二、主要任务\n（一）优化营商环境。正常出口退税平均办理时间压缩至3个工作日以内，进口整体通关时间控制在30小时以内。全年新增外贸企业50家。\n",
        "2027",
    );
    let t = with_quote(&ts, "3个工作日");
    assert_eq!(t["measure"].as_str(), Some("level"), "{t:#?}");
    let t = with_quote(&ts, "30小时");
    assert_eq!(t["measure"].as_str(), Some("level"), "{t:#?}");
    let t = with_quote(&ts, "外贸企业50家");
    assert_eq!(t["measure"].as_str(), Some("ytd"), "{t:#?}");
}

/// The score of the tuning passages t69–t70 (an OCR'd province 十五五 special plan's 主要目标
/// with a 2035 outlook; an OCR'd province 实施方案's goals and tasks), printed before their
/// `assert_agreed_in` tests (docs/extract.md, "Round 13: goals of OCR'd plans"):
/// `cargo test --test extract_documents -- --ignored t69_t70_score --nocapture`
#[test]
#[ignore]
fn t69_t70_score() {
    score_names(
        "tuning",
        &[
            "t69-ocr-province-15th-fyp-digital-economy-plan-goals",
            "t70-ocr-province-urbanisation-implementation-plan-goals",
        ],
    );
}

/// Round 13: t69, an OCR'd province 十五五 special plan issued with its notice, whose title is
/// broken over two lines. Judgement calls the rules decide the other way (docs/extract.md,
/// "Round 13: goals of OCR'd plans"): 达到 X左右 on an amount (annotated a floor with
/// tolerance, contract §3; drafted about; on a share, right since fix C3), 控制在1.4左右 with no
/// unit (drafted about), a flow's figure years away (突破6500亿元, 年交易额突破100亿元:
/// drafted ytd), counts of ranked or sized things (省级, 国家级, 千亿级, 超百亿元: drafted
/// level, round 11's rule), and goals in words with no reader (迈上新台阶, 基本建成, 基本实现,
/// 全面建成, 基本完成, 全部建成城市数据中枢).
#[test]
fn t69_ocr_plan_goals_under_a_title_over_two_lines() {
    assert_agreed_split(
        "tuning",
        "t69-ocr-province-15th-fyp-digital-economy-plan-goals",
        "prose",
        &[
            "全省数字经济发展水平迈上新台阶",
            "突破6500亿元",
            "软件和信息技术服务业业务收入达到5000亿元左右",
            "业收入超百亿元的数字企业15家以上",
            "市全部建成城市数据中枢",
            "数据要素市场基本",
            "省数据交易所年交易额突破100亿元",
            "上政务数据共享全覆盖",
            "全面建成数字经济强省",
            "企业120家以上",
            "打造千亿级数字产业集群3个",
            "达到300亿元左右",
            "联网平台10个以上",
            "年，重点行业规模以上工业企业数字化转型基本完成",
            "应用水平分级评价达到4级以上",
        ],
        &[
            "到2030年突破6500亿元",
            "业务收入达到5000亿元左右",
            "超百亿元的数字企业15家以上",
            "年交易额突破100亿元",
            "“小巨人”企业120家以上",
            "千亿级数字产业集群3个",
            "产业规模达到300亿元左右",
            "国家级工业互联网平台10个以上",
        ],
    );
}

/// Round 13: t70, an OCR'd province 实施方案 (2026—2030). Judgement calls as t69's (提高到 X
/// 左右 on a non-share unit drafted about, 省级 / 千亿级 counts drafted level, goals in words), and what no
/// reader drafts yet: 全部达到…要求, 全部消除, 全面执行…标准 (milestones in words; 至少建成1所 is
/// one since round 18 C),
/// 快于城镇居民 (a growth against another figure with no 增长 after it), a task paragraph's
/// 覆盖率稳步提高, 8公里/平方公里 (a compound unit); 盘活…10万亩 (drafted a level: 盘活 counts a year's work, not
/// yet a plan window's).
#[test]
fn t70_ocr_implementation_plan_goals() {
    assert_agreed_split(
        "tuning",
        "t70-ocr-province-urbanisation-implementation-plan-goals",
        "prose",
        &[
            "新型城镇化水平和质量稳步提升",
            "农业转移人口市民化质",
            "城市燃气管道等老化更新改造基本完成",
            "城市安全韧性明显",
            "市建成区全部达到海绵城市建设要求",
            "基本实现城市社区嵌入式服务设施全覆盖",
            "基本实现新型城镇",
            "城乡区域发展差距显著缩小",
            "县10个以上",
            "都市圈内1小时通",
            "县城公共服务设施覆盖率稳步提高",
            "提高到8公里/平方公里左右",
            "城市黑臭水体保持动态清零",
            "全省新建民用建筑全面执行绿色建筑标准",
        ],
        &["县域经济强县10个以上", "路网密度提高到8公里/平方公里左右"],
    );
}

/// Round 13: a notice's title broken over two lines (`…办公厅关于印发⏎…“十五五”…规划的通知`)
/// names the plan it issues: a figure with no window of its own is the plan's, to 2030.
#[test]
fn a_notice_title_over_two_lines_names_its_plan() {
    let ts = targets_of(
        "滨澜省人民政府办公厅关于印发\n滨澜省“十五五”数字经济发展规划的通知\n\n各设区市人民政府：\n　　现印发给你们，请认真贯彻执行。\n二、主要目标\n　　——产业数字化。规模以上工业企业数字化改造覆盖率达到90%以上，新增省级智能工厂200家。\n",
        "2026",
    );
    for piece in ["覆盖率达到90%以上", "新增省级智能工厂200家"] {
        assert_eq!(
            with_quote(&ts, piece)["deadline"].to_string(),
            "2030-12-31",
            "{piece}"
        );
    }
}

/// Round 13: 完成 / 筹集 before the noun count works done over a plan's window (ytd), as
/// 改造 / 建设 do.
#[test]
fn works_finished_and_homes_raised_over_a_plan_window_are_ytd() {
    let ts = targets_of(
        "某市城市更新三年行动方案（2026—2028年）\n　　完成城市燃气管道老化更新改造500公里，筹集保障性租赁住房1.5万套（间）。\n",
        "2026",
    );
    for piece in ["改造500公里", "租赁住房1.5万套"] {
        assert_eq!(
            with_quote(&ts, piece)["measure"].as_str(),
            Some("ytd"),
            "{piece}"
        );
    }
}

/// Round 13: `实现…全覆盖` with its object between the words is a milestone by its sentence's
/// window; `基本实现…全覆盖` is not; a bottom line (`不发生…事件`) closing a sentence of goals
/// is assessed.
#[test]
fn a_coverage_reached_is_a_milestone_and_a_bottom_line_after_goals_is_assessed() {
    let ts = targets_of(
        "某省新型城镇化实施方案（2026—2030年）\n　　到2028年，实现城镇公共供水全覆盖，基本实现城市社区嵌入式服务设施全覆盖。\n　　——数字治理。政务服务事项“一网通办”率达到98%以上，不发生重大网络安全事件。\n",
        "2026",
    );
    let water = with_quote(&ts, "公共供水全覆盖");
    assert_eq!(water["measure"].as_str(), Some("milestone"));
    assert_eq!(water["deadline"].to_string(), "2028-12-31");
    assert!(
        !ts.iter()
            .any(|t| t["quote"].as_str().unwrap().contains("嵌入式")),
        "{ts:#?}"
    );
    let safe = with_quote(&ts, "不发生重大网络安全事件");
    assert_eq!(safe["measure"].as_str(), Some("assessed"));
    assert_eq!(safe["deadline"].to_string(), "2030-12-31");
    // The reach of a count just made is no milestone of its own.
    let ts = targets_of(
        "　　今年要新建5G基站4万个，实现县城以上城区全覆盖。\n",
        "2026",
    );
    assert!(
        !ts.iter()
            .any(|t| t["measure"].as_str() == Some("milestone")),
        "{ts:#?}"
    );
}

// ---- Round 13, tuner C: annual work of cities and counties (t71–t72) ----

/// The score of the tuning passages t71–t72 (a county head's half-year speech with the second
/// half's tasks; a city's 工作要点 with numbered items), printed before their `assert_agreed_in`
/// tests (docs/extract.md, "Round 13: a year's work in cities and counties"):
/// `cargo test --test extract_documents -- --ignored t71_t72_score --nocapture`
#[test]
#[ignore]
fn t71_t72_score() {
    score_names(
        "tuning",
        &[
            "t71-county-midyear-report-speech-second-half",
            "t72-city-government-work-points-2027",
        ],
    );
}

/// `extract` with no `--year`: the text decides its own year.
fn targets_own_year(text: &str) -> Vec<toml::Table> {
    let (_dir, path) = temp_file("doc.txt", text);
    let out = progress().arg("extract").arg(&path).assert().success();
    let draft = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    let t: toml::Table = toml::from_str(&draft).unwrap();
    t.get("target")
        .and_then(|x| x.as_array())
        .map(|a| a.iter().map(|x| x.as_table().unwrap().clone()).collect())
        .unwrap_or_default()
}

fn deadline_of(t: &toml::Table) -> String {
    t["deadline"].to_string()
}

/// A sentence of last year's figures opening with its year and ending on 主要指标
/// (`2026年，全市地区生产总值增长5.4%，…，主要指标增速位居全省前列`) does not name the goals'
/// year: the goals named after it are the next sentence's year's, and its figures are results.
#[test]
fn a_year_of_reported_figures_ending_on_main_indicators_is_no_goal_year() {
    let ts = targets_own_year(
        "2027年市政府工作要点\n\n2026年，全市地区生产总值增长5.4%，城镇新增就业6.1万人，主要指标增速位居全省前列。2027年全市经济社会发展主要预期目标是：地区生产总值增长5.5%以上；城镇新增就业6万人以上。\n",
    );
    let gdp = with_quote(&ts, "增长5.5%以上");
    assert_eq!(deadline_of(gdp), "2027-12-31", "{gdp:#?}");
    assert!(
        ts.iter()
            .all(|t| !t["quote"].as_str().unwrap().contains("5.4%")),
        "{ts:#?}"
    );
}

/// In a year's work list, 打造 / 盘活 / 开发 + a count are the year's flow (ytd), as 培育 / 实施
/// are; 盘活 and 开发 make a bare count a commitment.
#[test]
fn clusters_made_land_revived_and_jobs_created_count_a_year_s_work() {
    let ts = targets_of(
        "2027年市政府工作要点\n1．打造特色产业集聚区2个，盘活闲置低效用地1500亩，开发公益性岗位3000个。\n",
        "2027",
    );
    for piece in ["集聚区2个", "低效用地1500亩", "公益性岗位3000个"] {
        let t = with_quote(&ts, piece);
        assert_eq!(t["measure"].as_str(), Some("ytd"), "{t:#?}");
    }
}

/// A count of 民生实事 promised done by a deadline in the clause after it is the programme's
/// milestone, due by that deadline, quoted with the promise.
#[test]
fn livelihood_projects_promised_done_by_a_deadline_are_a_milestone() {
    let ts = targets_of(
        "2027年工作要点\n22．办好十二件民生实事，确保年底前全部完成。\n十件民生实事要倒排工期、挂图作战，确保11月底前全部完成。\n",
        "2027",
    );
    let a = with_quote(&ts, "办好十二件民生实事，确保年底前全部完成");
    assert_eq!(a["measure"].as_str(), Some("milestone"), "{a:#?}");
    assert_eq!(deadline_of(a), "2027-12-31", "{a:#?}");
    let b = with_quote(&ts, "挂图作战，确保11月底前全部完成");
    assert_eq!(b["measure"].as_str(), Some("milestone"), "{b:#?}");
    assert_eq!(deadline_of(b), "2027-11-30", "{b:#?}");
}

/// 启用 and 开通 (…初期运营) finish a dated task.
#[test]
fn put_in_use_and_opened_by_a_date_are_milestones() {
    let ts = targets_of(
        "2027年工作要点\n7．市会展中心二期4月底前启用，市轨道交通2号线一期6月底前开通初期运营。\n",
        "2027",
    );
    let a = with_quote(&ts, "4月底前启用");
    assert_eq!(a["measure"].as_str(), Some("milestone"), "{a:#?}");
    assert_eq!(deadline_of(a), "2027-04-30", "{a:#?}");
    let b = with_quote(&ts, "6月底前开通初期运营");
    assert_eq!(b["measure"].as_str(), Some("milestone"), "{b:#?}");
    assert_eq!(deadline_of(b), "2027-06-30", "{b:#?}");
}

/// Trains counted in 列; a count per week right before its figure is a frequency kept (level,
/// 列/周), the year's total a flow.
#[test]
fn trains_per_week_are_a_level_and_trains_in_the_year_a_flow() {
    let ts = targets_of(
        "2027年工作要点\n10．中欧班列常态化开行，每周2列以上，全年开行120列。\n",
        "2027",
    );
    let w = with_quote(&ts, "每周2列以上");
    assert_eq!(w["measure"].as_str(), Some("level"), "{w:#?}");
    assert_eq!(w["unit"].as_str(), Some("列/周"), "{w:#?}");
    let y = with_quote(&ts, "全年开行120列");
    assert_eq!(y["measure"].as_str(), Some("ytd"), "{y:#?}");
    assert_eq!(y["unit"].as_str(), Some("列"), "{y:#?}");
}

#[test]
fn t71_county_midyear_speech_second_half() {
    // The second half's count stated with the year's in the same sentence (`下半年新开工…30个
    // 以上，全年新开工…突破55个`) is what is left of the year's goal (`halves.rs`, round 11's
    // convention): a judgement call.
    assert_agreed_in(
        "tuning",
        "t71-county-midyear-report-speech-second-half",
        "prose",
        &["下半年新开工亿元以上项目30个以上"],
    );
}

#[test]
fn t72_city_government_work_points() {
    // Left as judgement calls (docs/extract.md, "Round 13: a year's work in cities and
    // counties"): 只减不增 (no figure, one annotation), a baseline read from `由12家精简至8家`
    // (the cap is drafted, the baseline is not read). (发车间隔缩短至8分钟以内 is agreed since
    // round 16: 分钟 with a rule word; 全年吸引…8万人 since round 17 E: an amount under 全年.)
    assert_agreed_in(
        "tuning",
        "t72-city-government-work-points-2027",
        "prose",
        &["“三公”经费只减不增", "市属国有企业数量由12家精简至8家"],
    );
}

// ---- Round 13, tuner E: news reports, press conferences, state-owned enterprise reports ----

/// The score of the tuning passages t75–t76 (a city press-conference transcript as a news site
/// prints it; a state-owned enterprise group's annual work report):
/// `cargo test --test extract_documents -- --ignored t75_t76_score --nocapture`
#[test]
#[ignore]
fn t75_t76_score() {
    score_names(
        "tuning",
        &[
            "t75-city-press-conference-industry-2027",
            "t76-soe-group-annual-work-report-2027",
        ],
    );
}

#[test]
fn t75_city_press_conference_transcript() {
    assert_agreed_split(
        "tuning",
        "t75-city-press-conference-industry-2027",
        "prose",
        &[
            // 2029's output value: drafted ytd over 2029 by the documented convention
            // ("a flow reached by a deadline years away"); annotated level, as t9 did.
            "产业链产值突破1000亿元",
            // A count after 计划 stays a level (the convention for 计划实施 counts).
            "计划供应工业用地1万亩以上",
        ],
        // (The reporter's paragraph after the host's closing words is read, round 14 E: its
        // `据介绍，…` January results are results, its `记者获悉，…` plan is proposed.)
        &["产业链产值突破1000亿元", "计划供应工业用地1万亩以上"],
    );
}

#[test]
fn t76_state_owned_enterprise_work_report() {
    assert_agreed_split(
        "tuning",
        "t76-soe-group-annual-work-report-2027",
        "prose",
        &[
            // A thing built in the year with no date and no figure.
            "建成集团数据中台",
            // A sum per head: drafted level, annotated ytd (a flow per head).
            "人均营业收入提高到520万元",
        ],
        // A coverage promised in the year (`实现…全覆盖`, round 13 B's milestone), which the
        // annotator left out.
        &["实现对二级子企业巡察全覆盖", "人均营业收入提高到520万元"],
    );
}

#[test]
fn a_speaker_s_name_opens_a_turn_at_a_line_s_start() {
    // A transcript copied from a web page: no indents, no blank lines between turns.
    let ts = targets_of(
        "主持人：下面进入提问环节。\n澜州日报记者：去年研发投入强度达到2.68%，今年有哪些安排？\n韩立新：今年，我们将力争研发经费投入强度达到2.8%，新建市级以上研发机构50家。\n宋佳：全年争取专项债券资金不少于90亿元。\n",
        "2027",
    );
    assert_eq!(ts.len(), 3, "{:#?}", quotes(&ts));
    with_quote(&ts, "2.8%");
    with_quote(&ts, "90亿元");
    // A line opening with 来源： or 同志们： names no speaker: the reporter's turn goes on.
    let ts = targets_of(
        "澜州日报记者：去年研发投入强度达到2.68%，今年有哪些安排？\n来源：澜州发布\n同志们：研发投入强度达到3%。\n",
        "2027",
    );
    assert!(ts.is_empty(), "{:#?}", quotes(&ts));
}

#[test]
fn a_company_s_results_of_the_year_are_flows() {
    let ts = targets_of(
        "二、2027年主要目标\n地产板块全年实现销售回款60亿元以上，新签合同额突破20亿元，净利润达到3亿元。交付安置房6500套。新增供水能力10万立方米/日。\n",
        "2027",
    );
    for piece in ["60亿元", "20亿元", "3亿元", "6500套", "10万立方米/日"] {
        assert_eq!(field_of(&ts, piece, "measure"), "ytd", "{piece}");
    }
    assert_eq!(field_of(&ts, "10万立方米/日", "unit"), "万立方米/日");
}

#[test]
fn a_rise_in_percent_of_a_figure_that_is_no_ratio_is_growth() {
    let ts = targets_of(
        "二、2027年主要目标\n全员劳动生产率提高6%。亩均增加值提高7%以上。综合覆盖率提高5%。\n",
        "2027",
    );
    assert_eq!(field_of(&ts, "全员劳动生产率", "measure"), "growth");
    assert_eq!(field_of(&ts, "全员劳动生产率", "value"), "6");
    assert_eq!(field_of(&ts, "亩均增加值", "measure"), "growth");
    // A ratio's rise stays a rise of its level.
    assert_eq!(field_of(&ts, "覆盖率", "measure"), "level");
    assert_eq!(field_of(&ts, "覆盖率", "increase"), "5");
}

#[test]
fn times_done_in_the_year_are_counted() {
    let ts = targets_of(
        "二、2027年重点工作\n全年开展安全隐患排查整治专项行动4次，全年开展巡察3轮。\n落实市委十四届八次全会部署。全年开展执法人员轮训两次。各乡镇党委书记每年外出招商不少于4次。\n",
        "2027",
    );
    assert_eq!(ts.len(), 2, "{:#?}", quotes(&ts));
    assert_eq!(field_of(&ts, "4次", "unit"), "次");
    assert_eq!(field_of(&ts, "4次", "measure"), "ytd");
    assert_eq!(field_of(&ts, "3轮", "unit"), "轮");
}

#[test]
fn a_speaker_s_aside_on_how_hard_a_figure_is_is_no_target() {
    let ts = targets_of(
        "二、2028年主要目标\n地区生产总值增长6%左右。同志们要看到，6%左右的增长是在两千四百亿元的基数上实现的，每增长一个百分点都不容易，必须付出更加艰苦的努力。\n",
        "2028",
    );
    assert_eq!(ts.len(), 1, "{:#?}", quotes(&ts));
    assert_eq!(field_of(&ts, "地区生产总值增长6%左右", "measure"), "growth");
}

#[test]
fn a_time_limit_cut_by_a_percentage_is_a_fall() {
    let ts = targets_of(
        "二、2027年重点工作\n涉企审批事项办理时限压缩30%以上。企业开办时间压缩到1个工作日以内。建设压缩空气储能电站2座。\n",
        "2027",
    );
    assert_eq!(ts.len(), 3, "{:#?}", quotes(&ts));
    assert_eq!(field_of(&ts, "压缩30%", "measure"), "growth");
    assert_eq!(field_of(&ts, "压缩30%", "rule"), "at-most");
    assert_eq!(field_of(&ts, "压缩30%", "value"), "-30");
    // 压缩到 stays a cap; 压缩空气 is a name.
    assert_eq!(field_of(&ts, "1个工作日", "rule"), "at-most");
    assert_eq!(field_of(&ts, "1个工作日", "value"), "1");
    assert_eq!(field_of(&ts, "电站2座", "value"), "2");
}

/// Round 14 (E): a dated task whose clause names no works (`确保6月底前建成投运`) takes them
/// from the clause before it in the sentence (`加快推进…输变电工程，`), and quotes both (t75,
/// heldout11b p3); a clause before it naming no works leaves the task out (heldout7a k3).
#[test]
fn a_dated_task_takes_the_works_named_in_the_clause_before() {
    let ts = targets_of(
        "二、2027年重点工作\n我们将加快推进澜州东500千伏输变电工程，确保6月底前建成投运。加快青屿经济开发区标准厂房二期建设，确保三季度末前竣工交付。会议要求，要倒排工期、挂图作战，确保年底前全部建成见效。\n",
        "2027",
    );
    let qs = quotes(&ts);
    assert_eq!(ts.len(), 2, "{qs:#?}");
    let t = with_quote(&ts, "输变电工程，确保6月底前建成投运");
    assert_eq!(field(t, "measure"), "milestone");
    assert_eq!(field(t, "deadline"), "2027-06-30");
    let t = with_quote(&ts, "标准厂房二期建设，确保三季度末前竣工交付");
    assert_eq!(field(t, "deadline"), "2027-09-30");
}

/// Round 14 (E): `完成X年度任务` with a programme named (t76) is a quota set above the text, as
/// `完成省下达的…年度任务` is (heldout4a a1, heldout4b b3): assessed. A bare `完成年度任务`
/// and a past `超额完成…年度任务` propose nothing.
#[test]
fn a_named_programme_s_yearly_task_is_assessed() {
    let ts = targets_of(
        "二、2027年重点工作\n深化国企改革，完成国企改革深化提升行动年度任务。确保完成年度任务。2026年，集团超额完成国企改革年度任务。\n",
        "2027",
    );
    let qs = quotes(&ts);
    assert_eq!(ts.len(), 1, "{qs:#?}");
    let t = with_quote(&ts, "完成国企改革深化提升行动年度任务");
    assert_eq!(field(t, "measure"), "assessed");
    assert_eq!(field(t, "deadline"), "2027-12-31");
}

/// Round 14 (E): the host's closing words (`今天的发布会到此结束`) end the host's turn at the
/// next line: the reporter's paragraph after them (`记者获悉，…`) is read as prose (t75).
#[test]
fn the_reporter_s_paragraph_after_the_host_s_closing_words_is_read() {
    let ts = targets_of(
        "二、2027年重点工作\n\n主持人：今天的发布会到此结束，谢谢大家！\n\n据介绍，今年1月，全市规模以上工业增加值同比增长8.2%，实现良好开局。记者获悉，市工信局将于3月底前出台《澜州市制造业数字化转型实施方案》，到2029年，全市工业互联网平台连接设备超过50万台。\n",
        "2027",
    );
    let qs = quotes(&ts);
    assert_eq!(ts.len(), 2, "{qs:#?}");
    assert_eq!(field_of(&ts, "3月底前出台", "deadline"), "2027-03-31");
    assert_eq!(field_of(&ts, "50万台", "rule"), "more-than");
    // Without the closing words the host's turn goes on: nothing is proposed.
    let ts = targets_of(
        "二、2027年重点工作\n\n主持人：下面请记者朋友提问。\n\n到2029年，全市工业互联网平台连接设备超过50万台。\n",
        "2027",
    );
    assert!(ts.is_empty(), "{:#?}", quotes(&ts));
}

// ---- Round 14, tuner B: prose misses of the tuning passages ----

#[test]
fn a_hazard_cleared_in_full_is_a_milestone() {
    let ts = targets_of(
        "二、主要目标\n到2030年，城市排水防涝能力显著提升，城市建成区内涝积水点全部消除，城市消防站建设达标率达到100%。重污染天气基本消除。\n",
        "2026",
    );
    assert_eq!(field_of(&ts, "积水点全部消除", "measure"), "milestone");
    assert_eq!(field_of(&ts, "积水点全部消除", "rule"), "done");
    assert_eq!(field_of(&ts, "积水点全部消除", "deadline"), "2030-12-31");
    // Mostly cleared is no milestone.
    assert!(
        !ts.iter()
            .any(|t| t["quote"].as_str().unwrap().contains("基本消除")
                && t.get("measure").and_then(|m| m.as_str()) == Some("milestone")),
        "{ts:#?}"
    );
}

#[test]
fn growth_faster_than_a_peer_figure_in_one_clause() {
    let ts = targets_of(
        "二、主要目标\n到2030年，城乡居民人均可支配收入比缩小到1.85以内，农村居民人均可支配收入增长快于城镇居民。\n",
        "2026",
    );
    let t = with_quote(&ts, "增长快于城镇居民");
    assert_eq!(t["measure"].as_str(), Some("growth"));
    assert_eq!(t["rule"].as_str(), Some("more-than"));
    assert!(
        t["value"].as_table().is_some_and(|v| v.contains_key("of")),
        "{t:#?}"
    );
    // A figure after it is no peer in words; a wider area's average is left to the figures.
    let ts = targets_of(
        "二、主要目标\n到2030年，规上工业增加值增长高于全省平均水平，农村居民人均可支配收入增长高于全省0.7个百分点。\n",
        "2026",
    );
    assert!(
        !ts.iter().any(
            |t| t.get("measure").and_then(|m| m.as_str()) == Some("growth")
                && t.get("value").is_some_and(|v| v.is_table())
                && t["quote"].as_str().unwrap().contains("全省0.7")
        ),
        "{ts:#?}"
    );
}

#[test]
fn land_worked_over_a_plan_s_window_is_a_flow() {
    let ts = targets_of(
        "二、主要目标\n“十五五”期间，完成国土绿化面积150万亩，治理水土流失面积2800平方公里。到2030年，粮食播种面积稳定在210万亩以上。\n",
        "2026",
    );
    assert_eq!(field_of(&ts, "150万亩", "measure"), "ytd");
    assert_eq!(field_of(&ts, "2800平方公里", "measure"), "ytd");
    // A stock held is a level.
    assert_eq!(field_of(&ts, "210万亩", "measure"), "level");
}

#[test]
fn people_brought_in_and_things_issued_over_a_plan_s_window_are_flows() {
    let ts = targets_of(
        "二、主要目标\n到2030年，引进高端装备领域领军人才100名，培养高技能人才3万人以上，五年内再推出示范应用场景100个，发布团体标准5项以上。\n",
        "2026",
    );
    for piece in ["100名", "3万人", "场景100个", "5项"] {
        assert_eq!(field_of(&ts, piece, "measure"), "ytd", "{piece}");
    }
}

#[test]
fn things_fostered_in_the_year_are_the_year_s_flow() {
    let ts = targets_of(
        "四、2029年重点工作\n聚焦工业互联网主业，培育行业解决方案10个，打造工业互联网标杆示范项目5个。\n",
        "2029",
    );
    assert_eq!(field_of(&ts, "10个", "measure"), "ytd");
    assert_eq!(field_of(&ts, "5个", "measure"), "ytd");
}

/// Round 14 (tuner D): a table of units, one row per company and one column per indicator
/// with its unit in the header, the goal year in the title (docs/extract.md, "Round 14: a
/// table of units (tuner D)").
#[test]
fn a_table_of_units_with_indicator_columns_is_read_cell_by_cell() {
    let ts = targets_of(
        "一、2029年工作安排\n表2　主要子公司2029年经营目标\n子公司 营业收入（亿元） 利润总额（亿元） 新签合同额（亿元）\n甲科技公司 38 2.9 52\n乙运营公司 5 0.4 9\n注：子公司目标之和与集团目标的差额由集团本部承担。\n",
        "2029",
    );
    assert_eq!(ts.len(), 6, "{:#?}", quotes(&ts));
    assert_eq!(field_of(&ts, "甲科技公司营业收入", "value"), "38");
    assert_eq!(field_of(&ts, "甲科技公司营业收入", "unit"), "亿元");
    assert_eq!(field_of(&ts, "乙运营公司利润总额", "value"), "0.4");
    assert_eq!(
        field_of(&ts, "乙运营公司新签合同额", "deadline"),
        "2029-12-31"
    );
}

#[test]
fn a_table_of_units_needs_a_goal_year_in_its_title_and_two_rows() {
    // No 目标 in the title (a table of results): not read as goals.
    let ts = targets_of(
        "一、2028年经营情况\n表1　主要子公司2028年经营情况\n子公司 营业收入（亿元） 利润总额（亿元）\n甲科技公司 36 2.5\n乙运营公司 4 0.3\n",
        "2029",
    );
    assert!(ts.is_empty(), "{:#?}", quotes(&ts));
    // One row only: not a table of units.
    let ts = targets_of(
        "表2　主要子公司2029年经营目标\n子公司 营业收入（亿元） 利润总额（亿元）\n甲科技公司 38 2.9\n",
        "2029",
    );
    assert!(ts.is_empty(), "{:#?}", quotes(&ts));
}

/// Round 14 (tuner D): a row in `%` of a 预计 / 目标 / 增长 table whose goal cell is a dash
/// and whose growth cell holds a figure is the quantity's growth; a ratio's row is not
/// (docs/extract.md, "Round 14: a row in % given by its growth cell alone").
#[test]
fn a_percent_row_with_only_a_growth_cell_is_that_growth() {
    let ts = targets_of(
        "附表\n2027年主要指标\n指标\t单位\t2026年预计\t2027年目标\t增长（%）\n地区生产总值\t亿元\t68520\t—\t5.5左右\n规模以上工业增加值\t%\t—\t—\t6.5以上\n城镇调查失业率\t%\t5.1\t—\t0.2\n",
        "2027",
    );
    assert_eq!(field_of(&ts, "规模以上工业增加值", "measure"), "growth");
    assert_eq!(field_of(&ts, "规模以上工业增加值", "value"), "6.5");
    assert!(
        with_quote_opt(&ts, "城镇调查失业率").is_none(),
        "{:#?}",
        quotes(&ts)
    );
}

fn with_quote_opt<'a>(ts: &'a [toml::Table], piece: &str) -> Option<&'a toml::Table> {
    ts.iter().find(|t| {
        t.get("quote")
            .and_then(|q| q.as_str())
            .is_some_and(|q| q.contains(piece))
    })
}

/// Round 14 (tuner D): a quantity's row with `—` in its goal-year column and a bare figure
/// under `年均增长（％）` is that average growth, the `%` being in the title (docs/extract.md,
/// "Round 14: a bare rate under a 年均 title with its %").
#[test]
fn a_bare_rate_under_a_mean_growth_title_is_the_row_s_growth() {
    let ts = targets_of(
        "“十五五”综合交通运输发展规划\n表１　主要指标\n序号\t指标\t单位\t2025年\t2030年\t年均增长（％）\t属性\n1\t铁路营业里程\t公里\t5860\t6800\t—\t预期性\n2\t港口货物吞吐量\t亿吨\t4.8\t—\t＞3\t预期性\n",
        "2026",
    );
    assert_eq!(field_of(&ts, "港口货物吞吐量", "measure"), "growth");
    assert_eq!(field_of(&ts, "港口货物吞吐量", "unit"), "%");
    assert_eq!(field_of(&ts, "港口货物吞吐量", "aggregate"), "average");
    assert_eq!(field_of(&ts, "铁路营业里程", "value"), "6800");
}

/// Twelfth set, fixed after the run (fixer F4): a task-division table copied out of a PDF
/// with runs of spaces, every cell wrapping under its own column: the lines under a row
/// whose 序号 column is blank are its cells' tails (docs/extract.md, "Twelfth set, fixed
/// after the run: a task table wrapped at runs of spaces").
#[test]
fn a_space_laid_task_table_joins_each_cells_wrapped_tail() {
    let text = "附件\n\n              重点任务分工表\n\n序号  重点任务        目标要求                  牵头单位      配合单位          完成时限\n1     推进企业上云    中小企业上云率达到        县经信局      县财政局、县      2028年12月\n      用云            75%以上                                 农业农村局        底前\n2     培育示范        引进和培育服务商12家以    县经信局      县商务局          2028年6月底\n      服务商          上                                      县人社局          前\n";
    let ts = targets_of(text, "2027");
    assert_eq!(field_of(&ts, "推进企业上云", "value"), "75");
    assert_eq!(field_of(&ts, "推进企业上云", "deadline"), "2028-12-31");
    let owners = with_quote(&ts, "推进企业上云")
        .get("owner")
        .unwrap()
        .to_string();
    assert!(owners.contains("县农业农村局"), "{owners}");
    assert_eq!(field_of(&ts, "培育示范", "value"), "12");
    assert_eq!(field_of(&ts, "培育示范", "deadline"), "2028-06-30");
    let owners = with_quote(&ts, "培育示范")
        .get("owner")
        .unwrap()
        .to_string();
    assert!(
        owners.contains("县商务局") && owners.contains("县人社局"),
        "{owners}"
    );
}

/// Twelfth set, fixed after the run (fixer F4): a task row due `长期坚持` whose goal in words
/// names no state reached is no target; one that does (`确保不发生…`) stays assessed
/// (docs/extract.md, "Twelfth set, fixed after the run: ongoing rows of a task table").
#[test]
fn an_ongoing_task_row_in_words_is_no_target() {
    let text = "附件\n重点任务分工表\n序号\t重点任务\t目标要求\t牵头单位\t配合单位\t完成时限\n1\t企业上云\t中小企业上云率达到75%以上\t县经信局\t县财政局\t2028年12月底前\n2\t监测评价\t按季度编制全县数字经济运行分析报告\t县统计局\t县经信局\t长期坚持\n3\t安全保障\t确保不发生重大网络安全事件\t县委网信办\t县公安局\t长期坚持\n";
    let ts = targets_of(text, "2027");
    assert!(
        with_quote_opt(&ts, "监测评价").is_none(),
        "{:#?}",
        quotes(&ts)
    );
    assert_eq!(field_of(&ts, "安全保障", "measure"), "assessed");
    assert_eq!(field_of(&ts, "企业上云", "value"), "75");
}

/// Twelfth set, fixed after the run (fixer F4): a task row's stock named as such (`…总数达到`)
/// stays a level though the row is timed by its 完成时限 (docs/extract.md, "Twelfth set, fixed
/// after the run: a stock in a timed row").
#[test]
fn a_total_in_a_timed_task_row_is_a_level() {
    let text = "附件\n重点任务分工表\n序号\t重点任务\t目标要求\t牵头单位\t配合单位\t完成时限\n1\t充电设施建设\t全县公共充电桩总数达到3000个\t县发改局\t县住建局\t2028年12月底前\n2\t充电设施建设\t新建公共充电桩800个\t县发改局\t县住建局\t2028年12月底前\n";
    let ts = targets_of(text, "2027");
    assert_eq!(field_of(&ts, "总数达到3000个", "measure"), "level");
    assert_eq!(field_of(&ts, "新建公共充电桩800个", "measure"), "ytd");
}

/// Twelfth set, fixed after the run (fixer F4): a count after a window spelled in its item
/// (`三年累计…`, `三年内…`) is summed over the window though its figure comes before its noun
/// or its verb names no making (docs/extract.md, "Twelfth set, fixed after the run: counts
/// after a spelled window").
#[test]
fn a_count_after_a_spelled_window_is_summed_whatever_its_verb() {
    let text = "某县现代农业三年行动方案（2027—2029年）\n\n二、主要目标\n到2029年，三年累计推动600个家庭农场开展标准化生产；三年内为300家家庭农场提供技术指导服务。全县农业机械总数达到1.5万台。\n";
    let ts = targets_of(text, "2027");
    assert_eq!(field_of(&ts, "600个", "measure"), "ytd");
    assert_eq!(field_of(&ts, "300家", "measure"), "ytd");
    assert_eq!(field_of(&ts, "1.5万台", "measure"), "level");
}

/// Twelfth set, fixed after the run (fixer F2): `到2027年，…` opening a later sentence of a
/// paragraph governs its own sentence only; the paragraph's next sentences keep the plan's end.
/// One naming the plan's end, or one opening the paragraph, governs the paragraph (docs/extract.md,
/// "Twelfth set, fixed after the run: a deadline inside a paragraph").
#[test]
fn a_deadline_opening_a_later_sentence_governs_that_sentence_only() {
    let text = "某市国民经济和社会发展第十五个五年规划纲要\n一、主要任务\n（一）壮大先进制造业。实施技改提升行动。到2027年，智能工厂达到40家。新建标准厂房50万平方米。\n（二）发展现代服务业。到2030年，物流业增加值达到300亿元。新增A级物流企业20家。\n（三）推进绿色转型。完善回收体系。到2030年，再生资源回收率达到60%。新建回收站点80个。\n";
    let ts = targets_of(text, "2026");
    assert_eq!(field_of(&ts, "智能工厂达到40家", "deadline"), "2027-12-31");
    assert_eq!(
        field_of(&ts, "新建标准厂房50万平方米", "deadline"),
        "2030-12-31"
    );
    assert_eq!(
        field_of(&ts, "新增A级物流企业20家", "deadline"),
        "2030-12-31"
    );
    assert_eq!(field_of(&ts, "新建回收站点80个", "deadline"), "2030-12-31");
}

/// Twelfth set, fixed after the run (fixer F2): a count of projects named by their size
/// (`引进亿元以上…项目N个`) over a plan's years is a flow, ytd; `亿` is no stock word there
/// (docs/extract.md, "Twelfth set, fixed after the run: projects named by their size").
#[test]
fn projects_named_by_their_size_are_counted_over_the_plan() {
    let text = "某市国民经济和社会发展第十五个五年规划纲要\n一、主要任务\n五年引进亿元以上制造业项目150个以上，新建标准厂房80万平方米。\n";
    let ts = targets_of(text, "2026");
    assert_eq!(field_of(&ts, "制造业项目150个", "measure"), "ytd");
}

/// Twelfth set, fixed after the run (fixer F1): a report on part of a year (its title names
/// the year, then 前三季度 / 上半年 / 1—9月) sets that year's goals, even where it closes by
/// asking for next year's goals to be drafted (docs/extract.md, "Twelfth set, fixed after the
/// run: a part-year report's year").
#[test]
fn a_part_year_report_sets_its_own_year_s_goals() {
    let text = "关于某县2031年前三季度经济运行情况及四季度工作安排的报告\n——2031年10月20日在某县人大常委会会议上\n一、前三季度运行情况\n1-9月，全县地区生产总值增长5.6%。\n二、四季度工作安排\n（一）冲刺全年目标。确保全年地区生产总值增长6%左右，12月底前完成20个老旧小区改造。\n（二）谋划明年工作。研究提出明年经济社会发展主要预期目标。\n";
    let ts = targets_no_year(text);
    assert_eq!(field_of(&ts, "增长6%左右", "deadline"), "2031-12-31");
    // A title naming the next year's plan too keeps that year.
    let text = "某县2031年1—11月工作总结和2032年工作计划\n一、2032年主要目标\n全县地区生产总值增长6%左右。\n";
    let ts = targets_no_year(text);
    assert_eq!(field_of(&ts, "增长6%左右", "deadline"), "2032-12-31");
}

/// Twelfth set, fixed after the run (fixer F1): a firm's cash flow and the costs it saves are
/// flows over the year (`ytd`), as money raised or spent is.
#[test]
fn cash_flow_and_cost_savings_are_the_year_s_flows() {
    let ts = targets_of(
        "2031年主要目标：营业收入增长8%以上；经营性现金流净额不低于60亿元；全年降本增效15亿元以上。\n",
        "2031",
    );
    assert_eq!(field_of(&ts, "现金流", "measure"), "ytd");
    assert_eq!(field_of(&ts, "降本增效", "measure"), "ytd");
}

/// Twelfth set, fixed after the run (fixer F1): a dated task that connects something to the
/// grid or links every unit in (`并网`, `接入`) is a milestone, as `建成` / `开通` are.
#[test]
fn a_dated_grid_connection_or_link_in_is_a_milestone() {
    let ts = targets_of(
        "2031年重点任务\n（一）光伏电站二期工程6月底前实现并网发电。\n（二）10月底前实现下属医院全部接入。\n（三）11月底前举办冬季文旅产品推介会。\n",
        "2031",
    );
    assert_eq!(field_of(&ts, "推介会", "measure"), "milestone");
    assert_eq!(field_of(&ts, "并网发电", "measure"), "milestone");
    assert_eq!(field_of(&ts, "并网发电", "deadline"), "2031-06-30");
    assert_eq!(field_of(&ts, "全部接入", "measure"), "milestone");
}

/// Twelfth set, fixed after the run (fixer F3): a 完成时限 cell writing a year's end
/// (`2031年底`, `2030年底前`, `2031年`) dates the row at the end of that year, not the
/// text's (docs/extract.md, "Twelfth set, fixed after the run: a year's end in a 完成时限 cell").
#[test]
fn a_due_cell_naming_a_year_s_end_dates_the_row_in_that_year() {
    let ts = targets_of(
        "附件：重点任务分工表\n序号\t任务\t目标\t牵头单位\t完成时限\n1\t乡村旅游接待\t达到80万人次\t县文旅局\t2031年底\n2\t污水管网改造\t完成45公里\t县住建局\t2030年底前\n",
        "2029",
    );
    assert_eq!(field_of(&ts, "乡村旅游接待", "deadline"), "2031-12-31");
    assert_eq!(field_of(&ts, "污水管网改造", "deadline"), "2030-12-31");
}

/// Twelfth set, fixed after the run (fixer F3): trains run (开行) and people screened (筛查)
/// in the year are flows (`ytd`); a document's own parts (`四个部分`) are no target
/// (docs/extract.md, "Twelfth set, fixed after the run: 开行, 筛查 and a document's parts").
#[test]
fn trains_run_and_people_screened_are_the_year_s_flow() {
    let ts = targets_of(
        "2029年政府工作报告\n今年主要工作安排如下。扩大开放，西部陆海新通道班列开行800列以上。为20万名农村老年人免费开展眼病筛查。\n",
        "2029",
    );
    assert_eq!(field_of(&ts, "班列开行", "measure"), "ytd");
    assert_eq!(field_of(&ts, "眼病筛查", "measure"), "ytd");
    let ts = targets_of(
        "《实施方案》共分为总体要求、重点任务、保障措施三个部分，到2030年新建公园12个。\n",
        "2028",
    );
    assert!(
        with_quote_opt(&ts, "三个部分").is_none(),
        "{:#?}",
        quotes(&ts)
    );
}

/// Twelfth set, fixed after the run (fixer F3): `家次` / `户次` / `架次` are units as written,
/// and a sentence opening with 过去两年 / 过去三年 reports the past (docs/extract.md, "Twelfth
/// set, fixed after the run: 家次 and 过去两年").
#[test]
fn visits_counted_by_times_keep_their_unit_and_past_years_are_results() {
    let ts = targets_of(
        "2029年工作安排\n过去两年，我们新建了养老服务中心8个。今年，全年走访困难群众不少于500户次，新建养老服务中心5个。\n",
        "2029",
    );
    assert_eq!(field_of(&ts, "走访困难群众", "unit"), "户次");
    assert!(
        with_quote_opt(&ts, "新建了养老服务中心8个").is_none(),
        "{:#?}",
        quotes(&ts)
    );
}

/// Twelfth set, fixed after the run: a web page's footer under a task table (`【关闭窗口】
/// 【打印本页】`, `主办单位：…　网站标识码：…　…ICP备…号`) is page furniture: never a row, never
/// quoted.
#[test]
fn a_web_page_s_footer_under_a_table_is_no_row() {
    let text = "二、2027年重点任务\n序号\t任务\t目标\t牵头单位\t配合单位\t完成时限\n1\t新建充电桩\t不少于2000个\t市发展改革委\t市住建局\t2027年底\n2\t应急救援\t平均响应时间缩短至12分钟以\n\t\t内\t市应急管理局\t市卫生健康委、市公安局\t2027年底\n3\t实名登记\t登记率达到100%\t市公安局\t市交通运输局\t2027年底\n【关闭窗口】【打印本页】\n主办单位：某市人民政府办公室　网站标识码：1234567890　某ICP备12345678号\n";
    let ts = targets_of(text, "2027");
    with_quote(&ts, "新建充电桩");
    with_quote(&ts, "实名登记");
    assert!(
        ts.iter().all(|t| {
            let q = t["quote"].as_str().unwrap();
            !q.contains("ICP") && !q.contains("标识码") && !q.contains("关闭窗口")
        }),
        "{:#?}",
        quotes(&ts)
    );
}

/// Review of rounds 13–14: a short label opening a line (`金融：`, `文旅：`) names a speaker only
/// in a transcript (a host's, a reporter's or a question's label opens some line); in a
/// results report it is a list's label, and the results it lists stay results.
#[test]
fn a_line_s_label_names_a_speaker_only_in_a_transcript() {
    let report = "2029年上半年全市经济运行情况\n今年以来，全市经济运行稳中向好。\n金融：本外币存款余额增长8.2%。\n文旅：接待游客1200万人次。\n房地产：商品房销售面积增长3%。\n";
    let ts = targets_of(report, "2029");
    assert!(ts.is_empty(), "{:#?}", quotes(&ts));
    // In a transcript the same form opens an official's answer, which states goals.
    let ts = targets_of(
        "主持人：下面进入提问环节。\n澜州日报记者：今年有哪些安排？\n韩立新：今年，我们将力争研发经费投入强度达到2.8%。\n",
        "2029",
    );
    with_quote(&ts, "2.8%");
}

/// Review of rounds 13–14: `到YYYY年，` opening a later sentence of a paragraph dates that
/// sentence only when its year is before the paragraph's; a later stage (`到2030年，`) carries
/// over the sentences after it as the paragraph's own deadline would.
#[test]
fn a_later_stage_in_a_paragraph_carries_over_the_sentences_after_it() {
    let ts = targets_of(
        "二、主要目标\n到2027年，全市数字经济核心产业增加值达到100亿元。到2030年，全市建成5G基站5000个。全市数据中心机架达到3万架。\n",
        "2026",
    );
    assert_eq!(field_of(&ts, "100亿元", "deadline"), "2027-12-31");
    assert_eq!(field_of(&ts, "5000个", "deadline"), "2030-12-31");
    assert_eq!(field_of(&ts, "3万架", "deadline"), "2030-12-31");
}

// Round 15 (tuner B): the measure of counts and flows (docs/extract.md, "Round 15: the measure
// of counts and flows").

/// 完成 right before the figure counts the work done on the things after it (`完成300家…诊断`,
/// `完成2家子公司混合所有制改革`): the year's works in a year, the window's sum over a plan; 超 in
/// 超低排放 is no size class (`完成…超低排放改造企业42家` is works done), 超百亿元 still is.
#[test]
fn a_count_right_after_wancheng_is_work_done_and_chao_di_is_no_size_class() {
    let text = "某市数字化转型三年行动计划（2025—2027年）\n\n一、主要目标\n\n\
2025年，完成300家规模以上工业企业数字化转型诊断。\
到2027年，完成20家企业混合所有制改革，完成钢铁行业超低排放改造企业42家，\
培育营业收入超百亿元企业5家，完成首批30个县级物流配送中心建设改造。\n";
    let out = extract_text(text, &[]);
    let measure_of = |quote: &str| -> String {
        let block = out
            .split("[[target]]")
            .find(|b| b.contains(quote))
            .unwrap_or_else(|| panic!("no target quoting {quote}:\n{out}"));
        block
            .lines()
            .find_map(|l| l.strip_prefix("measure = "))
            .unwrap_or("")
            .trim_matches('"')
            .to_string()
    };
    assert_eq!(measure_of("完成300家规模以上工业企业数字化转型诊断"), "ytd");
    assert_eq!(measure_of("完成20家企业混合所有制改革"), "ytd");
    assert_eq!(measure_of("超低排放改造企业42家"), "ytd");
    assert_eq!(measure_of("营业收入超百亿元企业5家"), "level");
}

/// Assets stand at a moment (`lexicon::STOCK_SUMS`): `资产总额突破300亿元` is a level in a year
/// and at a plan's end, though 总额 names flows (`进出口总额`, still the year's flow).
#[test]
fn assets_are_a_stock_not_a_flow() {
    let year = extract_text(
        "某县2027年工作要点\n\n一、主要目标\n\n全年县属国有企业资产总额突破300亿元，外贸进出口总额突破50亿元。\n",
        &[],
    );
    let plan = extract_text(
        "某县国民经济和社会发展第十五个五年规划纲要（2026—2030年）\n\n一、主要目标\n\n到2030年，县属国有企业资产总额突破300亿元，地区生产总值突破600亿元。\n",
        &[],
    );
    for (out, flow) in [(&year, "进出口总额"), (&plan, "地区生产总值")] {
        let measure_of = |quote: &str| -> String {
            let block = out
                .split("[[target]]")
                .find(|b| b.contains(quote))
                .unwrap_or_else(|| panic!("no target quoting {quote}:\n{out}"));
            block
                .lines()
                .find_map(|l| l.strip_prefix("measure = "))
                .unwrap_or("")
                .trim_matches('"')
                .to_string()
        };
        assert_eq!(measure_of("资产总额突破300亿元"), "level", "{out}");
        assert_eq!(measure_of(flow), "ytd", "{out}");
    }
}

/// A counted verb with a running total between it and its count (`开通航线累计达到80条`) is the
/// level reached, as `累计开通…200条以上` is; a plain `新开通…航线5条` is still the year's flow.
#[test]
fn a_counted_verb_before_a_running_total_is_a_level() {
    let out = extract_text(
        "某市2027年工作要点\n\n一、主要目标\n\n全市开通航线累计达到80条，新开通国际货运航线5条。\n",
        &[],
    );
    let measure_of = |quote: &str| -> String {
        let block = out
            .split("[[target]]")
            .find(|b| b.contains(quote))
            .unwrap_or_else(|| panic!("no target quoting {quote}:\n{out}"));
        block
            .lines()
            .find_map(|l| l.strip_prefix("measure = "))
            .unwrap_or("")
            .trim_matches('"')
            .to_string()
    };
    assert_eq!(measure_of("开通航线累计达到80条"), "level", "{out}");
    assert_eq!(measure_of("新开通国际货运航线5条"), "ytd", "{out}");
}

// ---- Round 15, tuner A: deadlines (t77–t78) ----

/// The score of the tuning passages t77–t78 (a city plan whose only dates are its title's period,
/// with 第一阶段 / 第二阶段 and a 分年度目标 list; a district's 前三季度 press conference reading a
/// three-year action plan), printed before their tests (docs/extract.md, "Round 15: deadlines"):
/// `cargo test --test extract_documents -- --ignored t77_t78_score --nocapture`
#[test]
#[ignore]
fn t77_t78_score() {
    score_names(
        "tuning",
        &[
            "t77-city-digital-economy-plan-stages-and-yearly-goals",
            "t78-district-q3-press-conference-and-three-year-plan",
        ],
    );
}

/// Round 15 (t78): `明年` written right before a month (`到明年3月底`, `明年6月底前`) dates that
/// month in the year after the text's, not in the text's year; a report dated in October no longer
/// drops it as a month already past, and the clause after it (`年底前…`) keeps the text's year.
#[test]
fn next_year_s_month_is_in_the_next_year() {
    let text = "云溪区前三季度经济运行情况\n发布时间：2027年10月26日\n　　下一步，冬季农田水利建设将于11月中旬全面启动，到明年3月底新建高标准农田2万亩，年底前全区农村生活污水治理率提高到75%。\n";
    let ts = targets_of(text, "2027");
    assert_eq!(field_of(&ts, "2万亩", "deadline"), "2028-03-31");
    assert_eq!(field_of(&ts, "75%", "deadline"), "2027-12-31");
}

/// Round 15: the same for a quarter or a half-year after `明年` (`明年一季度`, `明年上半年`,
/// `明年三季度前`): in a text dated late in its year they were dropped as parts already past.
#[test]
fn next_year_s_quarter_and_half_are_in_the_next_year() {
    let text = "澜州市物流工作新闻发布会\n发布时间：2027年10月20日\n　　下一步，我们将重点做好以下工作：明年上半年新开通国际货运航线5条。明年一季度建成冷链物流中心2个。明年三季度前完成管网改造120公里。\n";
    let ts = targets_of(text, "2027");
    assert_eq!(field_of(&ts, "5条", "deadline"), "2028-06-30");
    assert_eq!(field_of(&ts, "2个", "deadline"), "2028-03-31");
    assert_eq!(field_of(&ts, "120公里", "deadline"), "2028-06-30");
}

#[test]
fn t77_city_plan_with_stages_and_yearly_goals() {
    assert_agreed_split(
        "tuning",
        "t77-city-digital-economy-plan-stages-and-yearly-goals",
        "prose",
        &[
            // A goal year's annual output annotated level (as t75); drafted ytd by the
            // documented convention for a flow reached by a deadline years away.
            "数字经济核心产业增加值突破600亿元",
            "数字经济核心产业增加值突破800亿元",
            "电子信息制造业营业收入达到1800亿元",
            // An undated milestone without a figure: not drafted (the dated ones are since
            // round 16: a goal year heading one task, 互联互通).
            "建成城市级物联感知平台",
            // 保障措施's talents are not drafted (its fund with a floor is since round 19 D).
            "五年内引进数字经济领域高层次人才500名",
        ],
        &[
            "数字经济核心产业增加值突破600亿元",
            "数字经济核心产业增加值突破800亿元",
            "电子信息制造业营业收入达到1800亿元",
        ],
    );
}

#[test]
fn t78_quarter_report_press_conference_with_three_year_plan() {
    assert_agreed_split(
        "tuning",
        "t78-district-q3-press-conference-and-three-year-plan",
        "prose",
        &[
            // The funds after a reported lead (`行动计划还明确，到2028年6月底前，建成…平台`, drafted
            // since round 20 D as a milestone by that month) take that window, annotated the
            // first year's.
            "每年安排先进制造业发展专项资金2亿元",
        ],
        &[
            "每年安排先进制造业发展专项资金2亿元",
            // Left out of the annotation by mistake: the annotated sets take this form as a
            // growth goal stated against GDP growth (`of`), as drafted.
            "确保全年居民人均可支配收入增长与经济增长同步",
        ],
    );
}

/// Round 15: `今明两年` (this year and the next) is a two-year window from the text's year, as
/// `两年内` is; it was read as the text's year alone.
#[test]
fn this_and_next_year_is_a_two_year_window() {
    let text = "澜州市物流工作新闻发布会\n发布时间：2027年10月20日\n　　下一步，今明两年新增A级物流企业20家。\n";
    let ts = targets_of(text, "2027");
    assert_eq!(field_of(&ts, "20家", "deadline"), "2028-12-31");
}

/// The score of the tuning passages t79–t80 (a province's 碳达峰实施方案 with 到2027年 / 到2030年
/// stages and ten 行动; a city's 十五五 education / health / culture / sport plan with rates per
/// population and facility counts), printed before their fixes (docs/extract.md, "Round 15:
/// sector plans").
/// `cargo test --test extract_documents -- --ignored t79_t80_score --nocapture`
#[test]
#[ignore]
fn t79_t80_score() {
    score_names(
        "tuning",
        &[
            "t79-province-carbon-peak-implementation-plan",
            "t80-city-public-services-sector-plan",
        ],
    );
}

// ---- Round 15 (tuner C): sector plans and implementation plans ----

/// The draft of `text` run with no `--year`: the text dates itself.
fn targets_undated(text: &str) -> Vec<toml::Table> {
    let (_dir, path) = temp_file("doc.txt", text);
    let out = progress().arg("extract").arg(&path).assert().success();
    let draft = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    let t: toml::Table = toml::from_str(&draft).unwrap();
    t.get("target")
        .and_then(|x| x.as_array())
        .map(|a| a.iter().map(|x| x.as_table().unwrap().clone()).collect())
        .unwrap_or_default()
}

/// Round 15: a plan naming no period in its title (`…碳达峰实施方案`) ends at the last stage its
/// goals set (`到2030年，…`): a figure of its tasks with no date of its own is due then, not in
/// the year of its date line; a sentence with its own `到2027年` keeps it.
#[test]
fn a_plan_without_a_period_ends_at_the_last_stage_of_its_goals() {
    let plan = "澜山省碳达峰实施方案\n一、总体要求\n（一）主要目标\n到2027年，非化石能源消费比重达到25%。\n到2030年，非化石能源消费比重达到30%，确保2030年前实现碳达峰。\n二、重点任务\n（一）能源绿色低碳转型行动\n抽水蓄能电站装机容量达到800万千瓦。到2027年，新能源装机容量达到4500万千瓦。省发展改革委于2028年开展中期评估。\n\n澜山省人民政府\n2026年3月18日\n";
    let ts = targets_undated(plan);
    assert_eq!(field_of(&ts, "800万千瓦", "deadline"), "2030-12-31");
    assert_eq!(field_of(&ts, "800万千瓦", "start"), "2026-01-01");
    assert_eq!(field_of(&ts, "4500万千瓦", "deadline"), "2027-12-31");
    assert_eq!(field_of(&ts, "达到25%", "deadline"), "2027-12-31");
    // A report is no plan: its title names no plan's kind, and its year stays its own.
    let report = "澜山省能源发展情况报告\n一、主要目标\n到2030年，非化石能源消费比重达到30%。\n二、工作安排\n抽水蓄能电站装机容量达到800万千瓦。\n\n澜山省能源局\n2026年3月18日\n";
    let ts = targets_undated(report);
    assert_eq!(field_of(&ts, "800万千瓦", "deadline"), "2026-12-31");
}

/// Round 15: `累计建成…` with no window in a plan over several years, outside its results, is
/// the plan's goal for its end (a stock), not a status remembered as a baseline.
#[test]
fn a_running_total_in_a_plan_s_tasks_is_a_goal() {
    let plan = "澜山省“十五五”交通发展规划（2026—2030年）\n一、发展基础\n全省已累计建成充电桩8万个。\n二、重点任务\n累计建成充电基础设施30万个，实现高速公路服务区快充站全覆盖。\n";
    let ts = targets_of(plan, "2026");
    assert_eq!(field_of(&ts, "30万个", "measure"), "level");
    assert_eq!(field_of(&ts, "30万个", "deadline"), "2030-12-31");
    assert!(with_quote_opt(&ts, "8万个").is_none(), "{:#?}", quotes(&ts));
}

/// Round 15: coal used per unit made (`克标准煤/千瓦时`, `千克标准煤/吨`) and books held (册)
/// are units; a figure bounded by 以上 that names the class of the noun after it
/// (`消除56人以上大班额`) is no goal.
#[test]
fn coal_per_unit_and_books_are_units_and_a_class_bound_is_no_goal() {
    let ts = targets_of(
        "二、主要目标\n到2030年，现役煤电机组平均供电煤耗降至298克标准煤/千瓦时以下，吨钢综合能耗降至540千克标准煤/吨，公共图书馆人均藏书量达到1.6册。\n义务教育大班额比例控制在2%以内，消除56人以上大班额。培育营业收入10亿元以上企业50家。\n",
        "2026",
    );
    assert_eq!(field_of(&ts, "298", "unit"), "克标准煤/千瓦时");
    assert_eq!(field_of(&ts, "298", "rule"), "at-most");
    assert_eq!(field_of(&ts, "540", "unit"), "千克标准煤/吨");
    assert_eq!(field_of(&ts, "1.6册", "unit"), "册");
    assert!(with_quote_opt(&ts, "大班额").is_none_or(|t| t["value"].as_integer() == Some(2)));
    assert!(
        ts.iter()
            .all(|t| t.get("value").and_then(|v| v.as_integer()) != Some(56))
    );
    assert_eq!(field_of(&ts, "50家", "value"), "50");
}

/// t79 (a province's 碳达峰实施方案): every annotation but the judgement calls. States of degree
/// in the goals' lead paragraph (取得明显进展, 大幅提升, …) are left out by the convention the
/// annotated sets hold (docs/extract.md); (one-sided 达到…%左右 is right since fix C3); counts
/// of 完成 / 建成 / 创建 in a plan are the measure
/// question of round 15's tuner B; the rest are never proposed (达到最大负荷的5%, 2030年前实现
/// 碳达峰, 比2025年提高15% read as an increase).
#[test]
fn t79_carbon_peak_implementation_plan() {
    assert_agreed_in(
        "tuning",
        "t79-province-carbon-peak-implementation-plan",
        "prose",
        &[
            "产业结构和能源结构调整优化取得明显进展",
            "重点行业能源利用效率大幅提升",
            "绿色低碳技术研发和推广应用取得新突破",
            "绿色生产生活方式得到普遍推行",
            "政策体系进一步完善",
            "2030年前实现碳达峰",
            "电力需求侧响应能力达到最大负荷的5%",
            "主要资源产出率比2025年提高15%",
            // (试点园区20个 is right since sixteenth set, fixed after the run: a list's later item shares the verb.)
        ],
    );
}

/// t80 (a city's 十五五 education / health / culture / sport plan): every annotation but the
/// judgement calls. 基本实现… / 全面建成… / states of degree in the goals' lead sentence are
/// left out by the sets' convention (34 of 44 such phrases left out, the rest assessed, none a
/// milestone); counts of 新建 / 建成 facilities are tuner B's measure question; 稳定在90%左右
/// is split like 达到…左右; 消除…大班额, 达标率100% and 共建…10个 are never proposed.
#[test]
fn t80_city_public_services_sector_plan() {
    assert_agreed_in(
        "tuning",
        "t80-city-public-services-sector-plan",
        "prose",
        &[
            "基本实现教育现代化",
            "健康江临建设取得显著成效",
            "公共文化服务体系全面建成",
            "体育强市建设迈上新台阶",
            "基本公共服务均等化水平明显提升",
            "消除56人以上大班额",
            "共建现代产业学院10个",
            "达标率100%",
            "县域内就诊率稳定在90%左右",
            "全面建成城市社区“15分钟健身圈”",
        ],
    );
}

/// Round 15: a dated review passed (`2028年底前，…通过…督导评估`) is a milestone; 通过 as "by
/// means of" (`年底前，通过招商引资，…`) is no predicate.
#[test]
fn a_dated_review_passed_is_a_milestone() {
    let ts = targets_of(
        "二、重点任务\n2028年底前，全市所有县（市、区）通过国家义务教育优质均衡发展督导评估。年底前，通过招商引资，引进项目。\n",
        "2026",
    );
    assert_eq!(field_of(&ts, "督导评估", "measure"), "milestone");
    assert_eq!(field_of(&ts, "督导评估", "deadline"), "2028-12-31");
    assert!(
        with_quote_opt(&ts, "招商引资").is_none(),
        "{:#?}",
        quotes(&ts)
    );
}

// ---- Round 15, tuner E: year-end summaries, meeting news, past results ----

/// The score of the tuning passages t83–t84 (a county bureau's year-end summary with next
/// year's plans; a city daily's report on a meeting mixing what was done with what is planned):
/// `cargo test --test extract_documents -- --ignored t83_t84_score --nocapture`
#[test]
#[ignore]
fn t83_t84_score() {
    score_names(
        "tuning",
        &[
            "t83-county-development-bureau-year-end-summary-and-plans-2028",
            "t84-city-news-report-new-energy-vehicle-meeting-2028",
        ],
    );
}

/// Round 15 E: t83 and t84 still draft past results the rules do not read yet (docs,
/// "Round 15 E"), so they are held to their scores: no fewer right, no more false.
fn assert_round15_e(name: &str, right: usize, false_props: usize) {
    let s = score("tuning", name, Some("prose"), Mode::Asserted);
    assert!(s.right >= right, "{name}: right {} < {right}", s.right);
    assert!(
        s.false_props.len() <= false_props,
        "{name}: false {:#?}",
        s.false_props
    );
}

#[test]
fn t83_county_bureau_year_end_summary() {
    // Missed: 下降2.5%左右 (drafted at-most with a tolerance, annotated about) and 亩均税收
    // (drafted level, annotated ytd); false: those two. (One run also drafted the results
    // after `争取…资金5.6亿元，比上年增加1.2亿元。` under a results heading: 6 false.)
    assert_round15_e(
        "t83-county-development-bureau-year-end-summary-and-plans-2028",
        34,
        2,
    );
}

#[test]
fn t84_city_news_report_on_a_meeting() {
    // One run: 22 right, 10 false; the aside and reported-speech rules: 28 right (and the
    // goals they let through bring 3 drafted pieces the annotator left out or took
    // otherwise); 预计 as a forecast: 13 false.
    assert_round15_e(
        "t84-city-news-report-new-energy-vehicle-meeting-2028",
        28,
        13,
    );
}

/// Round 15 E: a news report's account of what it was told (`据了解，…`) is results to the
/// end of its paragraph, not to the next heading (a news report has none); a lead naming
/// who said it (`市工信局负责人在会上表示，`) before `今年将…` turns the report to goals, and
/// before `去年…` opens results, as the same words opening the sentence would.
#[test]
fn a_news_report_s_aside_ends_with_its_paragraph() {
    let ts = targets_of(
        "东岚市召开推进会\n据了解，今年以来全市已组织开展促消费活动5场。市工业和信息化局负责人在会上表示，今年将推动企业数字化改造覆盖率达到80%。\n记者从市商务局获悉，全市将新建公共充电桩5000个。\n市人社局负责人介绍，去年以来全市共引进高层次人才326名。\n",
        "2028",
    );
    with_quote(&ts, "80%");
    with_quote(&ts, "5000个");
    let qs = quotes(&ts);
    assert!(
        !qs.iter().any(|q| q.contains("5场") || q.contains("326名")),
        "{qs:#?}"
    );
}

/// Round 15 E: 预计 before a figure is a forecast, never a goal, with a window in the sentence
/// or not (`全年粮食产量预计达到21.6万吨`, `预计参展车企超过60家`).
#[test]
fn a_forecast_is_no_goal() {
    let ts = targets_of(
        "今年，全区将新建高标准农田2万亩，全年粮食产量预计达到21.6万吨。博览会预计参展车企超过60家。\n",
        "2028",
    );
    with_quote(&ts, "2万亩");
    let qs = quotes(&ts);
    assert!(
        !qs.iter()
            .any(|q| q.contains("21.6万吨") || q.contains("60家")),
        "{qs:#?}"
    );
}

/// Round 15 E: 争取 opening a sentence under a results heading reports what was obtained
/// (`争取…资金5.6亿元，比上年增加1.2亿元。`); the results section goes on past it.
#[test]
fn obtained_funds_under_a_results_heading_stay_results() {
    let ts = targets_of(
        "一、2027年工作完成情况\n全年完成投资148.2亿元。争取上级资金5.6亿元，比上年增加1.2亿元。储备项目达到86个。\n二、2028年工作打算\n争取上级资金6亿元以上。\n",
        "2028",
    );
    with_quote(&ts, "6亿元以上");
    let qs = quotes(&ts);
    assert!(
        !qs.iter()
            .any(|q| q.contains("5.6亿元") || q.contains("1.2亿元") || q.contains("86个")),
        "{qs:#?}"
    );
}

// ---- Round 15, tuner D: tables not read yet (t81, t82) ----

/// The score of the tuning passages t81–t82 (a 年度目标分解表 with year columns, a 三年累计
/// column and a merged 类别 column; a PDF task-division table whose cells wrap in every column).
/// `cargo test --test extract_documents -- --ignored t81_t82_score --nocapture`
#[test]
#[ignore]
fn t81_t82_score() {
    score_names(
        "tuning",
        &[
            "t81-city-digital-transformation-annual-decomposition-table",
            "t82-city-renewal-task-division-pdf-wrapped-cells",
        ],
    );
}

/// t81's table and both kinds of t82 as annotated; t81's prose keeps three differences
/// (docs/extract.md, "Round 15: tables not read yet"): 举办…活动不少于10场 drafted a level (a
/// measure of prose counts, tuner B's topic), 一次性奖励200万元 (a subsidy rate) and 完成率低于
/// 80%的…约谈 (a threshold) drafted as goals — left to the precision work of tuner E.
#[test]
fn t81_t82_tables_as_annotated() {
    let t81 = "t81-city-digital-transformation-annual-decomposition-table";
    let t82 = "t82-city-renewal-task-division-pdf-wrapped-cells";
    assert_agreed_in("tuning", t81, "table", &[]);
    assert_agreed_in("tuning", t82, "table", &[]);
    assert_agreed_in("tuning", t82, "prose", &[]);
}

/// A notice whose plan is named on the line after its addressees (`各区人民政府，…：⏎为贯彻落实
/// 《…三年行动计划（2027—2029年）》`): the period is the text's own, so the table's
/// `2027年  2028年  2029年` columns are three goals (no base year), and the `三年累计` cell of a
/// row of yearly additions is their sum, `ytd` over 2027–2029.
#[test]
fn a_by_year_table_of_a_plan_named_after_the_addressees_has_a_total_column() {
    let ts = targets_of(
        "青川市人民政府办公室关于印发年度目标分解表的通知\n\n各区人民政府，市政府各部门：\n    为贯彻落实《青川市推进制造业数字化转型三年行动计划（2027—2029年）》，现将主要目标分解到年度。\n\n类别      指标名称                单位    2027年    2028年    2029年    三年累计    牵头单位\n智能制造  新增省级智能工厂        家      8         10        12        30          市工业和信息化局\n          实施智能化技术改造项目  个      120       130       150       400         市发展改革委\n          关键工序数控化率        %       64        67        70        —           市工业和信息化局\n",
        "2027",
    );
    let year = |t: &toml::Table| t["deadline"].as_datetime().unwrap().to_string()[..4].to_string();
    let of = |piece: &str, v: i64| {
        ts.iter()
            .find(|t| {
                t["quote"].as_str().unwrap().contains(piece) && t["value"].as_integer() == Some(v)
            })
            .unwrap_or_else(|| panic!("no {piece} {v}: {ts:#?}"))
    };
    let t = of("新增省级智能工厂", 8);
    assert_eq!(
        (t["measure"].as_str(), year(t)),
        (Some("ytd"), "2027".into())
    );
    let t = of("新增省级智能工厂", 30);
    assert_eq!(
        (t["measure"].as_str(), year(t)),
        (Some("ytd"), "2029".into())
    );
    assert_eq!(t["start"].as_datetime().unwrap().to_string(), "2027-01-01");
    // A row opening with 实施 counts the year's projects: ytd, as 新增.
    let t = of("实施智能化技术改造项目", 130);
    assert_eq!(
        (t["measure"].as_str(), year(t)),
        (Some("ytd"), "2028".into())
    );
    of("实施智能化技术改造项目", 400);
    // A rate keeps its levels, and its `—` total is no target.
    let t = of("关键工序数控化率", 64);
    assert_eq!(t["measure"].as_str(), Some("level"));
    assert_eq!(ts.len(), 11, "{ts:#?}");
}

/// A task-division table copied from a PDF at runs of spaces, a row's first line leaving its
/// 备注 cell blank: the row's wrapped lines are still one row (its pieces placed under the
/// header's cells), and a 备注 printed last is left out of the quote.
#[test]
fn a_wrapped_task_row_with_a_blank_remark_is_one_row() {
    let ts = targets_of(
        "青川市2027年城市更新重点任务分工表\n\n序号  重点任务          目标要求                    牵头单位      配合单位        完成时限      备注\n1     提升城市绿化品质  新增城市绿地面积30公顷以    市园林绿化局  各区政府        2027年12月底\n                        上，建成区绿化覆盖率提高到                                前\n                        43.5%\n2     缓解城市交通拥堵  高峰时段主干道拥堵里程比例  市公安局交通  市交通运输局    2027年11月底  2026年新增\n                        由12%降至10%                警察支队                      前            3200个\n",
        "2027",
    );
    let t = with_quote(&ts, "新增城市绿地面积");
    assert_eq!(t["value"].as_integer(), Some(30), "{t:#?}");
    assert_eq!(t["owner"][0].as_str(), Some("市园林绿化局"), "{t:#?}");
    assert!(
        ts.iter()
            .any(|t| t["value"].as_float() == Some(43.5) && t["measure"].as_str() == Some("level")),
        "{ts:#?}"
    );
    let t = with_quote(&ts, "拥堵里程比例");
    assert_eq!(t["rule"].as_str(), Some("at-most"), "{t:#?}");
    assert_eq!(t["measure"].as_str(), Some("level"), "{t:#?}");
    assert_eq!(t["value"].as_integer(), Some(10), "{t:#?}");
    assert_eq!(
        t["owner"][0].as_str(),
        Some("市公安局交通警察支队"),
        "{t:#?}"
    );
    assert_eq!(
        t["deadline"].as_datetime().unwrap().to_string(),
        "2027-11-30"
    );
    assert!(
        !ts.iter()
            .any(|t| t["quote"].as_str().unwrap().contains("3200")),
        "{ts:#?}"
    );
}

// ---- Round 16: table rows (tuner D) ----

/// A task table's goal cell opening with 累计建成 is the total the row must reach by its
/// 完成时限, not a status report (as 累计建成 is in prose).
#[test]
fn a_running_total_built_in_a_task_table_goal_cell_is_a_goal() {
    let ts = targets_of(
        "附件：主要目标任务分工表\n序号\t任务\t目标\t牵头单位\t配合单位\t完成时限\n1\t低空起降点建设\t累计建成1000个以上\t市交通运输局\t各区县政府\t2031年底\n2\t建设智能工厂\t累计建成省级以上智能工厂30家\t市工信局\t市财政局\t2029年12月底前\n",
        "2029",
    );
    let t = with_quote(&ts, "低空起降点建设");
    assert_eq!(t["value"].as_integer(), Some(1000), "{t:#?}");
    assert_eq!(t["rule"].as_str(), Some("at-least"), "{t:#?}");
    assert_eq!(t["name"]["zh"].as_str(), Some("低空起降点建设"), "{t:#?}");
    assert_eq!(t["deadline"].to_string(), "2031-12-31");
    let t = with_quote(&ts, "智能工厂30家");
    assert_eq!(
        (t["value"].as_integer(), t["unit"].as_str()),
        (Some(30), Some("家"))
    );
    assert!(
        ts.iter().all(|t| t["measure"].as_str() != Some("assessed")),
        "{ts:#?}"
    );
}

/// A tab row cut inside its last cell (`…缩短至12分钟以` then `<TAB><TAB>内<TAB>owner…`): the
/// line below finishes the cell and gives the row's other cells; 分钟 with a rule word is a
/// unit, `15分钟便民生活圈` stays a name.
#[test]
fn a_tab_row_cut_in_its_last_cell_takes_its_other_cells_from_the_line_below() {
    let ts = targets_of(
        "附件：主要目标任务分工表\n序号\t任务\t目标\t牵头单位\t配合单位\t完成时限\n5\t低空应急救援\t市级低空应急救援平均响应时间缩短至12分钟以\n\t\t内\t市应急管理局\t市卫生健康委、市公安局\t2030年底\n6\t低空飞行器实名登记\t登记率达到100%\t市公安局\t市交通运输局\t2030年底\n",
        "2029",
    );
    let t = with_quote(&ts, "低空应急救援");
    assert_eq!(
        (
            t["value"].as_integer(),
            t["unit"].as_str(),
            t["rule"].as_str()
        ),
        (Some(12), Some("分钟"), Some("at-most")),
        "{t:#?}"
    );
    assert_eq!(t["measure"].as_str(), Some("level"));
    assert_eq!(t["owner"][0].as_str(), Some("市应急管理局"), "{t:#?}");
    assert_eq!(t["deadline"].to_string(), "2030-12-31");
    assert!(t["quote"].as_str().unwrap().contains("12分钟以内"));
    let ts = targets_of("2027年，新建城区“15分钟便民生活圈”3个。\n", "2027");
    assert!(
        ts.iter().all(|t| t["unit"].as_str() != Some("分钟")),
        "{ts:#?}"
    );
}

/// `同比下降` alone in a task table's goal cell is a direction of the year-on-year change
/// (growth, falls, no value); a cell of work verbs only (巩固…，深入推进…，打造…) is no target.
#[test]
fn a_year_on_year_direction_in_a_task_table_is_a_growth_direction() {
    let ts = targets_of(
        "序号\t重点任务\t目标要求\t牵头单位\t责任单位\t完成时限\n18\t生产安全事故死亡人数\t同比下降\t区应急管理局\t各街道\t2028年12月底\n23\t推进乡村全面振兴\t巩固拓展脱贫攻坚成果，深入推进农村人居环境整治提升，壮大村级集体经济，打造宜居宜业和美乡村\t区农业农村局\t各街道\t2028年12月底\n",
        "2028",
    );
    let t = with_quote(&ts, "生产安全事故死亡人数");
    assert_eq!(
        (
            t["measure"].as_str(),
            t["rule"].as_str(),
            t["unit"].as_str()
        ),
        (Some("growth"), Some("falls"), Some("%")),
        "{t:#?}"
    );
    assert!(t.get("value").is_none(), "{t:#?}");
    assert_eq!(ts.len(), 1, "{ts:#?}");
}

/// Round 16 (tuner A): a goal year opening or heading one task with no figure dates it as a
/// milestone (`到2027年实现5G网络行政村全覆盖`, `到2027年，…完成扩区调区`), unless hedged
/// (`基本建成…`) or a campaign's reach (`…数字化改造实现全覆盖`); `互联互通` finishes a dated
/// task and `建成通航` is a milestone (docs/extract.md, "Round 16: a goal year heading one task").
#[test]
fn a_goal_year_heading_one_task_dates_it_as_a_milestone() {
    let text = "平川县“十五五”规划纲要\n\n　　加快新型基础设施建设，到2027年实现5G网络行政村全覆盖。推进平川河流域综合治理，到2029年完成干流生态修复工程。到2027年，平川经济开发区完成扩区调区。到2030年，全县覆盖城乡的医疗卫生服务体系基本建成。到2028年，全县规上工业企业数字化改造实现全覆盖。建设城市运行管理服务平台，2026年底前实现县、乡两级平台互联互通。平川通用机场2030年建成通航。今年底前出台《平川县低空飞行管理办法》。\n";
    let ts = targets_of(text, "2026");
    for (piece, deadline) in [
        ("5G网络行政村全覆盖", "2027-12-31"),
        ("完成干流生态修复工程", "2029-12-31"),
        ("完成扩区调区", "2027-12-31"),
        ("互联互通", "2026-12-31"),
        ("建成通航", "2030-12-31"),
        ("出台《平川县低空飞行管理办法》", "2026-12-31"),
    ] {
        let t = with_quote(&ts, piece);
        assert_eq!(t["measure"].as_str(), Some("milestone"), "{t:#?}");
        assert_eq!(t["deadline"].to_string(), deadline, "{piece}");
    }
    for piece in ["基本建成", "数字化改造"] {
        assert!(with_quote_opt(&ts, piece).is_none(), "{piece}: {ts:#?}");
    }
}

// ---- Round 16, tuner B: the measure of counts, continued ----

/// The measure drafted for the target quoting `quote` in `out`.
fn r16b_measure_of(out: &str, quote: &str) -> String {
    let block = out
        .split("[[target]]")
        .find(|b| b.contains(quote))
        .unwrap_or_else(|| panic!("no target quoting {quote}:\n{out}"));
    block
        .lines()
        .find_map(|l| l.strip_prefix("measure = "))
        .unwrap_or("")
        .trim_matches('"')
        .to_string()
}

/// In one year, events held (`举办…20场以上`, `开展…8次以上`) and those a service is given to
/// (`为2000户…实施…改造`) are the year's flow in any document; a fall of so many percentage
/// points (`下降0.3个百分点`) is a fall of the level, not a growth rate; over a plan's years,
/// firms pushed to do a work (`推动3000家中小企业开展数字化转型`) are summed as the work is.
#[test]
fn events_those_served_and_firms_pushed_are_flows_and_a_fall_in_points_is_a_level() {
    let year = extract_text(
        "某区2027年前三季度经济运行情况新闻发布会\n\n四季度，我们将举办“金秋消费季”系列活动20场以上，开展专题招商活动8次以上；为2000户特殊困难老年人家庭实施居家适老化改造；产业链企业平均融资成本下降0.3个百分点。\n",
        &[],
    );
    assert_eq!(r16b_measure_of(&year, "系列活动20场以上"), "ytd", "{year}");
    assert_eq!(
        r16b_measure_of(&year, "专题招商活动8次以上"),
        "ytd",
        "{year}"
    );
    assert_eq!(r16b_measure_of(&year, "为2000户"), "ytd", "{year}");
    assert_eq!(
        r16b_measure_of(&year, "融资成本下降0.3个百分点"),
        "level",
        "{year}"
    );
    let block = year
        .split("[[target]]")
        .find(|b| b.contains("融资成本下降"))
        .unwrap();
    assert!(block.contains("increase = -0.3"), "{block}");
    assert!(block.contains("unit = \"%\""), "{block}");
    let plan = extract_text(
        "某市数字经济发展实施方案（2026—2030年）\n\n一、主要目标\n\n到2030年，推动3000家中小企业开展数字化转型，全市经济总量突破5000亿元。\n",
        &[],
    );
    assert_eq!(
        r16b_measure_of(&plan, "推动3000家中小企业"),
        "ytd",
        "{plan}"
    );
}

/// Over a plan's years, works measured by their extent or capacity (`完成…改造1200万千瓦`,
/// `…1200万平方米`), vehicles renewed (`更新城市公交车400辆`) and idle land put back to use
/// (`盘活存量低效用地10万亩`) are summed as counts made are; a capacity reached (`装机容量达到
/// 500万千瓦`) stays a level. In one year, standards issued and patents filed are the year's.
#[test]
fn works_by_extent_renewals_and_filings_are_flows() {
    let plan = extract_text(
        "某省碳达峰实施方案（2026—2030年）\n\n一、主要目标\n\n到2030年，完成煤电机组改造1200万千瓦，完成既有建筑节能改造1200万平方米，更新城市公交车400辆，盘活存量低效用地10万亩，新型储能装机容量达到500万千瓦。\n",
        &[],
    );
    for q in [
        "1200万千瓦",
        "1200万平方米",
        "更新城市公交车400辆",
        "盘活存量低效用地",
    ] {
        assert_eq!(r16b_measure_of(&plan, q), "ytd", "{q}: {plan}");
    }
    assert_eq!(
        r16b_measure_of(&plan, "装机容量达到500万千瓦"),
        "level",
        "{plan}"
    );
    let year = extract_text(
        "某集团2029年经营情况通报\n\n今年，集团将发布团体标准5项以上，新申请发明专利80件以上。\n",
        &[],
    );
    assert_eq!(
        r16b_measure_of(&year, "发布团体标准5项以上"),
        "ytd",
        "{year}"
    );
    assert_eq!(
        r16b_measure_of(&year, "新申请发明专利80件以上"),
        "ytd",
        "{year}"
    );
}

/// Over a plan's years, a count after 改扩建 shared over a list (`新建、改扩建公办幼儿园60所`)
/// and a count of projects whose noun names a ranking (`引进世界500强企业投资项目20个`) are
/// summed over the window.
#[test]
fn rebuilt_schools_and_projects_of_ranked_firms_are_summed_over_a_plan() {
    let plan = extract_text(
        "某市公共服务“十五五”规划（2026—2030年）\n\n一、主要目标\n\n到2030年，新建、改扩建公办幼儿园60所，引进世界500强企业投资项目20个。\n",
        &[],
    );
    assert_eq!(r16b_measure_of(&plan, "幼儿园60所"), "ytd", "{plan}");
    assert_eq!(r16b_measure_of(&plan, "投资项目20个"), "ytd", "{plan}");
}

/// Money allocated with 累计 over a plan's years (`三年累计安排…专项资金不少于6亿元`) is the
/// window's sum, as `三年累计完成投资…` is; an industry's size (产业规模) stays as read.
#[test]
fn money_allocated_with_leiji_over_a_plan_is_summed() {
    let plan = extract_text(
        "某市低空经济高质量发展三年行动方案（2029—2031年）\n\n一、主要目标\n\n到2031年，市财政三年累计安排低空经济发展专项资金不少于6亿元，产业规模突破500亿元。\n",
        &[],
    );
    assert_eq!(
        r16b_measure_of(&plan, "专项资金不少于6亿元"),
        "ytd",
        "{plan}"
    );
    assert!(plan.contains("start = 2029-01-01"), "{plan}");
}

// ---- Round 16 E: new genres (a city's 民生实事项目 list, a province's 优化营商环境 plan) ----

/// The score of the tuning passages t85–t86 (a city's 民生实事项目 list with its items in prose
/// and in a table; a province's 优化营商环境 three-year plan), printed before their fixes
/// (docs/extract.md, "Round 16 E"):
/// `cargo test --test extract_documents -- --ignored t85_t86_score --nocapture`
#[test]
#[ignore]
fn t85_t86_score() {
    score_names(
        "tuning",
        &[
            "t85-city-livelihood-projects-list-2028",
            "t86-province-business-environment-action-plan-2028-2030",
        ],
    );
}

/// Round 16 E: an item laid out as labelled lines (`责任单位：…`, `完成时限：…`, a city's
/// 民生实事项目 list) gives every figure of the item its owners and its deadline; a figure
/// with a month of its own keeps it; the next item takes its own lines.
#[test]
fn an_item_s_labelled_lines_give_its_owners_and_deadline() {
    let ts = targets_of(
        "2028年市级民生实事项目\n\n    一、改造城镇老旧小区\n    目标：全年开工改造城镇老旧小区120个，加装电梯200部；6月底前完成全部改造项目招标。\n    责任单位：市住房城乡建设局，各区人民政府\n    完成时限：2028年11月底\n\n    二、新建改扩建中小学校\n    建设内容：新建改扩建中小学校8所，新增公办学位9600个。\n    责任单位：市教育局\n    完成时限：2028年8月底\n",
        "2028",
    );
    for (piece, owner, due) in [
        ("120个", "市住房城乡建设局", "2028-11-30"),
        ("200部", "市住房城乡建设局", "2028-11-30"),
        ("招标", "市住房城乡建设局", "2028-06-30"),
        ("8所", "市教育局", "2028-08-31"),
        ("9600个", "市教育局", "2028-08-31"),
    ] {
        let t = with_quote(&ts, piece);
        assert_eq!(t["deadline"].to_string(), due, "{piece}");
        let owners = t["owner"].as_array().unwrap();
        assert_eq!(owners[0].as_str(), Some(owner), "{piece}");
    }
    assert!(
        !quotes(&ts)
            .iter()
            .any(|q| q.contains("责任单位") || q.contains("完成时限")),
        "{ts:#?}"
    );
}

/// Round 16 E: a business-environment plan's wording: a list enlarged to (扩充至), a time
/// taken cut by (较2027年缩短20%), kinds counted (精简至38种), a span of days written 日
/// (压缩至45日以内; `3月15日以内` stays a date).
#[test]
fn business_environment_wording() {
    let ts = targets_of(
        "    到2030年，“首违不罚”清单事项扩充至300项，执行合同用时较2027年缩短20%，监管证件精简至38种，行政复议案件平均办理时间压缩至45日以内。\n",
        "2028",
    );
    let t = with_quote(&ts, "300项");
    assert_eq!(t["rule"].as_str(), Some("at-least"));
    let t = with_quote(&ts, "缩短20%");
    assert_eq!(t["measure"].as_str(), Some("growth"));
    assert_eq!(
        t["value"]
            .as_float()
            .or(t["value"].as_integer().map(|v| v as f64)),
        Some(-20.0)
    );
    let t = with_quote(&ts, "38种");
    assert_eq!(t["rule"].as_str(), Some("at-most"));
    let t = with_quote(&ts, "45日");
    assert_eq!(
        (t["unit"].as_str(), t["measure"].as_str()),
        (Some("日"), Some("level"))
    );
}

/// Round 16 E: a milestone dated two years or more before the text's year describes what a
/// task applies to (`对2000年底前建成的老旧小区实施改造`), no promise.
#[test]
fn a_long_past_date_is_no_milestone() {
    let ts = targets_of(
        "2028年民生实事项目\n    对2000年底前建成的老旧小区实施改造，全年开工改造城镇老旧小区120个。\n",
        "2028",
    );
    with_quote(&ts, "120个");
    assert!(!quotes(&ts).iter().any(|q| q.contains("2000年")), "{ts:#?}");
}

/// Round 16 E: a passage holds to its annotation but for the named calls: every miss is one
/// of `missed` (by its clause), every false proposal quotes one of `false_quotes`.
fn assert_calls(name: &str, kind: &str, missed: &[&str], false_quotes: &[&str]) {
    let s = score("tuning", name, Some(kind), Mode::Asserted);
    let m: Vec<&String> = s
        .missed
        .iter()
        .filter(|m| !missed.iter().any(|j| m.starts_with(j)))
        .collect();
    assert!(m.is_empty(), "{name}: missed {m:#?}");
    let f: Vec<&String> = s
        .false_props
        .iter()
        .filter(|p| !false_quotes.iter().any(|j| p.contains(j)))
        .collect();
    assert!(f.is_empty(), "{name}: false {f:#?}");
    let q: Vec<&String> = s
        .quoted_none
        .iter()
        .filter(|n| !false_quotes.iter().any(|j| j.contains(n.as_str())))
        .collect();
    assert!(q.is_empty(), "{name}: quoted {q:?}");
}

/// Round 16 E: t85 (a city's 民生实事项目 list) and t86 (a province's 优化营商环境 plan) hold
/// to their annotations but for the named calls (docs/extract.md, "Round 16 E").
#[test]
fn t85_t86_new_genres() {
    let t85 = "t85-city-livelihood-projects-list-2028";
    let t86 = "t86-province-business-environment-action-plan-2028-2030";
    // 安排…项目13件 / 计划总投资 (annotated ytd as in t84; the first not drafted, the second
    // drafted level: round 16 B's measure), 形成24件候选项目 (the selection process).
    // (And a threshold of an audit, 投资1000万元以上的项目: round 16 C's.)
    assert_calls(
        t85,
        "prose",
        &["共安排民生实事项目13件", "计划总投资42.3亿元"],
        &[
            "形成24件候选项目",
            "计划总投资42.3亿元",
            "投资1000万元以上的项目开展跟踪审计",
        ],
    );
    // 新辟 in a table's goal cell; 实现城区农贸市场全覆盖 (the annotator left it out as the
    // result of the 30 快检室, as t84; the reader drafts it as a milestone, as round 16 A's
    // figureless milestones).
    assert_calls(
        t85,
        "table",
        &["新辟优化公交线路20条"],
        &["城区农贸市场全覆盖"],
    );
    // Figureless milestones (实现"零跑腿", "拿地即开工", "零上门…", "扫码入企": round 16 A),
    // counts of services (20个"一件事", 30类…证照), 精简至平均5份, 较上年下降0.2个百分点
    // (drafted growth: round 16 B), the 到2028年底 of the sentence before carried to 扩充至300项
    // (the annotator ended a date with its sentence), a 保障措施 rate, and rankings the
    // annotator left out but earlier sets annotate (进入全国前十 = level at-most 10, 第一方阵 =
    // assessed).
    assert_calls(
        t86,
        "prose",
        &[
            "20个\"一件事\"集成办理",
            "申请材料精简至平均5份以内",
            "高频政务服务事项实现\"零跑腿\"",
            "30类高频电子证照全省互认共享",
            "全面实现\"拿地即开工\"",
            "实现\"零上门、零审批、零投资\"",
            "平均利率较上年下降0.2个百分点",
            "清单事项扩充至300项",
            "全面推行涉企行政执法\"扫码入企\"",
            "按期办结率保持在98%以上",
        ],
        &[
            "营商环境重点指标进入全国前十",
            "营商环境综合水平进入全国第一方阵",
            "平均利率较上年下降0.2个百分点",
            "清单事项扩充至300项",
        ],
    );
    assert_calls(t86, "table", &[], &[]);
}

/// Round 16 C: past results in a news report. 去年 inside a clause dates what was done
/// (`二期去年10月正式投产`, `…市人社局表示，去年全市共引进…326名`); a news lead naming who
/// told it (`会议通报，`, `据悉，`) opens a report when the clause after it does (`一季度…`,
/// `截至3月底，…`), and a goal after such a lead (`…负责人介绍，今年全市将安排…48个`) stays.
#[test]
fn a_news_report_s_past_results_after_its_leads_are_no_targets() {
    let ts = targets_of(
        "东岚市召开新能源汽车产业发展推进会\n发布时间：2028年4月18日\n\n观摩中了解到，整车基地二期去年10月正式投产，目前日均下线整车400辆。\n\n会议通报，一季度全市新能源汽车产量达到3.8万辆，同比增长42%；产业链企业实现产值286亿元，增长31.5%。据悉，截至3月底，全市已累计建成公共充电桩1.26万个，新能源汽车保有量突破21万辆。\n\n在人才支撑方面，市人社局表示，去年全市共引进高层次人才326名，培训产业技术工人8500人次。\n\n市发展改革委相关负责人介绍，今年全市将安排产业链重点项目48个，目前已开工32个，一季度完成投资41.6亿元，占年度计划的19.8%。\n",
        "2028",
    );
    let qs = quotes(&ts);
    for past in ["投产", "286", "31.5", "21万辆", "326", "8500"] {
        assert!(!qs.iter().any(|q| q.contains(past)), "{past}: {qs:#?}");
    }
    let t = with_quote(&ts, "重点项目48个");
    assert_eq!(t["value"].as_integer(), Some(48), "{t:#?}");
}

/// Round 16 C: a grant the plan pays (`给予一次性奖励200万元`) and a threshold for sanctions
/// (`完成率低于80%的…进行约谈`) are the plan's means, no targets; the goal beside them stays.
#[test]
fn a_grant_and_a_threshold_for_sanctions_are_no_targets() {
    let ts = targets_of(
        "　　到2027年，全市新认定省级智能工厂30家。对新认定的省级智能工厂给予一次性奖励200万元。对年度目标完成率低于80%的牵头单位进行约谈。\n",
        "2025",
    );
    let qs = quotes(&ts);
    assert!(
        !qs.iter()
            .any(|q| q.contains("200万元") || q.contains("80%")),
        "{qs:#?}"
    );
    with_quote(&ts, "智能工厂30家");
}

/// Thirteenth set, fixed after the run (fixer A): an issued notice's signing date alone on
/// its line (`2029年3月2日`, under the signer) is a line of its own, so the document after it
/// opens its paragraph with the year it reports (`2028年，全市…`), and 主要 / 重要 hold no 要 of
/// duty (`主要交通指标居全省前列` does not turn the report to goals).
#[test]
fn a_past_year_after_a_notice_s_signing_date_reports_results() {
    let ts = drafted(
        "滨江市交通运输局文件\n滨交发〔2029〕3号\n\n关于印发2029年全市交通运输工作要点的通知\n\n各区交通运输局，局机关各处室：\n    现将《2029年全市交通运输工作要点》印发给你们，请认真贯彻落实。\n\n                                  滨江市交通运输局\n                                    2029年3月2日\n\n2029年全市交通运输工作要点\n\n    2028年，全市交通运输系统圆满完成年度各项任务。公路总里程达到8650公里，建制村通客车率达到100%，主要交通指标居全省前列。新建农村公路320公里，城市公交分担率达到41%。\n    主要目标：公路总里程达到8800公里，城市公交分担率提高到43%。\n    1.新建农村公路260公里。\n",
    );
    let qs = quotes(&ts);
    for past in ["8650", "320公里", "41%", "100%"] {
        assert!(!qs.iter().any(|q| q.contains(past)), "{past}: {qs:#?}");
    }
    for goal in ["8800公里", "43%", "260公里"] {
        let t = with_quote(&ts, goal);
        assert_eq!(t["deadline"].to_string(), "2029-12-31", "{t:#?}");
    }
}

/// Thirteenth set, fixed after the run (fixer A): a rate in ‰ or per 100 000 is a level, as a
/// % is, though 死亡 / 事故 in its name are flow nouns; a count of deaths stays the year's.
#[test]
fn a_rate_per_mille_or_per_100_000_is_a_level() {
    let ts = targets_of(
        "　　主要目标：婴儿死亡率控制在4‰以下，孕产妇死亡率控制在9/10万以下，生产安全事故死亡率下降到0.8/10万以下，道路交通事故死亡人数控制在260人以内。\n",
        "2030",
    );
    for rate in ["4‰", "9/10万", "0.8/10万"] {
        let t = with_quote(&ts, rate);
        assert_eq!(t["measure"].as_str(), Some("level"), "{t:#?}");
    }
    let t = with_quote(&ts, "260人");
    assert_eq!(t["measure"].as_str(), Some("ytd"), "{t:#?}");
    // A timed task table's row in a rate unit: a level too, beside a count done by its date.
    let ts = targets_of(
        "2030年全市卫生健康重点任务分工表\n\n序号\t重点任务\t目标\t牵头单位\t完成时限\n1\t妇幼健康\t孕产妇死亡率控制在9/10万以下\t妇幼健康处\t2030年12月底\n2\t基层建设\t新建社区卫生服务站12个\t基层处\t2030年10月底\n",
        "2030",
    );
    let t = with_quote(&ts, "9/10万");
    assert_eq!(t["measure"].as_str(), Some("level"), "{t:#?}");
    let t = with_quote(&ts, "服务站12个");
    assert_eq!(t["measure"].as_str(), Some("ytd"), "{t:#?}");
}

/// Thirteenth set, fixed after the run (fixer A): a covering notice's reporting deadline
/// (`请于2030年11月20日前报局办公室`) is no date of the text; dated by it, every month-end
/// milestone before November looked already past and was dropped.
#[test]
fn a_notice_s_reporting_deadline_is_no_date_of_the_text() {
    let ts = drafted(
        "滨江市民政局关于印发2030年全市民政工作要点的通知\n\n各区民政局，局机关各处室：\n    现将《2030年全市民政工作要点》印发给你们，请认真贯彻落实。落实情况请于2030年11月20日前报局办公室。\n\n                                  滨江市民政局\n                                    2030年2月26日\n\n2030年全市民政工作要点\n\n    1.提升养老服务能力。新建社区养老服务站40个。5月底前完成市养老服务信息平台升级。\n",
    );
    let t = with_quote(&ts, "5月底前完成");
    assert_eq!(t["measure"].as_str(), Some("milestone"), "{t:#?}");
    assert_eq!(t["deadline"].to_string(), "2030-05-31", "{t:#?}");
    with_quote(&ts, "养老服务站40个");
}

/// Thirteenth set, fixed after the run (fixer A): the start of the works just counted, by a
/// date of the year, closing their item (`新建社区卫生服务站12个，10月底前全部开工。`) is a
/// milestone of its own, the count keeping the year's end; not when the item goes on to the
/// works' own deadline (`…，三季度末前全部开工，年底前完工`). A dated link-up (`8月底前实现…
/// 平台联通`) is a milestone too.
#[test]
fn the_start_of_counted_works_by_a_date_is_a_milestone_of_its_own() {
    let ts = targets_of(
        "　　1.新建社区卫生服务站12个，10月底前全部开工。\n　　2.改造农贸市场8个，三季度末前全部开工，年底前完工。\n　　3.8月底前实现市县两级医保结算平台联通。\n",
        "2030",
    );
    let t = with_quote(&ts, "10月底前全部开工");
    assert_eq!(t["measure"].as_str(), Some("milestone"), "{t:#?}");
    assert_eq!(t["deadline"].to_string(), "2030-10-31", "{t:#?}");
    let t = with_quote(&ts, "服务站12个");
    assert_eq!(t["deadline"].to_string(), "2030-12-31", "{t:#?}");
    assert!(
        !quotes(&ts).iter().any(|q| q.contains("三季度末前")),
        "{ts:#?}"
    );
    let t = with_quote(&ts, "平台联通");
    assert_eq!(t["measure"].as_str(), Some("milestone"), "{t:#?}");
    assert_eq!(t["deadline"].to_string(), "2030-08-31", "{t:#?}");
}

/// Thirteenth set, fixed after the run (fixer A): people trained or recruited in the year
/// (`培训乡村医生600名`, `为社区卫生服务中心招聘护理人员240名`) are counted as they are made, the
/// year's flow; a total of people reached stays a level.
#[test]
fn people_trained_or_recruited_are_the_year_s_flow() {
    let ts = targets_of(
        "　　5.加强基层人才队伍建设。为社区卫生服务中心招聘护理人员240名，培训乡村医生600名，全市卫生技术人员总数达到3.2万人。\n",
        "2030",
    );
    for q in ["240名", "600名"] {
        let t = with_quote(&ts, q);
        assert_eq!(t["measure"].as_str(), Some("ytd"), "{t:#?}");
    }
    let t = with_quote(&ts, "3.2万人");
    assert_eq!(t["measure"].as_str(), Some("level"), "{t:#?}");
}

// Review 16 (tuner D): rules narrowed to what their comments say.

/// Review 16, finding 1: a figure bounded by 以上 before a noun naming the goal itself
/// (`…100亿元以上任务`, `…50亿元以上目标`) is the goal, not a class of things
/// (`消除56人以上大班额` still is).
#[test]
fn review16_a_bound_before_a_goal_noun_is_the_goal() {
    let ts = targets_of(
        "2026年全市工作要点\n\n一、主要目标\n2026年，全市确保完成固定资产投资100亿元以上任务。\n2026年，全市实现外贸进出口50亿元以上目标。\n2026年，全市消除56人以上大班额。\n",
        "2026",
    );
    assert_eq!(
        with_quote(&ts, "100亿元以上任务")["value"].as_integer(),
        Some(100)
    );
    assert_eq!(
        with_quote(&ts, "50亿元以上目标")["value"].as_integer(),
        Some(50)
    );
    assert!(
        with_quote_opt(&ts, "大班额").is_none(),
        "{:#?}",
        quotes(&ts)
    );
}

/// Review 16, finding 2: a one-year 工作计划 with its year in the title is that year's plan,
/// even when its goals look ahead to 2030: a figure with no window is due at the year's end.
#[test]
fn review16_a_one_year_plan_with_a_stage_keeps_its_year() {
    let ts = targets_of(
        "青峦市2026年数字经济工作计划\n\n一、主要目标\n2026年，全市数字经济核心产业增加值增长10%。到2030年，数字经济核心产业增加值占GDP比重达到15%。\n二、重点任务\n新建5G基站1000个。\n培育数字化转型标杆企业20家。\n",
        "2026",
    );
    for q in ["5G基站1000个", "标杆企业20家"] {
        assert_eq!(field(with_quote(&ts, q), "deadline"), "2026-12-31", "{q}");
    }
    assert_eq!(field(with_quote(&ts, "15%"), "deadline"), "2030-12-31");
}

/// Review 16, finding 4: 去年 describing the object (`去年结转的…`, `去年开工的…`) does not
/// make the clause a report of last year; `去年10月正式投产` still does.
#[test]
fn review16_last_year_describing_the_object_keeps_the_goal() {
    let ts = targets_of(
        "2026年全市住房工作要点\n\n一、主要目标\n2026年，全面完成去年结转的保障性住房1200套。\n2026年6月底前，去年开工的市体育中心项目建成投用。\n整车基地二期去年10月正式投产。\n",
        "2026",
    );
    assert_eq!(with_quote(&ts, "1200套")["value"].as_integer(), Some(1200));
    let t = with_quote(&ts, "体育中心项目建成投用");
    assert_eq!(field(t, "measure"), "milestone");
    assert_eq!(field(t, "deadline"), "2026-06-30");
    assert!(
        with_quote_opt(&ts, "正式投产").is_none(),
        "{:#?}",
        quotes(&ts)
    );
}

/// Review 16, finding 5: 给予 drops a sum of money granted, not a count of those helped; a
/// sanction named after the figure makes it a threshold, one named before it is what is counted.
#[test]
fn review16_counts_of_help_and_of_sanctions_held_are_goals() {
    let ts = targets_of(
        "2026年民生实事项目\n\n一、主要目标\n2026年，全市给予困难群众临时救助1.2万人次。\n2026年，全市开展安全生产约谈100次以上。\n对新认定的省级智能工厂给予一次性奖励200万元。对年度目标完成率低于80%的牵头单位进行约谈。\n",
        "2026",
    );
    assert_eq!(field(with_quote(&ts, "1.2万人次"), "measure"), "ytd");
    assert_eq!(
        with_quote(&ts, "约谈100次")["value"].as_integer(),
        Some(100)
    );
    let qs = quotes(&ts);
    assert!(
        !qs.iter()
            .any(|q| q.contains("200万元") || q.contains("80%")),
        "{qs:#?}"
    );
}

/// Review 16, finding 7: an average per head counted in 次 (`年人均就诊次数达到6.5次`) is a
/// level, not the year's flow of events.
#[test]
fn review16_an_average_per_head_in_events_is_a_level() {
    let ts = targets_of(
        "2026年全市卫生健康工作要点\n\n一、主要目标\n2026年，全市居民年人均就诊次数达到6.5次。\n2026年，全市举办健康讲座200场以上。\n",
        "2026",
    );
    assert_eq!(field(with_quote(&ts, "6.5次"), "measure"), "level");
    assert_eq!(field(with_quote(&ts, "200场"), "measure"), "ytd");
}

/// Review 16, finding 9: a goal year beyond the plan's period (`到2035年，全面建成…` in a
/// 十五五 plan) is its vision, no milestone; a task by 2030 stays.
#[test]
fn review16_a_vision_beyond_the_plan_s_period_is_no_milestone() {
    let ts = targets_of(
        "青峦市国民经济和社会发展第十五个五年规划纲要\n\n一、主要目标\n到2030年，全市地区生产总值达到5000亿元。\n到2035年，全面建成社会主义现代化强市。\n到2035年，实现全市农村污水治理全覆盖。\n到2030年，完成全市城镇老旧小区改造。\n",
        "2026",
    );
    let qs = quotes(&ts);
    assert!(!qs.iter().any(|q| q.contains("2035")), "{qs:#?}");
    let t = with_quote(&ts, "老旧小区改造");
    assert_eq!(field(t, "deadline"), "2030-12-31");
}

/// Review 16, finding 15: a 完成时限 line under no heading belongs to no item: it dates no
/// figure of the text; under an item's heading it dates that item's figures.
#[test]
fn review16_a_due_line_under_no_heading_dates_nothing() {
    let ts = targets_of(
        "2026年民生实事项目\n\n新增托位1500个，改造城镇老旧小区120个。\n全年新增城镇就业5万人。\n完成时限：2026年6月底\n",
        "2026",
    );
    for q in ["托位1500个", "老旧小区120个", "就业5万人"] {
        assert_eq!(field(with_quote(&ts, q), "deadline"), "2026-12-31", "{q}");
    }
    let ts = targets_of(
        "2026年民生实事项目\n\n一、托育服务\n新增托位1500个。\n二、老旧小区改造\n改造城镇老旧小区120个。\n完成时限：2026年11月底\n",
        "2026",
    );
    assert_eq!(
        field(with_quote(&ts, "托位1500个"), "deadline"),
        "2026-12-31"
    );
    assert_eq!(
        field(with_quote(&ts, "老旧小区120个"), "deadline"),
        "2026-11-30"
    );
}

/// Thirteenth set B: in a 专栏 of projects, an entry's clause opening with a works verb and
/// ending in a count is a goal even with no deadline of its own; a project's scope (its
/// cost, land, capacity, a count right after the verb numbering its parts) stays out.
#[test]
fn works_counts_in_a_box_of_projects_are_goals() {
    let ts = targets_of(
        "某市“十五五”交通规划\n专栏1　重大交通工程\n1.公路。实施某某段扩容改造，新增高速公路85公里以上，改造普通国省道210公里。\n2.站场。建设2个物流基地，总投资60亿元，新增工业用地800亩，新建客运枢纽3个。\n",
        "2026",
    );
    let qs = quotes(&ts);
    assert_eq!(ts.len(), 3, "{qs:#?}");
    let road = with_quote(&ts, "新增高速公路85公里以上");
    assert_eq!(road["value"].as_integer(), Some(85), "{road:#?}");
    with_quote(&ts, "改造普通国省道210公里");
    with_quote(&ts, "客运枢纽3个");
}

/// Thirteenth set B: a figure with its unit right before 级 (`5万吨级泊位`) is a size class
/// naming the things counted, not a figure of its own; a death rate per 万车 with no unit
/// written takes 人/万车.
#[test]
fn a_size_class_is_no_figure_and_a_rate_per_vehicles_has_its_unit() {
    let ts = targets_of(
        "　　到2030年，建成5万吨级泊位3个，道路交通万车死亡率下降到1.5以下。\n",
        "2026",
    );
    assert!(
        !ts.iter()
            .any(|t| t.get("unit").and_then(|u| u.as_str()) == Some("万吨")),
        "{ts:#?}"
    );
    let berths = with_quote(&ts, "泊位3个");
    assert_eq!(berths["value"].as_integer(), Some(3), "{berths:#?}");
    let rate = with_quote(&ts, "万车死亡率");
    assert_eq!(rate["unit"].as_str(), Some("人/万车"), "{rate:#?}");
    assert_eq!(rate["rule"].as_str(), Some("at-most"), "{rate:#?}");
}

// ---------------------------------------------------------------------------------------
// Thirteenth set, fixed after the run (fixer C)

/// A month's deadline opening a clause that promises a count is shared by the bare counts
/// listed after it up to the `；` (`list_deadline`); a rate after it, or a count with a
/// window of its own, keeps its own deadline.
#[test]
fn a_month_deadline_is_shared_by_the_counts_listed_after_it() {
    let ts = targets_of(
        "　　今年要办好民生实事。9月底前完成农村危房改造600户，新建社区食堂12个，新增停车泊位3000个；年底前建成口袋公园20个。6月底前完成水毁道路修复40公里，防汛值班在岗率保持100%。\n",
        "2029",
    );
    for q in ["农村危房改造600户", "社区食堂12个", "停车泊位3000个"] {
        let t = with_quote(&ts, q);
        assert_eq!(t["deadline"].to_string(), "2029-09-30", "{q}: {t:#?}");
    }
    let t = with_quote(&ts, "口袋公园20个");
    assert_eq!(t["deadline"].to_string(), "2029-12-31", "{t:#?}");
    let t = with_quote(&ts, "在岗率保持100%");
    assert_eq!(t["deadline"].to_string(), "2029-12-31", "{t:#?}");
}

/// Every one of a counted set of works done by a date heading it (`9月底前，N个…全部开工`) is a
/// milestone when no cue makes the count a target; with one (`确保N个…年底前全部开工`) the count
/// stays alone. A full reach by a month's end (`8月底前走访…全覆盖`) is a milestone.
#[test]
fn counted_works_all_done_by_a_date_and_a_full_reach_by_a_month_are_milestones() {
    let ts = targets_of(
        "　　下半年工作安排。6月底前，36个市级重点项目全部开工。确保25个续建项目年底前全部竣工。9月底前走访规上商贸企业全覆盖。\n",
        "2029",
    );
    let t = with_quote(&ts, "36个市级重点项目全部开工");
    assert_eq!(t["measure"].as_str(), Some("milestone"), "{t:#?}");
    assert_eq!(t["deadline"].to_string(), "2029-06-30", "{t:#?}");
    let t = with_quote(&ts, "25个续建项目");
    assert_eq!(t["value"].as_integer(), Some(25), "{t:#?}");
    assert_eq!(
        quotes(&ts)
            .iter()
            .filter(|q| q.contains("25个续建项目"))
            .count(),
        1
    );
    let t = with_quote(&ts, "走访规上商贸企业全覆盖");
    assert_eq!(t["measure"].as_str(), Some("milestone"), "{t:#?}");
    assert_eq!(t["deadline"].to_string(), "2029-09-30", "{t:#?}");
}

/// A size class in money after 超 naming the counted firms (`营业收入超20亿元企业6家`) is part
/// of the name: the count is the target, the threshold none.
#[test]
fn a_size_class_after_chao_is_part_of_the_counted_name() {
    let ts = targets_of(
        "　　今年力争新增主营业务收入超20亿元企业6家，培育产值超过5亿元企业达到12家。\n",
        "2029",
    );
    let qs = quotes(&ts);
    assert_eq!(ts.len(), 2, "{qs:#?}");
    for t in &ts {
        assert_ne!(t["unit"].as_str(), Some("亿元"), "{t:#?}");
    }
}

/// A 确保 clause right after a dated milestone restates the works' purpose
/// (`…二期8月底前建成，确保秋季开学投入使用`): one milestone. After works with no date
/// (`加快推进…工程，确保6月底前建成投运`) the 确保 clause is the milestone.
#[test]
fn an_ensured_purpose_after_a_dated_milestone_is_no_second_one() {
    let ts = targets_of(
        "　　市第二中学新校区7月底前建成，确保秋季开学投入使用。加快推进城北污水处理厂扩建工程，确保9月底前建成投运。\n",
        "2029",
    );
    let qs = quotes(&ts);
    assert_eq!(ts.len(), 2, "{qs:#?}");
    assert!(!qs.iter().any(|q| q.starts_with("确保秋季")), "{qs:#?}");
    with_quote(&ts, "7月底前建成");
    with_quote(&ts, "9月底前建成投运");
}

/// A bare count in a counting unit after 年内 opening its clause is the year's count, as under
/// 全年 (`年内与兄弟县共建产业园区2个`); 年内 in an earlier clause does not make a figure there
/// one (`年内完成…重组，…数量由15家精简至9家`).
#[test]
fn a_bare_count_after_nian_nei_is_the_year_s_count() {
    let ts = targets_of(
        "　　深化区域协作，年内与兄弟县共建产业园区2个。年内完成县属国有企业整合重组，县属国有企业数量由15家精简至9家。\n",
        "2029",
    );
    let t = with_quote(&ts, "共建产业园区2个");
    assert_eq!(t["value"].as_integer(), Some(2), "{t:#?}");
    assert_eq!(t["measure"].as_str(), Some("ytd"), "{t:#?}");
    assert!(
        !ts.iter()
            .any(|t| t.get("value").and_then(|v| v.as_integer()) == Some(15)),
        "{:#?}",
        quotes(&ts)
    );
}

/// A flow reached by a goal year that is the plan's first (`到2027年，…产量达到30万辆` in a
/// 2027–2029 plan issued in 2027) is that year's flow (ytd), as the later years' are.
#[test]
fn a_flow_by_the_plan_s_first_goal_year_is_that_year_s_flow() {
    let ts = targets_of(
        "某省智能网联汽车产业三年行动计划（2027—2029年）\n\n　　到2027年，全省智能网联汽车产量达到30万辆，产业营业收入突破900亿元。到2028年，全省智能网联汽车产量达到40万辆。\n",
        "2027",
    );
    for q in ["产量达到30万辆", "营业收入突破900亿元", "产量达到40万辆"] {
        let t = with_quote(&ts, q);
        assert_eq!(t["measure"].as_str(), Some("ytd"), "{q}: {t:#?}");
    }
}

/// A document drafted in one clause and issued by a date in the next (`编制…规划，6月底前出台`)
/// is a milestone quoted with its document.
#[test]
fn a_document_drafted_and_issued_by_a_date_is_a_milestone() {
    let ts = targets_of(
        "　　（二）完善城市停车设施。制定全市公共停车设施布局规划，2028年9月底前印发。\n",
        "2028",
    );
    let t = with_quote(&ts, "制定全市公共停车设施布局规划，2028年9月底前印发");
    assert_eq!(t["measure"].as_str(), Some("milestone"), "{t:#?}");
    assert_eq!(t["deadline"].to_string(), "2028-09-30", "{t:#?}");
}

/// Review 16 E: a task-division row whose blank 完成时限 or 备注 cells were trimmed at the
/// line's end keeps its cells under their columns: the remark column is blank, so the
/// deadline stays in the quote and dates the row (`…<TAB>2026年10月<TAB>`).
#[test]
fn a_row_with_a_blank_remark_keeps_its_deadline() {
    let ts = targets_of(
        "2026年污水治理工作方案\n\n附件：重点任务分工表\n序号\t重点任务\t工作目标\t责任单位\t完成时限\t备注\n1\t污水治理\t新建污水管网30公里\t县住建局\t2026年10月\t\n2\t供水保障\t改造供水管网50公里\t县水利局\t2026年11月\t纳入民生实事\n",
        "2026",
    );
    let t = with_quote(&ts, "污水管网30公里");
    assert!(field(t, "quote").contains("2026年10月"), "{t:#?}");
    assert_eq!(field(t, "deadline"), "2026-10-31", "{t:#?}");
    assert_eq!(t["value"].as_integer(), Some(30), "{t:#?}");
    assert_eq!(t["owner"].as_array().map(Vec::len), Some(1), "{t:#?}");
    assert!(t["owner"].to_string().contains("县住建局"), "{t:#?}");
}

/// Review 16 E: a short task row (its blank trailing cells trimmed) is read from the left,
/// and a line under it led by blank 序号 and name cells with pieces under its earlier cells
/// (`<TAB><TAB>新建农村水厂2座<TAB>县住建局<TAB>2026年10月`) is a row of its own under merged
/// cells, not glued to the row above.
#[test]
fn a_short_row_is_not_glued_to_the_merged_row_below() {
    let ts = targets_of(
        "2026年农村供水保障工作方案\n\n附件：重点任务分工表\n序号\t重点任务\t工作目标\t责任单位\t完成时限\t备注\n1\t农村供水保障\t改造农村供水管网120公里\t县水利局\n\t\t新建农村水厂2座\t县住建局\t2026年10月\n2\t污水治理\t新建污水管网30公里\t县住建局\t2026年12月\t\n",
        "2026",
    );
    let t = with_quote(&ts, "供水管网120公里");
    assert!(!field(t, "quote").contains("水厂"), "{t:#?}");
    assert_eq!(t["value"].as_integer(), Some(120), "{t:#?}");
    assert!(!t["owner"].to_string().contains("县住建局"), "{t:#?}");
    with_quote(&ts, "污水管网30公里");
}

/// Review 16 E: a `完成时限：` line in a text with no item heading belongs to no item: it does
/// not re-date the text's figures (`全年新增城镇就业5万人` stays due at the year's end).
#[test]
fn a_deadline_line_with_no_item_heading_dates_no_figure() {
    let ts = targets_of(
        "2026年民生实事项目\n\n新增托位1500个，改造城镇老旧小区120个。\n全年新增城镇就业5万人。\n完成时限：2026年6月底\n",
        "2026",
    );
    let t = with_quote(&ts, "就业5万人");
    assert_eq!(field(t, "deadline"), "2026-12-31", "{t:#?}");
}

// ---- Thirteenth set, fixed after the run (lead): a short row's unit ----

/// A row short of cells because one cell spans the year columns (`〔２５以上〕` under
/// 2029年–2031年) is read from the right, but its 单位 cell stands after the name: the unit is
/// read from the left (heldout13b p1's row drafted with no unit, a draft `validate` refused).
#[test]
fn a_short_row_keeps_its_unit_cell() {
    let text = "三年行动计划（2029—2031年）\n表1 主要目标\n序号   指   标                    单位     2028年     2029年    2030年    2031年     属性\n 8     公交车新能源化比例           %        86          92        96      100      约束性\n 9     汽车出口额年均增长           %         —         〔25以上〕             预期性\n";
    let ts = targets_of(text, "2029");
    assert_eq!(field_of(&ts, "汽车出口额", "unit"), "%");
    assert_eq!(field_of(&ts, "公交车新能源化比例", "unit"), "%");
}

/// A row named `…年均增长` (or `…年均` with its 增长 wrapped onto the next line) whose goal is
/// written in `〔〕` is an average annual rate, as every table row named 年均增长 is annotated
/// (10 of 10), not a cumulative change over the window.
#[test]
fn a_yearly_average_row_in_brackets_stays_an_average() {
    let text = "三年行动计划（2029—2031年）\n表1 主要目标\n序号   指   标                    单位     2028年     2029年    2030年    2031年     属性\n 8     公交车新能源化比例           %        86          92        96      100      约束性\n 9     汽车出口额年均增长           %         —         〔25以上〕             预期性\n10     整车出口额年均               %         —         〔20以上〕             预期性\n       增长\n";
    let ts = targets_of(text, "2029");
    for piece in ["汽车出口额年均增长", "整车出口额年均"] {
        assert_eq!(field_of(&ts, piece, "measure"), "growth", "{piece}");
        assert_eq!(field_of(&ts, piece, "aggregate"), "average", "{piece}");
        assert_eq!(field_of(&ts, piece, "over"), "window", "{piece}");
    }
}

// ---- Round 17 C: false prose proposals over all annotated sets ----

/// A results clause that measures a result against the year's goals (`已超过全年8%的预期
/// 目标`, `高于年初预期目标`, `主要指标好于预期`) names them without listing them: the results
/// section goes on, and the goal-worded results after it (`新建高标准农田2.3万亩，已完成全年
/// 任务`) are not proposed; the goals of the next section still are.
#[test]
fn a_result_measured_against_the_goals_does_not_end_the_results() {
    let text = "关于2029年前三季度计划执行情况的报告\n\n一、前三季度计划执行情况\n\n（一）主要指标总体符合预期。规模以上工业增加值增长8.4%，已超过全年8%的预期目标。固定资产投资同比增长7.6%。\n\n（二）乡村振兴稳步推进。新建高标准农田2.3万亩，已完成全年任务。村级集体经济收入全部超过15万元。\n\n二、四季度工作安排\n\n确保全年固定资产投资增长8%以上。\n";
    let ts = targets_of(text, "2029");
    let qs = quotes(&ts);
    assert!(
        !qs.iter()
            .any(|q| q.contains("高标准农田") || q.contains("15万元")),
        "{qs:?}"
    );
    with_quote(&ts, "固定资产投资增长8%以上");
}

/// `地区生产总值增长5.5%左右，在实际工作中力争更好结果`: the formula after the growth goal is
/// quoted with it (it holds no figure and is no goal of its own).
#[test]
fn the_better_result_formula_is_quoted_with_its_goal() {
    let ts = targets_of(
        "2027年政府工作报告\n\n今年全市经济社会发展的主要预期目标是：地区生产总值增长5.5%左右，在实际工作中力争更好结果；规模以上工业增加值增长6%以上。\n",
        "2027",
    );
    let t = with_quote(&ts, "地区生产总值增长5.5%左右");
    assert!(field(t, "quote").ends_with("力争更好结果"), "{t:#?}");
    assert_eq!(t["value"].as_float(), Some(5.5), "{t:#?}");
    assert!(!field(with_quote(&ts, "6%以上"), "quote").contains("更好"));
}

/// A goal named again by its clause's own pointing words (`特别是地区生产总值增长6%以上这个
/// 目标，是必须完成的硬任务`) is the goal set before: drafted once.
#[test]
fn a_goal_named_again_with_this_goal_is_drafted_once() {
    let ts = targets_of(
        "在全县经济工作会议上的讲话\n\n今年全县经济社会发展的主要预期目标是：地区生产总值增长6%以上、力争6.5%，固定资产投资增长8%。\n\n这些目标，既考虑了需要，也考虑了可能。特别是地区生产总值增长6%以上这个目标，是必须完成的硬任务。\n",
        "2027",
    );
    let n = quotes(&ts)
        .iter()
        .filter(|q| q.contains("地区生产总值增长6%"))
        .count();
    assert_eq!(n, 1, "{:?}", quotes(&ts));
}

/// Figures inside straight quotes (`基本实现"城区1公里、乡镇3公里"充电服务圈`, a web copy's
/// quotes) are part of a name, as inside “…”; a lone straight quote quotes nothing.
#[test]
fn figures_inside_straight_quotes_are_names() {
    let ts = targets_of(
        "全市新能源汽车推广工作会议召开\n\n会议提出，到2028年底，全市公共充电桩总数达到3万个，基本实现\"城区1公里、乡镇3公里\"充电服务圈。\n\n今年新建\"口袋公园20个，改造老旧小区50个。\n",
        "2028",
    );
    let qs = quotes(&ts);
    assert!(!qs.iter().any(|q| q.contains("服务圈")), "{qs:?}");
    with_quote(&ts, "充电桩总数达到3万个");
    with_quote(&ts, "改造老旧小区50个");
}

/// `对投资1000万元以上的项目开展跟踪审计`: a bound figure before 的 qualifies the noun after it
/// (a class of projects), however long the clause runs on; a share so written (`80%以上的乡镇
/// 卫生院达到…标准`) and a figure named as the goal (`增长5%以上的目标`) stay goals.
#[test]
fn a_bound_figure_before_de_names_a_class() {
    let ts = targets_of(
        "2028年民生实事项目实施方案\n\n市审计局对投资1000万元以上的项目开展跟踪审计，确保资金安全。到2028年底，80%以上的乡镇卫生院达到国家服务能力基本标准。\n",
        "2028",
    );
    let qs = quotes(&ts);
    assert!(!qs.iter().any(|q| q.contains("1000万元")), "{qs:?}");
    assert_eq!(
        with_quote(&ts, "80%以上的乡镇卫生院")["value"].as_integer(),
        Some(80)
    );
}

// ---- Round 17 E: amounts a year brings under 全年, roads opened through ----

/// Round 17 E: under 全年 with no rule word, people, money drawn in, land and floor area are
/// the year's goal as a count is (`全年吸引高校毕业生…8万人`, `全年实际使用外资3.2亿美元`: ytd);
/// a 总投资 after it is the scope of the projects listed, not a goal; `打通断头路12条` is
/// the year's works.
#[test]
fn a_whole_year_amount_is_the_years_goal() {
    let ts = targets_of(
        "2027年市政府工作要点\n\n一、扩大开放\n全年实际使用外资3.2亿美元。全年吸引高校毕业生来江留江就业创业8万人。\n二、扩大投资\n全年安排区级重点项目150个以上、总投资1280亿元。完善城市道路微循环，打通断头路12条。\n",
        "2027",
    );
    for (piece, v) in [
        ("外资3.2亿美元", None),
        ("就业创业8万人", Some(8)),
        ("断头路12条", Some(12)),
    ] {
        let t = with_quote(&ts, piece);
        assert_eq!(field(t, "measure"), "ytd", "{t:#?}");
        assert_eq!(field(t, "rule"), "at-least", "{t:#?}");
        if let Some(v) = v {
            assert_eq!(t["value"].as_integer(), Some(v), "{t:#?}");
        }
    }
    assert!(
        !ts.iter()
            .any(|t| t.get("value").and_then(|v| v.as_integer()) == Some(1280)),
        "{ts:#?}"
    );
}

/// Round 17 E: a short lead naming the source (`根据方案，到2030年，A…；B…`) is no lead of its
/// own: the window in the clause after it governs the parts after the `；` too, as after
/// `《方案》明确，` (t84).
#[test]
fn a_source_lead_lets_the_window_reach_past_the_semicolon() {
    let ts = targets_of(
        "2028年新能源汽车产业推进会召开\n\n会上发布了三年行动方案。根据方案，到2030年，全市新能源汽车年产量达到30万辆，产业链产值突破2500亿元；全市公共充电桩总数达到3万个。\n",
        "2028",
    );
    let t = with_quote(&ts, "充电桩总数达到3万个");
    assert_eq!(field(t, "deadline"), "2030-12-31", "{t:#?}");
}

/// Round 17 E: a length built over a plan's years (`2030年底前建成智能网联汽车测试道路500公里`)
/// is the window's works (ytd), as 新建 / 改造 are; `累计建成…公里` stays a running total.
#[test]
fn a_length_built_over_the_window_is_summed() {
    let ts = targets_of(
        "新能源汽车产业三年行动计划（2029—2031年）\n\n车路协同示范工程：2030年底前建成智能网联汽车测试道路500公里。到2031年，累计建成城市绿道1200公里。\n",
        "2029",
    );
    let t = with_quote(&ts, "测试道路500公里");
    assert_eq!(field(t, "measure"), "ytd", "{t:#?}");
    let t = with_quote(&ts, "绿道1200公里");
    assert_eq!(field(t, "measure"), "level", "{t:#?}");
}

/// Round 17 E: a box entry of a plan with no window of its own that reaches a level
/// (`城市家庭千兆光纤网络覆盖率达到98%以上`) is a goal by the plan's end; an entry sizing a
/// project (`总投资120亿元`, `年产30万辆`) is not.
#[test]
fn an_undated_level_in_a_plan_s_box_is_a_goal() {
    let ts = targets_of(
        "某省“十五五”数字经济发展规划\n\n第三章 重点任务\n\n专栏3   数字基础设施重点工程\n    1.“千兆城市”全覆盖工程。推进城市家庭千兆光纤网络升级改造，城市家庭千兆光纤网络覆盖率达到98%以上。\n    2.智能终端产业园。总投资达到120亿元，建成后年产达到30万台。\n",
        "2026",
    );
    let t = with_quote(&ts, "覆盖率达到98%以上");
    assert_eq!(field(t, "deadline"), "2030-12-31", "{t:#?}");
    assert_eq!(field(t, "measure"), "level", "{t:#?}");
    assert!(
        !ts.iter()
            .any(|t| field(t, "quote").contains("总投资") || field(t, "quote").contains("年产")),
        "{ts:#?}"
    );
}

// ---- Round 17 B: precision in a township's summary and plan, a 人大常委会 inspection report ----

/// The score of the tuning passages t89–t90 (a township's 工作总结 with its next year's plan;
/// a city 人大常委会's 执法检查报告 with shortfalls and recommendations), printed before their
/// fixes (docs/extract.md, "Round 17 B"):
/// `cargo test --test extract_documents -- --ignored t89_t90_score --nocapture`
#[test]
#[ignore]
fn t89_t90_score() {
    score_names(
        "tuning",
        &[
            "t89-township-work-summary-and-plan-2028",
            "t90-city-npc-standing-committee-water-law-inspection-report-2027",
        ],
    );
}

/// Round 17 B: a clause stating a shortfall against a goal or a requirement (`离今年年底前完成
/// 整治的要求差距较大`, `距目标还差7.2个百分点`) is a finding of a report, no goal; the goal
/// restated in a recommendation after it still is.
#[test]
fn a_shortfall_against_a_goal_is_no_goal() {
    let ts = targets_of(
        "二、存在的主要问题\n    全市入河排污口整治完成率仅为41%，离今年年底前完成整治的要求差距较大。\n三、意见和建议\n    市政府要健全目标责任考核制度，确保到2030年全市国省控断面优良水体比例达到92.9%以上。\n",
        "2027",
    );
    assert!(
        !quotes(&ts).iter().any(|q| q.contains("差距较大")),
        "{ts:#?}"
    );
    let t = with_quote(&ts, "92.9%");
    assert_eq!(t["deadline"].to_string(), "2030-12-31");
}

/// Round 17 B: an item's heading (`（六）维护和谐稳定。` with the item's text after it on the
/// same line) names the item's topic, no goal in words; the item's figures are its goals.
#[test]
fn an_item_s_heading_is_no_goal_in_words() {
    let ts = targets_of(
        "柳溪镇2027年工作总结及2028年工作计划\n三、2028年工作计划\n（六）维护和谐稳定。深化网格化管理，矛盾纠纷化解率达到95%以上。\n",
        "2028",
    );
    assert!(
        !quotes(&ts).iter().any(|q| q.contains("维护和谐稳定")),
        "{ts:#?}"
    );
    with_quote(&ts, "95%");
}

/// Round 17 B: t89 (a township's 工作总结 and next year's plan) and t90 (a 人大常委会 执法检查
/// 报告) hold to their annotations but for the named calls (docs/extract.md, "Round 17 B").
#[test]
fn t89_t90_township_summary_and_inspection_report() {
    // The annotator's calls the reader does not follow: a figure joined by a comma to a dated
    // project (`9月底前完成…工程，新铺设污水管网6.8公里`: the annotator gave it the project's
    // month; the reader ends a date with its clause), a water class as a goal (`确保…水质稳定
    // 达到Ⅲ类`: no other prose form in any set), a coverage of 14 villages read as the count
    // (`实现14个村…全覆盖`: the annotator took one as a milestone, left the other out), a
    // per-village quota (round 9's rule: split in the annotations), 新发展 counts (drafted level: the one
    // other, tests/data/extract/heldout h4's `新发展农民专业合作社二百个`, is annotated level).
    assert_calls(
        "t89-township-work-summary-and-plan-2028",
        "prose",
        &[
            "新发展设施蔬菜500亩",
            "新发展党员15名以上",
            "新铺设污水管网6.8公里",
            "确保柳溪河出境断面水质稳定达到Ⅲ类",
            "年底前实现14个村党群服务中心标准化建设全覆盖",
            "每个村培养储备2名以上35岁以下后备干部",
        ],
        &[
            "新发展设施蔬菜500亩",
            "新发展党员15名以上",
            "新铺设污水管网6.8公里",
            "实现14个村",
        ],
    );
    // A per-township floor (round 9's per-unit rule) and a dated task over a set counted in
    // its words (`完成全市31个省级以上工业园区…排查整治`).
    assert_calls(
        "t90-city-npc-standing-committee-water-law-inspection-report-2027",
        "prose",
        &[
            "2028年底前完成全市31个省级以上工业园区污水管网排查整治",
            "每个乡镇配备执法人员不少于3名",
        ],
        &[],
    );
}

// ---- Round 17 A: new genres (a province's 科技创新和人才 work points, a city's 普惠金融 plan) ----

/// The score of the tuning passages t87–t88 (a province's 科技创新和人才工作要点; a city
/// financial regulator's 普惠金融 three-year plan), printed before their fixes
/// (docs/extract.md, "Round 17 A"):
/// `cargo test --test extract_documents -- --ignored t87_t88_score --nocapture`
#[test]
#[ignore]
fn t87_t88_score() {
    score_names(
        "tuning",
        &[
            "t87-province-science-innovation-talent-work-points-2028",
            "t88-city-financial-regulator-inclusive-finance-plan-2028-2030",
        ],
    );
}

/// Round 17 A: a bare window right after a list's `：` (`实现以下目标：\n到2028年底，A；B；C`)
/// heads the clauses after `；` as a sentence's first clause would; the window before the colon
/// (通过三年努力) no longer takes them.
#[test]
fn a_bare_window_after_a_colon_heads_the_list() {
    let ts = targets_of(
        "澜州市推进普惠金融高质量发展实施方案（2028—2030年）\n    二、总体目标\n    力争通过三年努力，实现以下目标：\n    到2028年底，贷款余额突破2200亿元；利率稳中有降；不良率控制在3%以内。\n    到2030年，贷款余额达到3000亿元以上。\n",
        "2028",
    );
    for (piece, due) in [
        ("2200亿元", "2028-12-31"),
        ("3%以内", "2028-12-31"),
        ("3000亿元", "2030-12-31"),
    ] {
        assert_eq!(
            with_quote(&ts, piece)["deadline"].to_string(),
            due,
            "{piece}"
        );
    }
}

/// Round 17 A: a list number glued to a year (`4．2028年新发放…`, read 4.2028 before) is the
/// item's number and the year its window.
#[test]
fn a_list_number_glued_to_a_year() {
    let ts = targets_of(
        "澜州市实施方案（2028—2030年）\n（二）降低综合融资成本\n4．2028年新发放贷款平均利率较上年下降0.2个百分点以上。\n7．2028年创业担保贷款发放额达到25亿元。\n",
        "2028",
    );
    for piece in ["0.2个百分点", "25亿元"] {
        assert_eq!(
            with_quote(&ts, piece)["deadline"].to_string(),
            "2028-12-31",
            "{piece}"
        );
    }
    assert_eq!(field(with_quote(&ts, "25亿元"), "measure"), "ytd");
}

/// Round 17 A: a rate stated against another rate with no number (`涉农贷款增速不低于各项
/// 贷款平均增速`; `贷款余额突破2200亿元，增速不低于各项贷款平均增速`, the amount's rate): growth,
/// at-least (高于 / 快于: more-than), `value = { of = … }` on a series named as written.
#[test]
fn a_rate_against_another_rate() {
    let ts = targets_of(
        "澜州市实施方案（2028—2030年）\n    到2028年底，普惠型小微企业贷款余额突破2200亿元，增速不低于各项贷款平均增速。\n    6．到2030年，涉农贷款增速不低于各项贷款平均增速。\n",
        "2028",
    );
    for (piece, due) in [
        ("余额突破2200亿元，增速不低于", "2028-12-31"),
        ("涉农贷款增速不低于", "2030-12-31"),
    ] {
        let t = ts
            .iter()
            .find(|t| field(t, "quote").contains(piece) && t["value"].as_table().is_some())
            .unwrap_or_else(|| panic!("{piece}: {ts:#?}"));
        assert_eq!(field(t, "measure"), "growth");
        assert_eq!(field(t, "rule"), "at-least");
        assert_eq!(t["deadline"].to_string(), due, "{piece}");
    }
}

/// Round 17 A: `三季度末前，` heading a dated task (the quarter's window ends before 末前) is
/// its deadline, as `9月底前，` is.
#[test]
fn a_quarter_s_end_heading_a_task() {
    let ts = targets_of(
        "2028年全省科技创新和人才工作要点\n    16．提升人才服务水平。三季度末前，建成全省统一的\"云才码\"人才服务平台，实现人才服务事项\"一码通办\"。\n",
        "2028",
    );
    let t = with_quote(&ts, "人才服务平台");
    assert_eq!(field(t, "measure"), "milestone");
    assert_eq!(t["deadline"].to_string(), "2028-09-30");
}

/// Round 17 A: people sent out in the year (`全年选派科技特派员3000名`) are a count of the
/// year, as people trained or recruited; 累计新增 after its subject (`首贷户累计新增6万户`) is
/// a flow summed, as every annotated 累计新增 is.
#[test]
fn people_sent_and_a_summed_addition() {
    let ts = targets_of(
        "2028年全省科技创新和人才工作要点\n    14．深化科技特派员制度，全年选派科技特派员3000名。\n",
        "2028",
    );
    assert_eq!(field(with_quote(&ts, "3000名"), "measure"), "ytd");
    let ts = targets_of(
        "澜州市实施方案（2028—2030年）\n    到2030年，涉农贷款余额达到3200亿元；首贷户累计新增6万户。\n",
        "2028",
    );
    let t = with_quote(&ts, "6万户");
    assert_eq!(field(t, "measure"), "ytd");
    assert_eq!(num(&t["value"]), Some(6.0));
}

/// Round 17 A: a dated survey of a situation (`6月底前，完成…研发活动情况摸底`, `12月20日前
/// 完成…履约情况评估`) is a milestone; 情况 alone still speaks of a report.
#[test]
fn a_dated_survey_is_a_milestone() {
    let ts = targets_of(
        "2028年全省科技创新和人才工作要点\n    2．推动规上工业企业研发活动全覆盖。6月底前，完成全省规上工业企业研发活动情况摸底；年底前，有研发活动的规上工业企业占比提高到52%。\n",
        "2028",
    );
    let t = with_quote(&ts, "情况摸底");
    assert_eq!(field(t, "measure"), "milestone");
    assert_eq!(t["deadline"].to_string(), "2028-06-30");
}

/// Round 17 A: t87 (a province's 科技创新和人才工作要点) and t88 (a city's 普惠金融 plan) hold
/// to their annotations but for the named calls (docs/extract.md, "Round 17 A").
#[test]
fn t87_t88_new_genres() {
    // Calls the annotator made the other way from the reader's reading: 完成首批5家…评估 (a
    // milestone; drafted as a count of 5 labs), 全年…登记数达到1.2万项 (ytd; 全年 + 达到 is a
    // level by the rule measured over all sets), 分别达到3.6%、2.9%
    // (each city owns its own figure), 赋权成果不少于300项 (ytd; drafted level), and 首期规模
    // 30亿元，2028年6月底前完成设立 (drafted as the fund set up, a milestone, instead).
    assert_calls(
        "t87-province-science-innovation-talent-work-points-2028",
        "prose",
        &[
            "完成首批5家省实验室建设绩效评估",
            "全年技术合同登记数达到1.2万项",
            "3.6%、2.9%",
            "赋权成果不少于300项",
            "首期规模30亿元",
        ],
        &[
            "完成首批5家省实验室建设绩效评估",
            "全年技术合同登记数达到1.2万项",
            "分别达到3.6%、2.9%",
            "赋权成果不少于300项",
            "完成设立并开展投资",
            // A threshold for 约谈 (in none): round 17 C's thresholds and conditions.
            "完成率低于80%的地区",
        ],
    );
    // 建成…服务站200个 (a stock, 146 stood before; drafted as the year's works: 建成…N个 is
    // split over the sets), 服务体系基本健全 (left out; drafted assessed, as earlier sets
    // annotate such states), and "政银保" 到2030年覆盖全部区县 (a milestone; 覆盖 with no 实现 /
    // 全 before it is no coverage the dated-task rule reads).
    assert_calls(
        "t88-city-financial-regulator-inclusive-finance-plan-2028-2030",
        "prose",
        &["建成普惠金融服务站200个", "到2030年覆盖全部区县"],
        &["建成普惠金融服务站200个", "多层次普惠金融服务体系基本健全"],
    );
}

// ---- Round 17, tuner D: transposed tables (years as rows) and multi-level 指标体系 tables ----

/// The score of the tuning passages t91–t92 (a county 十五五 outline with two TRANSPOSED
/// tables, years as rows; a city 美丽城市 指标体系 with 一级 / 二级 / 三级指标 columns, merged
/// cells blank), printed before their tests (docs/extract.md, "Round 17: transposed and
/// multi-level tables"):
/// `cargo test --test extract_documents -- --ignored t91_t92_score --nocapture`
#[test]
#[ignore]
fn t91_t92_score() {
    score_names(
        "tuning",
        &[
            "t91-county-15th-fyp-transposed-year-row-table",
            "t92-city-beautiful-city-indicator-system-multilevel-table",
        ],
    );
}

/// `assert_agreed_in` with the false proposals named apart: each missed annotation must
/// start with one of `missed` (one entry per miss), each false proposal hold one of `missed`
/// or `extra` (goals without a figure the annotation left out).
fn assert_agreed_with(name: &str, kind: &str, missed: &[&str], extra: &[&str]) {
    let s = score("tuning", name, Some(kind), Mode::Asserted);
    let left: Vec<&String> = s
        .missed
        .iter()
        .filter(|m| !missed.iter().any(|j| m.starts_with(j)))
        .collect();
    assert!(left.is_empty(), "{name}: missed {left:#?}");
    let false_props: Vec<&String> = s
        .false_props
        .iter()
        .filter(|p| !missed.iter().chain(extra).any(|j| p.contains(j)))
        .collect();
    assert!(false_props.is_empty(), "{name}: false {false_props:#?}");
    assert!(
        s.quoted_none.is_empty(),
        "{name}: quoted {:?}",
        s.quoted_none
    );
    assert_eq!(s.right + missed.len(), s.expected, "{name}");
}

/// t91 (a county 十五五 outline with two tables turned on their side, years as rows): every
/// annotated proposal, but for the judgement calls named here. Flows at a goal year
/// (地区生产总值, 一般公共预算收入 in the table; 360亿元, 150亿元, 1200万人次, 18万吨, 旅游总收入 110亿元
/// in prose) are
/// drafted ytd by the contract's convention ("Eleventh set, fixed after the run"), annotated
/// level as t57 did; 建成…1个、…18个 (drafted level from 0, the known 建成 split); 2.8∶1 (the
/// known N∶1 ratio); 每年提高1个百分点
/// (drafted due at the plan's end, annotated as the first year); 实现…全覆盖 (a milestone the
/// annotation left out).
#[test]
fn t91_transposed_year_row_tables() {
    let name = "t91-county-15th-fyp-transposed-year-row-table";
    let flows = [
        "地区生产总值",
        "地区生产总值",
        "一般公共预算收入",
        "一般公共预算收入",
    ];
    assert_agreed_with(name, "table", &flows, &[]);
    assert_agreed_with(
        name,
        "prose",
        &[
            "到2030年达到360亿元",
            "新材料产业产值突破150亿元",
            "接待游客人次达到1200万人次",
            "粮食产量稳定在18万吨左右",
            "旅游总收入达到110亿元",
            "乡镇物流服务站18个",
            "农产品加工业产值与农业总产值之比",
            "常住人口城镇化率每年提高1个百分点左右",
        ],
        &["实现村级物流服务点全覆盖"],
    );
}

/// t92 (a city 美丽城市 指标体系 in three levels, merged cells blank): every table row as
/// annotated; in prose, the judgement calls named here: 4家钢铁企业全部完成 (drafted a
/// milestone, annotated a count), a 每年… figure not drafted as annotated (funds; 每年新建
/// 口袋公园 is drafted since round 18 E, the frequency in 次 opening its clause since round 30 C), and three goals without a figure the annotation left out (各项目标全面完成,
/// 生态环境质量持续改善, 建成…智慧监测网络).
#[test]
fn t92_multilevel_indicator_system() {
    let name = "t92-city-beautiful-city-indicator-system-multilevel-table";
    assert_agreed_with(name, "table", &[], &[]);
    assert_agreed_with(
        name,
        "prose",
        &["2027年底前全市4家钢铁企业全部完成超低排放改造"],
        &[
            "各项目标全面完成",
            "生态环境质量持续改善",
            "生态环境智慧监测网络",
        ],
    );
}

/// A table turned on its side (`年份` header, one row per year, the units on the line under
/// the names, a 属性 row): each goal year's cell is a target of its own, due at that year's
/// end, with its column's unit and class, quoted by its year, column and cell (never the
/// base year's figure).
#[test]
fn a_table_by_year_rows_gives_each_goal_years_cell() {
    let text = "某市国民经济和社会发展第十五个五年规划纲要\n\n表1　主要指标分年度目标\n\n年份　　　　　常住人口城镇化率　森林覆盖率　高新技术企业数\n　　　　　　　（%）　　　　　　（%）　　　（家）\n2025年（基期）　58.4　　　　　　61.3　　　　76\n2027年　　　　　60.5　　　　　　61.6　　　　92\n2030年　　　　　63.5　　　　　　≥62　　　　 120\n属性　　　　　　预期性　　　　　约束性　　　预期性\n";
    let ts = targets_of(text, "2026");
    let t = with_quote(&ts, "2030年\t森林覆盖率");
    assert_eq!(field(t, "value"), "62", "{t:#?}");
    assert_eq!(field(t, "unit"), "%", "{t:#?}");
    assert_eq!(field(t, "class"), "binding", "{t:#?}");
    assert_eq!(field(t, "deadline"), "2030-12-31", "{t:#?}");
    let t = with_quote(&ts, "2027年\t高新技术企业数");
    assert_eq!(field(t, "value"), "92", "{t:#?}");
    assert_eq!(field(t, "unit"), "家", "{t:#?}");
    assert_eq!(field(t, "deadline"), "2027-12-31", "{t:#?}");
    assert_eq!(ts.len(), 6, "{ts:#?}");
    assert!(
        ts.iter().all(|t| !field(t, "quote").contains("2025年")),
        "{ts:#?}"
    );
}

/// In a table by year rows, a count of additions in each year's row (`新建改建农村公路（公里）`
/// 212 in the base year, then 80, 90) is that year's work: ytd from the year's 1 January,
/// at least its figure, not a fall from the base year's.
#[test]
fn a_yearly_count_by_year_rows_is_that_years_work() {
    let text = "某县“十五五”规划纲要\n\n表2　民生保障主要指标\n\n年份　　　城镇调查失业率（%）　新建改建农村公路（公里）\n2025年　　 5.1　　　　　　　　　212\n2026年　　 ＜5.5　　　　　　　　80\n2028年　　 ＜5.5　　　　　　　　90\n";
    let ts = targets_of(text, "2026");
    let t = with_quote(&ts, "2028年\t新建改建农村公路");
    assert_eq!(field(t, "measure"), "ytd", "{t:#?}");
    assert_eq!(field(t, "rule"), "at-least", "{t:#?}");
    assert_eq!(field(t, "start"), "2028-01-01", "{t:#?}");
    assert_eq!(field(t, "deadline"), "2028-12-31", "{t:#?}");
    let t = with_quote(&ts, "2026年\t城镇调查失业率");
    assert_eq!(field(t, "rule"), "less-than", "{t:#?}");
    assert_eq!(ts.len(), 4, "{ts:#?}");
}

/// An indicator system in levels (`一级指标  二级指标  三级指标  单位  2030年目标值  属性`, the
/// coarser levels printed only on their group's first row): the name is the finest level's
/// cell, and rows short of the merged cells keep their unit and class.
#[test]
fn an_indicator_system_in_levels_names_the_finest_level() {
    let text = "美丽城市建设实施方案（2026—2030年）\n\n附件：指标体系\n\n一级指标　　二级指标　　　　三级指标　　　　　　　　　　单位　　　　　2030年目标值　　属性\n生态环境　　大气环境　　　　细颗粒物平均浓度　　　　　　微克/立方米　≤25　　　　　　约束性\n　　　　　　　　　　　　　　重污染天数比率　　　　　　　%　　　　　　＜0.5　　　　　 约束性\n　　　　　　水环境　　　　　城市黑臭水体消除比例　　　　%　　　　　　100　　　　　　 约束性\n宜居环境　　人居环境　　　　人均公园绿地面积　　　　　　平方米　　　　15.5　　　　　 预期性\n";
    let ts = targets_of(text, "2026");
    assert_eq!(ts.len(), 4, "{ts:#?}");
    let name = |piece: &str| {
        with_quote(&ts, piece)["name"]["zh"]
            .as_str()
            .unwrap()
            .to_string()
    };
    assert_eq!(name("细颗粒物平均浓度"), "细颗粒物平均浓度");
    assert_eq!(name("城市黑臭水体消除比例"), "城市黑臭水体消除比例");
    assert_eq!(name("人均公园绿地面积"), "人均公园绿地面积");
    let t = with_quote(&ts, "重污染天数比率");
    assert_eq!(field(t, "unit"), "%", "{t:#?}");
    assert_eq!(field(t, "rule"), "less-than", "{t:#?}");
    assert_eq!(field(t, "class"), "binding", "{t:#?}");
    assert_eq!(field(with_quote(&ts, "人均公园"), "unit"), "平方米");
}

/// A table by year rows whose corner cell is split between the rows' and the columns' titles
/// (`指标/年份`) is read as one with a 年份 corner.
#[test]
fn a_table_by_year_rows_with_a_split_corner_cell() {
    let text = "某县“十五五”规划纲要\n\n表2　民生保障主要指标\n\n指标/年份　　城镇调查失业率（%）　新建改建农村公路（公里）\n2025年　　 5.1　　　　　　　　　212\n2026年　　 ＜5.5　　　　　　　　80\n2028年　　 ＜5.5　　　　　　　　90\n";
    let ts = targets_of(text, "2026");
    assert_eq!(ts.len(), 4, "{ts:#?}");
    assert_eq!(field_of(&ts, "2028年\t新建改建农村公路", "value"), "90");
}

// ---- Round 18 B: a sector 实施意见 with 到2030年 / 到2035年 goals; a 十五五 plan with a bullet-list 专栏 ----

/// The score of the tuning passages t95–t96 (a provincial 实施意见 on inland waterways with
/// two stages; a provincial education plan whose indicators are ■ / ◆ / ● bullet lines):
/// `cargo test --test extract_documents -- --ignored t95_t96_score --nocapture`
#[test]
#[ignore]
fn t95_t96_score() {
    score_names(
        "tuning",
        &[
            "t95-province-inland-waterway-opinions-2030-2035",
            "t96-province-education-15th-fyp-bullet-indicators",
        ],
    );
}

/// Round 18 B: a plan's indicators as a bulleted list (`◆ 名称：2027年达到X%，2030年达到Y%以上`,
/// `● 名称（单位）………… 2027年 X ／ 2030年 Y`, `● 名称（%）…… ≥15`) are rows with one goal per
/// stage year, quoted by their own line (blanks dropped: a line of prose, not cells); a group
/// heading (`■ 学前教育`) does not end the list; an entry with no figure (`稳步提高`) gives none.
#[test]
fn bulleted_indicator_list_gives_one_goal_per_stage() {
    let text = extract_text(
        "某省“十五五”卫生健康事业发展规划\n专栏1　主要指标\n■ 健康水平\n　◆ 人均预期寿命（岁）：2027年79.5，2030年80以上\n　◆ 孕产妇死亡率：2027年9.5/10万以下，2030年9/10万以下\n■ 医疗服务\n　◆ 每千人口执业（助理）医师数（人）：2027年3.4，2030年3.6\n　◆ 基层医疗卫生机构诊疗量占比：稳步提高\n　● 二级及以上综合医院设置老年医学科比例（%）………… 2027年 70 ／ 2030年 80\n　● 县域内就诊率（%）………………… ≥90\n注：基期为2025年。\n",
        &["--year", "2026"],
    );
    let draft: toml::Table = toml::from_str(&text).unwrap();
    let ts = draft["target"].as_array().unwrap();
    let find = |name: &str, year: &str| {
        ts.iter()
            .find(|t| {
                t["name"]["zh"].as_str() == Some(name)
                    && t["deadline"].to_string().starts_with(year)
            })
            .unwrap_or_else(|| panic!("{name} {year}: {text}"))
    };
    let life = find("人均预期寿命", "2027");
    assert_eq!(life["value"].as_float(), Some(79.5), "{text}");
    assert_eq!(life["unit"].as_str(), Some("岁"));
    assert!(
        life["quote"].as_str().unwrap().starts_with("◆人均预期寿命"),
        "{text}"
    );
    assert_eq!(
        find("人均预期寿命", "2030")["rule"].as_str(),
        Some("at-least")
    );
    let doctors = find("每千人口执业（助理）医师数", "2030");
    assert_eq!(doctors["value"].as_float(), Some(3.6));
    let geri = find("二级及以上综合医院设置老年医学科比例", "2027");
    assert_eq!(geri["value"].as_integer(), Some(70));
    assert!(!geri["quote"].as_str().unwrap().contains(' '), "{text}");
    let county = find("县域内就诊率", "2030");
    assert_eq!(county["rule"].as_str(), Some("at-least"));
    assert!(!text.contains("稳步提高"), "{text}");
}

/// Round 18 B: a joint 实施意见 whose issuers head it on lines of their own, with its goals
/// in `二、总体要求` (`（三）主要目标。到2030年…。到2035年…`): a task with no date of its own is
/// due at 2030, the plan's last stage before the long-range 2035.
#[test]
fn opinions_tasks_without_a_date_take_the_stage_before_2035() {
    let text = extract_text(
        "某省交通运输厅　某省发展和改革委员会\n关于加快推进内河航运高质量发展的实施意见\n某交发〔2028〕3号\n一、总体要求\n　　（一）主要目标。到2030年，高等级航道里程达到1850公里。到2035年，高等级航道里程达到2100公里。\n二、重点任务\n　　（二）提升港口能级。规模以上港口专业化泊位占比达到75%。\n某省交通运输厅\n2028年5月12日\n",
        &[],
    );
    let draft: toml::Table = toml::from_str(&text).unwrap();
    let ts = draft["target"].as_array().unwrap();
    let berth = ts
        .iter()
        .find(|t| t["quote"].as_str().is_some_and(|q| q.contains("泊位占比")))
        .unwrap_or_else(|| panic!("{text}"));
    assert!(
        berth["deadline"].to_string().starts_with("2030-12-31"),
        "{text}"
    );
    let far = ts
        .iter()
        .find(|t| t["value"].as_integer() == Some(2100))
        .unwrap_or_else(|| panic!("{text}"));
    assert!(
        far["deadline"].to_string().starts_with("2035-12-31"),
        "{text}"
    );
}

/// t95 (a joint provincial 实施意见 on inland waterways, stages 到2030年 / 到2035年, qualitative
/// goals left out): every annotation but one, 船舶现场监督检查年均不少于1.2万艘次 (a yearly
/// floor, annotated ytd due the first year; drafted a level due 2030: the 年均 split left
/// to prose tuning), and, asserted strictly, 建成智慧航道示范段200公里 (annotated a level,
/// drafted ytd: the 建成 split).
#[test]
fn t95_opinions_with_two_stages() {
    let name = "t95-province-inland-waterway-opinions-2030-2035";
    assert_agreed_with(name, "table", &[], &[]);
    assert_agreed_with(
        name,
        "prose",
        &[
            "船舶现场监督检查年均不少于1.2万艘次",
            "建成智慧航道示范段200公里",
        ],
        &[],
    );
}

/// t96 (a provincial education plan whose 专栏 of indicators is a ■ / ◆ / ● bullet list):
/// every bulleted indicator and stage as annotated; in prose, the judgement calls named here:
/// the 近视率 entry "力争每年降低0.5个百分点以上" (no stage year: left to prose, drafted due
/// 2030), counts after 建设 / 支持 / 推动 / 培养 / 年培训 (measure or deadline split, or not
/// drafted: left to prose tuning), 增加公办学位6万个 (second count of a sentence, missed) and,
/// asserted strictly, 教师平均工资…不低于当地公务员平均工资收入水平 (a goal against another figure);
/// a direction the annotation left out (研究生学历的比例稳步提高, drafted `rises`).
#[test]
fn t96_bulleted_indicator_plan() {
    let name = "t96-province-education-15th-fyp-bullet-indicators";
    assert_agreed_with(name, "table", &[], &[]);
    assert_agreed_with(
        name,
        "prose",
        &[
            "儿童青少年总体近视率",
            "增加公办学位6万个",
            "建设省级特色示范高中50所",
            // (行业产教融合共同体20个 is right since sixteenth set, fixed after the run.)
            "推动3个学科进入国内前列",
            "支持60所县域普通高中改善办学条件",
            "年培训技术技能人才10万人次以上",
            "教师平均工资收入水平不低于当地公务员平均工资收入水平",
            "建成高水平高职院校10所",
            "建成省级智慧教育示范区15个",
        ],
        // (Round 21 D: the two bare 建成 counts annotated level are drafted ytd, 27 : 7.)
        &[
            "力争每年降低0.5个百分点以上",
            "研究生学历的比例稳步提高",
            "建成高水平高职院校10所",
            "建成省级智慧教育示范区15个",
        ],
    );
}

// ---- Round 18, tuner A: a province's 农业农村 work points and a city's 安全生产 plan ----

/// The score of the tuning passages t93–t94 (a province's 农业农村 annual work points; a
/// city's 安全生产 / 应急管理 annual plan), printed before their tests (docs/extract.md,
/// "Round 18 A"):
/// `cargo test --test extract_documents -- --ignored t93_t94_score --nocapture`
#[test]
#[ignore]
fn t93_t94_score() {
    score_names(
        "tuning",
        &[
            "t93-province-agriculture-rural-work-points-2028",
            "t94-city-work-safety-emergency-annual-plan-2028",
        ],
    );
}

/// t93 (a province's 农业农村 work points): every prose annotation but the judgement calls
/// named here (docs/extract.md, "Round 18 A"): 春耕前…分解下达 (no milestone verb), 能繁母猪…
/// 保持在165万头 (drafted at-least, annotated about), 抽检…3000批次 (annotated with the
/// action's 春耕前), 农机具检修120万台（套） (drafted in 万台（套）, as the classifier list writes
/// it), 持续减少 without a figure, two coverage milestones without a figure, 认定…名师100名
/// (drafted level), 1.2万座…安全检查 (a scope in the drafter's reading), 建成…“一张图”监测平台
/// (not matched when asserted: the quoted name); and three false
/// proposals the annotation left out: 两条底线, 增速高于城镇居民, the restated 4100万亩.
#[test]
fn t93_province_agriculture_work_points() {
    let name = "t93-province-agriculture-rural-work-points-2028";
    assert_agreed_with(
        name,
        "prose",
        &[
            "春耕前将粮食播种面积",
            "能繁母猪存栏保持在165万头",
            "抽检种子",
            "完成全省农机具检修120万台",
            "化肥、农药使用量持续减少",
            "农民合作社质量提升",
            "认定省级乡村工匠名师100名",
            "乡村振兴专干配备",
            "汛期前完成全省1.2万座",
            "年底前建成全省耕地",
        ],
        &[
            "两条底线",
            "增速高于城镇居民",
            "全年粮食播种面积稳定在4100万亩以上",
        ],
    );
}

/// t94 (a city's 安全生产 / 应急管理 annual plan): every prose annotation but the judgement
/// calls named here (docs/extract.md, "Round 18 A"): 继续实现“双下降” (no figure; annotators
/// split), 6月底前完成全市28家…评估 (the 28 read as a scope, no milestone drafted), 降至C级,
/// the second of two rates sharing one figure (…均达到100%), 接入…1800公里、桥梁42座 (a
/// platform's scope in the drafter's reading), 15分钟内传递 (no rule word before the figure),
/// (专项资金安排不少于6000万元, in 保障措施, is drafted since round 19 D: a fund with a floor).
#[test]
fn t94_city_work_safety_plan() {
    let name = "t94-city-work-safety-emergency-annual-plan-2028";
    assert_agreed_with(
        name,
        "prose",
        &[
            "生产安全事故起数和死亡人数继续实现",
            "6月底前完成全市28家",
            "化工园区安全风险等级",
            "特种作业人员持证上岗率",
            "接入燃气管网1800公里",
            "桥梁42座",
        ],
        &[],
    );
}

/// A results paragraph opened by the year before the goals whose first sentence says the
/// harvest 再获丰收 (再 of a past verb, no future marker), and a problem sentence led by
/// 但也要看到 (要 of seeing, no duty): both stay results; only the goals are drafted.
#[test]
fn a_past_again_verb_and_a_problem_lead_keep_a_results_paragraph() {
    let text = "2028年全省农业农村工作要点\n\n2027年，全省粮食生产再获丰收，乡村振兴取得新成效。全省粮食播种面积稳定在4120万亩，总产量达到318.6亿斤。但也要看到，农村生活污水治理率仅为38.6%。\n\n2028年主要目标是：粮食播种面积稳定在4100万亩以上。\n";
    let ts = targets_of(text, "2028");
    assert_eq!(ts.len(), 1, "{ts:#?}");
    assert_eq!(field_of(&ts, "4100万亩", "value"), "4100");
}

/// Round 18 A in one plan: accidents counted in 起 (a count, the year's flow), a zero in
/// quotes after 确保 (assessed), a death rate per 十万人 (the base part of its name: the
/// figure is 1.1 人/十万人, not 10 万人), 春耕前 (31 March), 修订…12项 (a count made).
#[test]
fn a_safety_plan_counts_incidents_zeroes_and_rates_per_base() {
    let text = "2028年全市安全生产工作计划\n\n二、总体目标\n\n较大事故起数控制在2起以内，确保重特大事故“零发生”，工矿商贸就业人员十万人生产安全事故死亡率控制在1.1以内。\n\n三、重点任务\n\n春耕前完成全市农机具检修1.2万台。修订市级应急预案12项。确保不发生区域性重大动物疫情。\n";
    let ts = targets_of(text, "2028");
    assert_eq!(ts.len(), 6, "{ts:#?}");
    let t = with_quote(&ts, "2起以内");
    assert_eq!(field(t, "measure"), "ytd", "{t:#?}");
    assert_eq!(field(t, "unit"), "起", "{t:#?}");
    assert_eq!(field(t, "value"), "2", "{t:#?}");
    assert_eq!(field_of(&ts, "“零发生”", "measure"), "assessed");
    assert_eq!(field_of(&ts, "动物疫情", "measure"), "assessed");
    let t = with_quote(&ts, "死亡率控制在1.1以内");
    assert_eq!(field(t, "value"), "1.1", "{t:#?}");
    assert_eq!(field(t, "unit"), "人/十万人", "{t:#?}");
    assert_eq!(field_of(&ts, "农机具检修", "deadline"), "2028-03-31");
    assert_eq!(field_of(&ts, "预案12项", "measure"), "ytd");
}

// Round 18 C: measures and rules counted over all annotated sets.

/// 控制在…左右 holds a figure down: a cap with slack (`at-most` with a tolerance), whatever
/// the name (annotated so 12 of 12 over all sets); 稳定在…左右 stays a band (`about`).
#[test]
fn held_down_to_about_is_a_cap_with_slack() {
    let ts = targets_of(
        "2026年主要目标：设备平均故障率控制在3%左右，数据中心平均电能利用效率控制在1.4左右，生猪出栏稳定在45万头左右。\n",
        "2026",
    );
    for piece in ["故障率控制在3%左右", "电能利用效率控制在1.4左右"] {
        let t = with_quote(&ts, piece);
        assert_eq!(field(t, "rule"), "at-most", "{t:#?}");
        assert!(t.contains_key("tolerance"), "{t:#?}");
    }
    assert_eq!(field(with_quote(&ts, "稳定在45万头左右"), "rule"), "about");
}

/// What the whole year reaches (`全年…达到N项`) is the year's count, not a stock; 总数 /
/// 累计 still name a stock.
#[test]
fn what_the_whole_year_reaches_is_the_years_count() {
    let ts = targets_of(
        "2026年科技工作要点\n一、主要目标\n全年技术合同登记数达到1.2万项。全年经营主体总数达到6万户。\n",
        "2026",
    );
    assert_eq!(
        field(with_quote(&ts, "登记数达到1.2万项"), "measure"),
        "ytd"
    );
    assert_eq!(field(with_quote(&ts, "总数达到6万户"), "measure"), "level");
}

/// A list's planned total investment after 计划 is the year's planned flow even with no rule
/// word (`计划总投资42.3亿元`).
#[test]
fn planned_total_investment_is_the_years_flow() {
    let ts = targets_of(
        "2026年民生实事项目清单\n今年确定十件民生实事，计划总投资42.3亿元。\n",
        "2026",
    );
    assert_eq!(
        field(with_quote(&ts, "计划总投资42.3亿元"), "measure"),
        "ytd",
        "{ts:#?}"
    );
}

/// A task table's cell that issues a document (`出台…专项规划`) by the row's deadline is a
/// milestone, as one that builds or opens something is.
#[test]
fn a_document_issued_in_a_task_table_is_a_milestone() {
    let text = "某省新能源汽车产业发展三年行动计划（2026—2028年）\n\n附件：重点任务分工表\n\n序号\t任务名称\t工作目标\t责任单位\t完成时限\n1\t充电设施布局规划\t出台全省充换电设施布局专项规划\t省能源局\t2027年6月\n2\t换电站建设\t建成换电站200座\t省能源局\t2028年12月\n";
    let ts = targets_of(text, "2026");
    let t = with_quote(&ts, "出台全省充换电设施布局专项规划");
    assert_eq!(field(t, "measure"), "milestone", "{t:#?}");
    assert_eq!(field(t, "rule"), "done", "{t:#?}");
}

/// One built in each unit (`每个县（市、区）至少建成1个…`) is coverage by the deadline: a
/// milestone; a figure merely required of each unit (`单个项目最高不超过500万元`) stays no
/// target, and a floor of people posted in each (`每个乡镇卫生院至少配备1名全科医生`, round 32
/// B) is a level.
#[test]
fn one_built_in_each_unit_is_a_coverage_milestone() {
    let ts = targets_of(
        "某市公共服务“十五五”专项规划\n到2027年，每个县（市、区）至少建成1个综合托育服务中心。单个项目最高不超过500万元。每个乡镇卫生院至少配备1名全科医生。\n",
        "2026",
    );
    let t = with_quote(&ts, "至少建成1个综合托育服务中心");
    assert_eq!(field(t, "measure"), "milestone", "{t:#?}");
    assert_eq!(field(t, "rule"), "done", "{t:#?}");
    assert!(
        ts.iter()
            .all(|t| !t["quote"].as_str().unwrap().contains("500万元")),
        "{ts:#?}"
    );
    let t = with_quote(&ts, "至少配备1名全科医生");
    assert_eq!(field(t, "measure"), "level", "{t:#?}");
    assert_eq!(field(t, "rule"), "at-least", "{t:#?}");
}

// ---- Round 18 D: decomposition tables (rows are places) and word cells with a 单位 column ----

/// The score of the tuning passages t97–t98 (a city's decomposition of the year's targets by
/// county / district, units in the header; a county's main-indicator table with a 单位 column,
/// word cells and a 备注 column):
/// `cargo test --test extract_documents -- --ignored t97_t98_score --nocapture`
#[test]
#[ignore]
fn t97_t98_score() {
    score_names(
        "tuning",
        &[
            "t97-city-annual-targets-decomposition-by-district-2028",
            "t98-county-plan-main-indicators-unit-column-words-2028",
        ],
    );
}

/// t97 (a city's notice giving the year's targets out to its counties and districts, two
/// tables of units with the unit in each indicator's header) and t98 (a county's plan table
/// with a 单位 column, word cells and the class in a 备注 column): every annotated table row
/// but one; t98's `持续下降` cell is drafted assessed (as t5's annotator took the same cell),
/// annotated a level falling by me (as f1 took `持续提高`): split, left. Prose: t97's assessment
/// weight `权重不低于30%` is drafted (a threshold of a review, not a goal: left to prose
/// tuning); t98's `全年实施县级重点项目120个以上，其中新开工项目不少于45个，6月底前完成…50%以上`
/// sentence gives nothing (a portfolio of projects: the documented 实施…项目 reading), and the
/// consequence `惠及居民4100户` is drafted.
#[test]
fn t97_t98_decomposition_and_word_cell_tables() {
    let t97 = "t97-city-annual-targets-decomposition-by-district-2028";
    let t98 = "t98-county-plan-main-indicators-unit-column-words-2028";
    assert_agreed_with(t97, "table", &[], &[]);
    // (t97's prose: nothing annotated; the one proposal is the weight, which my `none` lists.)
    let s = score("tuning", t97, Some("prose"), Mode::Asserted);
    assert_eq!((s.expected, s.right), (0, 0));
    assert!(
        s.false_props.iter().all(|p| p.contains("权重不低于30%")),
        "{:#?}",
        s.false_props
    );
    assert!(
        s.quoted_none.iter().all(|q| q == "不低于30%"),
        "{:?}",
        s.quoted_none
    );
    assert_agreed_with(t98, "table", &["化学需氧量、氨氮排放总量"], &[]);
    assert_agreed_with(t98, "prose", &[], &["惠及居民4100户"]);
}

/// Round 18 D: a table of units whose rows are places (a 分解表 of the year's targets): each
/// cell's owner is its row's unit, a whole (全市, 合计) owns nothing, a dash is no goal, and a
/// count or amount is that year's work (ytd); a title naming 分解 heads it as 目标 does
/// (docs/extract.md, "Round 18 D: …").
#[test]
fn a_decomposition_table_of_places_gives_each_cell_its_row_as_owner() {
    let ts = targets_of(
        "附表1\n\n2028年各县（市、区）主要经济指标目标分解表\n\n地区        地区生产总值增长（%）    一般公共预算收入（亿元）    实际使用外资（万美元）\n全市        6                        91.5                        42000\n临川区      6.5                      18.6                        12000\n高新区      —                        9.3                         9000\n\n附表2\n\n2028年各县（市、区）重点工作量化指标分解表\n\n地区        新增规上工业企业（家）    城镇新增就业（人）\n临川区      15                        5200\n东津区      12                        4300\n合计        27                        9500\n",
        "2028",
    );
    assert_eq!(ts.len(), 14, "{:#?}", quotes(&ts));
    let owner = |piece: &str| with_quote(&ts, piece).get("owner").map(|o| o.to_string());
    assert_eq!(
        owner("临川区地区生产总值增长").as_deref(),
        Some("[\"临川区\"]")
    );
    assert_eq!(owner("高新区实际使用外资").as_deref(), Some("[\"高新区\"]"));
    assert_eq!(owner("全市一般公共预算收入"), None);
    assert_eq!(owner("合计城镇新增就业"), None);
    assert_eq!(field_of(&ts, "临川区一般公共预算收入", "measure"), "ytd");
    assert_eq!(field_of(&ts, "东津区新增规上工业企业", "measure"), "ytd");
    assert_eq!(field_of(&ts, "临川区地区生产总值增长", "measure"), "growth");
    assert_eq!(
        field_of(&ts, "东津区城镇新增就业", "deadline"),
        "2028-12-31"
    );
    assert!(!quotes(&ts).iter().any(|q| q.contains("高新区地区生产总值")));
}

/// Round 18 D: with no 属性 column, a 备注 cell opening with 约束性 / 预期性 gives the row's
/// class; a goal in words in the growth column after the goal column (`与经济增长同步`) is the
/// row's growth against GDP, in %.
#[test]
fn a_remark_class_word_and_a_worded_growth_cell_are_read() {
    let ts = targets_of(
        "表1  2028年主要指标\n\n序号  指标名称            单位    2027年预计    2028年目标    备注\n1     地区生产总值增长    %       5.9           6左右         预期性\n2     森林覆盖率          %       62.3          62.5          约束性，见注3\n",
        "2028",
    );
    assert_eq!(field_of(&ts, "地区生产总值增长", "class"), "expected");
    assert_eq!(field_of(&ts, "森林覆盖率", "class"), "binding");
    let ts = targets_of(
        "附表\n2027年主要指标\n指标\t单位\t2026年预计\t2027年目标\t增长（%）\n城镇居民人均可支配收入\t元\t48620\t—\t与经济增长同步\n",
        "2027",
    );
    let t = with_quote(&ts, "城镇居民人均可支配收入");
    assert_eq!(field(t, "measure"), "growth", "{t:#?}");
    assert_eq!(field(t, "unit"), "%", "{t:#?}");
}

/// Round 18 D: 新辟 (routes opened) is a cue verb like 新建: `新辟公交线路20条` is the year's count.
#[test]
fn routes_opened_with_xinpi_are_counted() {
    let ts = targets_of("2028年工作安排\n今年，新辟公交线路20条。\n", "2028");
    assert_eq!(field_of(&ts, "新辟公交线路20条", "measure"), "ytd");
    assert_eq!(field_of(&ts, "新辟公交线路20条", "value"), "20");
}

/// Round 18 D: `…事故“零发生”` is the bottom line `不发生…事故` said the other way round:
/// assessed, in a year's work.
#[test]
fn an_accident_zero_occurrence_goal_is_assessed() {
    let ts = targets_of(
        "三、2028年重点工作\n（四）守牢安全底线。全年开展安全生产专项检查不少于4轮，较大以上生产安全事故“零发生”。\n",
        "2028",
    );
    assert_eq!(
        field_of(&ts, "零发生", "measure"),
        "assessed",
        "{:#?}",
        quotes(&ts)
    );
}

/// Round 18 D: a table of units whose indicators' units are on the line under the header
/// (`（%）  （亿元）`, a PDF copy) is read as if each unit followed its name.
#[test]
fn a_table_of_units_with_its_units_on_the_line_below_is_read() {
    let ts = targets_of(
        "附表1\n\n2028年各县（市、区）主要经济指标目标分解表\n\n地区        地区生产总值增长    一般公共预算收入\n            （%）                （亿元）\n临川区      6.5                 18.6\n东津区      6                   15.2\n",
        "2028",
    );
    assert_eq!(ts.len(), 4, "{:#?}", quotes(&ts));
    assert_eq!(field_of(&ts, "东津区一般公共预算收入", "unit"), "亿元");
    assert_eq!(field_of(&ts, "临川区地区生产总值增长", "unit"), "%");
}

// Round 18 E: a year naming a list after a month's deadline; a status closing a paragraph
// of goals does not carry into the next numbered task.

/// `9月底前，发布2028年度"揭榜挂帅"项目榜单，榜单项目不少于40项`: the 2028年度 names the list,
/// the 9月底前 that opens the sentence is the count's deadline.
#[test]
fn a_year_naming_a_list_leaves_the_month_deadline_governing() {
    let text = "澜州省2028年科技创新工作要点\n\n    9．9月底前，发布2028年度\"揭榜挂帅\"项目榜单，榜单项目不少于40项。\n    10．提前谋划2029年重点项目，11月底前形成2029年度重点项目初步清单，储备亿元以上项目100个以上。\n";
    let ts = targets_of(text, "2028");
    let t = with_quote(&ts, "不少于40项");
    assert_eq!(field(t, "deadline"), "2028-09-30", "{t:#?}");
    let t = with_quote(&ts, "100个以上");
    assert_eq!(field(t, "deadline"), "2028-11-30", "{t:#?}");
}

/// A paragraph of goals closing on a status sentence (`2025年，全市已完成…`): the next
/// numbered task, after a blank line, is goals again; a review's paragraphs carry on.
#[test]
fn a_status_closing_a_paragraph_of_goals_does_not_carry_into_the_next_task() {
    let text = "柳湾市美丽城市建设实施方案（2026—2030年）\n\n（二）深入打好碧水保卫战。实施城镇污水处理提质增效行动，到2030年新建改造污水管网500公里。2025年，全市已完成河道综合整治120公里。\n\n（三）推进城市绿化美化。每年新建口袋公园20个以上，到2030年累计建成绿道600公里。\n";
    let ts = targets_of(text, "2026");
    let t = with_quote(&ts, "口袋公园20个");
    assert_eq!(field(t, "deadline"), "2026-12-31", "{t:#?}");
    assert!(with_quote_opt(&ts, "120公里").is_none(), "{ts:#?}");
    // A review whose paragraphs open as reports carries its status over the blank line.
    let review = "某县2027年工作总结\n\n2026年，全县新签约亿元以上项目52个。\n\n（一）新增规上工业企业38家，新建农村公路120公里。\n";
    let ts = targets_of(review, "2027");
    assert!(with_quote_opt(&ts, "38家").is_none(), "{ts:#?}");
}

// Fourteenth set, fixed after the run (fixer C): a press conference's answer relaying
// results; 稳定在 … 以内; a dated 启动.

/// `答：…局长…介绍，去年…，同比增长18%，…提高到45%。`: the turn label before the reporting
/// lead does not hide it, so the past marker after it opens a status report for the whole
/// sentence; so does `“十五五”以来` after a lead. The goals after 下一步 / 到2031年 stay.
#[test]
fn an_answer_relaying_past_results_after_its_lead_proposes_none() {
    let text = "市政府新闻办举行《某市数字经济发展行动方案》新闻发布会\n\n发布时间：2029-03-10　来源：某市日报\n\n问：在产业培育方面有哪些考虑？\n\n答：市工业和信息化局副局长李明介绍，去年全市软件业务收入达到320亿元，同比增长18%，重点企业本地协作率提高到45%。下一步，到2031年全市软件业务收入突破600亿元。\n\n问：在平台建设方面有哪些安排？\n\n答：市科技局局长王强介绍，“十五五”以来，全市累计认定数字化车间40个，建成省级工业互联网平台3个。按照方案要求，到2031年新建省级工业互联网平台5个以上。\n";
    let ts = targets_of(text, "2029");
    for past in ["同比增长18%", "提高到45%", "平台3个"] {
        assert!(
            with_quote_opt(&ts, past).is_none(),
            "{past}: {:#?}",
            quotes(&ts)
        );
    }
    assert_eq!(field_of(&ts, "突破600亿元", "deadline"), "2031-12-31");
    assert_eq!(field_of(&ts, "平台5个以上", "deadline"), "2031-12-31");
}

/// `稳定在30个工作日以内`, `保持在5%以内`: a holding word has no direction of its own; the cap
/// after the figure makes the rule at-most.
#[test]
fn a_level_held_within_a_cap_is_at_most() {
    let ts = targets_of(
        "三、2029年工作安排\n\n全市工程建设项目审批时间稳定在30个工作日以内，城镇调查失业率保持在5%以内。\n",
        "2029",
    );
    assert_eq!(field_of(&ts, "30个工作日以内", "rule"), "at-most");
    assert_eq!(field_of(&ts, "保持在5%以内", "rule"), "at-most");
}

/// `一季度启动城东综合客运枢纽二期建设`: works started by a part of the year are a dated task,
/// a milestone due at the quarter's end.
#[test]
fn works_started_by_a_quarter_are_a_milestone() {
    let ts = targets_of(
        "三、2029年工作安排\n\n（一）扩大有效投资。一季度启动城东综合客运枢纽二期建设，年底前建成市民服务中心。\n",
        "2029",
    );
    assert_eq!(field_of(&ts, "一季度启动", "measure"), "milestone");
    assert_eq!(field_of(&ts, "一季度启动", "deadline"), "2029-03-31");
}

/// `培养乡村骨干教师300名`: people trained up are counted as they are made, the year's flow,
/// as after 培训 / 招聘 (it was no cue verb: the bare count was dropped).
#[test]
fn people_trained_up_with_peiyang_are_a_flow() {
    let ts = targets_of(
        "三、2029年工作安排\n\n（三）加强教师队伍建设。培养乡村骨干教师300名。\n",
        "2029",
    );
    assert_eq!(field_of(&ts, "骨干教师300名", "measure"), "ytd");
    assert_eq!(field_of(&ts, "骨干教师300名", "value"), "300");
}

// Fourteenth set, fixed after the run (B): an annual goal column read in the text's year, not
// the named plan's end year; an assessment's scoring rules are no targets; a 重点工作 column
// names a task table's rows.

/// A notice on 2031年度 targets that names 十五五 (2026—2030): its 年度目标 column, with no
/// year in the table's title or header, is the text's year, not the plan's end year; and its
/// scoring rules (权重为40%, 低于60%的不得分, 按100%、85%…的比例计分) are no targets.
#[test]
fn an_annual_goal_column_takes_the_texts_year_over_the_plans_end() {
    let text = "澜州市关于开展2031年度目标考核工作的通知\n\n    2031年是“十五五”规划实施的第二年，各区县要对照附表确保年度目标任务全面完成。\n\n    三、计分办法\n\n    经济发展类指标权重为40%；定量指标未完成的，按完成比例计分，完成比例低于60%的不得分；定性指标分别按100%、85%、70%的比例计分。\n\n                                                澜州市人民政府办公室\n                                                  2031年2月26日\n\n表1  年度考核指标\n\n序号\t指标\t单位\t年度目标\t责任单位\n1\t新建充电桩\t个\t5000\t市发展改革委\n2\t城镇调查失业率\t%\t≤5.5\t市人社局\n";
    let ts = targets_no_year(text);
    assert_eq!(ts.len(), 2, "{:#?}", quotes(&ts));
    let t = with_quote(&ts, "新建充电桩");
    assert_eq!(field(t, "deadline"), "2031-12-31", "{t:#?}");
    assert_eq!(field(t, "start"), "2031-01-01", "{t:#?}");
    assert_eq!(field(t, "measure"), "ytd", "{t:#?}");
    let t = with_quote(&ts, "失业率");
    assert_eq!(field(t, "deadline"), "2031-12-31", "{t:#?}");
}

/// A 重点工作 column names a task table's rows; a 年度目标 cell opening with its deadline
/// (`9月底前建成投运`, `年底前主体结构封顶`) is a milestone due then, in the text's year.
#[test]
fn a_key_work_table_dates_its_rows_by_their_goal_cells() {
    let text = "柳湾市2030年度重点工作任务\n\n序号    重点工作                年度目标                      责任单位\n1       柳湾港二期码头工程       9月底前建成投运               市交通运输局\n2       市中心医院新院区         年底前主体结构封顶            市卫生健康委\n3       城区雨污分流改造         完成改造管网80公里            市住房城乡建设局\n";
    let ts = targets_of(text, "2030");
    assert_eq!(ts.len(), 3, "{:#?}", quotes(&ts));
    let t = with_quote(&ts, "码头工程");
    assert_eq!(field(t, "measure"), "milestone", "{t:#?}");
    assert_eq!(field(t, "deadline"), "2030-09-30", "{t:#?}");
    let t = with_quote(&ts, "新院区");
    assert_eq!(field(t, "measure"), "milestone", "{t:#?}");
    assert_eq!(field(t, "deadline"), "2030-12-31", "{t:#?}");
    let t = with_quote(&ts, "80公里");
    assert_eq!(field(t, "unit"), "公里", "{t:#?}");
    assert_eq!(field(t, "owner"), "[\"市住房城乡建设局\"]", "{t:#?}");
}

/// The area sown in a year (`粮食播种面积`) in a 年度目标 column is a state the year holds, a
/// level, not the year's work; a count beside it (`新建充电桩`) is.
#[test]
fn an_area_sown_in_an_annual_goal_column_is_a_level() {
    let text = "2031年度目标责任书\n\n序号\t指标\t单位\t年度目标\t责任单位\n1\t粮食播种面积\t万亩\t≥236\t市农业农村局\n2\t新建充电桩\t个\t6000\t市发展改革委\n";
    let ts = targets_of(text, "2031");
    assert_eq!(field_of(&ts, "播种面积", "measure"), "level", "{ts:#?}");
    assert_eq!(field_of(&ts, "充电桩", "measure"), "ytd", "{ts:#?}");
}

// Fourteenth set, fixed after the run (D): a base year is no deadline; in a box of projects,
// a task's own deadline dates its clause alone, and `5G` after a works verb names a kind.

/// `森林覆盖率在2025年基础上提高0.9个百分点`: 2025 is the base the change is measured
/// from, not the goal's deadline; the plan's end governs it and the clauses after it.
#[test]
fn a_base_year_in_a_goal_is_no_deadline() {
    let text = "柳湾县国民经济和社会发展第十五个五年规划纲要\n\n第三节　主要目标\n    今后五年经济社会发展要努力实现以下主要目标：\n    ——生态环境持续改善。森林覆盖率在2025年的基础上提高1.2个百分点，空气质量优良天数比率不低于90%。\n";
    let ts = targets_of(text, "2026");
    let t = with_quote(&ts, "提高1.2个百分点");
    assert_eq!(field(t, "deadline"), "2030-12-31", "{t:#?}");
    let t = with_quote(&ts, "不低于90%");
    assert_eq!(field(t, "deadline"), "2030-12-31", "{t:#?}");
}

/// A box entry `2029年底前建成…，新改建…公里`: the 年底前 deadline is the milestone's; the
/// works counted after it run to the plan's end. `新建5G基站…个` is a works count.
#[test]
fn a_task_deadline_in_a_box_dates_its_own_clause_only() {
    let text = "柳湾县国民经济和社会发展第十五个五年规划纲要\n\n专栏3　“十五五”时期重大工程项目\n\n    1.交通畅通工程。2029年底前建成柳湾至江北快速路，新改建农村公路420公里。\n    2.数字赋能工程。新建5G基站900个，建成县级数据中心。\n";
    let ts = targets_of(text, "2026");
    let t = with_quote(&ts, "420公里");
    assert_eq!(field(t, "deadline"), "2030-12-31", "{t:#?}");
    let t = with_quote(&ts, "建成柳湾至江北快速路");
    assert_eq!(field(t, "deadline"), "2029-12-31", "{t:#?}");
    let t = with_quote(&ts, "5G基站900个");
    assert_eq!(field(t, "deadline"), "2030-12-31", "{t:#?}");
}

/// A box entry's works counted after 完成 or 建设 (`完成国土绿化3万亩`, `建设…重点村12个`)
/// are goals by the plan's end, as 新建 counts are.
#[test]
fn works_done_and_built_in_a_box_are_goals() {
    let text = "柳湾县国民经济和社会发展第十五个五年规划纲要\n\n专栏4　“十五五”时期重大工程项目\n\n    1.生态环保工程。完成国土绿化3万亩，新建扩建污水处理厂2座。\n    2.文旅融合工程。建设乡村旅游重点村12个。\n";
    let ts = targets_of(text, "2026");
    let t = with_quote(&ts, "国土绿化3万亩");
    assert_eq!(field(t, "measure"), "ytd", "{t:#?}");
    assert_eq!(field(t, "deadline"), "2030-12-31", "{t:#?}");
    let t = with_quote(&ts, "重点村12个");
    assert_eq!(field(t, "measure"), "ytd", "{t:#?}");
}

/// `三年新谋划储备…项目不少于40个` in a three-year plan: a floor on what the three years add,
/// the window's flow (ytd), as the window's other spelled counts are.
#[test]
fn a_floor_on_a_spelled_window_s_count_is_its_flow() {
    let text = "柳湾区文旅融合发展三年行动计划（2031—2033年）\n\n    三、重点任务\n    （一）实施文旅项目攻坚行动。三年新谋划储备亿元以上文旅项目不少于40个。\n";
    let ts = targets_of(text, "2031");
    let t = with_quote(&ts, "不少于40个");
    assert_eq!(field(t, "measure"), "ytd", "{t:#?}");
}

// Fourteenth set, fixed after the run (A): an indicator table whose header is wrapped over
// two tab-separated lines (`年均增长` over `或累计`, `指    标` spaced inside its cell), its
// rows at runs of spaces with a 类别 + 序号 pair, and a name's rest beside a goal's words.

/// The header's second line ends the 年均增长 title (`或累计`): the two lines are one header
/// (base 2025, goal 2030), not a new header of three columns the rows are read under; the
/// spaced-out `指    标` names the name column, so a unit glued to a long name by one space
/// (`受教育年限 年`) is its own cell and the draft validates.
#[test]
fn a_tab_header_wrapped_over_two_lines_reads_its_space_separated_rows() {
    let text = "表1　“十五五”时期松阳县主要指标\n\n类别\t序号\t指    标\t单位\t基期值\t目标值\t年均增长\t属性\n\t\t\t\t（2025年）\t（2030年）\t或累计\n经济    1   地区生产总值增长           %       ６.２     —       ≥６.５    预期性\n发展    2   社会消费品零售总额         亿元    ４８.２   ６５     ６.２      预期性\n        3   常住人口城镇化率           %       ５１.３   ５８     〔６.７〕  预期性\n民生    4   劳动年龄人口平均受教育年限 年      １０.２   １１     —         约束性\n";
    let (draft, problems) = draft_problems(text);
    assert!(problems.is_empty(), "{problems:?}\n{draft}");
    let t: toml::Table = toml::from_str(&draft).unwrap();
    let ts: Vec<toml::Table> = t["target"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x.as_table().unwrap().clone())
        .collect();
    let t = with_quote(&ts, "地区生产总值增长");
    assert_eq!(field(t, "measure"), "growth", "{t:#?}");
    assert_eq!(field(t, "value"), "6.5", "{t:#?}");
    assert_eq!(field(t, "unit"), "%", "{t:#?}");
    let t = with_quote(&ts, "常住人口城镇化率");
    assert_eq!(field(t, "value"), "58", "{t:#?}");
    assert_eq!(field(t, "baseline"), "51.3", "{t:#?}");
    assert_eq!(field_of(&ts, "受教育年限", "unit"), "年");
    assert_eq!(field_of(&ts, "受教育年限", "value"), "11");
    let retail: Vec<&toml::Table> = ts
        .iter()
        .filter(|t| t["quote"].as_str().unwrap().contains("社会消费品零售总额"))
        .collect();
    assert_eq!(retail.len(), 2, "{retail:#?}");
}

/// A row's name cut at the end of its line, its rest (`排放降低`) under the name on the next
/// line beside the rest of a goal in words (`达任务` under `完成市下`): one row, not a false
/// assessed row named by the name's rest. A lone piece under the name with no goal words
/// beside it is still not joined.
#[test]
fn a_names_rest_beside_a_goal_words_rest_joins_its_row() {
    let text = "类别    序号  指  标                     单位    2025年     2030年    年均增长或累计   属性\n绿色    13    单位地区生产总值二氧化碳   %       〔１７.２〕 —         完成省下         约束性\n              排放降低                                                达任务\n        14    森林覆盖率                 %       ３８.５    ３９.２   —                约束性\n";
    let ts = targets_of(text, "2026");
    assert_eq!(ts.len(), 2, "{:#?}", quotes(&ts));
    let t = with_quote(&ts, "二氧化碳排放降低");
    assert_eq!(field(t, "measure"), "assessed", "{t:#?}");
    assert!(
        t["quote"].as_str().unwrap().contains("完成省下达任务"),
        "{t:#?}"
    );
    assert_eq!(field_of(&ts, "森林覆盖率", "value"), "39.2");
}

/// An indented piece under a row's name (`地区生产总值比重`, the rest of `…增加值占`) over a row
/// that opens with its own category and 序号: no head of that row (its quote opens with it
/// no more); both rows read.
#[test]
fn a_names_rest_over_a_row_with_its_own_serial_is_no_head_of_it() {
    let text = "类别    序号  指  标                       单位    2025年   2030年   属性\n创新    7     数字经济核心产业增加值占     %       ７.１    １２     预期性\n              地区生产总值比重\n民生    8     城镇调查失业率               %       ４.８    ＜５.５  预期性\n";
    let ts = targets_of(text, "2026");
    assert_eq!(ts.len(), 2, "{:#?}", quotes(&ts));
    let t = with_quote(&ts, "城镇调查失业率");
    assert!(t["quote"].as_str().unwrap().starts_with("民生"), "{t:#?}");
    assert_eq!(field(t, "value"), "5.5", "{t:#?}");
    assert_eq!(field_of(&ts, "数字经济核心产业增加值占", "value"), "12");
}

// Review 18 (fixer E): a panic, rules narrowed to what their docs say.

/// Review 18, item 1: a round count of people whose 人 falls past a counting window
/// (`建成…社区十人口床位配置率…`, the 十 the twelfth character after the verb) is read
/// without a panic.
#[test]
fn a_per_base_cut_by_the_counting_window_does_not_panic() {
    for verb in ["建成", "完成", "投用", "开工"] {
        let text = format!(
            "某县2026年工作要点\n\n6月底前{verb}城区养老服务中心和社区十人口床位配置率示范点。\n"
        );
        let _ = targets_of(&text, "2026");
    }
}

/// Review 18, item 2: a goal year with no comma after it (`力争2028年建成…`) after a month's
/// deadline is the figure's window; only 年度, a name mark, or a verb of issuing before the
/// year make it part of a name (`11月底前形成2029年度重点项目初步清单`).
#[test]
fn a_goal_year_with_no_comma_after_a_month_deadline_is_a_window() {
    let ts = targets_of(
        "某县2026年工作要点\n\n6月底前完成项目立项，力争2028年建成污水管网50公里。\n",
        "2026",
    );
    assert_eq!(
        field_of(&ts, "50公里", "deadline"),
        "2028-12-31",
        "{:#?}",
        quotes(&ts)
    );
    let ts = targets_of(
        "某县2026年工作要点\n\n9月底前完成规划编制，确保2027年实现污水处理率95%以上。\n",
        "2026",
    );
    assert_eq!(
        field_of(&ts, "95%", "deadline"),
        "2027-12-31",
        "{:#?}",
        quotes(&ts)
    );
}

/// Review 18, item 3: a zero written as a promise (`确保…“零发生”`, `确保全年零事故`) is a bottom
/// line; a zero naming a thing (`推广零事故班组创建经验`, `零死亡交通示范路`) is none.
#[test]
fn a_zero_accident_word_is_a_bottom_line_only_as_a_promise() {
    for text in [
        "某县安全生产三年行动方案\n\n到2027年，推广零事故班组创建经验。\n",
        "某县安全生产三年行动方案\n\n到2027年，建设零死亡交通示范路。\n",
        "某县安全生产三年行动方案\n\n到2027年，培育零事故企业。\n",
    ] {
        let ts = targets_of(text, "2026");
        assert!(ts.is_empty(), "{:#?}", quotes(&ts));
    }
    let ts = targets_of(
        "某县安全生产三年行动方案\n\n到2027年，确保全年零事故。\n",
        "2026",
    );
    assert_eq!(
        field_of(&ts, "零事故", "measure"),
        "assessed",
        "{:#?}",
        quotes(&ts)
    );
}

/// Review 18, item 4: 控制在 caps only the figure of its own clause; a bullet entry quoting its
/// whole line (`2027年控制在40，2030年45左右`) leaves the 2030 goal uncapped.
#[test]
fn a_ceiling_word_caps_only_the_figure_of_its_own_clause() {
    let text = "某市发展规划（2026—2030年）\n\n◆ 甲率：2027年为5%，2030年为6%\n◆ 粮食播种面积：2027年稳定在100万亩，2030年控制在105万亩左右\n◆ 丙率：2027年为5%，2030年为6%\n◆ 生猪出栏（万头）：2027年控制在40，2030年45左右\n";
    let ts = targets_of(text, "2026");
    let pigs: Vec<_> = ts
        .iter()
        .filter(|t| field(t, "quote").contains("45左右"))
        .collect();
    let late = pigs
        .iter()
        .find(|t| field(t, "deadline") == "2030-12-31")
        .unwrap_or_else(|| panic!("{:#?}", quotes(&ts)));
    assert_ne!(field(late, "rule"), "at-most", "{late:#?}");
    let early = pigs
        .iter()
        .find(|t| field(t, "deadline") == "2027-12-31")
        .unwrap_or_else(|| panic!("{:#?}", quotes(&ts)));
    assert_eq!(field(early, "rule"), "at-most", "{early:#?}");
    assert_eq!(field_of(&ts, "105万亩左右", "rule"), "at-most");
}

/// Review 18, item 8: an empty growth cell (a tab table keeps it) is no goal in words: the
/// rows with words in the goal cell read as those words say (a guard; no drafted field changed
/// on the inputs tried).
#[test]
fn an_empty_growth_cell_is_not_read_as_words() {
    let text = "某企业2029年经营指标\n\n指标\t单位\t2029年目标\t增长（%）\t责任部门\n营业收入\t亿元\t120\t8\t财务部\n人均工资\t元\t高于GDP增长\t\t人力资源部\n品牌影响力\t—\t持续提升\t\t市场部\n安全生产\t—\t不发生重大事故\t\t安全部\n利润总额\t亿元\t10\t5\t财务部\n";
    let ts = targets_of(text, "2029");
    assert_eq!(ts.len(), 5, "{:#?}", quotes(&ts));
    assert_eq!(field_of(&ts, "持续提升", "measure"), "assessed");
    assert_eq!(field_of(&ts, "不发生重大事故", "measure"), "assessed");
    assert_eq!(field_of(&ts, "高于GDP增长", "measure"), "growth");
}

/// Review 18, item 9: 超过 / 高于 / 好于 report goals done only when the goal is named just
/// after them (`已超过全年8%的预期目标`, `好于预期`); `居民收入增长高于经济增长` in a target list
/// is goal language and leaves the list read.
#[test]
fn a_bare_higher_than_in_a_target_list_does_not_report_goals_done() {
    let ts = targets_of(
        "某县2026年政府工作报告\n\n今年经济社会发展的主要预期目标是地区生产总值增长6%、居民收入增长高于经济增长，城镇新增就业5000人。\n",
        "2026",
    );
    assert_eq!(
        field_of(&ts, "增长6%", "rule"),
        "at-least",
        "{:#?}",
        quotes(&ts)
    );
    assert!(
        with_quote_opt(&ts, "5000人").is_some(),
        "{:#?}",
        quotes(&ts)
    );
}

// Review 18 (fixer F): year-row quotes by column, leader dots before a digit, box bullets.

/// Two columns of a table by year with the same indicator's name: each goal quotes its own
/// column's header and cell, not the first column's.
#[test]
fn a_table_by_year_quotes_each_columns_own_cell() {
    let text = "某市发展规划（2026—2030年）\n\n年份\t森林覆盖率（%）\t森林覆盖率(%)\t地区生产总值（亿元）\n2025年（基期）\t60\t61\t263\n2030年\t62\t64\t360\n";
    let ts = targets_of(text, "2026");
    let qs: Vec<&str> = ts.iter().filter_map(|t| t["quote"].as_str()).collect();
    assert!(qs.contains(&"2030年\t森林覆盖率（%）\t62"), "{qs:#?}");
    assert!(qs.contains(&"2030年\t森林覆盖率(%)\t64"), "{qs:#?}");
}

/// Leader dots right before a figure (`◆ 乙率……15`, as a PDF copy prints them) still part
/// the name from its figure: the entry is a row, and the list around it is read as one.
#[test]
fn leader_dots_right_before_a_figure_keep_the_bullet_list() {
    let text = "某市教育强市建设规划（2026—2030年）\n\n◆ 甲率：2027年达到93.5%，2030年达到95%以上\n◆ 乙率……15\n◆ 丙率：2027年为5%，2030年为6%\n◆ 丁率：2027年为5%，2030年为6%\n";
    let ts = targets_of(text, "2026");
    assert_eq!(ts.len(), 7, "{:#?}", quotes(&ts));
    assert_eq!(field_of(&ts, "乙率……15", "deadline"), "2030-12-31");
    assert!(
        ts.iter().all(|t| !field(t, "name").contains("2027年")),
        "{ts:#?}"
    );
}

/// A news article relaying one newly issued plan named with its period in its first sentence
/// (`近日，市政府办公室印发《…实施方案（2027—2029年）》`): the plan's undated goals and its
/// `三年累计…` counts are due at the plan's end. A meeting's release adopting it among other
/// business (`会议审议《…（2027—2029年）》`) keeps the text's year.
#[test]
fn a_relayed_issued_plans_undated_goals_are_due_at_its_end() {
    let issued = "我市出台数字经济发展实施方案\n\n发布时间：2027-03-10\n\n近日，市政府办公室印发《青禾市数字经济高质量发展实施方案（2027—2029年）》，明确了今后三年全市数字经济发展的路线图。\n\n《方案》提出，三年累计建设省级数字化示范项目60个，确保不发生重大网络安全事件。\n";
    let ts = targets_of(issued, "2027");
    assert_eq!(field_of(&ts, "示范项目60个", "deadline"), "2029-12-31");
    assert_eq!(field_of(&ts, "确保不发生", "deadline"), "2029-12-31");
    let meeting = "市政府常务会议召开\n\n发布时间：2027-03-10\n\n3月9日，市长主持召开市政府常务会议，审议《青禾市数字经济高质量发展实施方案（2027—2029年）》等事项。\n\n会议要求，三年累计建设省级数字化示范项目60个，确保不发生重大网络安全事件。\n";
    let ts = targets_of(meeting, "2027");
    assert_eq!(field_of(&ts, "示范项目60个", "deadline"), "2027-12-31");
}

/// Round 19, tuner C: the score of t103–t104 (a state-owned group's annual work conference
/// report; a city's 优化营商环境 action plan):
/// `cargo test --test extract_documents -- --ignored t103_t104_score --nocapture`
#[test]
#[ignore]
fn t103_t104_score() {
    score_names(
        "tuning",
        &[
            "t103-soe-group-annual-work-conference-report-2027",
            "t104-city-business-environment-action-plan-2026-2027",
        ],
    );
}

// ---- Round 19, tuner C: a state-owned group's work conference report, a city's 营商环境 plan ----

/// A limit in working days is a level even when no word names the time taken (`从立项到取得
/// 施工许可证不超过15个工作日`): 24 of 24 annotated goals in 个工作日 are levels.
#[test]
fn a_limit_in_working_days_is_a_level_without_a_time_word() {
    let text = "某市优化营商环境行动方案（2026—2027年）\n\n6．深化工程建设项目审批制度改革。社会投资简易低风险项目从立项到取得施工许可证不超过15个工作日。（牵头单位：市住房城乡建设局）\n";
    let ts = targets_of(text, "2026");
    assert_eq!(
        field_of(&ts, "不超过15个工作日", "measure"),
        "level",
        "{:#?}",
        quotes(&ts)
    );
    assert_eq!(field_of(&ts, "不超过15个工作日", "rule"), "at-most");
}

/// t103 (a state-owned energy group's annual work conference report): every annotated goal
/// but the judgement calls named here: 同比增长7%左右，力争增长8% (drafted at-least with the
/// stretch; annotators split 1:1 on 左右 with 力争), 煤炭产量控制在1850万吨左右 (annotated about;
/// 控制在…左右 was taken at-most 12 of 13 times before, as drafted), 杜绝…环境污染事件 and
/// 年底前全面完成…各项任务 (figureless goals not drafted), 新获授权发明专利 (drafted level; 新获 had no earlier annotation), 科技成果转化收入
/// 突破5亿元 (drafted level; 收入 in 亿元 split 68:26).
#[test]
fn t103_soe_group_work_conference_report() {
    let name = "t103-soe-group-annual-work-conference-report-2027";
    assert_agreed_with(name, "table", &[], &[]);
    assert_agreed_with(
        name,
        "prose",
        &[
            "同比增长7%左右",
            "杜绝一般及以上环境污染事件",
            "煤炭产量控制在1850万吨左右",
            "年底前全面完成国企改革深化提升行动各项任务",
            "新获授权发明专利150件以上",
        ],
        &[],
    );
}

/// t104 (a city's 优化营商环境 action plan): every annotated goal but the judgement calls named
/// here: 企业开办实现1天内办结 (not drafted), three figureless milestones (全面推行…,
/// 实现“全程网办”, 全部取消; figureless milestones are split in earlier sets), and a ranking the
/// annotation left out (保持全省第一方阵: annotated assessed in 3 earlier passages, left out in t86).
#[test]
fn t104_city_business_environment_plan() {
    let name = "t104-city-business-environment-action-plan-2026-2027";
    assert_agreed_with(name, "table", &[], &[]);
    assert_agreed_with(
        name,
        "prose",
        &[
            "全面推行电子营业执照和电子印章",
            "抵押登记实现“全程网办”",
            "涉企收费目录清单外收费项目全部取消",
        ],
        &["营商环境评价保持全省第一方阵"],
    );
}

/// 压降 before a percentage is a cut, as 压减 (`“两金”占用较年初压降8%`); 压降至 stays a cap.
#[test]
fn a_cut_by_yajiang_is_a_fall() {
    let text = "某集团2027年工作会议报告\n\n（四）狠抓提质增效。年底前亏损企业户数压降至5户以内，“两金”占用较年初压降8%，应收账款周转天数缩短至45天以内。\n";
    let ts = targets_of(text, "2027");
    assert_eq!(
        field_of(&ts, "压降8%", "measure"),
        "growth",
        "{:#?}",
        quotes(&ts)
    );
    assert_eq!(field_of(&ts, "压降8%", "value"), "-8");
    assert_eq!(field_of(&ts, "压降至5户以内", "rule"), "at-most");
}

/// The score of the tuning passages t101–t102 (a city's 十五五 indicators with a 责任单位
/// column and group rows; a county's task-division table with wrapped 具体目标 cells, sub-rows
/// and 牵头 / 配合单位), printed before any fix (docs/extract.md, "Round 19 B").
/// `cargo test --test extract_documents -- --ignored t101_t102_score --nocapture`
#[test]
#[ignore]
fn t101_t102_score() {
    score_names(
        "tuning",
        &[
            "t101-city-15th-fyp-indicators-owner-column-groups",
            "t102-county-industry-task-division-wrapped-subrows",
        ],
    );
}

/// t101 (a city's 十五五 indicators with a 责任单位 column and group rows): every table row but
/// the `60左右` rate (drafted about, annotated a floor with a tolerance: the documented 左右
/// split on a rate). Prose: the 总体目标's `与经济增长基本同步` (a goal against GDP) and `生态环境
/// 质量持续改善` (assessed) are drafted, left out of my annotation; the counts of indicators
/// (`共26项`, `约束性指标5项`) are drafted (left to prose tuning).
/// t102 (a county's task-division table, Word copy, sub-rows 1.1 … whose 具体目标 cells wrap
/// over two or three lines): every table row but `培育…超10亿元企业5家、超50亿元企业1家`
/// (drafted ytd by the 培育 count rule, annotated the stock of such firms: my call). Prose:
/// 盘活…1800亩 (drafted level), `专项资金不少于5000万元` (not drafted) and `17项具体举措` are
/// left to prose tuning (docs/extract.md, "Round 19 B").
#[test]
fn t101_t102_owner_column_and_task_division_sub_rows() {
    let t101 = "t101-city-15th-fyp-indicators-owner-column-groups";
    let t102 = "t102-county-industry-task-division-wrapped-subrows";
    assert_agreed_with(t101, "table", &["规模以上工业企业研发机构覆盖率"], &[]);
    assert_agreed_in(
        "tuning",
        t102,
        "table",
        &["培育营业收入超10亿元企业5家", "超50亿元企业1家"],
    );
}

/// Round 19 B: a task-division table's sub-rows (序号 `1.1`, `2.3`) whose 具体目标 cell a Word
/// copy broke over two lines (the rest and the row's remaining cells on the next line) or three
/// (a middle line with no tab) are one row each: every figure of the cell is read with the
/// row's owners and 完成时限, and no continuation line is a row of its own.
#[test]
fn a_sub_row_cell_wrapped_over_two_or_three_lines_is_one_row() {
    let ts = targets_of(
        "附件\n重点任务分解表\n序号\t重点任务\t具体目标\t牵头单位\t配合单位\t完成时限\n一、壮大总量\n1\t推动稳增长\n1.1\t工业增加值\t规上工业增加值增长7%以上，\n力争达到7.5%\t县工信局\t县统计局\t每年年底前\n1.2\t高新技术企业\t高新技术企业总数达到95家，\n高新技术产业增加值占规上工业增加值\n比重达到48%\t县科技局\t县统计局\t2027年6月底前\n1.3\t标准地\t新增工业用地出让比例不低于\n90%\t县自然资源局\t县开发区管委会\t长期坚持\n",
        "2027",
    );
    assert_eq!(ts.len(), 4, "{:#?}", quotes(&ts));
    let growth = with_quote(&ts, "规上工业增加值增长7%以上");
    assert_eq!(field(growth, "stretch"), "7.5", "{growth:#?}");
    let share = ts
        .iter()
        .find(|t| field(t, "value") == "48")
        .expect("the share's row");
    assert_eq!(field(share, "unit"), "%", "{share:#?}");
    assert_eq!(field(share, "deadline"), "2027-06-30", "{share:#?}");
    assert_eq!(
        share.get("owner").map(|o| o.to_string()).as_deref(),
        Some("[\"县科技局\", \"县统计局\"]")
    );
    let land = with_quote(&ts, "出让比例不低于");
    assert_eq!(field(land, "unit"), "%", "{land:#?}");
    assert!(
        !quotes(&ts)
            .iter()
            .any(|q| q.starts_with("力争") || q.starts_with("90%"))
    );
}

// Round 19 D: a year bound to an earlier clause's task with no figure.

/// A year opening a clause whose task has no figure (`2029年建成…T3航站楼并投入使用`,
/// `到2028年建成…示范县城`, `2027年底前建成…中心`) is that task's deadline only: the clause
/// after it keeps the plan's end. A year whose clause gives a figure (`2027年新建…30个，
/// 新增…`) still heads the clauses after it.
#[test]
fn a_year_bound_to_a_task_without_a_figure_does_not_reach_the_next_clause() {
    let text = "某市“十五五”综合交通运输发展规划（2026—2030年）\n\n二、发展目标\n\n到2030年，综合交通运输体系更加完善。2029年建成青川机场T3航站楼并投入使用，新建航空货运站1座。到2028年建成省级美丽宜居示范县城，五年新增城镇就业3.5万人以上。2027年底前建成科技创新服务中心，引进培育高层次创新创业团队20个。2028年新建充电站30座，新增公交线路12条。\n";
    let ts = targets_of(text, "2026");
    assert_eq!(field_of(&ts, "航空货运站1座", "deadline"), "2030-12-31");
    assert_eq!(field_of(&ts, "3.5万人以上", "deadline"), "2030-12-31");
    assert_eq!(field_of(&ts, "团队20个", "deadline"), "2030-12-31");
    assert_eq!(field_of(&ts, "公交线路12条", "deadline"), "2028-12-31");
}

/// A fund committed with a floor in a 保障措施 section (`市财政每年安排…专项资金不少于2亿元`) is
/// a goal; the section's other figures and a fund without a floor stay means.
#[test]
fn a_fund_with_a_floor_in_a_means_section_is_a_goal() {
    let text = "某市数字经济发展三年行动方案（2026—2028年）\n\n一、主要目标\n\n到2028年，数字经济核心产业增加值达到800亿元。\n\n二、保障措施\n\n（一）加大资金支持。市财政每年安排数字经济发展专项资金不少于5亿元，单个项目最高补助500万元。\n\n（二）强化要素保障。市财政每年安排人才发展专项资金3亿元。\n";
    let ts = targets_of(text, "2026");
    assert!(
        with_quote_opt(&ts, "不少于5亿元").is_some(),
        "{:#?}",
        quotes(&ts)
    );
    assert!(
        with_quote_opt(&ts, "500万元").is_none(),
        "{:#?}",
        quotes(&ts)
    );
    assert!(
        with_quote_opt(&ts, "专项资金3亿元").is_none(),
        "{:#?}",
        quotes(&ts)
    );
}

// Round 19 (tuner E): a press conference transcript and a budget report.

/// The score of the tuning passages t105–t106 (a city press conference transcript; a city's
/// budget execution and draft report), printed before their tests (docs/extract.md, "Round
/// 19: press conference transcripts and budget reports"):
/// `cargo test --test extract_documents -- --ignored t105_t106_score --nocapture`
#[test]
#[ignore]
fn t105_t106_score() {
    score_names(
        "tuning",
        &[
            "t105-city-press-conference-transcript-2027",
            "t106-city-budget-execution-and-draft-report-2027",
        ],
    );
}

/// A `%` level written past 100 (`债务率控制在120%以内`) cannot be drafted: `progress validate`
/// rejects a percentage level outside [0, 100], and every draft must validate. It is left
/// out; the goals beside it stay.
#[test]
fn a_percent_level_past_one_hundred_is_left_out_of_the_draft() {
    let text = "某市2027年财政工作要点\n\n三、防范化解债务风险。全市债务率控制在120%以内，民生支出比重保持在80%以上。\n";
    let ts = targets_of(text, "2027");
    assert!(
        ts.iter()
            .all(|t| !t["quote"].as_str().unwrap().contains("120%")),
        "{:#?}",
        quotes(&ts)
    );
    assert!(with_quote_opt(&ts, "80%").is_some(), "{:#?}", quotes(&ts));
}

/// A glossary closing a report (`附：名词解释`) defines terms: its figures (`警戒线为120%`,
/// `占比不低于60%`) are no goals. A 名词解释 inside a sentence does not end the reading.
#[test]
fn a_closing_glossary_is_not_read_for_goals() {
    let text = "关于某市2026年预算执行情况和2027年预算草案的报告\n\n二、2027年预算草案\n民生支出占一般公共预算支出的比重保持在80%以上。\n\n附：名词解释\n1．债务率：指政府债务余额与综合财力的比率，警戒线为100%。\n2．民生支出：指教育等方面的支出，一般要求占比不低于60%。\n";
    let ts = targets_of(text, "2027");
    assert_eq!(quotes(&ts).len(), 1, "{:#?}", quotes(&ts));
    assert!(with_quote_opt(&ts, "80%").is_some(), "{:#?}", quotes(&ts));
    let inline =
        "某市2027年工作要点\n\n一、做好名词解释工作，全年编印手册3000册，宣传覆盖率达到90%以上。\n";
    let ts = targets_of(inline, "2027");
    assert!(with_quote_opt(&ts, "90%").is_some(), "{:#?}", quotes(&ts));
}

/// A transcript's answer opening with the speaker's name on its own line (`韦静：` then
/// `去年全市…，城镇调查失业率为5.1%，帮扶困难人员就业4200人。`): the sentence's results
/// opener stands after the label, and none of last year's figures is proposed.
#[test]
fn a_speakers_label_before_last_years_results_hides_them() {
    let text = "某市新闻发布会实录\n\n主持人：请韦静副局长回答。\n\n韦静：\n去年全市城镇调查失业率为5.1%，帮扶困难人员就业4200人。今年，城镇新增就业6.5万人以上。\n";
    let ts = targets_of(text, "2027");
    assert!(
        with_quote_opt(&ts, "4200人").is_none(),
        "{:#?}",
        quotes(&ts)
    );
    assert!(
        with_quote_opt(&ts, "6.5万人").is_some(),
        "{:#?}",
        quotes(&ts)
    );
}

/// t105–t106 (round 19 E): no past result or glossary figure quoted, the drafts validate, and
/// the rules keep what they agree with. The misses and false proposals left are judgement
/// calls or causes left, listed in docs/extract.md ("Round 19 E: press conference transcripts
/// and budget reports"); the floors below are the scores after the round's rules.
#[test]
fn round19_e_transcript_and_budget_report() {
    for (name, right, most_false) in [
        ("t105-city-press-conference-transcript-2027", 49, 7),
        ("t106-city-budget-execution-and-draft-report-2027", 23, 2),
    ] {
        let s = score("tuning", name, Some("prose"), Mode::Asserted);
        assert!(
            s.quoted_none.is_empty(),
            "{name}: quoted {:?}",
            s.quoted_none
        );
        assert!(s.right >= right, "{name}: right {} < {right}", s.right);
        assert!(
            s.false_props.len() <= most_false,
            "{name}: false {:#?}",
            s.false_props
        );
    }
}

// ---- Round 19, tuner A: t99 (a PDF indicator table with a two-line merged header, wrapped
// names and a page break) and t100 (a web page's cell-per-line and pipe tables).

/// `cargo test --test extract_documents -- --ignored t99_t100_score --nocapture`
#[test]
#[ignore]
fn t99_t100_score() {
    score_names(
        "tuning",
        &[
            "t99-city-digital-economy-plan-pdf-merged-header-two-goal-years",
            "t100-city-health-plan-web-cell-per-line-merged-header",
        ],
    );
}

/// Round 19 A: a PDF copy's header whose base column keeps its year on the first line and
/// whose goal title spans the years on the second (`2025年  目标值` over `（基期）  2027年
/// 2030年  （%）`) gives one goal column a year; a name wrapped onto the next line, its tail
/// alone at the name's column, is joined to the row (a table with a 单位 column).
#[test]
fn a_base_year_beside_a_goal_title_over_years_and_a_wrapped_name_are_read() {
    let ts = targets_of(
        "表1  主要指标\n\n序号  指标名称                  单位       2025年           目标值             年均增长    属性\n                                           （基期）   2027年     2030年        （%）\n1     数字经济核心产业增加值    %          9.6        11         13以上        —           预期性\n      占地区生产总值比重\n2     千兆光网用户占比          %          31.5       45         60以上        —           预期性\n",
        "2026",
    );
    assert_eq!(ts.len(), 4, "{:#?}", quotes(&ts));
    let share: Vec<&toml::Table> = ts
        .iter()
        .filter(|t| {
            t.get("quote")
                .is_some_and(|q| q.to_string().contains("增加值占地区生产总值比重"))
        })
        .collect();
    assert_eq!(share.len(), 2, "{:#?}", quotes(&ts));
    let deadlines: Vec<String> = share
        .iter()
        .map(|t| t.get("deadline").map(|d| d.to_string()).unwrap_or_default())
        .collect();
    assert_eq!(deadlines, ["2027-12-31", "2030-12-31"]);
    assert_eq!(field_of(&ts, "千兆光网用户占比", "value"), "45");
}

/// Round 19 A: a Markdown table whose merged header's second row (the years under 目标值)
/// comes after the `|---|` rule is read as a two-line header; an owner cell's bracket
/// (`各县（市、区）政府`) is one unit.
#[test]
fn a_markdown_header_row_under_the_rule_and_a_bracketed_owner_are_read() {
    let ts = targets_of(
        "专栏1 基层卫生服务能力提升工程\n\n| 指标 | 单位 | 2025年 | 目标值 | | 责任单位 |\n| --- | --- | --- | --- | --- | --- |\n| | | | 2027年 | 2030年 | |\n| 社区医院数量 | 家 | 18 | 24 | 32 | 市卫生健康委 |\n| 村卫生室标准化建设达标率 | % | 96.2 | 100 | 100 | 各县（市、区）政府 |\n",
        "2026",
    );
    assert_eq!(ts.len(), 4, "{:#?}", quotes(&ts));
    let counts: Vec<(String, String)> = ts
        .iter()
        .filter(|t| {
            t.get("quote")
                .is_some_and(|q| q.to_string().contains("社区医院数量"))
        })
        .map(|t| {
            (
                t.get("value").map(|v| v.to_string()).unwrap_or_default(),
                t.get("deadline").map(|d| d.to_string()).unwrap_or_default(),
            )
        })
        .collect();
    assert_eq!(
        counts,
        [
            ("24".to_string(), "2027-12-31".to_string()),
            ("32".to_string(), "2030-12-31".to_string())
        ]
    );
    assert_eq!(
        with_quote(&ts, "村卫生室标准化建设达标率")
            .get("owner")
            .map(|o| o.to_string())
            .as_deref(),
        Some("[\"各县（市、区）政府\"]")
    );
}

/// t99 and t100 (Round 19 A), asserted. Named misses: t99's 增加值 / 营业收入 rows in 亿元 and
/// their prose restatements are drafted ytd (the contract's flow reading: output value,
/// turnover), annotated level as earlier annotators took 地区生产总值（亿元） — a split, left;
/// the 年均增长 column beside two goal years is not drafted; two prose goals (docs/extract.md,
/// "Round 19 A"). t100's table is agreed row for row since round 22 A.
#[test]
fn t99_t100_merged_header_tables() {
    let t99 = "t99-city-digital-economy-plan-pdf-merged-header-two-goal-years";
    let t100 = "t100-city-health-plan-web-cell-per-line-merged-header";
    assert_agreed_with(
        t99,
        "table",
        &[
            "数字经济核心产业增加值",
            "数字经济核心产业增加值",
            "数字经济核心产业增加值",
            "软件和信息技术服务业",
            "软件和信息技术服务业",
            "软件和信息技术服务业",
        ],
        &[],
    );
    assert_agreed_with(
        t99,
        "prose",
        &[
            "数字经济核心产业增加值突破520亿元",
            "数字经济核心产业增加值达到700亿元以上",
            "软件企业5家以上",
        ],
        &[],
    );
    // (Round 22 A: the `其中：` sub-row no longer ends the table; every row agreed.)
    assert_agreed_with(t100, "table", &[], &[]);
    assert_agreed_with(
        t100,
        "prose",
        &[
            "至少建成1家三级医院",
            "每年新增医养结合机构床位500张以上",
            "老年医学科的比例达到90%以上",
        ],
        &[],
    );
}

// ---- Round 20, tuner C: t111 (a county's 目标责任书 with a township) and t112 (a city Party
// congress report: 回顾过去五年, 今后五年的奋斗目标 and 主要任务).

/// The score of the tuning passages t111–t112, printed before their tests (docs/extract.md,
/// "Round 20 C: responsibility letters and Party congress reports"):
/// `cargo test --test extract_documents -- --ignored t111_t112_score --nocapture`
#[test]
#[ignore]
fn t111_t112_score() {
    score_names(
        "tuning",
        &[
            "t111-county-township-annual-target-responsibility-letter-2027",
            "t112-city-party-congress-report-review-and-five-year-goals-2026",
        ],
    );
}

/// Round 20 C: a 目标责任书 is one year's work (`counts::YEAR_WORK_TITLES`): works counted
/// after 完成 (`完成农村公路提档升级45公里`, `完成造林绿化3000亩`) are the year's, ytd, as in a
/// 工作要点.
#[test]
fn a_responsibility_letters_works_are_the_years() {
    let text = "某县2027年度乡镇高质量发展目标责任书\n\n甲方：某县人民政府\n乙方：某镇人民政府\n\n一、目标任务\n\n1．完成农村公路提档升级45公里。\n\n2．完成造林绿化3000亩。\n";
    let ts = targets_of(text, "2027");
    assert_eq!(ts.len(), 2, "{:#?}", quotes(&ts));
    assert_eq!(field_of(&ts, "45公里", "measure"), "ytd");
    assert_eq!(field_of(&ts, "3000亩", "measure"), "ytd");
}

/// Round 20 C: a 目标责任书's `考核办法` and `奖惩` sections say how the targets are scored and
/// rewarded (`年终考核于2028年1月底前完成`, `奖励工作经费30万元`): read as a plan's means, no
/// goal; the targets before them stay.
#[test]
fn a_responsibility_letters_scoring_and_rewards_are_no_goals() {
    let text = "某县2027年度目标责任书\n\n一、目标任务\n\n1．城镇新增就业1800人。\n\n二、考核办法\n\n1．考核分为季度调度和年终考核，年终考核于2028年1月底前完成。\n\n三、奖惩\n\n1．对考核优秀的乡镇，奖励工作经费30万元，新增项目每个加1分。\n";
    let ts = targets_of(text, "2027");
    assert_eq!(ts.len(), 1, "{:#?}", quotes(&ts));
    assert!(
        with_quote_opt(&ts, "1800人").is_some(),
        "{:#?}",
        quotes(&ts)
    );
}

/// Round 20 C: `…120户，10月底前全部竣工验收` closes the item with the count's own deadline (as
/// `全部完工`), no milestone of its own.
#[test]
fn finished_and_accepted_by_a_date_is_the_counts_deadline() {
    let text =
        "某县2027年度目标责任书\n\n一、目标任务\n\n8．改造农村危房120户，10月底前全部竣工验收。\n";
    let ts = targets_of(text, "2027");
    assert_eq!(ts.len(), 1, "{:#?}", quotes(&ts));
    assert_eq!(field_of(&ts, "120户", "deadline"), "2027-10-31");
}

/// t111 and t112 (round 20 C), asserted. Named judgement calls (docs/extract.md, "Round 20 C:
/// responsibility letters and Party congress reports"): t111's `建成…1处` (drafted ytd 1, the
/// annotation's milestone; a split, 2 / 2), `全面完成…改造，实现…全覆盖` (drafted from its second clause, the quote
/// holding the coverage only); t112's `累计培育…200家` and `培育形成2个…集群` (the documented 累计培育 split,
/// drafted level from 0), `建成市域铁路S1线`, `所有街道建成…中心` (建成 alone is no milestone word), `每年实施…300个`
/// (每年 split), `实现翻番` (drafted multiply 2, as t22 annotated; left out by this annotator) and
/// `稳居全省第一方阵` (assessed, as 4 of 6 annotators took it).
#[test]
fn t111_t112_responsibility_letter_and_party_congress_report() {
    assert_agreed_with(
        "t111-county-township-annual-target-responsibility-letter-2027",
        "prose",
        &["建成镇区养老服务中心1处", "全面完成镇区供水管网改造"],
        // (`开工建设10万平方米，9月底前主体完工`: one count due in September since round 30 B.)
        &["实现城乡供水一体化全覆盖"],
    );
    assert_agreed_with(
        "t112-city-party-congress-report-review-and-five-year-goals-2026",
        "prose",
        &[
            "到2031年培育形成2个千亿级产业集群",
            "累计培育省级以上专精特新企业200家",
            "建成市域铁路S1线",
            "所有街道建成综合养老服务中心",
        ],
        &["每年实施技改项目300个以上", "实现翻番", "稳居全省第一方阵"],
    );
}

// Round 20 (tuner D): never-proposed goals and false proposals, counted over every annotated set.

/// A count after 遴选 is the picks made (4 of 4 annotated ytd, the one with a rank among them);
/// a product count in 款 after 开发 over a plan's years is made (ytd).
#[test]
fn picked_and_developed_counts_over_a_plan_are_made() {
    let text = "某区文旅融合发展三年行动计划（2031—2033年）\n\n一、主要目标\n\n到2033年，遴选市级数字化转型示范企业100家，开发文创产品500款以上。\n";
    let ts = targets_of(text, "2031");
    for piece in ["示范企业100家", "文创产品500款以上"] {
        let t = with_quote_opt(&ts, piece).unwrap_or_else(|| panic!("{piece}: {:#?}", quotes(&ts)));
        assert_eq!(t["measure"].as_str(), Some("ytd"), "{piece}");
    }
}

/// A count of the text's own indicators (`共26项`, `约束性指标5项`) is how the plan is laid
/// out, no target (0 of 12 annotated); a count of other things after 指标 and a verb stays.
#[test]
fn a_count_of_the_plans_indicators_is_no_target() {
    let text = "某市“十五五”主要指标\n\n到2030年，指标分为经济发展、创新驱动、民生福祉六类共26项，其中约束性指标5项。围绕考核指标新增发明专利200项。\n";
    let ts = targets_of(text, "2026");
    assert!(with_quote_opt(&ts, "26项").is_none(), "{:#?}", quotes(&ts));
    assert!(
        with_quote_opt(&ts, "约束性指标5项").is_none(),
        "{:#?}",
        quotes(&ts)
    );
    assert!(
        with_quote_opt(&ts, "发明专利200项").is_some(),
        "{:#?}",
        quotes(&ts)
    );
}

/// `到2028年6月底前，建成…平台`: the month's end is the task's deadline (2 of 2 annotated
/// milestones by that month), as without 到.
#[test]
fn a_months_deadline_after_dao_heads_its_task() {
    let text = "某区工业互联网发展行动计划\n\n行动计划还明确，到2028年6月底前，建成区级工业互联网公共服务平台。\n";
    let ts = targets_of(text, "2027");
    let t = with_quote_opt(&ts, "公共服务平台").unwrap_or_else(|| panic!("{:#?}", quotes(&ts)));
    assert_eq!(t["measure"].as_str(), Some("milestone"));
    assert_eq!(
        t.get("deadline").map(|d| d.to_string()).unwrap_or_default(),
        "2028-06-30"
    );
}

/// `管理层级压减至三级以内`: layers counted in 级 before 以内 (2 of 2 annotated, level at-most);
/// 级 elsewhere is a grade in a name (`建成1家三级医院` counts hospitals).
#[test]
fn layers_within_a_number_of_levels_are_a_ceiling() {
    let text = "某集团2027年工作报告\n\n2027年，管理层级压减至三级以内，建成1家三级医院。\n";
    let ts = targets_of(text, "2027");
    let t = with_quote_opt(&ts, "三级以内").unwrap_or_else(|| panic!("{:#?}", quotes(&ts)));
    assert_eq!(t["rule"].as_str(), Some("at-most"));
    assert_eq!(t["unit"].as_str(), Some("级"));
    assert_eq!(field_of(&ts, "三级医院", "unit"), "家");
}

// Round 20 (tuner E): a reply letter to a deputy's proposal and a 十件民生实事 notice.

/// The score of the tuning passages t113–t114 (a city bureau's reply to an NPC deputy's
/// proposal; a city's 十件民生实事 notice in prose), printed before their tests
/// (docs/extract.md, "Round 20: reply letters and 民生实事 notices"):
/// `cargo test --test extract_documents -- --ignored t113_t114_score --nocapture`
#[test]
#[ignore]
fn t113_t114_score() {
    score_names(
        "tuning",
        &[
            "t113-city-reply-to-npc-deputy-proposal-2027",
            "t114-city-ten-livelihood-projects-announcement-2028",
        ],
    );
}

/// A status date opening a sentence of a results section (`截至2027年3月底，全市已累计加装
/// 电梯826部`) is no deadline: the section goes on, and the figures after it stay results.
#[test]
fn a_status_date_does_not_turn_a_results_section_to_goals() {
    let text = "一、工作开展情况\n\n（二）加装电梯提速扩面。我们出台了《某市既有住宅加装电梯实施办法》，将审批时限压缩至15个工作日以内，对每部电梯给予15万元财政补助。截至2027年3月底，全市已累计加装电梯826部，其中2026年加装电梯268部，超额完成年度目标。群众满意度达到95%以上。\n\n（三）资金保障持续加强。我们积极拓宽资金渠道，2026年共争取中央和省级补助资金2.8亿元；引入社会资本参与改造项目7个，带动社会投资1.2亿元。\n";
    let ts = targets_of(text, "2027");
    for piece in ["7个", "1.2亿元", "826部"] {
        assert!(
            with_quote_opt(&ts, piece).is_none(),
            "{piece}: {:#?}",
            quotes(&ts)
        );
    }
}

/// A reply letter's sentence citing the proposal it answers (`您在建议中提出，…建议每年加装
/// 电梯不少于400部`, `对您提出的将补助标准提高到25万元的建议，我们将…研究`) holds the
/// proposer's figures, not the replying unit's goals.
#[test]
fn a_reply_letter_does_not_draft_the_proposal_it_answers() {
    let text = "某市住房和城乡建设局关于市人大第0148号建议的答复\n\n何雅琴代表：\n\n您在建议中提出，建议每年加装电梯不少于400部、改造资金补助标准提高到每部25万元。\n\n三、下一步工作打算\n\n年内新增加装电梯300部以上。对您提出的将补助标准提高到25万元的建议，我们将结合财力状况统筹研究。\n";
    let ts = targets_of(text, "2027");
    for piece in ["400部", "25万元"] {
        assert!(
            with_quote_opt(&ts, piece).is_none(),
            "{piece}: {:#?}",
            quotes(&ts)
        );
    }
    with_quote(&ts, "加装电梯300部以上");
}

/// A year in `在2027年建成县域医共体4个的基础上，…` opening a paragraph dates the base the
/// goal adds to, not the paragraph: a later sentence without a date keeps the text's year.
#[test]
fn a_base_year_opening_a_paragraph_does_not_date_it() {
    let text = "某市2028年十件民生实事\n\n三、提升基层医疗服务能力。在2027年建成县域医共体4个的基础上，年内再建成紧密型县域医共体6个。去年已有118个村卫生室完成改造，今年实现全覆盖。二级以上公立医院互认项目不少于150项；县域内就诊率达到90%。\n";
    let ts = targets_of(text, "2028");
    for piece in ["互认项目不少于150项", "县域内就诊率达到90%"] {
        assert_eq!(field_of(&ts, piece, "deadline"), "2028-12-31", "{piece}");
    }
}

/// Last year's figures restated beside the year's (`去年发放的6.5亿元创业担保贷款带动就业2.9
/// 万人`; `共完成投资46.3亿元，超过年初计划的41亿元`) are results, not goals.
#[test]
fn last_years_figures_restated_in_a_list_of_the_years_are_results() {
    let text = "某市2028年十件民生实事\n\n2027年，十件实事共完成投资46.3亿元，超过年初计划的41亿元。2028年十件民生实事如下：\n\n六、稳就业促增收。发放创业担保贷款8亿元以上，扶持创业1.2万人；去年发放的6.5亿元创业担保贷款带动就业2.9万人。\n";
    let ts = targets_of(text, "2028");
    for piece in ["41亿元", "6.5亿元", "2.9万人"] {
        assert!(
            with_quote_opt(&ts, piece).is_none(),
            "{piece}: {:#?}",
            quotes(&ts)
        );
    }
    with_quote(&ts, "8亿元以上");
}

/// 引入 (brought in) counts the year's works as 引进 does; samples tested in 批次 are the
/// year's events, a rate per thousand people a level.
#[test]
fn projects_brought_in_and_samples_tested_are_the_years_counts() {
    let text = "某市2028年工作要点\n\n一、重点任务\n\n年内引入社会资本参与项目10个以上。全年食品快速检测不少于20万批次，抽检量达到每千人6批次。\n";
    let ts = targets_of(text, "2028");
    assert_eq!(field_of(&ts, "引入社会资本", "measure"), "ytd");
    assert_eq!(field_of(&ts, "20万批次", "measure"), "ytd");
    assert_eq!(field_of(&ts, "20万批次", "unit"), "万批次");
    assert_eq!(field_of(&ts, "每千人6批次", "measure"), "level");
}

/// t113 (a city bureau's reply to an NPC deputy's proposal): every annotated proposal but
/// the misses left (docs/extract.md, "Round 20: reply letters and 民生实事 notices"): 惠及居民
/// after a 计划 clause, 已改造小区 (已 as a describer, not a status), a 消除 clause after a
/// clause of two lengths, a milestone with a year of its own inside it (2000年底前建成的),
/// `惠及居民不少于9000户` drafted level (annotated ytd).
#[test]
fn t113_reply_to_a_deputys_proposal() {
    assert_agreed_with(
        "t113-city-reply-to-npc-deputy-proposal-2027",
        "prose",
        &[
            "惠及居民1.8万户",
            "基本完成2000年底前建成的需改造城镇老旧小区改造任务",
            "已改造小区物业服务覆盖率达到85%",
            "消除城区易涝积水点12处",
            "惠及居民不少于9000户",
        ],
        &[],
    );
}

/// t114 (a city's 十件民生实事 notice in prose): every annotated proposal but the misses left
/// and two readings that differ from the annotation: `4所学校6月底前竣工` drafted as a count
/// by June (annotated a milestone), `更新改造…管网85公里，10月底前全部完工` drafted as the
/// length by October (annotated the year's length and a milestone); the year's 民生实事
/// funds (`市财政今年统筹安排…资金38.5亿元`, in the implementing paragraph) are not drafted.
#[test]
fn t114_ten_livelihood_projects_notice() {
    assert_agreed_with(
        "t114-city-ten-livelihood-projects-announcement-2028",
        "prose",
        &[
            "4所学校6月底前竣工",
            "剩余的93个今年全部清零",
            "为200个村卫生室配备数字化诊疗设备",
            "每个乡镇卫生院至少开设1个中医馆",
            "扶持创业1.2万人",
            "巩固提升18万农村人口供水保障水平",
            "更新改造城市燃气老旧管网85公里",
            "10月底前全部完工",
            "各牵头单位要于2月底前制定具体实施方案",
            "市财政今年统筹安排民生实事资金38.5亿元",
        ],
        &[],
    );
}

/// A clause opening with 对 whose figure describes the group a measure applies to (`对群众
/// 满意度低于90%的项目，由牵头单位…作出书面说明`, `对营业收入首次突破50亿元的企业给予奖励`)
/// sets a threshold, not a goal.
#[test]
fn a_threshold_picking_out_a_group_is_no_goal() {
    let text = "某市2028年十件民生实事\n\n一、工作要求\n\n群众满意度力争达到95%以上，对群众满意度低于90%的项目，由牵头单位向市政府作出书面说明。对营业收入首次突破50亿元的企业给予奖励。\n";
    let ts = targets_of(text, "2028");
    for piece in ["低于90%", "50亿元"] {
        assert!(
            with_quote_opt(&ts, piece).is_none(),
            "{piece}: {:#?}",
            quotes(&ts)
        );
    }
    with_quote(&ts, "95%以上");
}

/// t107 and t108 (Round 20 A), asserted. t107's box-drawing table (every row wrapped in its
/// box) is read whole. Named calls: t108's `360亿元左右` on a flow is drafted at-least with a
/// tolerance (the 左右-on-a-quantity convention), annotated about; `1.6左右` on a ratio falling
/// from 1.66 is at-most with a tolerance, and `逐步缩小` assessed (annotated falls, as t98);
/// prose: counts of things built or named by a date (打造…20条, 建成…40个, 认定…60个) are drafted
/// level from 0, the known 建成 split; 每个街道至少建成1个 a milestone, 每个县…至少建成1个以上
/// not drafted, 推动…3个核心商圈改造提升 drafted a count (annotated within the 全部达到 milestone); 年均带动 and 全部达到…
/// 标准 not drafted; t107's 完成…6家…改造 not drafted, 保持在100% due in the first year, and
/// the qualitative 生态环境质量持续改善 drafted assessed (docs/extract.md, "Round 20 A").
#[test]
fn t107_t108_box_and_unit_in_cell_tables() {
    let t107 = "t107-county-eco-plan-box-drawing-table-wrapped-cells";
    let t108 = "t108-city-consumption-plan-tab-table-units-in-cells";
    assert_agreed_with(t107, "table", &[], &[]);
    assert_agreed_with(
        t107,
        "prose",
        &["完成全县6家水泥", "落实率保持在100%"],
        &["全县生态环境质量持续改善"],
    );
    assert_agreed_with(
        t108,
        "table",
        &[
            "住宿和餐饮业营业额",
            "城乡居民人均消费支出比",
            "城乡居民人均消费支出比",
        ],
        &[],
    );
    assert_agreed_with(
        t108,
        "prose",
        &[
            "建成乡镇商贸中心40个",
            "全市累计建成公共充电桩1.2万个",
            "年均带动家电家居消费15亿元",
            "每个街道至少建成1个综合性养老服务中心",
            "认定“桐岚老字号”60个",
            "本土消费品牌30个",
            "2029年底前全部达到省级示范智慧商圈标准",
            "每个县（市）至少建成1个以上特色商业综合体",
        ],
        &["推动中心城区3个核心商圈改造提升"],
    );
}

/// Round 20 A: a table with no 单位 column and no unit in its header or names, each cell
/// carrying its unit (`2100亿元`, `6%左右`, `83分以上`, `〔800家〕`): the goal cell's unit is
/// the row's, a cell's unit wins over a parenthesis in the name (`（街区）`), a `其中：` sub-row
/// is named without 其中, a ratio of incomes is labelled 倍, and the draft validates.
#[test]
fn a_goal_cells_own_unit_is_the_rows_unit() {
    let text = "表1  主要指标\n\n序号\t指标\t2025年（预计）\t2027年\t2030年\t属性\n1\t社会消费品零售总额\t1860亿元\t2100亿元\t2500亿元以上\t预期性\n\t其中：农村网络零售额\t58亿元\t75亿元\t100亿元以上\t预期性\n2\t社会消费品零售总额增速\t6.2%\t6%左右\t5.5%左右\t预期性\n3\t省级以上商业步行街（街区）\t4条\t6条\t8条\t预期性\n4\t消费者满意度\t81.5分\t83分以上\t85分以上\t预期性\n5\t放心消费示范单位\t—\t〔800家〕\t〔2000家〕\t预期性\n6\t城乡居民人均消费支出比\t1.66\t1.6左右\t1.55左右\t预期性\n";
    let ts = targets_of(text, "2026");
    assert_eq!(ts.len(), 14, "{ts:#?}");
    let unit_of = |piece: &str| {
        ts.iter()
            .filter(|t| t["quote"].as_str().unwrap().contains(piece))
            .map(|t| {
                t.get("unit")
                    .and_then(|u| u.as_str())
                    .unwrap_or("")
                    .to_string()
            })
            .collect::<Vec<_>>()
    };
    assert_eq!(unit_of("社会消费品零售总额\t"), ["亿元", "亿元"]);
    assert_eq!(unit_of("农村网络零售额"), ["亿元", "亿元"]);
    assert_eq!(unit_of("增速"), ["%", "%"]);
    assert_eq!(unit_of("步行街"), ["条", "条"]);
    assert_eq!(unit_of("满意度"), ["分", "分"]);
    assert_eq!(unit_of("放心消费"), ["家", "家"]);
    assert_eq!(unit_of("支出比"), ["倍", "倍"]);
    let growth = with_quote(&ts, "增速");
    assert_eq!(growth["measure"].as_str(), Some("growth"));
    assert_eq!(growth["rule"].as_str(), Some("about"));
    let sub = with_quote(&ts, "农村网络零售额");
    assert_eq!(sub["name"]["zh"].as_str(), Some("农村网络零售额"));
    let street = with_quote(&ts, "步行街");
    assert_eq!(
        street["name"]["zh"].as_str(),
        Some("省级以上商业步行街（街区）")
    );
    // The draft validates.
    let (_dir, path) = temp_file("doc.txt", text);
    let out = progress()
        .args(["extract", "--year", "2026"])
        .arg(&path)
        .assert()
        .success();
    let (_d2, spec) = temp_file(
        "spec.toml",
        &String::from_utf8_lossy(&out.get_output().stdout),
    );
    progress()
        .args(["validate", "--spec"])
        .arg(&spec)
        .assert()
        .success();
}

/// Round 20 A: a 单位 cell `1/10万` (a rate per 100 000) is no figure, and a concentration in
/// 毫克/升 is read in prose.
#[test]
fn a_per_base_unit_cell_is_no_figure_and_mg_per_litre_is_a_unit() {
    let ts = targets_of(
        "表1  主要指标\n\n指标\t单位\t2025年\t2030年\t属性\n孕产妇死亡率\t1/10万\t8.1\t≤8.0\t预期性\n\n三、重点任务\n    到2028年，县城污水处理厂进水生化需氧量浓度达到100毫克/升以上。\n",
        "2026",
    );
    assert_eq!(
        with_quote(&ts, "孕产妇死亡率")["unit"].as_str(),
        Some("1/10万")
    );
    assert_eq!(with_quote(&ts, "毫克/升")["unit"].as_str(), Some("毫克/升"));
    assert_eq!(ts.len(), 2, "{ts:#?}");
}

// ---- Round 20 B: t109–t110 (民生实事 project table with several targets per cell; a wide
// PDF table split vertically into two blocks) ----

/// The score of the tuning passages t109–t110 (a city's 十件民生实事 table whose 目标任务 cells
/// hold several targets; a 十五五 transport plan whose yearly indicator table the PDF split into
/// two blocks, 2025–2027 then 2028–2030), printed before any fix (docs/extract.md, "Round 20 B").
/// `cargo test --test extract_documents -- --ignored t109_t110_score --nocapture`
#[test]
#[ignore]
fn t109_t110_score() {
    score_names(
        "tuning",
        &[
            "t109-city-livelihood-projects-table-multi-target-cells-2027",
            "t110-city-transport-15th-fyp-pdf-split-wide-table",
        ],
    );
}

/// Round 20 B: a wide table a PDF split vertically into two blocks (`split_block`): the
/// second block's first year (after the first block's last) is a goal, not a base, and its
/// rows take the units the first block gave the same indicators; a name's head wrapped over
/// two lines, printed once in each block, is no running page header; a running header with
/// its page number at the line's end is no row.
#[test]
fn split_wide_table_second_block_goals_and_units() {
    let text = extract_text(
        "某市“十五五”交通发展规划\n\n专栏1　主要指标\n\n指标                    单位      2025年    2026年    2027年\n高速公路通车里程        公里      612       640       668\n港口货物吞吐量          亿吨      1.62      1.70      1.78\n营运车辆单位运输周转量二氧化碳\n排放较2025年下降        %         —         2         4\n\n某市“十五五”交通发展规划                              — 9 —\n\n专栏1（续）\n\n指标                    2028年    2029年    2030年    属性\n高速公路通车里程        700       726       760       预期性\n港口货物吞吐量          1.86      1.93      2.0       预期性\n营运车辆单位运输周转量二氧化碳\n排放较2025年下降        6         8         10        约束性\n",
        &[],
    );
    for d in [2026, 2027, 2028, 2029, 2030] {
        assert_eq!(
            text.matches(&format!("deadline = {d}-12-31")).count(),
            3,
            "{d}: {text}"
        );
    }
    assert!(!text.contains("baseline = 700"), "{text}");
    assert_eq!(text.matches("unit = \"公里\"").count(), 5, "{text}");
    assert_eq!(text.matches("unit = \"亿吨\"").count(), 5, "{text}");
    assert_eq!(
        text.matches("quote = \"营运车辆单位运输周转量二氧化碳排放")
            .count(),
        5,
        "{text}"
    );
    assert!(!text.contains("— 9 —"), "{text}");
}

/// Round 20 B: a decorated page number (`— 5 —`) after a task table's row is never a piece of
/// that row: the row keeps its cells and the rows after the page break stay in the table.
#[test]
fn page_number_after_a_task_row_is_no_cell() {
    let text = extract_text(
        "2027年民生实事项目表\n序号\t项目名称\t目标任务\t责任单位\t完成时限\n6\t健康服务\t新建标准化村卫生室40个\t市卫生健康委\t2027年11月底前\n7\t城乡供水保障\t新建改造供水管网120公里，农村自来水普及率达到99%以上\t市水务局\t2027年12月底前\n— 5 —\n8\t全民健身\t新建健身步道50公里\t市体育局\t2027年9月底前\n",
        &[],
    );
    assert_eq!(text.matches("owner = ").count(), 4, "{text}");
    assert!(text.contains("deadline = 2027-09-30"), "{text}");
    assert!(!text.contains("— 5 —"), "{text}");
}

/// Round 20 B: lines opened with 新开 are counted in the year, as after 开通 and 新辟.
#[test]
fn xin_kai_lines_are_the_years_count() {
    let text = extract_text("2027年工作目标\n新开、优化公交线路25条。\n", &[]);
    assert!(text.contains("value = 25"), "{text}");
    assert!(text.contains("measure = \"ytd\""), "{text}");
}

/// t109 and t110 (Round 20 B), asserted. Named judgement calls: t109's bare rate in a cell
/// (`问题产品核查处置率100%`, a bare rate: the documented split, 1 goal among 10); t110's `海铁联运量` (a year's flow, drafted level: 联运量 is in
/// no flow list, 1 annotation) (docs/extract.md, "Round 20 B").
#[test]
fn t109_t110_project_and_split_tables() {
    let t109 = "t109-city-livelihood-projects-table-multi-target-cells-2027";
    let t110 = "t110-city-transport-15th-fyp-pdf-split-wide-table";
    assert_agreed_with(t109, "table", &["核查处置率100%"], &[]);
    assert_agreed_with(t109, "prose", &[], &[]);
    assert_agreed_with(t110, "table", &[], &[]);
    assert_agreed_with(t110, "prose", &["海铁联运量达到25万标箱"], &["海铁联运量"]);
}

/// Fifteenth set, fixed after the run (C): 左右 on what is added each year or over the window
/// (`每年新增…30项左右`) is a floor with slack, `at-least` with a tolerance of a tenth, as 左右 on
/// any other quantity to reach (`每年遴选…20个左右`); before, the 新增 reading kept the floor
/// and dropped the slack. A 左右 on a share reached (`比重达到12%左右`) is one too since fix C3
/// (at-least 19 times since t65, about once); GDP growth with 力争更好结果 (about 18 of 19)
/// keeps `about`.
#[test]
fn zuoyou_on_what_is_added_keeps_its_slack() {
    let text = extract_text(
        "某市政务服务提升行动方案（2026—2028年）\n\n二、主要目标\n到2028年，每年新增跨部门联办事项40项左右，每年遴选典型应用场景10个左右，数字经济核心产业增加值占地区生产总值比重达到12%左右。\n",
        &[],
    );
    assert_eq!(text.matches("rule = \"at-least\"").count(), 3, "{text}");
    assert!(text.contains("tolerance = 4\n"), "{text}");
    assert!(text.contains("tolerance = 1\n"), "{text}");
    assert!(!text.contains("rule = \"about\""), "{text}");
    assert!(!text.contains("missing tolerance"), "{text}");
}

/// Fifteenth set, fixed after the run (B): an indented numbered heading with a comma, a new
/// paragraph after it, is a heading; 成绩 names a look back; `再说说…` is the speaker turning
/// to a topic, not to goals. So a speech's review proposes nothing up to the next heading.
#[test]
fn a_speech_s_look_back_under_an_indented_comma_heading_is_results() {
    let text = extract_text(
        "在全县经济工作会议上的讲话\n\n同志们：\n　　下面，我讲两点意见。\n\n　　一、去年的成绩来之不易，值得珍惜\n　　先说说去年。全年地区生产总值增长5.8%。\n　　再说说民生。新增城镇就业1.1万人。\n　　我想讲几件事。县医院新院区去年6月投入使用；全年引进项目12个，粮食产量达到41万吨。\n\n　　二、今年的目标要定得实，干得实\n　　今年全县粮食产量要稳定在42万吨以上，新建高标准农田3万亩。\n",
        &[],
    );
    for past in ["41万吨", "12个", "1.1万人", "5.8%"] {
        assert!(!text.contains(past), "{past}: {text}");
    }
    assert!(text.contains("value = 42"), "{text}");
    assert!(text.contains("value = 3"), "{text}");
}

/// 成绩 wished for (`以优异成绩…`) is no look back: the goals under such a heading stay.
#[test]
fn a_heading_wishing_for_results_is_no_look_back() {
    let text = extract_text(
        "某县2027年工作要点\n\n　　一、奋力攻坚，以优异成绩迎接建县七十周年\n　　今年全县新建高标准农田3万亩。\n",
        &[],
    );
    assert!(text.contains("value = 3"), "{text}");
}

/// A question about a figure (`…是不是定低了？`) sets no goal; the goal stated after it does.
#[test]
fn a_question_about_a_figure_sets_no_goal() {
    let text = extract_text(
        "某县2027年经济工作会议讲话\n　　有人问，8%左右是不是定低了？今年全县规上工业增加值要增长8%以上。\n",
        &[],
    );
    assert_eq!(text.matches("[[target]]").count(), 1, "{text}");
    assert!(!text.contains("定低了"), "{text}");
}

/// A figure said again after a copula (`我们定8%，就是要确保8%`) restates; it adds no goal.
#[test]
fn a_figure_said_again_after_a_copula_is_no_goal() {
    let text = extract_text(
        "某县2027年经济工作会议讲话\n　　今年全县规上工业增加值要增长8%以上。大家要清楚，我们定8%，就是要确保8%。\n",
        &[],
    );
    assert_eq!(text.matches("[[target]]").count(), 1, "{text}");
    assert!(!text.contains("就是要确保8%"), "{text}");
}

/// Works on what exists (治理 / 加固) counted over a plan's years: the amount done, ytd; 加固
/// opens a works entry in a 专栏 as 治理 does.
#[test]
fn repairs_counted_over_a_plan_are_the_amount_done() {
    let text = extract_text(
        "某县国民经济和社会发展第十五个五年规划纲要\n\n专栏4　重大工程\n　　2.防洪工程。新建堤防12公里，治理山洪沟35公里，加固河堤18公里。\n",
        &[],
    );
    assert!(text.contains("quote = \"加固河堤18公里\""), "{text}");
    assert_eq!(text.matches("measure = \"ytd\"").count(), 3, "{text}");
}

/// Fifteenth set D: a count fostered or created with a rank below 国家级 over a plan's window
/// (`培育省级专精特新中小企业40家以上`, `创建省级碳达峰试点城市5个`) is the sum the plan
/// fosters (`ytd`); a national rank and a name in quotes keep the level.
#[test]
fn ranked_counts_fostered_over_a_plan_are_summed() {
    let text = extract_text(
        "某县国民经济和社会发展第十五个五年规划纲要\n\n到2030年，培育省级专精特新中小企业25家以上，创建省级生态文明示范乡镇6个。\n",
        &[],
    );
    assert_eq!(text.matches("measure = \"ytd\"").count(), 2, "{text}");
    assert!(text.contains("value = 25"), "{text}");
    let national = extract_text(
        "某市制造业高质量发展三年行动方案（2026—2028年）\n\n到2028年，力争创建国家级先进制造业集群2个。\n",
        &[],
    );
    assert!(national.contains("measure = \"level\""), "{national}");
}

/// Fifteenth set D: 累计 right before a verb of doing (`累计推动…`) sums what the plan does
/// (`ytd`), as a spelled window does; annotated ytd 32 of 32 in all sets.
#[test]
fn cumulative_before_a_verb_of_doing_is_summed() {
    let text = extract_text(
        "某省数字经济发展规划（2026—2030年）\n\n到2030年，累计推动3000家中小企业实施数字化改造。\n",
        &[],
    );
    assert!(text.contains("value = 3000"), "{text}");
    assert!(text.contains("measure = \"ytd\""), "{text}");
}

/// Fifteenth set, fixed after the run (A): a pipe table whose cells wrapped at a fixed width,
/// one row over several lines, is read row by row (`pipe_wrap`), its cells joined.
#[test]
fn wrapped_pipe_task_table_rows_are_read() {
    let text = extract_text(
        "附件\n\n任务分工表\n\n序号 | 重点任务 | 具体目标 | 牵头单位 | 完成时限\n1 | 建设城区智慧\n停车系统 | 新增智慧停车泊位\n1200个 | 市城管局 | 2027年10月\n底前\n2 | 推进社区食堂 | 建成社区食堂 | 市民政局 | 2027年12月底前\n3 | 提升公交\n服务 | 公交准点率达到90% | 市交通运输局 | 2027年12月\n底前\n\n三、保障措施\n",
        &[],
    );
    assert_eq!(text.matches("owner = ").count(), 3, "{text}");
    assert!(text.contains("新增智慧停车泊位1200个"), "{text}");
    assert!(text.contains("value = 1200"), "{text}");
    assert!(text.contains("deadline = 2027-10-31"), "{text}");
    assert!(text.contains("value = 90"), "{text}");
    assert!(
        text.contains("owner = [\"市城管局\"]") || text.contains("owner = \"市城管局\""),
        "{text}"
    );
}

/// Fifteenth set, fixed after the run (A): a task table's goal cell `印发实施` is a milestone, a
/// cell that is a rate's name and its bare % (`入网率100%`) a floor; a 评分标准 column stays out
/// of the row's quote and a 合计 row is no target.
#[test]
fn task_cells_issued_and_bare_rates_and_scoring_columns() {
    let text = extract_text(
        "任务分工表\n序号\t重点任务\t具体目标\t牵头单位\t配合单位\t完成时限\n1\t制定数据管理办法\t印发实施\t市数据局\t市司法局\t2027年12月\n2\t推进村级光纤入网\t入网率100%\t市通信办\t市农业农村局\t2028年底\n",
        &[],
    );
    assert!(text.contains("measure = \"milestone\""), "{text}");
    assert!(!text.contains("assessed"), "{text}");
    assert!(text.contains("value = 100"), "{text}");
    assert!(text.contains("rule = \"at-least\""), "{text}");
    let scored = extract_text(
        "2027年度考核指标\n\n序号  考核指标                    权重   目标值    评分标准\n1     农村自来水普及率（%）       40     ９８      达到目标值得满分；每低1个百分点扣2分\n2     污水处理率（%）             60     ９５      完成得满分，未完成按比例计分\n      合计                        100\n",
        &[],
    );
    assert_eq!(scored.matches("[[target]]").count(), 2, "{scored}");
    assert!(!scored.contains("扣2分"), "{scored}");
    assert!(!scored.contains("合计"), "{scored}");
}

/// Review of rounds 19 and 20, item 1: only a glossary label that closes the text cuts it. A
/// 目录 listing `附：名词解释` and a numbered `一、名词解释` section in the middle are followed by
/// the body's headings: every goal after them is read.
#[test]
fn a_glossary_label_before_the_body_cuts_nothing() {
    let toc = extract_text(
        "某县2027年国民经济和社会发展计划\n目  录\n一、2026年计划执行情况\n二、2027年主要目标\n附：名词解释\n\n二、2027年主要目标\n2027年全县地区生产总值增长6%左右，新建学校5所。\n",
        &[],
    );
    assert!(toc.contains("value = 6"), "{toc}");
    assert!(toc.contains("value = 5"), "{toc}");
    let mid = extract_text(
        "某县2027年政府工作报告\n一、名词解释\n本报告所称“两区”指……。\n二、2027年主要目标\n2027年全县地区生产总值增长6%左右，新建学校5所。\n",
        &[],
    );
    assert!(mid.contains("value = 6"), "{mid}");
    assert!(mid.contains("value = 5"), "{mid}");
}

/// Review of rounds 19 and 20, item 2: a reply letter's sentence that cites the deputy's
/// proposal and then states the bureau's plan keeps the plan (the clauses after the one ending
/// in 建议 / 提案 / 收悉); the cited figure stays out.
#[test]
fn a_reply_keeps_the_bureaus_plan_after_the_citation() {
    let text = extract_text(
        "关于市人大代表第12号建议的答复\n您提出的关于每年加装电梯不少于400部的建议收悉，我们高度重视，2027年全市计划加装电梯500部，新增停车位3000个。\n",
        &[],
    );
    assert!(text.contains("value = 500"), "{text}");
    assert!(text.contains("value = 3000"), "{text}");
    assert!(!text.contains("value = 400"), "{text}");
}

/// Review of rounds 19 and 20, item 9: 新开放 / 新开工 are not 新开 (lines opened); 款 counts
/// products only (not a legal sub-clause or money).
#[test]
fn word_lists_no_broader_than_their_rules() {
    let text = extract_text(
        "某市2027年工作要点\n2027年，依据条例第3款，发放贷款5款，新开放景区3个，全市开发文创产品500款以上。\n",
        &[],
    );
    assert!(text.contains("value = 500"), "{text}");
    assert!(!text.contains("value = 5\n"), "{text}");
    assert!(!text.contains("value = 3\n"), "{text}");
}

/// Review of rounds 19 and 20, item 10: a `%` level past 100 (`债务率控制在120%以内`) is left out
/// of the draft, and the draft says so in a `# left out:` comment; the draft stays valid TOML.
#[test]
fn a_percent_level_past_100_is_named_as_left_out() {
    let text = extract_text(
        "某市2027年预算报告\n2027年，全市政府债务率控制在120%以内，一般公共预算收入增长5%。\n",
        &[],
    );
    assert!(text.contains("# left out: "), "{text}");
    assert!(text.contains("120%"), "{text}");
    assert!(toml::from_str::<toml::Table>(&text).is_ok(), "{text}");
}
/// Fix C3 (fifteenth set, after the run): a share or rate reached with 左右
/// (`达到 / 提高到 X%左右`) is a floor with slack, `at-least` with a tolerance and the review
/// note, as every other 左右 on a quantity to reach (real-plans §3; annotated so 19 times since
/// t65, about once); a cap with 左右 (`控制在X%左右`) stays `at-most`, a share held steady
/// (`稳定在X%左右`) stays `about`.
#[test]
fn zuoyou_on_a_share_reached_is_a_floor_with_slack() {
    let ts = targets_of(
        "某市绿色发展行动方案（2026—2028年）\n\n二、主要目标\n到2028年，非化石能源消费比重提高到30%左右，城镇调查失业率控制在5.5%左右，制造业增加值占地区生产总值比重稳定在28%左右。\n",
        "2026",
    );
    let reached = with_quote(&ts, "30%左右");
    assert_eq!(reached["rule"].as_str(), Some("at-least"), "{ts:#?}");
    assert!(reached.get("tolerance").is_some(), "{ts:#?}");
    assert_eq!(
        with_quote(&ts, "5.5%左右")["rule"].as_str(),
        Some("at-most"),
        "{ts:#?}"
    );
    assert_eq!(
        with_quote(&ts, "28%左右")["rule"].as_str(),
        Some("about"),
        "{ts:#?}"
    );
}

/// The score of the tuning passages t119–t120 (a city press conference's transcript with
/// last year's results and this year's plans in each answer; a county supervision office's
/// half-year progress bulletin with named laggards and 下一步工作要求), printed before their
/// `assert_agreed_in` tests (docs/extract.md, "Round 21: press conferences and progress
/// bulletins"):
/// `cargo test --test extract_documents -- --ignored t119_t120_score --nocapture`
#[test]
#[ignore]
fn t119_t120_score() {
    score_names(
        "tuning",
        &[
            "t119-city-press-conference-transcript-employment-2028",
            "t120-county-supervision-bulletin-half-year-progress-2029",
        ],
    );
}

/// 再 prefixing a noun (`失业人员再就业1.35万人`: re-employment) is no "again": a paragraph of
/// last year's results goes on past it, and its next sentence stays a result (round 21 C).
#[test]
fn re_employment_does_not_turn_a_results_paragraph_to_goals() {
    let text = "2027年，全市城镇新增就业6.42万人，完成年度目标的107%；帮助失业人员再就业1.35万人，就业困难人员实现就业4200人。全市基本养老保险参保人数达到312.6万人，参保率达到95.3%。\n\n今年全市就业工作的主要目标是：城镇新增就业6.5万人以上，失业人员再就业1.2万人。\n";
    let ts = targets_of(text, "2028");
    for piece in ["312.6万人", "95.3%", "1.35万人", "4200人"] {
        assert!(
            with_quote_opt(&ts, piece).is_none(),
            "{piece}: {:#?}",
            quotes(&ts)
        );
    }
    for piece in ["城镇新增就业6.5万人以上", "失业人员再就业1.2万人"] {
        assert!(
            with_quote_opt(&ts, piece).is_some(),
            "{piece}: {:#?}",
            quotes(&ts)
        );
    }
}

/// t120 (a county supervision office's half-year progress bulletin): no result of its
/// 总体进展 / 完成情况 / 问题 sections is drafted (完成年度目标的85%, 完成率80%, named laggards);
/// every annotated goal of 下一步工作要求 but the misses left (docs/extract.md, "Round 21:
/// press conferences and progress bulletins"): a share of the annual goal by a date, a 竣工
/// of 10万平方米 and a 建成 of 3000个 dated by their sentence drafted as milestones, a bureau's
/// dated task drafted assessed; the extra milestones beside a dated count
/// (`140公里9月底前全部完成`, `5000户年底前全部完成验收`) are the reading t114 left (the 农田
/// count whose date follows it is read since round 30 B).
#[test]
fn t120_supervision_bulletin() {
    assert_agreed_with(
        "t120-county-supervision-bulletin-half-year-progress-2029",
        "prose",
        &[
            "标准厂房二期10万平方米全面竣工",
            "城镇公共停车位3000个11月底前全部建成",
        ],
        // (`县行政审批局要在9月底前完成工程建设项目审批改革年度任务`: a milestone since round 31 D.)
        // (`新建高标准农田2万亩，10月底前全部完成主体工程`: due in October since round 30 B.)
        &[
            "农村公路提质改造140公里9月底前全部完成",
            "农村户厕改造5000户年底前全部完成验收",
        ],
    );
}

/// Round 21 D: things built over a plan's window with a bare count (`建成省级现代农业产业园3个`,
/// `建成美丽宜居村庄150个`) are what the plan builds, summed (`ytd`; annotated 27 : 7 in all
/// sets); with 以上 after the count, 累计建成, or a count in 万 (`建成标准机架15万架`, a network's
/// size) they stay a level.
#[test]
fn things_built_over_a_plan_with_a_bare_count_are_summed() {
    let ts = targets_of(
        "某县国民经济和社会发展第十五个五年规划纲要\n\n二、主要目标\n到2030年，建成省级现代农业产业园3个，建成美丽宜居村庄150个，建成规范化回收服务网点500个以上，累计建成5G基站3000个，建成标准机架15万架。\n",
        "2026",
    );
    for piece in ["产业园3个", "村庄150个"] {
        assert_eq!(
            with_quote(&ts, piece)["measure"].as_str(),
            Some("ytd"),
            "{ts:#?}"
        );
    }
    for piece in ["网点500个以上", "5G基站3000个", "机架15万架"] {
        assert_eq!(
            with_quote(&ts, piece)["measure"].as_str(),
            Some("level"),
            "{ts:#?}"
        );
    }
}

// ---- Round 21, tuner B: side-by-side PDF tables, indicator notes with long text columns ----

/// The score of the tuning passages t117–t118 (two pairs of small tables placed side by side by a
/// PDF; an indicator table with long 指标解释 / 计算方法 / 数据来源 / 责任单位 columns full of
/// figures that are not goals): `cargo test --test extract_documents -- --ignored t117_t118_score
/// --nocapture`
#[test]
#[ignore]
fn t117_t118_score() {
    score_names(
        "tuning",
        &[
            "t117-county-15th-fyp-side-by-side-pdf-tables",
            "t118-city-elderly-care-indicator-notes-long-text-columns",
        ],
    );
}

/// Round 21: t117's two pairs of side-by-side tables are read as four tables. Judgement calls:
/// 规模以上工业增加值 (亿元) is drafted ytd, annotated level (the one earlier table annotation
/// of it took level; 增加值 rows overall 41 level / 13 ytd: left). Prose: the 城乡居民收入增长与
/// 经济增长基本同步 and 生态环境质量持续改善 goals the rules draft by documented convention (the
/// annotation left them out) and a missed 每个乡镇卫生院至少配备1辆救护车: not asserted (13 of 14).
#[test]
fn t117_side_by_side_tables() {
    let t117 = "t117-county-15th-fyp-side-by-side-pdf-tables";
    assert_agreed_in("tuning", t117, "table", &["规模以上工业增加值"]);
}

/// Round 21: t118's indicator table with long text columns. Judgement calls: 家庭养老床位〔3000〕
/// over a base of 1260 is drafted a level raised by 3000 (the annotation: the three years'
/// additions, ytd); 养老机构护理型床位占比 ≥65 is drafted assessed (its 指标解释 cell holding
/// `GB/T 37276-2018` shifts the row's cells: left, docs/extract.md).
#[test]
fn t118_long_text_columns_table() {
    let t118 = "t118-city-elderly-care-indicator-notes-long-text-columns";
    assert_agreed_in(
        "tuning",
        t118,
        "table",
        &["养老机构护理型床位占比", "家庭养老床位"],
    );
}

/// Round 21 (`side_by_side`): two tables printed side by side (each line a row of both, under
/// one header whose cells repeat) are read as two tables: no row takes the other table's
/// figure, and the second table's title is no row.
#[test]
fn side_by_side_tables_are_read_one_after_the_other() {
    let text = [
        "某县“十五五”主要指标",
        "      表1  经济                              表2  民生",
        "指标                单位   2030年目标        指标                单位   2030年目标",
        "规模以上工业增加值  亿元   120               城镇调查失业率      %      <5.5",
        "研发经费投入强度    %      2.6               森林覆盖率          %      ≥63.5",
        "                                             空气质量优良天数比率  %    90以上",
        "注：2025年城镇调查失业率为5.1%。",
    ]
    .join("\n");
    let out = extract_text(&text, &[]);
    for q in [
        "quote = \"规模以上工业增加值  亿元   120\"",
        "quote = \"研发经费投入强度    %      2.6\"",
        "quote = \"城镇调查失业率      %      <5.5\"",
        "quote = \"森林覆盖率          %      ≥63.5\"",
    ] {
        assert!(out.contains(q), "{q} in {out}");
    }
    assert!(out.contains("value = 120\n"), "{out}");
    assert!(out.contains("value = 63.5\n"), "{out}");
    assert!(!out.contains("表2"), "{out}");
    assert!(!out.contains("5.1"), "{out}");
}

// ---- Round 21, tuner E: a company's OKR plan (t121) and a government meeting's minutes (t122) ----

/// The score of the tuning passages t121–t122 (a company's 经营计划 in OKR form; a city
/// government's 常务会议纪要), printed before their fixes (docs/extract.md, "Round 21: OKR plans
/// and meeting minutes"):
/// `cargo test --test extract_documents -- --ignored t121_t122_score --nocapture`
#[test]
#[ignore]
fn t121_t122_score() {
    score_names(
        "tuning",
        &[
            "t121-company-annual-operating-plan-okr-2028",
            "t122-city-government-executive-meeting-minutes-2028",
        ],
    );
}

/// A meeting's decisions after what it heard (docs/extract.md, "Round 21 E: OKR plans and
/// meeting minutes"): under a topic ending in 情况 (a review heading), `会议指出` reports the
/// results and `会议要求` turns to the goals.
#[test]
fn a_meetings_decisions_turn_from_what_it_heard() {
    let text = "一、关于一季度经济运行情况\n会议听取了市发展改革委的汇报。会议指出，1-2月，全市规模以上工业增加值同比增长6.8%，新开工项目42个。\n会议要求，确保一季度地区生产总值增长6%以上。会议明确，全年实际使用外资达到6.5亿美元。\n";
    let q = quotes(&drafted(text));
    assert!(q.iter().any(|x| x.contains("增长6%以上")), "{q:?}");
    assert!(q.iter().any(|x| x.contains("6.5亿美元")), "{q:?}");
    assert!(
        !q.iter().any(|x| x.contains("6.8%") || x.contains("42个")),
        "{q:?}"
    );
}

// ---- Round 21, tuner A: record-block indicator cards, CSV and full-width-bar tables ----

/// The score of the tuning passages t115–t116 (an indicator-card appendix of record blocks;
/// a web notice with CSV and full-width-bar tables):
/// `cargo test --test extract_documents -- --ignored t115_t116_score --nocapture`
#[test]
#[ignore]
fn t115_t116_score() {
    score_names(
        "tuning",
        &[
            "t115-city-ecology-15th-fyp-indicator-cards-appendix",
            "t116-district-annual-targets-web-csv-and-fullwidth-bar-tables-2027",
        ],
    );
}

/// `assert_agreed_in` for a passage whose draft also holds proposals the annotation left out
/// on a documented convention of the draft (`excused`: pieces of their quotes), not counted.
fn assert_agreed_excusing(name: &str, kind: &str, judgement: &[&str], excused: &[&str]) {
    let s = score("tuning", name, Some(kind), Mode::Asserted);
    let missed: Vec<&String> = s
        .missed
        .iter()
        .filter(|m| !judgement.iter().any(|j| m.starts_with(j)))
        .collect();
    assert!(missed.is_empty(), "{name}: missed {missed:#?}");
    let false_props: Vec<&String> = s
        .false_props
        .iter()
        .filter(|p| !excused.iter().any(|j| p.contains(j)))
        .collect();
    assert!(false_props.is_empty(), "{name}: false {false_props:#?}");
    assert!(
        s.quoted_none.is_empty(),
        "{name}: quoted {:?}",
        s.quoted_none
    );
    assert_eq!(s.right + judgement.len(), s.expected, "{name}");
}

#[test]
fn t115_indicator_cards_tables() {
    // 九 与产废需求相匹配 has no figure: the draft makes it an assessed goal, as it does every
    // goal cell in words (docs/extract.md, "Round 21: indicator cards and CSV tables").
    assert_agreed_excusing(
        "t115-city-ecology-15th-fyp-indicator-cards-appendix",
        "table",
        &[],
        &["与产废需求相匹配"],
    );
}

#[test]
fn t116_csv_and_fullwidth_bar_tables() {
    // 完成市下达任务 (assessed) and 与经济增长同步 (growth of gdp-growth) are the draft's
    // conventions for a goal cell in words (docs/extract.md, "Round 21: indicator cards and
    // CSV tables").
    assert_agreed_excusing(
        "t116-district-annual-targets-web-csv-and-fullwidth-bar-tables-2027",
        "table",
        &[],
        &["完成市下达任务", "与经济增长同步"],
    );
}

/// Round 21: a spreadsheet pasted as CSV is read as a table: quoted cells keep their commas
/// (`"1,350"` is 1350, `"区科技局,区市场监管局"` two units), an empty goal cell gives no
/// target, a header cell wrapped inside its quotes is one cell.
#[test]
fn a_csv_table_is_read_as_a_table() {
    let ts = targets_of(
        "某区2027年主要指标分解表\n序号,指标名称,单位,\"2026年\n完成值\",\"2027年\n目标值\",责任单位\n1,固定资产投资,亿元,\"1,284\",\"1,350\",区发展改革委\n2,新增高新技术企业,家,118,120,\"区科技局,区市场监管局\"\n3,一般公共预算收入,亿元,86.4,,区财政局\n4,城镇调查失业率,%,4.9,≤5.5,区人力社保局\n",
        "2027",
    );
    assert_eq!(
        with_quote(&ts, "固定资产投资")["value"].as_integer(),
        Some(1350),
        "{ts:#?}"
    );
    let firms = with_quote(&ts, "新增高新技术企业");
    assert_eq!(firms["value"].as_integer(), Some(120), "{ts:#?}");
    assert_eq!(firms["owner"].as_array().map(Vec::len), Some(2), "{ts:#?}");
    assert_eq!(
        with_quote(&ts, "城镇调查失业率")["rule"].as_str(),
        Some("at-most"),
        "{ts:#?}"
    );
    assert!(
        !ts.iter()
            .any(|t| t["quote"].as_str().unwrap().contains("一般公共预算收入")),
        "{ts:#?}"
    );
    assert!(
        !ts.iter()
            .any(|t| t.get("value").and_then(|v| v.as_integer()) == Some(1284)),
        "{ts:#?}"
    );
}

/// Round 21: indicator cards (one indicator per block of labelled lines, or one line of
/// fields split by full-width spaces) are read as one table: each 目标值 its own target, the
/// base and the 指标解释 figures never.
#[test]
fn indicator_cards_are_read_as_a_table() {
    let ts = targets_of(
        "附件2　主要指标说明\n一、森林覆盖率\n指标名称：森林覆盖率\n单位：%\n2025年基期值：41.6\n2027年目标值：42.0\n2030年目标值：42.5\n属性：约束性\n指标解释：以2024年监测数据为基础，全市共设监测点8个。\n牵头单位：市林业局\n\n二、生态流量\n指标名称：重点河湖生态流量保障目标满足程度　单位：%　2025年基期值：90　2030年目标值：100　属性：约束性　牵头单位：市水利局\n",
        "2026",
    );
    let forest: Vec<&toml::Table> = ts
        .iter()
        .filter(|t| t["quote"].as_str().unwrap().contains("森林覆盖率"))
        .collect();
    assert_eq!(forest.len(), 2, "{ts:#?}");
    assert_eq!(
        with_quote(&ts, "生态流量")["value"].as_integer(),
        Some(100),
        "{ts:#?}"
    );
    assert!(
        !ts.iter()
            .any(|t| t["quote"].as_str().unwrap().contains("监测点8个")),
        "{ts:#?}"
    );
    assert_eq!(ts.len(), 3, "{ts:#?}");
}

#[test]
fn t115_t116_prose() {
    // The dated 中期评估 (a milestone in the annotation) is not drafted; 与经济增长同步 is the
    // draft's growth of gdp-growth (docs/extract.md, "Round 21: indicator cards and CSV
    // tables").
    assert_agreed_excusing(
        "t115-city-ecology-15th-fyp-indicator-cards-appendix",
        "prose",
        &["于2028年6月底前组织开展规划实施中期评估"],
        &[],
    );
    assert_agreed_excusing(
        "t116-district-annual-targets-web-csv-and-fullwidth-bar-tables-2027",
        "prose",
        &[],
        &["与经济增长同步"],
    );
}

/// Round 21: a task table's row whose 完成时限 cell says 已完成 is a result listed with the
/// goals, not a goal.
#[test]
fn a_task_row_marked_done_is_no_goal() {
    let ts = targets_of(
        "某区2027年民生实事项目任务分解表\n｜序号｜项目名称｜单位｜2027年目标任务｜牵头单位｜完成时限｜\n｜1｜新增停车泊位｜个｜3,000｜区交通委｜2027年12月底｜\n｜2｜已建成充电桩｜个｜2,460｜区发展改革委｜已完成｜\n｜3｜新建社区养老服务驿站｜家｜15｜区民政局｜2027年10月底｜\n",
        "2027",
    );
    assert!(
        !ts.iter()
            .any(|t| t["quote"].as_str().unwrap().contains("充电桩")),
        "{ts:#?}"
    );
    assert_eq!(ts.len(), 2, "{ts:#?}");
}

/// Round 22 A: in a table copied one cell per line, a sub-row's name opening with 其中：
/// (`其中：每千人口公立医院床位数`) is the row's name cell; its colon is no note's, so the
/// table goes on to the rows after it.
#[test]
fn a_sub_row_named_after_qizhong_does_not_end_a_cell_per_line_table() {
    let ts = targets_of(
        "专栏1　主要指标\n序号\n指标\n单位\n2025年\n2030年\n属性\n1\n每千人口医疗卫生机构床位数\n张\n6.4\n7.2\n预期性\n2\n其中：每千人口公立医院床位数\n张\n4.9\n5.3\n预期性\n3\n65岁及以上老年人健康管理率\n%\n68.2\n75\n预期性\n注：2025年为年报数。\n",
        "2026",
    );
    assert_eq!(
        with_quote(&ts, "每千人口公立医院床位数")["value"].as_float(),
        Some(5.3),
        "{ts:#?}"
    );
    assert!(
        ts.iter()
            .any(|t| t["quote"].as_str().unwrap().contains("健康管理率")),
        "{ts:#?}"
    );
    assert_eq!(ts.len(), 3, "{ts:#?}");
}

/// Round 22 D: a loan's cap after 最高, a case picked by a figure compared before 的, a change
/// from last year after a forecast: none is a goal; the year's other figures stay.
#[test]
fn caps_compared_cases_and_changes_from_last_year_are_no_goals() {
    let ts = targets_of(
        "今年，我们将个人创业担保贷款最高额度由20万元提高到30万元，全年发放创业担保贷款10亿元以上。\n今年我市高校毕业生预计达到4.7万人，比去年增加3100人，规模创历史新高。\n各区民政部门要对上报数据逐项核验，数据偏差超过5%的须书面说明原因。全年新增城镇就业6万人以上。\n",
        "2028",
    );
    for piece in ["最高额度", "3100人", "4.7万人", "偏差超过5%"] {
        assert!(
            !ts.iter()
                .any(|t| t["quote"].as_str().unwrap().contains(piece)),
            "{piece}: {ts:#?}"
        );
    }
    assert_eq!(
        with_quote(&ts, "发放创业担保贷款")["value"].as_integer(),
        Some(10)
    );
    assert_eq!(
        with_quote(&ts, "新增城镇就业")["value"].as_integer(),
        Some(6)
    );
    assert_eq!(ts.len(), 2, "{ts:#?}");
}

/// Round 22 D: works measured (公里, 户) all done by a month are one target, the amount, not
/// also a milestone; a goal restated under a later heading with a list number is drafted once.
#[test]
fn measured_works_done_by_a_date_and_goals_restated_are_drafted_once() {
    let ts = targets_of(
        "一、主要目标\n主要目标是：技术合同成交额突破1500亿元，高新技术企业数量达到1.8万家。\n二、重点任务\n（一）民生实事。农村公路提质改造140公里9月底前全部完成；农村户厕改造5000户年底前全部完成验收。\n（二）科技服务。16.技术合同成交额突破1500亿元，其中吸纳省外技术合同成交额达到300亿元。\n",
        "2027",
    );
    let roads: Vec<&toml::Table> = ts
        .iter()
        .filter(|t| t["quote"].as_str().unwrap().contains("140公里"))
        .collect();
    assert_eq!(roads.len(), 1, "{ts:#?}");
    assert_eq!(roads[0]["measure"].as_str(), Some("ytd"), "{ts:#?}");
    assert_eq!(
        ts.iter()
            .filter(|t| t["quote"].as_str().unwrap().contains("5000户"))
            .count(),
        1,
        "{ts:#?}"
    );
    assert_eq!(
        ts.iter()
            .filter(|t| t["quote"].as_str().unwrap().contains("突破1500亿元"))
            .count(),
        1,
        "{ts:#?}"
    );
}

// ---- Round 22 C: a 上半年经济运行分析 and a university's 年度工作要点 (t125, t126) ----

/// The score of the tuning passages t125–t126 (a city's first-half economic analysis with
/// forecasts and the second half's goals; a university's 年度工作要点 with (责任单位：…) tails):
/// `cargo test --test extract_documents -- --ignored t125_t126_score --nocapture`
#[test]
#[ignore]
fn t125_t126_score() {
    score_names(
        "tuning",
        &[
            "t125-city-first-half-economic-analysis-2029",
            "t126-university-annual-work-points-2029",
        ],
    );
}

/// Round 22 C: a forecast goes on over the clauses after its 预计 in the same sentence
/// (`预计全年地区生产总值增长6.3%左右，规模以上工业增加值增长8%左右，…`): none of them is a goal;
/// the goals of the next sentence (`要…`) stay.
#[test]
fn a_forecast_runs_over_its_sentences_clauses() {
    let text = "2029年上半年经济运行分析\n\n三、全年走势预判\n综合分析，预计全年地区生产总值增长6.3%左右，规模以上工业增加值增长8%左右，固定资产投资增长9.5%左右。\n\n四、下半年工作建议\n确保全年固定资产投资增长10%，全年新增规上工业企业120家以上。\n";
    let ts = targets_of(text, "2029");
    let qs = quotes(&ts);
    assert!(
        !qs.iter()
            .any(|q| q.contains("8%左右") || q.contains("9.5%左右") || q.contains("6.3%")),
        "{qs:#?}"
    );
    assert_eq!(ts.len(), 2, "{qs:#?}");
}

/// Round 22 C: a note naming its units before a verb (`（市工业和信息化局牵头）`,
/// `（市财政局、市税务局按职责分工负责）`), as State Council documents close a measure, gives the
/// item's figures their owners, the lead first.
#[test]
fn a_note_naming_units_before_qiantou_gives_the_owners() {
    let text = "2029年下半年工作建议\n\n（一）稳住工业增长。全年新增规上工业企业120家以上。（市工业和信息化局牵头）\n\n（二）强化财政保障。三公经费压减5%。（市税务局按职责分工负责，市财政局牵头）\n";
    let ts = targets_of(text, "2029");
    assert_eq!(ts.len(), 2, "{:#?}", quotes(&ts));
    let owners = |piece: &str| -> Vec<String> {
        with_quote(&ts, piece)["owner"]
            .as_array()
            .unwrap()
            .iter()
            .map(|x| x.as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(owners("120家"), ["市工业和信息化局"]);
    assert_eq!(owners("压减5%"), ["市财政局", "市税务局"]);
}

/// Round 22 C: t125, a city's first-half economic analysis: its forecasts proposed nothing and
/// its items' owners are read. Left: the year's goal restated as the growth the second half
/// needs (`下半年需增长6.9%以上`, annotated none: arithmetic on the goal);
/// `全年收入达到182亿元` drafted as a level (a bare 收入 is no flow noun: docs/extract.md,
/// "Round 22 C", left). (`10月底前，再组织一次重大项目集中开工活动` is read since round 26 A.)
#[test]
fn t125_first_half_analysis() {
    let name = "t125-city-first-half-economic-analysis-2029";
    let judgement = ["全年收入达到182亿元"];
    let s = score("tuning", name, Some("prose"), Mode::Asserted);
    let left = |x: &String| judgement.iter().any(|j| x.starts_with(j) || x.contains(j));
    assert!(s.missed.iter().all(left), "{name}: missed {:#?}", s.missed);
    // (The one false proposal left quotes the annotation's none: `下半年需增长6.9%以上`.)
    let false_left = |x: &String| left(x) || x.contains("下半年需增长6.9%");
    assert!(s.false_props.iter().all(false_left), "{:#?}", s.false_props);
    assert_eq!(s.quoted_none, ["下半年需增长6.9%以上"], "{name}");
    assert_eq!(s.right + judgement.len(), s.expected, "{name}");
}

// ---- Round 22 B: Excel tab-separated tables with quoted multi-line cells and empty merged
// cells; OCR'd tables with ragged rows (docs/extract.md, "Round 22 B …").

/// The score of the tuning passages t123–t124 (an Excel table pasted as tab-separated text with
/// quoted multi-line cells and empty merged cells; an OCR'd indicator table with ragged rows).
/// `cargo test --test extract_documents -- --ignored t123_t124_score --nocapture`
#[test]
#[ignore]
fn t123_t124_score() {
    score_names(
        "tuning",
        &[
            "t123-city-annual-targets-excel-tsv-quoted-multiline-merged",
            "t124-county-15th-fyp-ocr-ragged-indicator-table",
        ],
    );
}

#[test]
fn t123_spreadsheet_tsv_table() {
    // 高新技术企业数 in a one-year goal column is the year's work (ytd, `annual`): annotated a
    // level (a stock of firms); the draft keeps the annual column's convention.
    assert_agreed_in(
        "tuning",
        "t123-city-annual-targets-excel-tsv-quoted-multiline-merged",
        "table",
        &["高新技术企业数", "为22个乡镇卫生院配备数字化影像设备"],
    );
}

#[test]
fn t124_ocr_ragged_table() {
    // GDP and 增加值 in 亿元 by 2030 are drafted the goal year's flow (`deadline_flow`, a
    // documented convention), annotated levels (the majority of earlier table annotations).
    assert_agreed_in(
        "tuning",
        "t124-county-15th-fyp-ocr-ragged-indicator-table",
        "table",
        &["地区生产总值（亿元）", "规模以上工业增加值"],
    );
}

/// Round 22 B: a spreadsheet row pasted with tabs, a cell holding a line break wrapped in
/// double quotes over lines, the merged 类别 and 牵头单位 cells empty below their first row.
#[test]
fn a_quoted_spreadsheet_cell_over_lines_is_one_cell() {
    let text = "澄川市2028年主要预期目标分解表\n\n类别\t序号\t指标名称\t单位\t2027年完成\t2028年目标\t属性\t牵头单位\n经济发展\t1\t\"固定资产投资\n（不含农户）增长\"\t%\t4.2\t6\t预期性\t市发展改革委\n\t2\t\"一般公共预算收入\n增长\"\t%\t3.8\t5\t预期性\t\n\t3\t社会消费品零售总额\t亿元\t918\t980\t预期性\t市商务局\n";
    let ts = drafted(text);
    assert_eq!(field_of(&ts, "固定资产投资", "value"), "6", "{ts:#?}");
    assert_eq!(field_of(&ts, "一般公共预算收入", "value"), "5", "{ts:#?}");
    assert!(
        field_of(&ts, "一般公共预算收入", "owner").contains("市发展改革委"),
        "{ts:#?}"
    );
    assert_eq!(
        field_of(&ts, "社会消费品零售总额", "value"),
        "980",
        "{ts:#?}"
    );
    assert!(!quotes(&ts).iter().any(|q| q.contains('"')), "{ts:#?}");
}

/// Round 22 B: an OCR'd row that leaves its blank cells out keeps each figure under the
/// header column it stands under; a 年均增长 cell's % is no unit of the level; a unit glued
/// after a Latin abbreviation (`人均GDP万元`) is the row's unit; a name whose first line ends in
/// a parenthesis naming no unit (`（助理）`) goes on on the next line.
#[test]
fn a_ragged_ocr_row_keeps_its_figures_under_their_columns() {
    let text = "云岭县“十五五”规划纲要\n\n表1  主要指标\n类 别   指    标                        2025年     2030年     年均增长     属 性\n        地区生产总值（亿元）            286.4      395        6.5%左右     预期性\n经济    人均GDP万元                    7.62       10.3                     预期性\n创新    研发经费投入强度（%）                       2.2                     预期性\n        每千人口拥有执业（助理）\n        医师数（人）                   2.6         3.2                     预期性\n        高新技术企业数（家）            64          120                     预期性\n";
    let ts = drafted(text);
    assert_eq!(field_of(&ts, "人均GDP万元", "value"), "10.3", "{ts:#?}");
    assert_eq!(field_of(&ts, "人均GDP万元", "unit"), "万元", "{ts:#?}");
    assert_eq!(field_of(&ts, "研发经费投入强度", "value"), "2.2", "{ts:#?}");
    assert_eq!(field_of(&ts, "医师数", "value"), "3.2", "{ts:#?}");
    assert_eq!(field_of(&ts, "高新技术企业数", "value"), "120", "{ts:#?}");
    let gdp: Vec<&toml::Table> = ts
        .iter()
        .filter(|t| field(t, "quote").contains("地区生产总值"))
        .collect();
    assert!(
        gdp.iter()
            .any(|t| field(t, "unit") == "亿元" && field(t, "value") == "395"),
        "{gdp:#?}"
    );
    assert!(
        gdp.iter()
            .any(|t| field(t, "unit") == "%" && field(t, "value") == "6.5"),
        "{gdp:#?}"
    );
}

/// Round 22 B: a production capacity in a one-year goal column is a level the year's end
/// holds (every annotation of a 能力 with a unit took it so, 50 of 50), not the year's work.
#[test]
fn a_capacity_in_an_annual_column_is_a_level() {
    let text = "澄川市2028年主要预期目标\n\n序号\t指标名称\t单位\t2027年完成\t2028年目标\t属性\n1\t粮食综合生产能力\t万吨\t118\t120以上\t约束性\n2\t新增城镇就业\t万人\t3.2\t3\t预期性\n";
    let ts = drafted(text);
    assert_eq!(
        field_of(&ts, "粮食综合生产能力", "measure"),
        "level",
        "{ts:#?}"
    );
    assert_eq!(field_of(&ts, "新增城镇就业", "measure"), "ytd", "{ts:#?}");
}

#[test]
fn t123_t124_prose() {
    // t123's 注 `计划总投资约9.6亿元` (annotated as t109's programme cost) is not drafted; t124's
    // qualitative 主要目标 (收入稳步增长, 生态环境持续改善) are drafted, not annotated.
    assert_agreed_in(
        "tuning",
        "t123-city-annual-targets-excel-tsv-quoted-multiline-merged",
        "prose",
        &["计划总投资约9.6亿元"],
    );
    assert_agreed_excusing(
        "t124-county-15th-fyp-ocr-ragged-indicator-table",
        "prose",
        &[],
        &["城乡居民收入稳步增长", "生态环境持续改善"],
    );
}

// ---- Sixteenth set, fixed after the run: B (owners in prose) ----

/// A note of units on a line of its own (`　　（责任单位：…）`, indented as a paragraph) closes
/// the task paragraph before it: the paragraph's figures take its units, lead first, and a
/// unit written with brackets inside the note (`各县〔市、区〕政府`) stays one unit. The next
/// paragraph's figures take the next note's units, not this one's.
#[test]
fn a_note_of_units_on_its_own_line_owns_the_paragraph_before_it() {
    let text = "澄川市充电设施建设实施方案\n四、重点任务\n　　（一）优化公共充电网络。每年新建公共停车场配建充电设施的车位比例不低于30%。到2028年，主城区建成超级充电示范站10座。\n　　（责任单位：市发展改革委、市交通运输局，各县〔市、区〕政府）\n　　（二）完善配套电网。充电设施接电平均时间压缩至20个工作日以内。\n　　（责任单位：市供电公司、市发展改革委）\n";
    let ts = drafted(text);
    let first = with_quote(&ts, "超级充电示范站10座")["owner"].to_string();
    assert_eq!(
        first, r#"["市发展改革委", "市交通运输局", "各县〔市、区〕政府"]"#,
        "{ts:#?}"
    );
    assert_eq!(
        with_quote(&ts, "车位比例不低于30%")["owner"].to_string(),
        first
    );
    assert_eq!(
        with_quote(&ts, "20个工作日以内")["owner"].to_string(),
        r#"["市供电公司", "市发展改革委"]"#,
        "{ts:#?}"
    );
}

/// Owners named in the prose of minutes or a speech: `以上工作由X牵头，Y配合。` (or
/// `这个工作由…`) owns the figures of the paragraph before it; a clause naming the unit that
/// does what follows (`由X负责，…`, `X牵头，…`, `X要…`, `X于…前…`) owns the figures after it in
/// its sentence, up to the next such clause. A goal of all (`各区要…`) takes no owner.
#[test]
fn owners_named_in_minutes_own_the_figures_they_govern() {
    let text = "澄川市人民政府常务会议纪要\n2028年3月16日\n一、关于城市更新工作\n会议明确，今年全市计划改造老旧小区220个；新增停车泊位1.2万个。以上工作由市住房城乡建设局牵头，市财政局、各区政府配合。\n二、关于外贸和环保工作\n会议要求，各区要确保重污染天数不超过5天。由市商务局负责，全年实际使用外资达到6.5亿美元。市生态环境局要在5月底前完成涉气企业排查整治；市交通运输局年内淘汰营运柴油货车1500辆。\n";
    let ts = drafted(text);
    let owners = |piece: &str| {
        with_quote(&ts, piece)
            .get("owner")
            .map(|o| o.to_string())
            .unwrap_or_default()
    };
    let housing = r#"["市住房城乡建设局", "市财政局", "各区政府"]"#;
    assert_eq!(owners("老旧小区220个"), housing, "{ts:#?}");
    assert_eq!(owners("停车泊位1.2万个"), housing, "{ts:#?}");
    assert_eq!(owners("6.5亿美元"), r#"["市商务局"]"#, "{ts:#?}");
    assert_eq!(owners("柴油货车1500辆"), r#"["市交通运输局"]"#, "{ts:#?}");
    assert_eq!(owners("重污染天数不超过5天"), "", "{ts:#?}");
}

/// A unit named twice in a sentence of owners (`由市住建局牵头，市住建局、市财政局配合`) is one
/// owner: the draft stays valid.
#[test]
fn a_unit_named_twice_by_a_sentence_of_owners_is_one_owner() {
    let ts = drafted(
        "澄川市人民政府常务会议纪要\n2028年3月16日\n一、关于城市更新工作\n会议明确，今年全市计划改造老旧小区220个。以上工作由市住建局牵头，市住建局、市财政局配合。\n",
    );
    assert_eq!(
        with_quote(&ts, "老旧小区220个")["owner"].to_string(),
        r#"["市住建局", "市财政局"]"#,
        "{ts:#?}"
    );
}

/// Round 22 A (sixteenth set, fixed after the run: tables): a header whose titles are each
/// spaced out letter by letter (`指  标  名  称`, `单  位`), wider gaps between them, with a
/// `完成值  目标值` line under its years, reads as a table: each row keeps its unit, and the
/// second header line is no row.
#[test]
fn a_letter_spaced_header_reads_as_a_table() {
    let text = "附件\n\n                 青岚县2027年主要预期目标\n\n  序号      指  标  名  称              单  位       2026年      2027年       属  性\n                                                      完成值      目标值\n  １    地区生产总值增长                  %          ６．３       ６左右       预期性\n  ２    城镇新增就业                      人         ４３５０     ≥４０００    预期性\n  ３    空气质量优良天数比率              %          ８９．４     ≥８８        约束性\n  ４    城镇居民人均可支配                %          ５．４       ５．５左右   预期性\n        收入增长\n";
    let ts = drafted(text);
    // (A name wrapped under itself, after a full-width 序号 two columns wide.)
    assert_eq!(
        field_of(&ts, "可支配收入增长", "measure"),
        "growth",
        "{ts:#?}"
    );
    assert_eq!(field_of(&ts, "地区生产总值增长", "unit"), "%", "{ts:#?}");
    assert_eq!(
        field_of(&ts, "地区生产总值增长", "measure"),
        "growth",
        "{ts:#?}"
    );
    assert_eq!(field_of(&ts, "城镇新增就业", "unit"), "人", "{ts:#?}");
    assert_eq!(field_of(&ts, "城镇新增就业", "value"), "4000", "{ts:#?}");
    assert_eq!(field_of(&ts, "优良天数比率", "value"), "88", "{ts:#?}");
    assert!(
        ts.iter().all(|t| !field(t, "quote").contains("完成值")),
        "{ts:#?}"
    );
}

/// Round 22 A: no table row is drafted without the unit `progress validate` asks of it (a
/// row with none is left out, named in a `# left out:` line); a task row's `挂牌运行` by its
/// deadline is a milestone; a stock reached (`产能达到300吉瓦时`) by the row's 完成时限 is a
/// level, not the work done by then.
#[test]
fn table_rows_always_validate_and_a_stock_reached_is_a_level() {
    let text = "澄川市2028年主要预期目标\n\n序号\t指标名称\t单位\t2027年\t2028年\t属性\n1\t区域创新能力\t\t88\t90\t预期性\n2\t粮食总产量\t万吨\t36.2\t36以上\t约束性\n";
    let out = extract_text(text, &[]);
    assert!(out.contains("# left out: "), "{out}");
    let (_dir, spec) = temp_file("spec.toml", &out);
    progress()
        .args(["validate", "--spec"])
        .arg(&spec)
        .assert()
        .success();
    let text = "澄川省新型储能产业发展三年行动方案（2027—2029年）\n\n附件\n重点任务分工表\n\n序号\t重点任务\t目标\t牵头单位\t配合单位\t完成时限\n1\t扩大储能电池产能\t储能电池产能达到300吉瓦时\t省工业和信息化厅\t省发展改革委\t2029年12月底前\n2\t建设储能创新中心\t挂牌运行\t省科技厅\t省教育厅\t2027年9月底前\n3\t推广用户侧储能\t建成用户侧储能项目200个\t省能源局\t各市人民政府\t2029年12月底前\n";
    let ts = drafted(text);
    assert_eq!(field_of(&ts, "300吉瓦时", "measure"), "level", "{ts:#?}");
    assert_eq!(field_of(&ts, "挂牌运行", "measure"), "milestone", "{ts:#?}");
    assert_eq!(field_of(&ts, "项目200个", "measure"), "ytd", "{ts:#?}");
}

// ---- Sixteenth set, fixed after the run: speech and action-plan prose (fixer C) ----

/// A speech's money in spoken 个亿 (`完成投资200个亿以上`) is 亿元: the unit validate needs.
#[test]
fn spoken_ge_yi_is_yi_yuan() {
    let text = "在全县项目建设推进会上的讲话\n2027年2月20日\n\n同志们：\n    今年全县重点项目要完成投资80个亿以上，其中产业项目投资不低于45亿元。\n";
    let ts = drafted(text);
    assert_eq!(field_of(&ts, "80个亿", "unit"), "亿元", "{ts:#?}");
    assert_eq!(field_of(&ts, "80个亿", "value"), "80", "{ts:#?}");
    assert_eq!(field_of(&ts, "不低于45亿元", "unit"), "亿元", "{ts:#?}");
}

/// A short figure-free clause opening the sentence names what the goal's figure counts
/// (`公共充电桩，今年新增3000个`): the quote starts with it.
#[test]
fn a_short_topic_clause_opens_the_goals_quote() {
    let text = "在全县项目建设推进会上的讲话\n2027年2月20日\n\n同志们：\n    第二，充电设施。公共充电桩，今年新增3000个。\n";
    let ts = drafted(text);
    assert!(
        ts.iter()
            .any(|t| field(t, "quote") == "公共充电桩，今年新增3000个"),
        "{ts:#?}"
    );
}

/// A count per a base written after a slash (`0.5次/百座·年以内`) keeps the base in its unit.
#[test]
fn a_count_per_a_slashed_base_keeps_the_base() {
    let text = "全省新型储能产业发展三年行动计划（2027—2029年）\n\n    到2029年底，储能电站安全事故发生率控制在0.8次/百座·年以内；新建储能电站60座以上。\n";
    let ts = drafted(text);
    assert_eq!(field_of(&ts, "0.8次", "unit"), "次/百座·年", "{ts:#?}");
    assert_eq!(field_of(&ts, "60座", "unit"), "座", "{ts:#?}");
}

/// A dated task whose thing is the short topic opening its sentence (`供水管网改造，8月底前要全部
/// 完成`, `滨江片区，今年11月底前要开街运营`) is a milestone quoted from the topic; a report
/// produced by a date (`4月底前要拿出评估报告`) is one too.
#[test]
fn a_dated_task_of_a_short_topic_is_a_milestone() {
    let text = "在全县城市建设推进会上的讲话\n2027年2月20日\n\n同志们：\n    今年任务很重。供水管网改造，8月底前要全部完成。滨江片区，今年11月底前要开街运营。4月底前要拿出评估报告。\n";
    let ts = drafted(text);
    for q in [
        "供水管网改造，8月底前要全部完成",
        "滨江片区，今年11月底前要开街运营",
        "4月底前要拿出评估报告",
    ] {
        assert_eq!(field_of(&ts, q, "measure"), "milestone", "{q}: {ts:#?}");
    }
}

/// Sixteenth set, fixed after the run: a report's appeal to the level above (`…用地需求约3200亩，…恳请市政府…给予
/// 支持`) sets no goal; works reworked in full (`…改造全面完成`) are a milestone, while the
/// goals restated (`确保年度目标任务全面完成`) are not.
#[test]
fn an_appeal_sets_no_goal_and_a_rework_done_in_full_is_a_milestone() {
    let text = "青川县2028年工作要点\n（2028年1月10日）\n\n一、主要任务\n新增城镇就业5000人以上，老旧小区供热管网改造全面完成。确保年度目标任务全面完成。\n二、需要市级协调解决的事项\n全县2028年拟实施项目用地需求约1800亩，指标缺口较大，恳请市政府给予倾斜支持。\n";
    let ts = drafted(text);
    let quoted = |piece: &str| {
        ts.iter()
            .filter(|t| field(t, "quote").contains(piece))
            .collect::<Vec<_>>()
    };
    assert!(quoted("1800亩").is_empty(), "{ts:#?}");
    let rework = quoted("供热管网改造全面完成");
    assert_eq!(rework.len(), 1, "{ts:#?}");
    assert_eq!(field(rework[0], "measure"), "milestone", "{ts:#?}");
    assert!(quoted("目标任务全面完成").is_empty(), "{ts:#?}");
    assert_eq!(quoted("5000人").len(), 1, "{ts:#?}");
}

/// Sixteenth set, fixed after the run: in a 专栏 of projects, people brought in and trained (`五年引进培养…人才300名`,
/// `培养全科医生500名`) are goals of the plan like the works counts; a project's scope is not.
#[test]
fn a_box_entry_training_people_is_a_goal() {
    let text = "青川市“十五五”卫生健康发展规划\n（2026年3月1日）\n\n专栏1　“十五五”卫生健康重点项目\n　　1.人才引育工程。五年引进培养高层次卫生人才200名，培养全科医生400名。\n　　2.医院建设工程。市人民医院新院区，总投资30亿元。\n";
    let ts = drafted(text);
    let quoted = |piece: &str| {
        ts.iter()
            .filter(|t| field(t, "quote").contains(piece))
            .collect::<Vec<_>>()
    };
    for piece in ["人才200名", "全科医生400名"] {
        let got = quoted(piece);
        assert_eq!(got.len(), 1, "{piece}: {ts:#?}");
        assert_eq!(field(got[0], "measure"), "ytd", "{ts:#?}");
        assert_eq!(field(got[0], "deadline"), "2030-12-31", "{ts:#?}");
    }
    assert!(quoted("30亿元").is_empty(), "{ts:#?}");
}

/// Sixteenth set, fixed after the run: over a plan's window, a later item of a list whose nouns stand before their
/// figures (`改造提升乡镇卫生院30所、社区卫生服务中心12个`) is counted by the verb of the first,
/// as the first is: ytd both; after 建成 the later item stays level (t96).
#[test]
fn a_later_item_of_a_works_list_shares_its_verb_over_a_window() {
    let text = "青川市卫生健康发展规划\n（2026年3月1日）\n\n一、重点任务\n到2030年，改造提升乡镇卫生院20所、社区卫生服务中心9个。到2030年，建成高水平医院8所、重点专科40个。\n";
    let ts = drafted(text);
    let measure = |piece: &str| {
        ts.iter()
            .find(|t| field(t, "value") == piece)
            .map(|t| field(t, "measure"))
            .unwrap_or_default()
    };
    assert_eq!(measure("20"), "ytd", "{ts:#?}");
    assert_eq!(measure("9"), "ytd", "{ts:#?}");
    // (The first item after 建成 is read by round 21 D's rule; the later one stays level.)
    assert_eq!(measure("40"), "level", "{ts:#?}");
}

// ---- Review 20, fixer E: bounded card, CSV and quoted-TSV readers ----

/// Review 20, finding 1: a run of indicator cards whose first records hold only a name is
/// refused as soon as its second record is read, and not tried again from inside it; a real
/// run of cards after it is still read.
#[test]
fn name_only_cards_are_refused_and_a_later_run_read() {
    let mut text = "附件　主要指标说明\n".to_string();
    for _ in 0..200 {
        text.push_str("指标名称：a\n\n");
    }
    text.push_str("指标名称：森林覆盖率\n单位：%\n2030年目标值：42.5\n\n指标名称：新增城镇就业\n单位：万人\n2030年目标值：3\n");
    let ts = drafted(&text);
    assert_eq!(field_of(&ts, "森林覆盖率", "value"), "42.5", "{ts:#?}");
    assert_eq!(field_of(&ts, "新增城镇就业", "value"), "3", "{ts:#?}");
}

/// Review 20, finding 2: a card run's header is the labels of its first two records; a later
/// record with a new label (`2030年目标值` after `2025年目标值`) opens another run, so the
/// labels of a run stay few, and each run's goals are still read.
#[test]
fn a_card_with_a_new_label_opens_another_run() {
    let mut text = "附件　主要指标说明\n".to_string();
    for k in 0..100 {
        text.push_str(&format!("指标名称：指标{k}\n{}年目标值：{k}\n", 1900 + k));
    }
    // (Rows with no unit: read, and named as left out, since a draft cannot hold them.)
    let out = extract_text(&text, &[]);
    assert!(out.contains("# left out: 指标"), "{out}");
    let mut text = "附件　主要指标说明\n".to_string();
    text.push_str("指标名称：森林覆盖率\n单位：%\n2030年目标值：42.5\n\n指标名称：新增城镇就业\n单位：万人\n2030年目标值：3\n\n指标名称：空气优良天数比率\n单位：%\n2030年目标值：90\n");
    let ts = drafted(&text);
    assert_eq!(field_of(&ts, "空气优良天数比率", "value"), "90", "{ts:#?}");
}

/// Review 20, finding 6: a long table of plain tab rows is refused by the quoted-cell reader
/// within its first records and not tried again from each of its lines; it is still read by
/// the table reader.
#[test]
fn a_long_plain_tab_table_is_still_read() {
    let mut text = "附件　主要指标\n指标\t单位\t2030年目标\n".to_string();
    for k in 0..60 {
        text.push_str(&format!("指标{k}产量\t万吨\t{}\n", 10 + k));
    }
    let ts = drafted(&text);
    assert_eq!(field_of(&ts, "指标59产量", "value"), "69", "{ts:#?}");
}

/// Review 20, finding 4: a header met again and again with no row under it (`指标  单位
/// 2030年目标` over and over) is read once: a table that read no row is tried next at the last
/// header it met, not at the line after its own (each line of the run was read again to its
/// end: quadratic, 12 s on 25 KB). The table after the run is still read.
#[test]
fn a_run_of_headers_with_no_row_is_read_once_and_the_table_after_it_read() {
    let mut text = "附表　主要指标\n".to_string();
    for _ in 0..400 {
        text.push_str("指标  单位  2030年目标\n");
    }
    text.push_str("森林覆盖率  %  45\n城镇新增就业  万人  3\n");
    let ts = drafted(&text);
    assert_eq!(field_of(&ts, "森林覆盖率", "value"), "45", "{ts:#?}");
    assert_eq!(field_of(&ts, "城镇新增就业", "value"), "3", "{ts:#?}");
}

/// Review 20, finding 5: a bracketed note saying whoever it is does it on its own
/// (`（企业自行负责）`) names no unit: no owner is drafted.
#[test]
fn a_note_that_work_is_done_on_its_own_names_no_owner() {
    let ts = drafted("一、工作任务\n（一）建设充电设施。全市新建充电桩1000个（企业自行负责）。\n");
    assert_eq!(field_of(&ts, "充电桩", "value"), "1000", "{ts:#?}");
    assert!(ts.iter().all(|t| !t.contains_key("owner")), "{ts:#?}");
}

/// Review 20, finding 3: a CSV table is split by the quoted-record splitter it shares with the
/// TSV reader: a quote opens a quoted cell only at a cell's start, so a stray quote inside a
/// row's name (`17"以上屏幕产量`) is text and the table's rows are all proposed; a quoted cell
/// holding a comma (`"1,350"`) and an escaped quote (`""`) still reads.
#[test]
fn a_stray_quote_inside_a_csv_cell_keeps_the_table() {
    let text = "序号,指标,单位,2030年目标\n1,地区生产总值,亿元,1800\n2,17\"以上屏幕产量,万台,50\n3,研发投入,亿元,40\n4,常住人口,万人,120\n";
    let ts = drafted(text);
    assert_eq!(ts.len(), 4, "{ts:#?}");
    assert_eq!(field_of(&ts, "地区生产总值", "value"), "1800", "{ts:#?}");
    assert_eq!(field_of(&ts, "以上屏幕产量", "value"), "50", "{ts:#?}");
    assert_eq!(field_of(&ts, "研发投入", "value"), "40", "{ts:#?}");
    assert_eq!(field_of(&ts, "常住人口", "value"), "120", "{ts:#?}");
    let text = "指标,单位,2025年,2030年\n地区生产总值,亿元,1200,1800\n17\"以上屏幕产量,万台,30,50\n研发投入,亿元,20,40\n\"常住\"\"人口\",万人,\"1,100\",\"1,200\"\n";
    let ts = drafted(text);
    assert_eq!(ts.len(), 4, "{ts:#?}");
    assert_eq!(field_of(&ts, "以上屏幕产量", "value"), "50", "{ts:#?}");
}

/// Round 23 A: a 专栏 entry's project steps after it names the project (`…迁建项目，2027年开工，
/// 2029年建成`, `…游泳馆，2027年9月底前主体完工`, `力争2028年开工建设市美术馆`) are milestones
/// dated by their own deadlines; a step dated before the plan (`2025年建成`) is none.
#[test]
fn a_box_entry_s_dated_project_steps_are_milestones() {
    let ts = targets_of(
        "岚川市“十五五”文化体育发展规划\n第二章　重点任务\n专栏2　“十五五”文化体育重点项目\n　　1.场馆建设工程。市体育中心游泳馆，2027年9月底前主体完工；市图书馆新馆迁建项目，2027年开工，2029年建成；市档案馆，2025年建成。\n　　2.文化惠民工程。新建城市书房40个，力争2028年开工建设市美术馆。\n",
        "2026",
    );
    for (piece, deadline) in [
        ("2027年9月底前主体完工", "2027-09-30"),
        ("2027年开工", "2027-12-31"),
        ("2029年建成", "2029-12-31"),
        ("力争2028年开工建设市美术馆", "2028-12-31"),
    ] {
        let t = with_quote(&ts, piece);
        assert_eq!(t["measure"].as_str(), Some("milestone"), "{t:#?}");
        assert_eq!(t["deadline"].to_string(), deadline, "{t:#?}");
    }
    assert!(
        ts.iter()
            .all(|t| !t["quote"].as_str().unwrap().contains("2025年建成")),
        "{ts:#?}"
    );
    assert_eq!(
        with_quote(&ts, "城市书房")
            .get("measure")
            .and_then(|m| m.as_str()),
        Some("ytd")
    );
}

// ---- Round 23 D: table rows over all sets, and t131 (a web page's Markdown table with <br>) ----

/// The score of the tuning passage t131 (a city plan as a web page converted to Markdown, its
/// pipe tables keeping the page's line breaks inside cells as `<br>`), printed once before any
/// rule was written for it (docs/extract.md, "Round 23 D"):
/// `cargo test --test extract_documents -- --ignored t131_score --nocapture`
#[test]
#[ignore]
fn t131_score() {
    score_names(
        "tuning",
        &["t131-city-digital-government-plan-web-markdown-br-cells"],
    );
}

/// Round 23 D: a web page's Markdown pipe table keeping the page's `<br>` line breaks and
/// `&nbsp;` blanks inside its cells (`2027年<br>目标`, `政务服务事项<br>全程网办率`, an owner
/// cell of two units one per line): the header's year columns are read, names are whole and
/// the two units are both owners (`table::web_cell`).
#[test]
fn t131_web_markdown_br_cells() {
    assert_agreed_in(
        "tuning",
        "t131-city-digital-government-plan-web-markdown-br-cells",
        "prose",
        &[],
    );
    // The task table's 具体目标 cells read as the work-cell reader reads them today (接入…不少于
    // 300项 assessed, 精简30%以上 a level, IPv6改造 assessed): not this rule's business.
    assert_agreed_in(
        "tuning",
        "t131-city-digital-government-plan-web-markdown-br-cells",
        "table",
        &["体征指标不少于300项", "精简30%以上", "IPv6改造"],
    );
}

// ---- Round 23 B: new table layouts (t127, t128) ----

/// The score of the tuning passages t127–t128 (a statistical-style annual plan table with a
/// `单位：亿元、%` line, a 计量单位 column, level and growth columns and a 续表; a PDF table with
/// vertical header text, a merged 类别 column and a name wrapped across a page break):
/// `cargo test --test extract_documents -- --ignored t127_t128_score --nocapture`
#[test]
#[ignore]
fn t127_t128_score() {
    score_names(
        "tuning",
        &[
            "t127-county-annual-plan-statistical-table-unit-line-continued",
            "t128-city-ecology-plan-pdf-vertical-header-merged-category-page-wrap",
        ],
    );
}

/// Round 23 B: t127, a statistical-style annual plan table (`单位：亿元、%` above it, a
/// 计量单位 column filled only where a row's unit differs, 2027年预计 / 2028年目标 / 增长（%）,
/// a 续表 after the page number). Judgement calls: the annotation takes a quantity's row as
/// two targets (the 2028 level and the growth); the documented convention of `table/rate.rs`
/// (every earlier annotator of a 预计 / 目标 / 增长 table: t50, t57, t66, heldout9–11) takes
/// the growth alone, so the twelve levels are not drafted.
#[test]
fn t127_statistical_annual_plan_table() {
    let name = "t127-county-annual-plan-statistical-table-unit-line-continued";
    assert_agreed_in(
        "tuning",
        name,
        "table",
        &[
            "地区生产总值",
            "第一产业增加值",
            "第二产业增加值",
            "第三产业增加值",
            "社会消费品零售总额",
            "外贸进出口总额",
            "实际使用外资",
            "一般公共预算收入",
            "税收收入",
            "金融机构本外币存款余额",
            "城镇居民人均可支配收入",
            "农村居民人均可支配收入",
        ],
    );
    assert_agreed_in("tuning", name, "prose", &[]);
}

/// Round 23 B: t128, a PDF table whose header is vertical text (one character a line), its
/// 类别 column a merged vertical cell, a name wrapped across the page break. Judgement calls:
/// 生态保护红线面积 `不减少` (annotated at least the 2025 figure) is drafted assessed, as
/// `worded_goal` reads a goal in words with no figure; in prose, `建成…示范区县4个` by 2030 is
/// drafted a level (annotated ytd) and `生态环境质量持续改善` an assessed goal (not annotated).
#[test]
fn t128_pdf_table_with_a_vertical_header() {
    let name = "t128-city-ecology-plan-pdf-vertical-header-merged-category-page-wrap";
    assert_agreed_split(
        "tuning",
        name,
        "table",
        &["生态保护红线面积", "生态保护红线面积"],
        &["生态保护红线面积", "生态保护红线面积"],
    );
    assert_agreed_split(
        "tuning",
        name,
        "prose",
        &["示范区县4个"],
        &["示范区县4个", "生态环境质量持续改善"],
    );
}

/// Round 23 B: a header whose titles are vertical text, copied with the page's layout one
/// character a line in their columns (`2` / `0` / `3` / `0` / `年`), is one header; a merged
/// 类别 cell's characters on lines of their own between rows, and a name's rest wrapped onto
/// the line under the header repeated after a page break, do not end the table.
#[test]
fn a_header_in_vertical_text_is_read_as_one_header() {
    let text = r"表1 主要指标
                                  2        2
类    序                    单    0        0        属
别    号    指 标 名 称     位    2        3        性
                                  5        0
                                  年       年
      1     森林覆盖率      %     41.3     42       约束性
      2     城市生活污水集  %     72.4     80       预期性

                — 7 —
                                  2        2
类    序                    单    0        0        属
别    号    指 标 名 称     位    2        3        性
                                  5        0
                                  年       年
            中收集率
绿
色    3     非化石能源比重  %     14.2     19       约束性
";
    let ts = drafted(text);
    assert_eq!(field_of(&ts, "森林覆盖率", "value"), "42", "{ts:#?}");
    assert_eq!(field_of(&ts, "城市生活污水集", "value"), "80", "{ts:#?}");
    assert_eq!(field_of(&ts, "非化石能源比重", "value"), "19", "{ts:#?}");
    assert_eq!(
        field_of(&ts, "非化石能源比重", "deadline"),
        "2030-12-31",
        "{ts:#?}"
    );
}

/// Round 23 C: the score of the tuning passages t129–t130 (a 12345 hotline's yearly service
/// commitment with 责任单位 lines; an investment-promotion signing news release).
/// `cargo test --test extract_documents -- --ignored t129_t130_score --nocapture`
#[test]
#[ignore]
fn t129_t130_score() {
    score_names(
        "tuning",
        &[
            "t129-city-12345-hotline-service-commitment-2028",
            "t130-hightech-zone-investment-signing-news-release-2028",
        ],
    );
}

/// Round 23 C: a titled note whose units close with their verbs (`（责任单位：市政务服务和数据
/// 管理局牵头，各区人民政府、市直各部门配合）`, `（责任单位：市营商环境服务中心，市工商联配合）`):
/// the verbs are no part of the units' names, and rank them (lead first, partners last).
#[test]
fn a_titled_note_with_verbs_names_bare_units() {
    let text = "2028年服务承诺\n\n5．全年诉求按时办结率不低于97%。（责任单位：市政务服务和数据管理局牵头，各区人民政府、市直各部门配合）\n14．企业诉求办结率达到98%以上。（责任单位：市营商环境服务中心，市工商联配合）\n";
    let ts = targets_of(text, "2028");
    assert_eq!(ts.len(), 2, "{:#?}", quotes(&ts));
    let owners = |piece: &str| -> Vec<String> {
        with_quote(&ts, piece)["owner"]
            .as_array()
            .unwrap()
            .iter()
            .map(|x| x.as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(
        owners("97%"),
        ["市政务服务和数据管理局", "各区人民政府", "市直各部门"]
    );
    assert_eq!(owners("98%"), ["市营商环境服务中心", "市工商联"]);
}

/// Round 23 C: t129 and t130 as read at the end of the round (docs/extract.md, "Round 23 C"):
/// the misses and false proposals left are listed there; this holds the figures from dropping.
#[test]
fn t129_t130_read_no_worse() {
    let s = score(
        "tuning",
        "t129-city-12345-hotline-service-commitment-2028",
        Some("prose"),
        Mode::Asserted,
    );
    assert!(s.right >= 33, "t129: right {} of {}", s.right, s.expected);
    assert!(s.quoted_none.is_empty(), "t129: {:#?}", s.quoted_none);
    let s = score(
        "tuning",
        "t130-hightech-zone-investment-signing-news-release-2028",
        Some("prose"),
        Mode::Asserted,
    );
    assert!(s.right >= 16, "t130: right {} of {}", s.right, s.expected);
}

/// Round 24 C: a service time's bare 内 after its unit (`5个工作日内办结`, `在30分钟内到达现场`,
/// `1天内办结`) is a level at-most; a procedure's time after an event (`每季度结束后10个工作日内
/// 报送`) is no target; a wait in seconds (`不超过60秒`) is read, `15秒接通率` stays a name.
#[test]
fn a_service_time_within_is_an_at_most_level() {
    let text = "2028年服务承诺\n\n1．一般类诉求原则上5个工作日内办结。\n2．承办单位须在30分钟内到达现场。\n3．企业开办实现1天内办结。\n4．15秒接通率达到90%以上，排队等待时间不超过60秒。\n5．各单位于每季度结束后10个工作日内报送进展情况。\n";
    let ts = targets_of(text, "2028");
    assert_eq!(ts.len(), 5, "{:#?}", quotes(&ts));
    for (piece, unit, value) in [
        ("5个工作日内", "个工作日", 5),
        ("30分钟内", "分钟", 30),
        ("1天内", "天", 1),
        ("60秒", "秒", 60),
    ] {
        let t = with_quote(&ts, piece);
        assert_eq!(t["rule"].as_str(), Some("at-most"), "{piece}");
        assert_eq!(t["measure"].as_str(), Some("level"), "{piece}");
        assert_eq!(t["unit"].as_str(), Some(unit), "{piece}");
        assert_eq!(t["value"].as_integer(), Some(value), "{piece}");
    }
}

/// Round 24 C: a news report's aside telling of plans (`据了解，今年全市还将推进15件民生实事`)
/// opens no results section; one telling of results (`据了解，今年以来…`) still does.
#[test]
fn a_news_aside_telling_of_plans_holds_targets() {
    let text = "市政府召开新闻发布会\n\n记者从发布会上获悉，2026年全市12件民生实事已全部完成。据了解，今年全市还将推进15件民生实事，新增养老床位1500张。\n\n据了解，今年以来全市已组织开展促消费活动5场，发放消费券1200万元。\n";
    let ts = targets_of(text, "2027");
    assert_eq!(ts.len(), 1, "{:#?}", quotes(&ts));
    with_quote(&ts, "1500张");
}

/// Round 24 C: last year's results opened by a sentence (`去年以来，…`, `去年，…`) end with
/// their paragraph, as a news aside's do: a news release has no heading to end them.
#[test]
fn last_years_results_end_with_their_paragraph() {
    let text = "高新区举行招商推介会\n\n根据工作要点，高新区今年将引进项目不少于15个。去年以来，高新区已出台政策文件11个，兑现奖补资金2.86亿元。\n\n高新区今年还将举办专场招商活动6场以上。\n";
    let ts = targets_of(text, "2028");
    assert_eq!(ts.len(), 2, "{:#?}", quotes(&ts));
    with_quote(&ts, "15个");
    with_quote(&ts, "6场");
}

// Round 24 A: speeches of new kinds (a 动员大会 with spoken numbers; a 现场推进会 naming each
// department's tasks).

/// The score of the tuning passages t132–t133 (a county secretary's 动员大会 speech with spoken
/// numbers; a district head's 现场推进会 speech naming each department's tasks):
/// `cargo test --test extract_documents -- --ignored t132_t133_score --nocapture`
#[test]
#[ignore]
fn t132_t133_score() {
    score_names(
        "tuning",
        &[
            "t132-county-secretary-mobilisation-meeting-project-year-2029",
            "t133-district-head-onsite-promotion-meeting-urban-renewal-2028",
        ],
    );
}

/// Round 24 A: a speech's numbered heading naming 去年 and nothing to come heads a review of
/// last year: its figures, after a semicolon too, are results.
#[test]
fn a_heading_naming_last_year_heads_a_review() {
    let ts = drafted(
        "在全县动员大会上的讲话\n\n（2029年2月20日）\n\n一、先回头看看，去年我们干得怎么样\n\n去年这一年，大家很辛苦。全县签约项目87个，比前年多了将近三成；新开工项目56个，其中10亿元以上的5个；全年固定资产投资增长百分之九点二。\n\n二、今年的账\n\n全县固定资产投资要增长百分之十，力争百分之十二。\n",
    );
    let quotes: Vec<String> = ts
        .iter()
        .filter_map(|t| t.get("quote").and_then(|q| q.as_str()).map(String::from))
        .collect();
    assert_eq!(
        quotes,
        ["全县固定资产投资要增长百分之十，力争百分之十二"],
        "{ts:#?}"
    );
}

/// Round 24 A: a topic handed on with 也由…牵头 gives the units after 由 (not the topic); a
/// zone's 管委会 opening its clause owns its figures as a 局 does.
#[test]
fn units_after_a_topic_handed_on_and_a_zone_committee_own_their_figures() {
    let ts = drafted(
        "在全区现场推进会上的讲话\n\n2028年6月12日\n\n二、明确任务\n\n区住建局要在7月底前完成剩余34个小区的全部开工。加装电梯也由区住建局牵头，全年新增加装电梯120部，力争150部。\n\n桐溪经济开发区管委会要在9月底前建成标准厂房15万平方米。\n",
    );
    let owners = |piece: &str| {
        with_quote(&ts, piece)
            .get("owner")
            .map(|o| o.to_string())
            .unwrap_or_default()
    };
    assert_eq!(owners("电梯120部"), r#"["区住建局"]"#, "{ts:#?}");
    assert_eq!(
        owners("厂房15万平方米"),
        r#"["桐溪经济开发区管委会"]"#,
        "{ts:#?}"
    );
}

#[test]
fn t132_mobilisation_meeting_speech() {
    // Judgement calls (docs/extract.md, "Round 24 A"): spoken approximations (万把人, 两千来亩)
    // are not read; 办好两场 is no counted verb; 组建 / 招工 / 完成…6公里的建设 counts drafted
    // levels (annotated ytd); a task with no figure (排出来) is no milestone word; 负责的 N 个
    // 改造 … 全部完工 is not read; a per-township quota (各要, not annotated) and a 确保 floor
    // restating a goal are drafted, and so is 保证秋季开学投入使用 (the purpose of a task, read as
    // a milestone of its own).
    assert_agreed_split(
        "tuning",
        "t132-county-secretary-mobilisation-meeting-project-year-2029",
        "prose",
        &[
            "城镇新增就业要达到万把人",
            "县发改局要在3月底前把全年重点项目清单排出来",
            "县自然资源局要在4月15日前完成首批两千来亩建设用地的报批",
            "县商务局要牵头组建8支驻点招商小分队",
            "县住建局负责的城区18个老旧小区改造",
            "县人社局要在5月底前办好两场大型招聘会",
            "帮企业招工三千人以上",
            "县交通运输局要在8月底前完成园区连接线6公里的建设",
        ],
        &[
            "城关镇和临江镇这两个大镇各要6个以上",
            "确保不低于百分之六",
            "县自然资源局要在4月15日前完成首批两千来亩建设用地的报批",
            "县商务局要牵头组建8支驻点招商小分队",
            "帮企业招工三千人以上",
            "县交通运输局要在8月底前完成园区连接线6公里的建设",
            "保证秋季开学投入使用",
        ],
    );
}

#[test]
fn t133_onsite_promotion_meeting_speech() {
    // Judgement calls (docs/extract.md, "Round 24 A"): 惠及 N 户 is never proposed (as y3's
    // 涉及); 累计达到 drafted a level (annotated ytd); N 个 … 全部完工
    // a milestone (split over the sets); a year bound to a task with no figure does not reach
    // the next clause (round 19 D; annotated the other way here); owners read backward
    // (征收工作由…负责) or from 各街道 (no unit's ending); 全年要改造的80个小区 (the goal restated
    // as a topic) is drafted.
    assert_agreed_split(
        "tuning",
        "t133-district-head-onsite-promotion-meeting-urban-renewal-2028",
        "prose",
        &[
            "惠及居民2.6万户",
            "9月底前完工小区累计达到50个",
            "年底前80个小区全部完工",
            "区城管局要在8月15日前拆除违法建筑1.2万平方米",
            "今年要完成房屋征收1200户",
            "建成安置房4000套",
            "9月底前签约率要达到90%",
            "要在6月30日前完成剩余小区的居民意见征询",
            "消防设施完好率达到100%",
        ],
        &[
            "全年要改造的80个小区",
            "9月底前完工小区累计达到50个",
            "年底前80个小区全部完工",
            "今年要完成房屋征收1200户",
            "到2030年片区要完成整体改造",
            "建成安置房4000套",
            "9月底前签约率要达到90%",
            "要在6月30日前完成剩余小区的居民意见征询",
            "消防设施完好率达到100%",
        ],
    );
}

/// Round 24 A: what a speech says is still undone (`还有34个没有开工`) is a status, no goal.
#[test]
fn a_count_still_undone_is_a_status() {
    let ts = drafted(
        "在全区现场推进会上的讲话\n\n2028年6月12日\n\n二、明确任务\n\n全年要改造的小区，还有34个没有开工。区住建局要在7月底前完成剩余34个小区的全部开工。\n",
    );
    assert!(
        ts.iter()
            .all(|t| !t["quote"].as_str().unwrap().contains("没有开工")),
        "{ts:#?}"
    );
}

/// Round 24 A: a count done within the year (`今年要完成…50处`, `年内完成…300亩以上`) is the
/// year's flow, in any document.
#[test]
fn a_count_done_within_the_year_is_the_years_flow() {
    let ts = drafted(
        "在全区现场推进会上的讲话\n\n2028年6月12日\n\n二、明确任务\n\n区自然资源局要在8月底前完成规划调整，年内完成土地收储300亩以上。今年要完成历史建筑挂牌保护50处。\n",
    );
    assert_eq!(
        with_quote(&ts, "300亩")["measure"].as_str(),
        Some("ytd"),
        "{ts:#?}"
    );
    assert_eq!(
        with_quote(&ts, "50处")["measure"].as_str(),
        Some("ytd"),
        "{ts:#?}"
    );
}

/// Round 24 B: the score of the tuning passages t134–t135 (a journal paper's target table with
/// units after a slash, thousands separators and 万 / 亿 inside cells; an OCR'd 民生实事 task table
/// whose columns are separated by one full-width space, with 小计 / 合计 rows and a 备注 column).
/// `cargo test --test extract_documents -- --ignored t134_t135_score --nocapture`
#[test]
#[ignore]
fn t134_t135_score() {
    score_names(
        "tuning",
        &[
            "t134-city-15th-fyp-target-study-journal-table-slash-units",
            "t135-county-livelihood-projects-ocr-ideographic-space-columns-subtotals-2027",
        ],
    );
}

/// Round 24 B: a journal's or statistical publication's table writes the unit after the
/// indicator's name, behind a slash (`人均GDP/万元`, `森林覆盖率/%`, `年接待游客量/人次`): the
/// name is what comes before it, the unit the row's. A slash between words is no unit.
#[test]
fn a_unit_after_a_slash_is_the_rows_unit() {
    let text = "表2　青川市“十五五”时期主要指标目标值建议\n指标                      2025年     2030年     属性\n人均GDP/万元              9.8        12.9       预期性\n森林覆盖率/%              41.25      42.5       约束性\n居民人均可支配收入/元     52,860     70,500     预期性\n";
    let ts = targets_of(text, "2026");
    assert_eq!(ts.len(), 3, "{:#?}", quotes(&ts));
    let gdp = with_quote(&ts, "人均GDP/万元");
    assert_eq!(gdp["unit"].as_str(), Some("万元"));
    assert_eq!(gdp["value"].as_float(), Some(12.9));
    assert_eq!(gdp["name"]["zh"].as_str(), Some("人均GDP"));
    let forest = with_quote(&ts, "森林覆盖率/%");
    assert_eq!(forest["unit"].as_str(), Some("%"));
    let income = with_quote(&ts, "居民人均可支配收入/元");
    assert_eq!(income["unit"].as_str(), Some("元"));
    assert_eq!(income["value"].as_integer(), Some(70500));
}

/// Round 24 B: a table titled a report of results (`表1　…“十四五”时期主要指标完成情况`) whose
/// header names no goal column (two years of results and a rate) proposes nothing; a
/// progress table so titled with a 全年目标 column is still read (t36, t68).
#[test]
fn a_results_table_with_no_goal_column_proposes_nothing() {
    let text = "表1　青川市“十四五”时期主要指标完成情况\n指标                      2020年     2025年     年均增长/%\n地区生产总值/亿元          2,457      3,286      6.0\n人均GDP/万元               7.4        9.8        5.8\n资料来源：《青川统计年鉴2026》。\n";
    let ts = targets_of(text, "2026");
    assert!(ts.is_empty(), "{:#?}", quotes(&ts));
    let text = "表1　2027年上半年主要指标完成情况\n指标名称    单位    全年目标    1—6月完成    同比增长%\n能源投资    亿元    358    186.4    12.6\n";
    let ts = targets_of(text, "2027");
    assert_eq!(ts.len(), 1, "{:#?}", quotes(&ts));
}

/// Round 24 B: t134 and t135 as read at the end of the round (docs/extract.md, "Round 24 B"):
/// the misses left are listed there; this holds the figures from dropping.
#[test]
fn t134_t135_read_no_worse() {
    let s = score(
        "tuning",
        "t134-city-15th-fyp-target-study-journal-table-slash-units",
        Some("table"),
        Mode::Asserted,
    );
    assert!(s.right >= 17, "t134: right {} of {}", s.right, s.expected);
    let s = score(
        "tuning",
        "t135-county-livelihood-projects-ocr-ideographic-space-columns-subtotals-2027",
        Some("prose"),
        Mode::Asserted,
    );
    assert!(s.right >= 3, "t135: right {} of {}", s.right, s.expected);
}

/// Round 24 D: a timed task row counting firms above a size (`培育营收超百亿元企业5家`) due
/// after the text's year is how many stand by then (level); due in the text's own year it is
/// the year's flow (ytd).
#[test]
fn a_task_rows_size_class_count_due_later_is_a_level() {
    let text = "某省新型储能产业发展三年行动计划（2027—2029年）\n\n附件：重点任务分工表\n序号\t任务\t具体目标\t牵头单位\t配合单位\t完成时限\n1\t培育龙头骨干企业\t培育营收超百亿元企业5家\t省工业和信息化厅\t省国资委\t2029年12月底前\n2\t培育链主企业\t培育营业收入超10亿元企业3家\t省工业和信息化厅\t省商务厅\t2027年12月底前\n";
    let ts = targets_of(text, "2027");
    let later = with_quote(&ts, "超百亿元企业5家");
    assert_eq!(later["measure"].as_str(), Some("level"), "{ts:#?}");
    assert_eq!(later["deadline"].to_string(), "2029-12-31");
    let now = with_quote(&ts, "超10亿元企业3家");
    assert_eq!(now["measure"].as_str(), Some("ytd"), "{ts:#?}");
}

/// Seventeenth set, fixed after the run (A): a PDF copy of a plan report's appendix table
/// whose years stand on a line of their own above the column words (`2026年 2026年 2027年`
/// over `计划 预计完成 计划`) reads as one header: the last year's 计划 is the goal, 预计完成
/// and the earlier 计划 are not; a name wrapped onto the next line is joined.
#[test]
fn a_years_line_above_a_header_of_words_is_read_with_it() {
    let text = "某市2027年主要指标\n\n                                        2026年      2026年        2027年\n序号  指  标                  单位      计划        预计完成      计划        属性\n1     地区生产总值增长        %         6左右       6.1           5.5左右     预期性\n2     研发经费投入强度占地区  %         2.5         2.45          2.6         预期性\n      生产总值比重\n3     城镇新增就业            万人      3.5         3.8           3.6         预期性\n";
    let ts = targets_of(text, "2027");
    assert_eq!(ts.len(), 3, "{:#?}", quotes(&ts));
    let gdp = with_quote(&ts, "地区生产总值增长");
    assert_eq!(gdp["value"].as_float(), Some(5.5));
    assert_eq!(gdp["rule"].as_str(), Some("about"));
    let rd = with_quote(&ts, "研发经费投入强度");
    assert_eq!(rd["value"].as_float(), Some(2.6));
    assert_eq!(rd["measure"].as_str(), Some("level"));
    let jobs = with_quote(&ts, "城镇新增就业");
    assert_eq!(jobs["value"].as_float(), Some(3.6));
    assert_eq!(jobs["deadline"].to_string(), "2027-12-31");
}

/// Seventeenth set, fixed after the run (B): a project table laid out with spaces whose cells
/// wrap over two lines (`序号  项目名称  建设内容及规模  总投资 …`), read by no table reader, is
/// still a table: no 建设内容 cell becomes a prose target, and the prose after its note is
/// read as before.
#[test]
fn an_unread_project_table_with_a_scope_column_is_no_prose() {
    let text = "某市2027年重点项目年度投资计划\n    全年重点项目完成投资500亿元以上。\n\n                                         单位：万元\n序号  项目名称          建设内容及规模                总投资     年度计划投资  责任单位\n一、交通（节选）\n1     东环快速路        新建道路１２公里，设互通      ５２００００   ９００００      市交通局、\n      一期工程          立交３座                                                区政府\n2\t南湖医院新院区\t新建床位８００张\t３０００００\t６００００\t市卫健委\n注：表中均为计划数。\n";
    let ts = targets_of(text, "2027");
    let qs = quotes(&ts);
    assert!(
        !qs.iter().any(|q| q.contains("公里") || q.contains("床位")),
        "{qs:#?}"
    );
    assert!(qs.iter().any(|q| q.contains("500亿元")), "{qs:#?}");
}

/// Seventeenth set, fixer C: a concentration said aloud with 每 for the slash (`33微克每立方米
/// 以下`, `0.3毫克每升以下`) reads as the unit the tables write (微克/立方米, 毫克/升).
#[test]
fn a_spoken_concentration_unit_reads_as_its_written_form() {
    let text = "某县2027年政府工作要点\n\n今年，全县PM2.5浓度要控制在33微克每立方米以下，污水处理厂出水总磷浓度要控制在0.3毫克每升以下。\n";
    let ts = targets_of(text, "2027");
    let pm = with_quote(&ts, "33微克每立方米以下");
    assert_eq!(pm["unit"].as_str(), Some("微克/立方米"), "{ts:#?}");
    assert_eq!(pm["rule"].as_str(), Some("at-most"));
    assert_eq!(pm["value"].as_integer(), Some(33));
    let p = with_quote(&ts, "0.3毫克每升以下");
    assert_eq!(p["unit"].as_str(), Some("毫克/升"), "{ts:#?}");
    assert_eq!(p["value"].as_float(), Some(0.3));
}

/// Seventeenth set, fixer C: a year's income named 总收入 or 转化收入 (`全年旅游总收入达到110亿元`,
/// `科技成果转化收入达到12亿元`) is the year's flow (ytd), as 营业收入 is.
#[test]
fn a_total_or_transfer_income_is_a_years_flow() {
    let text = "某集团2027年工作报告\n\n2027年，集团科技成果转化收入达到12亿元，全年旅游总收入达到110亿元。\n";
    let ts = targets_of(text, "2027");
    let t = with_quote(&ts, "转化收入达到12亿元");
    assert_eq!(t["measure"].as_str(), Some("ytd"), "{ts:#?}");
    let t = with_quote(&ts, "总收入达到110亿元");
    assert_eq!(t["measure"].as_str(), Some("ytd"), "{ts:#?}");
}

/// Seventeenth set, fixed after the run, D: in a 保障措施 section a share or a rate with a
/// floor (`…比例不低于55%`, `…办结率保持在98%以上`) is a goal (annotated 5 of 5 over the sets);
/// a grant's share and a sanction's threshold there stay means.
#[test]
fn a_means_sections_share_with_a_floor_is_a_goal() {
    let text = "青川市“十五五”托育服务发展规划\n\n第四章  发展目标\n\n    到2030年，每千人口拥有3岁以下婴幼儿托位数达到4.5个。\n\n第五章  保障措施\n\n    一、强化资金保障。市、县两级体育彩票公益金用于支持托育服务的比例不低于30%。对符合条件的项目按照不超过实际投资额20%的比例给予补助。\n    二、加强考核督导。对年度目标完成率低于80%的县区进行约谈。\n";
    let ts = targets_of(text, "2026");
    let share = with_quote(&ts, "比例不低于30%");
    assert_eq!(share["measure"].as_str(), Some("level"), "{ts:#?}");
    assert_eq!(share["rule"].as_str(), Some("at-least"));
    assert_eq!(share["value"].as_integer(), Some(30));
    assert!(
        !quotes(&ts)
            .iter()
            .any(|q| q.contains("20%") || q.contains("80%")),
        "{:#?}",
        quotes(&ts)
    );
}

/// Seventeenth set, fixed after the run, D: 确保 with its subject before 不发生
/// (`确保托育机构不发生重大安全责任事故`) is a bottom line, assessed, as `确保不发生…` is.
#[test]
fn an_ensured_bottom_line_with_its_subject_is_assessed() {
    let text = "青川市托育服务发展规划（2026—2030年）\n\n    六、强化综合监管。开展托育服务领域安全隐患排查整治，确保托育机构不发生重大安全责任事故。\n";
    let ts = targets_of(text, "2026");
    let line = with_quote(&ts, "确保托育机构不发生重大安全责任事故");
    assert_eq!(line["measure"].as_str(), Some("assessed"), "{ts:#?}");
}

// Review 21 (docs/performance.md, "Review of rounds 23-24"): the findings fixed.

fn zh_names(ts: &[toml::Table]) -> Vec<String> {
    ts.iter()
        .map(|t| t["name"]["zh"].as_str().unwrap_or_default().to_string())
        .collect()
}

/// Review 21, finding 4: a numbered 专栏 entry's steps are named by its project, the serial
/// (`01　`, `（3）`) or bullet (`●`) dropped, as an unnumbered entry's are.
#[test]
fn a_numbered_box_entry_s_steps_carry_the_project_name() {
    let text = "2026年政府工作报告\n专栏1 重点工程项目\n01　市疾病预防控制中心迁建项目，2027年开工，2029年建成。\n●市中医院康复楼项目，2027年开工，2028年建成。\n（3）县体育馆工程，2027年开工，2028年建成。\n";
    let names = zh_names(&targets_of(text, "2026"));
    for n in [
        "市疾病预防控制中心迁建项目开工",
        "市疾病预防控制中心迁建项目建成",
        "市中医院康复楼项目开工",
        "县体育馆工程建成",
    ] {
        assert!(names.iter().any(|x| x == n), "{n}: {names:#?}");
    }
    assert!(
        !names.iter().any(|x| x == "开工" || x.starts_with('●')),
        "{names:#?}"
    );
}

/// Review 21, finding 5: the tail after a slash is a unit only when all of it is unit
/// material: `学生/教师人数` holds words, `人均GDP/万元"\` a quote and a backslash.
#[test]
fn a_slash_between_words_in_a_table_names_no_unit() {
    let text = "2026年工作要点\n| 指标 | 单位 | 2027年目标 |\n|---|---|---|\n| 人均GDP/万元 | | 12 |\n| 学生/教师人数 |  | 120 |\n| 城镇/农村人口 |  | 300 |\n";
    let ts = targets_of(text, "2026");
    assert_eq!(field_of(&ts, "人均GDP", "unit"), "万元", "{ts:#?}");
    for q in ["学生", "城镇"] {
        let unit = with_quote_opt(&ts, q).map(|t| field(t, "unit"));
        assert!(
            !unit
                .as_deref()
                .is_some_and(|u| u.contains("人数") || u.contains("人口")),
            "{q}: {ts:#?}"
        );
    }
}

/// Review 21, finding 6: 计划 as the noun of a result (`完成投资计划的105%`) does not make a
/// news aside one of plans: last year's figures after 据了解 stay results.
#[test]
fn a_news_aside_of_last_year_s_plan_completion_stays_results() {
    let text = "2026年全市重点项目推进会召开\n会议要求，今年全市新开工项目120个。\n据了解，去年全市重点项目完成投资计划的105%，新开工项目96个，竣工项目58个。\n";
    let ts = targets_of(text, "2026");
    assert_eq!(ts.len(), 1, "{:#?}", quotes(&ts));
    assert_eq!(ts[0]["value"].as_integer(), Some(120));
}

/// Review 21, finding 7: a results title must carry a table's label (表1, 附表); 代表 in
/// `人大代表建议办理完成情况` names none, so the table's goal years are read.
#[test]
fn a_title_holding_dai_biao_is_no_results_table() {
    let text = "2026年工作要点\n全市人大代表建议办理完成情况\n指标  单位  2026年  2027年\n森林覆盖率  %  45  46\n新建5G基站  个  1200  1500\n";
    let ts = targets_of(text, "2026");
    assert!(ts.len() >= 2, "{:#?}", quotes(&ts));
}

/// Review 21, finding 8: `三年内` / `五年内` / `2028年底前` before 完成 are spans of years or a
/// later year's end, not words of this year (`done_in_year` no longer reads them): the works
/// done over the window, ytd to its end, not within 2026.
#[test]
fn a_span_of_years_before_wancheng_is_not_done_in_the_year() {
    let text = "2026年政府工作报告\n今年主要预期目标是：三年内完成老旧小区改造520个。力争2028年底前完成农村公路改造300公里。五年内完成土地收储3000亩以上。\n";
    let ts = targets_of(text, "2026");
    for (q, end) in [
        ("三年内", "2028-12-31"),
        ("2028年底前", "2028-12-31"),
        ("五年内", "2030-12-31"),
    ] {
        assert_eq!(field_of(&ts, q, "measure"), "ytd", "{q}: {ts:#?}");
        assert_eq!(field_of(&ts, q, "deadline"), end, "{q}: {ts:#?}");
    }
}

// Round 25 D: table rows over all sets (docs/extract.md, "Round 25 D").

/// Round 25 D: a 民生实事 list whose goal cell is a bare figure under a 单位 column, beside a
/// 建设内容 column, with each row's date in its 备注 column (no 完成时限 column): the row is
/// quoted whole (its project's name with it), dated by its remark (`2027年8月底前投用`,
/// `6月底前完成主体工程`, `全年`), and a count in it is the year's work; a 小计 line under a
/// row whose 序号 is one digit is the group's sums, not the tail of the row's name.
#[test]
fn a_project_list_dated_in_its_remarks_column_quotes_and_dates_each_row() {
    let text = "安澜县2027年民生实事项目任务分解表\n序号　项目名称　建设内容　目标任务　单位　投资（万元）　牵头单位　配合单位　备注\n一　教育卫生\n1　公办幼儿园建设　新建、改扩建公办幼儿园　6　所　4,200　县教育局　县住建局　2027年8月底前投用\n7　危桥改造　改造农村公路危桥　１２　座　1,440　县交通运输局　县财政局　6月底前完成主体工程\n　小计　　　　5,640　　　\n10　职业技能培训　开展补贴性职业技能培训　3,500　人次　420　县人社局　县财政局　全年\n13　农村生活垃圾分类　行政村生活垃圾分类覆盖率　85　%　960　县城管局　各乡镇　2027年底前达到\n";
    let ts = targets_of(text, "2027");
    assert_eq!(ts.len(), 4, "{:#?}", quotes(&ts));
    for (q, end, measure) in [
        ("公办幼儿园建设", "2027-08-31", "ytd"),
        ("危桥改造", "2027-06-30", "ytd"),
        ("职业技能培训", "2027-12-31", "ytd"),
        ("农村生活垃圾分类", "2027-12-31", "level"),
    ] {
        assert_eq!(field_of(&ts, q, "deadline"), end, "{q}: {ts:#?}");
        assert_eq!(field_of(&ts, q, "measure"), measure, "{q}: {ts:#?}");
    }
    assert_eq!(field_of(&ts, "危桥改造", "value"), "12", "{ts:#?}");
    let names: Vec<String> = ts.iter().map(|t| field(t, "name")).collect();
    assert!(!names.iter().any(|n| n.contains("小计")), "{names:#?}");
    // (The remark is no part of the quote.)
    assert!(
        !ts.iter()
            .any(|t| t["quote"].as_str().unwrap().contains("投用")),
        "{:#?}",
        quotes(&ts)
    );
}

// Round 25 A: a county head's plenary speech (owners opening each paragraph, dated tasks,
// 每年…以上); a district's 政府工作报告 whose goals mix levels, ytd flows and growth.

/// The score of the tuning passages t136–t137 (a county head's speech at the county
/// government's plenary meeting; a district's 2027 政府工作报告), printed before any fix:
/// `cargo test --test extract_documents -- --ignored t136_t137_score --nocapture`
#[test]
#[ignore]
fn t136_t137_score() {
    score_names(
        "tuning",
        &[
            "t136-county-head-government-plenary-speech-owners-deadlines-2028",
            "t137-district-government-work-report-2027-goals-levels-flows-growth",
        ],
    );
}

/// Round 25 A: a unit taking on a field (`县科技局负责创新平台建设，…`) or leading partners
/// (`县城市管理局会同县住建局，…`) at a clause's head owns the figures after it in its sentence.
#[test]
fn a_unit_taking_on_a_field_or_leading_partners_owns_the_figures_after_it() {
    let ts = drafted(
        "在全县政府全体会议上的讲话\n\n（2028年2月6日）\n\n二、聚焦目标，狠抓落实\n\n（一）做强工业。县科技局负责创新平台建设，年内新认定高新技术企业12家。\n\n（二）城乡建设。县城市管理局会同县住建局，县城生活污水集中收集率达到75%。\n",
    );
    let owners = |piece: &str| {
        with_quote(&ts, piece)
            .get("owner")
            .map(|o| o.to_string())
            .unwrap_or_default()
    };
    assert_eq!(owners("企业12家"), r#"["县科技局"]"#, "{ts:#?}");
    assert_eq!(owners("收集率达到75%"), r#"["县城市管理局"]"#, "{ts:#?}");
    let told = drafted(
        "在全县政府全体会议上的讲话\n\n（2028年2月6日）\n\n二、聚焦目标\n\n县科技局负责人表示，年内新认定高新技术企业12家。\n",
    );
    assert!(told.iter().all(|t| t.get("owner").is_none()), "{told:#?}");
}

#[test]
fn t136_county_head_plenary_speech() {
    // Judgement calls (docs/extract.md, "Round 25 A", "Round 26 A"): a paragraph's owner is
    // carried only to its later sentences opening on a deadline (县教育局's seats, 县财政局's
    // 盘活 read with no owner or the wrong deadline; 各乡镇要… owns its sentence since round 29 B); 组建 is a milestone word since round 30 B; 供应…亩 and 上线…30项 are
    // drafted levels (annotated ytd), and so is 盘活…3亿元; a quota for every village is drafted
    // with no owner; the 县政府办's 分解 task is not read.
    assert_agreed_split(
        "tuning",
        "t136-county-head-government-plenary-speech-owners-deadlines-2028",
        "prose",
        &[
            "全年供应工业用地不少于1500亩",
            "新增公办学位1800个",
            "4月底前上线“一件事一次办”主题服务30项",
            "全年盘活存量资产不少于3亿元",
            "县政府办要在2月20日前把今年的目标任务分解到各部门",
        ],
        &[
            "全年供应工业用地不少于1500亩",
            "新增公办学位1800个",
            "全年盘活存量资产不少于3亿元",
        ],
    );
}

#[test]
fn t137_district_work_report_goals() {
    // Judgement calls (docs/extract.md, "Round 25 A"): a 2030 GDP figure drafted ytd (annotated
    // level); 惠及 N 户 never proposed; 出台…三年行动方案 no milestone (its 三年 read as a
    // figure); a plan's rate cited as a reason (年均增长6%左右, in `none`) and two goals with no
    // figure (基本同步, 完成市下达任务) are drafted; 化解…债务 is drafted a level (annotated ytd).
    let s = score(
        "tuning",
        "t137-district-government-work-report-2027-goals-levels-flows-growth",
        Some("prose"),
        Mode::Asserted,
    );
    let missed = [
        "到2030年全区地区生产总值要突破550亿元",
        "惠及居民1.1万户",
        "3月底前出台优化营商环境三年行动方案",
        "全年化解政府债务不低于8亿元",
    ];
    assert!(
        s.missed
            .iter()
            .all(|x| missed.iter().any(|j| x.starts_with(j))),
        "{:#?}",
        s.missed
    );
    assert_eq!(s.right + missed.len(), s.expected, "{:#?}", s.missed);
    assert_eq!(s.false_props.len(), 5, "{:#?}", s.false_props);
    assert_eq!(s.quoted_none, ["年均增长6%左右"]);
}

/// The score of the tuning passages t138–t139 (a key-projects investment plan table copied from a
/// PDF as space-aligned text with wrapped cells; a web page's tables copied one cell per line):
/// `cargo test --test extract_documents -- --ignored t138_t139_score --nocapture`
#[test]
#[ignore]
fn t138_t139_score() {
    score_names(
        "tuning",
        &[
            "t138-district-key-projects-investment-plan-pdf-space-aligned-wrapped-cells-2028",
            "t139-city-ecology-bureau-annual-targets-web-cell-per-line-2028",
        ],
    );
}

/// Round 25 B: a key-projects investment plan copied from a PDF at runs of spaces. The
/// `单位：亿元` line above the header gives the bare figures their unit (`sheet_unit`); the
/// header wrapped onto a second line (`2028年` over `计划投资`, `header_wrap`) names the
/// year's goal column; `累计完成投资` is the work done to date, no window nor a table of
/// results; each project's planned investment is the year's work (ytd), quoted from its name;
/// the category row's sums and the 合计 row are no targets (`subtotal`).
#[test]
fn a_pdf_investment_plan_table_reads_each_projects_planned_investment() {
    let text = [
        "沅桥区2028年区级重点建设项目投资计划表",
        "                                                        单位：亿元",
        " 序号   项目名称           建设内容及规模             总投资   累计完成投资     2028年     建设起止   责任单位",
        "                                                               （截至2027年底）  计划投资   年限",
        " 一、产业项目（2个）                                    34.7       13.3           11.5",
        "  1     沅桥智能装备产业园  新建标准厂房32万平方米    28.5        9.2            8.0     2026-2029   区工信局",
        "        一期工程           及研发中心",
        "  2     沅桥冷链物流中心   新建冷库库容12万吨          6.2        4.1            3.5     2026-2028   区商务局",
        "        合  计                                          34.7       13.3           11.5",
    ]
    .join("\n");
    let ts = targets_of(&text, "2028");
    let qs = quotes(&ts);
    assert_eq!(ts.len(), 2, "{qs:#?}");
    assert_eq!(field_of(&ts, "沅桥智能装备产业园", "value"), "8");
    assert_eq!(field_of(&ts, "沅桥智能装备产业园", "unit"), "亿元");
    assert_eq!(field_of(&ts, "沅桥智能装备产业园", "measure"), "ytd");
    assert_eq!(field_of(&ts, "沅桥冷链物流中心", "value"), "3.5");
    for sum in ["34.7", "13.3", "11.5", "32万平方米"] {
        assert!(qs.iter().all(|q| !q.contains(sum)), "{sum}: {qs:#?}");
    }
}

/// Round 25 B: `2027年度计划投资` is the year's goal column (heldout17a/j1's header): the
/// rows are read, ytd, in the unit of the line above the header.
#[test]
fn a_year_plan_investment_column_is_the_goal() {
    let text = [
        "2027年省重点建设项目年度投资计划表",
        "单位：万元",
        "序号  项目名称                 建设内容及规模         总投资     2027年度计划投资   建设起止年限   责任单位",
        "1     淮州港北港区集装箱码头   新建5万吨级泊位4个     980000     210000             2026—2028     淮州市政府",
    ]
    .join("\n");
    let ts = targets_of(&text, "2027");
    assert_eq!(ts.len(), 1, "{:#?}", quotes(&ts));
    assert_eq!(field_of(&ts, "淮州港", "value"), "210000");
    assert_eq!(field_of(&ts, "淮州港", "unit"), "万元");
    assert_eq!(field_of(&ts, "淮州港", "measure"), "ytd");
}

/// Round 25 B: t138's table (docs/extract.md, "Round 25 B: key-projects investment plans"):
/// ten of its thirteen rows as annotated. Left: rows 6 and 9, whose 序号 and figures sit on
/// the middle of their lines (the name's first piece above them is not joined), and row 4's
/// 责任单位 wrapped into the 年限 column (`沅桥高新区` / `管委会`).
#[test]
fn t138_table_rows_are_read() {
    let text = std::fs::read_to_string(
        "tests/data/extract/documents/tuning/t138-district-key-projects-investment-plan-pdf-space-aligned-wrapped-cells-2028.txt",
    )
    .unwrap();
    let ts = targets_of(&text, "2028");
    for (name, value, owner) in [
        ("沅桥智能装备产业园", "8", "区工信局"),
        ("新能源电池隔膜", "6.8", "区投资促进局"),
        ("沅桥冷链物流中心", "3.5", "区商务局"),
        ("沅桥数据中心二期", "3", "区数据局"),
        ("城区雨污分流改造", "3.6", "区水务局"),
        ("沅桥220千伏输变电", "2.8", "国网沅桥供电公司"),
        ("沅桥实验学校新建", "3.9", "区教育局"),
        ("保障性租赁住房（沅溪苑）", "4", "区住建局"),
        ("区养老服务中心", "1.5", "区民政局"),
        ("沅桥城际铁路站前", "0.5", "区发改委"),
    ] {
        assert_eq!(field_of(&ts, name, "value"), value, "{name}");
        assert_eq!(field_of(&ts, name, "unit"), "亿元", "{name}");
        assert_eq!(field_of(&ts, name, "measure"), "ytd", "{name}");
        assert!(field_of(&ts, name, "owner").contains(owner), "{name}");
    }
    let qs = quotes(&ts);
    for sum in ["74.7", "184.0", "40.0", "东沅湖"] {
        assert!(qs.iter().all(|q| !q.contains(sum)), "{sum}: {qs:#?}");
    }
}

// Round 25 C: prose in company and news text (a state-owned group's annual operating report;
// a county media centre's release quoting officials, 他说，去年…；今年要…).

/// The score of the tuning passages t140–t141 (a state-owned group's 年度经营工作报告 with
/// 确保…力争… goals, share-of-year goals and past results worded like targets; a news release
/// quoting officials' last-year results and this year's goals):
/// `cargo test --test extract_documents -- --ignored t140_t141_score --nocapture`
#[test]
#[ignore]
fn t140_t141_score() {
    score_names(
        "tuning",
        &[
            "t140-state-group-annual-operating-report-2029",
            "t141-county-news-release-officials-quoted-2029",
        ],
    );
}

/// Round 25 C: an official's words quoted in a news release (a quotation holding marks between
/// clauses) are read as any others: their goals are goals. A quoted name (no clause mark
/// inside) stays a name.
#[test]
fn a_quotation_of_speech_holds_goals() {
    let text = "枫岭县召开2029年经济工作会议\n\n蒋怀远强调，今年要牢牢扭住项目这个“牛鼻子”，“全年新开工亿元以上项目不少于60个，其中10亿元以上项目8个以上。”韦嘉禾说：“今年我们要新培育规上工业企业30家以上，高新技术企业总数突破120家。”\n";
    let ts = targets_of(text, "2029");
    let qs = quotes(&ts);
    for piece in ["不少于60个", "8个以上", "30家以上", "突破120家"] {
        assert!(qs.iter().any(|q| q.contains(piece)), "{piece}: {qs:#?}");
    }
    let named = "今年要全面推行“一网通办”，推动“15分钟便民生活圈”全覆盖。\n";
    let ts = targets_of(named, "2029");
    assert!(
        ts.iter()
            .all(|t| t.get("value").and_then(|v| v.as_integer()) != Some(15)),
        "{ts:#?}"
    );
}

/// Round 25 C: a clause dated last year dates the clauses after it in the same sentence, until
/// one looks forward (`去年全县新建改扩建学校6所，新增学位4800个。` holds no goal).
#[test]
fn last_year_dates_the_clauses_after_it() {
    let text = "枫岭县召开2029年经济工作会议\n\n县教育局局长冯婉清说，去年全县新建改扩建学校6所，新增学位4800个。据了解，去年全县新增规上工业企业26家，高新技术企业总数达到98家。今年计划新建改扩建学校8所，新增学位5000个以上。\n";
    let ts = targets_of(text, "2029");
    let qs = quotes(&ts);
    assert!(
        !qs.iter().any(|q| q.contains("4800") || q.contains("98家")),
        "{qs:#?}"
    );
    assert!(qs.iter().any(|q| q.contains("5000个以上")), "{qs:#?}");
}

/// Round 25 C: a share of the year's goal set for a part of the year (`…完成全年目标的20%以上`,
/// 力争 / 确保 before it) is a goal; a bare share is progress reported.
#[test]
fn a_share_of_the_years_goal_with_a_floor_is_a_goal() {
    let text = "2029年主要经营目标\n\n一季度营业收入完成全年目标的20%以上。\n";
    let ts = targets_of(text, "2029");
    let share = with_quote(&ts, "全年目标的20%以上");
    assert_eq!(share["measure"].as_str(), Some("level"), "{ts:#?}");
    assert_eq!(share["rule"].as_str(), Some("at-least"), "{ts:#?}");
    let text = "2029年上半年经营情况\n\n1—6月营业收入完成全年目标的49.1%。\n";
    let ts = targets_of(text, "2029");
    assert!(ts.is_empty(), "{ts:#?}");
}

/// Round 25 C: a company department opening a clause (`法务部要…`, `信息中心要…`) owns the
/// figures of its sentence, as a place-named bureau does; 干部 is no department.
#[test]
fn a_company_department_owns_its_tasks() {
    let text = "2029年重点工作\n\n法务部要在3月底前完成合规管理体系建设方案，全年合同法律审核率保持100%。信息中心要加快建设一体化管控平台，全年数字化投入不低于1.2亿元。领导干部要带头，全年开展调研不少于20次。\n";
    let ts = targets_of(text, "2029");
    let owner = |piece: &str| {
        with_quote(&ts, piece)
            .get("owner")
            .map(|o| o.to_string())
            .unwrap_or_default()
    };
    assert!(owner("审核率").contains("法务部"), "{ts:#?}");
    assert!(owner("1.2亿元").contains("信息中心"), "{ts:#?}");
    assert!(!owner("20次").contains("干部"), "{ts:#?}");
}

/// Round 25 C: t140 and t141 as read at the end of the round (docs/extract.md, "Round 25 C"):
/// the misses left are listed there; this holds the figures from dropping.
#[test]
fn t140_t141_read_no_worse() {
    let s = score(
        "tuning",
        "t140-state-group-annual-operating-report-2029",
        Some("prose"),
        Mode::Asserted,
    );
    assert!(s.right >= 37, "t140: right {} of {}", s.right, s.expected);
    let s = score(
        "tuning",
        "t141-county-news-release-officials-quoted-2029",
        Some("prose"),
        Mode::Asserted,
    );
    assert!(s.right >= 38, "t141: right {} of {}", s.right, s.expected);
}

/// Round 25 E: a 专栏 entry numbered `3.` names its project on a later dated step (one list
/// number rule, `clauses::after_list_number`; the project reader took `3.` for a decimal and
/// named the step alone).
#[test]
fn a_box_entry_numbered_with_a_dot_names_its_project() {
    let text = "澜江省储能产业三年行动方案（2026—2028年）\n专栏1  产业链重点项目\n    2. 江北正极材料产业园：2027年底前一期工程投产，形成年产10万吨磷酸铁锂正极材料能力。\n    3. 沙河钠离子电池中试线：力争2028年6月底前建成投用。\n";
    let ts = targets_of(text, "2026");
    let t = with_quote(&ts, "建成投用");
    assert_eq!(
        t["name"]["zh"].as_str(),
        Some("沙河钠离子电池中试线建成投用"),
        "{ts:#?}"
    );
}

// ---- Round 26 D: new genres (a provincial 生态环境厅's pollution-control plan with a city table;
// a listed company's ESG report with window and safety goals) ----

/// The score of the tuning passages t142–t143, annotated before any run:
/// `cargo test --test extract_documents -- --ignored t142_t143_score --nocapture`
#[test]
#[ignore]
fn t142_t143_score() {
    score_names(
        "tuning",
        &[
            "t142-province-ecology-dept-pollution-control-plan-city-table-2028",
            "t143-listed-company-esg-report-goals-window-safety-2027",
        ],
    );
}

/// Round 26 D: a goal table with a 目标年 column (each row's deadline) and a fall written in
/// the goal cell (`较基准年下降15%`: growth -15 over the window, the change from the base
/// year); the progress column is no goal (an ESG report's 关键绩效目标及进展, t143).
#[test]
fn a_goal_year_column_dates_each_row_and_a_fall_in_the_goal_cell_is_a_fall() {
    let text = "关键绩效目标\n\n指标                      基准年    目标年    目标值              2027年进展\n单位产品新鲜水耗          2025年    2030年    较基准年下降15%     较基准年下降6.2%\n可再生能源电力使用比例    —         2030年    ≥50%                31%\n员工人均培训时长（小时）  —         2028年    ≥40                 36.5\n";
    let ts = targets_of(text, "2027");
    assert_eq!(ts.len(), 3, "{:#?}", quotes(&ts));
    assert_eq!(field_of(&ts, "新鲜水耗", "measure"), "growth", "{ts:#?}");
    assert_eq!(field_of(&ts, "新鲜水耗", "value"), "-15", "{ts:#?}");
    assert_eq!(field_of(&ts, "新鲜水耗", "rule"), "at-most", "{ts:#?}");
    assert_eq!(
        field_of(&ts, "新鲜水耗", "aggregate"),
        "cumulative",
        "{ts:#?}"
    );
    assert_eq!(
        field_of(&ts, "新鲜水耗", "deadline"),
        "2030-12-31",
        "{ts:#?}"
    );
    assert_eq!(field_of(&ts, "可再生能源", "value"), "50", "{ts:#?}");
    assert_eq!(
        field_of(&ts, "培训时长", "deadline"),
        "2028-12-31",
        "{ts:#?}"
    );
    assert_eq!(field_of(&ts, "培训时长", "value"), "40", "{ts:#?}");
}

/// Round 26 D: a table of places whose header names PM2.5 (a figure that is part of a name)
/// is read; a concentration with no sign is a level ceiling (t142).
#[test]
fn a_place_table_headed_pm25_reads_each_concentration_as_a_ceiling() {
    let text = "2028年各市环境质量改善目标\n\n地区        PM2.5浓度（微克/立方米）    优良天数比率（%）\n全省        29.5                        88\n临沅市      33                          83.5\n白鹭市      31                          85\n";
    let ts = targets_of(text, "2028");
    assert_eq!(ts.len(), 6, "{:#?}", quotes(&ts));
    assert_eq!(field_of(&ts, "临沅市PM2.5", "measure"), "level", "{ts:#?}");
    assert_eq!(field_of(&ts, "临沅市PM2.5", "rule"), "at-most", "{ts:#?}");
    assert_eq!(field_of(&ts, "临沅市PM2.5", "value"), "33", "{ts:#?}");
    assert_eq!(field_of(&ts, "临沅市优良", "rule"), "at-least", "{ts:#?}");
}

/// Round 26 D: a prose goal closed by its class mark takes that class; 减排量 and 招聘 are
/// flows of the year (ytd).
#[test]
fn a_class_mark_after_a_prose_goal_gives_its_class_and_cuts_and_hires_are_flows() {
    let text = "2028年主要目标：全省PM2.5平均浓度控制在29.5微克/立方米以下（约束性），城镇调查失业率控制在5.5%以内（预期性）。\n2028年，化学需氧量重点工程减排量达到1.2万吨。2028年，公司计划招聘应届毕业生不少于600人。\n";
    let ts = targets_of(text, "2028");
    assert_eq!(field_of(&ts, "29.5微克", "class"), "binding", "{ts:#?}");
    assert_eq!(field_of(&ts, "5.5%以内", "class"), "expected", "{ts:#?}");
    assert_eq!(field_of(&ts, "减排量", "measure"), "ytd", "{ts:#?}");
    assert_eq!(field_of(&ts, "招聘", "measure"), "ytd", "{ts:#?}");
}

#[test]
fn t142_t143_tables() {
    assert_agreed_in(
        "tuning",
        "t142-province-ecology-dept-pollution-control-plan-city-table-2028",
        "table",
        &[],
    );
    // A rate with no unit (百万工时损失工时事故率 ≤0.1) cannot be drafted (`progress validate`
    // asks a unit of every target with a rule): left out, named in the draft.
    assert_agreed_in(
        "tuning",
        "t143-listed-company-esg-report-goals-window-safety-2027",
        "table",
        &["百万工时损失工时事故率"],
    );
}

/// Round 26 D: a 分别 group whose head word (减排量) follows its last name: every member a
/// flow of the year.
#[test]
fn a_group_of_cuts_named_once_after_its_last_name_is_every_members_flow() {
    let text = "2028年，化学需氧量、氨氮重点工程减排量分别达到1.2万吨、0.06万吨。\n";
    let ts = targets_of(text, "2028");
    assert_eq!(ts.len(), 2, "{:#?}", quotes(&ts));
    for t in &ts {
        assert_eq!(field(t, "measure"), "ytd", "{ts:#?}");
    }
}

#[test]
fn t142_province_ecology_plan_prose() {
    // Judgement calls the rules decide the other way (docs/extract.md, "Round 26 D"):
    // 保持为零 (a zero in words), 累计…达到2800万吨 (annotated a level; drafted ytd, the clauses
    // with 累计…达到 split 9 to 5), a figure-less bottom line in 保障措施 (dropped with the means),
    // a 备案 deadline (split: t97 left it out).
    assert_agreed_in(
        "tuning",
        "t142-province-ecology-dept-pollution-control-plan-city-table-2028",
        "prose",
        &[
            "劣Ⅴ类水体断面比例保持为零",
            "全省累计完成超低排放改造的钢铁产能达到2800万吨",
            "确保全年不发生重大及以上突发环境事件",
            "各市要于3月15日前将本地区年度工作方案报省生态环境厅备案",
        ],
    );
}

/// Round 26 A: a unit opening a paragraph (`县工信局要…`) owns the later sentences of the
/// paragraph that open on their task's deadline (`5月底前建成…`), not a later sentence of
/// another kind (`上半年开工项目不少于30个，这是硬指标`).
#[test]
fn a_paragraph_unit_owns_its_later_dated_tasks() {
    let text = "2028年重点工作\n\n县工信局要紧盯企业培育，今年规上工业增加值增长8%。5月底前建成经济开发区标准厂房二期，9月底前完成16家企业智能化改造诊断。\n\n县自然资源局要在4月15日前完成首批项目用地报批。上半年开工项目不少于30个，这是硬指标。\n";
    let ts = targets_of(text, "2028");
    let owner = |piece: &str| {
        with_quote(&ts, piece)
            .get("owner")
            .map(|o| o.to_string())
            .unwrap_or_default()
    };
    assert!(owner("标准厂房二期").contains("县工信局"), "{ts:#?}");
    assert!(owner("16家").contains("县工信局"), "{ts:#?}");
    assert!(!owner("30个").contains("县自然资源局"), "{ts:#?}");
}

/// Round 26 A: `秋季学期前` dates a task by 31 August, as `秋季开学前` does; an organised mass
/// start (`组织…集中开工`) is a milestone, a count of projects started is not one.
#[test]
fn autumn_term_and_an_organised_mass_start() {
    let text = "2027年重点工作\n\n今年要办好民生实事。秋季学期前投用区第三实验学校。3月底前组织首批重点项目集中开工。三季度末前集中开工一批重点项目。\n";
    let ts = targets_of(text, "2027");
    let school = with_quote(&ts, "秋季学期前投用");
    assert_eq!(school["measure"].as_str(), Some("milestone"), "{ts:#?}");
    assert_eq!(school["deadline"].to_string(), "2027-08-31", "{ts:#?}");
    let start = with_quote(&ts, "组织首批重点项目集中开工");
    assert_eq!(start["measure"].as_str(), Some("milestone"), "{ts:#?}");
    assert!(
        !ts.iter().any(|t| t["quote"]
            .as_str()
            .is_some_and(|q| q.contains("一批重点项目"))),
        "{ts:#?}"
    );
}

/// Round 26 C: a box a news release appends under a bracketed label and a past year's title
/// (`【相关链接】2028年…主要数据`) is a results section: its figures are last year's, no
/// goals.
#[test]
fn a_bracketed_box_titled_with_a_past_year_holds_results() {
    let text = "枫岭县召开2029年经济工作会议\n　　会议要求，今年全县地区生产总值增长6%左右。\n\n【相关链接】2028年枫岭县经济社会发展主要数据\n地区生产总值412.6亿元，增长6.8%；固定资产投资增长9.3%；一般公共预算收入26.3亿元。\n";
    let ts = targets_of(text, "2029");
    with_quote(&ts, "增长6%左右");
    for past in ["6.8%", "9.3%", "26.3亿元"] {
        assert!(
            ts.iter()
                .all(|t| !t["quote"].as_str().unwrap().contains(past)),
            "{past}: {ts:#?}"
        );
    }
}

/// Round 26 C: a quote cut inside an official's quoted words drops the quotation mark left
/// unpaired at its ends; a pair inside it stays.
#[test]
fn a_quote_drops_unpaired_quotation_marks_at_its_ends() {
    let text = "　　他要求，县发改局牵头建立重大项目“一月一调度”机制，“上半年重点项目开工率要达到70%，三季度末投资完成率达到75%以上”。政务服务事项“一网通办”率达到98%。\n";
    let ts = targets_of(text, "2029");
    for t in &ts {
        let q = t["quote"].as_str().unwrap();
        assert!(
            !q.starts_with(['“', '”']) && !q.ends_with('”'),
            "{q}: {ts:#?}"
        );
    }
    with_quote(&ts, "“一网通办”率");
}

/// Round 26 B: a project's row printed centred on its wrapped name (the name's head alone on
/// the line above the row's 序号, its tail below: t138's row 9, `区人民医院` over `9  新院区（二期）
/// …` over `建设工程`) is one row quoted by its whole name (`space_wrap::headed_row`).
#[test]
fn a_project_row_centred_on_its_wrapped_name_is_read_whole() {
    let s = score(
        "tuning",
        "t138-district-key-projects-investment-plan-pdf-space-aligned-wrapped-cells-2028",
        Some("table"),
        Mode::Asserted,
    );
    assert!(s.right >= 11, "t138: right {} of {}", s.right, s.expected);
}

/// Eighteenth set, fixed after the run (B): a project's performance-goal form (`一级指标
/// 二级指标  三级指标  指标值`) is read as a table, its `指标值` the goal column, whether the
/// titles are parted by runs of spaces or by single spaces above tab-separated rows; a cell
/// that is a deadline alone (`2026年9月30日前`) is a milestone done by that date, a `通过`
/// cell a milestone done.
#[test]
fn a_performance_goal_form_is_read_by_its_value_column() {
    let text = "（三）项目支出绩效目标表\n\n一级指标    二级指标      三级指标                      指标值\n产出指标    数量指标      接入平台单位数量              ≥210家\n                          业务培训人员                  ≥600人次\n            质量指标      数据安全测评                  通过\n            时效指标      平台迁移完成时间              2026年9月30日前\n            成本指标      运维成本                      ≤95万元\n满意度指标  服务对象满意  使用单位满意度                ≥92%\n";
    let ts = targets_of(text, "2026");
    let units = with_quote(&ts, "≥210家");
    assert_eq!(units["measure"].as_str(), Some("level"), "{units:#?}");
    assert_eq!(units["value"].as_integer(), Some(210), "{units:#?}");
    assert!(
        !units["quote"].as_str().unwrap().contains("培训"),
        "{units:#?}"
    );
    let trainees = with_quote(&ts, "业务培训人员");
    assert_eq!(trainees["value"].as_integer(), Some(600), "{trainees:#?}");
    let check = with_quote(&ts, "数据安全测评");
    assert_eq!(check["measure"].as_str(), Some("milestone"), "{check:#?}");
    let dated = with_quote(&ts, "平台迁移完成时间");
    assert_eq!(dated["measure"].as_str(), Some("milestone"), "{dated:#?}");
    assert_eq!(
        dated["deadline"].as_datetime().map(|d| d.to_string()),
        Some("2026-09-30".into()),
        "{dated:#?}"
    );
    let sat = with_quote(&ts, "使用单位满意度");
    assert_eq!(sat["value"].as_integer(), Some(92), "{sat:#?}");

    let text = "（三）项目支出绩效目标表\n\n一级指标 二级指标 三级指标 指标值\n产出指标\t数量指标\t抽查项目数量\t≥40个\n\t质量指标\t报告合格率\t100%\n\t时效指标\t报告报送时间\t2026年10月31日前\n满意度指标\t服务对象满意度指标\t被抽查单位满意度\t≥88%\n";
    let ts = targets_of(text, "2026");
    for piece in [
        "抽查项目数量",
        "报告合格率",
        "报告报送时间",
        "被抽查单位满意度",
    ] {
        with_quote(&ts, piece);
    }
    assert_eq!(ts.len(), 4, "{ts:#?}");
    let dated = with_quote(&ts, "报告报送时间");
    assert_eq!(dated["measure"].as_str(), Some("milestone"), "{dated:#?}");
}

/// Eighteenth set, fixed after the run (A): a result verb with the perfective 了 (`改厕完成了
/// 1260户`, `…全部达标了`) reports a thing done; no annotated target's clause holds a 了.
#[test]
fn a_result_verb_with_perfective_le_is_reported() {
    let text = "　　说到危房改造，全乡完成了320户，年底一看，12个村全部达标了。今年全乡要新建污水处理站3个，改造农村公路40公里以上。\n";
    let ts = targets_of(text, "2027");
    with_quote(&ts, "新建污水处理站3个");
    with_quote(&ts, "40公里以上");
    for past in ["320户", "12个村"] {
        assert!(
            ts.iter()
                .all(|t| !t["quote"].as_str().unwrap().contains(past)),
            "{past}: {ts:#?}"
        );
    }
}

/// Round 27 A: the clauses after a result verb with 了 in the same sentence report results
/// too (`…全部达标了，其中超过50万元的村有4个`, `改厕完成了1260户，…处理率保持在100%`); over every
/// annotated set no target's clause follows such a 了 in its sentence, 28 `none` pieces do.
#[test]
fn clauses_after_a_result_with_le_are_reported() {
    let text = "　　村集体经济这块，年底一统计，18个村全部达标了，其中超过50万元的村有4个。人居环境整治，改厕完成了900户，全乡垃圾无害化处理率保持在100%。\n　　今年全乡要新建污水处理站3个，垃圾无害化处理率保持在100%。\n";
    let ts = targets_of(text, "2027");
    with_quote(&ts, "新建污水处理站3个");
    with_quote(&ts, "垃圾无害化处理率保持在100%");
    assert_eq!(
        ts.iter()
            .filter(|t| t["quote"].as_str().unwrap().contains("保持在100%"))
            .count(),
        1,
        "{ts:#?}"
    );
    assert!(
        ts.iter()
            .all(|t| !t["quote"].as_str().unwrap().contains("村有4个")),
        "{ts:#?}"
    );
}

/// Round 27 A: works started by a date after their start rate was staged (`一季度…开工率达到
/// 40%，…，9月底前全部开工`), or before a rate of their completion (`…220个，6月底前全部开工，
/// 11月底前完工率达到90%以上`), are a milestone of their own, as after a count.
#[test]
fn all_started_by_a_date_after_a_start_rate_is_a_milestone() {
    let text = "　　一季度重点项目开工率达到40%，6月底前开工率达到80%，9月底前全部开工。今年全市计划改造老旧小区220个，6月底前全部开工，11月底前完工率达到90%以上。\n";
    let ts = targets_of(text, "2027");
    let started = with_quote(&ts, "9月底前全部开工");
    assert_eq!(started["measure"].as_str(), Some("milestone"), "{ts:#?}");
    assert_eq!(started["deadline"].to_string(), "2027-09-30", "{ts:#?}");
    let june = ts
        .iter()
        .find(|t| t["quote"].as_str() == Some("6月底前全部开工"))
        .unwrap_or_else(|| panic!("{ts:#?}"));
    assert_eq!(june["deadline"].to_string(), "2027-06-30", "{ts:#?}");
}

/// Round 27 A: a dated step naming no works after a dated step of named works is the next step
/// of those works (`…产业园一期3月底前完成土地摘牌，6月底前开工建设`, `6月底前二期标准厂房开工建设，
/// 年底前主体完工`): a milestone by its own date.
#[test]
fn a_bare_dated_step_after_a_dated_step_continues_its_works() {
    let text =
        "　　青岚智能装备产业园一期3月底前完成土地摘牌，6月底前开工建设，12月底前主体结构封顶。\n";
    let ts = targets_of(text, "2027");
    let started = ts
        .iter()
        .find(|t| {
            t["quote"]
                .as_str()
                .is_some_and(|q| q.ends_with("6月底前开工建设"))
        })
        .unwrap_or_else(|| panic!("{ts:#?}"));
    assert_eq!(started["measure"].as_str(), Some("milestone"), "{ts:#?}");
    assert_eq!(started["deadline"].to_string(), "2027-06-30", "{ts:#?}");
}

/// Round 28 A: a spoken dated task naming only its verb (`必须点火`, `一定要修通`) takes its
/// object from the clause before; not after a count (`新建8000亩，6月底前必须完工`) nor an
/// owner's clause.
#[test]
fn a_spoken_dated_task_takes_its_object_from_the_clause_before() {
    let text = "　　第一，华南基地一定要投产。年产120万吨的一号线，3月底前必须点火。后山组的通组路，开春就动工，5月底前一定要修通。\n";
    let ts = targets_of(text, "2029");
    for (piece, date) in [
        ("3月底前必须点火", "2029-03-31"),
        ("5月底前一定要修通", "2029-05-31"),
    ] {
        let t = ts
            .iter()
            .find(|t| t["quote"].as_str().is_some_and(|q| q.ends_with(piece)))
            .unwrap_or_else(|| panic!("{piece}: {ts:#?}"));
        assert_eq!(t["measure"].as_str(), Some("milestone"), "{ts:#?}");
        assert_eq!(t["deadline"].to_string(), date, "{ts:#?}");
    }
}

/// Eighteenth set, fixed after the run (A): 近三年来 opens a report of results, as 三年来 does.
#[test]
fn a_sentence_opened_by_jin_san_nian_lai_reports_results() {
    let text = "　　近三年来，我市累计新开公交线路52条，全市公交线路达到286条。今年我市将新开公交线路8条。\n";
    let ts = targets_of(text, "2027");
    with_quote(&ts, "新开公交线路8条");
    for past in ["52条", "286条"] {
        assert!(
            ts.iter()
                .all(|t| !t["quote"].as_str().unwrap().contains(past)),
            "{past}: {ts:#?}"
        );
    }
}

/// Round 18 fix C: a year's goals labelled in a sentence of their own (`（一）2027年目标。`)
/// are due by that year, not the plan's last one; the next label (`（二）2029年目标。`) takes
/// over (`goal_label`).
#[test]
fn a_year_goal_label_dates_its_paragraph() {
    let text = "青峦市优化营商环境三年行动计划（2027—2029年）\n\n二、总体目标\n    （一）2027年目标。政务服务事项一网通办率达到92%以上；企业开办时间压缩至0.5个工作日以内；全年新增经营主体4.5万户以上。\n    （二）2029年目标。政务服务事项一网通办率达到98%以上；企业开办全程网办率达到100%。\n";
    let ts = targets_of(text, "2027");
    for piece in ["92%以上", "0.5个工作日"] {
        let t = with_quote(&ts, piece);
        assert_eq!(t["deadline"].to_string(), "2027-12-31", "{piece}: {ts:#?}");
    }
    for piece in ["98%以上", "100%"] {
        let t = with_quote(&ts, piece);
        assert_eq!(t["deadline"].to_string(), "2029-12-31", "{piece}: {ts:#?}");
    }
}

/// Eighteenth set, fixed after the run (D): a first half of the year not yet over dates a task
/// with no figure as `9月底前` does (`上半年出台…实施办法`: a milestone by 30 June); a count
/// by the first half stays a count.
#[test]
fn a_task_due_in_the_first_half_is_a_milestone_by_june() {
    let text = "东湖区2027年重点工作安排\n\n    一、重点任务\n    （一）深化人才改革。上半年出台高技能人才职业技能等级认定实施办法；9月底前建成市级技能人才公共服务平台。\n    （二）抓好项目建设。上半年开工项目不少于30个。上半年主要指标要完成全年目标的一半左右。\n";
    let ts = targets_of(text, "2027");
    let rule = with_quote(&ts, "上半年出台高技能人才职业技能等级认定实施办法");
    assert_eq!(rule["measure"].as_str(), Some("milestone"), "{ts:#?}");
    assert_eq!(rule["deadline"].to_string(), "2027-06-30", "{ts:#?}");
    let count = with_quote(&ts, "上半年开工项目不少于30个");
    assert_ne!(count["measure"].as_str(), Some("milestone"), "{ts:#?}");
    assert!(
        !ts.iter().any(|t| t["quote"]
            .as_str()
            .is_some_and(|q| q.contains("全年目标的一半"))),
        "{ts:#?}"
    );
}

/// Review 22, finding 2: a region's part (`中西部`), a town's centre (`市中心`) or a club
/// (`干部俱乐部`) opening a clause before 要 is no department owning its figures; a
/// department still is.
#[test]
fn a_place_or_a_club_before_yao_is_no_department() {
    let text = "2026年重点工作\n\n中西部要在2026年新增就业岗位1万个。市中心要在年底前建成口袋公园5个。干部俱乐部要在年底前发展会员300人。城市中心要在年底前新增停车位800个。法务部要在3月底前完成合规管理体系建设方案，全年合同法律审核率保持100%。\n";
    let ts = targets_of(text, "2026");
    let owner = |piece: &str| {
        with_quote(&ts, piece)
            .get("owner")
            .map(|o| o.to_string())
            .unwrap_or_default()
    };
    for (piece, place) in [
        ("1万个", "中西部"),
        ("5个", "市中心"),
        ("300人", "俱乐部"),
        ("800个", "城市中心"),
    ] {
        assert!(!owner(piece).contains(place), "{piece}: {ts:#?}");
    }
    assert!(owner("审核率").contains("法务部"), "{ts:#?}");
}

/// Review 22, finding 4: a class mark in ASCII brackets names its class as a full-width one
/// does, either class (`(约束性)`, `(预期性)`).
#[test]
fn a_class_mark_in_ascii_brackets_names_either_class() {
    let text = "2028年主要目标：全省PM2.5平均浓度控制在29.5微克/立方米以下(预期性)，优良天数比率达到88%以上(约束性)。\n";
    let ts = targets_of(text, "2028");
    assert_eq!(field_of(&ts, "29.5微克", "class"), "expected", "{ts:#?}");
    assert_eq!(field_of(&ts, "88%", "class"), "binding", "{ts:#?}");
}

/// A window spelled with 累计 right after it (`五年累计…`) sums what is done over those years,
/// whatever the verb, rule or money: the plan period's flow (`ytd`), annotated 60 to 2 over
/// all sets. A rate (`累计下降18%`) stays a growth; a running total with no years spelled
/// (`到2030年累计建成…`) is not touched.
#[test]
fn a_spelled_window_with_leiji_sums_its_years() {
    let text = "某市十五五科技创新规划（2026—2030年）\n\n    二、发展目标\n    到2030年，五年累计到账科研经费达到60亿元以上，五年累计获省级以上科技奖励12项以上，成果转化合同金额五年累计超过8亿元；单位地区生产总值能耗五年累计下降13.5%。\n";
    let ts = targets_of(text, "2026");
    for piece in ["60亿元", "12项", "8亿元"] {
        let t = with_quote(&ts, piece);
        assert_eq!(t["measure"].as_str(), Some("ytd"), "{piece}: {ts:#?}");
    }
    let rate = with_quote(&ts, "13.5%");
    assert_eq!(rate["measure"].as_str(), Some("growth"), "{ts:#?}");
}

// ---- Round 27 B: owners handed in a speech's words; a village committee's report read aloud and
// a group chairman's new-year mobilisation speech (t147, t148) ----

/// The score of the tuning passages t147–t148, annotated before any run (docs/extract.md,
/// "Round 27 B"): `cargo test --test extract_documents -- --ignored t147_t148_score --nocapture`
#[test]
#[ignore]
fn t147_t148_score() {
    score_names(
        "tuning",
        &[
            "t147-village-committee-report-read-to-representatives-2029",
            "t148-company-chairman-new-year-mobilisation-speech-2029",
        ],
    );
}

/// Round 27 B: a speaker hands the work just spoken of (`这个事情，由…牵头，…配合，…`): the
/// paragraph's figures before it take those units, the speaker's remarks after them are read
/// on; the speaker is the byline's title (`我亲自包抓`), the partners kept in the order said; a
/// 第一责任人 and a sentence of units and verbs alone (`市场营销部牵头，各子公司配合。`) hand so too.
#[test]
fn a_speaker_hands_the_work_before_to_units_officers_and_the_speaker() {
    let ts = targets_of(
        "镇党委书记  周立新\n2027年2月20日\n同志们：\n    今年全镇签约项目要达到25个以上，到位资金要突破11亿元。这个事情，由镇招商办牵头，经发办、各村配合，任务已经分解到人头上。\n    鑫达新材料扩产项目，9月底前要建成投产。这个项目，我亲自包抓，镇长配合，经发办具体负责。\n    新增省外市场不少于3个，新增战略客户20家以上。市场营销部牵头，各子公司配合。\n    调处成功率要达到98%以上。村治保主任是安全稳定的第一责任人。\n",
        "2027",
    );
    let owners = |piece: &str| owner_at(&ts, piece);
    for piece in ["签约项目要达到25个以上", "到位资金要突破11亿元"] {
        assert_eq!(
            owners(piece),
            r#"["镇招商办", "经发办", "各村"]"#,
            "{piece}"
        );
    }
    assert_eq!(
        owners("9月底前要建成投产"),
        r#"["镇党委书记", "镇长", "经发办"]"#
    );
    for piece in ["省外市场不少于3个", "战略客户20家以上"] {
        assert_eq!(owners(piece), r#"["市场营销部", "各子公司"]"#, "{piece}");
    }
    assert_eq!(owners("调处成功率要达到98%以上"), r#"["村治保主任"]"#);
}

/// Round 27 B: a sentence drafting nothing that opens with units and their verbs, then a
/// remark (`安全环保部负责，各子公司配合，每个月…检查一次。`), closes the work said before it.
#[test]
fn units_opening_a_sentence_with_no_figure_own_the_paragraph_before() {
    let ts = targets_of(
        "安全生产，今年隐患整改率要达到100%。安全环保部负责，各子公司配合，每个月都要组织全覆盖检查。
",
        "2027",
    );
    assert_eq!(
        owner_at(&ts, "隐患整改率要达到100%"),
        r#"["安全环保部", "各子公司"]"#
    );
}

/// The owners of the proposal quoting `piece`, as TOML writes them.
fn owner_at(ts: &[toml::Table], piece: &str) -> String {
    with_quote(ts, piece)["owner"].to_string()
}

/// Round 27 B: clauses naming units one after another are one handing (`由财务部牵头，法务部、
/// 各子公司配合，…`), and one pointing back (`这个由经发办牵头抓`) or closing the sentence owns
/// its figures before it; two units each doing a task of its own (`市生态环境局要…；市交通运输局
/// 年内…`) stay apart.
#[test]
fn owner_clauses_in_a_row_are_one_handing_and_a_closing_one_owns_what_came_before() {
    let ts = targets_of(
        "今年要打一场清欠攻坚战，由财务部牵头，法务部、各子公司配合，全年回收不少于8亿元。\n新增规上工业企业不少于3家，这个由经发办牵头抓。\n今年要新建党群服务中心2个，由组织办负责，财政所保障资金。\n市生态环境局要在5月底前完成排查整治；市交通运输局年内淘汰营运柴油货车1500辆。\n",
        "2027",
    );
    let owners = |piece: &str| owner_at(&ts, piece);
    assert_eq!(
        owners("全年回收不少于8亿元"),
        r#"["财务部", "法务部", "各子公司"]"#
    );
    assert_eq!(owners("新增规上工业企业不少于3家"), r#"["经发办"]"#);
    assert_eq!(owners("新建党群服务中心2个"), r#"["组织办", "财政所"]"#);
    assert_eq!(owners("柴油货车1500辆"), r#"["市交通运输局"]"#);
}

// ---- Round 27 D: new genres (a city's 十件民生实事 notice; a province's 河湖长制 工作要点 with an
// assessment table; a 市场监管局's 双随机 spot-check plan; a county's 乡村振兴 task list) ----

/// The score of the tuning passages t153–t156, annotated before any run:
/// `cargo test --test extract_documents -- --ignored t153_t156_score --nocapture`
#[test]
#[ignore]
fn t153_t156_score() {
    score_names(
        "tuning",
        &[
            "t153-city-ten-livelihood-projects-notice-owner-deadline-lines-table-2029",
            "t154-province-river-lake-chief-annual-work-plan-assessment-table-2029",
            "t155-city-market-regulation-double-random-spot-check-plan-task-table-2029",
            "t156-county-rural-revitalization-annual-plan-task-list-2029",
        ],
    );
}

/// Round 27 D: an item's 完成时限 line with a remark in brackets (`2029年8月底前（秋季开学前…）`)
/// or a clause after a comma (`…12月底前，其中…6月底前完成5000个`) is still the item's field,
/// and a 责任单位 line marking its lead (`市教育局（牵头），…`) names the item's owners: the next
/// item's lines no longer date and own this one's figures. A date years before the text's
/// (`开工改造2000年底前建成的老旧小区`) describes the houses: no deadline.
#[test]
fn item_field_lines_with_a_remark_a_clause_or_a_lead_mark_close_their_item() {
    let text = "青崖市人民政府关于实施2029年民生实事的通知\n\n　　二、2029年民生实事\n　　（一）扩大优质教育供给。新增学位9000个以上。\n　　责任单位：市教育局（牵头），市发展改革委\n　　完成时限：2029年8月底前（秋季开学前投入使用）\n\n　　（二）推进城镇老旧小区改造。开工改造2000年底前建成的老旧小区120个。\n　　责任单位：市住房城乡建设局\n　　完成时限：2029年11月底前\n\n　　（三）改善城市交通出行。新增公共停车泊位8000个。\n　　责任单位：市交通运输局（牵头），市公安局交警支队\n　　完成时限：2029年12月底前，其中新增公共停车泊位6月底前完成5000个\n\n　　（四）保障城乡饮水安全。完成农村供水工程提质改造项目45处。\n　　责任单位：市水利局\n　　完成时限：2029年10月底前\n\n青崖市人民政府\n2029年1月26日\n";
    let ts = targets_of(text, "2029");
    let check = |piece: &str, owner: &str, due: &str| {
        let t = with_quote(&ts, piece);
        assert_eq!(t["owner"][0].as_str(), Some(owner), "{piece}: {ts:#?}");
        assert_eq!(t["deadline"].to_string(), due, "{piece}: {ts:#?}");
    };
    check("9000个", "市教育局", "2029-08-31");
    check("120个", "市住房城乡建设局", "2029-11-30");
    check("8000个", "市交通运输局", "2029-12-31");
    check("5000个", "市交通运输局", "2029-06-30");
    check("45处", "市水利局", "2029-10-31");
}

/// Round 27 D: a project list headed `项目名称  主要指标  目标值` names each row by its indicator
/// (with the unit in its brackets), not by the project (t153).
#[test]
fn a_main_indicator_column_after_a_project_name_names_the_row() {
    let text = "2029年民生实事项目清单\n\n序号  项目名称              主要指标                        目标值   责任单位                完成时限\n1     扩大优质教育供给      新增中小学和幼儿园学位（个）    9000     市教育局                2029年8月\n2     提升养老服务能力      新增家庭养老床位（张）          1500     市民政局                2029年12月\n";
    let ts = targets_of(text, "2029");
    let t = with_quote(&ts, "9000");
    assert_eq!(t["unit"].as_str(), Some("个"), "{ts:#?}");
    assert_eq!(t["owner"][0].as_str(), Some("市教育局"), "{ts:#?}");
    assert_eq!(t["deadline"].to_string(), "2029-08-31", "{ts:#?}");
    assert_eq!(
        with_quote(&ts, "1500")["unit"].as_str(),
        Some("张"),
        "{ts:#?}"
    );
}

#[test]
fn t153_t156_tables() {
    assert_agreed_in(
        "tuning",
        "t153-city-ten-livelihood-projects-notice-owner-deadline-lines-table-2029",
        "table",
        &[],
    );
    // A check plan's task table (`抽查事项  抽查比例  实施时间  实施机构`), read since round 29 A2.
    assert_agreed_in(
        "tuning",
        "t155-city-market-regulation-double-random-spot-check-plan-task-table-2029",
        "table",
        &[],
    );
    // 左右 in a table cell (at-least with a tolerance), a 稳定在…以上 stock (ytd), a share of
    // villages above a threshold: judgement calls the rules decide the other way
    // (docs/extract.md, "Round 27 D"; the 牵头单位 parted by one space is read since round 28 D).
    assert_agreed_in(
        "tuning",
        "t156-county-rural-revitalization-annual-plan-task-list-2029",
        "table",
        &["生猪稳产保供", "脱贫劳动力就业", "村级集体经济"],
    );
}

// ---- Round 29 D: new genres (a province's 医疗保障 work points with a 主要指标 table; a city's
// 招商引资 task notice with a per-county table; a transport bureau's 重点项目 plan table) ----

/// The score of the tuning passages t157–t159, annotated before any run:
/// `cargo test --test extract_documents -- --ignored t157_t159_score --nocapture`
#[test]
#[ignore]
fn t157_t159_score() {
    score_names(
        "tuning",
        &[
            "t157-province-medical-security-annual-work-points-main-indicators-table-2030",
            "t158-city-investment-promotion-task-assignment-county-decomposition-table-2030",
            "t159-city-transport-bureau-key-projects-annual-plan-table-2030",
        ],
    );
}

// ---- Round 30 D: new genres (a city's 城市更新 / 老旧小区改造 plan with a per-district task table; a
// province's 高新技术企业 three-year plan with one goal column per year; a township's 目标管理考核 scheme
// with a scoring table) ----

/// The score of the tuning passages t160–t162, annotated before any run:
/// `cargo test --test extract_documents -- --ignored t160_t162_score --nocapture`
#[test]
#[ignore]
fn t160_t162_score() {
    score_names(
        "tuning",
        &[
            "t160-city-urban-renewal-old-community-renovation-annual-plan-district-table-2030",
            "t161-province-high-tech-enterprise-cultivation-three-year-action-plan-year-columns-2028-2030",
            "t162-township-annual-target-management-assessment-scheme-scoring-table-2030",
        ],
    );
}

/// Round 29 D: a table of units whose first header cell lists its kinds of unit in brackets
/// (`县（市、区）`) and whose column picks out a class by a bound (`其中10亿元以上（个）`) is read
/// cell by cell, each row's place owning its cells (t158).
#[test]
fn a_listed_corner_and_a_bounded_class_column_open_a_table_of_units() {
    let text = "2030年各县（市、区）招商引资目标任务分解表\n\n县（市、区）    签约亿元以上项目（个）  其中10亿元以上（个）  实际到位市外资金（亿元）\n全市            200                     25                    1100\n青阳区          36                      5                     210\n东坪区          32                      4                     190\n";
    let ts = targets_of(text, "2030");
    assert_eq!(ts.len(), 9, "{ts:#?}");
    let t = with_quote(&ts, "青阳区其中10亿元以上");
    assert_eq!(t["owner"][0].as_str(), Some("青阳区"), "{ts:#?}");
    assert_eq!(t["value"].as_integer(), Some(5), "{ts:#?}");
    assert!(
        with_quote(&ts, "全市实际到位市外资金")
            .get("owner")
            .is_none()
    );
}

/// Round 29 D: a department's work points close each task with the divisions in charge
/// (`（责任处室：待遇保障处、省医保信息中心）`): the first is the owner.
#[test]
fn a_note_of_divisions_names_the_owner() {
    let text = "2030年全省医疗保障工作要点\n\n　　（一）巩固提升全民参保。年内新增灵活就业人员参保8万人。（责任处室：待遇保障处、省医保信息中心）\n　　（二）深化医保支付方式改革。开展试点的县（市、区）不少于20个。（牵头处室：医药服务管理处；配合处室：基金监管处）\n";
    let ts = targets_of(text, "2030");
    assert_eq!(
        with_quote(&ts, "8万人")["owner"][0].as_str(),
        Some("待遇保障处"),
        "{ts:#?}"
    );
    assert_eq!(
        with_quote(&ts, "20个")["owner"][0].as_str(),
        Some("医药服务管理处"),
        "{ts:#?}"
    );
}

/// Round 29 D: a note of units whose unit's name holds brackets (`（责任单位：各县（市、区）
/// 交通运输局，…）`) is read whole, its lead unit owning the paragraph's goals (t159).
#[test]
fn a_note_naming_a_unit_with_brackets_names_the_owner() {
    let text = "2030年工作计划\n\n　　（三）推进农村路。新改建农村公路500公里，农村公路优良中等路率达到87%以上。（责任单位：各县（市、区）交通运输局，局农村公路科指导）\n　　（四）完善港口。全市港口货物吞吐量达到6800万吨。（责任单位：市港航事业发展中心）\n";
    let ts = targets_of(text, "2030");
    for piece in ["500公里", "87%"] {
        assert_eq!(
            with_quote(&ts, piece)["owner"][0].as_str(),
            Some("各县（市、区）交通运输局"),
            "{ts:#?}"
        );
    }
}

#[test]
fn t157_t158_agreed() {
    // Judgement calls the rules decide the other way (docs/extract.md, "Round 29 D"): a cover
    // letter's filing duty; 追回…不少于3亿元 drafted a level (twice); (the 四个全覆盖 milestone is
    // right since round 31 C: a count of the things listed is no figure); a second figure after 、 (`…500个以上、医用耗材累计达到40类以上`) left out; a
    // goal restated in a later paragraph drafted once; 调整项目不少于100项 drafted a level.
    assert_agreed_in(
        "tuning",
        "t157-province-medical-security-annual-work-points-main-indicators-table-2030",
        "prose",
        &[
            "将本地区年度工作安排报省局规划财务和法规处",
            "全年追回违法违规使用医保基金不少于3亿元",
            "全年追回违法违规使用医保基金不少于3亿元",
            "医用耗材累计达到40类以上",
            "住院费用跨省直接结算率提高到75%以上",
            "调整项目不少于100项",
        ],
    );
    // A cumulative count and an enrolment (stocks) drafted as the year's flows.
    assert_agreed_in(
        "tuning",
        "t157-province-medical-security-annual-work-points-main-indicators-table-2030",
        "table",
        &["省级集采药品品种数（累计）", "长期护理保险参保人数"],
    );
    assert_agreed_in(
        "tuning",
        "t158-city-investment-promotion-task-assignment-county-decomposition-table-2030",
        "table",
        &[],
    );
}

/// Round 29 A2: a check plan's task table names each row by its 抽查事项, takes its 抽查比例
/// as the goal, its 实施机构 as the owner and the last month of its 实施时间 span (`3-6月`) as
/// the deadline.
#[test]
fn a_check_plan_task_table_is_read() {
    let text = "附件\n\n2029年度抽查任务表\n\n序号\t抽查事项\t抽查对象\t抽查比例\t实施时间\t实施机构\n1\t乳品企业监督检查\t乳品企业\t12%\t3-6月\t食品科\n2\t锅炉使用单位检查\t锅炉使用单位\t6%\t全年\t特种设备科\n";
    let ts = targets_of(text, "2029");
    let t = with_quote(&ts, "12%");
    assert_eq!(t["value"].as_integer(), Some(12), "{ts:#?}");
    assert_eq!(t["owner"][0].as_str(), Some("食品科"), "{ts:#?}");
    assert_eq!(t["deadline"].to_string(), "2029-06-30", "{ts:#?}");
    let t = with_quote(&ts, "6%");
    assert_eq!(t["owner"][0].as_str(), Some("特种设备科"), "{ts:#?}");
    assert_eq!(t["deadline"].to_string(), "2029-12-31", "{ts:#?}");
}

#[test]
fn t154_river_lake_chief_plan_prose() {
    // Judgement calls the rules decide the other way (docs/extract.md, "Round 27 D"): a cover
    // letter's filing duty, a date opening a sentence carried past its semicolon (twice), a
    // river class (`2000平方公里以上流域面积河流`) read as a figure (`85分以上` in prose is read
    // since round 28 D).
    assert_agreed_in(
        "tuning",
        "t154-province-river-lake-chief-annual-work-plan-assessment-table-2029",
        "prose",
        &[
            "将本地区年度工作计划报省河长办备案",
            "市级协作机制覆盖率达到100%",
            "流域面积河流管理范围划定成果复核",
            "基层河湖长电子巡河率达到95%以上",
        ],
    );
}

// ---- Round 29 C: a ± band, an editor's mark after an owner note, 至少 before a count ----

/// A band written after a figure (`60%±2%`, `15%左右（±2个百分点）`) is the text's own
/// tolerance: `about` the figure, `tolerance` the band, whatever the verb (a floor's 达到 …左右
/// stays two-sided when the band is given). An editor's mark after the owner note
/// (`（负责：国际业务部）【修订：原为20%】`) leaves the note the line's owners.
#[test]
fn a_band_after_a_figure_is_about_with_the_band_as_tolerance() {
    let ts = targets_of(
        "2027年工作目标\n    缠绕纤维体积含量稳定在60%±2%。\n    KR5：海外收入占比达到15%左右（±2个百分点）。（负责：国际业务部）【修订：原为20%】\n    KR6：销售费用率不超过28%。（负责：财务部）\n",
        "2027",
    );
    let fibre = with_quote(&ts, "60%±2%");
    assert_eq!(fibre["rule"].as_str(), Some("about"), "{fibre:#?}");
    assert_eq!(fibre["tolerance"].as_integer(), Some(2), "{fibre:#?}");
    let share = with_quote(&ts, "15%左右");
    assert_eq!(share["rule"].as_str(), Some("about"), "{share:#?}");
    assert_eq!(share["tolerance"].as_integer(), Some(2), "{share:#?}");
    assert_eq!(share["owner"][0].as_str(), Some("国际业务部"), "{share:#?}");
    // The band is no figure of its own.
    assert_eq!(ts.len(), 3, "{ts:#?}");
}

/// 至少 right before a count in one year (`拿回来至少一条有价值的线索`) is a floor on the
/// things got in the year: `ytd` at-least.
#[test]
fn at_least_before_a_count_is_the_years_floor() {
    let ts = targets_of(
        "2027年工作安排\n    一季度，每个班子成员至少要外出招商两次，拿回来至少一条有价值的线索。\n",
        "2027",
    );
    let lead = with_quote(&ts, "至少一条");
    assert_eq!(lead["rule"].as_str(), Some("at-least"), "{lead:#?}");
    assert_eq!(lead["measure"].as_str(), Some("ytd"), "{lead:#?}");
    assert_eq!(lead["value"].as_integer(), Some(1), "{lead:#?}");
}

// ---- Round 29 C2: a plan document's budget ----

/// A plan document's budget (`方案计划总投资1.04亿元`) and its funding split after 其中 (`其中中央和
/// 省级补助资金6240万元、县级配套资金4160万元`) describe what was approved: no goal. A list's own
/// total with no document named (`共安排民生实事项目13件，计划总投资42.3亿元`) stays a goal.
#[test]
fn a_plan_documents_budget_and_its_funding_split_are_no_goal() {
    let ts = targets_of(
        "2027年会议纪要\n    会议原则同意《2027年高标准农田建设实施方案》。方案计划总投资1.04亿元，其中中央和省级补助资金6240万元、县级配套资金4160万元。今年新建高标准农田2.6万亩。\n    2027年，共安排民生实事项目13件，计划总投资42.3亿元。\n",
        "2027",
    );
    for q in ["1.04亿元", "6240万元", "4160万元"] {
        assert!(
            !ts.iter()
                .any(|t| t["quote"].as_str().is_some_and(|s| s.contains(q))),
            "{q}: {ts:#?}"
        );
    }
    with_quote(&ts, "2.6万亩");
    with_quote(&ts, "42.3亿元");
}

/// Twentieth set, fixed after the run (B): an incentive plan's 业绩考核 table dates each row by
/// its 考核年度 cell, merged over the rows under it; the plan's terms (a procedure's period, a
/// price per share, a cap complied with, a share described, a span of months) are no goals.
#[test]
fn an_incentive_plans_assessment_years_and_its_terms() {
    let ts = targets_of(
        "甲乙科技股份有限公司2031年股票激励计划（草案）\n一、本计划拟授予的股票数量为300.00万股，约占公司股本总额的2.50%。\n二、任何一名激励对象获授的股票累计未超过公司股本总额的1%。\n三、授予价格为每股9.80元。\n四、公示期不少于10天。本计划有效期最长不超过48个月，预留对象在审议通过后12个月内确定。\n五、公司到2033年营业收入突破20亿元。\n\n解除限售期      考核年度   考核指标                          目标值（Am）   触发值（An）\n第一个解除      2031年     营业收入增长率（A）                  ≥20%          ≥15%\n限售期                     净利润增长率（B）                    ≥18%          ≥12%\n第二个解除      2032年     营业收入增长率（A）                  ≥45%          ≥32%\n限售期                     净利润增长率（B）                    ≥40%          ≥28%\n",
        "2031",
    );
    for q in ["2.50%", "1%", "9.80元", "10天", "48个月", "12个月"] {
        assert!(
            !ts.iter()
                .any(|t| t["quote"].as_str().is_some_and(|s| s.ends_with(q))),
            "{q}: {ts:#?}"
        );
    }
    with_quote(&ts, "20亿元");
    let due = |v: i64| {
        ts.iter()
            .find(|t| t.get("value").and_then(|x| x.as_integer()) == Some(v))
            .map(|t| t["deadline"].to_string())
            .unwrap_or_else(|| panic!("no {v}: {ts:#?}"))
    };
    assert!(due(18).starts_with("2031-12-31"), "{ts:#?}");
    assert!(due(45).starts_with("2032-12-31"), "{ts:#?}");
    assert!(due(40).starts_with("2032-12-31"), "{ts:#?}");
}

/// Round 30 D: a three-year plan's 分年度目标 label each year with a motto (`2028年：夯实基础。`):
/// the year dates the rest of its paragraph, as `（一）2027年目标。` does (t161).
#[test]
fn a_years_label_with_a_motto_dates_its_paragraph() {
    let text = "嵩南省高新技术企业培育三年行动计划（2028—2030年）\n\n　　三、分年度目标\n　　2028年：夯实基础。全省高新技术企业数量达到9300家以上。\n　　2029年：提质扩量。全省高新技术企业数量达到10600家左右。\n　　2030年：跨越提升。全省高新技术企业数量突破12000家。\n";
    let ts = targets_of(text, "2028");
    for (piece, due) in [
        ("9300家", "2028-12-31"),
        ("10600家", "2029-12-31"),
        ("12000家", "2030-12-31"),
    ] {
        assert_eq!(
            with_quote(&ts, piece)["deadline"].to_string(),
            due,
            "{ts:#?}"
        );
    }
}

/// Round 30 D: a unit's name before a colon (`镇财政所：…。镇自然资源所：…`) owns the tasks of
/// its sentence (t162).
#[test]
fn a_units_name_before_a_colon_owns_its_sentence() {
    let text = "柘岭镇2030年度目标管理考核实施方案\n\n　　（六）站所专项任务。镇财政所：一般公共预算收入完成1.2亿元，同比增长5%。镇自然资源所：新增违法用地整改到位率100%，9月底前完成全镇国土变更调查。\n";
    let ts = targets_of(text, "2030");
    for (piece, owner) in [
        ("1.2亿元", "镇财政所"),
        ("增长5%", "镇财政所"),
        ("到位率100%", "镇自然资源所"),
        ("国土变更调查", "镇自然资源所"),
    ] {
        assert_eq!(
            with_quote(&ts, piece)["owner"][0].as_str(),
            Some(owner),
            "{ts:#?}"
        );
    }
}

/// Round 30 D: a table of units may carry 开工时间 / 完工时间 columns of months among its
/// indicators, under a one-character corner (`区`): the 完工时间 month is the deadline of its
/// row's figures (t160).
#[test]
fn a_table_of_units_with_month_columns_is_dated_by_its_completion_month() {
    let text = "附件\n\n澜江市2030年老旧小区改造任务分解表\n\n区            改造小区数（个）   户数（户）   开工时间      完工时间\n全市合计      185                46280        2030年4月     2030年12月\n滨江区        38                 9650         2030年4月     2030年10月\n鼓楼区        42                 11320        2030年5月     2030年11月\n";
    let ts = targets_of(text, "2030");
    assert_eq!(ts.len(), 6, "{ts:#?}");
    let t = with_quote(&ts, "滨江区户数");
    assert_eq!(t["value"].as_integer(), Some(9650), "{ts:#?}");
    assert_eq!(t["owner"][0].as_str(), Some("滨江区"), "{ts:#?}");
    assert_eq!(t["deadline"].to_string(), "2030-10-31", "{ts:#?}");
    assert_eq!(
        with_quote(&ts, "鼓楼区改造小区数")["deadline"].to_string(),
        "2030-11-30"
    );
    assert!(with_quote(&ts, "全市合计户数").get("owner").is_none());
}

#[test]
fn t160_t162_agreed() {
    assert_agreed_in(
        "tuning",
        "t160-city-urban-renewal-old-community-renovation-annual-plan-district-table-2030",
        "table",
        &[],
    );
}

/// Round 30 D: each dated step of a sentence is its own task with its own deadline. A step
/// naming its own thing keeps its own quote (`6月底前出台…细则，年底前建成…培育库`); a step
/// naming nothing but its verb after a dated step (`…6月底前开工建设，年底前建成投用`) is the
/// works' next step, not the deadline of the item's count (heldout18b l3, heldout19b ab1); a
/// deadline after the count alone still dates the count (`新增学位2700个，8月底前投入使用`).
#[test]
fn each_dated_step_of_a_sentence_is_its_own_task() {
    let text = "2027年工作安排\n\n　　6月底前出台高新技术企业认定奖励实施细则，年底前建成省市县三级高企培育库。今年计划新建公交首末站6座，其中北港首末站、南湖新城首末站6月底前开工建设，年底前建成投用；新建改造候车亭300个以上。全年新增学位2700个，8月底前投入使用。\n";
    let ts = targets_of(text, "2027");
    let t = with_quote(&ts, "培育库");
    assert!(
        t["quote"].as_str().unwrap().starts_with("年底前建成"),
        "{ts:#?}"
    );
    assert_eq!(t["deadline"].to_string(), "2027-12-31", "{ts:#?}");
    let t = with_quote(&ts, "年底前建成投用");
    assert_eq!(t["measure"].as_str(), Some("milestone"), "{ts:#?}");
    assert_eq!(t["deadline"].to_string(), "2027-12-31", "{ts:#?}");
    assert_eq!(
        with_quote(&ts, "2700个")["deadline"].to_string(),
        "2027-08-31",
        "{ts:#?}"
    );
    assert!(with_quote_opt(&ts, "投入使用").is_none(), "{ts:#?}");
}

/// Round 30 D: a grant's ceiling (`原则上不超过20万元` in a sentence paying a grant, 给予…补助)
/// is a term of the scheme, no goal; a ceiling with no grant before it stays a target.
#[test]
fn a_grant_s_ceiling_is_no_goal() {
    let text = "2030年工作安排\n\n　　鼓励有条件的区对加装电梯项目给予补助，单部补助标准由各区自行确定，原则上不超过20万元。全年财政支出不超过50亿元。\n";
    let ts = targets_of(text, "2030");
    assert!(with_quote_opt(&ts, "20万元").is_none(), "{ts:#?}");
    assert_eq!(
        with_quote(&ts, "50亿元")["measure"].as_str(),
        Some("level"),
        "{ts:#?}"
    );
}

/// Twenty-first set, fixed after the run (F4): `只减不增` under a year's goals is the name's
/// growth capped at 0 (`growth`, `at-most`, 0 %); in a sentence of the government's own
/// conduct it is no target.
#[test]
fn no_rise_is_a_growth_cap_at_zero() {
    let text = "二、2027年度总体目标\n全省监管企业利润总额增长8%左右，对外担保余额只减不增。\n";
    let ts = targets_of(text, "2027");
    let t = with_quote(&ts, "对外担保余额只减不增");
    assert_eq!(t["measure"].as_str(), Some("growth"), "{ts:#?}");
    assert_eq!(t["rule"].as_str(), Some("at-most"), "{ts:#?}");
    assert_eq!(t["value"].as_integer(), Some(0), "{ts:#?}");
}

// ---- Round 31 D: new genres (a county's 高标准农田建设 annual plan with a per-township table; a listed
// company's raised-funds report with its operating plan; a city's 无废城市 plan with an indicator table of three
// classes) ----

/// The score of the tuning passages t163–t165, annotated before any run:
/// `cargo test --test extract_documents -- --ignored t163_t165_score --nocapture`
#[test]
#[ignore]
fn t163_t165_score() {
    score_names(
        "tuning",
        &[
            "t163-county-high-standard-farmland-annual-implementation-plan-township-table-2031",
            "t164-listed-company-raised-funds-use-report-and-annual-operating-plan-2031",
            "t165-city-zero-waste-city-construction-plan-indicator-table-2027",
        ],
    );
}

#[test]
fn t163_t165_agreed() {
    assert_agreed_in(
        "tuning",
        "t163-county-high-standard-farmland-annual-implementation-plan-township-table-2031",
        "table",
        &[],
    );
}

/// Round 31 D: an indicator table's 指导性 and 引导性 rows are the expected class, as 预期性
/// ones are, and a name wrapped over two lines above such a row keeps its figures (t165).
#[test]
fn guiding_classes_are_expected() {
    let text = "附表\n\n栖川市“无废城市”建设指标体系\n\n序号  领域      指标名称                                单位          现状值（2024年）  2027年目标值   指标属性\n1     工业源    一般工业固体废物产生强度                吨/万元       1.42              ≤1.30          指导性\n2               一般工业固体废物综合利用率              %             58.3              ≥65            约束性\n3               绿色工厂数量                            家            36                60             引导性\n4     生活领域  城镇生活垃圾焚烧处理能力占无害化        %             71.5              ≥80            指导性\n                处理能力比重\n";
    let ts = targets_of(text, "2025");
    let t = with_quote(&ts, "产生强度");
    assert_eq!(field(t, "class"), "expected", "{ts:#?}");
    assert_eq!(field(t, "rule"), "at-most", "{ts:#?}");
    assert_eq!(field(with_quote(&ts, "综合利用率"), "class"), "binding");
    assert_eq!(field(with_quote(&ts, "绿色工厂"), "class"), "expected");
    let t = with_quote(&ts, "焚烧处理能力");
    assert_eq!(t["value"].as_integer(), Some(80), "{ts:#?}");
    assert_eq!(field(t, "class"), "expected", "{ts:#?}");
}

/// Round 31 D: a farmland plan's works (新打, 修建, 安装, 增施, 推广) count what is done in the
/// year, wells in 眼; a closing `6月底前通水` dates the item's works and is no task of its own
/// (t163, t147).
#[test]
fn farmland_works_are_counted_in_their_year() {
    let text = "2031年工作安排\n\n　　新打机井120眼，修建沟渠护坡12公里，安装变压器46台。项目区增施有机肥面积3万亩，推广深耕深松作业5万亩。今年要新打机井2眼，铺设供水管网3公里，6月底前通水。\n";
    let ts = targets_of(text, "2031");
    for piece in ["120眼", "12公里", "46台", "3万亩", "5万亩"] {
        assert_eq!(field(with_quote(&ts, piece), "measure"), "ytd", "{ts:#?}");
    }
    assert_eq!(field(with_quote(&ts, "120眼"), "unit"), "眼", "{ts:#?}");
    for piece in ["2眼", "3公里"] {
        assert_eq!(
            with_quote(&ts, piece)["deadline"].to_string(),
            "2031-06-30",
            "{ts:#?}"
        );
    }
    assert!(with_quote_opt(&ts, "通水").is_none(), "{ts:#?}");
}

// ---- Round 32 D: new genres (a county's 义务教育优质均衡发展 创建 plan with a per-school indicator table; a city's
// 生活垃圾分类 work plan with a task table; a city commerce bureau's 促消费稳外贸 plan with a per-district allocation
// table) ----

/// The score of the tuning passages t166–t168, annotated before any run:
/// `cargo test --test extract_documents -- --ignored t166_t168_score --nocapture`
#[test]
#[ignore]
fn t166_t168_score() {
    score_names(
        "tuning",
        &[
            "t166-county-compulsory-education-quality-balance-creation-plan-school-indicator-table-2028",
            "t167-city-household-waste-sorting-annual-work-plan-task-table-2027",
            "t168-city-commerce-bureau-consumption-foreign-trade-annual-plan-district-table-2028",
        ],
    );
}

#[test]
fn t166_t168_agreed() {
    for name in [
        "t167-city-household-waste-sorting-annual-work-plan-task-table-2027",
        "t168-city-commerce-bureau-consumption-foreign-trade-annual-plan-district-table-2028",
    ] {
        assert_agreed_in("tuning", name, "table", &[]);
    }
}

/// Round 32 D: an owner note's untitled part naming a unit that oversees the work follows the
/// titled units; 投入试运行 closes an item's deadline; 回收量 is a flow; a list before 等 and a
/// class of bodies is one milestone (t167).
#[test]
fn overseer_trial_run_recovered_and_class_lists() {
    let text = "澄渚市2027年生活垃圾分类工作实施方案\n\n二、重点工作\n　　（一）完善设施。全年完成投放点规范化改造1500个。（责任单位：各区人民政府；市城市管理局负责指导督促）\n　　（二）提升能力。新增处理能力200吨/日，10月底前投入试运行。全市再生资源回收量达到52万吨。党政机关、学校、医院等公共机构实现分类全覆盖。（牵头单位：市城市管理局）\n";
    let ts = targets_of(text, "2027");
    let t = with_quote(&ts, "1500个");
    assert_eq!(t["owner"].as_array().map(|a| a.len()), Some(2), "{ts:#?}");
    assert_eq!(t["owner"][0].as_str(), Some("各区人民政府"), "{ts:#?}");
    assert_eq!(
        with_quote(&ts, "200吨/日")["deadline"].to_string(),
        "2027-10-31",
        "{ts:#?}"
    );
    assert_eq!(
        field(with_quote(&ts, "52万吨"), "measure"),
        "ytd",
        "{ts:#?}"
    );
    let covered = ts
        .iter()
        .filter(|t| field(t, "quote").contains("公共机构"))
        .count();
    assert_eq!(covered, 1, "{ts:#?}");
}

/// Round 32 D: 分别 pairs a coefficient's unitless figures, and a growth rate that borrows its
/// name from the goal right before it quotes that goal's clause (t166, t168, heldout21b af2).
#[test]
fn coefficient_pairs_and_borrowed_rate_quotes() {
    let text = "岚溪县实施方案\n\n二、创建目标\n　　到2027年底，小学、初中校际综合差异系数分别不高于0.50和0.45。货物进出口总额达到1180亿元，增长4%。\n";
    let ts = targets_of(text, "2027");
    let pair: Vec<f64> = ts
        .iter()
        .filter(|t| field(t, "quote").contains("差异系数"))
        .filter_map(|t| t["value"].as_float())
        .collect();
    assert_eq!(pair, vec![0.5, 0.45], "{ts:#?}");
    for t in ts.iter().filter(|t| field(t, "quote").contains("差异系数")) {
        assert_eq!(field(t, "rule"), "at-most", "{ts:#?}");
    }
    let g = ts
        .iter()
        .find(|t| field(t, "measure") == "growth")
        .expect("a growth rate");
    assert_eq!(
        field(g, "quote"),
        "货物进出口总额达到1180亿元，增长4%",
        "{ts:#?}"
    );
}

/// Twenty-third set, fixed after the run (F2): a paragraph's `到YYYY年` governs what stands
/// before a later sentence's own first window; a plan titled with a fifteen-year period dates
/// a figure with no window by its end; an article (`第X条`) inside a chapter of the present
/// state and its problems keeps it status.
#[test]
fn a_paragraph_deadline_reaches_before_a_sentence_s_own_window() {
    let ts = drafted(
        "青岭市国土空间总体规划（2021—2035年）\n\n青岭市人民政府\n二〇二四年五月\n\n第二章  现状基础与问题\n\n第四条  发展基础\n2020年全市常住人口210万人。\n\n第五条  主要问题\n一是建设用地增长较快，人均城镇建设用地达到121平方米，高于国家标准上限。\n\n第三章  目标\n\n第七条  规划目标\n到2025年，国土空间开发保护格局初步形成。耕地保有量不低于150.2万亩，城市公园绿地新增不少于200公顷；2025年底前实现村庄规划应编尽编。\n\n第八条  发展战略\n新增建设用地中使用存量土地的比例不低于35%。\n",
    );
    assert_eq!(
        with_quote(&ts, "耕地保有量不低于150.2万亩")["deadline"].to_string(),
        "2025-12-31"
    );
    assert_eq!(
        with_quote(&ts, "使用存量土地的比例不低于35%")["deadline"].to_string(),
        "2035-12-31"
    );
    assert!(
        ts.iter()
            .all(|t| !t["quote"].as_str().unwrap().contains("121平方米")),
        "{ts:#?}"
    );
}

/// Twenty-third set, fixed after the run (F2): owners closing an item (`（…负责，…落实）`, a
/// court's divisions, a handing closing a `；` part) and a numbered paragraph after a blank line.
#[test]
fn owners_closing_an_item_stay_with_it() {
    let ts = drafted(
        "某市中级人民法院2027年工作要点\n（一）服务发展大局。全年审结破产案件不少于90件，由民二庭牵头，市破产管理人协会配合。\n\n（二）解决执行难。全年执结案件2.1万件以上。以上工作由执行局负责，各基层法院配合落实。\n\n（三）深化诉源治理。当事人满意率达到96%以上，由立案庭负责。\n",
    );
    let owners = |q: &str| with_quote(&ts, q)["owner"].to_string();
    assert!(owners("破产案件不少于90件").contains("民二庭"), "{ts:#?}");
    assert!(
        owners("执结案件2.1万件以上").contains("各基层法院"),
        "{ts:#?}"
    );
    assert!(!owners("破产案件不少于90件").contains("执行局"), "{ts:#?}");
    assert_eq!(owners("满意率达到96%以上"), "[\"立案庭\"]");
    let ts = drafted(
        "某市2027年重点工作\n近期重点推进以下工作：新增耕地不少于0.8万亩，由市自然资源局牵头，市农业农村局配合；2027年底前建成综合管廊12公里，由新区管委会负责。\n",
    );
    assert_eq!(
        with_quote(&ts, "综合管廊12公里")["owner"].to_string(),
        "[\"新区管委会\"]"
    );
}

/// Twenty-third set, fixed after the run (F2): a fund's withdrawals and income are the year's
/// flows, a range closed by 之间 / 区间 is a band, 笔 counts.
#[test]
fn fund_flows_bands_and_counts_in_bi() {
    let ts = drafted(
        "某市住房公积金管理中心2027年工作要点\n主要目标：提取住房公积金40.5亿元左右；年末个贷率保持在80%—88%的合理区间；全年实现增值收益不低于1.5亿元；全年办理组合贷款不少于600笔。\n",
    );
    assert_eq!(
        with_quote(&ts, "提取住房公积金40.5亿元")["measure"].as_str(),
        Some("ytd")
    );
    assert_eq!(
        with_quote(&ts, "增值收益不低于1.5亿元")["measure"].as_str(),
        Some("ytd")
    );
    assert_eq!(
        with_quote(&ts, "个贷率保持在80%—88%")["rule"].as_str(),
        Some("between")
    );
    assert_eq!(
        with_quote(&ts, "组合贷款不少于600笔")["unit"].as_str(),
        Some("笔")
    );
}

/// Twenty-third set, fixed after the run (F3): a note on a line of its own after a run of
/// numbered paragraphs closes every one of them; 项次 / 件次 / 人年 are units as written; 次
/// after a magnitude counts times; 累计举办 and 实施…项目 over a plan's years are flows; a dated
/// 修订 is a milestone.
#[test]
fn numbered_run_note_units_and_dated_revision() {
    let ts = targets_of(
        "岚州市“十四五”规划（2021—2025年）\n三、主要任务\n　　（一）实施人才工程\n　　1.引进人才。五年累计引进领军人才100名以上。\n　　2.建设工作站。“十四五”期间新建工作站20家。\n　　（牵头单位：市委人才办；配合单位：市科技局）\n　　（二）开展赛事\n　　“十四五”期间累计举办全民健身赛事活动不少于150项次，实施全民健身重点设施项目12项，每万名劳动力中研发人员达到130人年。\n　　（三）完善服务\n　　8月底前修订完善政务服务事项实施清单。全年为重点项目提供帮办代办服务不少于800件次，年内新增电子证照共享调用量500万次以上。\n",
        "2021",
    );
    let lead = with_quote(&ts, "领军人才100名");
    assert_eq!(
        field(lead, "owner"),
        r#"["市委人才办", "市科技局"]"#,
        "{lead:#?}"
    );
    let events = with_quote(&ts, "150项次");
    assert_eq!(
        (field(events, "unit"), field(events, "measure")),
        ("项次".into(), "ytd".into())
    );
    assert_eq!(field(with_quote(&ts, "项目12项"), "measure"), "ytd");
    assert_eq!(field(with_quote(&ts, "130人年"), "unit"), "人年");
    assert_eq!(field(with_quote(&ts, "800件次"), "unit"), "件次");
    assert_eq!(field(with_quote(&ts, "500万次"), "unit"), "万次");
    assert_eq!(field(with_quote(&ts, "修订完善"), "measure"), "milestone");
}

// ---- Review 27 (R2): wordings round 32 drafted wrong ----

#[test]
fn review_27_per_unit_floors_count_bounds_and_leads() {
    let ts = targets_of(
        "某市2027年工作要点\n每个行政村配备专职网格员不少于2名。\n每个项目至少带动就业100人以上。\n确保每个零就业家庭至少有1人稳定就业。\n培训学员不少于500人次，其中每个乡镇不少于20人。\n6月底前完成500户以上农户改厕。\n上述目标：到2027年底，新建5G基站1000个。\n从时间节点看，2027年6月底前完成老旧小区改造项目建设，12月底前全面投入使用。\n项目总投资50亿元，力争2027年完成投资20亿元。\n人行道宽度不小于2米，道路纵坡不大于8%。\n农村低保标准提高到750元/人/月。\n",
        "2027",
    );
    assert_eq!(
        with_quote(&ts, "专职网格员不少于2名")["measure"].as_str(),
        Some("level")
    );
    for piece in [
        "带动就业100人",
        "至少有1人",
        "每个乡镇不少于20人",
        "500户以上农户",
        "项目总投资50亿元",
        "人行道宽度",
        "道路纵坡",
    ] {
        assert!(
            ts.iter()
                .all(|t| !t["quote"].as_str().unwrap().contains(piece)),
            "{piece}: {ts:#?}"
        );
    }
    assert_eq!(
        with_quote(&ts, "新建5G基站1000个")["value"].as_integer(),
        Some(1000)
    );
    assert_eq!(
        with_quote(&ts, "12月底前全面投入使用")["measure"].as_str(),
        Some("milestone")
    );
    assert_eq!(
        with_quote(&ts, "750元/人/月")["unit"].as_str(),
        Some("元/人/月")
    );
}

#[test]
fn review_27_fenbie_coefficients_named_bodies_and_owner_notes() {
    let ts = targets_of(
        "某市2027年工作要点\n小学、初中校际综合差异系数分别由0.60和0.55降至0.50和0.45。\n市人民医院、市妇幼保健院等单位年底前完成改造。\n新建公厕50座。（责任单位：各区人民政府；市城市管理局负责指导督促全市公厕建设管理工作）\n",
        "2027",
    );
    let coefficients: Vec<_> = ts
        .iter()
        .filter(|t| t["quote"].as_str().unwrap().contains("差异系数"))
        .collect();
    assert_eq!(coefficients.len(), 2, "{ts:#?}");
    assert_eq!(
        coefficients[0]["name"]["zh"].as_str(),
        Some("小学校际综合差异系数")
    );
    assert_eq!(coefficients[0]["value"].as_float(), Some(0.5));
    let hospitals = ts
        .iter()
        .filter(|t| t["quote"].as_str().unwrap().contains("市妇幼保健院"))
        .count();
    assert_eq!(hospitals, 2, "{ts:#?}");
    let owners = with_quote(&ts, "新建公厕50座")["owner"].as_array().cloned();
    assert_eq!(owners, Some(vec![toml::Value::from("各区人民政府")]));
}

/// Review 27 (#18): works listed before 等 are drafted one by one up to twenty; a longer list
/// is one milestone quoting its clause once, so a list of k names no longer drafts k quotes of
/// the whole clause (10,000 names took 979 MB).
#[test]
fn a_long_list_before_deng_is_one_milestone() {
    let names = |k: usize| {
        (1..=k)
            .map(|i| format!("澄湖{i}号厂房"))
            .collect::<Vec<_>>()
            .join("、")
    };
    let few = drafted(&format!(
        "某区2027年重点工作\n推动{}等重点项目年底前投产。\n",
        names(3)
    ));
    assert_eq!(few.len(), 3, "{few:#?}");
    let many = drafted(&format!(
        "某区2027年重点工作\n推动{}等重点项目年底前投产。\n",
        names(500)
    ));
    assert_eq!(many.len(), 1, "{many:#?}");
    assert_eq!(many[0]["measure"].as_str(), Some("milestone"));
}
