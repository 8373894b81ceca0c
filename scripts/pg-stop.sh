#!/bin/bash
# Stop and remove the PostgreSQL started by pg-start.sh.
set -u
export PATH="/usr/sbin:/sbin:/usr/bin:/bin:$PATH"
PGTMP=$(cat "${PGTEST_STATE:-/tmp/pgtest.current}" 2>/dev/null) || exit 0
PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
runuser -u postgres -- "$PGBIN/pg_ctl" -D "$PGTMP/data" -m fast -w stop >/dev/null 2>&1 || true
rm -rf "$PGTMP" "${PGTEST_STATE:-/tmp/pgtest.current}"
