# partial() fixes leading positional arguments and keywords; a call's keywords override the fixed ones.
from functools import partial


def greet(greeting, name, punct="!", *, upper=False):
    s = f"{greeting}, {name}{punct}"
    return s.upper() if upper else s


hello = partial(greet, "Hello")
print(hello("Ada"), hello("Bob", "?"), hello(name="Cy"), hello("Di", upper=True))
shout = partial(greet, upper=True, punct="!!")
print(shout("Hey", "you"), shout("Hey", "you", punct="."))
base2 = partial(int, base=2)
print(base2("1011"), base2("11", base=3))
print(partial(max, key=len)(["aa", "b", "ccc"]), list(map(partial(pow, 2), range(5))))
print(sorted(["b", "A", "c"], key=partial(str.lower)))
p = partial(greet, "Hi", punct=";")
print(p.func is greet, p.args, p.keywords)
# expect: Hello, Ada! Hello, Bob? Hello, Cy! HELLO, DI!
# expect: HEY, YOU!! HEY, YOU.
# expect: 11 4
# expect: ccc [1, 2, 4, 8, 16]
# expect: ['A', 'b', 'c']
# expect: True ('Hi',) {'punct': ';'}
