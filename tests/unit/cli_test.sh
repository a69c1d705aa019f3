#!/usr/bin/env bash
# End-to-end checks of the growthplan CLI. Usage: cli_test.sh PATH/TO/growthplan
set -u

binary="${1:?usage: cli_test.sh PATH/TO/growthplan}"
data="$(cd "$(dirname "$0")/../data" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
failures=0

# expect NAME EXPECTED_EXIT STDOUT_FILE_PATTERN STDERR_PATTERN -- COMMAND...
# Patterns are grep -E regexes; an empty pattern means the stream must be empty.
expect() {
  local name="$1" wantExit="$2" wantOut="$3" wantErr="$4"
  shift 5
  "$@" >"$work/out" 2>"$work/err"
  local gotExit=$?
  local ok=1
  [[ $gotExit == "$wantExit" ]] || ok=0
  if [[ -z $wantOut ]]; then [[ ! -s $work/out ]] || ok=0; else grep -Eq -- "$wantOut" "$work/out" || ok=0; fi
  if [[ -z $wantErr ]]; then [[ ! -s $work/err ]] || ok=0; else grep -Eq -- "$wantErr" "$work/err" || ok=0; fi
  if ((ok)); then
    echo "ok   $name"
  else
    echo "FAIL $name (exit $gotExit, wanted $wantExit)"
    echo "  stdout: $(head -c 400 "$work/out")"
    echo "  stderr: $(head -c 400 "$work/err")"
    failures=$((failures + 1))
  fi
}

valid="$data/valid/unicode-and-escapes.json"
invalid="$data/invalid/glossary-status-unknown.json"

expect "help"              0 "^Usage:" "" -- "$binary" --help
expect "version"           0 "^growthplan 0\.1\.0$" "" -- "$binary" --version
expect "no arguments"      2 "" "Usage:" -- "$binary"
expect "unknown command"   2 "" "unknown command 'frobnicate'" -- "$binary" frobnicate

expect "validate valid files" 0 "empty-plan\.json: ok" "" -- "$binary" validate "$data"/valid/*.json
expect "validate an invalid file" 1 "" \
  "glossary-status-unknown\.json: glossary\[3\]\.status: expected one of proposed, discussing, agreed, deprecated" \
  -- "$binary" validate "$invalid"
expect "validate mixed files" 1 "unicode-and-escapes\.json: ok" "glossary-status-unknown\.json:" \
  -- "$binary" validate "$valid" "$invalid"
expect "validate a missing file" 2 "" "nope\.json: cannot read file" -- "$binary" validate "$work/nope.json"
expect "validate a folder" 2 "" ": cannot read file" -- "$binary" validate "$data"
expect "validate without files" 2 "" "validate needs at least one FILE" -- "$binary" validate
expect "validate an unknown option" 2 "" "unknown option '--strict'" -- "$binary" validate --strict "$valid"

# format: a copy with extra whitespace is not canonical; formatting makes it identical to the original.
cp "$valid" "$work/plan.json"
expect "format --check canonical" 0 "plan\.json: already canonical" "" -- "$binary" format --check "$work/plan.json"
sed 's/^  "/    "/' "$valid" >"$work/messy.json"
cp "$work/messy.json" "$work/messy-before.json"
expect "format --check messy" 1 "" "messy\.json: not canonical" -- "$binary" format --check "$work/messy.json"
cmp -s "$work/messy.json" "$work/messy-before.json" || { echo "FAIL format --check wrote the file"; failures=$((failures + 1)); }
expect "format messy" 0 "messy\.json: formatted" "" -- "$binary" format "$work/messy.json"
cmp -s "$work/messy.json" "$valid" || { echo "FAIL formatted file differs from canonical"; failures=$((failures + 1)); }
expect "format again" 0 "messy\.json: already canonical" "" -- "$binary" format "$work/messy.json"
cp "$invalid" "$work/broken.json"
expect "format an invalid file" 1 "" "broken\.json: glossary\[3\]\.status:" -- "$binary" format "$work/broken.json"
cmp -s "$work/broken.json" "$invalid" || { echo "FAIL format touched an invalid file"; failures=$((failures + 1)); }
expect "format without files" 2 "" "format needs at least one FILE" -- "$binary" format --check

# new
expect "new to stdout" 0 '"format": "growth-plan"' "" -- "$binary" new
"$binary" new >"$work/stdout-plan.json"
expect "new output validates" 0 "stdout-plan\.json: ok" "" -- "$binary" validate "$work/stdout-plan.json"
expect "new output is canonical" 0 "already canonical" "" -- "$binary" format --check "$work/stdout-plan.json"
grep -Eq '"by": "growthplan CLI"' "$work/stdout-plan.json" || { echo "FAIL new: author missing"; failures=$((failures + 1)); }
grep -Eq '"at": "[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z"' "$work/stdout-plan.json" ||
  { echo "FAIL new: timestamp missing"; failures=$((failures + 1)); }
expect "new -o" 0 "created\.json: created" "" -- "$binary" new -o "$work/created.json"
expect "new -o output validates" 0 "created\.json: ok" "" -- "$binary" validate "$work/created.json"
expect "new -o refuses to overwrite" 1 "" "created\.json: already exists" -- "$binary" new -o "$work/created.json"
expect "new -o without file" 2 "" "-o needs a FILE" -- "$binary" new -o
expect "new with a stray argument" 2 "" "unexpected argument 'extra'" -- "$binary" new extra

if ((failures)); then
  echo "$failures CLI check(s) failed"
  exit 1
fi
echo "all CLI checks passed"
