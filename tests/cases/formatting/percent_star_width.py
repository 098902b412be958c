# * takes width and precision from the args.
print("[%*d] [%-*s] [%.*f]" % (5, 42, 4, "ab", 2, 3.14159))
# expect: [   42] [ab  ] [3.14]
