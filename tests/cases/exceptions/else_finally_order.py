# try/except/else/finally: the order of what runs.
def attempt(fail):
    try:
        print("try")
        if fail:
            raise ValueError("boom")
    except ValueError as e:
        print("except", e)
    else:
        print("else")
    finally:
        print("finally")
    print("after")
attempt(False)
attempt(True)
# expect: try
# expect: else
# expect: finally
# expect: after
# expect: try
# expect: except boom
# expect: finally
# expect: after
