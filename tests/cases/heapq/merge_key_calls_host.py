# heapq.merge runs its key inside the merge, where the run cannot wait: a key that may call the host is refused.
import heapq

print(list(heapq.merge([1], [2], key=lambda x: rank(x))))
# host: rank -> 0
# expect error: 4:38: the key of heapq.merge may call a host function
