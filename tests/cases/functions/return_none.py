# A bare return, falling off the end, and return None all give None.
def a():
    return
def b():
    x = 1
def c(flag):
    if flag:
        return "early"
    print("late")
print(a(), b(), c(True))
print(c(False))
# expect: None None early
# expect: late
# expect: None
