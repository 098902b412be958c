# raise a builtin exception with a message.
def check(x):
    if x < 0:
        raise ValueError("negative value: " + str(x))
    return x
print(check(3))
print(check(-2))
# expect: 3
# expect runtime error: ValueError: negative value: -2
