# Invalid format specs raise ValueError.
try:
    f"{'s':d}"
except ValueError as e:
    print(e)
try:
    f"{1.5:x}"
except ValueError as e:
    print(e)
v = 3
f"{v:,s}"
# expect: Unknown format code 'd' for object of type 'str'
# expect: Unknown format code 'x' for object of type 'float'
# expect runtime error: ValueError: Cannot specify ',' with 's'.
