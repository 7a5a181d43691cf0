#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Signalbox contributors
# SPDX-License-Identifier: Apache-2.0
# Fails when a user-visible string of the sources (a plural one for English) is missing from a .ts file, or a .ts file has an
# untranslated entry. Usage: check-translations.sh LUPDATE SOURCE_DIR
set -euo pipefail
LUPDATE=$1
SRC=$2
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
status=0
for ts in "$SRC"/translations/*.ts; do
    cp "$ts" "$TMP/check.ts"
    # The English catalogue holds plural forms only ("1 error", "2 errors").
    only=()
    case "$ts" in *_en.ts) only=(-pluralonly) ;; esac
    # Include paths, so that every lupdate (Qt 6.8 parses C++ more strictly) knows the classes.
    (cd "$SRC" && "$LUPDATE" -silent -no-obsolete -locations none -I lib -I app/gui "${only[@]}" app lib -ts "$TMP/check.ts" >/dev/null)
    missing=$(grep -c 'type="unfinished"' "$TMP/check.ts" || true)
    if [ "$missing" != 0 ]; then
        echo "$(basename "$ts"): $missing source strings without a translation:"
        grep -B2 'type="unfinished"' "$TMP/check.ts" | grep '<source>' | head -20
        status=1
    fi
done
[ $status = 0 ] && echo "1 passed, 0 failed"
exit $status
