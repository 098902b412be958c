/* ir_ops.h — every IR operation, once: IR_OP(ENUM, "name", is_terminator) and what it does.
 * Stage: codegen. ir.h makes the IrOp enum of this list; ir_core.c the names `pith emit-ir` prints and
 * ir_is_terminator. The order is the enum's (nothing depends on the numbers: snapshots hash positions).
 * No include guard: each user defines IR_OP, includes this file, and undefines IR_OP. */

/* values: dst = ... */
IR_OP(IR_INT, "int", 0)     /* small int immediate: ival */
IR_OP(IR_FLOAT, "float", 0) /* fval (boxed float; unboxed when dst is an unboxed float var) */
IR_OP(IR_CONST, "const", 0) /* constant table entry imm (str, big int, bytes, kwnames tuple) */
IR_OP(IR_NONE, "none", 0)
IR_OP(IR_TRUE, "true", 0)
IR_OP(IR_FALSE, "false", 0)
IR_OP(IR_COPY, "copy", 0)                 /* dst = a (a temp is moved, a local is shared) */
IR_OP(IR_MOVE, "move", 0)                 /* dst (a temp) = local a, which is left unbound: hands a hidden
                                             * local's value on */
IR_OP(IR_CLEAR, "clear", 0)               /* release var a and leave it PV_NULL */
IR_OP(IR_LOAD_GLOBAL, "load_global", 0)   /* dst = g[imm]; NameError if unbound */
IR_OP(IR_STORE_GLOBAL, "store_global", 0) /* g[imm] = a */
IR_OP(IR_DEL_GLOBAL, "del_global", 0)     /* del g[imm] */
IR_OP(IR_CHECK_BOUND, "check_bound", 0)   /* UnboundLocalError unless local a is bound */
IR_OP(IR_DEL_LOCAL, "del_local", 0)       /* del local a (UnboundLocalError if unbound) */
IR_OP(IR_BUILTIN, "builtin", 0)           /* dst = the builtin imm as a value */
IR_OP(IR_EXT_VALUE, "ext_value", 0)       /* dst = the external (host) function imm as a value (calling it
                                             * suspends) */
IR_OP(IR_BINOP, "binop", 0)               /* dst = a <sub> b (PITH_OP_*) */
IR_OP(IR_INPLACE, "inplace", 0)           /* dst = a <sub>= b */
IR_OP(IR_UNOP, "unop", 0)                 /* dst = <sub> a (PITH_UOP_*) */
IR_OP(IR_NOT, "not", 0)                   /* dst = not a */
IR_OP(IR_COMPARE, "compare", 0)           /* dst = a <sub> b (FeCmpOp, incl. in / is) */
IR_OP(IR_GETATTR, "getattr", 0)           /* dst = a.<const imm> */
IR_OP(IR_SETATTR, "setattr", 0)           /* a.<const imm> = b */
IR_OP(IR_GETITEM, "getitem", 0)           /* dst = a[b] */
IR_OP(IR_SETITEM, "setitem", 0)           /* a[b] = args[0] */
IR_OP(IR_DELITEM, "delitem", 0)           /* del a[b] */
IR_OP(IR_SLICE, "slice", 0)               /* dst = slice(args[0..3]) */
IR_OP(IR_BUILD_LIST, "build_list", 0)     /* dst = display of args */
IR_OP(IR_BUILD_TUPLE, "build_tuple", 0)   /* dst = display of args */
IR_OP(IR_BUILD_DICT, "build_dict", 0)     /* dst = display of args (key, value pairs) */
IR_OP(IR_BUILD_SET, "build_set", 0)       /* dst = display of args */
IR_OP(IR_UNPACK, "unpack", 0)             /* args[0..n) = unpack(a, n) — args are the destination temps */
IR_OP(IR_ITER, "iter", 0)                 /* dst = iter(a) */
IR_OP(IR_RANGE_INIT, "range_init", 0)     /* rv = (cur, count, step, iter) from range(args...) (1 to 3 args):
                                             * small-int counters, or (a bound is big) only the iterator */
IR_OP(IR_CHECK_GLOBAL, "check_global", 0) /* NameError unless g[imm] is bound (before a direct call of a def) */
IR_OP(IR_DEFAULT, "default", 0)           /* dst = default value number ival of the function in g[imm] */
IR_OP(IR_MAKE_FUNC, "make_func", 0)       /* dst = function object for def imm: args = positional defaults, then
                                             * nkw keyword-only defaults (names: kwconst), then ival closure cells */
