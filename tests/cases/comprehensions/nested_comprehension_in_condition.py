# A comprehension inside another comprehension's condition.
words = ["apple", "sky", "tree", "rhythm"]
print([w for w in words if len([c for c in w if c in "aeiou"]) >= 2])
# expect: ['apple', 'tree']
