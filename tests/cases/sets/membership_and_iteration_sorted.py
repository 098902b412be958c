# Membership tests and sorted iteration over a set of strings.
seen = set()
for w in "the cat and the hat and the bat".split():
    if w in seen:
        print("dup", w)
    seen.add(w)
print(sorted(seen), len(seen))
# expect: dup the
# expect: dup and
# expect: dup the
# expect: ['and', 'bat', 'cat', 'hat', 'the'] 5
