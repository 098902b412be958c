# re.error is the class `error` of module `re`: its name, qualified name, repr and module are CPython's.
import re
try:
    re.compile("(")
except re.error as e:
    print(type(e).__name__, e, isinstance(e, Exception))
print(re.error, re.error.__name__)
try:
    re.sub("a", "\\9", "a")
except Exception as e:
    print(type(e).__name__, e)
try:
    re.compile("[")
except re.error as e:
    print(repr(type(e)), type(e).__qualname__, type(e).__module__)
# expect: error missing ), unterminated subpattern at position 0 True
# expect: <class 're.error'> error
# expect: error invalid group reference 9 at position 1
# expect: <class 're.error'> error re
