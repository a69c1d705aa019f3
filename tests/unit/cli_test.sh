#!/usr/bin/env bash
# End-to-end checks of the growthplan CLI. Usage: cli_test.sh PATH/TO/growthplan
set -u

binary="${1:?usage: cli_test.sh PATH/TO/growthplan}"
binary="$(cd "$(dirname "$binary")" && pwd)/$(basename "$binary")"  # the git test runs elsewhere
data="$(cd "$(dirname "$0")/../data" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
failures=0

source "$(dirname "$0")/cli_expect.sh"  # expect NAME EXIT STDOUT_PATTERN STDERR_PATTERN -- COMMAND..., fail NAME

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
: > "$work/empty-file.json"
expect "validate an empty file" 1 "" "empty-file\.json: the file is empty" -- "$binary" validate "$work/empty-file.json"
head -c 33554433 /dev/zero > "$work/huge.json"
expect "validate a file over the size limit" 2 "" "huge\.json: file is too large \(33 MB; the limit is 32 MB\)" \
  -- "$binary" validate "$work/huge.json"
expect "validate the same file twice" 0 "unicode-and-escapes\.json: ok" "" -- "$binary" validate "$valid" "$valid"
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

# waterfall: the issue's example as a quick calculator, then with files and invalid input.
calc=(--target 1200000 --deal-size 30000 --rates 20%,40%,50%,25% --periods quarterly --start 2027-01-01 --months 12 --cycle-days 90)
"$binary" waterfall --json "${calc[@]}" >"$work/waterfall.json" 2>"$work/waterfall.err" ||
  { echo "FAIL waterfall --json exit $?"; failures=$((failures + 1)); }
check_json() {  # check_json NAME PYTHON_EXPRESSION (on j, the parsed output)
  if python3 -c "import json,sys; j=json.load(open(sys.argv[1])); sys.exit(0 if ($2) else 1)" "$work/waterfall.json"; then
    echo "ok   $1"
  else
    echo "FAIL $1"; head -c 400 "$work/waterfall.json"; failures=$((failures + 1))
  fi
}
check_json "waterfall stages" 'j["stages"] == ["Lead", "MQL", "SQL", "Opportunity", "Won"]'
check_json "waterfall total" 'j["total"] == {"Lead": 4000, "MQL": 800, "SQL": 320, "Opportunity": 160, "Won": 40}'
check_json "waterfall periods" '[p["period"] for p in j["periods"]] == ["2027-Q1", "2027-Q2", "2027-Q3", "2027-Q4"]'
check_json "waterfall per period" 'all(p["required"] == {"Lead": 1000, "MQL": 200, "SQL": 80, "Opportunity": 40, "Won": 10} for p in j["periods"])'
check_json "waterfall lag into the prior year" '[p["leadsCreatedIn"] for p in j["periods"]] == ["2026-Q4", "2027-Q1", "2027-Q2", "2027-Q3"]'
check_json "waterfall keys" 'list(j) == ["stages", "total", "periods"] and list(j["periods"][0]) == ["period", "required", "leadsCreatedIn"]'

"$binary" waterfall --json --target 1.2M --deal-size 30k --rates 0.2,0.4,0.5,0.25 --periods monthly --start 2027-01-01 \
  --months 12 --cycle-days 45 --weights 2,1,1,1,1,1,1,1,1,1,1,1 >"$work/waterfall.json"
check_json "waterfall monthly with weights" 'j["periods"][0]["period"] == "2027-01" and j["periods"][0]["required"]["Lead"] == 616 and j["periods"][1]["required"]["Lead"] == 308 and j["total"]["Lead"] == 4000'
check_json "waterfall monthly lag" '[p["leadsCreatedIn"] for p in j["periods"][:3]] == ["2026-11", "2026-12", "2027-01"]'
"$binary" waterfall --json --target 350 --deal-size 1 --rates 100%,100%,100%,35% --start 2027-01-01 >"$work/waterfall.json"
check_json "waterfall forgives floating-point noise" 'j["total"]["Opportunity"] == 1000'

