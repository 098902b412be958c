# abs() asks __abs__; a class without it is abs()'s TypeError.
class V:
    def __init__(self, x):
        self.x = x

    def __abs__(self):
        return abs(self.x)

class W:
    pass

print(abs(V(-3)), abs(V(2.5)))
abs(W())
# expect: 3 2.5
# expect runtime error: TypeError: bad operand type for abs(): 'W'
