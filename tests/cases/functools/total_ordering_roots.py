# total_ordering fills in the missing comparisons from whichever one the class defines, with __eq__.
from functools import total_ordering


@total_ordering
class Version:
    def __init__(self, *parts):
        self.parts = parts

    def __eq__(self, other):
        return self.parts == other.parts

    def __lt__(self, other):
        return self.parts < other.parts

    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))


a, b = Version(1, 2), Version(1, 10)
print(a < b, a > b, a <= b, a >= b, a <= Version(1, 2), a >= Version(1, 2))
print(sorted([Version(2), Version(1, 5), Version(1)]), max(a, b))


@total_ordering
class Score:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        return self.n == other.n

    def __gt__(self, other):
        return self.n > other.n


print(Score(1) < Score(2), Score(1) <= Score(1), Score(3) >= Score(4))


@total_ordering
class Lenient:
    def __init__(self, n):
        self.n = n

    def __le__(self, other):
        if not isinstance(other, Lenient):
            return NotImplemented
        return self.n <= other.n


print(Lenient(1) < Lenient(2), Lenient(2) > Lenient(1), Lenient(1) >= Lenient(1))
try:
    @total_ordering
    class Nothing:
        pass
except ValueError as e:
    print("ValueError:", e)
# expect: True False True False True True
# expect: [v1, v1.5, v2] v1.10
# expect: True True False
# expect: True True False
# expect: ValueError: must define at least one ordering operation: < > <= >=
