# import of a module pith does not have (os): ModuleNotFoundError when the line runs, so os.system never runs.
import os
os.system("echo pwned")
# expect runtime error: ModuleNotFoundError: No module named 'os'
# pith only: pith has no such module (or name) for a program to import; CPython imports it
