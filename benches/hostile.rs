//! Hostile inputs against a valid file of about the same size: loading and rendering every
//! problem must cost a small multiple of loading a good file (docs/limits.md, "Floods of
//! problems"). Peak memory is measured by `benches/hostile.sh`.
//!
//! ```text
//! cargo bench --bench hostile -- --sample-size 10
//! ```

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use progress::diagnostic::{self, SourceFile};
use progress::{actuals, spec};

#[path = "../examples/gen_spec.rs"]
#[allow(dead_code)]
mod gen_spec;

/// 1,000,000 lines of `?`: a syntax error each (2 MB).
fn question_marks() -> String {
    "?\n".repeat(1_000_000)
}

/// One line just under 1 MiB: a value table with 105,000 unknown keys.
fn unknown_keys() -> String {
    let keys: Vec<String> = (0..105_000).map(|i| format!("k{i}=1")).collect();
    format!(
        "as_of = 2020-12-31\n[values]\n5g-base-stations = {{value = 1, {}}}\n",
        keys.join(", ")
    )
}

/// Loads `text` as actuals for `spec` and renders the problems, as `validate` does.
fn validate(spec: &spec::Spec, file: &SourceFile) -> usize {
    match actuals::load(file, spec, None) {
        Ok(a) => a.values.len(),
        Err(diags) => diagnostic::render_all(&diags, false).len(),
    }
}

fn benches(c: &mut Criterion) {
    let builtin = spec::Spec::builtin().expect("the built-in spec loads");
    let mut group = c.benchmark_group("hostile");
    group.sample_size(10);

    let q = SourceFile::new("q.toml", question_marks());
    group.throughput(Throughput::Bytes(q.text.len() as u64));
    group.bench_function("question-marks-2MB", |b| {
        b.iter(|| validate(&builtin, black_box(&q)))
    });

    let k = SourceFile::new("keys.toml", unknown_keys());
    group.throughput(Throughput::Bytes(k.text.len() as u64));
    group.bench_function("unknown-keys-1MiB-line", |b| {
        b.iter(|| validate(&builtin, black_box(&k)))
    });

    // A good spec and actuals file of about 2 MB together, for comparison.
    let (spec_text, actuals_text) = gen_spec::generate(6_000);
    let spec_file = SourceFile::new("spec.toml", spec_text);
    let actuals_file = SourceFile::new("actuals.toml", actuals_text);
    group.throughput(Throughput::Bytes(
        (spec_file.text.len() + actuals_file.text.len()) as u64,
    ));
    group.bench_function("valid-2MB", |b| {
        b.iter(|| {
            let spec = spec::load(black_box(&spec_file)).expect("the generated spec loads");
            validate(&spec, black_box(&actuals_file))
        })
    });
    group.finish();
}

criterion_group!(hostile_benches, benches);
criterion_main!(hostile_benches);
