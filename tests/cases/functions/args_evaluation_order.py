# Arguments are evaluated left to right, keyword ones included.
def show(tag):
    print("eval", tag)
    return tag
def f(a, b, c=None, d=None):
    return [a, b, c, d]
print(f(show(1), show(2), d=show(3), c=show(4)))
# expect: eval 1
# expect: eval 2
# expect: eval 3
# expect: eval 4
# expect: [1, 2, 4, 3]
