# Positions count code points, not bytes, and columns restart after each newline.
import json
for s in ['["\u00e9\u00e9", x]', '"\u65e5\u672c" 1', '[\n"\U0001F600",\n  oops]']:
    try:
        json.loads(s)
    except json.JSONDecodeError as e:
        print(e, e.pos, e.lineno, e.colno)
# expect: Expecting value: line 1 column 8 (char 7) 7 1 8
# expect: Extra data: line 1 column 6 (char 5) 5 1 6
# expect: Expecting value: line 3 column 3 (char 9) 9 3 3
