# Several if clauses and conditions between for clauses.
print([x for x in range(30) if x % 2 == 0 if x % 3 == 0])
print([(a, b) for a in range(4) if a > 1 for b in "xy" if b != "x"])
# expect: [0, 6, 12, 18, 24]
# expect: [(2, 'y'), (3, 'y')]
