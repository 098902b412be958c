# Exception args, str and repr for zero, one and several arguments.
for e in [ValueError(), ValueError("msg"), ValueError("a", 2), KeyError("k"), KeyError(), RuntimeError("x", None), IndexError(0)]:
    print(e.args, "|" + str(e) + "|", repr(e))
# expect: () || ValueError()
# expect: ('msg',) |msg| ValueError('msg')
# expect: ('a', 2) |('a', 2)| ValueError('a', 2)
# expect: ('k',) |'k'| KeyError('k')
# expect: () || KeyError()
# expect: ('x', None) |('x', None)| RuntimeError('x', None)
# expect: (0,) |0| IndexError(0)
