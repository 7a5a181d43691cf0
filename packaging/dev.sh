#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Signalbox contributors
# SPDX-License-Identifier: Apache-2.0
#
# One entry point for developers and CI on Debian 12 (and 13):
#   packaging/dev.sh run [FILE]   install what is missing, build, open the editor (bundled example by default)
#   packaging/dev.sh test         install what is missing, build, run every test
#   packaging/dev.sh setup        only install what is missing
#   packaging/dev.sh bench        build and run the benchmarks (needs ../shared/oracle for the side-by-side figures)
#   packaging/dev.sh sanitize     build everything with ASan + UBSan (build-sanitize/) and run every test
#   packaging/dev.sh fuzz [SECONDS [TARGET...]]  build the libFuzzer targets with clang, ASan and UBSan
#                                 (build-fuzz/) and run each (or the named ones) for SECONDS (default 60),
#                                 their corpora kept in the cache outside the clone
# Each step is quick when everything is already in place.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD=${SIGNALBOX_BUILD_DIR:-$ROOT/build}
CACHE=${SIGNALBOX_CACHE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/signalbox}

# The official AsyncAPI JSON Schemas, pinned by version and by the registry's integrity hash.
SPECS_VERSION=6.11.1
SPECS_INTEGRITY='sha512-A3WBLqAKGoJ2+6FWFtpjBlCQ1oFCcs4GxF7zsIGvNqp/klGUHjlA3aAcZ9XMMpLGE8zPeYDz2x9FmO6DSuKraQ=='
SPECS_DIR=$CACHE/asyncapi-specs-$SPECS_VERSION
# npm's ws, a second WebSocket server implementation for the live tests, pinned the same way.
WS_VERSION=8.18.3
WS_INTEGRITY='sha512-PEIGCY5tSlUt50cqyMXfCzX+oOPqN0vuGqWzbcJ2xvnkzkq46oOpz7dQaTDBdfICb4N14+GARUDw2XV2N4tvzg=='
WS_DIR=$CACHE/node-ws-$WS_VERSION

APT_PACKAGES=(
    build-essential cmake ninja-build ccache pkg-config git ca-certificates openssl nodejs
    qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libgl-dev qt6-websockets-dev python3-websockets node-eventsource qtkeychain-qt6-dev
    libyaml-cpp-dev nlohmann-json3-dev libvalijson-dev libgraphviz-dev qt6-svg-dev
    libmd4c-dev libmd4c-html0-dev libkainjow-mustache-dev chromium
    desktop-file-utils appstream dpkg-dev debootstrap
    xvfb xauth clang-format json-schema-test-suite qt6-translations-l10n
)

# Only for `fuzz`: clang with libFuzzer and the sanitizer runtimes.
FUZZ_PACKAGES=(clang libclang-rt-14-dev)
FUZZ_TARGETS=(fuzz_analysis fuzz_htmlexport fuzz_samples fuzz_sseparser)

log() { printf '\033[1m[signalbox]\033[0m %s\n' "$*" >&2; }

as_root() {
    if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi
}

