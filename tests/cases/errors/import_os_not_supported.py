# Importing os is not supported (the sandbox has no module for it).
import os
print(os.getcwd())
# expect error: 2:1: import of module 'os' is not supported
