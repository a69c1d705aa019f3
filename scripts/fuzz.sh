#!/usr/bin/env bash
# Builds the libFuzzer harnesses of tests/fuzz (clang-14, AddressSanitizer + UndefinedBehaviorSanitizer)
# and runs each for [seconds] (default 30). Prints executions and coverage per harness; exits
# non-zero on any finding (crash inputs are kept in build/fuzz/artifacts).
# Usage: scripts/fuzz.sh [seconds] [harness...]   e.g. scripts/fuzz.sh 600 merge_copies_fuzzer
# Extra libFuzzer flags: FUZZ_FLAGS="-jobs=1" scripts/fuzz.sh 600
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-30}"
shift || true

scripts/install-deps.sh fuzz

cmake --preset fuzz >/dev/null
cmake --build --preset fuzz

build=build/fuzz
harnesses=("$@")
[ "${#harnesses[@]}" -gt 0 ] || harnesses=(plan_loader_fuzzer glossary_csv_fuzzer share_link_fuzzer number_text_fuzzer merge_copies_fuzzer attribution_import_fuzzer)

# Seed corpora, made afresh from tests/data on every run (nothing copied into git).
seeds() {
  local name="$1" dir="$build/seeds/$1"
  rm -rf "$dir"
  mkdir -p "$dir"
  case "$name" in
    plan_loader_fuzzer | share_link_fuzzer)
      find tests/data -name '*.json' -exec cp -t "$dir" --backup=numbered {} +
      ;;
    glossary_csv_fuzzer)
      cp tests/data/csv-invalid/*.csv "$dir"
      ;;
    number_text_fuzzer)
      # The numbers the plan files hold, as people would type them, plus the suffixes.
      grep -rhoE '"(target|averageDealSize|share|conversionRate|budget|value)": -?[0-9.eE+-]+' tests/data |
        sed 's/.*: //' | sort -u | head -200 | while read -r number; do printf '%s' "$number" >"$dir/n-$number"; done
      for text in 1.2M 30k 1,200,000 20% 12.5% -0.5 ' 7bn ' 1e3 .5 0.000000001; do printf '%s' "$text" >"$dir/t-${text//[^0-9a-zA-Z.%-]/_}"; done
      ;;
    merge_copies_fuzzer)
      # Edit scripts are raw bytes: the valid plans make varied first inputs. Past findings are
      # replayed first, so a bug once found stays fixed.
      cp tests/data/valid/*.json "$dir"
      cp tests/fuzz/findings/merge_copies-* "$dir"
      ;;
    attribution_import_fuzzer)
      # "<opportunities CSV> NUL <touchpoints CSV> [NUL <control bytes>]": each pair of files, each
      # file alone, a pair with a chosen mapping and step budgets, and the pair as the rows store keeps it.
      local opp touch n=0
      for opp in tests/data/attribution/*.csv; do
        cp "$opp" "$dir/alone-$(basename "$opp")"
        for touch in tests/data/attribution/*.csv; do
          n=$((n + 1))
          { cat "$opp"; printf '\0'; cat "$touch"; } >"$dir/pair-$n"
          { cat "$opp"; printf '\0'; cat "$touch"; printf '\0\3\0\0\0\0\0\0\0\0\2\3\0\0\0\0\0\0\0\0\3\40\24\1\7\100\3\77'; } >"$dir/control-$n"
        done
      done
      storeBlock() { printf '%s %d\n' "$1" "$(wc -c <"$2")"; cat "$2"; printf '\n'; }
      printf 'opportunities.csv' >"$dir/.name-o"
      printf 'touchpoints.csv' >"$dir/.name-t"
      printf '0,1,0,2,3,4,5,6' >"$dir/.map-o"
      printf '0,0,1,2,3,4,5,6' >"$dir/.map-t"
      {
        printf 'growthplan-attribution-rows 1\n'
        storeBlock opportunities-file "$dir/.name-o"
        storeBlock opportunity-mapping "$dir/.map-o"
        storeBlock opportunities tests/data/attribution/opportunities.csv
        storeBlock touchpoints-file "$dir/.name-t"
        storeBlock touch-mapping "$dir/.map-t"
        storeBlock touchpoints tests/data/attribution/touchpoints.csv
      } >"$dir/stored-rows"
      rm -f "$dir"/.name-? "$dir"/.map-?
      ;;
  esac
  echo "$dir"
}

failed=0
summary=()
for name in "${harnesses[@]}"; do
  seedDir="$(seeds "$name")"
  corpus="$build/corpus/$name"
  mkdir -p "$corpus" "$build/artifacts" "$build/logs"
  dict=()
  case "$name" in
    plan_loader_fuzzer | share_link_fuzzer) dict=(-dict=tests/fuzz/plan_json.dict) ;;
    glossary_csv_fuzzer) dict=(-dict=tests/fuzz/glossary_csv.dict) ;;
    number_text_fuzzer) dict=(-dict=tests/fuzz/number_text.dict) ;;
    attribution_import_fuzzer) dict=(-dict=tests/fuzz/attribution_csv.dict) ;;
  esac
  log="$build/logs/$name.log"
  echo "== $name: ${seconds}s"
  rc=0
  # ${FUZZ_FLAGS} unquoted on purpose: several flags.
  # shellcheck disable=SC2086
  "$build/$name" "$corpus" "$seedDir" "${dict[@]}" -max_total_time="$seconds" -print_final_stats=1 \
    -timeout=30 -rss_limit_mb=2048 -artifact_prefix="$build/artifacts/$name-" ${FUZZ_FLAGS:-} >"$log" 2>&1 || rc=$?
  execs="$(grep -oE 'stat::number_of_executed_units: [0-9]+' "$log" | tail -1 | grep -oE '[0-9]+$' || echo '?')"
  cov="$(grep -oE 'cov: [0-9]+' "$log" | tail -1 | grep -oE '[0-9]+$' || echo '?')"
  ft="$(grep -oE 'ft: [0-9]+' "$log" | tail -1 | grep -oE '[0-9]+$' || echo '?')"
  corp="$(find "$corpus" -type f | wc -l)"
  status=clean
  if [ "$rc" -ne 0 ]; then
    status="FINDING (exit $rc)"
    failed=1
    grep -E 'ERROR|FUZZ FINDING|runtime error|Test unit written|SUMMARY' "$log" | head -20 || true
    echo "   full log: $log"
  fi
  line="$(printf '%-22s %12s execs  cov: %-6s ft: %-7s corpus: %-6s %s' "$name" "$execs" "$cov" "$ft" "$corp" "$status")"
  echo "$line"
  summary+=("$line")
done

echo
echo "== fuzz summary (${seconds}s per harness)"
printf '%s\n' "${summary[@]}"
exit "$failed"
