//! Snapshots of the rendered reports over the shipped example (review diffs with
//! `cargo insta review`; never accept blindly).

mod common;
use common::progress;

fn run(args: &[&str]) -> String {
    let out = progress().args(args).output().unwrap();
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn table_of_the_2020_example() {
    insta::assert_snapshot!(run(&[
        "check",
        "examples/actuals-2020.toml",
        "--color",
        "never"
    ]));
}

#[test]
fn table_in_chinese() {
    insta::assert_snapshot!(run(&[
        "check",
        "examples/actuals-2020.toml",
        "--color",
        "never",
        "--lang",
        "zh"
    ]));
}

#[test]
fn json_of_the_2020_example() {
    insta::assert_snapshot!(run(&[
        "check",
        "examples/actuals-2020.toml",
        "--format",
        "json"
    ]));
}

#[test]
fn table_of_the_published_figures() {
    insta::assert_snapshot!(run(&[
        "check",
        "examples/published.toml",
        "--color",
        "never"
    ]));
}
