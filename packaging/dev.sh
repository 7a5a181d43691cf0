#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Signalbox contributors
# SPDX-License-Identifier: Apache-2.0
#
# One entry point for developers and CI on Debian 12 (and 13):
#   packaging/dev.sh run [FILE]   install what is missing, build, open the editor (bundled example by default)
#   packaging/dev.sh test         install what is missing, build, run every test
#   packaging/dev.sh setup        only install what is missing
#   packaging/dev.sh bench        build and run the benchmarks (needs ../shared/oracle for the side-by-side figures)
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
    qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libgl-dev qt6-websockets-dev python3-websockets qtkeychain-qt6-dev
    libyaml-cpp-dev nlohmann-json3-dev libvalijson-dev libgraphviz-dev qt6-svg-dev
    libmd4c-dev libmd4c-html0-dev libkainjow-mustache-dev chromium
    desktop-file-utils appstream dpkg-dev debootstrap
    xvfb xauth
)

log() { printf '\033[1m[signalbox]\033[0m %s\n' "$*" >&2; }

as_root() {
    if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi
}

install_apt() {
    local missing=()
    for p in "${APT_PACKAGES[@]}"; do
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

configure_and_build() {
    local preset_args=(-DSIGNALBOX_SPECS_DIR="$SPECS_DIR" -DSIGNALBOX_NODE_WS_DIR="$WS_DIR" -DCMAKE_BUILD_TYPE=RelWithDebInfo -G Ninja)
    export CCACHE_DIR=${CCACHE_DIR:-$CACHE/ccache}
    if [ "${CI:-}" = true ]; then preset_args+=(-DCMAKE_COMPILE_WARNING_AS_ERROR=ON); fi
    if [ ! -f "$BUILD/CMakeCache.txt" ]; then
        cmake -S "$ROOT" -B "$BUILD" "${preset_args[@]}" -DCMAKE_CXX_COMPILER_LAUNCHER=ccache >/dev/null
    else
        cmake -S "$ROOT" -B "$BUILD" -DSIGNALBOX_SPECS_DIR="$SPECS_DIR" -DSIGNALBOX_NODE_WS_DIR="$WS_DIR" >/dev/null
    fi
    cmake --build "$BUILD" --parallel 2 "$@"
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
    bench)
        setup
        configure_and_build
        "$ROOT/tests/benchmarks/run.sh" "$BUILD"
        ;;
    *)
        echo "usage: packaging/dev.sh run [FILE] | test | setup | bench" >&2
        exit 2
        ;;
esac
