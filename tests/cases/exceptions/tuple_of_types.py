# An except clause with a tuple of types.
def parse(raw):
    try:
        return int(raw["v"])
    except (KeyError, ValueError) as e:
        print("bad input:", type(e), e)
        return None
print(parse({"v": "12"}))
print(parse({}))
print(parse({"v": "x"}))
# expect: 12
# expect: bad input: <class 'KeyError'> 'v'
# expect: None
# expect: bad input: <class 'ValueError'> invalid literal for int() with base 10: 'x'
# expect: None
