# A final str expression is printed as its repr, with quotes.
print("shown by print")
name = "pith"
name + "'s value"
# expect: shown by print
# expect: "pith's value"
