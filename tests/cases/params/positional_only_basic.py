# Parameters before / are positional-only; the name can then be reused as a **kwargs key.
def tag(name, /, **attrs):
    return name + str(sorted(attrs.items()))
print(tag("div", name="main", id=3))
print(tag("p"))
# expect: div[('id', 3), ('name', 'main')]
# expect: p[]
