# Objects of a user class are ordered through their __lt__.
import heapq


class Job:
    def __init__(self, cost, name):
        self.cost = cost
        self.name = name

    def __lt__(self, other):
        return self.cost < other.cost

    def __repr__(self):
        return f"Job({self.cost}, {self.name!r})"


h = []
for cost, name in [(5, "e"), (2, "b"), (9, "z"), (1, "a")]:
    heapq.heappush(h, Job(cost, name))
print(h)
print(heapq.heappop(h), heapq.nsmallest(2, h), heapq.nlargest(1, h))
# expect: [Job(1, 'a'), Job(2, 'b'), Job(9, 'z'), Job(5, 'e')]
# expect: Job(1, 'a') [Job(2, 'b'), Job(5, 'e')] [Job(9, 'z')]
