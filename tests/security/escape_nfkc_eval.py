# A full-width eval normalises (NFKC) to eval and is refused like it.
print(ｅｖａｌ("1"))
# expect error: 2:7: name 'eval' is not defined
