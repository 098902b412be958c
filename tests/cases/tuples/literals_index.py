# Tuple literals, one-element tuples, indexing, slicing and len.
t = (1, "two", 3.0)
print(t, t[1], t[-1], len(t))
single = (5,)
print(single, len(single), (), len(()))
bare = 1, 2
print(bare, t[0:2], t[::-1])
print(tuple([1, 2]), tuple("ab"), tuple())
# expect: (1, 'two', 3.0) two 3.0 3
# expect: (5,) 1 () 0
# expect: (1, 2) (1, 'two') (3.0, 'two', 1)
# expect: (1, 2) ('a', 'b') ()
