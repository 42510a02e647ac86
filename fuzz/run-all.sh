#!/bin/bash
# Runs fuzz targets one after another, 15 minutes each, at the lowest priority, from
# binaries built beforehand, so editing the code meanwhile does not rebuild them:
#
#   cd fuzz && RUSTC_BOOTSTRAP=1 cargo +stable fuzz build
#   nohup ./run-all.sh spec_load actuals_load actuals_csv check output_paths &
#
# Fork mode with -ignore_crashes keeps a run going after a finding, so each target gets
# its full time; findings land in artifacts/<target>/, logs in /tmp/fuzz-<target>.log.
set -u
cd "$(dirname "$0")"
# Absolute paths: the output_paths target changes its working folder for each input.
here="$PWD"
for t in "$@"; do
  mkdir -p "corpus/$t" "artifacts/$t"
  log="/tmp/fuzz-$t.log"
  echo "=== $t start $(date -u +%FT%TZ)" >> "$log"
  nice -n 19 "target/x86_64-unknown-linux-gnu/release/$t" -artifact_prefix="$here/artifacts/$t/" \
    -max_total_time=900 -fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1 \
    -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 "$here/corpus/$t" "$here/seeds/$t" >> "$log" 2>&1
  echo "=== $t end $(date -u +%FT%TZ) rc=$?" >> "$log"
done
