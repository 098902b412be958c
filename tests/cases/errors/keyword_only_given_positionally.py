# A keyword-only parameter given positionally to a known function.
def fetch(url, *, retries=1):
    return url
print("must not run")
fetch("a", 3)
# expect error: 5:1: fetch() takes 1 positional argument but 2 were given
