# heapq.merge of several generators that call the host: each is collected by a frame of its own, so every host
# call can be snapshotted.
import heapq


def page(start):
    for i in range(3):
        yield fetch(start) + i * 10


print(list(heapq.merge(page(1), page(2), page(3))))
print(sorted(fetch(i) + i for i in range(3)), "-".join(str(fetch(i)) for i in range(2)))
# host: fetch -> 5
# expect: [5, 5, 5, 15, 15, 15, 25, 25, 25]
# expect: [5, 6, 7] 5-5
