# A range whose length does not fit in ssize_t: list(), tuple(), sorted(), extend and a starred display ask
# its length first and raise OverflowError at once instead of running out of memory.
r = range(2**64)
for make in (list, tuple, sorted, lambda x: [].extend(x), lambda x: [*x]):
    try:
        make(r)
    except OverflowError as e:
        print("OverflowError:", e)
print(len(list(range(2**64, 2**64 + 3))), r[-1] == 2**64 - 1)
# expect: OverflowError: Python int too large to convert to C ssize_t
# expect: OverflowError: Python int too large to convert to C ssize_t
# expect: OverflowError: Python int too large to convert to C ssize_t
# expect: OverflowError: Python int too large to convert to C ssize_t
# expect: OverflowError: Python int too large to convert to C ssize_t
# expect: 3 True
