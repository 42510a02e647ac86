#!/bin/bash
# Panel targets at scale (docs/performance.md, "Panels"): I indicators × E entities, one
# actuals row each, checked end to end with the JSON report; wall clock and peak RSS by
# GNU time. Runs one measurement at a time. Usage, from the repo:
#
#   cargo build --release --bins --examples && benches/panel.sh [DIR]
set -u
repo="$(cd "$(dirname "$0")/.." && pwd)"
dir="${1:-/tmp/progress-panel}"
P="$repo/target/release/progress"
for size in "50 2000" "50 20000"; do
  set -- $size
  d="$dir/$1x$2"
  "$repo/target/release/examples/gen_panel" "$1" "$2" "$d"
  for run in 1 2 3; do # three runs: the spread shows the machine's load
    echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
    /usr/bin/time -v "$P" check "$d/actuals.csv" --spec "$d/spec.toml" --format json \
      -o "$d/report.json" 2> "$d/time-$run.txt"
    echo "$1x$2 run $run: exit $? $(grep -E 'User time|System time|Elapsed|Maximum resident' "$d/time-$run.txt" | awk '{print $NF}' | paste -sd' ') (user s, sys s, wall, peak KB)"
  done
done
