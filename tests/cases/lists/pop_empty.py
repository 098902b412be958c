# Popping from an empty list.
queue = [1]
print(queue.pop())
print(queue.pop())
# expect: 1
# expect runtime error: IndexError: pop from empty list
