# map with a builtin function and several iterables; map objects are one-shot.
print(list(map(str, [1, 2.5, None])), list(map(pow, [2, 3], [3, 2])))
m = map(abs, [-1, -2])
print(list(m), list(m))
print(list(map(len, ["a", "bb", ""])))
# expect: ['1', '2.5', 'None'] [8, 9]
# expect: [1, 2] []
# expect: [1, 2, 0]
