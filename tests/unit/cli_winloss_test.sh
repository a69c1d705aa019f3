#!/usr/bin/env bash
# End-to-end checks of `growthplan winloss import` and `growthplan winloss report`.
# Usage: cli_winloss_test.sh PATH/TO/growthplan
set -u

binary="${1:?usage: cli_winloss_test.sh PATH/TO/growthplan}"
binary="$(cd "$(dirname "$binary")" && pwd)/$(basename "$binary")"
here="$(cd "$(dirname "$0")" && pwd)"
data="$here/../data"
# A 2027 plan with the campaigns the CSV names and no deal reviews yet.
sample="$here/../data/valid/lead-feedback.json"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
failures=0

source "$(dirname "$0")/cli_expect.sh"  # expect NAME EXIT STDOUT_PATTERN STDERR_PATTERN -- COMMAND..., fail NAME

cp "$sample" "$work/plan.json"
printf '%s\r\n' \
  'deal,outcome,amount,closed,reason,competitor,segment,campaign,insight' \
  'Northwind Retail,won,48000,2027-02-10,Product fit,Contoso,Retail,Retail forecasting webinar series,They came from the webinar' \
  'Fabrikam Parts,lost,12000,2027-02-20,Price,Contoso,Manufacturing,,' \
  'Tailspin Stores,no decision,8000,2027-05-03,Timing,,Retail,,' >"$work/deals.csv"

expect "report on a plan without deals" 0 "No closed deals yet" "" -- "$binary" winloss report "$work/plan.json"
expect "JSON of a plan without deals" 0 '"winRate": null' "" -- "$binary" winloss report "$work/plan.json" --json

expect "import deals" 0 "deals\.csv: 3 added, 0 updated, 0 unchanged; wrote .*imported\.json" "" \
  -- "$binary" winloss import "$work/plan.json" "$work/deals.csv" -o "$work/imported.json"
cmp -s "$work/plan.json" "$sample" || fail "import with -o changed the input plan"
expect "imported plan validates" 0 "imported\.json: ok" "" -- "$binary" validate "$work/imported.json"
expect "imported plan is canonical" 0 "already canonical" "" -- "$binary" format --check "$work/imported.json"
grep -q '"by": "growthplan CLI"' "$work/imported.json" || fail "import: entries not attributed to the CLI"

expect "report" 0 "Win rate 33\.3% of 3 closed deals \(1 won, 1 lost, 1 no decision\)" "" \
  -- "$binary" winloss report "$work/imported.json"
expect "report by competitor" 0 "Contoso +50% +1 won, 1 lost, 0 no decision" "" -- "$binary" winloss report "$work/imported.json"
expect "report by period" 0 "2027-Q2 +0% +0 won, 0 lost, 1 no decision" "" -- "$binary" winloss report "$work/imported.json"
"$binary" winloss report "$work/imported.json" --json >"$work/report.json"
for pattern in '^  "deals": 3,$' '^  "won": 1,$' '^  "lost": 1,$' '^  "noDecision": 1,$' '^  "winRate": 0\.3333333333333333,$' \
  '"outcome": "won",' '"reason": "Product fit",' '"amount": 48000' '"competitor": "Contoso",' '"segment": "Retail",' \
  '^  "byReason": \[$' '^  "byCompetitor": \[$' '^  "bySegment": \[$'; do
  grep -Eq -- "$pattern" "$work/report.json" || fail "report --json lacks $pattern"
done
# Top-level keys in the documented order.
keys="$(grep -E '^  "[a-zA-Z]+":' "$work/report.json" | sed -E 's/^  "([a-zA-Z]+)".*/\1/' | tr '\n' ' ')"
[[ $keys == "deals won lost noDecision winRate byReason byCompetitor bySegment " ]] || fail "report --json keys: $keys"

# Re-importing the same export updates instead of doubling; a changed row updates its entry.
expect "re-import changes nothing" 0 "0 added, 0 updated, 3 unchanged" "" \
  -- "$binary" winloss import "$work/imported.json" "$work/deals.csv"
[[ $(grep -c '"kind": "deal"' "$work/imported.json") == 3 ]] || fail "re-import doubled the entries"
sed 's/Fabrikam Parts,lost,12000/Fabrikam Parts,won,15000/' "$work/deals.csv" >"$work/changed.csv"
expect "re-import with a changed row" 0 "0 added, 1 updated, 2 unchanged" "" \
  -- "$binary" winloss import "$work/imported.json" "$work/changed.csv"
expect "report after the update" 0 "Win rate 66\.7% of 3 closed deals" "" -- "$binary" winloss report "$work/imported.json"

# Any bad row: exit 1, every problem with row and column, nothing written.
printf '%s\r\n' 'deal,outcome,amount,closed,campaign' 'Contoso Foods,won,9000,2027-03-01,Spring roadshow' \
  'Litware,pending,lots,31/03/2027,' >"$work/bad.csv"
cp "$work/imported.json" "$work/before.json"
expect "import a bad file" 1 "" "bad\.csv: row 2, column 5 \(campaign\): the plan has no campaign called “Spring roadshow”" \
  -- "$binary" winloss import "$work/imported.json" "$work/bad.csv" -o "$work/out.json"
[[ ! -e $work/out.json ]] || fail "a bad import wrote a file"
expect "import a bad file lists every problem" 1 "" "row 3, column 4 \(closed\): “31/03/2027” is not a date" \
  -- "$binary" winloss import "$work/imported.json" "$work/bad.csv"
expect "import a bad file in place" 1 "" "nothing imported \(4 problems\)" -- "$binary" winloss import "$work/imported.json" "$work/bad.csv"
cmp -s "$work/imported.json" "$work/before.json" || fail "a bad import changed the plan"
expect "import a corpus file" 1 "" "row 3, column 2 \(outcome\): “pending” is not an outcome" \
  -- "$binary" winloss import "$work/imported.json" "$data/winloss-invalid/outcome-unknown.csv"

# Usage.
expect "winloss without a subcommand" 2 "" "winloss needs import or report" -- "$binary" winloss
expect "winloss unknown subcommand" 2 "" "unknown subcommand 'export'" -- "$binary" winloss export "$work/plan.json"
expect "import needs two files" 2 "" "winloss import needs a PLAN file and a DEALS\.csv" -- "$binary" winloss import "$work/plan.json"
expect "import a missing csv" 2 "" "nope\.csv: cannot read file" -- "$binary" winloss import "$work/plan.json" "$work/nope.csv"
expect "import an invalid plan" 1 "" "glossary-status-unknown\.json: glossary\[3\]\.status" \
  -- "$binary" winloss import "$data/invalid/glossary-status-unknown.json" "$work/deals.csv" -o "$work/x.json"
expect "report unknown option" 2 "" "unknown option '--csv'" -- "$binary" winloss report "$work/plan.json" --csv
expect "report needs a plan" 2 "" "winloss report needs a PLAN file" -- "$binary" winloss report
expect "help lists winloss" 0 "growthplan winloss report FILE \[--json\]" "" -- "$binary" --help

if ((failures)); then
  echo "$failures failure(s)"
  exit 1
fi
echo "all winloss CLI checks passed"