IR_OP(IR_CALL_DIRECT, "call_direct", 0)   /* dst = def imm (args; kwargs already matched and defaults filled by
                                             * the builder) */
IR_OP(IR_CALL_BUILTIN, "call_builtin", 0) /* dst = builtin imm (args; the last nkw are keywords named by const
                                             * kwconst) */
IR_OP(IR_CALL_VALUE, "call_value", 0)     /* dst = a (args; nkw/kwconst as above) */
IR_OP(IR_CALL_METHOD, "call_method", 0)   /* dst = a.<const imm>(args; nkw/kwconst) */
IR_OP(IR_CALL_EXT, "call_ext", 0)         /* dst = external imm (args; nkw/kwconst): a suspend point */
IR_OP(IR_EXC_MATCH, "exc_match", 0)       /* dst (a bool) = the pending exception matches class/tuple a */
IR_OP(IR_EXC_BEGIN, "exc_begin", 0)       /* dst = fetch the pending exception and mark it handled */
IR_OP(IR_EXC_END, "exc_end", 0)           /* leave an except block: restore the previously handled exception (a,
                                             * may be -1) */
IR_OP(IR_ASSERT_FAIL, "assert_fail", 0)   /* raise AssertionError(a or nothing) */
/* closures, comprehensions, f-strings, unpacking, generators */
IR_OP(IR_MAKE_CELL, "make_cell", 0)         /* dst = a new cell holding a (a param's value) or unbound (a = -1) */
IR_OP(IR_LOAD_CELL, "load_cell", 0)         /* dst = value in the cell held by local a; unbound: UnboundLocalError
                                             * (name const imm) */
IR_OP(IR_STORE_CELL, "store_cell", 0)       /* the cell held by local a = b */
IR_OP(IR_LOAD_FREE, "load_free", 0)         /* dst = value in closure cell imm; unbound: NameError (name const
                                             * ival) */
IR_OP(IR_STORE_FREE, "store_free", 0)       /* closure cell imm = a */
IR_OP(IR_CELL_REF, "cell_ref", 0)           /* dst = the cell object held by local a (to build an inner function's
                                             * closure) */
IR_OP(IR_FREE_REF, "free_ref", 0)           /* dst = closure cell imm itself */
IR_OP(IR_LIST_APPEND, "list_append", 0)     /* list (a local) .append(b) */
IR_OP(IR_SET_ADD, "set_add", 0)             /* set (a local) .add(b) */
IR_OP(IR_LIST_EXTEND, "list_extend", 0)     /* list (a local) += iterable b */
IR_OP(IR_LIST_TO_TUPLE, "list_to_tuple", 0) /* dst = tuple(list a) */
IR_OP(IR_DICT_UPDATE, "dict_update", 0)     /* dict (a local) gets every item of mapping b ({**m} in a display) */
IR_OP(IR_KWARGS_MERGE, "kwargs_merge", 0)   /* dict (a local) gets **mapping b; args[0] = the callee, for error
                                             * messages */
IR_OP(IR_CALL_EX, "call_ex", 0)             /* dst = a(*b, **args[0] or nothing) */
IR_OP(IR_UNPACK_EX, "unpack_ex", 0)         /* args = a unpacked as imm values, a list of the middle, ival values */
IR_OP(IR_FORMAT, "format", 0)               /* dst = format(a with conversion sub, spec b or none) */
IR_OP(IR_CONCAT, "concat", 0)               /* dst = the str parts args joined */
IR_OP(IR_JOIN_ADD, "join_add", 0)           /* join accumulator (a local list) gets item b; the separator is
                                             * local args[0] */
IR_OP(IR_JOIN_END, "join_end", 0)           /* dst = separator (local a) .join of the accumulator (temp b) */
IR_OP(IR_GENEXP, "genexp", 0)               /* dst = a generator running def imm over iterator args[0]; args[1..] =
                                             * closure cells */
IR_OP(IR_YIELD, "yield", 0)                 /* yield a (a suspend point of a generator function); dst = the value
                                             * sent in (an exception thrown in raises here) */