expect "waterfall table" 0 "^Lead +20% +4,000 +1,000" "" -- "$binary" waterfall "${calc[@]}"
expect "waterfall table lag" 0 "^Leads enter in +2026-Q4 +2027-Q1" "" -- "$binary" waterfall "${calc[@]}"
expect "waterfall defaults" 0 "40 deals to win" "" -- "$binary" waterfall
expect "waterfall of a file" 0 "^Won .* 300 " "" -- "$binary" waterfall "$(dirname "$data")/../assets/sample-plan.json" --periods quarterly
expect "waterfall of a file with overrides" 0 '"Won": 100' "" -- "$binary" waterfall "$valid" --json --target 100 --deal-size 1 --periods monthly --weights 1,1,1,1,1,1,1,1,1,1,1,1
expect "waterfall invalid rates" 1 "" "growth\.stages\[0\]\.conversionRate: conversion rate must be more than 0% and at most 100%" \
  -- "$binary" waterfall --rates 0,40%,150%,25%
expect "waterfall rate over 100%" 1 "" "growth\.stages\[2\]\.conversionRate:" -- "$binary" waterfall --rates 20%,40%,150%,25%
expect "waterfall zero deal size" 1 "" "growth\.averageDealSize: must be more than 0" -- "$binary" waterfall --deal-size 0
expect "waterfall negative target" 1 "" "growth\.target: must be more than 0" -- "$binary" waterfall --target -5
expect "waterfall negative cycle" 1 "" "growth\.salesCycleDays: must be 0 or more" -- "$binary" waterfall --cycle-days -1
expect "waterfall wrong weights" 1 "" "growth\.periodWeights: 3 weights for 4 periods" -- "$binary" waterfall --weights 1,2,3
expect "waterfall zero months" 1 "" "plan\.periodEnd: the plan period must be 1 to 120 months long" -- "$binary" waterfall --months 0
expect "waterfall wrong rate count" 2 "" "--rates gives 2 rates; the funnel Lead → MQL → SQL → Opportunity → Won needs 4" \
  -- "$binary" waterfall --rates 20%,40%
expect "waterfall not a number" 2 "" "--target: “abc” is not a number" -- "$binary" waterfall --target abc
expect "waterfall bad periods" 2 "" "--periods needs monthly or quarterly" -- "$binary" waterfall --periods yearly
expect "waterfall bad start" 2 "" "--start needs a date like 2027-01-01" -- "$binary" waterfall --start 2027-13-01
expect "waterfall unknown option" 2 "" "unknown option '--frobnicate'" -- "$binary" waterfall --frobnicate
expect "waterfall invalid file" 1 "" "glossary-status-unknown\.json: glossary\[3\]\.status:" -- "$binary" waterfall "$invalid"
expect "waterfall missing file" 2 "" "nope\.json: cannot read file" -- "$binary" waterfall "$work/nope.json"

# glossary export / import and the language check
sample="$(dirname "$data")/../assets/sample-plan.json"
cp "$sample" "$work/sample.json"
expect "glossary export csv" 0 "^name,aliases,status,category,owner,replaced by," "" -- "$binary" glossary export "$work/sample.json" --format csv
expect "glossary export md" 0 "^## MQL" "" -- "$binary" glossary export "$work/sample.json" --format md
expect "glossary export default csv" 0 "^MQL," "" -- "$binary" glossary export "$work/sample.json"
expect "glossary export bad format" 2 "" "--format needs csv or md" -- "$binary" glossary export "$work/sample.json" --format xlsx
expect "glossary export invalid plan" 1 "" "glossary-status-unknown\.json: glossary\[3\]\.status:" -- "$binary" glossary export "$invalid"
expect "glossary unknown subcommand" 2 "" "unknown subcommand 'merge'" -- "$binary" glossary merge
"$binary" glossary export "$work/sample.json" --format csv >"$work/terms.csv"
"$binary" new -o "$work/empty.json" >/dev/null
expect "glossary import into a new plan" 0 "terms\.csv: 11 added, 0 updated, 0 unchanged, 0 skipped; wrote .*imported\.json" "" \
  -- "$binary" glossary import "$work/empty.json" "$work/terms.csv" -o "$work/imported.json"
