# repr and str of user exceptions with zero, one and several arguments.
class E(Exception):
    pass

for e in (E(), E("one"), E("a", 2), E(["x"])):
    print(repr(e), str(e), e.args)
# expect: E()  ()
# expect: E('one') one ('one',)
# expect: E('a', 2) ('a', 2) ('a', 2)
# expect: E(['x']) ['x'] (['x'],)
