# A subclass's reflected method is tried first when it overrides the parent's.
class Base:
    def __add__(self, o):
        return "Base.__add__"

    def __radd__(self, o):
        return "Base.__radd__"

class Sub(Base):
    def __radd__(self, o):
        return "Sub.__radd__"

print(Base() + Sub(), Sub() + Base(), Base() + Base())
# expect: Sub.__radd__ Base.__add__ Base.__add__
