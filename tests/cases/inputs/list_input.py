# A list input processed in a loop.
# input: scores = [88, 92, 75, 100, 61]
passed = []
for s in scores:
    if s >= 75:
        passed.append(s)
print(passed, sum(scores) / len(scores), max(scores))
scores.sort()
print(scores)
# expect: [88, 92, 75, 100] 83.2 100
# expect: [61, 75, 88, 92, 100]
