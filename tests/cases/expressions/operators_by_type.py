# Each type's operators (+, %, |, unary -, in place += *= |= -=) and CPython's words when a pair does not apply.
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
t(lambda: "a" + 1); t(lambda: [1] + (1,)); t(lambda: (1,) + [1]); t(lambda: b"a" + "b"); t(lambda: 1 + "a")
t(lambda: {1: 2} | {3: 4}); t(lambda: {1: 2} | [(3, 4)]); t(lambda: "%d-%s" % (1, "x")); t(lambda: 5 % "x")
t(lambda: -1.5); t(lambda: +2.5); t(lambda: ~1.5); t(lambda: -"a"); t(lambda: [1] * "x"); t(lambda: "x" * [1])
l = [1]; l += (2, 3); l *= 2; print(l)
d = {1: 2}; d |= [(5, 6)]; print(d)
s = {1}; s |= {2}; s -= {1}; print(s)
k = {1: 2}.keys(); print(k | {3}, [1, 2] - {1: 0}.keys(), {1: 0}.keys() & [1])
x = (1,); x += (2,); print(x)
def f():
    l = [1]; l *= "x"
t(f)
def g():
    l = [1]; l += 5
t(g)
def h():
    d = {}; d |= 5
t(h)
# expect: TypeError can only concatenate str (not "int") to str
# expect: TypeError can only concatenate list (not "tuple") to list
# expect: TypeError can only concatenate tuple (not "list") to tuple
# expect: TypeError can't concat str to bytes
# expect: TypeError unsupported operand type(s) for +: 'int' and 'str'
# expect: {1: 2, 3: 4}
# expect: TypeError unsupported operand type(s) for |: 'dict' and 'list'
# expect: '1-x'
# expect: TypeError unsupported operand type(s) for %: 'int' and 'str'
# expect: -1.5
# expect: 2.5
# expect: TypeError bad operand type for unary ~: 'float'
# expect: TypeError bad operand type for unary -: 'str'
# expect: TypeError can't multiply sequence by non-int of type 'str'
# expect: TypeError can't multiply sequence by non-int of type 'list'
# expect: [1, 2, 3, 1, 2, 3]
# expect: {1: 2, 5: 6}
# expect: {2}
# expect: {1, 3} {2} {1}
# expect: (1, 2)
# expect: TypeError can't multiply sequence by non-int of type 'str'
# expect: TypeError 'int' object is not iterable
# expect: TypeError 'int' object is not iterable
