# Word frequencies and the top 3 words (ties broken by first appearance, since sort is stable).
text = "the cat and the dog and the bird saw a cat"
freq = {}
for w in text.split():
    freq[w] = freq.get(w, 0) + 1
pairs = list(freq.items())
def count_of(p):
    return p[1]
pairs.sort(key=count_of, reverse=True)
top = pairs[:3]
for word, n in top:
    print(word, n)
print(len(freq), "distinct")
# expect: the 3
# expect: cat 2
# expect: and 2
# expect: 7 distinct
