#!/usr/bin/env bash
# Local measures at a large council's scale, through what a user runs: `hearth serve` on the demo,
# driven over HTTP as a manager. Makes 60 monthly measures with five years of values each (3,600
# values, by the API), then times the first overview after the change (every summary read
# afresh), the overview again (cached), the register, one measure's page with its history, the
# API's list, and a 60-row CSV upload through the web form. Goal: every page under 1 s cold and
# 200 ms warm in a release build. CI does not run it.
#   scripts/bench-local-measures.sh [--release]
set -euo pipefail
cd "$(dirname "$0")/.."
config=debug
[ "${1:-}" = "--release" ] && config=release
swift build -c $config --product hearth >/dev/null
hearth="$(swift build -c $config --show-bin-path)/hearth"
work=$(mktemp -d /tmp/hearth-local.XXXXXX)
pid=""
cleanup() { [ -n "$pid" ] && kill "$pid" 2>/dev/null || true; }
trap cleanup EXIT
export HEARTH_NEW_PASSWORD="local-bench-password-1"
echo "building the demo authority ($config)…"
(cd "$work" && "$hearth" demo --no-serve --out demo --db demo.sqlite >/dev/null)
"$hearth" users add bench --role manager --db "$work/demo.sqlite" >/dev/null
port=18090 base="http://127.0.0.1:18090"
"$hearth" serve --db "$work/demo.sqlite" --port $port --insecure-cookies >"$work/serve.log" 2>&1 &
pid=$!
for _ in $(seq 100); do curl -s "$base/health" >/dev/null && break; sleep 0.2; done
jar="$work/jar"
curl -s -c "$jar" -b "$jar" "$base/sign-in" -o /dev/null
csrf=$(awk '$6=="hearth_csrf"{print $7}' "$jar")
curl -s -c "$jar" -b "$jar" -o /dev/null -d "_csrf=$csrf&username=bench&password=$HEARTH_NEW_PASSWORD&next=/" "$base/sign-in"
csrf=$(awk '$6=="hearth_csrf"{print $7}' "$jar")   # signing in gives the session its own token
api() { curl -sf -b "$jar" -H "X-CSRF-Token: $csrf" -H "Content-Type: application/json" "$@"; }
timed() { # label url: the time and the status (anything but 200 is a failure of the run)
  local out; out=$(curl -s -b "$jar" -o /dev/null -w '%{time_total} %{http_code}' "$2")
  printf '%-48s %s s\n' "$1" "${out% *}"
  [ "${out#* }" = 200 ] || { echo "  status ${out#* }" >&2; exit 1; }
}

# The same pages before any local measure, for comparison.
timed "overview, first after start (no local measures)" "$base/"
timed "overview, again (no local measures)" "$base/"
start=$(date +%s.%N)
for i in $(seq -w 1 60); do
  api -o /dev/null -d "{\"title\":\"Bench measure $i\",\"definition\":\"A measure of the benchmark.\",\"unit\":\"percentage\",\"polarity\":\"high\",\"frequency\":\"monthly\",\"area\":\"other\",\"owner\":\"bench\"}" "$base/api/v1/measures"
  values=$(python3 -c "
import json
out=[]
for k in range(60):
    y, m = 2021 + (k + 3) // 12, (k + 3) % 12 + 1
    out.append({'period': f'{y}-{m:02d}', 'value': 50 + (k * 7 + $((10#$i))) % 45, 'note': 'bench'})
print(json.dumps(out))")
  api -o /dev/null -d "$values" "$base/api/v1/measures/local_bench_measure_$i/values"
done
printf '%-48s %.1f s\n' "60 measures and 3,600 values by the API" "$(echo "$(date +%s.%N) - $start" | bc)"
timed "overview, first after the change" "$base/"
timed "overview, again" "$base/"
timed "register (/measures)" "$base/measures"
timed "one measure's page (60 values)" "$base/measures/local_bench_measure_01"
timed "GET /api/v1/measures" "$base/api/v1/measures"
timed "GET /api/v1/measures/{id} (with history)" "$base/api/v1/measures/local_bench_measure_01"
python3 -c "
print('period,value,note')
for k in range(60):
    y, m = 2021 + (k + 3) // 12, (k + 3) % 12 + 1
    print(f'{y}-{m:02d},{60 + k % 30},corrected')" > "$work/upload.csv"
printf '%-48s %s s\n' "upload of 60 rows (web form, multipart; status)" \
  "$(curl -s -b "$jar" -o /dev/null -w '%{time_total} %{http_code}' -F "_csrf=$csrf" -F "file=@$work/upload.csv;type=text/csv" "$base/measures/local_bench_measure_01/upload")"
timed "one measure's page (120 values, corrections)" "$base/measures/local_bench_measure_01"
echo "values stored: $(sqlite3 "$work/demo.sqlite" "SELECT COUNT(*) FROM local_measure_values" 2>/dev/null || echo '?')"
