#!/usr/bin/env bash
# Builds the static site into build/web.
set -euo pipefail
cd "$(dirname "$0")/.."
cmake --preset web >/dev/null
cmake --build --preset web
