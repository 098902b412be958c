# A spec starting with "=" right after a name ({x:=10}) is a format spec, not a walrus, as CPython reads it.
x = 5
print(f"[{x:=10}]", f"[{(y := 3)}]", y)
# expect: [         5] [3] 3
