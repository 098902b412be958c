# Escapes, \u escapes and surrogate pairs decode as CPython's scanner does.
import json
print(repr(json.loads(r'"a\"b\\c\/d\be\ff\ng\rh\ti"')))
print(repr(json.loads(r'"\u00e9\u65e5 \ud83d\ude00 \u0041"')))
print(repr(json.loads(r'"\ud800"')), repr(json.loads(r'"\udc00\ud800x"')), repr(json.loads(r'"\ud800\u0041"')))
print(repr(json.loads('"caf\u00e9 raw"')))
# expect: 'a"b\\c/d\x08e\x0cf\ng\rh\ti'
# expect: 'é日 😀 A'
# expect: '\ud800' '\udc00\ud800x' '\ud800A'
# expect: 'café raw'
