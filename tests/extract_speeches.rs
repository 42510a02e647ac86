//! The 2020 speeches: the 21 catalogued targets (docs/targets-2020.md of the product) as
//! expected answers, matched by rule + measure + unit + goal (a catalogued level counted
//! from 0 also matches a ytd count of the same window: `from_zero`).

#[path = "extract_common/mod.rs"]
mod common;

use common::{Expected, assert_valid_toml, exp, score};
use progress::extract::{ExtractOptions, extract};

/// A catalogued `level` with baseline 0 (docs/targets-2020.md: "the goal counts new things
/// made in the window (they start from none)"): a `ytd` count of the same window is the same
/// promise (the same actuals give the same verdict), so the draft may write either.
fn from_zero(e: Expected) -> Expected {
    Expected {
        from_zero: true,
        ..e
    }
}

fn catalogue() -> Vec<Expected> {
    vec![
        exp(
            "5g-base-stations",
            "level",
            "at-least",
            Some("个"),
            Some(("increase", 10000.0)),
            None,
        ),
        from_zero(exp(
            "smart-factories",
            "level",
            "at-least",
            Some("个"),
            Some(("value", 5.0)),
            None,
        )),
        from_zero(exp(
            "digital-workshops",
            "level",
            "at-least",
            Some("个"),
            Some(("value", 60.0)),
            None,
        )),
        from_zero(exp(
            "integration-standard-enterprises",
            "level",
            "at-least",
            Some("个"),
            Some(("value", 100.0)),
            None,
        )),
        exp(
            "digital-rd-tool-penetration",
            "level",
            "at-least",
            Some("%"),
            Some(("value", 90.0)),
            None,
        ),
        exp(
            "key-process-nc-rate",
            "level",
            "at-least",
            Some("%"),
            Some(("value", 80.0)),
            None,
        ),
        exp(
            "machine-networking-rate",
            "level",
            "at-least",
            Some("%"),
            Some(("value", 50.0)),
            None,
        ),
        exp(
            "tech-upgrade-investment-growth",
            "growth",
            "at-least",
            Some("%"),
            Some(("value", 15.0)),
            None,
        ),
        exp(
            "industrial-value-added-growth",
            "growth",
            "at-least",
            Some("%"),
            Some(("value", 11.0)),
            None,
        ),
        exp("xinen-in-production", "milestone", "done", None, None, None),
        exp(
            "jinneng-in-production",
            "milestone",
            "done",
            None,
            None,
            None,
        ),
        from_zero(exp(
            "key-technology-projects",
            "level",
            "at-least",
            Some("项"),
            Some(("value", 100.0)),
            None,
        )),
        from_zero(exp(
            "innovation-centres",
            "level",
            "at-least",
            Some("个"),
            Some(("value", 6.0)),
            Some(8.0),
        )),
        exp(
            "marine-equipment-centre-upgrade",
            "milestone",
            "done",
            None,
            None,
            None,
        ),
        exp(
            "high-tech-output",
            "ytd",
            "more-than",
            Some("亿元"),
            Some(("value", 2200.0)),
            None,
        ),
        exp(
            "tech-contract-turnover",
            "ytd",
            "at-least",
            Some("亿元"),
            Some(("value", 50.0)),
            None,
        ),
        from_zero(exp(
            "enterprise-policy-items",
            "level",
            "at-least",
            Some("项"),
            Some(("value", 41.0)),
            None,
        )),
        from_zero(exp(
            "projects-on-site-h1",
            "level",
            "at-least",
            Some("个"),
            Some(("value", 66.0)),
            None,
        )),
        from_zero(exp(
            "additional-government-investment",
            "level",
            "at-least",
            Some("亿元"),
            Some(("value", 100.0)),
            None,
        )),
        from_zero(exp(
            "enterprises-under-contact",
            "level",
            "at-least",
            Some("家"),
            Some(("value", 333.0)),
            None,
        )),
        exp(
            "marine-industries-doubling",
            "level",
            "at-least",
            Some("亿元"),
            Some(("multiply", 2.0)),
            None,
        ),
    ]
}

fn speech() -> String {
    std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/docs/sources/speeches-2020.txt"
    ))
    .expect("speech text")
}

#[test]
fn finds_the_catalogued_targets() {
    let d = extract(&speech(), &ExtractOptions::default());
    assert_valid_toml(&d);
    let s = score(&d, &catalogue());
    println!("found {}/21; missed: {:?}", s.found.len(), s.missed);
    println!(
        "false proposals ({}): {:#?}",
        s.false_props.len(),
        s.false_props
    );
    assert_eq!(
        s.found.len(),
        21,
        "found only {}: missed {:?}",
        s.found.len(),
        s.missed
    );
    assert!(
        s.false_props.is_empty(),
        "false proposals: {:#?}",
        s.false_props
    );
}

#[test]
fn deadlines_and_baselines_follow_the_text() {
    let d = extract(&speech(), &ExtractOptions::default());
    let by_quote = |q: &str| d.targets.iter().find(|p| p.quote.contains(q)).expect(q);
    let g = by_quote("3年内要再建设1万个");
    assert_eq!(g.baseline, Some(1812.0));
    assert_eq!(
        g.deadline.map(|x| x.to_string()).as_deref(),
        Some("2022-12-31")
    );
    assert_eq!(
        by_quote("66个").deadline.map(|x| x.to_string()).as_deref(),
        Some("2020-06-30")
    );
    assert_eq!(
        by_quote("2200亿元")
            .deadline
            .map(|x| x.to_string())
            .as_deref(),
        Some("2020-12-31")
    );
    assert_eq!(
        by_quote("倍增").deadline.map(|x| x.to_string()).as_deref(),
        Some("2022-12-31")
    );
    // the catalogue's deadlines, all 21
    let deadlines = [
        ("5G基站", "2022-12-31"),
        ("5个智能工厂", "2022-12-31"),
        ("分别达90%", "2022-12-31"),
        ("技改投资增长15%", "2020-12-31"),
        ("投产纳统", "2020-12-31"),
        ("100项关键技术攻关", "2020-12-31"),
        ("6-8个科技创新中心", "2020-12-31"),
        ("升级为国家重点协同创新平台", "2020-12-31"),
        ("技术合同交易额", "2020-12-31"),
        ("41个小项", "2020-12-31"),
        ("总投资100亿元", "2020-12-31"),
        ("333家", "2020-12-31"),
    ];
    for (q, dl) in deadlines {
        for p in d.targets.iter().filter(|p| p.quote.contains(q)) {
            assert_eq!(
                p.deadline.map(|x| x.to_string()).as_deref(),
                Some(dl),
                "{q}"
            );
            assert_eq!(
                p.start.map(|x| x.to_string()).as_deref(),
                Some("2020-01-01"),
                "{q}"
            );
        }
    }
    // every quote is verbatim text of the speech, line breaks removed
    let flat: String = speech()
        .lines()
        .map(|l| l.trim_matches(|c: char| c.is_whitespace() || c == '\u{3000}'))
        .collect();
    for p in &d.targets {
        assert!(flat.contains(&p.quote), "quote not verbatim: {}", p.quote);
    }
}
