#!/usr/bin/env bash
# Installs what ChurnCast needs on a fresh Debian machine with Swift: OpenBLAS and LAPACK, libpq (PostgreSQL's
# client library, for --source postgresql://…) and pkg-config.
# Safe to run again: it installs only what is missing.
set -euo pipefail
need=()
for pkg in libopenblas-dev liblapack-dev libpq-dev pkg-config; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || need+=("$pkg")
done
if [ ${#need[@]} -gt 0 ]; then
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  echo "setup: installing ${need[*]}" >&2
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" >/dev/null
fi
