# Each execution of a class statement makes a new class.
made = []
for i in range(3):
    class Dyn:
        n = i

        def get(self):
            return self.n
    made.append(Dyn)
print([c().get() for c in made], made[0] is made[1], made[0].__name__)
# expect: [0, 1, 2] False Dyn
