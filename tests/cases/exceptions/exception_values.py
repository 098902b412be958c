# Exceptions are values: constructed, stored, compared by type, raised later.
errors = [ValueError("v"), KeyError("k"), IndexError()]
for err in errors:
    try:
        raise err
    except LookupError as e:
        print("lookup", repr(e))
    except Exception as e:
        print("other", repr(e))
print(isinstance(errors[1], LookupError), isinstance(errors[0], LookupError))
# expect: other ValueError('v')
# expect: lookup KeyError('k')
# expect: lookup IndexError()
# expect: True False
