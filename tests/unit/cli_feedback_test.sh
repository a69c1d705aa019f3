#!/usr/bin/env bash
# End-to-end checks of `growthplan feedback import`. Usage: cli_feedback_test.sh PATH/TO/growthplan
set -u

binary="${1:?usage: cli_feedback_test.sh PATH/TO/growthplan}"
binary="$(cd "$(dirname "$binary")" && pwd)/$(basename "$binary")"
data="$(cd "$(dirname "$0")/../data" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
failures=0

source "$(dirname "$0")/cli_expect.sh"  # expect NAME EXIT STDOUT_PATTERN STDERR_PATTERN -- COMMAND..., fail NAME

# check NAME PYTHON_CONDITION FILE: the condition over the plan `j` (parsed JSON) must hold.
check() {
  if python3 -c "import json,sys; j=json.load(open(sys.argv[1])); sys.exit(0 if ($2) else 1)" "$3"; then
    echo "ok   $1"
  else
    echo "FAIL $1"
    failures=$((failures + 1))
  fi
}

"$binary" new -o "$work/plan.json" >/dev/null
cp "$work/plan.json" "$work/pristine.json"

# A HubSpot-style export: names and e-mail addresses must never reach the plan.
printf '%s\r\n' \
  'Record ID,First Name,Email,Create Date,Original Source,Associated Campaign,Lead Status,Disqualification Reason,First Activity Date' \
  '101,Ada,ada@example.com,2027-01-05 09:00,Marketing,Spring webinar,SQL,,2027-01-05 10:30' \
  '102,Ben,ben@example.com,2027-01-05 11:00,Marketing,Spring webinar,Unqualified,no budget,2027-01-05 13:00' \
  '103,Cy,cy@example.com,2027-01-07 08:00,Partner,,Nurture,Bad timing,' \
  '104,Di,di@example.com,2027-01-31,Marketing,Spring webinar,New,,' >"$work/leads.csv"

expect "import writes OUT, not PLAN" 0 \
  "leads\.csv: 4 leads \(1 accepted, 1 rejected, 1 recycled, 1 open\) from 2027-01-05 to 2027-01-31; wrote .*out\.json" "" \
  -- "$binary" feedback import "$work/plan.json" "$work/leads.csv" -o "$work/out.json"
cmp -s "$work/plan.json" "$work/pristine.json" || { echo "FAIL PLAN changed although -o was given"; failures=$((failures + 1)); }
check "the plan holds three days of counts" "[d['day'] for d in j['leadDays']] == ['2027-01-05', '2027-01-07', '2027-01-31']" "$work/out.json"
check "rejections carry the plan's reason" \
  "any(c['status'] == 'rejected' and c['reason'] == 'No budget' and c['count'] == 1 for c in j['leadDays'][0]['counts'])" "$work/out.json"
check "follow-up minutes per day" "j['leadDays'][0]['followUps'] == [{'minutes': 90, 'count': 1}, {'minutes': 120, 'count': 1}]" "$work/out.json"
if grep -Eq "example\.com|Ada|\b101\b" "$work/out.json"; then echo "FAIL personal data reached the plan"; failures=$((failures + 1)); else echo "ok   no personal data in the plan"; fi
expect "the written plan is valid" 0 "out\.json: ok" "" -- "$binary" validate "$work/out.json"
expect "the written plan is canonical" 0 "already canonical" "" -- "$binary" format --check "$work/out.json"

# Without -o the plan is updated; the same export again changes no numbers (no doubling).
expect "import in place" 0 "4 leads .* wrote .*plan\.json" "" -- "$binary" feedback import "$work/plan.json" "$work/leads.csv"
expect "import the same export again" 0 "already in the plan" "" -- "$binary" feedback import "$work/plan.json" "$work/leads.csv"
check "re-import does not double" "sum(c['count'] for d in j['leadDays'] for c in d['counts']) == 4" "$work/plan.json"

# A later export of one day replaces only that day.
printf '%s\n' 'created,status,campaign' '2027-01-07,accepted,Booth' '2027-01-07,accepted,Booth' >"$work/one-day.csv"
expect "import one day" 0 "2 leads .* from 2027-01-07 to 2027-01-07" "" -- "$binary" feedback import "$work/plan.json" "$work/one-day.csv"
check "days outside the file are kept" \
  "[(d['day'], sum(c['count'] for c in d['counts'])) for d in j['leadDays']] == [('2027-01-05', 2), ('2027-01-07', 2), ('2027-01-31', 1)]" \
  "$work/plan.json"

