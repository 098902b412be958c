# re.error is an Exception subclass: caught by except Exception, by its own name, and shown as re.error.
import re
try:
    re.compile('[')
except Exception as e:
    print(type(e), isinstance(e, re.error), isinstance(e, Exception))
try:
    re.search('*', 'x')
except re.error:
    print('caught as re.error')
print(re.error)
err = re.error
try:
    re.sub('(', '', '')
except err as e:
    print('via alias:', e)
# expect: <class 're.error'> True True
# expect: caught as re.error
# expect: <class 're.error'>
# expect: via alias: missing ), unterminated subpattern at position 0
