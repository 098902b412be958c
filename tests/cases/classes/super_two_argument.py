# The two-argument form names the class to start after.
class A:
    def who(self):
        return "A"

class B(A):
    def who(self):
        return "B"

class C(B):
    def who(self):
        return "C"

    def skip(self):
        return super(B, self).who(), super(C, self).who()

print(C().skip(), C().who())
# expect: ('A', 'B') C
