# Tokenise, normalise, count and rank words with comprehensions and lambdas.
text = """The cat sat. The dog sat!
A cat, a dog; the END."""
words = [w.strip(".,;!").lower() for w in text.split()]
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
for w, c in ranked[:4]:
    print(f"{w:>4} {'*' * c}")
print(len(words), len(counts))
# expect:  the ***
# expect:    a **
# expect:  cat **
# expect:  dog **
# expect: 12 6
