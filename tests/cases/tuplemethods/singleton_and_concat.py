# Singleton tuples need a comma; tuples concatenate and repeat.
print((1), (1,), () + (1,) * 3, tuple("ab") + (None,))
print(len(((),)), (1, 2) * 0)
# expect: 1 (1,) (1, 1, 1) ('a', 'b', None)
# expect: 1 ()
