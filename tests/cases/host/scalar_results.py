# Tools returning scalars of each JSON type.
# host: count_rows -> 1234
# host: ratio -> 0.25
# host: label -> "ok"
# host: missing -> null
# host: flag -> false
n = count_rows("t")
print(n + 1, ratio() * 4, label() + "!", missing(), flag(), type(n), type(ratio()))
print(missing() is None, not flag())
# expect: 1235 1.0 ok! None False <class 'int'> <class 'float'>
# expect: True True
