# list.sort is stable: equal keys keep their original order, also with reverse=True.
people = [("ann", 30), ("bob", 25), ("cat", 30), ("dan", 25), ("eve", 30)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
# expect: [('bob', 25), ('dan', 25), ('ann', 30), ('cat', 30), ('eve', 30)]
# expect: [('ann', 30), ('cat', 30), ('eve', 30), ('bob', 25), ('dan', 25)]
