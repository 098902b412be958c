# return inside the body: the value is computed first, then __exit__(None, None, None) runs.
class Log:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, t, v, tb):
        print("exit", self.name, t, v, tb)

def compute():
    print("computing")
    return 7

def f():
    with Log("outer"):
        with Log("inner"):
            return compute()

print(f())
# expect: enter outer
# expect: enter inner
# expect: computing
# expect: exit inner None None None
# expect: exit outer None None None
# expect: 7
