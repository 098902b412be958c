# del of items and slices of lists and dicts, as agents clean up data; CPython's errors for the rest.
records = [{"id": i, "tmp": i * 2} for i in range(6)]
for r in records:
    del r["tmp"]
del records[0]
del records[-1]
del records[1:3]
print(records)
nums = list(range(10))
del nums[::3]
print(nums)
del nums[:]
print(nums)
cfg = {"a": 1, "b": 2, "c": 3}
del cfg["a"], cfg["c"]
print(cfg)
nested = {"x": [1, 2, {"y": 3}]}
del nested["x"][2]["y"]
del nested["x"][0]
print(nested)


def attempt(what, f):
    try:
        f()
    except (KeyError, IndexError, TypeError) as e:
        print(what, type(e).__name__, e)


def del_missing_key():
    del cfg["zzz"]


def del_out_of_range():
    del nums[3]


def del_tuple_item():
    t = (1, 2)
    del t[0]


def del_str_item():
    s = "text"
    del s[1:2]


attempt("missing key:", del_missing_key)
attempt("index:", del_out_of_range)
attempt("tuple:", del_tuple_item)
attempt("str:", del_str_item)
# expect: [{'id': 1}, {'id': 4}]
# expect: [1, 2, 4, 5, 7, 8]
# expect: []
# expect: {'b': 2}
# expect: {'x': [2, {}]}
# expect: missing key: KeyError 'zzz'
# expect: index: IndexError list assignment index out of range
# expect: tuple: TypeError 'tuple' object doesn't support item deletion
# expect: str: TypeError 'str' object does not support item deletion
