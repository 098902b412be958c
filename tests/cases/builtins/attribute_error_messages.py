# AttributeError messages for common mistakes.
for v in [[1], "s", {}, 5, None]:
    try:
        v.push(1)
    except AttributeError as e:
        print(e)
# expect: 'list' object has no attribute 'push'
# expect: 'str' object has no attribute 'push'
# expect: 'dict' object has no attribute 'push'
# expect: 'int' object has no attribute 'push'
# expect: 'NoneType' object has no attribute 'push'
