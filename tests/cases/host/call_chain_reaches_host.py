# Every function on a call path to a host call suspends, however long the chain and in whatever order
# the defs come (the may-suspend analysis spreads from callee to caller over the call graph).
# host: lookup -> 7
def f0(x):
    return f1(x + 1)
def f1(x):
    return f2(x + 1)
def f2(x):
    return f3(x + 1)
def f3(x):
    return f4(x + 1)
def f4(x):
    return f5(x + 1)
def f5(x):
    return f6(x + 1)
def f6(x):
    return f7(x + 1)
def f7(x):
    return f8(x + 1)
def f8(x):
    return f9(x + 1)
def f9(x):
    return f10(x + 1)
def f10(x):
    return f11(x + 1)
def f11(x):
    return f12(x + 1)
def f12(x):
    return f13(x + 1)
def f13(x):
    return f14(x + 1)
def f14(x):
    return f15(x + 1)
def f15(x):
    return f16(x + 1)
def f16(x):
    return f17(x + 1)
def f17(x):
    return f18(x + 1)
def f18(x):
    return f19(x + 1)
def f19(x):
    return f20(x + 1)
def f20(x):
    return f21(x + 1)
def f21(x):
    return f22(x + 1)
def f22(x):
    return f23(x + 1)
def f23(x):
    return f24(x + 1)
def f24(x):
    return f25(x + 1)
def f25(x):
    return f26(x + 1)
def f26(x):
    return f27(x + 1)
def f27(x):
    return f28(x + 1)
def f28(x):
    return f29(x + 1)
def f29(x):
    return f30(x + 1)
def f30(x):
    return f31(x + 1)
def f31(x):
    return f32(x + 1)
def f32(x):
    return f33(x + 1)
def f33(x):
    return f34(x + 1)
def f34(x):
    return f35(x + 1)
def f35(x):
    return f36(x + 1)
def f36(x):
    return f37(x + 1)
def f37(x):
    return f38(x + 1)
def f38(x):
    return f39(x + 1)
def f39(x):
    return lookup(x) + x
def apply(g, v):
    return g(v)
def later(x):
    return apply(f0, x) * 2
print(f0(0), f20(0), later(1))
# expect: 46 26 94
