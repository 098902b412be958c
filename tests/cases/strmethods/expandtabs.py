# expandtabs with default and explicit tab sizes.
print("a\tbc\td".expandtabs(), "|", "a\tbc\td".expandtabs(4), "|", "\tx".expandtabs(2))
# expect: a       bc      d | a   bc  d |   x
