#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Signalbox contributors
# SPDX-License-Identifier: Apache-2.0
# Shared by the chroot scripts (sourced, not run).

# The Debian mirror the host's apt uses (deb822 or one-line format).
mirror() {
    local uri
    uri=$(grep -hE '^URIs:' /etc/apt/sources.list.d/*.sources 2>/dev/null | awk '{print $2}' | grep -v security | head -n 1 || true)
    [ -n "$uri" ] || uri=$(grep -hE '^deb ' /etc/apt/sources.list 2>/dev/null | awk '{print $2}' | grep -v security | head -n 1 || true)
    if [ -z "$uri" ]; then
        log "no Debian mirror in this machine's apt sources (/etc/apt/sources.list.d/*.sources or /etc/apt/sources.list): add one, then run again"
        return 1
    fi
    echo "$uri"
}

# Debootstraps SUITE (minbase) from that mirror into DIR, unless the file MARKER in DIR says it
# was done before. Uses the caller's log function.
bootstrap_base() {
    local suite=$1 dir=$2 marker=$3 m
    [ -f "$dir/$marker" ] && return 0
    command -v debootstrap >/dev/null || { apt-get update -qq; DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap >/dev/null; }
    m=$(mirror) || exit 2
    log "debootstrap $suite from $m into $dir"
    rm -rf "$dir"
    mkdir -p "$dir"
    debootstrap --variant=minbase "$suite" "$dir" "$m" >/dev/null
    echo "deb $m $suite main" > "$dir/etc/apt/sources.list"
    touch "$dir/$marker"
}
