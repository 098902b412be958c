# Shared and cyclic references: a list that contains itself, a dict that holds it, a tuple seen twice.
a = [1, 2]
a.append(a)
d = {"self": None, "a": a}
d["self"] = d
shared = (1, "two")
pair = [shared, shared, {"s": shared}]
out = ask(len(a))
print(out, a, pair, d["a"] is a)
