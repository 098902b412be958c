"""The exceptions of the pith package: one base class, PithError, and one class per way a request ends badly."""


class PithError(Exception):
    """Base class of every error this package raises."""


class CompileError(PithError):
    """The snippet does not compile. str(e) is the diagnostic: "file:line:col: error: message", the source
    line and a caret."""

    def __init__(self, diagnostic, filename=None, line=None, col=None, message=None):
        super().__init__(diagnostic.rstrip("\n"))
        self.diagnostic = diagnostic
        self.filename = filename
        self.line = line
        self.col = col
        self.message = message


class ExecutionError(PithError):
    """The snippet raised an exception it did not catch. type_name is its Python type name
    ("ValueError", or the name of a host exception such as "ToolError"), traceback the CPython-style text."""

    def __init__(self, type_name, message, traceback="", output=""):
        super().__init__(f"{type_name}: {message}" if message else type_name)
        self.type_name = type_name
        self.message = message
        self.traceback = traceback
        self.output = output


class LimitExceeded(ExecutionError):
    """The run hit one of its limits (pith.Limits); no code in the snippet can catch that. limit names it:
    "time", "memory", "allocations", "host_calls" or "output". (The depth limit raises RecursionError, an
    ExecutionError the snippet may catch, as in CPython.)"""

    limit = None

    def __init__(self, type_name, message, traceback="", output="", limit=None):
        super().__init__(type_name, message, traceback, output)
        if limit:
            self.limit = limit


class TimeLimitExceeded(LimitExceeded):
    limit = "time"


class MemoryLimitExceeded(LimitExceeded):
    limit = "memory"  # or "allocations": both stop with MemoryLimitExceeded


class HostCallLimitExceeded(LimitExceeded):
    limit = "host_calls"


class OutputLimitExceeded(LimitExceeded):
    limit = "output"


# The class for each "limit" of a limit event (docs/PROTOCOL.md).
LIMIT_CLASSES = {
    "time": TimeLimitExceeded,
    "memory": MemoryLimitExceeded,
    "allocations": MemoryLimitExceeded,
    "host_calls": HostCallLimitExceeded,
    "output": OutputLimitExceeded,
}


class WorkerCrashed(PithError):
    """The worker process running this execution died (it is replaced for later runs). Executions that
    were waiting in it are lost, except as snapshots taken before (Waiting.dump)."""


class Timeout(PithError, TimeoutError):
    """The host-side timeout of a run passed: the execution was cancelled (or, if the worker was busy
    running it, the worker was stopped and replaced)."""


class ProtocolError(PithError):
    """The worker refused a request (an error event): code is the protocol's error code."""

    def __init__(self, code, message):
        super().__init__(f"{code}: {message}")
        self.code = code
        self.message = message
