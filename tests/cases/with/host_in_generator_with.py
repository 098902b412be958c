# A generator holds a with statement whose methods call the host while the consumer iterates it.
# host: open_page -> {"items": [1, 2]}
# host: close_page -> null
class Page:
    def __init__(self, n):
        self.n = n

    def __enter__(self):
        return open_page(self.n)["items"]

    def __exit__(self, *exc):
        close_page(self.n)
        print("closed", self.n)

def pages(count):
    for n in range(count):
        with Page(n) as items:
            for item in items:
                yield n * 10 + item

print(list(pages(2)))
total = 0
for v in pages(3):
    total += v
print(total)
# expect: closed 0
# expect: closed 1
# expect: [1, 2, 11, 12]
# expect: closed 0
# expect: closed 1
# expect: closed 2
# expect: 69
