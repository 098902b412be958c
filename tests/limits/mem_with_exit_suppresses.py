# A memory limit reached inside a with body is not handed to __exit__, which would suppress it.
# limit: --max-memory 64M
# expect limit: MemoryLimitExceeded
# expect: start
class SuppressAll:
    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None:
            print("exit saw", exc_type)
        return True

print("start")
keep = []
while True:
    with SuppressAll():
        keep.append("x" * 1000000)
