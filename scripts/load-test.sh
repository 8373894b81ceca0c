#!/usr/bin/env bash
# Load on the overview page: wrk, 50 connections for 30 s, against `hearth serve` on SQLite and on
# PostgreSQL, beside nginx serving a static copy of the same page. Goal: ≥ 30% of nginx's req/s,
# p99 < 50 ms. Needs wrk, nginx (Debian) and a release build; CI does not run it.
#   scripts/load-test.sh [--duration 30s] [--connections 50]
set -euo pipefail
cd "$(dirname "$0")/.."
duration=30s; connections=50
while [ $# -gt 0 ]; do
  case "$1" in
    --duration) duration=$2; shift 2 ;;
    --connections) connections=$2; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
for tool in wrk nginx curl; do command -v $tool >/dev/null || PATH="$PATH:/usr/sbin"; command -v $tool >/dev/null || { echo "needs $tool (apt-get install wrk nginx-light curl)" >&2; exit 1; }; done

swift build -c release --product hearth >/dev/null
hearth="$(swift build -c release --show-bin-path)/hearth"
work=$(mktemp -d /tmp/hearth-load.XXXXXX)
chmod 755 "$work"   # nginx workers (www-data) read the static copy from here
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; [ -f "$work/nginx.pid" ] && kill "$(cat "$work/nginx.pid")" 2>/dev/null || true; bash scripts/pg-stop.sh >/dev/null 2>&1 || true; }
trap cleanup EXIT
export HEARTH_NEW_PASSWORD="load-test-password-1"

echo "building the demo authority…"
(cd "$work" && "$hearth" demo --no-serve --out demo --db demo.sqlite >/dev/null)
"$hearth" users add loadtest --role analyst --db "$work/demo.sqlite" >/dev/null

port=18080
# Signs in and prints the session cookie header for wrk.
session() {
  local base=$1 jar="$work/jar-$2"
  curl -s -c "$jar" -b "$jar" "$base/sign-in" -o /dev/null
  local csrf; csrf=$(awk '$6=="hearth_csrf"{print $7}' "$jar")
  curl -s -c "$jar" -b "$jar" -o /dev/null -d "_csrf=$csrf&username=loadtest&password=$HEARTH_NEW_PASSWORD&next=/" "$base/sign-in"
  echo "Cookie: hearth_csrf=$csrf; hearth_session=$(awk '$6=="hearth_session"{print $7}' "$jar")"
}
run_wrk() { # name url [header]
  local out; out=$(wrk -t2 -c"$connections" -d"$duration" --latency ${3:+-H "$3"} "$2")
  local rps p99; rps=$(awk '/Requests\/sec/{print $2}' <<<"$out"); p99=$(awk '$1=="99%"{print $2}' <<<"$out")
  local non2xx; non2xx=$(awk '/Non-2xx/{print $5}' <<<"$out")
  printf '%-28s %12s req/s   p99 %8s   non-2xx %s\n' "$1" "$rps" "$p99" "${non2xx:-0}"
}
serve() { # db-url name
  "$hearth" serve --db "$1" --port $port --insecure-cookies >"$work/serve-$2.log" 2>&1 &
  pids+=($!)
  for _ in $(seq 100); do curl -s "http://127.0.0.1:$port/health" >/dev/null && return; sleep 0.2; done
  echo "hearth serve did not start" >&2; exit 1
}

serve "$work/demo.sqlite" sqlite
cookie=$(session "http://127.0.0.1:$port" sqlite)
curl -s -H "$cookie" "http://127.0.0.1:$port/" -o "$work/static/index.html" --create-dirs
curl -s "http://127.0.0.1:$port/assets/hearth.css" -o "$work/static/assets/hearth.css" --create-dirs
grep -q 'class="tile ' "$work/static/index.html" || { echo "the overview did not render for the load user" >&2; exit 1; }
echo "overview page: $(wc -c <"$work/static/index.html") bytes; $(nproc) cores; load $(cut -d' ' -f1-3 /proc/loadavg)"
run_wrk "hearth on SQLite" "http://127.0.0.1:$port/" "$cookie"
kill "${pids[-1]}"; wait "${pids[-1]}" 2>/dev/null || true

url=$(bash scripts/pg-start.sh)
for year in "$work"/demo/*/; do "$hearth" import "$year" --db "$url" --as loadtest >/dev/null; done
"$hearth" users add loadtest --role analyst --db "$url" >/dev/null
serve "$url" postgres
cookie=$(session "http://127.0.0.1:$port" postgres)
run_wrk "hearth on PostgreSQL" "http://127.0.0.1:$port/" "$cookie"

cat >"$work/nginx.conf" <<CONF
worker_processes 2;
pid $work/nginx.pid;
error_log $work/nginx-error.log crit;
events { worker_connections 1024; }
http {
  access_log off;
  include /etc/nginx/mime.types;
  server { listen 127.0.0.1:18081; root $work/static; }
}
CONF
chmod -R a+rX "$work/static"
nginx -c "$work/nginx.conf"
sleep 0.5
run_wrk "nginx, static copy" "http://127.0.0.1:18081/index.html"
