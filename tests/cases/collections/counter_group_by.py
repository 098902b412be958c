# Grouping and tallying records, the way agents reshape tool answers.
from collections import Counter, defaultdict

records = [
    {"team": "red", "status": "ok", "ms": 120},
    {"team": "blue", "status": "fail", "ms": 300},
    {"team": "red", "status": "fail", "ms": 80},
    {"team": "red", "status": "ok", "ms": 95},
]
by_team = defaultdict(list)
status = Counter()
for r in records:
    by_team[r["team"]].append(r["ms"])
    status[r["status"]] += 1
summary = {team: {"n": len(ms), "avg": sum(ms) / len(ms)} for team, ms in sorted(by_team.items())}
print(summary)
print(status, status.most_common(1)[0][0], dict(status))
failures = Counter(r["team"] for r in records if r["status"] == "fail")
print(failures, failures["green"], sorted(failures))
# expect: {'blue': {'n': 1, 'avg': 300.0}, 'red': {'n': 3, 'avg': 98.33333333333333}}
# expect: Counter({'ok': 2, 'fail': 2}) ok {'ok': 2, 'fail': 2}
# expect: Counter({'blue': 1, 'red': 1}) 0 ['blue', 'red']
