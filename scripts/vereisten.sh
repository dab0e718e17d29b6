#!/usr/bin/env bash
# Installs what building participatie needs when it is missing: pkg-config and the C libraries it
# links against (libcmark-dev, libyaml-dev, libssl-dev for libcrypto).
# Sourced by the other scripts; safe to run more than once.
set -euo pipefail

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi
}

apt_updated=0
apt_install() {
  if [ "$apt_updated" = 0 ]; then
    as_root apt-get update -qq
    apt_updated=1
  fi
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "$@" >/dev/null
}

ensure_build_dependencies() {
  if ! command -v swift >/dev/null 2>&1; then
    echo "fout: de Swift-toolchain ontbreekt (swift staat niet in PATH)" >&2
    exit 2
  fi
  local missing=()
  command -v pkg-config >/dev/null 2>&1 || missing+=(pkg-config)
  pkg-config --exists libcmark 2>/dev/null || missing+=(libcmark-dev)
  pkg-config --exists yaml-0.1 2>/dev/null || missing+=(libyaml-dev)
  pkg-config --exists libcrypto 2>/dev/null || missing+=(libssl-dev)
  if [ "${#missing[@]}" -gt 0 ]; then
    echo "${missing[*]} ontbreekt: installeren via apt-get…" >&2
    apt_install pkg-config libcmark-dev libyaml-dev libssl-dev
  fi
}

# The flags of the release build that scripts/maak-verslag.sh and bench/run.sh make, in RELEASE_FLAGS:
# - the Swift runtime and Foundation linked in, which saves about 15 ms of dynamic loading at every start;
# - where the toolchain has lld and glibc is 2.36 or newer, relative relocations packed (DT_RELR): the
#   binary stays position-independent, but the loader no longer reads 80,000 relocation entries at
#   every start (about 2 ms). Elsewhere the build simply goes without.
release_build_flags() {
  RELEASE_FLAGS=(-c release --static-swift-stdlib)
  local toolchain glibc
  toolchain="$(dirname "$(readlink -f "$(command -v swift)")")"
  glibc="$(getconf GNU_LIBC_VERSION 2>/dev/null | awk '{print $2}')"
  if [ -x "$toolchain/ld.lld" ] && [ -n "$glibc" ] \
     && [ "$(printf '%s\n' 2.36 "$glibc" | sort -V | head -n 1)" = 2.36 ]; then
    RELEASE_FLAGS+=(-Xswiftc -use-ld=lld -Xlinker -z -Xlinker pack-relative-relocs)
  fi
}
