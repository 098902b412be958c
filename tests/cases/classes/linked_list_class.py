# A linked list with __iter__ as a generator-free iterator class, __len__ and __repr__.
class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next

class LinkedList:
    def __init__(self, values=()):
        self.head = None
        for v in reversed(list(values)):
            self.head = Node(v, self.head)

    def __iter__(self):
        return ListIter(self.head)

    def __len__(self):
        return sum(1 for _ in self)

    def __repr__(self):
        return "LinkedList([" + ", ".join(repr(v) for v in self) + "])"

class ListIter:
    def __init__(self, node):
        self.node = node

    def __iter__(self):
        return self

    def __next__(self):
        if self.node is None:
            raise StopIteration
        v = self.node.value
        self.node = self.node.next
        return v

ll = LinkedList([3, 1, 2])
print(ll, len(ll), sorted(ll), list(ll)[::-1])
# expect: LinkedList([3, 1, 2]) 3 [1, 2, 3] [2, 1, 3]
