# Normalizing messy names from a tool: strip, lower, replace, split and join.
raw = ["  Ada Lovelace ", "GRACE  hopper", "alan-turing", "", "  "]
slugs = []
for name in raw:
    clean = name.strip().lower().replace("-", " ")
    if not clean:
        continue
    parts = clean.split()
    slugs.append("_".join(parts))
print(slugs)
initials = []
for s in slugs:
    letters = ""
    for p in s.split("_"):
        letters += p[0].upper()
    initials.append(letters)
print(initials, "_".join(slugs).count("_"))
# expect: ['ada_lovelace', 'grace_hopper', 'alan_turing']
# expect: ['AL', 'GH', 'AT'] 5
