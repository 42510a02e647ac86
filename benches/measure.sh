#!/bin/bash
# End-to-end figures for docs/performance.md: hyperfine for check / validate / Python's
# tomllib on generated specs, /usr/bin/time -v for peak memory, and the default check.
# Needs hyperfine and GNU time (apt-get install -y hyperfine time). Usage, from the repo:
#
#   cargo build --release --bins --examples && benches/measure.sh [DIR]
set -u
repo="$(cd "$(dirname "$0")/.." && pwd)"
dir="${1:-/tmp/progress-bench}"
P="$repo/target/release/progress"
mkdir -p "$dir"
cd "$dir"
for n in 100 10000 100000; do
  "$repo/target/release/examples/gen_spec" "$n" "$dir" > /dev/null
  runs=20; [ "$n" = 100000 ] && runs=10
  hyperfine -N -i --warmup 1 --runs "$runs" --export-json "hf-$n.json" \
    -n "check-$n" "$P check actuals-$n.toml --spec spec-$n.toml --color never" \
    -n "check-json-$n" "$P check actuals-$n.toml --spec spec-$n.toml --color never --format json" \
    -n "validate-$n" "$P validate actuals-$n.toml --spec spec-$n.toml --color never" \
    -n "tomllib-$n" "python3 -c 'import tomllib; tomllib.load(open(\"spec-$n.toml\",\"rb\")); tomllib.load(open(\"actuals-$n.toml\",\"rb\"))'"
  for cmd in check validate; do
    /usr/bin/time -v "$P" $cmd "actuals-$n.toml" --spec "spec-$n.toml" --color never > /dev/null 2> "time-$cmd-$n.txt"
    echo "$cmd $n peak_kb=$(grep 'Maximum resident' "time-$cmd-$n.txt" | awk '{print $NF}')"
  done
done
cd "$repo"
hyperfine -N -i --warmup 3 --runs 30 --export-json "$dir/hf-default.json" \
  -n "default-check" "$P check examples/actuals-2020.toml --color never" \
  -n "startup" "$P --version"
/usr/bin/time -v "$P" check examples/actuals-2020.toml --color never > /dev/null 2> "$dir/time-default.txt"
echo "default peak_kb=$(grep 'Maximum resident' "$dir/time-default.txt" | awk '{print $NF}')"
