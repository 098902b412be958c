# Set comprehensions dedupe computed values.
print({x % 4 for x in range(20)})
print(sorted({x * x for x in range(-3, 4) if x != 0}))
words = ["Apple", "avocado", "Banana", "blueberry", "cherry"]
print(sorted({w[0].lower() for w in words}))
# expect: {0, 1, 2, 3}
# expect: [1, 4, 9]
# expect: ['a', 'b', 'c']
