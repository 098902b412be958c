# Mistakes in a pattern raise re.error with CPython's message and position.
import re
bad = ['(', ')', '*', 'a**', '+a', 'a|*', '[a', r'\q', '(?P<1>x)', '(?P=x)', r'(a)\2', '[z-a]', 'a{3,2}',
       '(?<x>a)', '(?i', r'\Z*', '(?P<a>x)(?P<a>y)', r'\x1', r'\u12', '(?#abc', '(?z)', '(?P', '(?',
       r'\1(a)', '(a)(?P=', '(?(2)a|b)', '(?(x)a)', r'[\8]', '\\', '(a(b)', 'x{2}{3}', '(?P<n>a(?P=n))']
for p in bad:
    try:
        re.compile(p)
        print(repr(p), 'compiled')
    except re.error as e:
        print(repr(p), e)
# expect: '(' missing ), unterminated subpattern at position 0
# expect: ')' unbalanced parenthesis at position 0
# expect: '*' nothing to repeat at position 0
# expect: 'a**' multiple repeat at position 2
# expect: '+a' nothing to repeat at position 0
# expect: 'a|*' nothing to repeat at position 2
# expect: '[a' unterminated character set at position 0
# expect: '\\q' bad escape \q at position 0
# expect: '(?P<1>x)' bad character in group name '1' at position 4
# expect: '(?P=x)' unknown group name 'x' at position 4
# expect: '(a)\\2' invalid group reference 2 at position 4
# expect: '[z-a]' bad character range z-a at position 1
# expect: 'a{3,2}' min repeat greater than max repeat at position 2
# expect: '(?<x>a)' unknown extension ?<x at position 1
# expect: '(?i' missing -, : or ) at position 3
# expect: '\\Z*' nothing to repeat at position 2
# expect: '(?P<a>x)(?P<a>y)' redefinition of group name 'a' as group 2; was group 1 at position 12
# expect: '\\x1' incomplete escape \x1 at position 0
# expect: '\\u12' incomplete escape \u12 at position 0
# expect: '(?#abc' missing ), unterminated comment at position 0
# expect: '(?z)' unknown extension ?z at position 1
# expect: '(?P' unexpected end of pattern at position 3
# expect: '(?' unexpected end of pattern at position 2
# expect: '\\1(a)' invalid group reference 1 at position 1
# expect: '(a)(?P=' missing group name at position 7
# expect: '(?(2)a|b)' invalid group reference 2 at position 3
# expect: '(?(x)a)' unknown group name 'x' at position 3
# expect: '[\\8]' bad escape \8 at position 1
# expect: '\\' bad escape (end of pattern) at position 0
# expect: '(a(b)' missing ), unterminated subpattern at position 0
# expect: 'x{2}{3}' multiple repeat at position 4
# expect: '(?P<n>a(?P=n))' cannot refer to an open group at position 11
