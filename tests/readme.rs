//! The README's sample outputs are what the tool prints today.

mod common;
use common::progress;

/// The text of the ```console block that starts with `$ progress ARGS`.
fn sample(readme: &str, args: &str) -> String {
    let key = format!("$ progress {args}\n");
    let start = readme
        .find(&key)
        .unwrap_or_else(|| panic!("no sample for `{args}`"))
        + key.len();
    let end = start + readme[start..].find("```").unwrap();
    readme[start..end].to_string()
}

#[test]
fn sample_outputs_are_current() {
    let readme = std::fs::read_to_string("README.md").unwrap();
    for args in [
        "check examples/published.toml --width 80",
        "check examples/history/",
        "check examples/sdg32/actuals.csv --spec targets/sdg32.toml",
    ] {
        let out = progress()
            .args(args.split(' '))
            .args(["--color", "never"])
            .output()
            .unwrap();
        let mut shown = String::from_utf8(out.stdout).unwrap();
        shown.push_str(&String::from_utf8(out.stderr).unwrap());
        assert_eq!(
            sample(&readme, args),
            shown,
            "README sample of `progress {args}` is stale"
        );
    }
}
