# json.loads of a million '[' with --max-depth 100000: the C stack guard stops the scanner before the
# stack runs out, whatever the depth limit allows.
# limit: --max-depth 100000 --max-time 5
# expect limit: RecursionError
import json
json.loads("[" * 1000000)
