#!/usr/bin/env bash
# Check that returns written by Hearth's generator are accepted by DfE's public validators.
#
#   scripts/validate-with-dfe-tools.sh OUTDIR [RETURNS_DIR]
#
# Makes (or reuses) a Python venv in OUTDIR/.venv with DfE's validator packages from PyPI,
# generates a synthetic Halton (876) year to 31 March 2026 (the 2025-26 collection, which the
# 2025/26 rule packs check) into OUTDIR/returns unless RETURNS_DIR is given, then runs scripts/dfe_validate.py over it. Exit 1 on structural problems (files the
# validators cannot take as uploaded); rule failures are printed and written to
# OUTDIR/dfe-rule-report.csv but do not fail the check. Exit 0 with "skipped: PyPI unreachable"
# when the packages cannot be installed, so CI without PyPI can carry on.
set -euo pipefail

if [[ $# -lt 1 || $# -gt 2 ]]; then
    echo "usage: $0 OUTDIR [RETURNS_DIR]" >&2
    exit 2
fi
repo="$(cd "$(dirname "$0")/.." && pwd)"
mkdir -p "$1"
outdir="$(cd "$1" && pwd)"
venv="$outdir/.venv"
export PATH="/opt/swift/usr/bin:$PATH"

# The packages pin pandas 1.5 / numpy 1.24, which have wheels for Python 3.11: prefer it.
python="$(command -v python3.11 || command -v python3)"

# A venv of our own, so the validators' pinned dependencies never touch the system Python.
if [[ ! -x "$venv/bin/python" ]]; then
    "$python" -m venv "$venv"
fi
# Installed already? Then no network is needed (reruns, offline machines with a kept OUTDIR).
if ! "$venv/bin/python" -c "import lac_validator, cin_validator" 2>/dev/null; then
    if ! "$venv/bin/python" -m pip install --quiet --disable-pip-version-check \
            csc-validator-be-903 csc-validator-be-cin; then
        echo "skipped: PyPI unreachable (could not install csc-validator-be-903 / csc-validator-be-cin)"
        exit 0
    fi
fi
"$venv/bin/python" -m pip show csc-validator-be-903 csc-validator-be-cin 2>/dev/null \
    | awk '/^Name:/{n=$2} /^Version:/{print "using " n " " $2}'

if [[ $# -eq 2 ]]; then
    returns="$(cd "$2" && pwd)"
else
    returns="$outdir/returns"
    rm -rf "$returns"
    # Debug build: this runs after CI's debug build of the tests, so it is mostly cached.
    (cd "$repo" && swift run -c debug hearth generate --la 876 --year 2026 --seed 7 --annex-a csv --out "$returns")
fi

# DfE name their rule packs by collection: lac2025_26 / cin2025_26 check the year to 31 March 2026,
# the year generated above. (With RETURNS_DIR of another year, dfe_validate.py notes the mismatch.)
exec "$venv/bin/python" "$repo/scripts/dfe_validate.py" "$returns" \
    --ruleset-903 lac2025_26 --ruleset-cin cin2025_26 --la 876 \
    --report "$outdir/dfe-rule-report.csv"
