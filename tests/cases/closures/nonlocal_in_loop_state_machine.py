# nonlocal state updated in a loop inside a nested helper.
def tokenize(s):
    buf = ""
    toks = []
    def flush():
        nonlocal buf
        if buf:
            toks.append(buf)
        buf = ""
    for ch in s:
        if ch == " ":
            flush()
        else:
            buf += ch
    flush()
    return toks
print(tokenize("  alpha beta   gamma "))
# expect: ['alpha', 'beta', 'gamma']
