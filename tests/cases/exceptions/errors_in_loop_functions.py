# Errors raised inside functions called from a loop, handled per item, then a final uncaught one.
def ratio(a, b):
    return a / b
def process(rows):
    out = []
    for r in rows:
        try:
            out.append(ratio(r[0], r[1]))
        except ZeroDivisionError:
            out.append(None)
        except IndexError:
            out.append("short")
    return out
print(process([(1, 2), (3, 0), (4,), (9, 3)]))
for r in [(1, 1), (2, 0)]:
    print(ratio(r[0], r[1]))
# expect: [0.5, None, 'short', 3.0]
# expect: 1.0
# expect runtime error: ZeroDivisionError: division by zero
