//! The output-path checks and the atomic writer on generated folders: the bytes make
//! links (symbolic and hard, dangling or not) and folders beside a spec, an actuals file
//! and an old report, and choose how the inputs and one to four outputs are spelled
//! (relative, `./`, `sub/../`, absolute, a trailing `/`, `/dev/null`). The run is
//! `progress::output::check_outputs` and, when that passes, `write_all_atomic`, as
//! `progress check` does; the invariants (nothing written when a check fails, no input
//! overwritten, no two outputs in one file, refused exactly when an independent oracle
//! says so, no temporary file left) are those of `tests/output_paths.rs`, whose
//! scenario module this includes.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../../tests/output_paths_support/mod.rs"]
mod scenario;

fuzz_target!(|data: &[u8]| {
    let s = scenario::build(data, "spec\n", "actuals\n");
    let root = s.root();
    // Relative spellings are relative to the scenario's folder, as for the binary.
    std::env::set_current_dir(&root).expect("the scenario's folder");
    let marks = ["report 0 ", "report 1 ", "report 2 ", "report 3 "];
    let files: Vec<(&std::path::Path, String)> = s
        .outputs
        .iter()
        .zip(marks)
        .map(|(p, m)| (p.as_path(), format!("{m}\n")))
        .collect();
    let inputs = [s.spec.clone(), s.actuals.clone()];
    let refused = progress::output::check_outputs(files.iter().map(|(p, _)| *p), &inputs)
        .and_then(|()| progress::output::write_all_atomic(&files))
        .is_err();
    s.check(refused, &marks[..s.outputs.len()]);
    std::env::set_current_dir("/").expect("the root folder");
});
