# A bare raise re-raises the exception being handled.
def fetch(k):
    data = {"a": 1}
    try:
        return data[k]
    except KeyError:
        print("logging miss for", k)
        raise
print(fetch("a"))
try:
    fetch("b")
except KeyError as e:
    print("outer caught", e)
fetch("c")
# expect: 1
# expect: logging miss for b
# expect: outer caught 'b'
# expect: logging miss for c
# expect runtime error: KeyError: 'c'
