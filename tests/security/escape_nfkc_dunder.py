# A full-width dunder normalises (NFKC) to __class__ and is refused like it.
print((1).__ｃｌａｓｓ__)
# expect error: 2:11: attribute '__class__' is not supported
