# json.dumps of a list whose text would be far past the memory limit: the output buffer is charged to the
# execution as it grows, so the run stops with MemoryLimitExceeded.
# limit: --max-memory 64M --max-time 10
# expect limit: MemoryLimitExceeded
import json
row = "x" * 1000
data = [row] * 200000
print(len(json.dumps(data, indent=4)))
