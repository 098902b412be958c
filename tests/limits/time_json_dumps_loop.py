# dumps and loads of a 200,000-item document in an endless loop: every pass charges fuel per item, so the
# time limit stops the run.
# limit: --max-time 1
# expect limit: TimeLimitExceeded
import json
data = [{"id": i, "name": "item", "tags": ["a", "b"], "score": i / 7} for i in range(200000)]
while True:
    json.loads(json.dumps(data))
