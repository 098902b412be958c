# A host call inside a generator consumed by a for loop suspends the whole run (replayed through
# snapshots at every call).
# host: fetch_page -> {"items": [1, 2], "next": true}
def pages(limit):
    n = 0
    while n < limit:
        resp = fetch_page(page=n)
        for item in resp["items"]:
            yield n, item
        n += 1

seen = []
for page, item in pages(3):
    seen.append(page * 10 + item)
print(seen)
# expect: [1, 2, 11, 12, 21, 22]
