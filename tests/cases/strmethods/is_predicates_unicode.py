# The numeric is* predicates on non-ASCII digits and fractions, and isalpha on accented letters.
for s in ["٣", "½", "²", "é", "Ⅻ"]:
    print(repr(s), s.isalpha(), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalnum())
# expect: '٣' False True True True True
# expect: '½' False False False True True
# expect: '²' False True False True True
# expect: 'é' True False False False True
# expect: 'Ⅻ' False False False True True
