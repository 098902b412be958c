# encode to utf-8 and ascii with errors='ignore'/'replace'.
print("naïve".encode(), "naïve".encode("ascii", "ignore"), "naïve".encode("ascii", "replace"))
# expect: b'na\xc3\xafve' b'nave' b'na?ve'
