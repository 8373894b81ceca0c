#!/bin/bash
# Start a throwaway PostgreSQL on 127.0.0.1:$PGPORT (default 55432) for tests. Works as root with no
# stdin (as CI runs); PGTEST_STATE names the file remembering it (for parallel runs); installs PostgreSQL from Debian packages when it is missing. Prints the URL.
set -euo pipefail
export PATH="/usr/sbin:/sbin:/usr/bin:/bin:$PATH"
export PGPORT=${PGPORT:-55432}
ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1 || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql >/dev/null; }
PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
id postgres >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin postgres
PGTMP=$(mktemp -d /tmp/pgtest.XXXXXX); echo "$PGTMP" > "${PGTEST_STATE:-/tmp/pgtest.current}"
chown postgres: "$PGTMP"
runuser -u postgres -- "$PGBIN/initdb" -D "$PGTMP/data" -U postgres --auth=trust --encoding=UTF8 --no-locale --no-sync >"$PGTMP/initdb.log"
runuser -u postgres -- "$PGBIN/pg_ctl" -D "$PGTMP/data" -l "$PGTMP/server.log" -w -t 60 \
  -o "-c listen_addresses=127.0.0.1 -p $PGPORT -k $PGTMP -c fsync=off -c synchronous_commit=off -c full_page_writes=off" start >/dev/null
psql -h 127.0.0.1 -p "$PGPORT" -U postgres -d postgres -v ON_ERROR_STOP=1 -qc "CREATE DATABASE hearth_test"
echo "postgres://postgres@127.0.0.1:$PGPORT/hearth_test?sslmode=disable"