install_apt() {
    local missing=()
    for p in "${APT_PACKAGES[@]}" "$@"; do
        if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
            missing+=("$p")
        fi
    done
    if ! command -v npm >/dev/null 2>&1; then missing+=(npm); fi
    if [ ${#missing[@]} -gt 0 ]; then
        log "installing Debian packages: ${missing[*]}"
        as_root apt-get update -qq
        as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    fi
}

fetch_specs() {
    if [ -f "$SPECS_DIR/.complete" ]; then return; fi
    log "fetching @asyncapi/specs@$SPECS_VERSION"
    local tmp
    tmp=$(npm_pack_checked @asyncapi/specs "$SPECS_VERSION" "$SPECS_INTEGRITY")
    rm -rf "$SPECS_DIR"
    mkdir -p "$SPECS_DIR"
    cp "$tmp"/package/schemas/*-without-\$id.json "$tmp/package/LICENSE" "$SPECS_DIR/" 2>/dev/null || \
        cp "$tmp"/package/schemas/*-without-\$id.json "$SPECS_DIR/"
    rm -rf "$tmp"
    touch "$SPECS_DIR/.complete"
}

# npm pack NAME@VERSION into a temporary folder and check the registry's integrity hash; prints the folder.
npm_pack_checked() {
    local name=$1 version=$2 integrity=$3 tmp tgz got
    tmp=$(mktemp -d)
    (cd "$tmp" && npm pack --silent "$name@$version" >/dev/null)
    tgz=$(ls "$tmp"/*.tgz)
    got="sha512-$(openssl dgst -sha512 -binary "$tgz" | base64 -w0)"
    if [ "$got" != "$integrity" ]; then
        log "integrity mismatch for $name@$version: expected $integrity, got $got"
        rm -rf "$tmp"
        exit 1
    fi
    tar -xzf "$tgz" -C "$tmp"
    echo "$tmp"
}

fetch_ws() {
    if [ -f "$WS_DIR/.complete" ]; then return; fi
    log "fetching ws@$WS_VERSION (test server)"
    local tmp
    tmp=$(npm_pack_checked ws "$WS_VERSION" "$WS_INTEGRITY")
    rm -rf "$WS_DIR"
    mkdir -p "$WS_DIR"
    mv "$tmp/package" "$WS_DIR/ws"
    rm -rf "$tmp"
    touch "$WS_DIR/.complete"
}

# configure_and_build [--extra CMAKE_ARG]... [BUILD_ARG]...: configures $BUILD on first use, then builds.
configure_and_build() {
    local preset_args=(-DSIGNALBOX_SPECS_DIR="$SPECS_DIR" -DSIGNALBOX_NODE_WS_DIR="$WS_DIR" -DCMAKE_BUILD_TYPE=RelWithDebInfo -G Ninja)
    if [ "${CI:-}" = true ]; then preset_args+=(-DCMAKE_COMPILE_WARNING_AS_ERROR=ON); fi
    # Extra settings come last, so that they win over the ones above.
    while [ "${1:-}" = --extra ]; do preset_args+=("$2"); shift 2; done
    export CCACHE_DIR=${CCACHE_DIR:-$CACHE/ccache}
    # Paths below the clone count relative to it: another clone (CI's fresh checkout) hits the same cache.
    export CCACHE_BASEDIR=${CCACHE_BASEDIR:-$ROOT} CCACHE_NOHASHDIR=${CCACHE_NOHASHDIR:-true}
    if [ ! -f "$BUILD/CMakeCache.txt" ]; then
        cmake -S "$ROOT" -B "$BUILD" "${preset_args[@]}" -DCMAKE_CXX_COMPILER_LAUNCHER=ccache >/dev/null
    else
        cmake -S "$ROOT" -B "$BUILD" -DSIGNALBOX_SPECS_DIR="$SPECS_DIR" -DSIGNALBOX_NODE_WS_DIR="$WS_DIR" >/dev/null
    fi
    cmake --build "$BUILD" --parallel 2 "$@"
}

# Sanitizer settings for test runs: every finding fails the test; leaks are not checked (Qt's and
# fontconfig's caches live until exit and would drown real reports).
export_sanitizer_options() {
    export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0:abort_on_error=1:strict_string_checks=1:detect_stack_use_after_return=0}
    export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
}

# Runs every libFuzzer target for $1 seconds, each with its corpus in the cache (seeded from the
# project's documents and ../shared/corpus when present); a crash leaves its input in $CACHE/fuzz/artifacts.
run_fuzzers() {
    local seconds=$1 t corpus seeds=("$ROOT/tests/data" "$ROOT/resources/examples")
    [ -d "$ROOT/../shared/corpus" ] && seeds+=("$ROOT/../shared/corpus")
    mkdir -p "$CACHE/fuzz/artifacts"
    for t in "${FUZZ_TARGETS[@]}"; do
        corpus=$CACHE/fuzz/$t
        mkdir -p "$corpus"
        if [ "$t" != fuzz_sseparser ] && [ -z "$(ls -A "$corpus")" ]; then
            find "${seeds[@]}" -type f \( -name '*.yaml' -o -name '*.yml' -o -name '*.json' \) -size -256k \
                -exec sh -c 'for f; do cp "$f" "$0/$(sha1sum "$f" | cut -c1-16)"; done' "$corpus" {} +
        fi
        log "fuzzing $t for $seconds s (corpus: $corpus)"
        if ! "$BUILD/tests/fuzz/$t" -max_total_time="$seconds" -timeout=20 -rss_limit_mb=4096 -max_len=262144 \
            -print_final_stats=1 -artifact_prefix="$CACHE/fuzz/artifacts/$t-" "$corpus" >"$CACHE/fuzz/$t.log" 2>&1; then
            tail -n 60 "$CACHE/fuzz/$t.log" >&2
            log "$t found a problem: its input is in $CACHE/fuzz/artifacts"
            return 1
        fi
        grep -E '^(#[0-9]+.*DONE|stat::number_of_executed_units|stat::peak_rss_mb)' "$CACHE/fuzz/$t.log" >&2 || true
    done
}

setup() { install_apt; fetch_specs; fetch_ws; }

cmd=${1:-}
shift || true
case "$cmd" in
    setup) setup ;;
    run)
        setup
        configure_and_build --target signalbox
        file=${1:-$ROOT/resources/examples/harbour-cranes.yaml}
        if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
            log "no display: starting under xvfb-run"
            exec xvfb-run -a "$BUILD/app/gui/signalbox" "$file"
        fi
        exec "$BUILD/app/gui/signalbox" "$file"
        ;;
    test)
        setup
        configure_and_build
        cd "$BUILD"
        ctest --output-on-failure -j2 --timeout 600
        ;;
    sanitize)
        setup
        BUILD=${SIGNALBOX_SANITIZE_BUILD_DIR:-$ROOT/build-sanitize}
        # Warnings are not errors here: the instrumentation makes GCC see uninitialised values in
        # libstdc++'s own headers (std::function inside std::regex) that the normal build does not.
        configure_and_build --extra -DSIGNALBOX_SANITIZE=address,undefined --extra -DCMAKE_COMPILE_WARNING_AS_ERROR=OFF
        export_sanitizer_options
        cd "$BUILD"
        ctest --output-on-failure -j2 --timeout 900
        ;;
    fuzz)
        install_apt "${FUZZ_PACKAGES[@]}"
        fetch_specs
        BUILD=${SIGNALBOX_FUZZ_BUILD_DIR:-$ROOT/build-fuzz}
        export CC=clang CXX=clang++
        configure_and_build --extra -DSIGNALBOX_LIBFUZZER=ON --extra -DSIGNALBOX_SANITIZE=address,undefined \
            --extra -DCMAKE_COMPILE_WARNING_AS_ERROR=OFF \
            --target "${FUZZ_TARGETS[@]}"
        export_sanitizer_options
        seconds=${1:-60}
        shift || true
        if [ $# -gt 0 ]; then FUZZ_TARGETS=("$@"); fi
        run_fuzzers "$seconds"
        ;;
    bench)
        setup
        configure_and_build
        "$ROOT/tests/benchmarks/run.sh" "$BUILD"
        ;;
    *)
        echo "usage: packaging/dev.sh run [FILE] | test | setup | bench | sanitize | fuzz [SECONDS]" >&2
        exit 2
        ;;
esac
