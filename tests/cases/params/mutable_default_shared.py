# A mutable default is shared across calls (the classic pitfall), None-default is the fix.
def add(item, bucket=[]):
    bucket.append(item)
    return bucket
print(add(1))
print(add(2))
def add2(item, bucket=None):
    if bucket is None:
        bucket = []
    bucket.append(item)
    return bucket
print(add2(1))
print(add2(2))
# expect: [1]
# expect: [1, 2]
# expect: [1]
# expect: [2]
