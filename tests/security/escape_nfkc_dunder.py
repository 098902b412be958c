# A full-width dunder normalises (NFKC) to __dict__ and is refused like it.
print((1).__ｄｉｃｔ__)
# expect error: 2:11: attribute '__dict__' is not supported
