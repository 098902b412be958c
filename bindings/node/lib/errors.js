'use strict';
// The errors of the pith package: one base class, PithError, and one class per way a request ends badly
// (the same classes as the Python package).

class PithError extends Error {
  constructor(message) {
    super(message);
    this.name = this.constructor.name;
  }
}

// The snippet does not compile; message is the diagnostic "file:line:col: error: ...".
class CompileError extends PithError {
  constructor(ev) {
    super(ev.diagnostic.replace(/\n+$/, ''));
    this.diagnostic = ev.diagnostic;
    this.filename = ev.file;
    this.line = ev.line;
    this.col = ev.col;
    this.error = ev.message;
  }
}

// An uncaught exception in the snippet: typeName ("ValueError", "ToolError"), message, traceback.
class ExecutionError extends PithError {
  constructor(typeName, message, traceback = '', output = '') {
    super(message ? `${typeName}: ${message}` : typeName);
    this.typeName = typeName;
    this.errorMessage = message;
    this.traceback = traceback;
    this.output = output;
  }
}

// A limit stopped the run; limit is "time", "memory", "allocations", "host_calls" or "output".
class LimitExceeded extends ExecutionError {
  constructor(typeName, message, traceback, output, limit) {
    super(typeName, message, traceback, output);
    this.limit = limit;
  }
}
class TimeLimitExceeded extends LimitExceeded {}
class MemoryLimitExceeded extends LimitExceeded {}
class HostCallLimitExceeded extends LimitExceeded {}
class OutputLimitExceeded extends LimitExceeded {}

const LIMIT_CLASSES = {
  time: TimeLimitExceeded,
  memory: MemoryLimitExceeded,
  allocations: MemoryLimitExceeded,
  host_calls: HostCallLimitExceeded,
  output: OutputLimitExceeded,
};

// The worker process running the execution died (it is replaced for later runs).
class WorkerCrashed extends PithError {}
// The host-side timeout passed; the execution was cancelled (or its busy worker stopped).
class Timeout extends PithError {}
// The worker refused a request (an error event); code is the protocol's error code.
class ProtocolError extends PithError {
  constructor(code, message) {
    super(`${code}: ${message}`);
    this.code = code;
  }
}

module.exports = {
  PithError, CompileError, ExecutionError, LimitExceeded, TimeLimitExceeded, MemoryLimitExceeded,
  HostCallLimitExceeded, OutputLimitExceeded, LIMIT_CLASSES, WorkerCrashed, Timeout, ProtocolError,
};
