# from-import of a module pith does not have: ModuleNotFoundError when the line runs, and system is never bound.
from os import system
system("echo pwned")
# expect runtime error: ModuleNotFoundError: No module named 'os'
# pith only: pith has no such module (or name) for a program to import; CPython imports it
