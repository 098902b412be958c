# sort.py — build a list with a loop, then sort a copy (list.sort) and sort in place with key=abs.
values = []
x = 12345
for i in range(100_000):
    x = (x * 1103515245 + 12345) % 2147483648
    values.append(x % 20001 - 10000)
ordered = list(values)
ordered.sort()
values.sort(key=abs)
ordered[0] + ordered[-1] + values[0] + values[-1]
