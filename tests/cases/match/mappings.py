# Mapping patterns: keys looked up without KeyError, extra keys allowed, **rest gets a new dict of the others.
def handle(event):
    match event:
        case {"type": "click", "pos": (x, y)}:
            return f"click at {x},{y}"
        case {"type": "key", "key": str(k), **mods}:
            return f"key {k} with {sorted(mods)}"
        case {"type": t}:
            return f"unknown event {t}"
        case {}:
            return "empty mapping or no type"
        case _:
            return "not a mapping"


print(handle({"type": "click", "pos": (1, 2)}))
print(handle({"type": "click", "pos": [3, 4], "extra": True}))
print(handle({"type": "key", "key": "q", "ctrl": True, "shift": False}))
print(handle({"type": "key", "key": 5}))
print(handle({"kind": "x"}))
print(handle({}))
print(handle([("type", "click")]))

d = {1: "one", 2: "two", "x": None}
match d:
    case {1: a, **rest}:
        print(a, rest, rest is d)

match {"a": None}:
    case {"a": None}:
        print("None value matched")

match {"b": 1}:
    case {"a": _}:
        print("wrong")
    case {**everything}:
        print("everything", everything)

match {True: "t", 2.0: "f"}:
    case {1: x, 2: y}:
        print(x, y)
# expect: click at 1,2
# expect: click at 3,4
# expect: key q with ['ctrl', 'shift']
# expect: unknown event key
# expect: empty mapping or no type
# expect: empty mapping or no type
# expect: not a mapping
# expect: one {2: 'two', 'x': None} False
# expect: None value matched
# expect: everything {'b': 1}
# expect: t f
