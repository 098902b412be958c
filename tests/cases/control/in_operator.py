# in / not in across containers.
print(2 in [1, 2], "k" in {"k": 0}, 0 in {"k": 0}, "b" in ("a", "b"), "ell" in "hello")
allowed = ["read", "list"]
for action in ["read", "delete"]:
    if action not in allowed:
        print("denied:", action)
    else:
        print("allowed:", action)
# expect: True True False True True
# expect: allowed: read
# expect: denied: delete
