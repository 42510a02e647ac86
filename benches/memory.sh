#!/bin/bash
# Peak memory and time of validate, check and check --format json on the generated
# benchmark of N plain [[target]] tables (docs/performance.md, "A million targets").
# GNU time for peak RSS; one 1,000,000-target process at a time (each takes gigabytes).
#
#   cargo build --release --examples && benches/memory.sh [DIR] [N…]
set -u
repo="$(cd "$(dirname "$0")/.." && pwd)"
dir="${1:-/tmp/progress-bench}"
shift || true
sizes="${*:-100000 1000000}"
P="$repo/target/release/progress"
mkdir -p "$dir"
cd "$dir"
for n in $sizes; do
  [ -f "spec-$n.toml" ] || "$repo/target/release/examples/gen_spec" "$n" "$dir" > /dev/null
  for run in "validate" "check" "check --format json"; do
    name="${run// /_}"
    /usr/bin/time -v "$P" $run "actuals-$n.toml" --spec "spec-$n.toml" --color never \
      > /dev/null 2> "mem-$name-$n.txt"
    echo "$n $run: peak $(awk '/Maximum resident/ {printf "%.0f MB", $NF/1024}' "mem-$name-$n.txt")," \
      "wall $(awk '/Elapsed \(wall/ {print $NF}' "mem-$name-$n.txt")," \
      "exit $(awk '/Exit status/ {print $NF}' "mem-$name-$n.txt")"
  done
done
