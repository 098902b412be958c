# A range past 64 bits and its iterator, half consumed, live across a host call (replayed through a snapshot).
# host: ask -> 1
r = range(2**64, 2**64 + 4)
it = iter(r)
first = next(it)
got = ask(first)
print(first, got, list(it), r, len(r), r[-1])
# expect: 18446744073709551616 1 [18446744073709551617, 18446744073709551618, 18446744073709551619] range(18446744073709551616, 18446744073709551620) 4 18446744073709551619
