# Flag members combine with |, &, ^ and ~; `in` tests bits; iterating a combination lists its members.
from enum import Flag, auto


class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()


rw = Perm.R | Perm.W
print(list(Perm), Perm.R, Perm.W.value, Perm.X.value)
print(rw, repr(rw), rw.value, rw.name, Perm.R in rw, Perm.X in rw, list(rw), len(rw))
print(rw & Perm.W, rw ^ Perm.R, ~Perm.R, repr(Perm.R & Perm.W), bool(Perm.R & Perm.W), bool(rw))
print(Perm(3) == rw, Perm(7), Perm(0))
try:
    Perm(8)
except ValueError as e:
    print(e)
# expect: [<Perm.R: 1>, <Perm.W: 2>, <Perm.X: 4>] Perm.R 2 4
# expect: Perm.R|W <Perm.R|W: 3> 3 R|W True False [<Perm.R: 1>, <Perm.W: 2>] 2
# expect: Perm.W Perm.W Perm.W|X <Perm: 0> False True
# expect: True Perm.R|W|X Perm(0)
# expect: <flag 'Perm'> invalid value 8
# expect:     given 0b0 1000
# expect:   allowed 0b0 0111
