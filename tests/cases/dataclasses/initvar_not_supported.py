# InitVar is not supported: importing it is a compile-time error with its location.
from dataclasses import dataclass, InitVar
# expect error: 2:36: dataclasses.InitVar is not supported
