# str.join over a generator expression.
nums = [3, 1, 4]
print(", ".join(str(n) for n in nums))
print("".join(c.upper() if i % 2 else c for i, c in enumerate("abcdef")))
# expect: 3, 1, 4
# expect: aBcDeF
