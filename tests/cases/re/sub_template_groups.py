# Replacement templates: \1, \g<1>, \g<name>, \g<0>, and a group that did not take part (an empty string).
import re
print(re.sub(r'(\w+) (\w+)', r'\2 \1', 'hello world'))
print(re.sub(r'(?P<k>\w+)=(?P<v>\w+)', r'\g<v>:\g<k>', 'a=1, b=2'))
print(re.sub(r'\d+', r'<\g<0>>', 'x1y22'))
print(re.sub(r'(a)|b', r'[\1]', 'ab'))
print(re.sub(r'(\d)', r'\g<1>0', '12'))
print(re.sub(r'(x)', r'\10', 'x'))
# expect: world hello
# expect: 1:a, 2:b
# expect: x<1>y<22>
# expect: [a][]
# expect: 1020
# expect runtime error: re.error: invalid group reference 10 at position 1
