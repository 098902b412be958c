# \B never matches in an empty string (CPython 3.11's rule); in verbose mode a comment runs to the end of its
# line, and an escape inside it (even of the newline) belongs to the comment.
import re
print(re.search(r'\B', ''), re.findall(r'\B', 'ab'), re.search(r'\B', 'ab', ), re.compile(r'\B').search('ab', 1, 1))
print(re.match('(?x)a # a comment \\\n b', 'a'), re.match('(?x)a # plain comment\n b', 'ab'))
print(re.findall(r'(?x) \d+  # digits', 'a1 22'))
# expect: None [''] <re.Match object; span=(1, 1), match=''> None
# expect: <re.Match object; span=(0, 1), match='a'> <re.Match object; span=(0, 2), match='ab'>
# expect: ['1', '22']
