# keys and items views compare with sets and with each other by size and inclusion, in both operand orders;
# values views are not set-like.
d = {"a": 1, "b": 2}
e = {"a": 1, "b": 2, "c": 3}
print(d.keys() < {"a", "b", "c"}, d.keys() <= {"a", "b"}, d.keys() > {"a"}, d.keys() >= {"a", "b"})
print({"a"} < d.keys(), {"a", "b"} <= d.keys(), {"a", "b", "c"} > d.keys(), frozenset("ab") >= d.keys())
print(d.keys() < e.keys(), e.keys() > d.keys(), d.keys() == e.keys(), d.keys() != e.keys())
print(d.items() < e.items(), d.items() <= {("a", 1), ("b", 2)}, d.items() > {("a", 1)}, d.items() >= {("a", 9)})
print(d.keys() < {"a", "x", "y"}, d.keys() == {"a", "b"}, d.items() == {("a", 1), ("b", 2)})
print(d.keys() == ["a", "b"], d.keys() != ("a", "b"))
for bad in (lambda: d.keys() < ["a"], lambda: d.values() < {1}, lambda: d.keys() >= 3):
    try:
        bad()
    except TypeError as exc:
        print("TypeError:", exc)
# expect: True True True True
# expect: True True True True
# expect: True True False True
# expect: True True True False
# expect: False True True
# expect: False True
# expect: TypeError: '<' not supported between instances of 'dict_keys' and 'list'
# expect: TypeError: '<' not supported between instances of 'dict_values' and 'set'
# expect: TypeError: '>=' not supported between instances of 'dict_keys' and 'int'
