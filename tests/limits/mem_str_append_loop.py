# A string that grows by a kilobyte every iteration. pith's `s += t` copies the string (CPython appends in
# place when nothing else holds it), so the copying makes this a time bomb before it is a memory bomb:
# the time limit must stop it.
# limit: --max-time 1 --max-memory 64M
# expect limit: TimeLimitExceeded
s = ""
while True:
    s += "abcd" * 256
