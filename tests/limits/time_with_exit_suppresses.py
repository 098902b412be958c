# A with statement whose __exit__ suppresses every exception must not suppress the time limit.
# limit: --max-time 0.3
# expect limit: TimeLimitExceeded
# expect: start
class SuppressAll:
    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        print("exit saw", exc_type)
        return True

print("start")
while True:
    with SuppressAll():
        while True:
            pass
