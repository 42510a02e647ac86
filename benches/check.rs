//! Load + evaluate + render over generated specs of 100, 10,000 and 100,000 targets
//! (examples/gen_spec.rs). Figures and budgets: docs/performance.md.
//!
//! ```text
//! cargo bench --bench check -- --sample-size 10 --measurement-time 5
//! ```

use std::hint::black_box;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use progress::diagnostic::SourceFile;
use progress::evaluate::{Settings, evaluate};
use progress::export::{ExportOptions, Format};
use progress::{actuals, spec};

#[path = "../examples/gen_spec.rs"]
#[allow(dead_code)]
mod gen_spec;

const SIZES: [usize; 3] = [100, 10_000, 100_000];

struct Input {
    spec: SourceFile,
    actuals: SourceFile,
}

fn input(n: usize) -> Input {
    let (spec, actuals) = gen_spec::generate(n);
    Input {
        spec: SourceFile::new(format!("spec-{n}.toml"), spec),
        actuals: SourceFile::new(format!("actuals-{n}.toml"), actuals),
    }
}

/// What `progress check` does between reading the files and writing the report.
fn check(input: &Input, format: Format) -> String {
    let spec = spec::load(&input.spec).expect("the generated spec loads");
    let actuals = actuals::load(&input.actuals, &spec, None).expect("the actuals load");
    let report = evaluate(&spec, &[actuals], &Settings::default());
    format.exporter().render(&report, &ExportOptions::default())
}

fn benches(c: &mut Criterion) {
    let inputs: Vec<(usize, Input)> = SIZES.iter().map(|&n| (n, input(n))).collect();

    let mut group = c.benchmark_group("check");
    for (n, input) in &inputs {
        group.throughput(Throughput::Elements(*n as u64));
        for format in [Format::Table, Format::Json] {
            let name = format!("{format:?}").to_lowercase();
            group.bench_with_input(BenchmarkId::new(name, n), input, |b, input| {
                b.iter(|| check(black_box(input), format))
            });
        }
    }
    group.finish();

    // The steps on their own, to see where the time goes.
    let mut group = c.benchmark_group("step");
    for (n, input) in &inputs {
        group.throughput(Throughput::Elements(*n as u64));
        // Loading both files is what a `validate` does.
        group.bench_with_input(BenchmarkId::new("load", n), input, |b, input| {
            b.iter(|| {
                let spec = spec::load(black_box(&input.spec)).unwrap();
                actuals::load(black_box(&input.actuals), &spec, None).unwrap()
            })
        });
        group.bench_with_input(BenchmarkId::new("toml-parse", n), input, |b, input| {
            b.iter(|| {
                let a = toml::de::DeTable::parse(black_box(&input.spec.text)).unwrap();
                let b = toml::de::DeTable::parse(black_box(&input.actuals.text)).unwrap();
                (a.get_ref().len(), b.get_ref().len())
            })
        });
        let spec = spec::load(&input.spec).unwrap();
        let actuals = actuals::load(&input.actuals, &spec, None).unwrap();
        group.bench_with_input(BenchmarkId::new("evaluate", n), input, |b, _| {
            b.iter(|| {
                evaluate(
                    black_box(&spec),
                    black_box(std::slice::from_ref(&actuals)),
                    &Settings::default(),
                )
            })
        });
        let report = evaluate(&spec, std::slice::from_ref(&actuals), &Settings::default());
        for format in [Format::Table, Format::Json] {
            let name = format!("render-{format:?}").to_lowercase();
            group.bench_with_input(BenchmarkId::new(name, n), input, |b, _| {
                b.iter(|| {
                    format
                        .exporter()
                        .render(black_box(&report), &ExportOptions::default())
                })
            });
        }
    }
    group.finish();
}

criterion_group!(check_benches, benches);
criterion_main!(check_benches);
