# A lambda can be called immediately; its __name__ is <lambda>.
print((lambda x, y: x * y)(6, 7))
h = lambda: None
print(h.__name__, h())
# expect: 42
# expect: <lambda> None
