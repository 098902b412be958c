# min/max with key=, default=, multiple args, and ties (first wins).
print(max(3, 9, 2), min("b", "a", "c"), max([1, 5, 5.0], key=float))
print(min([], default="empty"), max([(1, "b"), (1, "a")]), min(["bb", "a", "cc"], key=len))
print(max([1, -7, 3], key=abs), max("apple", "fig", key=len))
# expect: 9 a 5
# expect: empty (1, 'b') a
# expect: -7 apple
