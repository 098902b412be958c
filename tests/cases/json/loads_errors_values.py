# JSONDecodeError messages and positions for bad values, as CPython's scanner reports them.
import json
for s in ["", "   ", "nul", "-", "[", "[1,]", "01", "1.", ".5", "+1", "tru", "[1 2]", "{}x", "[1]]", "1e", "-x", "'a'"]:
    try:
        json.loads(s)
    except json.JSONDecodeError as e:
        print(repr(s), "->", e)
# expect: '' -> Expecting value: line 1 column 1 (char 0)
# expect: '   ' -> Expecting value: line 1 column 4 (char 3)
# expect: 'nul' -> Expecting value: line 1 column 1 (char 0)
# expect: '-' -> Expecting value: line 1 column 1 (char 0)
# expect: '[' -> Expecting value: line 1 column 2 (char 1)
# expect: '[1,]' -> Expecting value: line 1 column 4 (char 3)
# expect: '01' -> Extra data: line 1 column 2 (char 1)
# expect: '1.' -> Extra data: line 1 column 2 (char 1)
# expect: '.5' -> Expecting value: line 1 column 1 (char 0)
# expect: '+1' -> Expecting value: line 1 column 1 (char 0)
# expect: 'tru' -> Expecting value: line 1 column 1 (char 0)
# expect: '[1 2]' -> Expecting ',' delimiter: line 1 column 4 (char 3)
# expect: '{}x' -> Extra data: line 1 column 3 (char 2)
# expect: '[1]]' -> Extra data: line 1 column 4 (char 3)
# expect: '1e' -> Extra data: line 1 column 2 (char 1)
# expect: '-x' -> Expecting value: line 1 column 1 (char 0)
# expect: "'a'" -> Expecting value: line 1 column 1 (char 0)