expect "imported plan validates" 0 "imported\.json: ok" "" -- "$binary" validate "$work/imported.json"
"$binary" glossary export "$work/imported.json" --format csv >"$work/terms-again.csv"
cmp -s "$work/terms.csv" "$work/terms-again.csv" || { echo "FAIL export → import → export is not lossless"; failures=$((failures + 1)); }
expect "glossary import onto itself" 0 "0 added, 0 updated, 11 unchanged" "" -- "$binary" glossary import "$work/imported.json" "$work/terms.csv"
cp "$work/sample.json" "$work/before.json"
bad="$data/csv-invalid/status-unknown.csv"
expect "glossary import a bad row" 1 "" \
  "status-unknown\.csv: row 4, column 3 \(status\): expected one of proposed, discussing, agreed, deprecated" \
  -- "$binary" glossary import "$work/sample.json" "$bad" -o "$work/out.json"
[[ ! -e $work/out.json ]] || { echo "FAIL a bad import wrote a file"; failures=$((failures + 1)); }
expect "glossary import a bad row in place" 1 "" "nothing imported \(1 problem\)" -- "$binary" glossary import "$work/sample.json" "$bad"
cmp -s "$work/sample.json" "$work/before.json" || { echo "FAIL a bad import changed the plan"; failures=$((failures + 1)); }
expect "glossary import missing csv" 2 "" "nope\.csv: cannot read file" -- "$binary" glossary import "$work/sample.json" "$work/nope.csv"
expect "glossary import bad merge" 2 "" "--merge needs update, add or skip" -- "$binary" glossary import "$work/sample.json" "$work/terms.csv" --merge all
expect "glossary import skip" 0 "0 added, 0 updated, 0 unchanged, 11 skipped" "" -- "$binary" glossary import "$work/sample.json" "$work/terms.csv" --merge skip -o "$work/skipped.json"
expect "check the sample" 1 "deprecated-term-used: “Win rate” in section “Shared goal” is deprecated; use “Close rate” instead" "" \
  -- "$binary" check "$work/sample.json"
expect "check counts problems" 1 "sample\.json: 6 problems" "" -- "$binary" check "$work/sample.json"
expect "check a clean plan" 0 "empty-plan\.json: no language problems" "" -- "$binary" check "$data/valid/empty-plan.json"
expect "check an invalid plan" 1 "" "glossary\[3\]\.status:" -- "$binary" check "$invalid"
expect "check without files" 2 "" "check needs at least one FILE" -- "$binary" check
"$binary" new --starter-glossary -o "$work/starter.json" >/dev/null
expect "new with the starter glossary" 1 "not-agreed: “Opportunity” is not agreed yet \(proposed\)" "" -- "$binary" check "$work/starter.json"

# Three-way merge (git's merge driver): one-sided changes combine, a field changed on both sides
# is a conflict recorded in the plan, and git uses it through .gitattributes.
sample="$data/../../assets/sample-plan.json"
sed 's/"title": "FY2027 Joint Growth Plan"/"title": "FY2027 Joint Growth Plan v2"/' "$sample" >"$work/ours.json"
sed 's/"company": "Northwind Analytics"/"company": "Northwind Analytics GmbH"/' "$sample" >"$work/theirs.json"
expect "merge combines one-sided changes" 0 "" "" -- "$binary" merge "$sample" "$work/ours.json" "$work/theirs.json" -o "$work/merged.json"
grep -q '"title": "FY2027 Joint Growth Plan v2"' "$work/merged.json" && grep -q '"company": "Northwind Analytics GmbH"' "$work/merged.json" \
  || { echo "FAIL merge lost a one-sided change"; failures=$((failures + 1)); }
