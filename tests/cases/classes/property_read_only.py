# A property without a setter cannot be assigned.
class Circle:
    def __init__(self, r):
        self.r = r

    @property
    def area(self):
        return 3 * self.r * self.r

c = Circle(2)
print(c.area)
c.area = 5
# expect: 12
# expect runtime error: AttributeError: property 'area' of 'Circle' object has no setter
