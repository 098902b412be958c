# __call__ makes instances callable, with any parameters.
class Multiplier:
    def __init__(self, k):
        self.k = k

    def __call__(self, x, *, offset=0):
        return self.k * x + offset

double = Multiplier(2)
print(double(5), double(5, offset=1), list(map(double, [1, 2, 3])), callable(double), callable(Multiplier))
try:
    Multiplier(1)(1, 2)
except TypeError as e:
    print(e)
# expect: 10 11 [2, 4, 6] True True
# expect: Multiplier.__call__() takes 2 positional arguments but 3 were given
