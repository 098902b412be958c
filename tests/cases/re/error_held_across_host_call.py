# A re.error instance and the class itself, held while the run waits on the host (replayed through snapshots).
# host: ask -> 1
import re
E = re.error
try:
    re.compile('(')
except re.error as e:
    saved = e
k = ask(0)
print(type(saved), str(saved), isinstance(saved, E), E, k)
try:
    re.compile('[')
except E as e2:
    print('caught again:', e2)
# expect: <class 're.error'> missing ), unterminated subpattern at position 0 True <class 're.error'> 1
# expect: caught again: unterminated character set at position 0
