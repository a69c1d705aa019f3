#!/usr/bin/env bash
# End-to-end checks of `growthplan summary PLAN [--format html|md] [-o OUT]`.
# Usage: cli_summary_test.sh PATH/TO/growthplan
set -u

binary="${1:?usage: cli_summary_test.sh PATH/TO/growthplan}"
binary="$(cd "$(dirname "$binary")" && pwd)/$(basename "$binary")"
here="$(cd "$(dirname "$0")" && pwd)"
data="$here/../data"
sample="$here/../../assets/sample-plan.json"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
failures=0

source "$here/cli_expect.sh"

# Markdown on standard output by default, every section in order.
expect "markdown by default" 0 "^# Northwind Analytics: FY2027 Joint Growth Plan$" "" -- "$binary" summary "$sample"
expect "markdown explicitly" 0 "^- \*\*Revenue target:\*\* EUR 18,000,000$" "" -- "$binary" summary --format md "$sample"
"$binary" summary "$sample" >"$work/summary.md"
headings="$(grep -E '^## ' "$work/summary.md" | tr '\n' '/')"
[[ $headings == "## Shared goal and funnel/## Service level agreement/## Agreed terms/## Alignment diagnostic/## Decisions and action items/## Sign-offs/" ]] ||
  fail "markdown sections: $headings"
grep -Eq '^\| Sales \| Opportunities created per quarter \| At least [0-9,]+ \| 262 in 2027-Q2 \| (Met|At risk|Missed) \|$' \
  "$work/summary.md" || fail "markdown lacks the opportunities commitment with its status"
grep -q '^| MQL | Marketing qualified lead' "$work/summary.md" || fail "markdown lacks the agreed term MQL"
grep -q 'Marketing-touched' "$work/summary.md" && fail "markdown shows the proposed term Marketing-touched"
grep -q '^\*No diagnostic yet\.\*$' "$work/summary.md" || fail "markdown does not say there is no diagnostic"

# HTML into a file with -o: nothing on standard output, a standalone page.
expect "html to a file" 0 "" "" -- "$binary" summary "$sample" --format html -o "$work/summary.html"
[[ -s $work/summary.html ]] || fail "html: -o wrote nothing"
head -c 40 "$work/summary.html" | grep -q '^<!doctype html>' || fail "html does not start with a doctype"
for pattern in '<html lang="en">' '<meta charset="utf-8">' '<title>Northwind Analytics: FY2027 Joint Growth Plan' \
  '<h1>FY2027 Joint Growth Plan</h1>' '<h2 id="goal-heading">Shared goal and funnel</h2>' '@media print' \
  '<dt>Revenue target</dt><dd>EUR 18,000,000</dd>' '<th scope="col">'; do
  grep -qF -- "$pattern" "$work/summary.html" || fail "html lacks $pattern"
done
grep -qiE '<script|https?://' "$work/summary.html" && fail "html has a script or an external reference"
expect "html to standard output" 0 "^</html>$" "" -- "$binary" summary --format html "$sample"

# Usage and problems.
expect "bad format" 2 "" "summary: --format needs html or md, not 'pdf'" -- "$binary" summary "$sample" --format pdf
expect "format without a value" 2 "" "summary: --format needs html or md" -- "$binary" summary "$sample" --format
expect "unknown option" 2 "" "summary: unknown option '--json'" -- "$binary" summary "$sample" --json
expect "two plans" 2 "" "summary: unexpected argument" -- "$binary" summary "$sample" "$sample"
expect "no plan" 2 "" "summary needs a PLAN file" -- "$binary" summary
expect "missing file" 2 "" "nope\.json: cannot read file" -- "$binary" summary "$work/nope.json"
expect "invalid plan" 1 "" "glossary-status-unknown\.json: glossary\[3\]\.status" \
  -- "$binary" summary "$data/invalid/glossary-status-unknown.json" -o "$work/x.html"
[[ ! -e $work/x.html ]] || fail "an invalid plan wrote a summary"
expect "unwritable output" 2 "" "cannot write file" -- "$binary" summary "$sample" -o "$work/no/such/dir/x.md"
expect "help lists summary" 0 "growthplan summary FILE \[--format html\|md\] \[-o OUT\]" "" -- "$binary" --help

if ((failures)); then
  echo "$failures failure(s)"
  exit 1
fi
echo "all summary CLI checks passed"
