# Parameters after a bare * are keyword-only; defaults apply when omitted.
def fetch(url, *, timeout=30, retries):
    return url + " t=" + str(timeout) + " r=" + str(retries)
print(fetch("a", retries=2))
print(fetch("b", retries=0, timeout=5))
print(fetch(url="c", retries=1))
# expect: a t=30 r=2
# expect: b t=5 r=0
# expect: c t=30 r=1
