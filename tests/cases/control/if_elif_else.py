# if/elif/else chains picking a bucket.
def bucket(ms):
    if ms < 100:
        return "fast"
    elif ms < 500:
        return "ok"
    elif ms < 2000:
        return "slow"
    else:
        return "timeout"
for ms in [5, 100, 499, 1999, 2000, 10 ** 6]:
    print(ms, bucket(ms))
if 0:
    print("zero is truthy?")
if "":
    print("empty str truthy?")
elif []:
    print("empty list truthy?")
else:
    print("all falsy")
# expect: 5 fast
# expect: 100 ok
# expect: 499 ok
# expect: 1999 slow
# expect: 2000 timeout
# expect: 1000000 timeout
# expect: all falsy
