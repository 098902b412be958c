# JSONDecodeError messages inside strings: escapes, control characters, the end.
import json
for s in ['"abc', '"a\\', '"\\x"', '"\\u12"', '"\\u12zz"', '"\\u1234', '"a\nb"', '"\\ud800\\uzzzz"', '["ok", "bad\tx"]']:
    try:
        json.loads(s)
    except json.JSONDecodeError as e:
        print(repr(s), "->", e)
# expect: '"abc' -> Unterminated string starting at: line 1 column 1 (char 0)
# expect: '"a\\' -> Unterminated string starting at: line 1 column 1 (char 0)
# expect: '"\\x"' -> Invalid \escape: line 1 column 2 (char 1)
# expect: '"\\u12"' -> Invalid \uXXXX escape: line 1 column 3 (char 2)
# expect: '"\\u12zz"' -> Invalid \uXXXX escape: line 1 column 3 (char 2)
# expect: '"\\u1234' -> Invalid \uXXXX escape: line 1 column 3 (char 2)
# expect: '"a\nb"' -> Invalid control character at: line 1 column 3 (char 2)
# expect: '"\\ud800\\uzzzz"' -> Invalid \uXXXX escape: line 1 column 9 (char 8)
# expect: '["ok", "bad\tx"]' -> Invalid control character at: line 1 column 12 (char 11)
