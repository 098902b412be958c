# str_join.py — build a list of strs with str() and concatenation, then join them.
parts = []
for i in range(100_000):
    parts.append("item" + str(i))
text = ",".join(parts)
len(text)
