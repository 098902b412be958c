# join requires str items.
print("-".join(["a", "b"]), "".join([]), ",".join("xyz"))
", ".join(["a", 1])
# expect: a-b  x,y,z
# expect runtime error: TypeError: sequence item 1: expected str instance, int found
