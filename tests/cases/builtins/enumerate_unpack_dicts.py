# enumerate over dict items with nested unpacking.
inv = {"apples": 3, "pears": 0}
for i, (name, qty) in enumerate(inv.items(), start=1):
    print(f"{i}. {name}: {qty}")
# expect: 1. apples: 3
# expect: 2. pears: 0
