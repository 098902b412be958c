# bisect and insort whose key calls the host: a native frame per search, resumable at every call.
import bisect

calls = []


def key(x):
    calls.append(x)
    return x * fetch(x)


a = [1, 3, 5, 7, 9]
print(bisect.bisect_left(a, 10, key=key), calls)
bisect.insort(a, 4, key=key)
print(a, calls)
print(bisect.bisect_right(a, 2, 1, 3, key=key))
# host: fetch -> 2
# expect: 2 [5, 3]
# expect: [1, 3, 4, 5, 7, 9] [5, 3, 4, 5, 3]
# expect: 1
