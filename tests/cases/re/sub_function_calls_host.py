# re.sub with a function that calls the host: the loop runs as a native frame, so each host call suspends
# the run (and the replay through snapshots holds the Pattern, the Match and the loop's state).
# host: lookup -> {"name": "N"}
import re

def repl(m):
    r = lookup(m.group(1))
    return r["name"] + m.group(1) + "!"

print(re.sub(r'\{(\w+)\}', repl, 'hi {a} and {bé}.'))
p = re.compile(r'\{(\w+)\}')
print(p.subn(repl, '{x}{y}{z}'))
print(p.sub(lambda m: lookup(m.group(1))["name"], '[{q}{r}]', count=1))
from re import sub
print(sub(r'\d', lambda m: lookup(m.group())["name"] + m.group(), 'a1b2'))
print(re.subn(pattern=r'é', repl=lambda m: lookup(1)["name"], string=b'x'.decode() + 'éé'))
# expect: hi Na! and Nbé!.
# expect: ('Nx!Ny!Nz!', 3)
# expect: [N{r}]
# expect: aN1bN2
# expect: ('xNN', 2)
