#!/usr/bin/env bash
# The national fingerprint: every figure, problem and drill-down list Hearth's CLI gives for a
# fixed set of returns, in one text file, so a change that must not change behaviour (a refactor)
# can be shown to leave every byte alone.
#
#   scripts/fingerprint.sh HEARTH_BINARY RETURNS_FOLDER OUT_FILE
#
# RETURNS_FOLDER is made on first use (generated authorities with injected defects, plus the
# hand-written corpus of Tests/HearthDataTests/Corpus) and reused after, so two binaries are
# compared on the same files. Compare two runs with `cmp` or `diff`.
set -euo pipefail
bin=$(realpath "$1"); returns=$2; out=$3
here=$(cd "$(dirname "$0")/.." && pwd)

if [ ! -d "$returns" ]; then
    mkdir -p "$returns"
    # A unitary authority with defects, a county and an inner London borough, in both Annex A layouts.
    "$bin" generate --la 876 --year 2025 --seed 7 --defect-rate 0.01 --out "$returns/876-2025" >/dev/null
    "$bin" generate --la 886 --year 2024 --seed 11 --annex-a csv --out "$returns/886-2024" >/dev/null
    "$bin" generate --la 202 --year 2025 --seed 3 --out "$returns/202-2025" >/dev/null
    # The hand-written corpus, each kind on its own and all together (readers meet them mixed).
    for kind in cin ssda903 annexa; do cp -R "$here/Tests/HearthDataTests/Corpus/$kind" "$returns/corpus-$kind"; done
fi

ids=$("$bin" indicators "$returns/876-2025" --format json 2>/dev/null | python3 -c '
import json, sys
doc = json.load(sys.stdin)
rows = doc["indicators"] if isinstance(doc, dict) else doc
print(" ".join(r["definition"]["id"] for r in rows))')

run() { echo "### $*"; "$bin" "$@" 2>&1 || echo "(exit $?)"; }
store=$(mktemp -d)
trap 'rm -rf "$store"' EXIT
{
    for set in "$returns"/*/; do
        set=${set%/}
        run inspect "$set"
        run indicators "$set" --format json
        run indicators "$set" --format json --suppress
        run indicators "$set" --format csv --period 2024-25-Q3
        case "$set" in
            */corpus-*) ;;
            *)
                for id in $ids; do run indicators "$set" --id "$id" --children --format csv; done
                run workforce "$set" --date 2025-03-31 --format json
                run sufficiency "$set" --date 2025-03-31 --format json --children
                ;;
        esac
    done
    for set in 876-2025 886-2024; do
        run import "$returns/$set" --db "$store/hearth.sqlite" --as fingerprint
    done
    run figures --db "$store/hearth.sqlite" --la 876 --format json
    run figures --db "$store/hearth.sqlite" --la 876 --format json --suppress
    run figures --db "$store/hearth.sqlite" --la 886 --format csv --suppress
} | sed -E -e "s#$store#STORE#g" \
      -e 's/Read in [0-9.]+ s\./Read in (time) s./' \
      -e 's/read [0-9.]+ s, stored [0-9.]+ s \([0-9]+ rows\/s\)/read (time), stored (time)/' > "$out"
# Timings are left out: they change on every run and say nothing of a figure.
echo "$(wc -l < "$out") lines, sha256 $(sha256sum "$out" | cut -c1-16) -> $out"
