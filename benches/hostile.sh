#!/bin/bash
# Peak memory, time and standard error of `progress validate` on hostile inputs against
# valid files of about the same size (docs/limits.md, "Floods of problems"). Needs GNU
# time (apt-get install -y time). Usage, from the repo:
#
#   cargo build --release --bins --examples && benches/hostile.sh [DIR] [BINARY]
set -u
repo="$(cd "$(dirname "$0")/.." && pwd)"
dir="${1:-/tmp/progress-hostile}"
P="${2:-$repo/target/release/progress}"
mkdir -p "$dir"
cd "$dir"
python3 - <<'PY'
open("q20.toml", "w").write("?\n" * 10_000_000)            # 20 MB, a syntax error a line
keys = ", ".join(f"k{i}=1" for i in range(105_000))         # one line just under 1 MiB
open("keys.toml", "w").write(
    "as_of = 2020-12-31\n[values]\n5g-base-stations = {value = 1, " + keys + "}\n")
out, n, size = ["version = 1\n"], 0, 0                     # 20 MB of targets, 6 problems each
while size < 20_000_000:
    t = f'[[target]]\nid = "t{n}"\nbogus = 1\n'
    out.append(t); size += len(t); n += 1
open("bogus.toml", "w").write("".join(out))
PY
"$repo/target/release/examples/gen_spec" 70000 "$dir" > /dev/null   # a 22 MB valid spec
measure() {
  /usr/bin/time -v "$P" validate "$@" --color never > /dev/null 2> err.txt
  local rss wall
  rss=$(grep 'Maximum resident' err.txt | awk '{print $NF}')
  wall=$(grep 'Elapsed (wall' err.txt | awk '{print $NF}')
  "$P" validate "$@" --color never > /dev/null 2> stderr.txt
  echo "$* | peak_kb=$rss | wall=$wall | stderr_bytes=$(wc -c < stderr.txt)"
}
measure q20.toml
measure keys.toml
measure --spec bogus.toml
measure actuals-70000.toml --spec spec-70000.toml
