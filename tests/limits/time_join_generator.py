# ''.join of a generator that would yield 10**12 empty strings. The join folds its items as they come,
# so memory stays flat however fast the machine is: only the time limit can stop it.
# limit: --max-time 1
# expect limit: TimeLimitExceeded
s = "".join(str(i * i)[:0] for i in range(10**12))
print(len(s))
