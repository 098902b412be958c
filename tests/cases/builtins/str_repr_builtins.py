# str() and repr() of every basic value.
vals = [0, -1.5, "q'uote", None, True, [1, "a"], (2,), {"k": "v"}]
for v in vals:
    print(str(v), repr(v))
print(str(), repr(""))
# expect: 0 0
# expect: -1.5 -1.5
# expect: q'uote "q'uote"
# expect: None None
# expect: True True
# expect: [1, 'a'] [1, 'a']
# expect: (2,) (2,)
# expect: {'k': 'v'} {'k': 'v'}
# expect:  ''
