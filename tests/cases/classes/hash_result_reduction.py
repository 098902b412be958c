# __hash__ results: -1 is reserved (hash() gives -2), an int too big for a hash is hashed again.
class K:
    def __hash__(self):
        return -1
print(hash(K()), hash(K()) == hash(-1))
class L:
    def __hash__(self):
        return 2**70
print(hash(L()) == hash(2**70))
# expect: -2 True
# expect: True
