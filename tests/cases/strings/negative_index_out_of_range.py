# A negative index past the start is out of range too.
word = "é😀"
print(word[-2])
try:
    print(word[-3])
except IndexError as e:
    print("caught:", e)
# expect: é
# expect: caught: string index out of range
