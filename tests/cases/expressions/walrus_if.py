# Walrus in an if binds the value for use in the body and after.
data = {"count": 12}
if (n := data.get("count", 0)) > 10:
    print("big", n)
print(n + 1)
# expect: big 12
# expect: 13
