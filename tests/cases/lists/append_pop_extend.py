# append, pop (end and index), extend, insert; print sees the list after pop (same object twice).
stack = []
stack.append(1)
stack.append(2)
stack.append(3)
print(stack, stack.pop(), stack)
stack.extend([7, 8])
stack.extend((9,))
stack.extend("ab")
print(stack)
print(stack.pop(0), stack.pop(-2), stack)
stack.insert(0, "first")
stack.insert(100, "last")
stack.insert(-1, "mid")
print(stack)
# expect: [1, 2] 3 [1, 2]
# expect: [1, 2, 7, 8, 9, 'a', 'b']
# expect: 1 a [2, 7, 8, 9, 'b']
# expect: ['first', 2, 7, 8, 9, 'b', 'mid', 'last']
