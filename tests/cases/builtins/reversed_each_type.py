# reversed() of every reversible type, a list growing under its reverse iterator, and what is not reversible.
print(list(reversed([1,2,3])), list(reversed((1,2))), list(reversed("abç")), list(reversed(b"xy")))
print(list(reversed({1:2,3:4})), list(reversed({1:2}.keys())), list(reversed({1:2}.items())), list(reversed(range(5))))
l=[1,2,3]; r=reversed(l); l.append(4); print(list(r))
try: reversed(5)
except TypeError as e: print(e)
try: reversed({1})
except TypeError as e: print(e)
# expect: [3, 2, 1] [2, 1] ['ç', 'b', 'a'] [121, 120]
# expect: [3, 1] [1] [(1, 2)] [4, 3, 2, 1, 0]
# expect: [3, 2, 1]
# expect: 'int' object is not reversible
# expect: 'set' object is not reversible
