# CPython's messages for bisect misuse.
import bisect

for f in (lambda: bisect.bisect([1], 1, -1), lambda: bisect.bisect(3, 1), lambda: bisect.bisect([1], 1, key=1),
          lambda: bisect.bisect_left([1, "a"], 2), lambda: bisect.insort((1, 2), 3), lambda: bisect.bisect([1], 1, 0, 1, 2)):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
bisect.bisect_left([1], x=1, foo=2)
# expect: ValueError lo must be non-negative
# expect: TypeError object of type 'int' has no len()
# expect: TypeError 'int' object is not callable
# expect: TypeError '<' not supported between instances of 'str' and 'int'
# expect: AttributeError 'tuple' object has no attribute 'insert'
# expect: TypeError bisect_right() takes at most 4 positional arguments (5 given)
# expect runtime error: TypeError: 'foo' is an invalid keyword argument for bisect_left()
