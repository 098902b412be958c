# Sorting dict items by value, then key.
counts = {"b": 3, "a": 3, "c": 7, "d": 1}
for k, v in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
    print(k, v)
# expect: c 7
# expect: a 3
# expect: b 3
# expect: d 1
