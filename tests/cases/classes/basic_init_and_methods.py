# A class with __init__, instance attributes and methods; each call binds self.
class Counter:
    def __init__(self, start=0):
        self.value = start

    def inc(self, by=1):
        self.value += by
        return self.value

c = Counter()
c.inc()
c.inc(5)
print(c.value, Counter(10).inc(by=2))
# expect: 6 12
