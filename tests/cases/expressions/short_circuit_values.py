# and / or return operands and short-circuit side effects.
def t(x):
    print("t", repr(x))
    return x
print(t(0) and t(1))
print(t(2) or t(3))
print(t("") or t([]) or t("last"))
# expect: t 0
# expect: 0
# expect: t 2
# expect: 2
# expect: t ''
# expect: t []
# expect: t 'last'
# expect: last
