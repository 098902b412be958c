# A while loop paging through results until the cursor is exhausted.
pages = [[1, 2], [3], [], [4, 5, 6]]
cursor = 0
seen = []
while cursor < len(pages):
    page = pages[cursor]
    cursor += 1
    if not page:
        continue
    seen.extend(page)
print(seen, cursor)
collatz = 27
steps = 0
while collatz != 1:
    collatz = collatz // 2 if collatz % 2 == 0 else 3 * collatz + 1
    steps += 1
print(steps)
# expect: [1, 2, 3, 4, 5, 6] 4
# expect: 111
