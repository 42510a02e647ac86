//! CSV actuals on arbitrary text, against the built-in spec: loaded (with and without an
//! `--as-of` date, as the first byte decides), and when they load, evaluated and rendered
//! as a table and as JSON, so rows on several dates (a history) are fuzzed too.
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use progress::diagnostic::{self, SourceFile};
use progress::evaluate::{Settings, evaluate};
use progress::export::{ExportOptions, Format};
use progress::spec::Spec;

/// Loaded once: loading it for every input took most of each execution.
fn builtin() -> &'static Spec {
    static SPEC: OnceLock<Spec> = OnceLock::new();
    SPEC.get_or_init(|| Spec::builtin().expect("the built-in spec loads"))
}

fuzz_target!(|data: &[u8]| {
    let Some((&first, rest)) = data.split_first() else {
        return;
    };
    let Ok(text) = std::str::from_utf8(rest) else {
        return;
    };
    let spec = builtin();
    let as_of = (first % 2 == 1).then(|| chrono::NaiveDate::from_ymd_opt(2020, 12, 31).unwrap());
    let file = SourceFile::new("fuzz-actuals.csv", text);
    match progress::actuals_csv::load(&file, spec, as_of) {
        Ok(snapshots) => {
            let report = evaluate(spec, &snapshots, &Settings::default());
            for format in [Format::Table, Format::Json] {
                let _ = format.exporter().render(&report, &ExportOptions::default());
            }
        }
        Err(diags) => {
            let _ = diagnostic::render_all(&diags, false);
        }
    }
});
