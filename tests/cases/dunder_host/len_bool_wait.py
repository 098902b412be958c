# __len__ and __bool__ that call the host: len(), bool(), if, while, not and truth of an empty-ish object.
# host: size -> 2
class Queue:
    def __init__(self):
        self.taken = 0

    def __len__(self):
        return size() - self.taken

class Flag:
    def __bool__(self):
        return size() > 1

q = Queue()
print(len(q), bool(q))
while q:
    q.taken += 1
    print("took one, left", len(q))
if not q:
    print("empty")
print(bool(Flag()), not Flag(), "yes" if Flag() else "no")
# expect: 2 True
# expect: took one, left 1
# expect: took one, left 0
# expect: empty
# expect: True False yes
