# A typical agent step: parse a tool's JSON text, reshape it, print a JSON summary.
import json
raw = '{"results": [{"id": 3, "title": "b", "score": 0.5}, {"id": 1, "title": "a", "score": 0.75}], "total": 2}'
doc = json.loads(raw)
rows = sorted(doc["results"], key=lambda r: -r["score"])
summary = {"ids": [r["id"] for r in rows], "best": rows[0]["title"], "mean": sum(r["score"] for r in rows) / len(rows)}
print(json.dumps(summary))
print(json.dumps(summary, indent=2, sort_keys=True))
# expect: {"ids": [1, 3], "best": "a", "mean": 0.625}
# expect: {
# expect:   "best": "a",
# expect:   "ids": [
# expect:     1,
# expect:     3
# expect:   ],
# expect:   "mean": 0.625
# expect: }
