# A class statement's keyword arguments (a Flag's boundary=...) are refused at compile time.
from enum import Flag


class Perm(Flag, boundary=None):
    R = 1
# expect error: 5:18: a keyword argument in a class statement is not supported
