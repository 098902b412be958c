# loads() checks its arguments as CPython's signature does.
import json
tries = [lambda: json.loads(), lambda: json.loads("1", 2), lambda: json.loads("1", foo=2)]
for t in tries:
    try:
        t()
    except TypeError as e:
        print(e)
print(json.loads(s="[1]"))
# expect: loads() missing 1 required positional argument: 's'
# expect: loads() takes 1 positional argument but 2 were given
# expect: JSONDecoder.__init__() got an unexpected keyword argument 'foo'
# expect: [1]
