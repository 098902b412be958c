# from-import of a module other than typing.
from os import system
system("echo pwned")
# expect error: 2:1: import of module 'os' is not supported
