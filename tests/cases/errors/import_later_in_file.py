# An unsupported import after other statements still stops the whole program before it runs.
print("must not run")
total = 1 + 2
import os
# expect error: 4:1: import of module 'os' is not supported
