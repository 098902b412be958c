# bytes in UTF-16 and UTF-32 (with or without a BOM) are decoded as json.detect_encoding finds them, with the
# codec's errors for truncated data and code points past U+10FFFF.
import json
for b in [b'\xff\xfe[\x001\x00]\x00', b'\xfe\xff\x00[\x001\x00]', b'[\x001\x00]\x00', b'\x00[\x001\x00]', b'[\x00\x00\x00]\x00\x00\x00', b'\x00\x00\x00[\x00\x00\x00]', b'\xff\xfe\x00\x00[\x00\x00\x00]\x00\x00\x00', b'1\x00', b'\x001', b'[1]\x00', b'[\x001\x00]', b'"\x00=\xd8\x00\xde"\x00', b'"\x00=\xd8"\x00', b'[\x00\x00\x00]\x00\x00', b'[\x00\x00\x00\x00\x00\x11\x00', b'\xff\xfe"\x00\xe9\x00"\x00', b'\xef\xbb\xbf"\xc3\xa9"', b'7']:
    try: print(repr(json.loads(b)))
    except Exception as e: print(type(e).__name__, e)
# expect: [1]
# expect: [1]
# expect: [1]
# expect: [1]
# expect: []
# expect: []
# expect: []
# expect: 1
# expect: 1
# expect: JSONDecodeError Extra data: line 1 column 4 (char 3)
# expect: UnicodeDecodeError 'utf-16-le' codec can't decode byte 0x5d in position 4: truncated data
# expect: '😀'
# expect: '\ud83d'
# expect: UnicodeDecodeError 'utf-32-le' codec can't decode bytes in position 4-6: truncated data
# expect: UnicodeDecodeError 'utf-32-le' codec can't decode bytes in position 4-7: code point not in range(0x110000)
# expect: 'é'
# expect: 'é'
# expect: 7
