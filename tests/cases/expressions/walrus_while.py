# Walrus in a while condition consumes a queue.
queue = [5, 3, 0, 7]
while (item := queue.pop(0)) != 0:
    print("item", item)
print("left", queue)
# expect: item 5
# expect: item 3
# expect: left [7]
