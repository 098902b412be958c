# lastindex is the group that closed last (an outer group closes after the groups inside it).
import re
for p, s in [('(a)(b)', 'ab'), ('((a)b)', 'ab'), ('(a(b))', 'ab'), ('(a)|(b)', 'b'), ('(a)(b)?', 'a'),
             ('(?P<x>a)(?P<y>b)', 'ab'), ('(?P<x>a)(b)', 'ab'), ('abc', 'abc'), ('(a)(b*)', 'a'), ('(?:(a)|b)*', 'ab')]:
    m = re.match(p, s)
    print(p, m.lastindex, m.lastgroup)
# expect: (a)(b) 2 None
# expect: ((a)b) 1 None
# expect: (a(b)) 1 None
# expect: (a)|(b) 2 None
# expect: (a)(b)? 1 None
# expect: (?P<x>a)(?P<y>b) 2 y
# expect: (?P<x>a)(b) 2 None
# expect: abc None None
# expect: (a)(b*) 2 None
# expect: (?:(a)|b)* 1 None
