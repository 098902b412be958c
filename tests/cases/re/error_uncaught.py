# An uncaught re.error ends the run with CPython's last traceback line.
import re
print('before')
re.compile('a(b')
# expect: before
# expect runtime error: re.error: missing ), unterminated subpattern at position 1
