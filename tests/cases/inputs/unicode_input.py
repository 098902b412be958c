# A non-ASCII string input.
# input: city = "Zürich 🏔"
print(city, len(city), city[-1], repr(city[:3]))
# expect: Zürich 🏔 8 🏔 'Zür'
