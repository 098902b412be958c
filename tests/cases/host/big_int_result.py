# A tool returning an integer past 64 bits keeps full precision.
# host: get_balance -> 123456789012345678901234567890
b = get_balance("acct")
print(b + 1, b // 10 ** 20, type(b))
# expect: 123456789012345678901234567891 1234567890 <class 'int'>
