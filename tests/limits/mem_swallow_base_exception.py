# except BaseException must not catch the memory limit either.
# limit: --max-memory 64M
# expect limit: MemoryLimitExceeded
# expect: start
print("start")
while True:
    try:
        s = "x" * 10**12
    except BaseException:
        print("swallowed")
