# min/max with key and default on generators.
users = [{"n": "a", "age": 30}, {"n": "b", "age": 25}]
print(min((u for u in users), key=lambda u: u["age"])["n"])
print(max((u["age"] for u in users if u["age"] > 99), default=-1))
# expect: b
# expect: -1
