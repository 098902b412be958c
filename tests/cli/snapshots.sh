#!/usr/bin/env bash
# snapshots.sh — `pith start` / `pith resume`: a multi-step agent program (search -> fetch each result ->
# summarize) driven one host call at a time, each step in a new process, through snapshot files; --error
# injection, signed snapshots (--key-file), pinning to the host's program (--program), corrupted / truncated snapshots (exit 2, "pith: cannot load"),
# and the usage errors. Expected outputs are CPython 3.11's for the same answers (checked by hand with a
# mock of the three tools). Run: bash tests/cli/snapshots.sh PATH/TO/pith
source "$(dirname "$0")/cli_lib.bash" "$@"

cat >agent.py <<'EOF'
query = "pith snapshots"
print("searching:", query)
results = search(query, limit=2)
pages = []
for r in results:
    try:
        page = fetch(r["url"])
        pages.append(page["text"])
        print("fetched", r["url"], len(page["text"]))
    except TimeoutError as e:
        print("skipped", r["url"], "-", e)
summary = summarize("\n".join(pages), max_words=5)
print("summary:", summary)
{"pages": len(pages), "summary": summary, "urls": [r["url"] for r in results]}
EOF
EXTS=(--ext search --ext fetch --ext summarize)

# step 1: start stops at the first call; the program's output comes first, then the call line
run_pith start agent.py "${EXTS[@]}" -o s1.snap
expect_code 3
expect_out "$(printf '%s\n' 'searching: pith snapshots' '{"id": 1, "call": "search", "args": ["pith snapshots"], "kwargs": {"limit": 2}}')"
expect_no_err
[ -s s1.snap ] && pass || fail "s1.snap was not written"

# step 2: answer the search in a new process; "searching:" is not printed again
run_pith resume s1.snap --value '[{"url": "a.com"}, {"url": "b.org"}]' -o s2.snap
expect_code 3
expect_out '{"id": 2, "call": "fetch", "args": ["a.com"], "kwargs": {}}'
expect_no_err

# step 3: the first fetch succeeds
run_pith resume s2.snap --value '{"text": "hello world"}' -o s3.snap
expect_code 3
expect_out "$(printf '%s\n' 'fetched a.com 11' '{"id": 3, "call": "fetch", "args": ["b.org"], "kwargs": {}}')"

# step 4: the second fetch raises TimeoutError at the call site; the program's except clause catches it
run_pith resume s3.snap --error 'TimeoutError: timed out after 30s' -o s4.snap
expect_code 3
expect_out "$(printf '%s\n' 'skipped b.org - timed out after 30s' \
    '{"id": 4, "call": "summarize", "args": ["hello world"], "kwargs": {"max_words": 5}}')"

# step 5: the summary ends the program: output and the result's repr as `pith run` prints them
run_pith resume s4.snap --value '"pith resumes à la carte"'
expect_code 0
expect_out "$(printf '%s\n' 'summary: pith resumes à la carte' \
    "{'pages': 1, 'summary': 'pith resumes à la carte', 'urls': ['a.com', 'b.org']}")"
expect_no_err

# a snapshot is not consumed: s3 answered differently (both fetches succeed) takes the other branch
run_pith resume s3.snap --value '{"text": "bye"}' -o s4b.snap
expect_code 3
expect_out "$(printf '%s\n' 'fetched b.org 3' \
    '{"id": 4, "call": "summarize", "args": ["hello world\nbye"], "kwargs": {"max_words": 5}}')"
run_pith resume s4b.snap --value null
expect_code 0
expect_out "$(printf '%s\n' 'summary: None' "{'pages': 2, 'summary': None, 'urls': ['a.com', 'b.org']}")"

# -o may overwrite the snapshot being resumed
cp s2.snap inplace.snap
run_pith resume inplace.snap --value '{"text": "x"}' -o inplace.snap
expect_code 3
expect_out "$(printf '%s\n' 'fetched a.com 1' '{"id": 3, "call": "fetch", "args": ["b.org"], "kwargs": {}}')"
run_pith resume inplace.snap --value '{"text": "yz"}' -o inplace.snap
expect_code 3
expect_out "$(printf '%s\n' 'fetched b.org 2' '{"id": 4, "call": "summarize", "args": ["x\nyz"], "kwargs": {"max_words": 5}}')"

# an uncaught injected error fails the program as `pith run` would: traceback on stderr, exit 1
run_pith resume s1.snap --error 'ConnectionError: search backend down'
expect_code 1
expect_no_out
expect_err_line 1 "Traceback (most recent call last):"
expect_err_line -1 "ConnectionError: search backend down"

