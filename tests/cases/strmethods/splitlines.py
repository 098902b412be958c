# splitlines handles \n, \r\n and \r, with and without keepends.
text = "one\ntwo\r\nthree\rfour\n"
print(text.splitlines())
print(text.splitlines(True))
print("".splitlines(), "x\n\n".splitlines())
# expect: ['one', 'two', 'three', 'four']
# expect: ['one\n', 'two\r\n', 'three\r', 'four\n']
# expect: [] ['x', '']
