# Omitting a required keyword-only argument is a TypeError naming the parameter.
def fetch(url, *, retries):
    return url
calls = [fetch]
try:
    calls[0]("a")
except TypeError as e:
    print(e)
# expect: fetch() missing 1 required keyword-only argument: 'retries'
