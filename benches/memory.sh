#!/bin/bash
# Peak memory and time of validate, check and check --format json on the generated
# benchmark of N plain [[target]] tables (`gen_spec N DIR --plain`: no [[series]], no goal
# stated against another figure; docs/performance.md, "A million targets"). GNU time for
# peak RSS and CPU; one 1,000,000-target process at a time; the load average is printed
# with each run (the machine is shared).
#
#   cargo build --release --bins --examples && benches/memory.sh [DIR] [N…]
set -u
repo="$(cd "$(dirname "$0")/.." && pwd)"
dir="${1:-/tmp/progress-bench}"
shift || true
sizes="${*:-100000 1000000}"
P="$repo/target/release/progress"
mkdir -p "$dir"
cd "$dir"
for n in $sizes; do
  [ -f "spec-$n.toml" ] || "$repo/target/release/examples/gen_spec" "$n" "$dir" --plain > /dev/null
  for run in "validate" "check" "check --format json"; do
    name="${run// /_}"
    load="$(cut -d' ' -f1-3 /proc/loadavg)"
    /usr/bin/time -v "$P" $run "actuals-$n.toml" --spec "spec-$n.toml" --color never \
      > /dev/null 2> "mem-$name-$n.txt"
    echo "$n $run: peak $(awk '/Maximum resident/ {printf "%.0f MB", $NF/1024}' "mem-$name-$n.txt")," \
      "wall $(awk '/Elapsed \(wall/ {print $NF}' "mem-$name-$n.txt")," \
      "user+sys $(awk '/User time|System time/ {s += $NF} END {printf "%.1f s", s}' "mem-$name-$n.txt")," \
      "load $load," \
      "exit $(awk '/Exit status/ {print $NF}' "mem-$name-$n.txt")"
  done
done
