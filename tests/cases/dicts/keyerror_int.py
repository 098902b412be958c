# A missing int key.
by_id = {1: "a", 2: "b"}
print(by_id[3])
# expect runtime error: KeyError: 3
