# bytes input is decoded as UTF-8 (a UTF-8 BOM is skipped); a str with a BOM is refused.
import json
print(json.loads(b'{"k": "caf\xc3\xa9"}'))
print(json.loads(b'\xef\xbb\xbf[1, 2]'))
try:
    json.loads('\ufeff[1]')
except json.JSONDecodeError as e:
    print(e)
try:
    json.loads(b'"\xff"')
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
# expect: {'k': 'café'}
# expect: [1, 2]
# expect: Unexpected UTF-8 BOM (decode using utf-8-sig): line 1 column 1 (char 0)
# expect: UnicodeDecodeError 'utf-8' codec can't decode byte 0xff in position 1: invalid start byte
