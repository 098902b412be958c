# check_circular=False: a cycle ends in RecursionError instead.
import json
a = []
a.append(a)
try:
    json.dumps(a, check_circular=False)
except RecursionError as e:
    print("RecursionError")
print(json.dumps([[1], [1]], check_circular=False))
# expect: RecursionError
# expect: [[1], [1]]
