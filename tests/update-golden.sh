#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Signalbox contributors
# SPDX-License-Identifier: Apache-2.0
# Regenerates the golden HTML files from the current exporter. Review the diff before committing.
# Usage: tests/update-golden.sh [BUILD_DIR]
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
CLI=${1:-$ROOT/build}/app/cli/signalbox-cli
for pair in "resources/examples/harbour-cranes.yaml:harbour-cranes" \
            "resources/templates/request-reply.yaml:request-reply" \
            "resources/templates/kafka-headers.yaml:kafka-headers"; do
    src=${pair%%:*}
    name=${pair##*:}
    "$CLI" export-html "$ROOT/$src" -o "$ROOT/tests/data/export/$name.html"
    echo "updated tests/data/export/$name.html"
done
