# wordcount.py — split a 1.2M-word text and count the words in a dict.
vocab = ["the", "a", "tool", "result", "agent", "call", "data", "error", "value", "list", "x", "of"]
chunks = []
for i in range(100_000):
    chunks.append(" ".join(vocab[(i + j) % 12] for j in range(12)))
text = "\n".join(chunks)
counts = {}
for w in text.split():
    counts[w] = counts.get(w, 0) + 1
len(counts)
