# Counting words with get, then the top entries.
text = "the quick the lazy the dog quick"
counts = {}
for w in text.split():
    counts[w] = counts.get(w, 0) + 1
top = sorted(counts.items(), key=lambda kv: kv[1], reverse=True)[:2]
print(counts)
print(top)
# expect: {'the': 3, 'quick': 2, 'lazy': 1, 'dog': 1}
# expect: [('the', 3), ('quick', 2)]
