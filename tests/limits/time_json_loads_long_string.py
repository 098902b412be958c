# One json.loads of a 40 MB string of escapes, then of a 40 MB array of numbers, repeated: long scans
# inside one call still read the clock, so the time limit stops the run. The memory limit is far above what
# the loop holds at once (about 300 MB), so only the time limit can stop it, however fast the machine.
# limit: --max-time 1 --max-memory 1G
# expect limit: TimeLimitExceeded
import json
text = '"' + "\\u00e9" * 7000000 + '"'
nums = "[" + "1," * 20000000 + "1]"
while True:
    json.loads(text)
    json.loads(nums)
