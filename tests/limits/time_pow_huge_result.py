# 10 ** (10**8) is a 41 MB int (it fits the default memory limit) made by long GMP squarings, which must
# check the clock between them. Computed forever: the previous result is freed, memory stays flat.
# limit: --max-time 1
# expect limit: TimeLimitExceeded
while True:
    x = 10 ** (10**8)
