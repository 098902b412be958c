# Calling a tool once per item in a loop and collecting the results.
# host: lookup -> {"score": 3}
names = ["a", "b", "c", "d"]
total = 0
scores = {}
for n in names:
    s = lookup(name=n)["score"]
    scores[n] = s
    total += s
print(scores, total)
# expect: {'a': 3, 'b': 3, 'c': 3, 'd': 3} 12
