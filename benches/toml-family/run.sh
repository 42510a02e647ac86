#!/bin/bash
# CPU seconds (user + sys) and peak RSS of each parser on FILE, mean of 3 runs.
set -eu
cd "$(dirname "$0")"
file="$1"
for p in lex events detable table edit; do
  for _ in 1 2 3; do
    /usr/bin/time -f "%U %S %M" target/release/toml-family "$p" "$file" 2>&1 >/dev/null | tail -1
  done | awk -v p="$p" '{u += $1; s += $2; m = $3}
    END {printf "%-8s cpu %.2f s (user %.2f, sys %.2f), peak %d MB\n", p, (u + s) / 3, u / 3, s / 3, m / 1024}'
done
