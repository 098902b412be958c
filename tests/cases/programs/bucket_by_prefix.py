# Bucket file names by extension and sort each bucket, using partition and sets.
files = ["a.py", "b.txt", "c.py", "README", "d.tar.gz", "e.TXT"]
buckets = {}
for f in files:
    stem, dot, ext = f.rpartition(".")
    key = ext.lower() if dot else "(none)"
    buckets.setdefault(key, set()).add(f)
for key in sorted(buckets):
    print(key, sorted(buckets[key]))
# expect: (none) ['README']
# expect: gz ['d.tar.gz']
# expect: py ['a.py', 'c.py']
# expect: txt ['b.txt', 'e.TXT']
