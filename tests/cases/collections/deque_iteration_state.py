# Which changes a live deque iterator notices: size changes and rotate, not reverse or item assignment.
from collections import deque

for op in ("rotate", "reverse", "setitem", "clear", "insert", "remove"):
    d = deque([1, 2, 3])
    try:
        for x in d:
            if op == "rotate":
                d.rotate(1)
            elif op == "reverse":
                d.reverse()
            elif op == "setitem":
                d[0] = 9
            elif op == "clear":
                d.clear()
                d.extend([1, 2, 3])
            elif op == "insert":
                d.insert(0, 5)
                d.pop()
            elif op == "remove":
                d.remove(3)
                d.append(3)
        print(op, "ok", d)
    except RuntimeError as e:
        print(op, e)
# expect: rotate deque mutated during iteration
# expect: reverse ok deque([3, 2, 1])
# expect: setitem ok deque([9, 2, 3])
# expect: clear deque mutated during iteration
# expect: insert deque mutated during iteration
# expect: remove deque mutated during iteration
