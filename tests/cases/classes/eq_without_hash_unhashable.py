# Defining __eq__ without __hash__ makes instances unhashable (__hash__ is None).
class P:
    def __init__(self, x):
        self.x = x

    def __eq__(self, other):
        return self.x == other.x

print(P(1) == P(1), P.__hash__ is None, [P(1)].count(P(1)), P(2) in [P(1), P(2)])
try:
    {P(1): 1}
except TypeError as e:
    print(e)
hash(P(3))
# expect: True True 1 True
# expect: unhashable type: 'P'
# expect runtime error: TypeError: unhashable type: 'P'
