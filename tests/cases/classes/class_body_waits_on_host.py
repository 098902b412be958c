# A class body that waits on the host (inside a function), methods closing over the function, super() in a class made by a function.
# host: get_cfg -> {"rate": 2}
def build(prefix):
    class Svc:
        cfg = get_cfg("svc")
        rate = cfg["rate"]

        def label(self, x):
            return prefix + str(x * self.rate)
    return Svc

S = build("v=")
print(S().label(3), S.cfg)

class Base:
    def hi(self):
        return "base"

def make():
    class Inner(Base):
        def hi(self):
            return "inner+" + super().hi()
    return Inner()
print(make().hi())
# expect: v=6 {'rate': 2}
# expect: inner+base
