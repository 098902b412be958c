# The is* predicates on ASCII strings.
for s in ["abc", "ABC", "Abc Def", "123", "12.5", "", " \t", "a1"]:
    print(repr(s), s.isalpha(), s.isupper(), s.istitle(), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isspace(), s.isalnum())
print("valid_name".isidentifier(), "1x".isidentifier(), "abc".islower(), "hello".isascii(), "é".isascii())
# expect: 'abc' True False False False False False False True
# expect: 'ABC' True True False False False False False True
# expect: 'Abc Def' False False True False False False False False
# expect: '123' False False False True True True False True
# expect: '12.5' False False False False False False False False
# expect: '' False False False False False False False False
# expect: ' \t' False False False False False False True False
# expect: 'a1' False False False False False False False True
# expect: True False True True False
