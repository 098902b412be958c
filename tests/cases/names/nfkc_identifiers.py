# Identifiers are NFKC-normalised (PEP 3131): full-width letters, ligatures and other compatibility
# spellings name the same variable, parameter, function and keyword argument.
ｘ = 1
print(x)
def ｆ(ｖａｌｕｅ, *, ﬁle=2):
    return value + file
print(f(40, file=2), ｆ(ｖａｌｕｅ=1, ﬁle=1))
ℌ = "H"
print(H)
print(ｌｅｎ("abc"))
# expect: 1
# expect: 42 2
# expect: H
# expect: 3
