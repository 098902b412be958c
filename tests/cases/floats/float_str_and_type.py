# str() of floats equals repr(); type() of results.
x = 2.0 * 3
print(str(x), repr(x), type(x))
print(str(1e100), str(-1.5e-10))
print(type(1 / 1), type(4 // 2), type(4.0 // 2))
# expect: 6.0 6.0 <class 'float'>
# expect: 1e+100 -1.5e-10
# expect: <class 'float'> <class 'int'> <class 'float'>
