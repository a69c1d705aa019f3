# The checks CLI test scripts share; source it after setting `work` (a scratch folder) and
# `failures=0`. Not a test itself: cmake runs only tests/unit/cli*_test.sh.

# expect NAME EXPECTED_EXIT STDOUT_PATTERN STDERR_PATTERN -- COMMAND...
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
    echo "  stdout: $(head -c 600 "$work/out")"
    echo "  stderr: $(head -c 400 "$work/err")"
    failures=$((failures + 1))
  fi
}

fail() { echo "FAIL $1"; failures=$((failures + 1)); }
