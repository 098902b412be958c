# The module, its functions, flags and classes held while the run waits on the host (replayed through snapshots).
# host: ask -> "a1b22"
import re
mod, fn, flag, P, M = re, re.findall, re.I | re.M, re.Pattern, re.Match
from re import sub as s
text = ask()
p = mod.compile(r'\d+', flag)
print(fn(r'\d', text), s('b', 'B', text), isinstance(p, P), isinstance(p.search(text), M), P, M, int(flag), p.flags)
# expect: ['1', '2', '2'] a1B22 True True <class 're.Pattern'> <class 're.Match'> 10 42
