# Looping over a list of records returned by a search tool and aggregating.
# host: search_issues -> [{"id": 101, "state": "open", "labels": ["bug"]}, {"id": 102, "state": "closed", "labels": []}, {"id": 103, "state": "open", "labels": ["bug", "ui"]}]
results = search_issues("is:issue repo:pith")
open_ids = []
label_counts = {}
for issue in results:
    if issue["state"] == "open":
        open_ids.append(issue["id"])
    for label in issue["labels"]:
        label_counts[label] = label_counts.get(label, 0) + 1
print(open_ids)
print(label_counts)
print(len(results), "issues")
# expect: [101, 103]
# expect: {'bug': 2, 'ui': 1}
# expect: 3 issues
