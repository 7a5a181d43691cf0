#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Signalbox contributors
# SPDX-License-Identifier: Apache-2.0
# Side-by-side figures against the official JavaScript parser (../shared/oracle), in one run on
# one machine. Usage: tests/benchmarks/run.sh BUILD_DIR
set -euo pipefail
BUILD=${1:?build dir}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
ORACLE=${SIGNALBOX_ORACLE_DIR:-$ROOT/../shared/oracle}
CORPUS=${SIGNALBOX_CORPUS_DIR:-$ROOT/../shared/corpus}
CLI=$BUILD/app/cli/signalbox-cli
BENCH=$BUILD/tests/benchmarks/bench_analysis
WORK=$(mktemp -d)
# The mock's streaming run (bench_mock): 60 s unless told otherwise.
MOCK_SECONDS=${SIGNALBOX_BENCH_MOCK_SECONDS:-60}
trap 'rm -rf "$WORK"' EXIT

if [ ! -d "$ORACLE" ]; then
    echo "no oracle at $ORACLE: only our own figures" >&2
    "$BENCH" "$ROOT/resources/examples/harbour-cranes.yaml" 20
    QT_QPA_PLATFORM=offscreen "$BUILD/tests/benchmarks/bench_typing" 2>/dev/null
    QT_QPA_PLATFORM=offscreen "$BUILD/tests/benchmarks/bench_live" 2>/dev/null
    "$BUILD/tests/benchmarks/bench_mock" "$MOCK_SECONDS" "$ROOT/resources/examples/harbour-cranes.yaml"
    "$BUILD/tests/benchmarks/bench_convert" --mb 1 10
    "$BUILD/tests/benchmarks/bench_rename" 10
    exit 0
fi
[ -d "${ORACLE_NM:-/tmp/oracle-nm}/node_modules/@asyncapi/parser" ] || sh "$ORACLE/setup.sh" >/dev/null
node "$ORACLE/gen-big-spec.js" --target-mb 1 -o "$WORK/big-1mb.yaml" 2>/dev/null
node "$ORACLE/gen-big-spec.js" --target-mb 5 -o "$WORK/big-5mb.yaml" 2>/dev/null

# wall seconds and peak RSS (MB) of one process
measure() {
    /usr/bin/time -f '%e %M' -o "$WORK/t" "$@" >/dev/null 2>&1 || true
    awk '{printf "%.3f %.0f\n", $1, $2/1024}' "$WORK/t"
}

row() {
    local name=$1 file=$2
    read -r ours_s ours_mb < <(measure "$CLI" validate "$file")
    read -r theirs_s theirs_mb < <(measure node "$ORACLE/bench-parse.js" "$file" --runs 0)
    awk -v n="$name" -v os="$ours_s" -v om="$ours_mb" -v ts="$theirs_s" -v tm="$theirs_mb" 'BEGIN {
        printf "%-28s signalbox %7.3f s %5d MB | official %7.3f s %5d MB | %5.1fx faster, %4.1fx less memory\n",
               n, os, om, ts, tm, ts / (os > 0 ? os : 0.001), tm / (om > 0 ? om : 1) }'
}

echo "== one-shot processes (parse + validate), wall time and peak RSS"
row "streetlights-mqtt" "$CORPUS/streetlights-mqtt-asyncapi.yml"
row "generated 1 MB" "$WORK/big-1mb.yaml"
row "generated 5 MB" "$WORK/big-5mb.yaml"

echo "== warm, in-process"
node "$ORACLE/bench-parse.js" "$CORPUS/streetlights-mqtt-asyncapi.yml" --runs 10 2>&1 | tail -3
"$BENCH" "$CORPUS/streetlights-mqtt-asyncapi.yml" 50
"$BENCH" "$WORK/big-1mb.yaml" 3
"$BENCH" "$WORK/big-5mb.yaml" 1

echo "== typing 200 characters through the editor widget (offscreen)"
QT_QPA_PLATFORM=offscreen "$BUILD/tests/benchmarks/bench_typing" "$CORPUS/streetlights-mqtt-asyncapi.yml" 2>/dev/null
QT_QPA_PLATFORM=offscreen "$BUILD/tests/benchmarks/bench_typing" "$WORK/big-1mb.yaml" 2>/dev/null

echo "== graph: build and lay out"
"$BUILD/tests/benchmarks/bench_graph" "$CORPUS/streetlights-mqtt-asyncapi.yml" 20
node "$ORACLE/gen-big-spec.js" --channels 500 -o "$WORK/c500.yaml" 2>/dev/null
"$BUILD/tests/benchmarks/bench_graph" "$WORK/c500.yaml" 5
QT_QPA_PLATFORM=offscreen "$BUILD/tests/benchmarks/bench_typing" "$WORK/c500.yaml" 2>/dev/null

echo "== upgrade 2.6 -> 3.0 (a generated 1 MB 2.6 document; goal 200 ms)"
"$BUILD/tests/benchmarks/bench_convert" --mb 1 10

echo "== rename a schema with 500 references in a generated 1 MB document (goal 100 ms)"
"$BUILD/tests/benchmarks/bench_rename" 10

echo "== export-html, whole process (the official generator with html-template: 10.1 s / ~1 GB for streetlights, 46 s for 1 MB, ../shared/oracle/README.md)"
for f in "$CORPUS/streetlights-mqtt-asyncapi.yml" "$WORK/big-1mb.yaml"; do
    best=""
    for i in 1 2 3 4 5; do
        read -r secs mb < <(measure "$CLI" export-html "$f" -o "$WORK/out.html")
        if [ -z "$best" ] || awk -v a="$secs" -v b="$best" 'BEGIN { exit !(a < b) }'; then best=$secs; bestmb=$mb; fi
    done
    echo "$(basename "$f"): best of 5 ${best} s, ${bestmb} MB peak"
done
QT_QPA_PLATFORM=offscreen "$BUILD/tests/benchmarks/bench_live" 2>/dev/null
"$BUILD/tests/benchmarks/bench_mock" "$MOCK_SECONDS" "$ROOT/resources/examples/harbour-cranes.yaml" \
    "$CORPUS/streetlights-mqtt-asyncapi.yml" "$WORK/big-1mb.yaml"
