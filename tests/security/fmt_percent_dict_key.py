# A %-format key that looks like a dunder is only a dict key.
print("%(__class__)s" % {"__class__": "just a key"})
# expect: just a key
