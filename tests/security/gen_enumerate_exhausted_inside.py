# enumerate's source generator advances the enumerate itself: refused, as the generator is running.
def src():
    return (len(list(e)) for _ in range(3))


e = enumerate(src())
print(list(e))
# expect runtime error: ValueError: generator already executing
