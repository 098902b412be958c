# A finditer iterator half consumed while the run waits on the host (replayed through snapshots): it goes on
# from where it stopped, with code point spans in a text that is not ASCII.
# host: ask -> 1
import re
it = re.finditer(r'(?P<w>\w+)', 'été, déjà vu; naïve')
first = next(it)
k = ask(first.group())
second = next(it)
k += ask(second.span())
rest = [(m.group('w'), m.span()) for m in it]
print(first.span(), second.group(), rest, k, next(it, None))
empty = re.compile('x*').finditer('axb', 1)
print(next(empty).span(), ask(0), [m.span() for m in empty])
# expect: (0, 3) déjà [('vu', (10, 12)), ('naïve', (14, 19))] 2 None
# expect: (1, 2) 1 [(2, 2), (3, 3)]