# a type pith does not know raises a subclass of Exception of that name, kept through the next snapshot
cat >tool.py <<'EOF'
try:
    tool(1)
except Exception as e:
    print(type(e).__name__, str(e), repr(e), isinstance(e, Exception), isinstance(e, ValueError))
    saved = e
tool(2)
print(type(saved), type(saved).__name__, repr(saved))
raise saved
EOF
run_pith start tool.py --ext tool -o t1.snap
expect_code 3
run_pith resume t1.snap --error 'ToolError: msg' -o t2.snap
expect_code 3
expect_out "$(printf '%s\n' "ToolError msg ToolError('msg') True False" '{"id": 2, "call": "tool", "args": [2], "kwargs": {}}')"
run_pith resume t2.snap --value null
expect_code 1
expect_out "<class 'ToolError'> ToolError ToolError('msg')"
expect_err_line 1 "Traceback (most recent call last):"
expect_err_line -1 "ToolError: msg"
run_pith resume t1.snap --error "$(printf 'E%.0s' $(seq 65)): too long"
expect_code 2
expect_err_has "longer than 64 characters"

# a type the program defines as an exception class is raised as that class, its __init__ given the message
cat >usertool.py <<'EOF'
class ToolError(Exception):
    def __init__(self, msg):
        super().__init__(msg)
        self.retryable = "busy" in msg

try:
    tool(1)
except ToolError as e:
    print(type(e).__name__, e, e.retryable, repr(e))
tool(2)
EOF
run_pith start usertool.py --ext tool -o u1.snap
expect_code 3
run_pith resume u1.snap --error 'ToolError: server busy' -o u2.snap
expect_code 3
expect_out "$(printf '%s\n' "ToolError server busy True ToolError('server busy')" '{"id": 2, "call": "tool", "args": [2], "kwargs": {}}')"
run_pith resume u2.snap --error 'ToolError: gone'
expect_code 1
expect_err_line -1 "ToolError: gone"

# stopping at another call without -o is an error (exit 2), after the program's output
run_pith resume s2.snap --value '{"text": "abc"}'
expect_code 2
expect_out "fetched a.com 3"
expect_err_has "give -o NEXT.snap"

