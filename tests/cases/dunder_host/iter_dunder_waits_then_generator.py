# __iter__ itself calls the host before returning an iterator (a generator over the fetched items).
# host: fetch_ids -> [4, 5, 6]
class Remote:
    def __iter__(self):
        ids = fetch_ids()
        print("fetched", len(ids))
        return iter(ids)

for i in Remote():
    print(i)
print(list(Remote()), [x * 2 for x in Remote()])
# expect: fetched 3
# expect: 4
# expect: 5
# expect: 6
# expect: fetched 3
# expect: fetched 3
# expect: [4, 5, 6] [8, 10, 12]
