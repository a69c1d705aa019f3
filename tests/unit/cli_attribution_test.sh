#!/usr/bin/env bash
# End-to-end checks of `growthplan attribution`: the table, the JSON (values computed by hand
# from tests/data/attribution), bad files (exit 1, row and column) and usage errors (exit 2).
# Usage: cli_attribution_test.sh PATH/TO/growthplan
set -u

binary="${1:?usage: cli_attribution_test.sh PATH/TO/growthplan}"
binary="$(cd "$(dirname "$binary")" && pwd)/$(basename "$binary")"
here="$(cd "$(dirname "$0")" && pwd)"
data="$here/../data/attribution"
opportunities="$data/opportunities.csv"
touchpoints="$data/touchpoints.csv"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
failures=0

source "$(dirname "$0")/cli_expect.sh"  # expect NAME EXIT STDOUT_PATTERN STDERR_PATTERN -- COMMAND..., fail NAME

# The JSON on one line, indentation dropped: {"model": "linear","opportunities": 4,...
compact() { tr -d '\n' <"$1" | sed -E 's/ {2,}//g'; }
has() {  # has NAME FILE TEXT: FILE's compact JSON holds TEXT
  compact "$2" | grep -qF -- "$3" || fail "$1 lacks $3"
}

# Four opportunities: A won 12,000 (five touches: first, lead created, opportunity created, two
# more; a sixth after the close is not counted, one on the close day is), B lost 9,000 (one touch),
# C open 3,000 (two touches; its close date is a forecast), D won 100 without touches.
expect "table" 0 "Model: Linear" "" -- "$binary" attribution "$opportunities" "$touchpoints"
expect "table totals" 0 "Pipeline: 15,100; revenue: 12,100" "" -- "$binary" attribution "$opportunities" "$touchpoints"
expect "table counts" 0 "Opportunities: 4 \(1 without touches\); touches: 8 \(1 after the close not counted\)" "" \
  -- "$binary" attribution "$opportunities" "$touchpoints"
expect "table by channel" 0 "  Events +6,300 +4,800" "" -- "$binary" attribution "$opportunities" "$touchpoints"
expect "table without a campaign" 0 "  \(no campaign\) +6,300 +4,800" "" -- "$binary" attribution "$opportunities" "$touchpoints"
expect "table CRM source" 0 "  Partner +100 +100" "" -- "$binary" attribution "$opportunities" "$touchpoints" --model first

# Linear: A's 12,000 in five shares of 2,400; C's 3,000 in two of 1,500; B lost counts in neither.
"$binary" attribution "$opportunities" "$touchpoints" --model linear --json >"$work/linear.json" || fail "linear --json failed"
has linear "$work/linear.json" '{"model": "linear","opportunities": 4,"touches": 8,"withoutTouches": 1,"pipeline": 15100.0,"revenue": 12100.0,'
has linear "$work/linear.json" '"byChannel": [{"channel": "Events","pipeline": 6300.0,"revenue": 4800.0},{"channel": "Webinar","pipeline": 3900.0,"revenue": 2400.0},{"channel": "Email","pipeline": 2400.0,"revenue": 2400.0},{"channel": "Paid Search","pipeline": 2400.0,"revenue": 2400.0}]'
has linear "$work/linear.json" '"byCampaign": [{"campaign": "","pipeline": 6300.0,"revenue": 4800.0},{"campaign": "Spring Webinar","pipeline": 6300.0,"revenue": 4800.0},{"campaign": "Spring Search","pipeline": 2400.0,"revenue": 2400.0}]'
has linear "$work/linear.json" '"byTeam": {"marketing": {"pipeline": 8700.0,"revenue": 7200.0},"sales": {"pipeline": 4800.0,"revenue": 4800.0},"partner": {"pipeline": 1500.0,"revenue": 0.0}}'
has linear "$work/linear.json" '"sourced": {"marketing": {"pipeline": 15000.0,"revenue": 12000.0},"sales": {"pipeline": 0.0,"revenue": 0.0},"partner": {"pipeline": 0.0,"revenue": 0.0}}'
has linear "$work/linear.json" '"touched": {"marketing": {"pipeline": 15000.0,"revenue": 12000.0},"sales": {"pipeline": 12000.0,"revenue": 12000.0},"partner": {"pipeline": 3000.0,"revenue": 0.0}}'
has linear "$work/linear.json" '"crmSourced": {"marketing": {"pipeline": 12000.0,"revenue": 12000.0},"sales": {"pipeline": 0.0,"revenue": 0.0},"partner": {"pipeline": 100.0,"revenue": 100.0}}'

# W-shaped: A's first touch, lead-created and opportunity-created touches 30% each (3,600), the
# two others 10% between them (600 each); C's first touch is also its lead-created touch (two
# positions of three: 2,000) and its other the opportunity-created one (1,000).
"$binary" attribution "$opportunities" "$touchpoints" --model w-shaped --json >"$work/w.json" || fail "w-shaped --json failed"
has w-shaped "$work/w.json" '{"model": "w-shaped","opportunities": 4,"touches": 8,"withoutTouches": 1,"pipeline": 15100.0,"revenue": 12100.0,'
has w-shaped "$work/w.json" '"byChannel": [{"channel": "Webinar","pipeline": 5600.0,"revenue": 3600.0},{"channel": "Events","pipeline": 5200.0,"revenue": 4200.0},{"channel": "Paid Search","pipeline": 3600.0,"revenue": 3600.0},{"channel": "Email","pipeline": 600.0,"revenue": 600.0}]'
has w-shaped "$work/w.json" '"byCampaign": [{"campaign": "Spring Webinar","pipeline": 6200.0,"revenue": 4200.0},{"campaign": "","pipeline": 5200.0,"revenue": 4200.0},{"campaign": "Spring Search","pipeline": 3600.0,"revenue": 3600.0}]'
has w-shaped "$work/w.json" '"byTeam": {"marketing": {"pipeline": 9800.0,"revenue": 7800.0},"sales": {"pipeline": 4200.0,"revenue": 4200.0},"partner": {"pipeline": 1000.0,"revenue": 0.0}}'
for model in first last u-shaped time-decay custom; do
  expect "model $model --json" 0 "\"model\": \"$model\"" "" -- "$binary" attribution "$opportunities" "$touchpoints" --model "$model" --json