expect "merged plan is valid" 0 "merged\.json: ok" "" -- "$binary" validate "$work/merged.json"
sed 's/"title": "FY2027 Joint Growth Plan"/"title": "FY2027 Growth Plan (sales draft)"/' "$sample" >"$work/theirs2.json"
expect "merge reports a conflict" 1 "" "conflict: Plan › Title \(plan/title\)" -- "$binary" merge "$sample" "$work/ours.json" "$work/theirs2.json" -o "$work/conflicted.json"
grep -q '"conflicts"' "$work/conflicted.json" || { echo "FAIL conflict not recorded in the plan"; failures=$((failures + 1)); }
expect "conflicted plan is valid" 0 "conflicted\.json: ok" "" -- "$binary" validate "$work/conflicted.json"
expect "merge needs three files" 2 "" "merge needs BASE OURS THEIRS" -- "$binary" merge "$sample" "$work/ours.json"
expect "merge refuses an invalid file" 1 "" "glossary\[3\]\.status:" -- "$binary" merge "$sample" "$work/ours.json" "$invalid"
if command -v git >/dev/null; then
  repo="$work/repo"
  mkdir -p "$repo" && cd "$repo" && git init -q && git config user.email t@example.invalid && git config user.name t
  git config merge.growthplan.name "Growth Plan Studio merge" && git config merge.growthplan.driver "$binary merge %O %A %B -o %A"
  echo '*.json merge=growthplan' >.gitattributes && cp "$sample" plan.json && git add . && git commit -qm base
  git checkout -qb sales && cp "$work/theirs.json" plan.json && git commit -qam sales
  git checkout -q - && cp "$work/ours.json" plan.json && git commit -qam marketing
  if git merge -q --no-edit sales >/dev/null 2>&1 && grep -q 'v2"' plan.json && grep -q 'GmbH"' plan.json; then
    echo "ok   git merges plan.json through the merge driver"
  else
    echo "FAIL git merge through the driver"; failures=$((failures + 1))
  fi
  cd - >/dev/null
fi

# review: what awaits which team; a sign-off whose content changed since counts as cleared.
sample="$data/../../assets/sample-plan.json"
expect "review lists what awaits" 1 "awaits marketing: Whole plan$" "" -- "$binary" review "$sample"
expect "review counts sign-offs awaited" 1 "sample-plan\.json: 41 sign-offs awaited, 0 open comments" "" -- "$binary" review "$sample"
sed 's/^  "campaigns": \[/  "signOffs": [ { "id": "so1", "target": "plan", "team": "marketing", "fingerprint": "0000000000000000", "created": { "by": "Ana", "at": "2026-01-01T00:00:00Z", "team": "marketing" }, "modified": { "by": "Ana", "at": "2026-01-01T00:00:00Z" } } ],\n  "comments": [ { "id": "c1", "target": "sla", "messages": [ { "id": "m1", "by": "Ben", "at": "2026-01-02T00:00:00Z", "text": "Is 24 hours realistic?" } ], "resolved": false, "resolvedBy": "", "resolvedAt": "", "created": { "by": "Ben", "at": "2026-01-02T00:00:00Z" }, "modified": { "by": "Ben", "at": "2026-01-02T00:00:00Z" } } ],\n  "campaigns": [/' "$sample" >"$work/reviewed.json"
expect "review shows a cleared sign-off" 1 "awaits marketing: Whole plan \(Changed by .* after Marketing signed off\)" "" -- "$binary" review "$work/reviewed.json"
expect "review lists open comments" 1 "open comment on Service level agreement: Ben: Is 24 hours realistic\?" "" -- "$binary" review "$work/reviewed.json"
expect "review needs a file" 2 "" "review needs at least one FILE" -- "$binary" review

if ((failures)); then
  echo "$failures CLI check(s) failed"
  exit 1
fi
echo "all CLI checks passed"
