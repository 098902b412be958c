#!/usr/bin/env bash
# source_encoding.sh — source bytes are read as CPython 3.11 reads them (PEP 263): a coding declaration on
# line 1 (or on line 2 after a blank or comment line) selects UTF-8, ASCII or Latin-1; any other declared
# coding is refused with a diagnostic instead of being misread as UTF-8. Programs that run are checked
# against CPython's output.
# Run: bash tests/cli/source_encoding.sh PATH/TO/pith
source "$(dirname "$0")/cli_lib.bash" "$@"

# same_as_cpython FILE — pith runs FILE and prints what CPython prints.
same_as_cpython() {
    local want
    want="$(python3 "$1")"
    run_pith run "$1"
    expect_code 0
    expect_out "$want"
    expect_no_err
}

printf '# -*- coding: latin-1 -*-\ns = "caf\xe9 \xb5"\nprint(len(s), s, s.upper())\n' >latin1_line1.py
same_as_cpython latin1_line1.py
printf '#!/usr/bin/env python3\n# vim: set fileencoding=iso-8859-1 :\nprint("\xe0 la carte")\n' >latin1_line2.py
same_as_cpython latin1_line2.py
printf '# coding=ISO_8859_1\nprint(ord("\xff"))\n' >latin1_alias.py
same_as_cpython latin1_alias.py
printf '# coding: utf-8\nprint("caf\xc3\xa9")\n' >utf8_declared.py
same_as_cpython utf8_declared.py
printf '# coding: ascii\nprint("plain")\n' >ascii_clean.py
same_as_cpython ascii_clean.py

# a declaration after a line of code is no declaration: the Latin-1 byte is then invalid UTF-8
printf 'x = 1\n# coding: latin-1\nprint("\xe9")\n' >late_declaration.py
python3 late_declaration.py >/dev/null 2>&1 && fail "CPython accepted late_declaration.py" || pass
run_pith run late_declaration.py
expect_code 2
expect_err_has "late_declaration.py:3:8: error: invalid UTF-8 in source (byte 0xe9)"

printf '# coding: ascii\nprint("\xc3\xa9")\n' >ascii_dirty.py
python3 ascii_dirty.py >/dev/null 2>&1 && fail "CPython accepted ascii_dirty.py" || pass
run_pith run ascii_dirty.py
expect_code 2
expect_err_has "ascii_dirty.py:2:8: error: 'ascii' codec can't decode byte 0xc3"

printf '# coding: cp1252\nprint("x")\n' >other_coding.py
run_pith run other_coding.py
expect_code 2
expect_err_has "other_coding.py:1:1: error: source encoding 'cp1252' is not supported"

printf '\xef\xbb\xbf# coding: latin-1\nprint("x")\n' >bom_latin1.py
python3 bom_latin1.py >/dev/null 2>&1 && fail "CPython accepted bom_latin1.py" || pass
run_pith run bom_latin1.py
expect_code 2
expect_err_has "bom_latin1.py:1:1: error: encoding problem: latin-1 with BOM"

printf '\xef\xbb\xbfprint("bom")\n' >bom_utf8.py
same_as_cpython bom_utf8.py
finish
