# dumps() checks its arguments as CPython's signature does.
import json
tries = [lambda: json.dumps(), lambda: json.dumps(1, 2), lambda: json.dumps(1, foo=2), lambda: json.dumps(1, obj=2)]
for t in tries:
    try:
        t()
    except TypeError as e:
        print(e)
print(json.dumps(obj=[1]))
# expect: dumps() missing 1 required positional argument: 'obj'
# expect: dumps() takes 1 positional argument but 2 were given
# expect: JSONEncoder.__init__() got an unexpected keyword argument 'foo'
# expect: dumps() got multiple values for argument 'obj'
# expect: [1]
