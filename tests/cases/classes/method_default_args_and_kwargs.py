# Methods take defaults, keyword-only parameters, *args and **kwargs like functions.
class Formatter:
    def __init__(self, sep=", ", *, upper=False):
        self.sep = sep
        self.upper = upper

    def join(self, *parts, **extra):
        s = self.sep.join(str(p) for p in parts)
        if extra:
            s += " " + str(sorted(extra.items()))
        return s.upper() if self.upper else s

f = Formatter(upper=True)
print(f.join("a", 1, x=2), Formatter("-").join(*range(4)))
try:
    f.join(sep="x", upper=1, **{"sep": 2})
except TypeError as e:
    print(e)
# expect: A, 1 [('X', 2)] 0-1-2-3
# expect: __main__.Formatter.join() got multiple values for keyword argument 'sep'
