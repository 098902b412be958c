# PEP 585 builtin generics and | unions in annotations.
def stats(xs: list[float]) -> dict[str, float | None]:
    if not xs:
        return {"mean": None}
    return {"mean": sum(xs) / len(xs)}
print(stats([1.0, 2.0, 4.5]), stats([]))
# expect: {'mean': 2.5} {'mean': None}