# a corrupted snapshot (one flipped byte in the middle) is refused with the loader's error text
python3 - s2.snap bad.snap <<'EOF'
import sys
data = bytearray(open(sys.argv[1], "rb").read())
data[len(data) // 2] ^= 0x40
open(sys.argv[2], "wb").write(bytes(data))
EOF
run_pith resume bad.snap --value 1 -o never.snap
expect_code 2
expect_no_out
expect_err_matches '^pith: cannot load bad\.snap: .+'
[ "$(printf '%s\n' "$ERR" | wc -l)" -eq 1 ] && pass || fail "expected one line of stderr"
[ ! -e never.snap ] && pass || fail "never.snap should not exist"
# so is the last byte flipped (the checksum), a truncated one, an empty one and a non-snapshot
python3 -c 'import sys; d=bytearray(open("s2.snap","rb").read()); d[-1]^=1; open("tail.snap","wb").write(bytes(d))'
head -c 40 s2.snap >short.snap
: >empty.snap
cp agent.py text.snap
for f in tail short empty text; do
    run_pith resume $f.snap --value 1
    expect_code 2
    expect_err_matches "^pith: cannot load $f\\.snap: .+"
done
run_pith resume missing.snap --value 1
expect_code 2
expect_err_has "pith: cannot read missing.snap: No such file or directory"

# signed snapshots: a wrong key is refused, and so is no key at all; the key carries over to the next
# snapshot
printf 'secret key bytes' >k1
printf 'another key' >k2
run_pith start agent.py "${EXTS[@]}" --key-file k1 -o k.snap
expect_code 3
expect_out_has '{"id": 1, "call": "search", "args": ["pith snapshots"], "kwargs": {"limit": 2}}'
run_pith resume k.snap --value '[]' --key-file k2
expect_code 2
expect_err_matches '^pith: cannot load k\.snap: .+'
run_pith resume k.snap --value '[]'
expect_code 2
expect_err_has 'pith: cannot load k.snap: the snapshot is signed: loading it needs the key it was signed with'
run_pith resume k.snap --value '[]' --key-file k1 -o k2.snap
expect_code 3
expect_out '{"id": 2, "call": "summarize", "args": [""], "kwargs": {"max_words": 5}}'
run_pith resume k2.snap --value '"empty"' --key-file k2
expect_code 2
expect_err_matches '^pith: cannot load k2\.snap: .+'
run_pith resume k2.snap --value '"empty"' --key-file k1
expect_code 0
expect_out "$(printf '%s\n' 'summary: empty' "{'pages': 0, 'summary': 'empty', 'urls': []}")"
# an unsigned snapshot is refused when a key is expected
run_pith resume s1.snap --value '[]' --key-file k1
expect_code 2
expect_err_matches '^pith: cannot load s1\.snap: .+'

# inputs and values of every JSON kind cross the snapshot boundary
printf 'r = tool(n, tag=tag)\nprint(type(r).__name__, r)\nr2 = tool2(r)\n[n, tag, r2]\n' >inp.py
run_pith start inp.py --input n=12345678901234567890 --input 'tag="t"' --ext tool --ext tool2 -o i1.snap
expect_code 3
expect_out '{"id": 1, "call": "tool", "args": [12345678901234567890], "kwargs": {"tag": "t"}}'
run_pith resume i1.snap --value '{"a": [1, 2.5, true, null], "b": {"c": "d"}}' -o i2.snap
expect_code 3
expect_out "$(printf '%s\n' "dict {'a': [1, 2.5, True, None], 'b': {'c': 'd'}}" \
    '{"id": 2, "call": "tool2", "args": [{"a": [1, 2.5, true, null], "b": {"c": "d"}}], "kwargs": {}}')"
run_pith resume i2.snap --value -7
expect_code 0
expect_out "[12345678901234567890, 't', -7]"

# a program without host calls: start behaves exactly like run and writes no snapshot
printf 'print("hi")\n6 * 7\n' >plain.py
run_pith start plain.py -o plain.snap
expect_code 0
expect_out "$(printf 'hi\n42')"
[ ! -e plain.snap ] && pass || fail "plain.snap should not exist"
printf 'print("before")\n{}["k"]\n' >boom.py
run_pith start boom.py -o boom.snap
expect_code 1
expect_out "before"
expect_err_line -1 "KeyError: 'k'"
run_pith start nosuch.py -o x.snap
expect_code 2
expect_err_has "pith: cannot read nosuch.py"

# --program pins a resume to a program the host compiled itself: the snapshot of agent.py resumes against
# agent.py with the same declarations, and is refused against another program: one byte changed, another
# file name for the same text, another or reordered --ext list; signed or not (exit 2, one clear line, nothing run)
run_pith resume s1.snap --value '[]' --program agent.py "${EXTS[@]}" -o p2.snap
expect_code 3
expect_out '{"id": 2, "call": "summarize", "args": [""], "kwargs": {"max_words": 5}}'
sed 's/searching:/Searching:/' agent.py >agent_b.py
cp agent.py agent_copy.py
for pinned in "agent_b.py ${EXTS[*]}" "agent_copy.py ${EXTS[*]}" "agent.py ${EXTS[*]} --ext extra" \
    "agent.py --ext fetch --ext search --ext summarize"; do
    # shellcheck disable=SC2086 # the program file and its --ext flags, split on purpose
    run_pith resume s1.snap --value '[]' --program $pinned -o never.snap
    expect_code 2
    expect_no_out
    expect_err "pith: cannot load s1.snap: it was saved from another program than ${pinned%% *} (the source, the file name as given, or the --input/--ext declarations differ)"
done
[ ! -e never.snap ] && pass || fail "never.snap should not exist"
run_pith resume k.snap --value '[]' --key-file k1 --program agent.py "${EXTS[@]}" -o pk.snap
expect_code 3
expect_out '{"id": 2, "call": "summarize", "args": [""], "kwargs": {"max_words": 5}}'
run_pith resume k.snap --value '[]' --key-file k1 --program agent_b.py "${EXTS[@]}"
expect_code 2
expect_err_has "it was saved from another program than agent_b.py"
run_pith resume k.snap --value '[]' --program agent.py "${EXTS[@]}" # pinned, the key is still needed
expect_code 2
expect_err_has 'the snapshot is signed: loading it needs the key it was signed with'
run_pith resume i1.snap --value 5 --program inp.py --input n --input tag --ext tool --ext tool2 -o pi2.snap
expect_code 3
expect_out "$(printf '%s\n' 'int 5' '{"id": 2, "call": "tool2", "args": [5], "kwargs": {}}')"
run_pith resume i1.snap --value 5 --program inp.py --input n --input tag --input extra --ext tool --ext tool2
expect_code 2
expect_err_has "it was saved from another program than inp.py"
run_pith resume s1.snap --value '[]' --program nosuch.py
expect_code 2
expect_err_has "pith: cannot read nosuch.py"
run_pith resume s1.snap --value '[]' "${EXTS[@]}"
expect_code 2
expect_err_has "--input and --ext declare the program of --program FILE.py"

# usage errors (exit 2) and help
run_pith start agent.py "${EXTS[@]}"
expect_code 2
expect_err_has "missing -o STATE.snap"
run_pith resume s1.snap
expect_code 2
expect_err_has "missing the answer"
run_pith resume s1.snap --value 1 --error 'ValueError: x'
expect_code 2
run_pith resume s1.snap --error 'not an exception'
expect_code 2
run_pith resume s1.snap --error 'ValueError'
expect_code 2
expect_err_has "expected 'ExcType: message'"
run_pith resume s1.snap --error 'ConnectionError:'
expect_code 1
expect_err_line -1 "ConnectionError"
run_pith resume s1.snap --value '[1'
expect_code 2
expect_err_has "invalid JSON"
run_pith start agent.py "${EXTS[@]}" -o x.snap --key-file empty.snap
expect_code 2
expect_err_has "is empty"
run_pith help start
expect_code 0
expect_out_has "Usage: pith start FILE -o STATE.snap"
expect_out_has "3 saved while waiting on a host call"
run_pith resume --help
expect_code 0
expect_out_has "--error [ID=]'ExcType: message'"
expect_out_has "--program FILE.py"

# concurrency: async code awaiting several host calls stops with all of them pending, one JSON line each with
# its id; resume answers any of them by id, in any order, one or several at a time. Answered in reverse
# order, the tasks resume in that order and gather keeps argument order (CPython's result for that order)
cat >fan.py <<'EOF'
import asyncio
async def work(u):
    page = await fetch(u)
    print("got", u, page)
    return page
async def main():
    return await asyncio.gather(*(work(u) for u in urls))
asyncio.run(main())
EOF
run_pith start fan.py --input 'urls=["a", "b", "c"]' --ext fetch -o f1.snap
expect_code 3
expect_out "$(printf '%s\n' '{"id": 1, "call": "fetch", "args": ["a"], "kwargs": {}}' \
    '{"id": 2, "call": "fetch", "args": ["b"], "kwargs": {}}' '{"id": 3, "call": "fetch", "args": ["c"], "kwargs": {}}')"
run_pith resume f1.snap --value 3='"C"' --value 2='"B"' --value 1='"A"'
expect_code 0
expect_out "$(printf '%s\n' 'got c C' 'got b B' 'got a A' "['A', 'B', 'C']")"
# one answer at a time, through snapshots: the others stay pending with their ids
run_pith resume f1.snap --value 2='"B"' -o f2.snap
expect_code 3
expect_out "$(printf '%s\n' 'got b B' '{"id": 1, "call": "fetch", "args": ["a"], "kwargs": {}}' \
    '{"id": 3, "call": "fetch", "args": ["c"], "kwargs": {}}')"
run_pith resume f2.snap --error 3='ToolError: down' --value 1='"A"'
expect_code 1
expect_out 'got a A'
expect_err_line -1 "ToolError: down"
# an answer without an id needs exactly one pending call; ids must be pending and answered once
run_pith resume f1.snap --value '"x"'
expect_code 2
expect_err_has "3 calls are pending: answer each by its id"
run_pith resume f1.snap --value 9='"x"'
expect_code 2
expect_err_has "no pending call has id 9"
run_pith resume f1.snap --value 1='"x"' --value 1='"y"'
expect_code 2
expect_err_has "call 1 is answered twice"
run_pith run fan.py --input 'urls=["a", "b"]' --ext 'fetch="p"'
expect_code 0
expect_out "$(printf '%s\n' 'got a p' 'got b p' "['p', 'p']")"

# a function too large for its compile-time resume table (4,300 branches, ~97 KB): its frames could not be
# checked when loaded, so the dump refuses to save it (exit 1) instead of writing a snapshot the loader must trust;
# the same shape with 300 branches has a table and round-trips
big_fn() {
    printf 'def f(n):\n    ask()\n'
    for ((i = 0; i < $1; i++)); do printf '    if n>=%d:n=n+%d\n' "$i" "$i"; done
    printf '    return n\nprint(f(1))\n'
}
big_fn 4300 >bigfn.py
run_pith start bigfn.py --ext ask -o big.snap
expect_code 1
expect_err_has "waits in a function too large to check when loaded"
big_fn 300 >smallfn.py
run_pith start smallfn.py --ext ask -o small.snap
expect_code 3
run_pith resume small.snap --value 0
expect_code 0
expect_out "44851"

finish
