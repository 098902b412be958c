# In a pattern of several lines, the message also gives the line and column.
import re
try:
    re.compile('abc\ndef\n(gh')
except re.error as e:
    print(e)
try:
    re.compile('a\n\n)', re.X)
except re.error as e:
    print(e)
# expect: missing ), unterminated subpattern at position 8 (line 3, column 1)
# expect: unbalanced parenthesis at position 3 (line 3, column 1)
