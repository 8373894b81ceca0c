#!/bin/bash
# National-scale import benchmark: `hearth import` of one generated year into SQLite and into
# PostgreSQL, beside the databases' own CSV loaders (`sqlite3 .import`, `psql \copy`) loading the
# same rows exported as CSV into fresh tables of the same schema. Prints one comparison table.
#
#   scripts/bench-import.sh DATA_DIR [WORK_DIR]
#
# DATA_DIR: a generated year, e.g. `hearth generate --la england --year 2025 --seed 1 --out DIR`
#           (about 20 minutes) or Benchmarks/.data/england.
# WORK_DIR: where the databases and CSVs go (default: a new folder under /tmp; several GB).
# Environment: HEARTH_BIN (a built hearth; otherwise built here in release, ~15-20 min),
#   BENCH_POSTGRES_URL (otherwise scripts/pg-start.sh starts a throwaway server, stopped at the end),
#   SCRATCH (the build folder, default .build-release). Not run by CI.
set -euo pipefail
export LC_ALL=C
DATA=$(cd "${1:?usage: scripts/bench-import.sh DATA_DIR [WORK_DIR]}" && pwd)
WORK=${2:-$(mktemp -d /tmp/hearth-bench.XXXXXX)}
mkdir -p "$WORK"
WORK=$(cd "$WORK" && pwd)
ROOT=$(cd "$(dirname "$0")/.." && pwd)
command -v sqlite3 >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq sqlite3 >/dev/null; }

if [[ -z "${HEARTH_BIN:-}" ]]; then
  echo "== building hearth (release)"
  (cd "$ROOT" && nice -n 5 swift build -c release --product hearth --scratch-path "${SCRATCH:-.build-release}")
  HEARTH_BIN="$(cd "$ROOT" && swift build -c release --scratch-path "${SCRATCH:-.build-release}" --show-bin-path)/hearth"
fi
STARTED_PG=0
if [[ -z "${BENCH_POSTGRES_URL:-}" ]]; then
  export PGTEST_STATE="$WORK/pgtest.state" PGPORT=${PGPORT:-55439}
  BENCH_POSTGRES_URL=$("$ROOT/scripts/pg-start.sh" | tail -1)
  STARTED_PG=1
fi
# A database of its own on that server, dropped at the end: nothing else on it is touched.
BENCH_DB=hearth_bench_$$
psql "$BENCH_POSTGRES_URL" -X -q -v ON_ERROR_STOP=1 -c "CREATE DATABASE $BENCH_DB"
PG_URL=$(echo "$BENCH_POSTGRES_URL" | sed -E "s#^(postgres(ql)?://[^/]*)/[^?]*#\1/$BENCH_DB#")
cleanup() {
  psql "$BENCH_POSTGRES_URL" -X -q -c "DROP DATABASE IF EXISTS $BENCH_DB" >/dev/null 2>&1 || true
  if [[ $STARTED_PG == 1 ]]; then PGTEST_STATE="$WORK/pgtest.state" "$ROOT/scripts/pg-stop.sh"; fi
}
trap cleanup EXIT
PSQL=(psql "$PG_URL" -X -q -v ON_ERROR_STOP=1)

# The largest file, in MB, rounded up: the national CIN census is far above the 1 GB default.
MAX_MB=$(( $(find "$DATA" -type f -printf '%s\n' | sort -n | tail -1) / 1048576 + 1 ))
echo "== data: $DATA ($(du -sh "$DATA" | cut -f1), largest file $MAX_MB MB); work: $WORK"
echo "== load before: $(uptime)"

# Runs a command under GNU time; sets SECONDS_TAKEN and PEAK_KB, keeps its output in $WORK/$1.log.
timed() {
  local name=$1; shift
  /usr/bin/time -v -o "$WORK/$name.time" "$@" >"$WORK/$name.log" 2>&1 || { cat "$WORK/$name.log"; exit 1; }
  SECONDS_TAKEN=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s }' "$WORK/$name.time")
  PEAK_KB=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$WORK/$name.time")
}
# "stored 12.34 s" from hearth's own report: everything after reading and parsing the files.
stored_seconds() { grep -o 'stored [0-9.]* s' "$WORK/$1.log" | awk '{ print $2 }'; }

# Tables holding the submission's parsed rows, largest first (submission_files and its chunks hold file bytes
# rather than rows, so it is left out of the CSV comparison).
row_tables() {
  sqlite3 "$1" "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT IN
    ('schema_migrations', 'submissions', 'submission_files', 'submission_file_chunks', 'submission_parts', 'users', 'sessions',
     'audit_records', 'indicator_snapshots')" |
  while read -r t; do echo "$(sqlite3 "$1" "SELECT COUNT(*) FROM $t") $t"; done | sort -rn | awk '$1 > 0 { print $2 }'
}
sqlite_rows() { local n=0 t; for t in $(row_tables "$1"); do n=$(( n + $(sqlite3 "$1" "SELECT COUNT(*) FROM $t") )); done; echo $n; }

echo "== hearth import -> SQLite"
rm -f "$WORK/hearth.sqlite"*
timed hearth-sqlite nice -n 5 "$HEARTH_BIN" import "$DATA" --db "sqlite:$WORK/hearth.sqlite" --max-file-size "$MAX_MB" --as bench
H_SQLITE_S=$SECONDS_TAKEN H_SQLITE_KB=$PEAK_KB H_SQLITE_STORED=$(stored_seconds hearth-sqlite)
TABLES=$(row_tables "$WORK/hearth.sqlite")
ROWS=$(sqlite_rows "$WORK/hearth.sqlite")
echo "   $ROWS rows in $(echo $TABLES | wc -w) tables, ${H_SQLITE_S}s (stored ${H_SQLITE_STORED}s), peak ${H_SQLITE_KB} kB"

