# In a chained comparison each middle operand is evaluated once, and evaluation short-circuits.
def v(x):
    print("eval", x)
    return x
print(v(1) < v(2) < v(3))
print(v(3) < v(2) < v(1))
print(1 < 2 > 0 == 0 != 1)
# expect: eval 1
# expect: eval 2
# expect: eval 3
# expect: True
# expect: eval 3
# expect: eval 2
# expect: False
# expect: True
