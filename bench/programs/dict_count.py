# dict_count.py — word count with dict.get over a generated word list.
words = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"]
stream = []
for i in range(200_000):
    stream.append(words[(i * 7 + i // 3) % len(words)])
counts = {}
for w in stream:
    counts[w] = counts.get(w, 0) + 1
counts
