# A for loop over an object whose __iter__ and __next__ call the host: each call suspends the run.
# host: next_page -> {"rows": [1, 2]}
class Paginator:
    def __init__(self, pages):
        self.pages = pages
        self.page = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self.page == self.pages:
            raise StopIteration
        self.page += 1
        return next_page(self.page)["rows"]

total = 0
for rows in Paginator(3):
    total += sum(rows)
    print("page", rows)
print("total", total)
print(list(Paginator(2)), tuple(Paginator(1)), sum(len(r) for r in Paginator(2)))
# expect: page [1, 2]
# expect: page [1, 2]
# expect: page [1, 2]
# expect: total 9
# expect: [[1, 2], [1, 2]] ([1, 2],) 4
