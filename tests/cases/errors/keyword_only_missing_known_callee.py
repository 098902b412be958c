# A missing keyword-only argument to a known function.
def fetch(url, *, retries):
    return url
print("must not run")
fetch("a")
# expect error: 5:1: fetch() missing 1 required keyword-only argument: 'retries'
