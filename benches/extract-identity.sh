#!/bin/bash
# Byte-identity of `progress extract` before and after a change that must not change its
# output (docs/performance.md, "progress extract"): every .txt under tests/data/extract/,
# the 2020 speeches, whole documents of 0.5, 5 and 50 MB made as benches/extract.rs makes
# them (every passage of the repository repeated to the size), and degenerate inputs.
# stdout, stderr and the exit code of each run are kept.
#
#   benches/extract-identity.sh inputs DIR          # write the generated inputs to DIR/in
#   benches/extract-identity.sh save DIR [BIN]      # reference outputs into DIR/ref
#   benches/extract-identity.sh check DIR [BIN]     # compare with DIR/ref; exit 1 on a difference
#
# BIN defaults to target/release/progress (build it with `cargo build --release --bins`).
set -u
repo="$(cd "$(dirname "$0")/.." && pwd)"
mode="${1:?inputs|save|check}"
dir="${2:?DIR}"
bin="${3:-$repo/target/release/progress}"

# The corpus: the speeches, then every passage under tests/data/extract (sorted), each
# after a newline; repeated (each copy followed by a newline) to at least SIZE bytes.
sized() {
  local size="$1" out="$2" base="$dir/in/corpus.base"
  {
    cat "$repo/docs/sources/speeches-2020.txt"
    find "$repo/tests/data/extract" -name '*.txt' | LC_ALL=C sort | while read -r f; do
      printf '\n'
      cat "$f"
    done
  } > "$base"
  : > "$out"
  while [ "$(stat -c %s "$out")" -lt "$size" ]; do
    # Doubling would overshoot; append the base 64 times a round, then one at a time.
    if [ $(( $(stat -c %s "$out") + 64 * $(stat -c %s "$base") )) -lt "$size" ]; then
      for _ in $(seq 64); do cat "$base"; printf '\n'; done >> "$out"
    else
      { cat "$base"; printf '\n'; } >> "$out"
    fi
  done
}

inputs() {
  mkdir -p "$dir/in"
  sized 500000 "$dir/in/doc-0.5MB.txt"
  sized 5000000 "$dir/in/doc-5MB.txt"
  sized 50000000 "$dir/in/doc-50MB.txt"
  yes '全年新增城镇就业1100万人以上。' | head -n 8000 > "$dir/in/same-sentence-8000.txt"
  # One clause of `、`-separated figures, and one sentence of `，`-separated clauses.
  { printf '全年'; yes '粮食产量达到1.3万亿斤以上、' | head -n 12000 | tr -d '\n'; printf '。\n'; } \
    > "$dir/in/one-clause-0.5MB.txt"
  { printf '到2025年'; yes '全年新增就业100万人以上，' | head -n 14000 | tr -d '\n'; printf '。\n'; } \
    > "$dir/in/one-sentence-0.5MB.txt"
}

# Every input, as NAME<TAB>PATH.
list() {
  find "$repo/tests/data/extract" -name '*.txt' | LC_ALL=C sort | while read -r f; do
    printf '%s\t%s\n' "$(echo "${f#"$repo"/}" | tr '/' '_')" "$f"
  done
  printf '%s\t%s\n' speeches-2020 "$repo/docs/sources/speeches-2020.txt"
  for f in "$dir"/in/*.txt; do printf '%s\t%s\n' "$(basename "$f")" "$f"; done
}

run_all() {
  local out="$1"
  mkdir -p "$out"
  list | while IFS=$'\t' read -r name f; do
    # Without --year, and with --year 2020 (the benchmarks' option).
    "$bin" extract "$f" > "$out/$name.out" 2> "$out/$name.err"; echo $? > "$out/$name.rc"
    "$bin" extract "$f" --year 2020 > "$out/$name.y.out" 2> "$out/$name.y.err"; echo $? > "$out/$name.y.rc"
  done
}

case "$mode" in
  inputs) inputs ;;
  save) run_all "$dir/ref"; echo "saved $(ls "$dir/ref" | wc -l) files in $dir/ref" ;;
  check)
    rm -rf "$dir/now"
    run_all "$dir/now"
    if diff -rq "$dir/ref" "$dir/now"; then
      echo "identical: $(ls "$dir/now" | wc -l) files (stdout, stderr, exit code of $(list | wc -l) inputs × 2)"
    else
      echo "DIFFERENT"; exit 1
    fi ;;
  *) echo "unknown mode $mode" >&2; exit 2 ;;
esac
