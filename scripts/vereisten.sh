#!/usr/bin/env bash
# Installs what building participatie needs when it is missing: pkg-config and libcmark-dev.
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
  if ! command -v pkg-config >/dev/null 2>&1 || ! pkg-config --exists libcmark; then
    echo "libcmark-dev ontbreekt: installeren via apt-get…" >&2
    apt_install pkg-config libcmark-dev
  fi
}
