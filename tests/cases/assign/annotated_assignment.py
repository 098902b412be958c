# Annotated assignments bind like plain ones; annotations do not convert values.
count: int = 3
name: str = "x"
ratio: float = 1
items: list = []
items.append(count)
print(count, name, ratio, items, type(ratio))
def f(n: int, label: str = "n") -> str:
    total: int = n * 2
    return label + "=" + str(total)
print(f(4))
# expect: 3 x 1 [3] <class 'int'>
# expect: n=8
