#!/bin/bash
# `progress extract` on whole documents under GNU time: wall, user, sys, peak RSS, and the
# load average before each run (docs/performance.md, "progress extract"). The inputs are
# those of benches/extract-identity.sh (`benches/extract-identity.sh inputs DIR`).
#
#   benches/extract-time.sh DIR RUNS BIN [BIN2 …]
#
# Binaries are run in turn, one run at a time, so that each sees the same load.
set -u
dir="${1:?DIR}"; runs="${2:?RUNS}"; shift 2
for size in 0.5MB 5MB 50MB; do
  f="$dir/in/doc-$size.txt"
  n="$runs"; [ "$size" = 50MB ] && n=$(( runs < 3 ? runs : 3 ))
  for r in $(seq "$n"); do
    for bin in "$@"; do
      load=$(cut -d' ' -f1 /proc/loadavg)
      /usr/bin/time -f "%e %U %S %M" -o "$dir/time.tmp" "$bin" extract "$f" --year 2020 > /dev/null
      read -r wall user sys rss < "$dir/time.tmp"
      printf '%s\t%s\trun %s\twall %s\tuser %s\tsys %s\tcpu %.2f\trss_kb %s\tload %s\n' \
        "$(basename "$bin")" "$size" "$r" "$wall" "$user" "$sys" "$(echo "$user + $sys" | bc)" "$rss" "$load"
    done
  done
done
