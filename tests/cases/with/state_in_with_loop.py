# A context manager that counts its uses across a loop, and returns early from inside a with.
class Counter:
    def __init__(self):
        self.entered = 0
        self.exited = 0
        self.errors = []

    def __enter__(self):
        self.entered += 1
        return self

    def __exit__(self, exc_type, exc, tb):
        self.exited += 1
        if exc_type is not None:
            self.errors.append(str(exc))
        return exc_type is ValueError

def find(items, counter, wanted):
    for item in items:
        with counter:
            if item == wanted:
                return item
            if item < 0:
                raise ValueError("negative %d" % item)
    return None

c = Counter()
print(find([1, -2, 3, 4], c, 3), c.entered, c.exited, c.errors)
print(find([5, 6], c, 9), c.entered, c.exited)
# expect: 3 3 3 ['negative -2']
# expect: None 5 5
