# Formatting bools and None: with no spec they print as words, numeric specs treat bools as ints.
print(f"{True} {None} {False:>6} {True:d} {True:.1f} {False:03}")
# expect: True None      0 1 1.0 000
