# and/or return one of their operands, and short-circuit.
print(0 or "default", "set" or "default", "" or 0, None or [])
print(1 and "yes", 0 and "never", [] and 5, "a" and "b" and "c")
name = None
label = name or "anonymous"
print(label)
def boom():
    print("evaluated")
    return True
print(False and boom(), True or boom())
print(True and boom())
print(not 0, not "x", not [], not None, not not 3)
# expect: default set 0 []
# expect: yes 0 [] c
# expect: anonymous
# expect: False True
# expect: evaluated
# expect: True
# expect: True False True True True
