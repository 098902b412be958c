# An exception raised inside an except block propagates (the last line is the new exception).
try:
    {}["a"]
except KeyError:
    print("handling")
    [].pop()
# expect: handling
# expect runtime error: IndexError: pop from empty list
