# str.format errors: missing index and missing key.
try:
    "{} {}".format(1)
except IndexError as e:
    print(e)
"{missing}".format()
# expect: Replacement index 1 out of range for positional args tuple
# expect runtime error: KeyError: 'missing'
