# Template escapes: \n \t \\ and the octal \0; an escaped punctuation mark stays as written.
import re
print(repr(re.sub('a', r'\n\t\\', 'a')))
print(re.sub('a', r'\-', 'a'))
print(re.sub('a', r'\.', 'xa'))
print(repr(re.sub('a', r'\0', 'a')))
print(repr(re.sub('a', r'\101', 'a')))
print(re.sub('a', 'é', 'aba'))
# expect: '\n\t\\'
# expect: \-
# expect: x\.
# expect: '\x00'
# expect: 'A'
# expect: ébé
