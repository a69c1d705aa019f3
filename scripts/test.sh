#!/usr/bin/env bash
# Installs what is missing, then runs every test: core unit tests and the CLI (ctest), the same
# under sanitizers, 30 s of each fuzzer, then the browser end-to-end tests in headless Chromium
# against a fresh web build.
#   scripts/test.sh              everything, once
#   scripts/test.sh --repeat N   builds and runs the native tests once, then the browser suite N
#                                times; stops at the first failing run and prints each run's result and time
set -euo pipefail
cd "$(dirname "$0")/.."
repeat=0
if [[ $# -gt 0 ]]; then
  if [[ $1 == --repeat && $# -eq 2 && $2 =~ ^[1-9][0-9]*$ ]]; then
    repeat=$2
  else
    echo "usage: scripts/test.sh [--repeat N]" >&2
    exit 2
  fi
fi
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
cd tests/e2e
if [[ $repeat -eq 0 ]]; then
  node --test --test-concurrency=1 ./*.test.mjs
  exit
fi
results=()
for ((run = 1; run <= repeat; run++)); do
  start=$(date +%s)
  if node --test --test-concurrency=1 ./*.test.mjs; then status=passed; else status=failed; fi
  results+=("run $run of $repeat: $status in $(($(date +%s) - start)) s")
  [[ $status == passed ]] || break
done
printf 'browser suite %s\n' "${results[@]}"
[[ $status == passed ]]
