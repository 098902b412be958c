# Argument errors in the words of CPython's re.py functions and _sre's methods.
import re
calls = [lambda: re.match('a'), lambda: re.sub('a', 'b'), lambda: re.compile(), lambda: re.search('a', 'b', 0, 1),
         lambda: re.split('a', 'b', 1, 0, 2), lambda: re.findall('a', 'b', flag=1), lambda: re.escape('a', 'b'),
         lambda: re.match('a', 'b', flags=0, pattern='x'), lambda: re.compile('a').match(),
         lambda: re.compile('a').search('a', 0, 1, 2), lambda: re.compile('a').sub('b', 'c', x=1),
         lambda: re.match('a', 'a').start(0, 1), lambda: re.purge(1)]
for f in calls:
    try:
        f()
    except TypeError as e:
        print('TypeError:', e)
# expect: TypeError: match() missing 1 required positional argument: 'string'
# expect: TypeError: sub() missing 1 required positional argument: 'string'
# expect: TypeError: compile() missing 1 required positional argument: 'pattern'
# expect: TypeError: search() takes from 2 to 3 positional arguments but 4 were given
# expect: TypeError: split() takes from 2 to 4 positional arguments but 5 were given
# expect: TypeError: findall() got an unexpected keyword argument 'flag'
# expect: TypeError: escape() takes 1 positional argument but 2 were given
# expect: TypeError: match() got multiple values for argument 'pattern'
# expect: TypeError: match() missing required argument 'string' (pos 1)
# expect: TypeError: search() takes at most 3 arguments (4 given)
# expect: TypeError: 'x' is an invalid keyword argument for sub()
# expect: TypeError: start expected at most 1 argument, got 2
# expect: TypeError: purge() takes 0 positional arguments but 1 was given
