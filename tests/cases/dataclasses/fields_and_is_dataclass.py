# fields() lists Field objects (name, default, init, repr, compare); is_dataclass accepts classes and
# instances.
from dataclasses import dataclass, field, fields, is_dataclass, MISSING


@dataclass
class Row:
    key: str
    value: int = 0
    notes: list = field(default_factory=list, repr=False)


for f in fields(Row):
    print(f.name, f.default is MISSING, f.default_factory is MISSING, f.init, f.repr, f.compare)
print(is_dataclass(Row), is_dataclass(Row("k")), is_dataclass(dict), is_dataclass(3))
try:
    fields(5)
except TypeError as e:
    print(e)
# expect: key True True True True True
# expect: value False True True True True
# expect: notes True False True False True
# expect: True True False False
# expect: must be called with a dataclass type or instance
