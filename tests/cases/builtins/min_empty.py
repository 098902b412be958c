# min() of an empty sequence.
latencies = []
print(min(latencies))
# expect runtime error: ValueError: min() arg is an empty sequence
