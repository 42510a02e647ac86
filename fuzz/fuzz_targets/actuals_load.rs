//! The actuals loader on arbitrary text, against the built-in spec.
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use progress::diagnostic::{self, SourceFile};
use progress::spec::Spec;

/// Loaded once: loading it for every input took most of each execution.
fn builtin() -> &'static Spec {
    static SPEC: OnceLock<Spec> = OnceLock::new();
    SPEC.get_or_init(|| Spec::builtin().expect("the built-in spec loads"))
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let spec = builtin();
    let file = SourceFile::new("fuzz-actuals.toml", text);
    if let Err(diags) = progress::actuals::load(&file, spec, None) {
        let _ = diagnostic::render_all(&diags, false);
    }
});
