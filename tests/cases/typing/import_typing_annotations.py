# import typing and annotated functions run like unannotated ones.
import typing
def merge(a: typing.Dict[str, int], b: typing.Dict[str, int]) -> typing.Dict[str, int]:
    out: typing.Dict[str, int] = dict(a)
    for k, v in b.items():
        out[k] = out.get(k, 0) + v
    return out
print(merge({"x": 1}, {"x": 2, "y": 3}))
# expect: {'x': 3, 'y': 3}
