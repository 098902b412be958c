"""pith for Python: run short Python programs written by AI agents in pith, sandboxed, with host functions,
limits and durable snapshots. Pure Python over a pool of `pith serve` worker processes
(docs/PROTOCOL.md); the pith binary is found through $PITH_BIN, then pith/bin/pith in this package, then
PATH.

    import pith
    prog = pith.compile("r = get_weather(city)\\nr['temp_c']", inputs=["city"], externals=["get_weather"])
    prog.run(inputs={"city": "Paris"}, externals={"get_weather": lambda c: {"temp_c": 21.5}}).value  # 21.5
"""

from ._errors import (CompileError, ExecutionError, HostCallLimitExceeded, LimitExceeded, MemoryLimitExceeded,
                      OutputLimitExceeded, PithError, ProtocolError, TimeLimitExceeded, Timeout, WorkerCrashed)
from ._program import (Call, Done, Limits, Program, Result, Waiting, compile, default_pool, load,
                       set_pool_size)
from ._wire import Opaque
from ._worker import Pool, find_binary

__version__ = "0.1.0"

__all__ = [
    "Call", "CompileError", "Done", "ExecutionError", "HostCallLimitExceeded", "LimitExceeded", "Limits",
    "MemoryLimitExceeded", "Opaque", "OutputLimitExceeded", "PithError", "Pool", "Program", "ProtocolError",
    "Result", "TimeLimitExceeded", "Timeout", "Waiting", "WorkerCrashed", "compile", "default_pool",
    "find_binary", "load", "set_pool_size",
]
