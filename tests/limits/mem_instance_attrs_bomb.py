# An instance whose attribute dict grows without end stops at the memory limit, uncatchable.
# limit: --max-memory 32M
# expect limit: MemoryLimitExceeded
class Bag:
    pass

b = Bag()
i = 0
try:
    while True:
        setattr(b, "a" + str(i), [i])
        i += 1
except BaseException:
    print("caught")
