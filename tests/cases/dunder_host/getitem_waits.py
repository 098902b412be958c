# __getitem__ that calls the host, also used by iteration-free indexing in expressions.
# host: fetch_row -> {"id": 1, "name": "row"}
class Table:
    def __init__(self, name):
        self.name = name

    def __getitem__(self, key):
        row = fetch_row(self.name, key)
        return row["name"] + str(key)

t = Table("users")
print(t[3], t["k"] + "!", [t[i] for i in range(2)])
x = t[1][0]
print(x)
# expect: row3 rowk! ['row0', 'row1']
# expect: r
