# An agent parses log lines into records, counts levels and extracts durations.
import re
LOG = """2024-05-01 12:00:01 INFO  request /api/users took 120ms
2024-05-01 12:00:02 ERROR request /api/orders took 3400ms status=500
2024-05-01 12:00:03 WARN  request /api/users took 800ms
garbage line
2024-05-01 12:00:04 INFO  request /api/items took 45ms"""
line_re = re.compile(r'^(?P<date>\d{4}-\d{2}-\d{2}) (?P<time>[\d:]+) (?P<level>[A-Z]+)\s+request (?P<path>\S+) took (?P<ms>\d+)ms', re.M)
records = [m.groupdict() for m in line_re.finditer(LOG)]
print(len(records))
counts = {}
for r in records:
    counts[r['level']] = counts.get(r['level'], 0) + 1
print(counts)
slow = sorted((int(r['ms']), r['path']) for r in records if int(r['ms']) > 100)
print(slow)
print(re.findall(r'status=(\d+)', LOG))
print(sum(int(x) for x in re.findall(r'(\d+)ms', LOG)))
# expect: 4
# expect: {'INFO': 2, 'ERROR': 1, 'WARN': 1}
# expect: [(120, '/api/users'), (800, '/api/users'), (3400, '/api/orders')]
# expect: ['500']
# expect: 4365
