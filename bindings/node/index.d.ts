// TypeScript declarations of the pith Node package (index.js). Values: see lib/wire.js and
// docs/PROTOCOL.md ("Values") for how Python values map to JavaScript.

/** A Python value as JavaScript sees it: tuples arrive as frozen arrays, big ints as bigint, bytes as
 * Buffer, sets as Set, dicts with non-string keys as Map, values with no host form as Opaque. */
export type Value = any;

export interface Limits {
  /** run time in seconds, not counting time in host functions (default 5) */
  maxSeconds?: number;
  /** live heap bytes (default 256 MiB) */
  maxMemory?: number;
  /** Python call depth (default 1000; RecursionError) */
  maxDepth?: number;
  /** heap allocations (default: none) */
  maxAllocations?: number;
  /** host calls (default 1000) */
  maxHostCalls?: number;
  /** bytes printed (default 1 MiB) */
  maxOutput?: number;
}

/** A host function: positional arguments, then (when the call has any) one object of keyword arguments.
 * May return a value or a promise; what it throws is raised inside the snippet under the error's name. */
export type HostFunction = (...args: Value[]) => Value | Promise<Value>;

export interface Result {
  value: Value;
  output: string;
  repr: string;
}

export interface Call {
  id: number;
  name: string;
  args: Value[];
  kwargs: Record<string, Value>;
}

export interface CompileOptions {
  filename?: string;
  inputs?: string[];
  externals?: string[];
  pool?: Pool;
}

export interface RunOptions {
  inputs?: Record<string, Value>;
  externals?: Record<string, HostFunction>;
  limits?: Limits;
  /** host-side timeout in milliseconds (wall time, host functions included) */
  timeout?: number;
  onOutput?: (text: string) => void;
}

export class Program {
  readonly source: string;
  readonly filename: string;
  readonly inputs: string[];
  readonly externals: string[];
  readonly pool: Pool;
  run(options?: RunOptions): Promise<Result>;
  start(options?: { inputs?: Record<string, Value>; limits?: Limits }): Promise<Waiting | Done>;
}

export class Waiting {
  readonly calls: Call[];
  /** output printed since the previous step */
  readonly output: string;
  resume(answers: Record<number, Value> | Map<number, Value>): Promise<Waiting | Done>;
  resumeError(callId: number, error: Error): Promise<Waiting | Done>;
  dump(options?: { key?: Uint8Array | string }): Promise<Buffer>;
  cancel(): Promise<void>;
}

export class Done {
  readonly value: Value;
  readonly output: string;
  readonly repr: string;
}

export class Pool {
  constructor(options?: { size?: number; binary?: string });
  readonly size: number;
  close(): void;
}

export class Opaque {
  readonly repr: string;
}

export class PithError extends Error {}
export class CompileError extends PithError {
  readonly diagnostic: string;
  readonly filename?: string;
  readonly line?: number;
  readonly col?: number;
}
export class ExecutionError extends PithError {
  readonly typeName: string;
  readonly errorMessage: string;
  readonly traceback: string;
  readonly output: string;
}
export class LimitExceeded extends ExecutionError {
  readonly limit: 'time' | 'memory' | 'allocations' | 'host_calls' | 'output';
}
export class TimeLimitExceeded extends LimitExceeded {}
export class MemoryLimitExceeded extends LimitExceeded {}
export class HostCallLimitExceeded extends LimitExceeded {}
export class OutputLimitExceeded extends LimitExceeded {}
export class WorkerCrashed extends PithError {}
export class Timeout extends PithError {}
export class ProtocolError extends PithError {
  readonly code: string;
}

export function compile(code: string, options?: CompileOptions): Promise<Program>;
export function load(data: Uint8Array, options?: { key?: Uint8Array | string; limits?: Limits; pool?: Pool }): Promise<Waiting | Done>;
/** Mark values as a Python tuple when sending them. */
export function tuple(...items: Value[]): readonly Value[];
export function setPoolSize(size: number): void;
export function defaultPool(): Pool;
export function findBinary(explicit?: string): string;
