# An agent-style word count: normalise, count, report the top entries.
from collections import Counter

text = """Pith compiles Python. Python snippets call tools; tools answer.
The agent counts words, the agent reports words."""
words = [w.strip(".,;").lower() for w in text.split()]
counts = Counter(words)
for word, n in counts.most_common(4):
    print(f"{word:>8} {n}")
print(sum(counts.values()), len(counts), counts["python"])
# expect:   python 2
# expect:    tools 2
# expect:      the 2
# expect:    agent 2
# expect: 17 12 2
