# finally runs before an uncaught exception propagates.
def work():
    try:
        print("working")
        raise RuntimeError("tool crashed")
    finally:
        print("releasing")
work()
print("not reached")
# expect: working
# expect: releasing
# expect runtime error: RuntimeError: tool crashed
