# min/max over iterables and several arguments, with key= and default=.
print(min([3, 1, 2]), max([3, 1, 2]), min(4, 9), max(4, 9, -1), min("hello"), max((1.5, 2)))
print(min([], default="empty"), max([], default=None), max([7], default=0))
def neg(x):
    return -x
print(min([3, 1, 2], key=neg), max(3, 1, 2, key=neg))
words = ["kiwi", "fig", "banana", "plum"]
print(min(words, key=len), max(words, key=len), max(words))
print(max([1, 5, 5.0, 3]), min(["b", "a", "a"]), max(True, 0))
# expect: 1 3 4 9 e 2
# expect: empty None 7
# expect: 3 1
# expect: fig banana plum
# expect: 5 a True
