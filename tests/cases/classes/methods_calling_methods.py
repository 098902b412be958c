# Methods call each other through self; a method is a bound object that can be stored and called later.
class Stack:
    def __init__(self):
        self.items = []

    def push(self, x):
        self.items.append(x)
        return self

    def pop(self):
        return self.items.pop()

    def size(self):
        return len(self.items)

s = Stack()
s.push(1).push(2).push(3)
push = s.push
push(4)
print(s.pop(), s.size(), s.items)
print(Stack.size(s))
# expect: 4 3 [1, 2, 3]
# expect: 3
