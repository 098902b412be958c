# A factory returning parameterised functions.
def multiplier(k):
    def times(x):
        return x * k
    return times
double, triple = multiplier(2), multiplier(3)
print(double(5), triple(5), double("ab"))
print(list(map(triple, [1, 2, 3])))
# expect: 10 15 abab
# expect: [3, 6, 9]
