#!/usr/bin/env bash
# Installs what building and testing need, on Debian 12 as root. Safe to run again.
# Usage: scripts/install-deps.sh [build|test|fuzz]   (fuzz: only what scripts/fuzz.sh needs)
set -euo pipefail
need="${1:-test}"
here="$(cd "$(dirname "$0")/.." && pwd)"

packages=(cmake g++ make python3 nlohmann-json3-dev doctest-dev fonts-roboto-unhinted fonts-dejavu-core fonttools dpkg-dev xz-utils librsvg2-bin)
# libFuzzer and the sanitizer runtimes for clang 14 (libclang_rt.fuzzer-x86_64.a).
fuzzing=(clang-14 libclang-rt-14-dev)
[ "$need" = fuzz ] && packages=(cmake make nlohmann-json3-dev "${fuzzing[@]}")
[ "$need" = test ] && packages+=("${fuzzing[@]}")
if command -v apt-get >/dev/null && [ "$(id -u)" = 0 ]; then
  [ "$need" = fuzz ] || packages+=(emscripten)
  # CJK and colour emoji system fonts: the browser draws the glyphs the bundled fonts lack.
  [ "$need" = test ] && packages+=(chromium fonts-noto-cjk fonts-noto-color-emoji)
  # Node.js (serving, tests) may come from another vendor; ask apt only for what is not on PATH.
  command -v node >/dev/null || packages+=(nodejs)
  command -v npm >/dev/null || [ "$need" != test ] || packages+=(npm)
  missing=()
  for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
  if [ "${#missing[@]}" -gt 0 ]; then
    echo "installing: ${missing[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
fi

[ "$need" = fuzz ] && exit 0
"$here/scripts/fetch-imgui.sh"
"$here/scripts/fetch-qrcodegen.sh"

if [ "$need" = test ] && [ ! -d "$here/tests/e2e/node_modules/playwright-core" ]; then
  (cd "$here/tests/e2e" && npm ci --no-audit --no-fund --loglevel=error)
fi
