# (?(id)yes|no): matches yes when the group took part, no otherwise.
import re
p = re.compile(r'(<)?\w+(?(1)>|$)')
print(p.match('<a>'), p.match('a'), p.match('<a'))
q = re.compile(r'(?P<q>")?x(?(q)")')
print(q.fullmatch('"x"'), q.fullmatch('x'), q.fullmatch('"x'))
# expect: <re.Match object; span=(0, 3), match='<a>'> <re.Match object; span=(0, 1), match='a'> None
# expect: <re.Match object; span=(0, 3), match='"x"'> <re.Match object; span=(0, 1), match='x'> None
