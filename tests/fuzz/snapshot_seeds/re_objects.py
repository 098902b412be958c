# re's objects and the native frame of re.sub with a function, held while the run waits on the host: the
# fuzzer's seed for Pattern (source, flags, groups), Match (spans) and NF_DRIVE (the sub loop's slots).
import re
p = re.compile(r"(?P<w>\w+)(-)?(\d)?", re.I)
m = p.search("xx AbÉ-7 yy")
b = re.match(rb"(a)(b)?", b"abc")
it = p.finditer("a-1 b c-2")
next(it)
print(p.sub(lambda k: k.group("w") + str(ask(m.span())), "é-1 b c-"), m, b, list(it))
