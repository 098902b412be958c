# Turn CSV text into records, convert numeric fields, skip bad rows.
# input: csv = "name,qty,price\nwidget,3,2.50\ngadget,x,9.99\ngizmo,10,0.25\n"
lines = csv.strip().split("\n")
header = lines[0].split(",")
records = []
skipped = 0
for raw in lines[1:]:
    cells = raw.split(",")
    rec = {}
    for i in range(len(header)):
        rec[header[i]] = cells[i]
    try:
        rec["qty"] = int(rec["qty"])
        rec["price"] = float(rec["price"])
    except ValueError as e:
        print("skip", rec["name"] + ":", e)
        skipped += 1
        continue
    records.append(rec)
total = 0
for r in records:
    total += r["qty"] * r["price"]
print(records)
print("total", total, "skipped", skipped)
# expect: skip gadget: invalid literal for int() with base 10: 'x'
# expect: [{'name': 'widget', 'qty': 3, 'price': 2.5}, {'name': 'gizmo', 'qty': 10, 'price': 0.25}]
# expect: total 10.0 skipped 1
