# finditer returns an iterator (callable_iterator) that finds each match when asked: a loop may stop early.
import re
it = re.finditer(r'\w+', 'héllo wörld x')
print(type(it), iter(it) is it)
print(next(it).span(), [m.group() for m in it], next(it, 'end'))
for m in re.finditer('x*', 'axxb'):
    print(m.span(), end=' ')
print()
print(list(re.compile(r'\d').finditer('a1b2c3', 2, 5)))
try:
    re.finditer('a', 1)
except TypeError as e:
    print(e)
big = 'ab ' * 1000000
n = 0
for m in re.finditer(r'\w+', big):
    n += 1
    if n == 3: break
print(n, m.span())
# expect: <class 'callable_iterator'> True
# expect: (0, 5) ['wörld', 'x'] end
# expect: (0, 0) (1, 3) (3, 3) (4, 4) 
# expect: [<re.Match object; span=(3, 4), match='2'>]
# expect: expected string or bytes-like object, got 'int'
# expect: 3 (6, 8)
