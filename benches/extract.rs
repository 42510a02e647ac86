//! `extract` on documents of 0.5 MB and 5 MB, and on 800 and 8,000 copies of one sentence:
//! the time must grow linearly with the input (10× the input in at most 12× the time) and a
//! 5 MB document must take under 2 s. Figures: docs/performance.md ("progress extract").
//!
//! ```text
//! cargo bench --bench extract -- --sample-size 10
//! ```
//!
//! The documents are the repository's own texts (docs/sources/speeches-2020.txt and the
//! extract test passages) repeated to the size, so every kind of sentence, table and
//! section the extractor reads is in them, in the proportions of real text.

use std::hint::black_box;
use std::path::Path;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use progress::extract::{ExtractOptions, extract};

/// The corpus: every `.txt` under the given directories, and the 2020 speeches.
fn corpus() -> String {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut text = std::fs::read_to_string(root.join("docs/sources/speeches-2020.txt"))
        .expect("docs/sources/speeches-2020.txt is in the repository");
    for dir in ["tests/data/extract/heldout", "tests/data/extract/documents"] {
        let Ok(rd) = std::fs::read_dir(root.join(dir)) else {
            continue;
        };
        let mut files: Vec<_> = rd
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "txt"))
            .collect();
        files.sort();
        for f in files {
            text.push('\n');
            text.push_str(&std::fs::read_to_string(&f).expect("a test passage reads"));
        }
    }
    text
}

/// `base` repeated to at least `bytes` bytes.
fn sized(base: &str, bytes: usize) -> String {
    let mut s = String::with_capacity(bytes + base.len());
    while s.len() < bytes {
        s.push_str(base);
        s.push('\n');
    }
    s
}

fn bench(c: &mut Criterion) {
    let opts = ExtractOptions { year: Some(2020) };
    let base = corpus();
    let mut g = c.benchmark_group("extract-document");
    g.sample_size(10);
    for bytes in [500_000, 5_000_000] {
        let text = sized(&base, bytes);
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_with_input(BenchmarkId::from_parameter(bytes), &text, |b, t| {
            b.iter(|| black_box(extract(black_box(t), &opts).to_toml()))
        });
    }
    g.finish();
    let mut g = c.benchmark_group("extract-same-sentence");
    g.sample_size(10);
    for copies in [800, 8_000] {
        let text = "全年新增城镇就业1100万人以上。\n".repeat(copies);
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_with_input(BenchmarkId::from_parameter(copies), &text, |b, t| {
            b.iter(|| black_box(extract(black_box(t), &opts).to_toml()))
        });
    }
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
