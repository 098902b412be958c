# upper, lower, title, capitalize, swapcase, casefold on ASCII text.
s = "hello wORLD it's 3rd-place"
print(s.upper())
print(s.lower(), "|", s.title(), "|", s.capitalize())
print(s.swapcase(), "|", s.casefold())
# expect: HELLO WORLD IT'S 3RD-PLACE
# expect: hello world it's 3rd-place | Hello World It'S 3Rd-Place | Hello world it's 3rd-place
# expect: HELLO World IT'S 3RD-PLACE | hello world it's 3rd-place
