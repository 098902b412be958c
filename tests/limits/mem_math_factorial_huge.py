# math.factorial(10**7) has about 65 million digits (27 MB): refused before GMP starts under 32 MB.
# limit: --max-memory 32M
# expect limit: MemoryLimitExceeded
import math

print("start")
try:
    x = math.factorial(10**7)
except BaseException:
    print("caught")
# expect: start
