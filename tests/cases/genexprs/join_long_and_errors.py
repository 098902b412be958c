# sep.join over a long generator expression (folded as it goes in pith): the same text as over a list,
# and CPython's order of events for a non-str item: the whole generator runs first, then the TypeError
# names the first bad item's index.
print(", ".join(str(i) for i in range(200)) == ", ".join([str(i) for i in range(200)]))
print(repr("".join(s for s in [])), "x".join(s for s in ["only"]))
seen = []
def item(i):
    seen.append(i)
    return i if i in (70, 130) else str(i)
try:
    "+".join(item(i) for i in range(150))
except TypeError as e:
    print("TypeError:", e, "- items produced:", len(seen))
try:
    "".join(x for x in ["a", 1, 2.0])
except TypeError as e:
    print(e)
s = "ab"
print(s.join(str(k) * 3 for k in range(150))[-20:])
print(len("".join(str(i * i)[:0] for i in range(100000))))
# expect: True
# expect: '' only
# expect: TypeError: sequence item 70: expected str instance, int found - items produced: 150
# expect: sequence item 1: expected str instance, int found
# expect: 148148148ab149149149
# expect: 0
