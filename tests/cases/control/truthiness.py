# Truthiness of every basic type.
values = [0, 1, -1, 0.0, 0.5, "", "0", [], [0], (), (0,), {}, {"a": 0}, None, True, False, 2 ** 100]
out = []
for v in values:
    if v:
        out.append(1)
    else:
        out.append(0)
print(out)
# expect: [0, 1, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1]
