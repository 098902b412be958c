# __getitem__ that calls the host, read by index in a loop of its own.
# host: fetch -> {"v": 2}
class Remote:
    def __init__(self, n):
        self.n = n

    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return fetch(i)["v"] * i

r = Remote(3)
out = []
i = 0
while True:
    try:
        out.append(r[i])
    except IndexError:
        break
    i += 1
print(out)
# expect: [0, 2, 4]
