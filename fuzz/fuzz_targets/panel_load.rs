//! Panel loaders on arbitrary text: the input is an entity table and a long-layout CSV
//! actuals file, split at the first NUL byte. The table is read as `panel_load` reads one
//! (`sheet::rows_of`, `table_of`) and attached to a fixed spec of two panels (a `sum`
//! and an `all`); the actuals are read by `actuals_panel::load`; when both load, the spec
//! is evaluated and rendered as a table and as JSON.
#![no_main]

use std::sync::Arc;

use libfuzzer_sys::fuzz_target;
use progress::diagnostic::{self, SourceFile};
use progress::evaluate::{Settings, evaluate};
use progress::export::{ExportOptions, Format};

const SPEC: &str = "version = 1\n\
[[target]]\nid = \"a\"\nname = \"A\"\nunit = \"个\"\nmeasure = \"level\"\nrule = \"at-least\"\n\
value = 40\nbaseline = 20\nstart = 2020-01-01\ndeadline = 2022-12-31\nper = \"district\"\n\
entities = \"t.csv\"\nrollup = \"sum\"\n\
[[target]]\nid = \"b\"\nname = \"B\"\nunit = \"%\"\nmeasure = \"level\"\nrule = \"at-most\"\n\
value = 10\nbaseline = 20\nstart = 2020-01-01\ndeadline = 2022-12-31\nper = \"district\"\n\
entities = \"t.csv\"\n";

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let (table_text, actuals_text) = text.split_once('\0').unwrap_or((text, ""));
    let mut spec = progress::spec::load(&SourceFile::new("spec.toml", SPEC)).expect("the spec loads");
    let table = match progress::sheet::rows_of(SourceFile::new("t.csv", table_text))
        .and_then(progress::panel_load::table_of)
    {
        Ok(t) => Arc::new(t),
        Err(diags) => {
            let _ = diagnostic::render_all(&diags, false);
            return;
        }
    };
    spec.set_panel_table(0, Arc::clone(&table));
    spec.set_panel_table(1, table);
    let file = SourceFile::new("actuals.csv", actuals_text);
    match progress::actuals_panel::load(&file, &spec, None) {
        Ok(snapshots) => {
            let report = evaluate(&spec, &snapshots, &Settings::default());
            for format in [Format::Table, Format::Json] {
                let _ = format.exporter().render(&report, &ExportOptions::default());
            }
        }
        Err(diags) => {
            let _ = diagnostic::render_all(&diags, false);
        }
    }
});
