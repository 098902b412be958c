# split() on whitespace: every ASCII whitespace byte (\t \n \v \f \r, \x1c-\x1f, space), maxsplit, rsplit, non-ASCII text.
texts = ["", " ", "a", " a ", "a b  c\td\ne\x0bf\x0cg\rh\x1ci\x1dj\x1ek\x1fl", "  lead", "trail  ", "x" * 40 + " y",
         "é a b", "a\u3000b\u2028c\x85d", "one two three four"]
for t in texts:
    print(t.split(), t.split(None, 1), t.split(maxsplit=0), t.rsplit(None, 1), t.split(" "), t.split("b"))
    print([len(w) for w in t.split()], [w.isascii() for w in t.split()], t.partition(" "), repr(t.strip()))
w = "the quick brown fox " * 3
print(w.split()[2] is w.split()[2], len(w.split()))
# expect: [] [] [] [] [''] ['']
# expect: [] [] ('', '', '') ''
# expect: [] [] [] [] ['', ''] [' ']
# expect: [] [] ('', ' ', '') ''
# expect: ['a'] ['a'] ['a'] ['a'] ['a'] ['a']
# expect: [1] [True] ('a', '', '') 'a'
# expect: ['a'] ['a'] ['a '] ['a'] ['', 'a', ''] [' a ']
# expect: [1] [True] ('', ' ', 'a ') 'a'
# expect: ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l'] ['a', 'b  c\td\ne\x0bf\x0cg\rh\x1ci\x1dj\x1ek\x1fl'] ['a b  c\td\ne\x0bf\x0cg\rh\x1ci\x1dj\x1ek\x1fl'] ['a b  c\td\ne\x0bf\x0cg\rh\x1ci\x1dj\x1ek', 'l'] ['a', 'b', '', 'c\td\ne\x0bf\x0cg\rh\x1ci\x1dj\x1ek\x1fl'] ['a ', '  c\td\ne\x0bf\x0cg\rh\x1ci\x1dj\x1ek\x1fl']
# expect: [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1] [True, True, True, True, True, True, True, True, True, True, True, True] ('a', ' ', 'b  c\td\ne\x0bf\x0cg\rh\x1ci\x1dj\x1ek\x1fl') 'a b  c\td\ne\x0bf\x0cg\rh\x1ci\x1dj\x1ek\x1fl'
# expect: ['lead'] ['lead'] ['lead'] ['lead'] ['', '', 'lead'] ['  lead']
# expect: [4] [True] ('', ' ', ' lead') 'lead'
# expect: ['trail'] ['trail'] ['trail  '] ['trail'] ['trail', '', ''] ['trail  ']
# expect: [5] [True] ('trail', ' ', ' ') 'trail'
# expect: ['xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'y'] ['xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'y'] ['xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx y'] ['xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'y'] ['xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'y'] ['xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx y']
# expect: [40, 1] [True, True] ('xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', ' ', 'y') 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx y'
# expect: ['é', 'a', 'b'] ['é', 'a b'] ['é a b'] ['é a', 'b'] ['é', 'a', 'b'] ['é a ', '']
# expect: [1, 1, 1] [False, True, True] ('é', ' ', 'a b') 'é a b'
# expect: ['a', 'b', 'c', 'd'] ['a', 'b\u2028c\x85d'] ['a\u3000b\u2028c\x85d'] ['a\u3000b\u2028c', 'd'] ['a\u3000b\u2028c\x85d'] ['a\u3000', '\u2028c\x85d']
# expect: [1, 1, 1, 1] [True, True, True, True] ('a\u3000b\u2028c\x85d', '', '') 'a\u3000b\u2028c\x85d'
# expect: ['one', 'two', 'three', 'four'] ['one', 'two three four'] ['one two three four'] ['one two three', 'four'] ['one', 'two', 'three', 'four'] ['one two three four']
# expect: [3, 3, 5, 4] [True, True, True, True] ('one', ' ', 'two three four') 'one two three four'
# expect: False 12
