#!/usr/bin/env bash
# Installs what is missing, then runs every test: core unit tests and the CLI (ctest), the same
# under sanitizers, 30 s of each fuzzer, then the browser end-to-end tests in headless Chromium
# against a fresh web build.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh test
cmake --preset native >/dev/null
cmake --build --preset native
ctest --preset native
# The same unit tests under AddressSanitizer + UndefinedBehaviorSanitizer, then a fuzz smoke run.
cmake --preset sanitize >/dev/null
cmake --build --preset sanitize
ctest --preset sanitize
scripts/fuzz.sh 30
scripts/build-web.sh
(cd tests/e2e && node --test --test-concurrency=1 ./*.test.mjs)
