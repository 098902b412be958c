# staticmethod takes no instance; classmethod gets the class it was called on (a subclass too).
class Temp:
    unit = "C"

    def __init__(self, deg):
        self.deg = deg

    @staticmethod
    def to_f(c):
        return c * 9 / 5 + 32

    @classmethod
    def from_f(cls, f):
        return cls((f - 32) * 5 / 9)

    @classmethod
    def describe(cls):
        return f"{cls.__name__} in {cls.unit}"

class Kelvinish(Temp):
    unit = "K"

print(Temp.to_f(100), Temp(0).to_f(0), Temp.from_f(212).deg)
k = Kelvinish.from_f(32)
print(type(k).__name__, k.deg, Kelvinish.describe(), k.describe(), Temp.describe())
# expect: 212.0 32.0 100.0
# expect: Kelvinish 0.0 Kelvinish in K Kelvinish in K Temp in C
