# __format__ serves f-strings and format(); without it only an empty spec works.
class Temp:
    def __init__(self, c):
        self.c = c

    def __format__(self, spec):
        if spec == "f":
            return f"{self.c * 9 / 5 + 32:.1f}F"
        return f"{self.c:{spec}}C"

class Plain:
    def __str__(self):
        return "plain"

t = Temp(21.5)
print(f"{t:f} {t:.2f} {t}", format(t, "f"), f"{Plain()}", format(Plain()))
try:
    f"{Plain():>10}"
except TypeError as e:
    print(e)
# expect: 70.7F 21.50C 21.5C 70.7F plain plain
# expect: unsupported format string passed to Plain.__format__
