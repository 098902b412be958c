# break and continue inside a with body call __exit__ before leaving it.
class Step:
    def __init__(self, i):
        self.i = i

    def __enter__(self):
        print("enter", self.i)
        return self.i

    def __exit__(self, *exc):
        print("exit", self.i, exc)

for i in range(5):
    with Step(i) as n:
        if n == 1:
            continue
        if n == 3:
            break
        print("body", n)
print("loop done")
k = 0
while True:
    with Step("w%d" % k):
        k += 1
        if k == 2:
            break
print("while done", k)
# expect: enter 0
# expect: body 0
# expect: exit 0 (None, None, None)
# expect: enter 1
# expect: exit 1 (None, None, None)
# expect: enter 2
# expect: body 2
# expect: exit 2 (None, None, None)
# expect: enter 3
# expect: exit 3 (None, None, None)
# expect: loop done
# expect: enter w0
# expect: exit w0 (None, None, None)
# expect: enter w1
# expect: exit w1 (None, None, None)
# expect: while done 2
