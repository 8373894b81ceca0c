#!/usr/bin/env bash
# The daily digest at a large council's scale, through what a user runs: on the demo authority,
# 40 contributors (each with an address) own 400 more plan actions, added by the API as a manager
# would, due over the next three months. Times `hearth digest` making the day's messages into the
# outbox, then sending them through a real SMTP server (aiosmtpd, needs `pip install aiosmtpd`),
# a second run the same day (nothing to make or send), and, on `hearth serve`, one contributor's
# My actions, their calendar file and the outbox page. Goal: the digest made and sent in under
# 10 s, every page under 1 s. CI does not run it.
#   scripts/bench-digest.sh [--release] [--python PATH]
set -euo pipefail
cd "$(dirname "$0")/.."
config=debug python=python3
while [ $# -gt 0 ]; do
  case "$1" in --release) config=release ;; --python) python="$2"; shift ;; esac
  shift
done
"$python" -c "import aiosmtpd" || { echo "needs aiosmtpd for $python (pip install aiosmtpd)" >&2; exit 1; }
swift build -c $config --product hearth >/dev/null
hearth="$(swift build -c $config --show-bin-path)/hearth"
work=$(mktemp -d /tmp/hearth-digest.XXXXXX)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; }
trap cleanup EXIT
export HEARTH_NEW_PASSWORD="digest-bench-password-1" HEARTH_DIGEST_TIME=off
echo "building the demo authority ($config)…"
(cd "$work" && "$hearth" demo --no-serve --out demo --db demo.sqlite >/dev/null)
"$hearth" users add bench --role manager --db "$work/demo.sqlite" >/dev/null
for i in $(seq -w 1 40); do
  "$hearth" users add "hos$i" --role contributor --email "hos$i@council.example" --db "$work/demo.sqlite" >/dev/null
done
port=18091 base="http://127.0.0.1:18091"
"$hearth" serve --db "$work/demo.sqlite" --port $port --insecure-cookies >"$work/serve.log" 2>&1 &
pids+=($!)
for _ in $(seq 100); do curl -s "$base/health" >/dev/null && break; sleep 0.2; done
signin() { # user jar
  curl -s -c "$2" -b "$2" "$base/sign-in" -o /dev/null
  local csrf; csrf=$(awk '$6=="hearth_csrf"{print $7}' "$2")
  curl -s -c "$2" -b "$2" -o /dev/null -d "_csrf=$csrf&username=$1&password=$HEARTH_NEW_PASSWORD&next=/" "$base/sign-in"
}
signin bench "$work/jar"
csrf=$(awk '$6=="hearth_csrf"{print $7}' "$work/jar")
priority=$(curl -s -b "$work/jar" "$base/api/v1/programme/plan" | python3 -c "import json,sys; print(json.load(sys.stdin)['priorities'][0]['id'])")
start=$(date +%s.%N)
for k in $(seq 0 399); do
  owner=$(printf "hos%02d" $(( k % 40 + 1 )))
  due=$(date -d "+$(( k % 90 - 10 )) days" +%F)
  curl -sf -b "$work/jar" -H "X-CSRF-Token: $csrf" -H "Content-Type: application/json" -o /dev/null \
    -d "{\"priority\":\"$priority\",\"title\":\"Bench action $k\",\"owner\":\"Head of Service\",\"ownerUser\":\"$owner\",\"due\":\"$due\"}" \
    "$base/api/v1/programme/plan/actions"
done
printf '%-52s %.1f s\n' "400 owned actions added by the API" "$(echo "$(date +%s.%N) - $start" | bc)"

timed_cli() { # label command…
  local s; s=$(date +%s.%N)
  "${@:2}" >"$work/last.out" 2>&1 || { cat "$work/last.out" >&2; exit 1; }
  printf '%-52s %.2f s   (%s)\n' "$1" "$(echo "$(date +%s.%N) - $s" | bc)" "$(head -1 "$work/last.out")"
}
# Outbox only (no relay), for a day; then the next day's, sent through a real SMTP server.
timed_cli "hearth digest, outbox only" "$hearth" digest --db "$work/demo.sqlite" --date "$(date +%F)"
smtp=18025
"$python" -m aiosmtpd -n -l 127.0.0.1:$smtp -c aiosmtpd.handlers.Sink >/dev/null 2>&1 &
pids+=($!)
for _ in $(seq 100); do (exec 3<>/dev/tcp/127.0.0.1/$smtp) 2>/dev/null && break; sleep 0.1; done
export HEARTH_SMTP_URL="smtp://127.0.0.1:$smtp?from=hearth@council.example"
tomorrow=$(date -d "+1 day" +%F)
timed_cli "hearth digest, made and sent by SMTP" "$hearth" digest --db "$work/demo.sqlite" --date "$tomorrow"
grep -q "sent by e-mail" "$work/last.out" && grep "sent by e-mail" "$work/last.out"
timed_cli "hearth digest again the same day" "$hearth" digest --db "$work/demo.sqlite" --date "$tomorrow"

signin hos01 "$work/hos"
timed() { local out; out=$(curl -s -b "$2" -o /dev/null -w '%{time_total} %{http_code}' "$3")
  printf '%-52s %s s\n' "$1" "${out% *}"; [ "${out#* }" = 200 ] || { echo "  status ${out#* }" >&2; exit 1; }; }
timed "My actions (a contributor with 10 actions)" "$work/hos" "$base/my-actions"
timed "their calendar file" "$work/hos" "$base/my-actions/calendar.ics"
timed "the outbox (a manager: every message)" "$work/jar" "$base/outbox"
timed "GET /api/v1/my-actions" "$work/hos" "$base/api/v1/my-actions"
