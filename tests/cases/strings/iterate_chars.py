# Iterating a string yields one-character strings, including non-ASCII ones.
vowels = 0
for ch in "Éléphant 😀":
    if ch in "aeiouéAEIOUÉ":
        vowels += 1
print(vowels)
out = []
for ch in "a😀b":
    out.append(ch)
print(out)
# expect: 3
# expect: ['a', '😀', 'b']
