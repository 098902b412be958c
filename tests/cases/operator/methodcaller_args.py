# methodcaller(): call a named method with fixed positional and keyword arguments.
from operator import methodcaller

print(methodcaller("upper")("abc"), methodcaller("split", ",")("a,b,c"), methodcaller("split", maxsplit=1)("a b c"))
print(list(map(methodcaller("strip", "*"), ["*a*", "**b"])), methodcaller("get", "k", 0)({"k": 5}))
print(sorted(["b", "C", "a"], key=methodcaller("lower")), methodcaller("count", 1)([1, 2, 1]))
print(repr(methodcaller("replace", "a", "b")), repr(methodcaller("split", sep=",", maxsplit=2)))


class Greeter:
    def hi(self, name, punct="."):
        return "hi " + name + punct


print(methodcaller("hi", "ada", punct="!")(Greeter()))
for f, v in [(methodcaller("nope"), 1), (methodcaller("upper", 1), "a")]:
    try:
        f(v)
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
# expect: ABC ['a', 'b', 'c'] ['a', 'b c']
# expect: ['a', 'b'] 5
# expect: ['a', 'b', 'C'] 2
# expect: operator.methodcaller('replace', 'a', 'b') operator.methodcaller('split', sep=',', maxsplit=2)
# expect: hi ada!
# expect: AttributeError 'int' object has no attribute 'nope'
# expect: TypeError str.upper() takes no arguments (1 given)
