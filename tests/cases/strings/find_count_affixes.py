# startswith/endswith/find/count.
path = "/data/reports/2024-q1.csv"
print(path.startswith("/data"), path.endswith(".csv"), path.endswith(".json"))
print(path.find("reports"), path.find("missing"), path.find("/", 1))
print(path.count("/"), "banana".count("an"), "aaaa".count("aa"), "abc".count(""))
print("é東é".find("東"), "é東é".count("é"))
# expect: True True False
# expect: 6 -1 5
# expect: 3 2 2 4
# expect: 1 2
