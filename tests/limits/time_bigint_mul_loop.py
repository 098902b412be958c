# Multiply two 1.5-million-bit ints forever (the product is discarded, so memory stays flat).
# limit: --max-time 1
# expect limit: TimeLimitExceeded
a = 3 ** 1000000
b = 7 ** 600000
while True:
    c = a * b
