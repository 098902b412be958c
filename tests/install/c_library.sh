#!/usr/bin/env bash
# c_library.sh BUILD_DIR — `cmake --install` into a temporary prefix, then build examples/host_example.c against
# the installed library with nothing but `pkg-config --cflags --libs --static pith`, run it and check its result;
# the installed pith binary runs too. (ctest: c_install)
set -euo pipefail
BUILD="$(cd "${1:?usage: c_library.sh BUILD_DIR}" && pwd)"
SRC="$(cd "$(dirname "$0")/../.." && pwd)"
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
cmake --install "$BUILD" --prefix "$TMP/prefix" >/dev/null
for f in include/pith.h lib/libpith.a lib/pkgconfig/pith.pc bin/pith; do
    [ -e "$TMP/prefix/$f" ] || { echo "FAIL: $f was not installed"; exit 1; }
done
export PKG_CONFIG_PATH="$TMP/prefix/lib/pkgconfig"
flags="$(pkg-config --cflags --libs --static pith)"
echo "pkg-config --cflags --libs --static pith: $flags"
# shellcheck disable=SC2086
cc -std=c11 -o "$TMP/host_example" "$SRC/examples/host_example.c" $flags
out="$("$TMP/host_example")"
expected="result: {'customer': 'ada', 'total': 235, 'big': ['A-101'], 'email': 'not sent: email is disabled in this sandbox'}"
grep -qxF "$expected" <<<"$out" || { echo "FAIL: host_example printed:"; echo "$out"; exit 1; }
[ "$("$TMP/prefix/bin/pith" --version)" = "pith $(pkg-config --modversion pith)" ] || { echo "FAIL: version"; exit 1; }
echo "2 passed, 0 failed"
