# cli_lib.bash — helpers shared by the tests/cli/*.sh scripts (sourced, not a test itself: CMake registers
# only *.sh). Usage in a script:  source "$(dirname "$0")/cli_lib.bash" "$@"  then  run_pith ARGS...; expect_*
# Each expectation counts a pass or stops the script (exit 1) with a clear message; `finish` prints the tally.

PITH="${1:-}"
if [ -z "$PITH" ] || [ ! -x "$PITH" ]; then
    echo "usage: bash $0 PATH/TO/pith   (got '${PITH}')" >&2
    exit 2
fi
PITH="$(cd "$(dirname "$PITH")" && pwd)/$(basename "$PITH")"
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
cd "$TMP" || exit 2
PASSED=0
FAILED=0
OUT=""      # stdout of the last run_pith
ERR=""      # stderr of the last run_pith
CODE=0      # exit status of the last run_pith
LAST=""     # the last command, for messages

# run_pith ARGS... — run pith in the temp dir, capturing stdout, stderr and the exit status.
run_pith() {
    LAST="pith $*"
    "$PITH" "$@" >"$TMP/.out" 2>"$TMP/.err"
    CODE=$?
    OUT="$(cat "$TMP/.out")"
    ERR="$(cat "$TMP/.err")"
}

fail() {
    FAILED=$((FAILED + 1))
    echo "FAIL: $LAST: $1" >&2
    echo "--- stdout ---" >&2; printf '%s\n' "$OUT" >&2
    echo "--- stderr ---" >&2; printf '%s\n' "$ERR" >&2
    echo "$PASSED passed, $FAILED failed"
    exit 1
}
pass() { PASSED=$((PASSED + 1)); }

expect_code() { [ "$CODE" -eq "$1" ] && pass || fail "exit status $CODE, expected $1"; }
expect_out() { [ "$OUT" = "$1" ] && pass || fail "stdout was not: $1"; }
expect_err() { [ "$ERR" = "$1" ] && pass || fail "stderr was not: $1"; }
expect_out_has() { printf '%s\n' "$OUT" | grep -qF -- "$1" && pass || fail "stdout lacks: $1"; }
expect_err_has() { printf '%s\n' "$ERR" | grep -qF -- "$1" && pass || fail "stderr lacks: $1"; }
expect_out_lacks() { printf '%s\n' "$OUT" | grep -qF -- "$1" && fail "stdout has: $1" || pass; }
expect_err_matches() { printf '%s\n' "$ERR" | grep -qE -- "$1" && pass || fail "stderr matches no line: $1"; }
expect_no_out() { [ -z "$OUT" ] && pass || fail "stdout should be empty"; }
expect_no_err() { [ -z "$ERR" ] && pass || fail "stderr should be empty"; }
# expect_err_line N TEXT — line N of stderr (1-based; -1 = the last line) equals TEXT.
expect_err_line() {
    local got
    if [ "$1" = "-1" ]; then got="$(printf '%s\n' "$ERR" | tail -n 1)"; else got="$(printf '%s\n' "$ERR" | sed -n "${1}p")"; fi
    [ "$got" = "$2" ] && pass || fail "stderr line $1 is '$got', expected '$2'"
}

finish() {
    echo "$PASSED passed, $FAILED failed"
    [ "$FAILED" -eq 0 ]
}
