# __iter__ returning self with __next__ makes an iterator; for, list() and unpacking use it.
class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1

for i in Countdown(3):
    print(i)
print(list(Countdown(4)), sum(Countdown(5)), [x * 2 for x in Countdown(2)])
a, b = Countdown(2)
print(a, b, next(Countdown(9)), 2 in Countdown(3))
# expect: 3
# expect: 2
# expect: 1
# expect: [4, 3, 2, 1] 15 [4, 2]
# expect: 2 1 9 True
