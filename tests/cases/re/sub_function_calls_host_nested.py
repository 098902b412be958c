# A replacement function that calls the host inside a function that is itself called with a key that waits.
# host: rank -> 2
import re
def norm(s):
    return re.sub(r'[aeiou]', lambda m: str(rank(m.group())), s)
words = ['banana', 'kiwi', 'fig']
print(sorted(words, key=norm))
print([norm(w) for w in words])
print(re.subn(r'(\d)', lambda m: m.group(1) * rank(0), 'a1b2'))
# expect: ['banana', 'fig', 'kiwi']
# expect: ['b2n2n2', 'k2w2', 'f2g']
# expect: ('a11b22', 2)
