# open is refused by design.
print(open("/etc/passwd").read())
# expect error: 2:7: name 'open' is not defined
