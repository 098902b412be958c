# dict() from kwargs, pairs, zip, and bad pair length.
print(dict(a=1, b=2), dict([("x", 1)], y=2), dict(zip("ab", range(2))))
try:
    dict([("a", 1, 2)])
except ValueError as e:
    print(e)
# expect: {'a': 1, 'b': 2} {'x': 1, 'y': 2} {'a': 0, 'b': 1}
# expect: dictionary update sequence element #0 has length 3; 2 is required
