# __iter__ may return a builtin iterator of the data it wraps.
class Playlist:
    def __init__(self, songs):
        self.songs = songs

    def __iter__(self):
        return iter(self.songs)

    def __len__(self):
        return len(self.songs)

p = Playlist(["a", "b", "c"])
print(list(p), sorted(p, reverse=True), len(p), "b" in p, dict(enumerate(p)))
print(", ".join(p), max(p), list(zip(p, range(3))))
# expect: ['a', 'b', 'c'] ['c', 'b', 'a'] 3 True {0: 'a', 1: 'b', 2: 'c'}
# expect: a, b, c c [('a', 0), ('b', 1), ('c', 2)]