echo "== hearth import -> PostgreSQL"
timed hearth-postgres nice -n 5 "$HEARTH_BIN" import "$DATA" --db "$PG_URL" --max-file-size "$MAX_MB" --as bench
H_PG_S=$SECONDS_TAKEN H_PG_KB=$PEAK_KB H_PG_STORED=$(stored_seconds hearth-postgres)
PG_ROWS=0
for t in $TABLES; do PG_ROWS=$(( PG_ROWS + $("${PSQL[@]}" -Atc "SELECT COUNT(*) FROM $t") )); done
echo "   $PG_ROWS rows, ${H_PG_S}s (stored ${H_PG_STORED}s), peak ${H_PG_KB} kB"
[[ $PG_ROWS == "$ROWS" ]] || { echo "row counts differ: SQLite $ROWS, PostgreSQL $PG_ROWS"; exit 1; }

echo "== exporting the row tables as CSV"
mkdir -p "$WORK/csv"
for t in $TABLES; do sqlite3 -csv "$WORK/hearth.sqlite" "SELECT * FROM $t ORDER BY submission_id, rowid" >"$WORK/csv/$t.csv"; done
CSV_BYTES=$(du -cb "$WORK"/csv/*.csv | tail -1 | cut -f1)

# Fresh, identical tables: the same schema (keys and foreign keys) holding the one submission row,
# and the same settings hearth uses (SQLite WAL, synchronous NORMAL, foreign keys on; one transaction each).
echo "== sqlite3 .import"
rm -f "$WORK/new.sqlite"*
sqlite3 "$WORK/hearth.sqlite" .schema | sqlite3 "$WORK/new.sqlite"
sqlite3 "$WORK/new.sqlite" "ATTACH '$WORK/hearth.sqlite' AS h; INSERT INTO submissions SELECT * FROM h.submissions"
{
  echo "PRAGMA journal_mode = WAL;"; echo "PRAGMA synchronous = NORMAL;"; echo "PRAGMA foreign_keys = ON;"
  echo "BEGIN;"
  for t in $TABLES; do echo ".import --csv $WORK/csv/$t.csv $t"; done
  echo "COMMIT;"
} >"$WORK/import.sqlite3"
timed sqlite3-import nice -n 5 sqlite3 "$WORK/new.sqlite" ".read $WORK/import.sqlite3"
S3_S=$SECONDS_TAKEN S3_KB=$PEAK_KB
S3_ROWS=$(sqlite_rows "$WORK/new.sqlite")

echo "== psql \\copy"
"${PSQL[@]}" -c "CREATE SCHEMA copytest"
for t in submissions $TABLES; do
  "${PSQL[@]}" -c "CREATE TABLE copytest.$t (LIKE public.$t INCLUDING ALL)"
done
for t in $TABLES; do
  "${PSQL[@]}" -c "ALTER TABLE copytest.$t ADD FOREIGN KEY (submission_id) REFERENCES copytest.submissions (id)"
done
"${PSQL[@]}" -c "INSERT INTO copytest.submissions SELECT * FROM public.submissions"
{ echo "SET search_path TO copytest;"; for t in $TABLES; do echo "\\copy $t FROM '$WORK/csv/$t.csv' CSV"; done; } >"$WORK/import.psql"
timed psql-copy nice -n 5 "${PSQL[@]}" -1 -f "$WORK/import.psql"
PC_S=$SECONDS_TAKEN PC_KB=$PEAK_KB
PC_ROWS=0
for t in $TABLES; do PC_ROWS=$(( PC_ROWS + $("${PSQL[@]}" -Atc "SELECT COUNT(*) FROM copytest.$t") )); done

echo "== load after: $(uptime)"
echo
echo "National import: $ROWS rows in $(echo $TABLES | wc -w) tables (CSV $(( CSV_BYTES / 1048576 )) MB); hearth also stores"
echo "the $(du -sh "$DATA" | cut -f1) of file bytes. 'hearth total' includes reading and parsing the files; 'stored' is"
echo "hearth's own figure after reading: hashing the files, flattening the rows and the write transaction."
echo "PostgreSQL here runs with fsync off (a throwaway server)."
printf '\n%-30s %12s %10s %12s %14s\n' "load" "rows" "seconds" "rows/s" "peak RSS (MB)"
row() { awk -v l="$1" -v n="$2" -v s="$3" -v kb="$4" 'BEGIN { printf "%-30s %12d %10.2f %12.0f %14.0f\n", l, n, s, n / s, kb / 1024 }'; }
row "hearth -> SQLite (total)" "$ROWS" "$H_SQLITE_S" "$H_SQLITE_KB"
row "hearth -> SQLite (stored)" "$ROWS" "$H_SQLITE_STORED" "$H_SQLITE_KB"
row "hearth -> PostgreSQL (total)" "$PG_ROWS" "$H_PG_S" "$H_PG_KB"
row "hearth -> PostgreSQL (stored)" "$PG_ROWS" "$H_PG_STORED" "$H_PG_KB"
row "sqlite3 .import" "$S3_ROWS" "$S3_S" "$S3_KB"
row "psql \\copy (client RSS)" "$PC_ROWS" "$PC_S" "$PC_KB"
