# A class made inside a function: its methods close over the function's variables.
def make_counter(step):
    class C:
        def __init__(self):
            self.n = 0

        def tick(self):
            self.n += step
            return self.n
    return C

C3 = make_counter(3)
c = C3()
c.tick()
print(c.tick(), make_counter(10)().tick())
# expect: 6 10
