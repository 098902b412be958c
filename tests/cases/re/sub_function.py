# A function as the replacement gets each Match; its result is the replacement text.
import re
print(re.sub(r'\d+', lambda m: str(int(m.group()) * 2), 'a1 b20 c300'))
def up(m):
    return m.group(1).upper()
print(re.sub(r'_(\w)', up, 'snake_case_name'))
print(re.subn(r'(\w+)', lambda m: m.group(1)[::-1], 'abc def'))
calls = []
def record(m):
    calls.append(m.span())
    return ''
print(re.sub('o', record, 'foo boo'), calls)
try:
    re.sub('a', lambda m: 1, 'a')
except TypeError as e:
    print('TypeError:', e)
try:
    re.sub('a', lambda m: 1 / 0, 'a')
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
# expect: a2 b40 c600
# expect: snakeCaseName
# expect: ('cba fed', 2)
# expect: f b [(1, 2), (2, 3), (5, 6), (6, 7)]
# expect: TypeError: sequence item 0: expected str instance, int found
# expect: ZeroDivisionError: division by zero
