# Methods the class body defines are kept: a custom __repr__ or __eq__ is not replaced.
from dataclasses import dataclass


@dataclass
class Temp:
    celsius: float

    def __repr__(self):
        return f"{self.celsius}C"

    def __eq__(self, other):
        return isinstance(other, Temp) and round(self.celsius) == round(other.celsius)

    def fahrenheit(self):
        return self.celsius * 9 / 5 + 32


t = Temp(20.2)
print(t, t == Temp(19.9), t.fahrenheit(), Temp.__hash__ is None)
# expect: 20.2C True 68.36 True
