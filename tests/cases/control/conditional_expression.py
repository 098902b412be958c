# Conditional expressions evaluate only the chosen branch.
for n in [0, 1, 2]:
    word = "none" if n == 0 else "one" if n == 1 else "many"
    print(n, word)
x = -3
print(x if x >= 0 else -x, "even" if x % 2 == 0 else "odd")
def loud(v):
    print("eval", v)
    return v
print(loud(1) if True else loud(2))
# expect: 0 none
# expect: 1 one
# expect: 2 many
# expect: 3 odd
# expect: eval 1
# expect: 1
