# count limits the replacements (0: all, negative: none); subn also returns how many were made.
import re
print(re.sub('a', 'b', 'aaaa', count=2))
print(re.sub('a', 'b', 'aaaa', 0))
print(re.sub('a', 'b', 'aaaa', -1))
print(re.subn('a', 'b', 'aaaa'))
print(re.subn('a', 'b', 'xyz'))
print(re.compile('a').subn('-', 'banana', 2))
print(re.sub('a', 'b', 'aaa', flags=re.I, count=1))
# expect: bbaa
# expect: bbbb
# expect: aaaa
# expect: ('bbbb', 4)
# expect: ('xyz', 0)
# expect: ('b-n-na', 2)
# expect: baa
