# Bad templates raise CPython's errors: re.error with a position, IndexError for an unknown group name.
import re
for t in [r'\q', r'\2', r'\g<2>', r'\g', r'\g<', r'\g<a', r'\g<1a>', r'\g<>', '\\']:
    try:
        re.sub('(x)', t, 'x')
    except re.error as e:
        print(repr(t), 're.error:', e)
    except IndexError as e:
        print(repr(t), 'IndexError:', e)
try:
    re.sub('(x)', r'\g<name>', 'x')
except IndexError as e:
    print('IndexError:', e)
# expect: '\\q' re.error: bad escape \q at position 0
# expect: '\\2' re.error: invalid group reference 2 at position 1
# expect: '\\g<2>' re.error: invalid group reference 2 at position 3
# expect: '\\g' re.error: missing < at position 2
# expect: '\\g<' re.error: missing group name at position 3
# expect: '\\g<a' re.error: missing >, unterminated name at position 3
# expect: '\\g<1a>' re.error: bad character in group name '1a' at position 3
# expect: '\\g<>' re.error: missing group name at position 3
# expect: '\\' re.error: bad escape (end of pattern) at position 0
# expect: IndexError: unknown group name 'name'
