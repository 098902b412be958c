# import of a module other than typing.
import os
os.system("echo pwned")
# expect error: 2:1: import of module 'os' is not supported
