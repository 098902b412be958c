# str, repr and bool of assorted values.
vals = [0, 1.0, -0.0, "", "x", [], [0], {}, None, (), (0,), 1e100, 10 ** 20]
for v in vals:
    print(repr(v), str(v), bool(v))
# expect: 0 0 False
# expect: 1.0 1.0 True
# expect: -0.0 -0.0 False
# expect: ''  False
# expect: 'x' x True
# expect: [] [] False
# expect: [0] [0] True
# expect: {} {} False
# expect: None None False
# expect: () () False
# expect: (0,) (0,) True
# expect: 1e+100 1e+100 True
# expect: 100000000000000000000 100000000000000000000 True
