# Case mapping beyond ASCII: ß upper-cases to SS and casefolds to ss; accented letters map.
s = "straße Émile ǅ"
print(s.upper(), "|", s.lower(), "|", s.casefold(), "|", s.title())
print("ß".upper() == "SS", "STRASSE".casefold() == s.split()[0].casefold())
# expect: STRASSE ÉMILE Ǆ | straße émile ǆ | strasse émile ǆ | Straße Émile ǅ
# expect: True True
