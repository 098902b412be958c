# enumerate over a generator that asks the same enumerate for an item: the generator is running, so the
# nested next() raises ValueError inside it.
# expect: ValueError: generator already executing
# expect: []
e = enumerate(next(e, (9, "x"))[1] for _ in range(3))
try:
    print(list(e))
except ValueError as err:
    print("ValueError:", err)
print(list(e))
