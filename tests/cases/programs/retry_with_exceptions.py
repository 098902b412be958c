# A retry loop around a flaky operation, with a final failure.
attempts = {"n": 0}
def flaky(fail_times):
    attempts["n"] += 1
    if attempts["n"] <= fail_times:
        raise RuntimeError("attempt " + str(attempts["n"]) + " failed")
    return "ok after " + str(attempts["n"])
def with_retries(fail_times, max_tries):
    attempts["n"] = 0
    for i in range(max_tries):
        try:
            return flaky(fail_times)
        except RuntimeError as e:
            print("retrying:", e)
    raise RuntimeError("gave up after " + str(max_tries) + " tries")
print(with_retries(2, 5))
print(with_retries(9, 2))
# expect: retrying: attempt 1 failed
# expect: retrying: attempt 2 failed
# expect: ok after 3
# expect: retrying: attempt 1 failed
# expect: retrying: attempt 2 failed
# expect runtime error: RuntimeError: gave up after 2 tries