done
expect "custom shares" 0 "Custom: first 50%, middle 0%, last 50%" "" \
  -- "$binary" attribution "$opportunities" "$touchpoints" --model custom --custom 50,0,50

# A bad file: every problem with its row and column on stderr, nothing on stdout.
expect "bad touchpoints" 1 "" "^growthplan: .*touchpoints-bad\.csv, row 4, column 2 \(at\): expected a date like 2027-01-31 or 2027-01-31 09:30, not \"soon\"$" \
  -- "$binary" attribution "$opportunities" "$data/touchpoints-bad.csv" --json
expect "bad touchpoints: unknown opportunity" 1 "" "touchpoints-bad\.csv, row 5, column 1 \(opportunity id\): no opportunity with id \"006Z\" in the opportunities file" \
  -- "$binary" attribution "$opportunities" "$data/touchpoints-bad.csv"
{
  echo "opportunity id,created,amount,stage"
  for i in $(seq 1 25); do echo "O$i,2027-01-01,-$i,open"; done
} >"$work/many.csv"
printf '%s\n' 'opportunity id,at,team' 'O1,2027-01-01,sales' >"$work/one-touch.csv"
expect "many problems" 1 "" "^growthplan: \.\.\. and 5 more$" -- "$binary" attribution "$work/many.csv" "$work/one-touch.csv"
[[ $(grep -c "many\.csv, row" "$work/err") == 20 ]] || fail "many problems: not 20 problem lines"

# The mapping from the command line: a column ignored or read as another field; slash dates.
printf '%s\n' 'Deal ID,Create Date,Closed On,Amount,Deal Stage,Original Source' 'D1,2027-01-01,2027-05-01,10,Closed Won,Other' \
  >"$work/deals.csv"
printf '%s\n' 'Deal ID,When,Who' 'D1,03/04/2027,sales' >"$work/touches.csv"
expect "unmapped columns" 1 "" "touches\.csv, row 1: no column is read as at" -- "$binary" attribution "$work/deals.csv" "$work/touches.csv"
expect "won needs a closed date" 1 "" "deals\.csv, row 2: a won opportunity needs a closed date \(map a column to Closed\)" \
  -- "$binary" attribution "$work/deals.csv" "$work/touches.csv" --column When=at --column Who=team --column "closed on=ignore"
expect "an unknown source value" 1 "" "deals\.csv, row 2, column 6 \(Original Source\): \"Other\" is not a team" \
  -- "$binary" attribution "$work/deals.csv" "$work/touches.csv" --column When=at --column Who=team
expect "ambiguous slash date" 1 "" "touches\.csv, row 2, column 2 \(When\): \"03/04/2027\" could be 3 April or 4 March" \
  -- "$binary" attribution "$work/deals.csv" "$work/touches.csv" --column When=at --column Who=team \
  --column "original source=ignore"
expect "remapped and day first" 0 "Pipeline: 10; revenue: 10" "" \
  -- "$binary" attribution "$work/deals.csv" "$work/touches.csv" --column When=at --column Who=team \
  --column "original source=ignore" --dates eu

# Usage.
expect "no files" 2 "" "attribution needs an OPPORTUNITIES\.csv and a TOUCHPOINTS\.csv" -- "$binary" attribution
expect "one file" 2 "" "attribution needs an OPPORTUNITIES\.csv" -- "$binary" attribution "$opportunities"
expect "unknown model" 2 "" "--model needs first, last, linear" -- "$binary" attribution "$opportunities" "$touchpoints" --model best
expect "bad half-life" 2 "" "--half-life-days needs a number of days above 0" \
  -- "$binary" attribution "$opportunities" "$touchpoints" --model time-decay --half-life-days 0
expect "custom needs three shares" 2 "" "--custom needs F,M,L" -- "$binary" attribution "$opportunities" "$touchpoints" --custom 50,50
expect "custom shares add up to 100" 2 "" "growthplan: attribution: custom" \
  -- "$binary" attribution "$opportunities" "$touchpoints" --model custom --custom 50,30,30
expect "bad dates option" 2 "" "--dates needs us" -- "$binary" attribution "$opportunities" "$touchpoints" --dates iso
expect "unknown option" 2 "" "unknown option '--csv'" -- "$binary" attribution "$opportunities" "$touchpoints" --csv
expect "column of no file" 2 "" "--column 'Nope=at'" -- "$binary" attribution "$opportunities" "$touchpoints" --column Nope=at
expect "missing file" 2 "" "nope\.csv: cannot read file" -- "$binary" attribution "$work/nope.csv" "$touchpoints"
expect "help lists attribution" 0 "growthplan attribution OPPORTUNITIES\.csv TOUCHPOINTS\.csv" "" -- "$binary" --help

if ((failures)); then
  echo "$failures failure(s)"
  exit 1
fi
echo "all attribution CLI checks passed"