/* del of what generated code cannot clear itself */
IR_OP(IR_DELATTR, "delattr", 0)   /* del a.<const imm> */
IR_OP(IR_DEL_CELL, "del_cell", 0) /* del the value of cell a (name const imm; sub = 1: a free variable's) */
/* pattern matching (ir_build_match.c; each is one call of runtime/values/rt_match.c) */
IR_OP(IR_MATCH_SEQ, "match_seq", 0)     /* dst = a is a sequence of imm items (sub = 1: at least imm), a bool */
IR_OP(IR_MATCH_STAR, "match_star", 0)   /* dst = list(a[imm : len(a) - sub]) */
IR_OP(IR_MATCH_MAP, "match_map", 0)     /* dst = a is a mapping of at least imm items, a bool */
IR_OP(IR_MATCH_KEYS, "match_keys", 0)   /* dst = tuple of a[k] for k in tuple b, or None when a key is missing */
IR_OP(IR_MATCH_REST, "match_rest", 0)   /* dst = dict(a) without the keys in tuple b */
IR_OP(IR_MATCH_CLASS, "match_class", 0) /* dst = attributes of a for class pattern b(sub positional, keywords
                                         * named by tuple args[0] if any), or None when it does not match */
/* classes */
IR_OP(IR_CLASS_NS, "class_ns", 0) /* dst = a class body's namespace: a dict of the locals args that are bound,
                                   * named by the const tuple kwconst */
/* terminators (the last instruction of every block, and only there) */
IR_OP(IR_JUMP, "jump", 1)             /* -> t1 (ival = 1 marks a loop back-edge: the emitter burns fuel
                                             * there) */
IR_OP(IR_BRANCH, "branch", 1)         /* truth(a) ? t1 : t2 (a temp is consumed) */
IR_OP(IR_FOR_NEXT, "for_next", 1)     /* dst = next(a) -> t1, exhausted -> t2 */
IR_OP(IR_RANGE_NEXT, "range_next", 1) /* rv = (cur, count, step, iter): count > 0 ? dst = cur, advance -> t1
                                         * : count 0 -> t2; no counters: dst = next(iter) -> t1, exhausted -> t2 */
IR_OP(IR_RETURN, "return", 1)         /* return a */
IR_OP(IR_RAISE, "raise", 1)           /* raise a [from b] */
IR_OP(IR_RERAISE, "reraise", 1)       /* re-raise the exception in var a (from a handler), or the pending one
                                             * if a < 0 */
IR_OP(IR_SEND, "send", 1)             /* yield from: resume iterator a with b; its value or (exhausted) its
                                             * return value into the local dst; produced -> t1, exhausted -> t2 */
IR_OP(IR_THROW, "throw", 1)           /* yield from: the pending exception thrown into iterator a; then as
                                             * IR_SEND */
IR_OP(IR_UNWIND, "unwind", 1)         /* the pending exception continues to this block's handler (no match) */
/* appended later, so earlier operations keep their numbers */
IR_OP(IR_IMPORT, "import", 0) /* dst = module imm (common/pith_modules.h) itself (ival -1) or its name row ival */
IR_OP(IR_WITH_ENTER, "with_enter", 0) /* dst = type(a).__enter__ bound to a (CPython's TypeError when it or
                                       * __exit__ is missing) */
IR_OP(IR_WITH_EXIT, "with_exit", 0)   /* dst = type(a).__exit__ bound to a */
IR_OP(IR_EXC_TB, "exc_tb", 0)         /* dst = a traceback object for the exception a (what __exit__ gets) */
IR_OP(IR_AWAITABLE, "awaitable", 0) /* dst = the iterator `await a` delegates to (a coroutine, a future, or what
                                     * __await__ returns); TypeError for anything else */
IR_OP(IR_AITER, "aiter", 0)         /* dst = the async iterator of `async for` over a (aiter(a)) */
IR_OP(IR_ANEXT, "anext", 0)         /* dst = the awaitable of the next item of async iterator a (a local, kept) */
IR_OP(IR_AITER_END, "aiter_end", 0) /* dst (a bool) = local a is what that awaitable gives at the end */
IR_OP(IR_AGEN_WRAP, "agen_wrap", 0) /* dst = a wrapped as an async generator's item (what its yield hands out) */
