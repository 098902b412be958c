# Many cheap matches over a long text, again and again: each match and each scanned byte costs fuel, so the
# loop stops on time.
# limit: --max-time 1
# expect limit: TimeLimitExceeded
import re

text = 'ab ' * 100000
while True:
    re.findall(r'\w+', text)
