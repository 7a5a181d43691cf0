#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Signalbox contributors
# SPDX-License-Identifier: Apache-2.0
#
# Builds and tests Signalbox in a Debian 13 (trixie) chroot: Qt 6.8 and KSyntaxHighlighting (KF6)
# from its apt, so the KF6 highlighting path is compiled and tested on every run. The chroot is
# created when missing (debootstrap from the mirror the machine's apt sources name) and kept in
# ${SIGNALBOX_CHROOT:-/var/cache/signalbox/trixie} for the next run. Needs root.
#   packaging/trixie.sh test
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
CHROOT=${SIGNALBOX_CHROOT:-/var/cache/signalbox/trixie}
CACHE=${SIGNALBOX_CACHE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/signalbox}
SPECS_DIR=$CACHE/asyncapi-specs-6.11.1
WS_DIR=$CACHE/node-ws-8.18.3
PACKAGES=(build-essential cmake ninja-build ccache pkg-config qt6-base-dev qt6-tools-dev qt6-tools-dev-tools
          qt6-l10n-tools libgl-dev libkf6syntaxhighlighting-dev libyaml-cpp-dev nlohmann-json3-dev libvalijson-dev
          libgraphviz-dev qt6-svg-dev libmd4c-dev libmd4c-html0-dev libkainjow-mustache-dev qt6-websockets-dev python3-websockets node-eventsource qtkeychain-qt6-dev nodejs openssl chromium
          )

log() { printf '\033[1m[trixie]\033[0m %s\n' "$*" >&2; }

if [ "$(id -u)" != 0 ]; then
    log "needs root (debootstrap, chroot, bind mounts)"
    exit 2
fi

# shellcheck source=packaging/chroot-lib.sh
source "$ROOT/packaging/chroot-lib.sh"

ensure_chroot() {
    bootstrap_base trixie "$CHROOT" .signalbox-base
    # (Re)install when the package list changed since the last run.
    if [ "$(cat "$CHROOT/.signalbox-packages" 2>/dev/null)" != "${PACKAGES[*]}" ]; then
        mount_all
        log "installing Qt 6 and KF6 in the chroot"
        chroot "$CHROOT" /usr/bin/env DEBIAN_FRONTEND=noninteractive bash -c \
            "apt-get update -qq && apt-get install -y -qq --no-install-recommends ${PACKAGES[*]} >/dev/null"
        echo "${PACKAGES[*]}" > "$CHROOT/.signalbox-packages"
    fi
}

MOUNTS=()
mount_all() {
    [ ${#MOUNTS[@]} -gt 0 ] && return
    mkdir -p "$CHROOT/src" "$CHROOT/specs" "$CHROOT/shared" "$CHROOT/nodews"
    mount --bind /proc "$CHROOT/proc" && MOUNTS+=("$CHROOT/proc")
    mount --bind /dev "$CHROOT/dev" && MOUNTS+=("$CHROOT/dev")
    # Chromium (the browser tests) needs shared memory.
    if mountpoint -q /dev/shm; then mount --bind /dev/shm "$CHROOT/dev/shm" && MOUNTS+=("$CHROOT/dev/shm"); fi
    mount --bind "$ROOT" "$CHROOT/src" && MOUNTS+=("$CHROOT/src")
    mount --bind "$SPECS_DIR" "$CHROOT/specs" && MOUNTS+=("$CHROOT/specs")
    mount --bind "$WS_DIR" "$CHROOT/nodews" && MOUNTS+=("$CHROOT/nodews")
    if [ -d "$ROOT/../shared" ]; then
        mount --bind "$ROOT/../shared" "$CHROOT/shared" && MOUNTS+=("$CHROOT/shared")
    fi
    cp /etc/resolv.conf "$CHROOT/etc/resolv.conf" 2>/dev/null || true
}

unmount_all() {
    local i
    for ((i=${#MOUNTS[@]}-1; i>=0; i--)); do umount -l "${MOUNTS[$i]}" 2>/dev/null || true; done
    MOUNTS=()
}
trap unmount_all EXIT

case "${1:-}" in
    test)
        { [ -f "$SPECS_DIR/.complete" ] && [ -f "$WS_DIR/.complete" ]; } || "$ROOT/packaging/dev.sh" setup
        ensure_chroot
        mount_all
        log "building and testing with Qt 6.8 and KF6 SyntaxHighlighting"
        # The clone is mounted at /src; the shared corpus (when present) at /shared, beside a
        # symlinked clone so that tests find ../shared as on the host.
        chroot "$CHROOT" /usr/bin/env -i HOME=/root PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 \
            CCACHE_DIR=/var/cache/ccache bash -euo pipefail -c '
            mkdir -p /work && ln -sfn /src /work/main && ln -sfn /shared /work/shared && rm -rf /build
            cmake -S /work/main -B /build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
                -DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DSIGNALBOX_SPECS_DIR=/specs -DSIGNALBOX_NODE_WS_DIR=/nodews \
                -DSIGNALBOX_WITH_KSYNTAXHIGHLIGHTING=ON >/dev/null
            cmake --build /build --parallel 2
            cd /build && ctest --output-on-failure -j2 --timeout 600'
        ;;
    *)
        echo "usage: packaging/trixie.sh test" >&2
        exit 2
        ;;
esac
