# Flag boundary modes are not supported: importing one is a compile-time error with its location.
from enum import Flag, STRICT
# expect error: 2:24: enum.STRICT is not supported
