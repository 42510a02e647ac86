//! A whole check on arbitrary bytes: the input is split into a spec and an actuals file
//! at the first NUL byte (or taken as actuals for the built-in spec), then loaded,
//! evaluated and rendered in every format.
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use progress::diagnostic::{self, SourceFile};
use progress::evaluate::{Settings, evaluate};
use progress::export::{ExportOptions, Format};
use progress::spec::{Lang, Spec};

/// Loaded once: loading it for every input took most of each execution.
fn builtin() -> &'static Spec {
    static SPEC: OnceLock<Spec> = OnceLock::new();
    SPEC.get_or_init(|| Spec::builtin().expect("the built-in spec loads"))
}

fuzz_target!(|data: &[u8]| {
    let (spec_bytes, actuals_bytes) = match data.iter().position(|&b| b == 0) {
        Some(i) => (Some(&data[..i]), &data[i + 1..]),
        None => (None, data),
    };
    let loaded;
    let spec = match spec_bytes {
        None => builtin(),
        Some(bytes) => {
            let text = String::from_utf8_lossy(bytes);
            match progress::spec::load(&SourceFile::new("fuzz.toml", text.as_ref())) {
                Ok(spec) => {
                    loaded = spec;
                    &loaded
                }
                Err(diags) => {
                    let _ = diagnostic::render_all(&diags, false);
                    return;
                }
            }
        }
    };
    let text = String::from_utf8_lossy(actuals_bytes);
    let actuals = match progress::actuals::load(
        &SourceFile::new("fuzz-actuals.toml", text.as_ref()),
        spec,
        None,
    ) {
        Ok(a) => a,
        Err(diags) => {
            let _ = diagnostic::render_all(&diags, false);
            return;
        }
    };
    let report = evaluate(spec, &[actuals], &Settings::default());
    for format in Format::ALL {
        for (lang, color, width) in [(Lang::En, false, None), (Lang::Zh, true, Some(60))] {
            let options = ExportOptions { lang, color, width, ..ExportOptions::default() };
            let _ = format.exporter().render(&report, &options);
        }
    }
});
