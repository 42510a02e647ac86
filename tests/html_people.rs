//! The HTML report for people (issue 15, problem 2): failing targets first, then those
//! behind (`--order spec` keeps the spec's order), an anchor on every card, a legend for
//! every kind of mark drawn, counts without decimals. Layout and contrast are checked in
//! a browser (tests/browser.rs) and by the unit tests of `export::html`.

mod common;

use common::formats::{ACTUALS, SPEC, check, progress};

fn html(args: &[&str]) -> String {
    let out = progress()
        .args(["check", "examples/history/", "--format", "html"])
        .args(args)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    String::from_utf8(out.stdout).unwrap()
}

/// The cards in page order: (id, status class, failing).
fn cards(html: &str) -> Vec<(String, String, bool)> {
    html.split("<article class=\"card s-")
        .skip(1)
        .map(|rest| {
            let class = &rest[..rest.find('"').unwrap()];
            let id_at = rest.find("id=\"t-").unwrap() + 6;
            let id = &rest[id_at..id_at + rest[id_at..].find('"').unwrap()];
            let failing = class.ends_with(" failing");
            let status = class.trim_end_matches(" failing").to_string();
            (id.to_string(), status, failing)
        })
        .collect()
}

#[test]
fn failing_targets_come_first_then_behind_then_the_rest() {
    let page = html(&[]);
    let cards = cards(&page);
    assert_eq!(cards.len(), 21);
    let rank = |(_, status, failing): &(String, String, bool)| match (failing, status.as_str()) {
        (true, _) => 0,
        (false, "behind") => 1,
        _ => 2,
    };
    let ranks: Vec<u8> = cards.iter().map(rank).collect();
    assert!(ranks.windows(2).all(|w| w[0] <= w[1]), "{cards:?}");
    assert_eq!(ranks.iter().filter(|r| **r == 0).count(), 2);
    assert_eq!(ranks.iter().filter(|r| **r == 1).count(), 1);
    let failing = page.find("<h2>Failing <small>2 targets").unwrap();
    let behind = page.find("<h2>Behind <small>1 target<").unwrap();
    assert!(failing < behind);
    // A card out of its group names its group.
    assert!(
        page.contains("· due 2020-12-31 · innovation</p>"),
        "group named"
    );
}

#[test]
fn order_spec_keeps_the_spec_order() {
    let by_spec = cards(&html(&["--order", "spec"]));
    let out = progress()
        .args(["check", "examples/history/", "--format", "json"])
        .output()
        .unwrap();
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    // Groups in order of first appearance, ungrouped last: the spec's order by group.
    let mut groups: Vec<(Option<String>, Vec<String>)> = Vec::new();
    for t in json["targets"].as_array().unwrap() {
        let g = t["group"].as_str().map(String::from);
        let id = t["id"].as_str().unwrap().to_string();
        match groups.iter_mut().find(|(k, _)| *k == g) {
            Some((_, ids)) => ids.push(id),
            None => groups.push((g, vec![id])),
        }
    }
    groups.sort_by_key(|(g, _)| g.is_none());
    let expected: Vec<String> = groups.into_iter().flat_map(|(_, ids)| ids).collect();
    let ids: Vec<String> = by_spec.into_iter().map(|(id, ..)| id).collect();
    assert_eq!(ids, expected);
}

#[test]
fn every_card_has_an_anchor_and_a_link_to_it() {
    for page in [html(&[]), check(SPEC, ACTUALS, "html", &[]).0] {
        let cards = cards(&page);
        let mut ids: Vec<&str> = cards.iter().map(|(id, ..)| id.as_str()).collect();
        for id in &ids {
            assert!(
                page.contains(&format!("<a class=\"anchor\" href=\"#t-{id}\"")),
                "no link to #t-{id}"
            );
        }
        let n = ids.len();
        ids.sort();
        ids.dedup();
        assert_eq!(ids.len(), n, "ids are unique");
    }
}

/// The SVG classes of the marks drawn between `from` and `to`.
fn marks(html: &str, from: &str, to: &str) -> std::collections::BTreeSet<String> {
    let part = &html[html.find(from).unwrap()..html.find(to).unwrap()];
    let mut found = std::collections::BTreeSet::new();
    for element in ["rect", "line", "path", "circle", "polyline"] {
        for rest in part.split(&format!("<{element} class=\"")).skip(1) {
            found.insert(rest[..rest.find('"').unwrap()].to_string());
        }
    }
    found
}

#[test]
fn the_legend_names_every_mark_drawn_and_no_other() {
    for page in [html(&[]), check(SPEC, ACTUALS, "html", &[]).0] {
        let drawn = marks(&page, "<main>", "</main>");
        let legend = marks(&page, "<footer>", "</footer>");
        assert!(drawn.len() >= 8, "{drawn:?}");
        assert_eq!(
            drawn, legend,
            "every mark drawn is in the legend, and only those"
        );
    }
}

#[test]
fn counts_are_shown_without_decimals() {
    let page = html(&[]);
    // The 5G base stations: 7,364.51 个 expected by now before.
    assert!(
        page.contains("<dt>Pace says by now</dt><dd>7,365 个</dd>"),
        "rounded count"
    );
    for unit in ["个", "家", "户", "项"] {
        for dd in page.split("<dd>").skip(1) {
            let value = &dd[..dd.find("</dd>").unwrap()];
            if let Some(number) = value.strip_suffix(&format!(" {unit}")) {
                assert!(!number.contains('.'), "a count with decimals: {value}");
            }
        }
    }
}

/// Line charts have a labelled value axis and show the latest value without hovering.
#[test]
fn line_charts_have_a_value_axis_and_the_latest_value_written() {
    let page = html(&[]);
    let charts: Vec<&str> = page
        .split("<svg class=\"line-chart\"")
        .skip(1)
        .map(|c| &c[..c.find("</svg>").unwrap()])
        .collect();
    assert_eq!(charts.len(), 7);
    for chart in charts {
        assert!(chart.contains("<line class=\"value-axis\""), "{chart}");
        let ticks = chart.matches("<line class=\"value-axis\"").count() - 1;
        assert!(ticks >= 2, "at least two ticks: {chart}");
        assert!(chart.contains("<text class=\"value-label\""), "{chart}");
    }
    // 5G base stations: the latest value, 4,717, by its dot; the axis in thousands.
    assert!(
        page.contains("text-anchor=\"end\">4,717</text>"),
        "latest value"
    );
    assert!(page.contains(">5,000</text>") && page.contains(">10,000</text>"));
}
