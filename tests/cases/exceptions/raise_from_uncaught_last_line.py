# With raise ... from, only the final exception is on the last stderr line.
def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise TypeError("bad config value " + repr(s)) from e
parse("ten")
# expect runtime error: TypeError: bad config value 'ten'
