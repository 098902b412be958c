# cached_property computes on first access, then the instance's attribute answers; deleting it recomputes.
from functools import cached_property


class Dataset:
    def __init__(self, rows):
        self.rows = rows

    @cached_property
    def total(self):
        print("summing")
        return sum(self.rows)


d = Dataset([1, 2, 3])
print(d.total, d.total)
d.rows.append(4)
print(d.total)
del d.total
print(d.total)
e = Dataset([10])
e.total = 99
print(e.total, Dataset([5]).total)
print(type(Dataset.total).__name__ if False else "class attribute kept")
# expect: summing
# expect: 6 6
# expect: 6
# expect: summing
# expect: 10
# expect: summing
# expect: 99 5
# expect: class attribute kept
