# (a+)+$ against 40 a's and a b backtracks 2**40 ways: PCRE2 runs under a match limit, the clock is read each
# time the limit is hit, and the time limit stops the match (one pcre2_match call cannot be interrupted).
# limit: --max-time 1
# expect limit: TimeLimitExceeded
import re

print(re.match(r'(a+)+$', 'a' * 40 + 'b'))