# Bad rows: every problem with row and column, exit 1, nothing written.
cp "$work/plan.json" "$work/before.json"
printf '%s\n' 'Lead ID,Created Date,Status,First Response' '1,2027-02-01,Working,2027-02-01 10:00' '2,someday,Working,' \
  '3,2027-02-02 10:00,Parked,2027-02-02 09:00' >"$work/bad.csv"
expect "bad rows are refused" 1 "" "bad\.csv: row 3, column 2 \(Created Date\): expected a date like 2027-01-31" \
  -- "$binary" feedback import "$work/plan.json" "$work/bad.csv" -o "$work/bad-out.json"
grep -q 'bad\.csv: row 4, column 3 (Status): "Parked" is not mapped' "$work/err" && grep -q 'bad\.csv: row 4, column 4 (First Response): the first touch' "$work/err" &&
  grep -q 'bad\.csv: nothing imported (3 problems)' "$work/err" && echo "ok   every problem is printed" ||
  { echo "FAIL every problem is printed: $(cat "$work/err")"; failures=$((failures + 1)); }
[[ ! -e $work/bad-out.json ]] && echo "ok   nothing written with -o" || { echo "FAIL OUT was written"; failures=$((failures + 1)); }
expect "bad rows in place" 1 "" "nothing imported" -- "$binary" feedback import "$work/plan.json" "$work/bad.csv"
cmp -s "$work/plan.json" "$work/before.json" && echo "ok   PLAN untouched after a bad import" || { echo "FAIL PLAN changed"; failures=$((failures + 1)); }

# The person's mapping: a status value, a column, and how slash dates are written.
printf '%s\n' 'Lead ID,When,Status' '1,03/04/2027,Parked' >"$work/mapped.csv"
expect "unmapped column and ambiguous date" 1 "" "no column is read as created" -- "$binary" feedback import "$work/plan.json" "$work/mapped.csv"
expect "mapped by options" 0 "1 lead \(0 accepted, 0 rejected, 1 recycled, 0 open\) from 2027-04-03" "" \
  -- "$binary" feedback import "$work/plan.json" "$work/mapped.csv" --column When=created --status Parked=recycled --dates eu -o "$work/mapped.json"
expect "a column can be ignored" 1 "" "no column is read as status" \
  -- "$binary" feedback import "$work/plan.json" "$work/mapped.csv" --column When=created --column Status=ignore

# Usage errors.
expect "no arguments" 2 "" "feedback needs import or report" -- "$binary" feedback
expect "unknown subcommand" 2 "" "unknown subcommand 'export'" -- "$binary" feedback export
expect "import needs two files" 2 "" "needs a PLAN file and a LEADS\.csv" -- "$binary" feedback import "$work/plan.json"
expect "missing csv" 2 "" "nope\.csv: cannot read file" -- "$binary" feedback import "$work/plan.json" "$work/nope.csv"
expect "bad --column" 2 "" "should be HEADER=FIELD" -- "$binary" feedback import "$work/plan.json" "$work/mapped.csv" --column When=birthday
expect "unknown header in --column" 2 "" "has no column 'Whenever'" -- "$binary" feedback import "$work/plan.json" "$work/mapped.csv" --column Whenever=created
expect "bad --status" 2 "" "should be VALUE=OUTCOME" -- "$binary" feedback import "$work/plan.json" "$work/mapped.csv" --status Parked=maybe
expect "bad --dates" 2 "" "--dates needs us" -- "$binary" feedback import "$work/plan.json" "$work/mapped.csv" --dates iso
expect "an invalid plan" 1 "" "glossary\[3\]\.status" -- "$binary" feedback import "$data/invalid/glossary-status-unknown.json" "$work/leads.csv"
expect "help lists the command" 0 "growthplan feedback import PLAN LEADS\.csv \[-o OUT\]" "" -- "$binary" --help

if ((failures)); then
  echo "$failures CLI check(s) failed"
  exit 1
fi
echo "all CLI checks passed"
