# bytes.find/rfind give -1 when absent; index/rindex raise ValueError with CPython's text.
data = b"key=value; key=other"
print(data.find(b"key"), data.rfind(b"key"), data.find(b"zz"), data.index(b"=", 4))
try:
    data.rindex(b"zz")
except ValueError as e:
    print("rindex:", e)
# expect: 0 11 -1 14
# expect: rindex: subsection not found
