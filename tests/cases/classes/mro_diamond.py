# Multiple inheritance follows the C3 method resolution order (a diamond).
class Root:
    def hello(self):
        return ["Root"]

class Left(Root):
    def hello(self):
        return ["Left"] + super().hello()

class Right(Root):
    def hello(self):
        return ["Right"] + super().hello()

class Bottom(Left, Right):
    def hello(self):
        return ["Bottom"] + super().hello()

print(Bottom().hello())
print(isinstance(Bottom(), Right), issubclass(Bottom, Left))
# expect: ['Bottom', 'Left', 'Right', 'Root']
# expect: True True
