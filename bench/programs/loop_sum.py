# loop_sum.py — a tight for loop over range with an int accumulator.
total = 0
for i in range(3_000_000):
    total += i
total
