# Invalid, keyword, underscore and duplicate field names are refused, unless rename=True.
from collections import namedtuple

for names in ("a a", "a _b", "a def", "a 1x", ["ok", "class"]):
    try:
        namedtuple("T", names)
    except ValueError as e:
        print(e)
print(namedtuple("T", "a def a _x 2", rename=True)._fields)
try:
    namedtuple("my-type", "a")
except ValueError as e:
    print(e)
# expect: Encountered duplicate field name: 'a'
# expect: Field names cannot start with an underscore: '_b'
# expect: Type names and field names cannot be a keyword: 'def'
# expect: Type names and field names must be valid identifiers: '1x'
# expect: Type names and field names cannot be a keyword: 'class'
# expect: ('a', '_1', '_2', '_3', '_4')
# expect: Type names and field names must be valid identifiers: 'my-type'
