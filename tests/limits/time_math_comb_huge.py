# math.comb(10**9, 10**7) would take minutes in one GMP call: the estimate refuses it within the time limit.
# limit: --max-time 1 --max-memory 4G
# expect limit: TimeLimitExceeded
import math

x = math.comb(10**9, 10**7)
print(x % 10)
