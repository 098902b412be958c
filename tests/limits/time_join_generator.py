# ''.join of a generator that would yield 10**12 empty strings: one runtime call.
# Every element costs a little work, so the (empty) result and any buffered items stay small.
# limit: --max-time 1
# expect limit: TimeLimitExceeded
s = "".join(str(i * i)[:0] for i in range(10**12))
print(len(s))
