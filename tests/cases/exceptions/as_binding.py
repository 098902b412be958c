# except ... as e: print(e), repr(e), e.args.
try:
    raise ValueError("bad value", 42)
except ValueError as e:
    print(e)
    print(repr(e))
    print(e.args)
try:
    raise RuntimeError("single")
except RuntimeError as e:
    print(e, "|", repr(e), "|", e.args)
try:
    raise KeyError("k")
except KeyError as e:
    print(e, "|", repr(e), "|", e.args)
try:
    raise TypeError()
except TypeError as e:
    print("[" + str(e) + "]", repr(e), e.args)
try:
    1 / 0
except ZeroDivisionError as e:
    print(repr(e))
# expect: ('bad value', 42)
# expect: ValueError('bad value', 42)
# expect: ('bad value', 42)
# expect: single | RuntimeError('single') | ('single',)
# expect: 'k' | KeyError('k') | ('k',)
# expect: [] TypeError() ()
# expect: ZeroDivisionError('division by zero')
