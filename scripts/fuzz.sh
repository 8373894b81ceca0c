#!/usr/bin/env bash
# Fuzzes every reader a user's file reaches (see Sources/HearthFuzz).
#
#   scripts/fuzz.sh [SECONDS-PER-TARGET] [hearth-fuzz options]   seeded mutation harness, all targets
#   scripts/fuzz.sh --libfuzzer TARGET [libFuzzer options]        coverage-guided, one target
#
# Both build in release under their own scratch paths (.build/fuzz, .build/fuzz-libfuzzer), so
# they never disturb the debug build. Crashes and hangs are written to .build/fuzz-findings.
# Examples: scripts/fuzz.sh 600 --seed 7;  scripts/fuzz.sh --libfuzzer cin -max_total_time=600
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="/opt/swift/usr/bin:$PATH"
mkdir -p .build/fuzz-findings

if [ "${1:-}" = "--libfuzzer" ]; then
  target=${2:?usage: scripts/fuzz.sh --libfuzzer TARGET [libFuzzer options]}
  shift 2
  # The same target functions, driven by libFuzzer: -D HEARTH_LIBFUZZER swaps the harness's
  # main for libFuzzer's entry point; every module is instrumented for coverage.
  flags=(-c release --scratch-path .build/fuzz-libfuzzer -Xswiftc -sanitize=fuzzer -Xswiftc -DHEARTH_LIBFUZZER)
  swift build "${flags[@]}" --product hearth-fuzz
  bin="$(swift build "${flags[@]}" --show-bin-path)/hearth-fuzz"
  corpus=".build/fuzz-corpus/$target"
  mkdir -p "$corpus"
  # libFuzzer writes new inputs to the first folder only; the others are read as seeds.
  seeds=()
  for d in "Tests/HearthDataTests/FuzzSeeds/$target" Tests/HearthDataTests/Corpus/*/; do
    [ -d "$d" ] && seeds+=("$d")
  done
  HEARTH_FUZZ_TARGET="$target" exec "$bin" "$corpus" "${seeds[@]}" \
    -artifact_prefix=.build/fuzz-findings/ -timeout=10 -max_len=65536 "$@"
fi

seconds=60
if [ $# -gt 0 ] && [[ "$1" =~ ^[0-9.]+$ ]]; then
  seconds=$1
  shift
fi
swift build -c release --scratch-path .build/fuzz --product hearth-fuzz
"$(swift build -c release --scratch-path .build/fuzz --show-bin-path)/hearth-fuzz" --target all --seconds "$seconds" "$@"
