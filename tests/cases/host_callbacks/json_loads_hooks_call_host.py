# json.loads whose object_hook and parse_float call a host function: in a program that waits on the host, the
# hooks run in a native frame after the scan, in the scanner's order, so each call may suspend the run.
# host: lookup -> "unit"
import json

calls = []

def hook(d):
    calls.append("obj:" + ",".join(d))
    d["unit"] = lookup(d.get("id"))
    return d

def num(text):
    calls.append("num:" + text)
    return lookup(text) + ":" + text

doc = '{"id": 1, "items": [{"id": 2, "w": 1.5}, {"id": 3}], "t": [0.25, 7]}'
print(json.loads(doc, object_hook=hook, parse_float=num))
print(calls)
print(json.loads('[{"a": 1}, {"b": 2}]', object_pairs_hook=lambda pairs: lookup(len(pairs))))
print(json.loads('2.5', parse_float=num))
try:
    json.loads('[{"a": 1}, oops]', object_hook=hook)
except json.JSONDecodeError as e:
    print(e)
# expect: {'id': 1, 'items': [{'id': 2, 'w': 'unit:1.5', 'unit': 'unit'}, {'id': 3, 'unit': 'unit'}], 't': ['unit:0.25', 7], 'unit': 'unit'}
# expect: ['num:1.5', 'obj:id,w', 'obj:id', 'num:0.25', 'obj:id,items,t']
# expect: ['unit', 'unit']
# expect: unit:2.5
# expect: Expecting value: line 1 column 12 (char 11)
