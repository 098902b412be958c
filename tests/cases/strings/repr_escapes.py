# repr of strings: quote choice and escapes.
print(repr("plain"))
print(repr("it's"))
print(repr('say "hi"'))
print(repr("both ' and \""))
print(repr("tab\there\nnewline\\back"))
print(repr("bell\x07 nul\x00 del\x7f"))
print(repr("é 東 😀"))
print(repr("\r\x1b"))
print(repr(""))
# expect: 'plain'
# expect: "it's"
# expect: 'say "hi"'
# expect: 'both \' and "'
# expect: 'tab\there\nnewline\\back'
# expect: 'bell\x07 nul\x00 del\x7f'
# expect: 'é 東 😀'
# expect: '\r\x1b'
# expect: ''
