# continue in an except handler skips to the next iteration; finally still runs.
out = []
for s in ["1", "a", "3"]:
    try:
        v = int(s)
    except ValueError:
        continue
    finally:
        out.append("f" + s)
    out.append(v)
print(out)
# expect: ['f1', 1, 'fa', 'f3', 3]
