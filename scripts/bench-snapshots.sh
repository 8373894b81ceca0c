#!/bin/bash
# Snapshot benchmark (issue 20): re-computing every stored period — each reporting year, quarter,
# month and the twelve months to each month-end — for two full years and an in-year extract, as
# `hearth figures --recompute` (the data page's "Re-compute" button does the same), timed with
# its peak memory. Target: under 3 s for the demo authority on 2 cores.
#
#   scripts/bench-snapshots.sh [LA ...]      (default: 876, the demo's Halton)
#
# Each authority is built with `hearth demo --no-serve --la LA` (two generated years and an
# in-year extract to the last month-end, imported into a fresh SQLite store), then re-computed
# three times; the table gives the best and the worst. Environment: HEARTH_BIN (a built hearth;
# otherwise built here in release), WORK (default a new folder under /tmp). Not run by CI.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
WORK=${WORK:-$(mktemp -d /tmp/hearth-snapbench.XXXXXX)}
mkdir -p "$WORK"
if [[ -z "${HEARTH_BIN:-}" ]]; then
  echo "== building hearth (release)"
  (cd "$ROOT" && swift build -c release --product hearth --scratch-path "${SCRATCH:-.build-release}" >/dev/null)
  HEARTH_BIN="$(cd "$ROOT" && swift build -c release --scratch-path "${SCRATCH:-.build-release}" --show-bin-path)/hearth"
fi
LAS=("${@:-876}")
printf '%-6s %-10s %10s %10s %12s\n' la snapshots best_s worst_s peak_mb
for la in "${LAS[@]}"; do
  dir="$WORK/$la"
  mkdir -p "$dir"
  (cd "$dir" && "$HEARTH_BIN" demo --no-serve --la "$la" --out returns --db demo.sqlite >build.log 2>&1)
  best=""; worst=""; peak=0; count=""
  for run in 1 2 3; do
    /usr/bin/time -v -o "$dir/time.$run" "$HEARTH_BIN" figures --db "$dir/demo.sqlite" --recompute --format json \
      >"$dir/figures.$run.json" 2>"$dir/recompute.$run.log"
    line=$(grep -o 'Re-computed [0-9]* snapshots in [0-9.]* s' "$dir/recompute.$run.log")
    count=$(echo "$line" | awk '{ print $2 }'); s=$(echo "$line" | awk '{ print $5 }')
    kb=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$dir/time.$run")
    (( kb > peak )) && peak=$kb
    if [[ -z "$best" ]] || awk "BEGIN { exit !($s < $best) }"; then best=$s; fi
    if [[ -z "$worst" ]] || awk "BEGIN { exit !($s > $worst) }"; then worst=$s; fi
  done
  printf '%-6s %-10s %10s %10s %12s\n' "$la" "$count" "$best" "$worst" "$((peak / 1024))"
done
echo "(work: $WORK; each authority's build log, figures and timings are in its folder)"
