# When both operands return NotImplemented, the TypeError names both types.
class A:
    def __add__(self, o):
        return NotImplemented

class B:
    def __radd__(self, o):
        return NotImplemented

print(NotImplemented, type(NotImplemented).__name__)
A() + B()
# expect: NotImplemented NotImplementedType
# expect runtime error: TypeError: unsupported operand type(s) for +: 'A' and 'B'
