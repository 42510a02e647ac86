//! `.xlsx` actuals on arbitrary bytes, as a workbook, against the built-in spec: the sheet
//! read (`workbook::read_from`, the first sheet or, when the first byte is odd, the sheet
//! named `Data`), laid out (`workbook::table`: title rows, units row, notes) and loaded as
//! CSV actuals are, in the ordinary or the long layout (as `input` loads a sheet); what loads is evaluated and rendered as a table and as
//! JSON, and every problem is named by cell (`workbook::relocate`) and rendered.
#![no_main]

use std::io::Cursor;
use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use progress::diagnostic::{self, Diagnostic};
use progress::evaluate::{Settings, evaluate};
use progress::export::{ExportOptions, Format};
use progress::workbook;
use progress::spec::Spec;

fn builtin() -> &'static Spec {
    static SPEC: OnceLock<Spec> = OnceLock::new();
    SPEC.get_or_init(|| Spec::builtin().expect("the built-in spec loads"))
}

fn load(data: &[u8], wanted: Option<&str>) -> Result<(), Vec<Diagnostic>> {
    let spec = builtin();
    let read = workbook::read_from("fuzz.xlsx", Cursor::new(data), wanted)?;
    let table = workbook::table(&read, &progress::actuals_csv::SHEET_LAYOUT)?;
    // As `input` loads a sheet: the long layout when the header names `entity`.
    let long = table
        .header
        .iter()
        .any(|c| progress::sheet_shape::names(&c.text, "entity"));
    let snapshots = if long {
        progress::actuals_panel::load_table(&table, &read.name, spec, None)?
    } else {
        progress::actuals_csv::load_table(&table, &read.name, spec, None)?
    };
    let report = evaluate(spec, &snapshots, &Settings::default());
    for format in [Format::Table, Format::Json] {
        let _ = format.exporter().render(&report, &ExportOptions::default());
    }
    Ok(())
}

fuzz_target!(|data: &[u8]| {
    let Some((&first, rest)) = data.split_first() else {
        return;
    };
    let wanted = (first % 2 == 1).then_some("Data");
    if let Err(mut diags) = load(rest, wanted) {
        workbook::relocate(&mut diags);
        let text = diagnostic::render_all(&diags, false);
        assert!(!text.contains('\0'), "a cell marker leaked: {text:?}");
    }
});
