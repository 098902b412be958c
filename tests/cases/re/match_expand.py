# Match.expand fills a template with the match's groups.
import re
m = re.match(r'(?P<first>\w+) (?P<last>\w+)', 'Ada Lovelace')
print(m.expand(r'\2, \1'))
print(m.expand(r'\g<last>, \g<first>!'))
print(repr(m.expand(r'\g<0>\n')))
m2 = re.match(r'(a)(b)?', 'a')
print(repr(m2.expand(r'[\2]')))
# expect: Lovelace, Ada
# expect: Lovelace, Ada!
# expect: 'Ada Lovelace\n'
# expect: '[]'
