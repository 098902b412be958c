# Several calls from a loop with running totals: each stop is a different frame state.
total = 0
seen = []
for i in range(4):
    reply = ask(i, seen=seen)
    total += i
    seen.append((i, reply))
print(total, seen)
