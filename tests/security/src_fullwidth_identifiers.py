# Identifiers are NFKC-normalised: full-width print is print.
ｘ = 2
ｐｒｉｎｔ(x * 21)
# expect: 42
