#!/usr/bin/env bash
# help.sh — every command has help (`pith help CMD`, `pith CMD --help`), the general help lists them all,
# --version prints the version, and unknown commands or help topics exit 2.
# Run: bash tests/cli/help.sh PATH/TO/pith
source "$(dirname "$0")/cli_lib.bash" "$@"

COMMANDS="run check emit-c emit-ir bench help"

run_pith --help
expect_code 0
expect_out_has "Usage: pith COMMAND"
for c in $COMMANDS; do expect_out_has "  $c "; done

run_pith -h
expect_code 0
expect_out_has "Usage: pith COMMAND"

run_pith help
expect_code 0
expect_out_has "Usage: pith COMMAND"

for c in $COMMANDS; do
    run_pith help "$c"
    expect_code 0
    expect_out_has "Usage: pith $c"
    expect_no_err
    if [ "$c" != help ]; then
        expect_out_has "FILE"
        expect_out_has "--help"
        run_pith "$c" --help
        expect_code 0
        expect_out_has "Usage: pith $c"
        help_text="$OUT"
        run_pith help "$c"
        [ "$OUT" = "$help_text" ] && pass || fail "pith $c --help differs from pith help $c"
    fi
done

# every flag a command accepts is described in its help
run_pith help run
for f in --input --ext --max-time --max-depth; do expect_out_has "$f"; done
run_pith help bench
for f in --iterations --input --ext; do expect_out_has "$f"; done

run_pith --version
expect_code 0
expect_out_has "pith 0.1.0"

run_pith help nosuchcommand
expect_code 2
expect_err_has "unknown command 'nosuchcommand'"

run_pith nosuchcommand
expect_code 2
expect_no_out
expect_err_has "Usage: pith"

finish
