# set.remove of a missing element raises KeyError with the element's repr.
s = {1, 2}
try:
    s.remove(5)
except KeyError as e:
    print("KeyError", e)
s.remove("x")
# expect: KeyError 5
# expect runtime error: KeyError: 'x'
