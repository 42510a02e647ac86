//! The spec loader on arbitrary text: it may refuse, never panic or hang.
#![no_main]

use libfuzzer_sys::fuzz_target;
use progress::diagnostic::{self, SourceFile};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let file = SourceFile::new("fuzz.toml", text);
    if let Err(diags) = progress::spec::load(&file) {
        // Rendering the problems is part of the path a user sees.
        let _ = diagnostic::render_all(&diags, false);
    }
});
