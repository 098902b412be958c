# Argument errors of operator's functions and getters, in CPython's words (its functions are _operator's).
import operator


def call(f, *a, **k):
    return f(*a, **k)


for f, args, kwargs in [
    (operator.add, (1,), {}),
    (operator.add, (1, 2, 3), {}),
    (operator.neg, (), {}),
    (operator.not_, (1, 2), {}),
    (operator.add, (), {"a": 1}),
    (operator.itemgetter, (), {}),
    (operator.attrgetter, (), {}),
    (operator.methodcaller, (), {}),
    (operator.methodcaller, (5,), {}),
    (operator.index, ("a",), {}),
    (operator.length_hint, (), {}),
    (call(operator.itemgetter, 1), (), {}),
    (call(operator.itemgetter, 1), ([1, 2], [3]), {}),
]:
    try:
        print(call(f, *args, **kwargs))
    except TypeError as e:
        print("TypeError:", e)
print(operator.index(7), operator.index(True), operator.length_hint([1, 2]), operator.length_hint(5, 3))
# expect: TypeError: add expected 2 arguments, got 1
# expect: TypeError: add expected 2 arguments, got 3
# expect: TypeError: _operator.neg() takes exactly one argument (0 given)
# expect: TypeError: _operator.not_() takes exactly one argument (2 given)
# expect: TypeError: _operator.add() takes no keyword arguments
# expect: TypeError: itemgetter expected 1 argument, got 0
# expect: TypeError: attrgetter expected 1 argument, got 0
# expect: TypeError: methodcaller needs at least one argument, the method name
# expect: TypeError: method name must be a string
# expect: TypeError: 'str' object cannot be interpreted as an integer
# expect: TypeError: length_hint expected at least 1 argument, got 0
# expect: TypeError: itemgetter expected 1 argument, got 0
# expect: TypeError: itemgetter expected 1 argument, got 2
# expect: 7 1 2 3
