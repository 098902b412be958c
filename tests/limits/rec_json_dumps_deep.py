# json.dumps of data nested 300,000 deep (built in a loop): the encoder keeps its state on an explicit
# stack, bounded by the depth limit, so it ends in RecursionError (CPython's words for its C encoder, and with
# indent for its Python one) instead of recursing on the C stack;
# 500 levels encode fine.
# limit: --max-time 5
# expect: RecursionError maximum recursion depth exceeded while encoding a JSON object
# expect: RecursionError maximum recursion depth exceeded while calling a Python object
# expect: 1002
import json
deep = []
for _ in range(300000):
    deep = [deep]
try:
    json.dumps(deep)
except RecursionError as e:
    print("RecursionError", e)
d = {}
for _ in range(300000):
    d = {"k": d}
try:
    json.dumps(d, indent=1)
except RecursionError as e:
    print("RecursionError", e)
ok = []
for _ in range(500):
    ok = [ok]
print(len(json.dumps(ok)))
