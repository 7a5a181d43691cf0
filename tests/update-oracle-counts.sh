#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Signalbox contributors
# SPDX-License-Identifier: Apache-2.0
# Records how many servers, channels, operations and messages the official JavaScript parser finds
# in each document of ../shared/corpus (its model's counts: oracle.jsonl has only verdicts), for
# tst_graph to compare the graph with. Run after the corpus or the pinned parser changes.
# Usage: tests/update-oracle-counts.sh
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
SHARED=$ROOT/../shared
if [ ! -f "$SHARED/oracle/oracle.js" ] || [ ! -d "$SHARED/corpus" ]; then
    echo "update-oracle-counts: $SHARED/oracle and $SHARED/corpus are needed" >&2
    exit 2
fi
export ORACLE_NM=${ORACLE_NM:-/tmp/oracle-nm}
[ -d "$ORACLE_NM/node_modules/@asyncapi/parser" ] || "$SHARED/oracle/setup.sh"
OUT=$ROOT/tests/data/corpus/oracle-counts.jsonl
node "$SHARED/oracle/oracle.js" --jobs 2 --relative-to "$SHARED/corpus" "$SHARED/corpus" |
    python3 -c '
import json, sys
for line in sys.stdin:
    o = json.loads(line)
    if "counts" in o:
        print(json.dumps({"file": o["file"], "asyncapi": o.get("asyncapi"), "counts": o["counts"]}, sort_keys=True))
' | sort > "$OUT"
echo "wrote $(wc -l < "$OUT") rows to tests/data/corpus/oracle-counts.jsonl"
