# A keyword-only parameter cannot be filled positionally.
def fetch(url, *, retries=1):
    return url
calls = [fetch]
try:
    calls[0]("a", 3)
except TypeError as e:
    print(e)
# expect: fetch() takes 1 positional argument but 2 were given
