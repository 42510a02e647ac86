#!/bin/bash
# Runs the fuzz targets one after another, 15 minutes each, at lowest priority, from
# binaries built beforehand with `cargo fuzz build` (so edits meanwhile do not rebuild).
cd /work/wt-7/fuzz
for t in "$@"; do
  mkdir -p corpus/$t artifacts/$t
  log=/tmp/fuzz2-$t.log
  echo "=== $t start $(date -u +%FT%TZ)" >> $log
  nice -n 19 target/x86_64-unknown-linux-gnu/release/$t -artifact_prefix=artifacts/$t/ \
    -max_total_time=900 -fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1 \
    -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 corpus/$t seeds/$t >> $log 2>&1
  echo "=== $t end $(date -u +%FT%TZ) rc=$?" >> $log
done
