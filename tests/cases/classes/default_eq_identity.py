# Without __eq__, equality is identity and instances hash by identity.
class T:
    pass

a, b = T(), T()
print(a == a, a == b, a != b, len({a, b, a}), hash(a) == hash(a))
# expect: True False True 2 True
