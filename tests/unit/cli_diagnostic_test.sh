#!/usr/bin/env bash
# End-to-end checks of `growthplan diagnostic respond` and `growthplan diagnostic report`.
# Usage: cli_diagnostic_test.sh PATH/TO/growthplan
set -u

binary="${1:?usage: cli_diagnostic_test.sh PATH/TO/growthplan}"
binary="$(cd "$(dirname "$binary")" && pwd)/$(basename "$binary")"
here="$(cd "$(dirname "$0")" && pwd)"
sample="$here/../../assets/sample-plan.json"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
failures=0

source "$here/cli_expect.sh"

cp "$sample" "$work/plan.json"
twenty() { local s=$1 out=$1; for _ in $(seq 2 20); do out+=",$s"; done; echo "$out"; }

expect "no round yet" 1 "" "no diagnostic round yet" -- "$binary" diagnostic report "$work/plan.json"
expect "respond adds" 0 'added an answer in round "Kick-off" \(total 80, Integrated\)' "" -- \
  "$binary" diagnostic respond "$work/plan.json" --name "Marta Marketer" --team marketing --scores "$(twenty 4)" --round Kick-off
expect "a second marketer" 0 'added an answer in round "Kick-off" \(total 60, Aligned\)' "" -- \
  "$binary" diagnostic respond "$work/plan.json" --name "Mo Marketer" --team marketing --scores "$(twenty 3)" --round kick-off
expect "a later answer replaces" 0 'replaced the earlier answer in round "Kick-off" \(total 100, Integrated\)' "" -- \
  "$binary" diagnostic respond "$work/plan.json" --name "  marta   marketer" --team marketing --scores "$(twenty 5)" --round Kick-off
expect "sales, latest round by default" 0 'added an answer in round "Kick-off" \(total 40, Defined\)' "" -- \
  "$binary" diagnostic respond "$work/plan.json" --name "Sam Seller" --team sales --scores 2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2
grep -q "Marta" "$work/plan.json" && fail "the plan holds a respondent's name"
cp "$work/plan.json" "$work/before.json"
expect "19 scores" 1 "" "expected 20 scores, one per statement, but there are 19; nothing written" -- \
  "$binary" diagnostic respond "$work/plan.json" --name X --team sales --scores 2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2
expect "a 6" 1 "" "score 3 is 6; scores go from 1 to 5" -- \
  "$binary" diagnostic respond "$work/plan.json" --name X --team sales --scores 2,2,6,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2
expect "an unknown team" 1 "" "--team 'finance' is not marketing, sales or leadership" -- \
  "$binary" diagnostic respond "$work/plan.json" --name X --team finance --scores "$(twenty 2)"
expect "no name" 2 "" "needs --name, --team and --scores" -- \
  "$binary" diagnostic respond "$work/plan.json" --team sales --scores "$(twenty 2)"
cmp -s "$work/plan.json" "$work/before.json" || fail "a refused answer changed the plan"
expect "validates" 0 "ok" "" -- "$binary" validate "$work/plan.json"

expect "report" 0 "Marketing +2 respondents +80\.0  Integrated" "" -- "$binary" diagnostic report "$work/plan.json"
expect "report sales" 0 "Sales +1 respondent +40\.0  Defined" "" -- "$binary" diagnostic report "$work/plan.json" --round KICK-OFF
expect "report names no round" 1 "" 'no round "Q9"' -- "$binary" diagnostic report "$work/plan.json" --round Q9
"$binary" diagnostic report "$work/plan.json" --json >"$work/report.json" || fail "report --json exits non-zero"
node -e '
  const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
  const problems = [];
  const check = (ok, what) => { if (!ok) problems.push(what); };
  check(r.round === "Kick-off", "round");
  check(r.teams.marketing.respondents === 2 && r.teams.marketing.total === 80, "marketing");
  check(r.teams.marketing.stage === "Integrated", "marketing stage");
  check(r.teams.sales.total === 40 && r.teams.sales.statements.length === 20 && r.teams.sales.statements[0] === 2, "sales");
  check(r.teams.leadership === null, "leadership is null");
  check(r.overall.respondents === 3 && r.overall.total === 200 / 3, "overall mean is not rounded");
  check(r.gaps.length === 20 && r.gaps[0].statement === 1 && r.gaps[0].marketing === 4 && r.gaps[0].sales === 2 && r.gaps[0].gap === 2, "gaps");
  check(r.gaps.every((g, i) => i === 0 || g.statement > r.gaps[i - 1].statement), "ties keep statement order");
  check(r.gaps[6].text === "The two teams share one vocabulary.", "statement text");
  if (problems.length) { console.log(problems.join(", ")); process.exit(1); }
' "$work/report.json" || fail "report --json content"
expect "unknown subcommand" 2 "" "unknown subcommand 'score'" -- "$binary" diagnostic score "$work/plan.json"

if ((failures)); then
  echo "$failures check(s) failed"
  exit 1
fi
echo "all diagnostic CLI checks passed"
