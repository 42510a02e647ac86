//! The actuals loader on arbitrary text, against the built-in spec.
#![no_main]

use libfuzzer_sys::fuzz_target;
use progress::diagnostic::{self, SourceFile};
use progress::spec::Spec;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let spec = Spec::builtin().expect("the built-in spec loads");
    let file = SourceFile::new("fuzz-actuals.toml", text);
    if let Err(diags) = progress::actuals::load(&file, &spec, None) {
        let _ = diagnostic::render_all(&diags, false);
    }
});
