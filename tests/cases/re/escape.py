# re.escape backslashes exactly CPython's special characters, in str and bytes.
import re
print(re.escape('a.b*c?d'))
print(re.escape('1+1=2 (yes) [no] {x} ^$|\\'))
print(re.escape('tab\tnl\n#&~-'))
print(re.escape('héllo_wörld123'))
print(re.escape(b'a.b'))
print(re.match(re.escape('a.b'), 'a.b'), re.match(re.escape('a.b'), 'axb'))
# expect: a\.b\*c\?d
# expect: 1\+1=2\ \(yes\)\ \[no\]\ \{x\}\ \^\$\|\\
# expect: tab\	nl\
# expect: \#\&\~\-
# expect: héllo_wörld123
# expect: b'a\\.b'
# expect: <re.Match object; span=(0, 3), match='a.b'> None
