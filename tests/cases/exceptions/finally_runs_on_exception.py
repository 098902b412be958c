# finally runs when an exception passes through, then it propagates.
def work():
    try:
        print("working")
        raise RuntimeError("boom")
    finally:
        print("cleanup")
try:
    work()
except RuntimeError as e:
    print("caught", e)
work()
# expect: working
# expect: cleanup
# expect: caught boom
# expect: working
# expect: cleanup
# expect runtime error: RuntimeError: boom
