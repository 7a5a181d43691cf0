#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Signalbox contributors
# SPDX-License-Identifier: Apache-2.0
#
# Builds the .deb and installs it into a clean Debian 12 chroot with apt, which must find every
# dependency; then runs both programs there. The bookworm base is made once (debootstrap from the
# mirror the machine's apt sources name) and copied afresh for every run. Needs root.
#   packaging/deb-test.sh
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
CACHE=${SIGNALBOX_CACHE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/signalbox}
SPECS_DIR=$CACHE/asyncapi-specs-6.11.1
BASE=${SIGNALBOX_BOOKWORM:-/var/cache/signalbox/bookworm-base}
WORK=$(mktemp -d /var/tmp/signalbox-deb.XXXXXX)
BUILD=$WORK/build
ROOTFS=$WORK/rootfs

log() { printf '\033[1m[deb]\033[0m %s\n' "$*" >&2; }

MOUNTS=()
cleanup() {
    local i
    for ((i=${#MOUNTS[@]}-1; i>=0; i--)); do umount -l "${MOUNTS[$i]}" 2>/dev/null || true; done
    rm -rf "$WORK"
}
trap cleanup EXIT

if [ "$(id -u)" != 0 ]; then
    log "needs root (debootstrap, chroot)"
    exit 2
fi

# shellcheck source=packaging/chroot-lib.sh
source "$ROOT/packaging/chroot-lib.sh"

log "building the package"
[ -f "$SPECS_DIR/.complete" ] || "$ROOT/packaging/dev.sh" setup
export CCACHE_DIR=${CCACHE_DIR:-$CACHE/ccache}
cmake -S "$ROOT" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF -DCMAKE_INSTALL_PREFIX=/usr \
    -DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DSIGNALBOX_SPECS_DIR="$SPECS_DIR" >/dev/null
cmake --build "$BUILD" --parallel 2 >"$WORK/build.log" 2>&1 || { tail -30 "$WORK/build.log"; exit 1; }
(cd "$BUILD" && cpack -G DEB >"$WORK/cpack.log" 2>&1) || { tail -30 "$WORK/cpack.log"; exit 1; }
DEB=$(ls "$BUILD"/signalbox_*.deb)
log "built $(basename "$DEB"): $(dpkg-deb -f "$DEB" Depends)"

bootstrap_base bookworm "$BASE" .signalbox-ready
log "a clean copy of the bookworm base"
cp -a "$BASE" "$ROOTFS"
mount --bind /proc "$ROOTFS/proc" && MOUNTS+=("$ROOTFS/proc")
mount --bind /dev "$ROOTFS/dev" && MOUNTS+=("$ROOTFS/dev")
cp /etc/resolv.conf "$ROOTFS/etc/resolv.conf" 2>/dev/null || true
cp "$DEB" "$ROOTFS/tmp/"
cp "$ROOT/resources/examples/harbour-cranes.yaml" "$ROOTFS/tmp/example.yaml"

log "apt-get install ./$(basename "$DEB") in the chroot"
chroot "$ROOTFS" /usr/bin/env -i HOME=/root PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive \
    bash -euo pipefail -c "
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends /tmp/$(basename "$DEB") >/dev/null
    signalbox-cli --version
    signalbox-cli validate /tmp/example.yaml
    signalbox-cli graph /tmp/example.yaml --format svg -o /tmp/graph.svg
    signalbox-cli export-html /tmp/example.yaml -o /tmp/docs.html
    signalbox-cli probe --help >/dev/null
    # Nobody listens on port 1: the probe runs (network modules loaded) and says so with status 2.
    status=0; signalbox-cli probe --url ws://127.0.0.1:1/ --timeout 3 >/dev/null || status=\$?
    test \$status -eq 2
    QT_QPA_PLATFORM=offscreen signalbox --screenshot /tmp/shot.png /tmp/example.yaml
    test \$(stat -c %s /tmp/shot.png) -gt 20000
    test -s /tmp/graph.svg && test -s /tmp/docs.html
    test -f /usr/share/applications/io.github.signalbox.Signalbox.desktop
    test -f /usr/share/icons/hicolor/48x48/apps/io.github.signalbox.Signalbox.png
    echo 'installed package: all checks passed'
"
