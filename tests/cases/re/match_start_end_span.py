# start, end and span of a group by number or name; -1 for a group that did not take part.
import re
m = re.search(r'(?P<word>\w+)(!)?', '  hello ')
print(m.start(), m.end(), m.span())
print(m.start(1), m.end('word'), m.span('word'))
print(m.start(2), m.end(2), m.span(2))
print(m.regs)
# expect: 2 7 (2, 7)
# expect: 2 7 (2, 7)
# expect: -1 -1 (-1, -1)
# expect: ((2, 7), (2, 7), (-1, -1))
