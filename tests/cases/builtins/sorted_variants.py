# sorted with key, reverse, on strings, tuples and dict keys; the input is not modified.
xs = [3, 1, 2]
print(sorted(xs, reverse=True), xs)
print(sorted("hello"), sorted({"b": 1, "a": 2}), sorted(["B", "a", "C"], key=str.lower))
print(sorted([-3, 2, -1], key=abs), sorted([]))
# expect: [3, 2, 1] [3, 1, 2]
# expect: ['e', 'h', 'l', 'l', 'o'] ['a', 'b'] ['a', 'B', 'C']
# expect: [-1, 2, -3] []
