# Every value kind alive at the call: the fuzzer's seed for object records.
big = 7 ** 80
neg = -(3 ** 70)
f = 2.5
s = "héllo ☃"
b = b"\x00\xffbytes"
l = [1, f, s, b, None, True, False]
t = (l, big, neg)
d = {"k": l, 3: t, (1, 2): "tuple key"}
st = {1, 2, "three", (4, 5)}
fs = frozenset(["a", "b"])
r = range(3, 100, 7)
sl = l[1::2]
answer = ask(l, t, key=d, other=st)
print(answer, len(fs), r, sl)
