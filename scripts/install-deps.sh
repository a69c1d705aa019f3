#!/usr/bin/env bash
# Installs what building and testing need, on Debian 12 as root. Safe to run again.
# Usage: scripts/install-deps.sh [build|test]
set -euo pipefail
need="${1:-test}"
here="$(cd "$(dirname "$0")/.." && pwd)"

packages=(cmake g++ make python3 nlohmann-json3-dev doctest-dev fonts-inter fonts-dejavu-core dpkg-dev xz-utils)
if command -v apt-get >/dev/null && [ "$(id -u)" = 0 ]; then
  packages+=(emscripten)
  [ "$need" = test ] && packages+=(chromium nodejs)
  missing=()
  for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
  # nodejs may come from another vendor; only ask apt for it when no node is on PATH.
  if command -v node >/dev/null; then missing=("${missing[@]/nodejs}"); fi
  missing=($(printf '%s\n' "${missing[@]}" | grep -v '^$' || true))
  if [ "${#missing[@]}" -gt 0 ]; then
    echo "installing: ${missing[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
fi

"$here/scripts/fetch-imgui.sh"

if [ "$need" = test ] && [ ! -d "$here/tests/e2e/node_modules/playwright-core" ]; then
  (cd "$here/tests/e2e" && npm ci --no-audit --no-fund --loglevel=error)
fi
