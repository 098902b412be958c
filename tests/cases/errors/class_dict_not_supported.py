# __dict__ stays refused on instances of user classes too.
class C:
    pass

print(C().__dict__)
# expect error: 5:11: attribute '__dict__' is not supported
