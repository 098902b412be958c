# max/min with lambda keys.
words = ["pear", "fig", "banana", "kiwi"]
print(max(words, key=lambda w: len(w)))
print(min(words, key=lambda w: (len(w), w)))
scores = {"a": 3, "b": 9, "c": 5}
print(max(scores, key=lambda k: scores[k]))
# expect: banana
# expect: fig
# expect: b
