# isinstance and issubclass with user classes, builtins and tuples of both.
class Shape:
    pass

class Square(Shape):
    pass

s = Square()
print(isinstance(s, Square), isinstance(s, Shape), isinstance(s, object))
print(isinstance(s, (int, str)), isinstance(s, (int, Shape)), isinstance(3, Shape))
print(issubclass(Square, Shape), issubclass(Shape, Square), issubclass(Square, (int, Shape)))
print(issubclass(Square, object), issubclass(bool, int), isinstance(Shape, object))
# expect: True True True
# expect: False True False
# expect: True False True
# expect: True True True
