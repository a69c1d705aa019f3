#!/usr/bin/env bash
# growthplan feedback report: the lead report of tests/data/valid/lead-feedback.json as a table and
# as JSON, against numbers worked out by hand from the file (two quarters of lead days).
# Usage: cli_feedback_report_test.sh PATH/TO/growthplan
set -u

binary="${1:?usage: cli_feedback_report_test.sh PATH/TO/growthplan}"
binary="$(cd "$(dirname "$binary")" && pwd)/$(basename "$binary")"
data="$(cd "$(dirname "$0")/../data" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
failures=0
plan="$data/valid/lead-feedback.json"

source "$(dirname "$0")/cli_expect.sh"  # expect NAME EXIT STDOUT_PATTERN STDERR_PATTERN -- COMMAND..., fail NAME

# check NAME EXPRESSION: a node expression over the report JSON (`r`) that must be true.
check() {
  local name="$1" expression="$2"
  if node -e "const r = JSON.parse(require('fs').readFileSync('$work/report.json', 'utf8')); process.exit(($expression) ? 0 : 1)"; then
    echo "ok   $name"
  else
    echo "FAIL $name: $expression"
    failures=$((failures + 1))
  fi
}

expect "help lists feedback report" 0 "growthplan feedback report PLAN \[--json\]" "" -- "$binary" --help
expect "report as a table" 0 "^2027-Q1 +357 +229 +81 +27 +20 +68% +337 +5\.75 h +30\.5 h$" "" -- "$binary" feedback report "$plan"
expect "table: second quarter" 0 "^2027-Q2 +339 +215 +54 +21 +49 +74\.1% +290 +4\.25 h +26\.5 h$" "" -- "$binary" feedback report "$plan"
expect "table: a quarter without leads" 0 "^2027-Q3 +0 +0 +0 +0 +0 +— +0 +— +—$" "" -- "$binary" feedback report "$plan"
expect "table: totals" 0 "^696 leads handed to sales, acceptance rate 70\.8%" "" -- "$binary" feedback report "$plan"
expect "table: reasons" 0 "^No need or interest +40 +29\.6%$" "" -- "$binary" feedback report "$plan"
expect "table: the flagged campaign" 0 "^Flag: sales rejects 48% of Retail trade show booth's decided leads \(21\.5% on average\)$" "" \
  -- "$binary" feedback report "$plan"

"$binary" feedback report "$plan" --json >"$work/report.json" 2>"$work/err"
[[ $? == 0 && ! -s $work/err ]] || { echo "FAIL report --json exit or stderr"; failures=$((failures + 1)); }
check "json: top-level keys in order" "JSON.stringify(Object.keys(r)) === JSON.stringify(['periods','byCampaign','bySource','reasons'])"
check "json: four quarters in time order" "r.periods.map(p => p.period).join() === '2027-Q1,2027-Q2,2027-Q3,2027-Q4'"
check "json: period keys" "JSON.stringify(Object.keys(r.periods[0])) === JSON.stringify(['period','handedOver','accepted','rejected','recycled','open','acceptanceRate','followUp'])"
check "json: Q1 counts" "r.periods[0].handedOver === 357 && r.periods[0].accepted === 229 && r.periods[0].rejected === 81 && r.periods[0].recycled === 27 && r.periods[0].open === 20"
check "json: Q1 acceptance" "Math.abs(r.periods[0].acceptanceRate - 229 / 337) < 1e-12"
check "json: Q1 follow-up (odd count: the middle value)" "r.periods[0].followUp.touched === 337 && r.periods[0].followUp.medianHours === 5.75 && r.periods[0].followUp.p90Hours === 30.5"
check "json: Q2 follow-up (even count: mean of the middle two)" "r.periods[1].followUp.touched === 290 && r.periods[1].followUp.medianHours === 4.25 && r.periods[1].followUp.p90Hours === 26.5"
check "json: nothing decided is null" "r.periods[2].acceptanceRate === null && r.periods[2].followUp.medianHours === null && r.periods[2].followUp.p90Hours === null"
check "json: campaigns named as the plan names them" "r.byCampaign.some(c => c.campaign === 'Retail trade show booth' && c.handedOver === 158)"
check "json: campaign keys" "JSON.stringify(Object.keys(r.byCampaign[0])) === JSON.stringify(['campaign','handedOver','accepted','rejected','recycled','open','acceptanceRate'])"
check "json: sources" "r.bySource.map(s => s.source).sort().join() === 'marketing,partner,sales' && r.bySource.reduce((t, s) => t + s.handedOver, 0) === 696"
check "json: reasons largest first" "r.reasons[0].reason === 'No need or interest' && r.reasons[0].count === 40 && r.reasons.every((x, i) => i === 0 || r.reasons[i - 1].count >= x.count)"
check "json: shares are count / rejected" "r.reasons.every(x => Math.abs(x.share - x.count / 135) < 1e-12)"

cp "$plan" "$work/plan.json"
expect "report does not change the file" 0 "periods" "" -- "$binary" feedback report "$work/plan.json" --json
cmp -s "$plan" "$work/plan.json" || { echo "FAIL report changed the file"; failures=$((failures + 1)); }
expect "a plan without lead days" 0 "No lead outcomes yet" "" -- "$binary" feedback report "$data/valid/new-plan.json"
"$binary" feedback report "$data/valid/new-plan.json" --json >"$work/report.json"
check "json of a plan without lead days" "r.periods.length === 4 && r.periods.every(p => p.handedOver === 0 && p.acceptanceRate === null) && r.byCampaign.length === 0 && r.reasons.length === 0"
expect "an invalid plan" 1 "" "glossary\[3\]\.status" -- "$binary" feedback report "$data/invalid/glossary-status-unknown.json"
expect "a missing plan" 2 "" "nope\.json: cannot read file" -- "$binary" feedback report "$work/nope.json"
expect "no plan" 2 "" "feedback report needs a PLAN" -- "$binary" feedback report
expect "unknown option" 2 "" "unknown option '--csv'" -- "$binary" feedback report "$plan" --csv
expect "two plans" 2 "" "unexpected argument" -- "$binary" feedback report "$plan" "$plan"
expect "no subcommand" 2 "" "feedback needs import or report" -- "$binary" feedback
expect "unknown subcommand" 2 "" "unknown subcommand 'frobnicate'" -- "$binary" feedback frobnicate

if ((failures)); then
  echo "$failures failure(s)"
  exit 1
fi
echo "all feedback report checks passed"
