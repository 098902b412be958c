# Arithmetic dunders run inside operators: a host call in one is refused at compile time.
# host: convert -> 1.0
class Money:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        return Money(self.v + other.v * convert())

print((Money(1) + Money(2)).v)
# expect error: 7:5: a host call inside __add__ is not supported
