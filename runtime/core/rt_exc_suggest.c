/* rt_exc_suggest.c — the ". Did you mean: 'x'?" hint CPython 3.11 adds to the last traceback line of a
 * NameError or AttributeError the interpreter raised itself: the closest candidate by CPython's weighted
 * Levenshtein distance among the frame's parameters, the module globals and the builtins (NameError) or the
 * object's dir() (AttributeError). Stage: runtime, host side (used by rt_exc_tb.c).
 * Invariants: the name tables below were generated from python3 3.11.7 (dir() of each class, the builtins
 * dict of a script run); RtExc.name/attr_cls are set by rt_err_name / rt_err_attr (rt_exc.c). */
#include <string.h>

#include "rt_svc.h"

#define MAX_CANDIDATE_ITEMS 750 /* CPython gives no hint when there are more candidates */
#define MAX_STRING_SIZE 40      /* ... or when the differing middles are longer */
#define MOVE_COST 2
#define CASE_COST 1

/* dir() of every class, as CPython 3.11.7 lists it (distinct lists once, names separated by spaces) */
static const char *const dir_lists[] = {
    "__call__ __class__ __delattr__ __dir__ __doc__ __eq__ __format__ __ge__ __getattribute__ "
    "__getstate__ __gt__ __hash__ __init__ __init_subclass__ __le__ __lt__ __module__ __name__ __ne__ "
    "__new__ __qualname__ __reduce__ __reduce_ex__ __repr__ __self__ __setattr__ __sizeof__ __str__ "
    "__subclasshook__ __text_signature__",
    "__bool__ __class__ __contains__ __delattr__ __dir__ __doc__ __eq__ __format__ __ge__ "
    "__getattribute__ __getitem__ __getstate__ __gt__ __hash__ __init__ __init_subclass__ __iter__ "
    "__le__ __len__ __lt__ __ne__ __new__ __reduce__ __reduce_ex__ __repr__ __reversed__ __setattr__ "
    "__sizeof__ __str__ __subclasshook__ count index start step stop",
    "__add__ __class__ __contains__ __delattr__ __dir__ __doc__ __eq__ __format__ __ge__ "
    "__getattribute__ __getitem__ __getnewargs__ __getstate__ __gt__ __hash__ __init__ __init_subclass__ "
    "__iter__ __le__ __len__ __lt__ __mod__ __mul__ __ne__ __new__ __reduce__ __reduce_ex__ __repr__ "
    "__rmod__ __rmul__ __setattr__ __sizeof__ __str__ __subclasshook__ capitalize casefold center count "
    "encode endswith expandtabs find format format_map index isalnum isalpha isascii isdecimal isdigit "
    "isidentifier islower isnumeric isprintable isspace istitle isupper join ljust lower lstrip "
    "maketrans partition removeprefix removesuffix replace rfind rindex rjust rpartition rsplit rstrip "
    "split splitlines startswith strip swapcase title translate upper zfill",
    "__abs__ __add__ __and__ __bool__ __ceil__ __class__ __delattr__ __dir__ __divmod__ __doc__ __eq__ "
    "__float__ __floor__ __floordiv__ __format__ __ge__ __getattribute__ __getnewargs__ __getstate__ "
    "__gt__ __hash__ __index__ __init__ __init_subclass__ __int__ __invert__ __le__ __lshift__ __lt__ "
    "__mod__ __mul__ __ne__ __neg__ __new__ __or__ __pos__ __pow__ __radd__ __rand__ __rdivmod__ "
    "__reduce__ __reduce_ex__ __repr__ __rfloordiv__ __rlshift__ __rmod__ __rmul__ __ror__ __round__ "
    "__rpow__ __rrshift__ __rshift__ __rsub__ __rtruediv__ __rxor__ __setattr__ __sizeof__ __str__ "
    "__sub__ __subclasshook__ __truediv__ __trunc__ __xor__ as_integer_ratio bit_count bit_length "
    "conjugate denominator from_bytes imag numerator real to_bytes",
    "__abs__ __add__ __bool__ __ceil__ __class__ __delattr__ __dir__ __divmod__ __doc__ __eq__ __float__ "
    "__floor__ __floordiv__ __format__ __ge__ __getattribute__ __getformat__ __getnewargs__ __getstate__ "
    "__gt__ __hash__ __init__ __init_subclass__ __int__ __le__ __lt__ __mod__ __mul__ __ne__ __neg__ "
    "__new__ __pos__ __pow__ __radd__ __rdivmod__ __reduce__ __reduce_ex__ __repr__ __rfloordiv__ "
    "__rmod__ __rmul__ __round__ __rpow__ __rsub__ __rtruediv__ __setattr__ __sizeof__ __str__ __sub__ "
    "__subclasshook__ __truediv__ __trunc__ as_integer_ratio conjugate fromhex hex imag is_integer real",
    "__add__ __class__ __class_getitem__ __contains__ __delattr__ __delitem__ __dir__ __doc__ __eq__ "
    "__format__ __ge__ __getattribute__ __getitem__ __getstate__ __gt__ __hash__ __iadd__ __imul__ "
    "__init__ __init_subclass__ __iter__ __le__ __len__ __lt__ __mul__ __ne__ __new__ __reduce__ "
    "__reduce_ex__ __repr__ __reversed__ __rmul__ __setattr__ __setitem__ __sizeof__ __str__ "
    "__subclasshook__ append clear copy count extend index insert pop remove reverse sort",
    "__add__ __class__ __class_getitem__ __contains__ __delattr__ __dir__ __doc__ __eq__ __format__ "
    "__ge__ __getattribute__ __getitem__ __getnewargs__ __getstate__ __gt__ __hash__ __init__ "
    "__init_subclass__ __iter__ __le__ __len__ __lt__ __mul__ __ne__ __new__ __reduce__ __reduce_ex__ "
    "__repr__ __rmul__ __setattr__ __sizeof__ __str__ __subclasshook__ count index",
    "__class__ __class_getitem__ __contains__ __delattr__ __delitem__ __dir__ __doc__ __eq__ __format__ "
    "__ge__ __getattribute__ __getitem__ __getstate__ __gt__ __hash__ __init__ __init_subclass__ __ior__ "
    "__iter__ __le__ __len__ __lt__ __ne__ __new__ __or__ __reduce__ __reduce_ex__ __repr__ __reversed__ "
    "__ror__ __setattr__ __setitem__ __sizeof__ __str__ __subclasshook__ clear copy fromkeys get items "
    "keys pop popitem setdefault update values",
    "__abstractmethods__ __annotations__ __base__ __bases__ __basicsize__ __call__ __class__ __delattr__ "
    "__dict__ __dictoffset__ __dir__ __doc__ __eq__ __flags__ __format__ __ge__ __getattribute__ "
    "__getstate__ __gt__ __hash__ __init__ __init_subclass__ __instancecheck__ __itemsize__ __le__ "
    "__lt__ __module__ __mro__ __name__ __ne__ __new__ __or__ __prepare__ __qualname__ __reduce__ "
    "__reduce_ex__ __repr__ __ror__ __setattr__ __sizeof__ __str__ __subclasscheck__ __subclasses__ "
    "__subclasshook__ __text_signature__ __weakrefoffset__ mro",
    "__cause__ __class__ __context__ __delattr__ __dict__ __dir__ __doc__ __eq__ __format__ __ge__ "
    "__getattribute__ __getstate__ __gt__ __hash__ __init__ __init_subclass__ __le__ __lt__ __ne__ "
    "__new__ __reduce__ __reduce_ex__ __repr__ __setattr__ __setstate__ __sizeof__ __str__ "
    "__subclasshook__ __suppress_context__ __traceback__ add_note args with_traceback",
    "__cause__ __class__ __context__ __delattr__ __dict__ __dir__ __doc__ __eq__ __format__ __ge__ "
    "__getattribute__ __getstate__ __gt__ __hash__ __init__ __init_subclass__ __le__ __lt__ __ne__ "
    "__new__ __reduce__ __reduce_ex__ __repr__ __setattr__ __setstate__ __sizeof__ __str__ "
    "__subclasshook__ __suppress_context__ __traceback__ add_note args name obj with_traceback",
    "__cause__ __class__ __context__ __delattr__ __dict__ __dir__ __doc__ __eq__ __format__ __ge__ "
    "__getattribute__ __getstate__ __gt__ __hash__ __init__ __init_subclass__ __le__ __lt__ __ne__ "
    "__new__ __reduce__ __reduce_ex__ __repr__ __setattr__ __setstate__ __sizeof__ __str__ "
    "__subclasshook__ __suppress_context__ __traceback__ add_note args name with_traceback",
    "__cause__ __class__ __context__ __delattr__ __dict__ __dir__ __doc__ __eq__ __format__ __ge__ "
    "__getattribute__ __getstate__ __gt__ __hash__ __init__ __init_subclass__ __le__ __lt__ __ne__ "
    "__new__ __reduce__ __reduce_ex__ __repr__ __setattr__ __setstate__ __sizeof__ __str__ "
    "__subclasshook__ __suppress_context__ __traceback__ add_note args characters_written errno filename "
    "filename2 strerror with_traceback",
    "__cause__ __class__ __context__ __delattr__ __dict__ __dir__ __doc__ __eq__ __format__ __ge__ "
    "__getattribute__ __getstate__ __gt__ __hash__ __init__ __init_subclass__ __le__ __lt__ __ne__ "
    "__new__ __reduce__ __reduce_ex__ __repr__ __setattr__ __setstate__ __sizeof__ __str__ "
    "__subclasshook__ __suppress_context__ __traceback__ add_note args value with_traceback",
    "__bool__ __class__ __delattr__ __dir__ __doc__ __eq__ __format__ __ge__ __getattribute__ "
    "__getstate__ __gt__ __hash__ __init__ __init_subclass__ __le__ __lt__ __ne__ __new__ __reduce__ "
    "__reduce_ex__ __repr__ __setattr__ __sizeof__ __str__ __subclasshook__",
    "__add__ __bytes__ __class__ __contains__ __delattr__ __dir__ __doc__ __eq__ __format__ __ge__ "
    "__getattribute__ __getitem__ __getnewargs__ __getstate__ __gt__ __hash__ __init__ __init_subclass__ "
    "__iter__ __le__ __len__ __lt__ __mod__ __mul__ __ne__ __new__ __reduce__ __reduce_ex__ __repr__ "
    "__rmod__ __rmul__ __setattr__ __sizeof__ __str__ __subclasshook__ capitalize center count decode "
    "endswith expandtabs find fromhex hex index isalnum isalpha isascii isdigit islower isspace istitle "
    "isupper join ljust lower lstrip maketrans partition removeprefix removesuffix replace rfind rindex "
    "rjust rpartition rsplit rstrip split splitlines startswith strip swapcase title translate upper "
    "zfill",
    "__annotations__ __builtins__ __call__ __class__ __closure__ __code__ __defaults__ __delattr__ "
    "__dict__ __dir__ __doc__ __eq__ __format__ __ge__ __get__ __getattribute__ __getstate__ __globals__ "
    "__gt__ __hash__ __init__ __init_subclass__ __kwdefaults__ __le__ __lt__ __module__ __name__ __ne__ "
    "__new__ __qualname__ __reduce__ __reduce_ex__ __repr__ __setattr__ __sizeof__ __str__ "
    "__subclasshook__",
    "__class__ __delattr__ __dir__ __doc__ __eq__ __format__ __ge__ __getattribute__ __getstate__ __gt__ "
    "__hash__ __init__ __init_subclass__ __le__ __lt__ __ne__ __new__ __reduce__ __reduce_ex__ __repr__ "
    "__setattr__ __sizeof__ __str__ __subclasshook__ indices start step stop",
    "__class__ __delattr__ __dir__ __doc__ __eq__ __format__ __ge__ __getattribute__ __getstate__ __gt__ "
    "__hash__ __init__ __init_subclass__ __iter__ __le__ __length_hint__ __lt__ __ne__ __new__ __next__ "
    "__reduce__ __reduce_ex__ __repr__ __setattr__ __setstate__ __sizeof__ __str__ __subclasshook__",
    "__class__ __delattr__ __dir__ __doc__ __eq__ __format__ __ge__ __getattribute__ __getstate__ __gt__ "
    "__hash__ __init__ __init_subclass__ __iter__ __le__ __length_hint__ __lt__ __ne__ __new__ __next__ "
    "__reduce__ __reduce_ex__ __repr__ __setattr__ __sizeof__ __str__ __subclasshook__",
    "__and__ __class__ __contains__ __delattr__ __dir__ __doc__ __eq__ __format__ __ge__ "
    "__getattribute__ __getstate__ __gt__ __hash__ __init__ __init_subclass__ __iter__ __le__ __len__ "
    "__lt__ __ne__ __new__ __or__ __rand__ __reduce__ __reduce_ex__ __repr__ __reversed__ __ror__ "
    "__rsub__ __rxor__ __setattr__ __sizeof__ __str__ __sub__ __subclasshook__ __xor__ isdisjoint "
    "mapping",
    "__class__ __delattr__ __dir__ __doc__ __eq__ __format__ __ge__ __getattribute__ __getstate__ __gt__ "
    "__hash__ __init__ __init_subclass__ __iter__ __le__ __len__ __lt__ __ne__ __new__ __reduce__ "
    "__reduce_ex__ __repr__ __reversed__ __setattr__ __sizeof__ __str__ __subclasshook__ mapping",
};
/* 1 + the dir_lists entry of each PITH_B_* id (0: none) */
static const unsigned char dir_of[PITH_B_COUNT] = {
    [PITH_B_PRINT] = 1,
    [PITH_B_LEN] = 1,
    [PITH_B_RANGE] = 2,
    [PITH_B_STR] = 3,
    [PITH_B_INT] = 4,
    [PITH_B_FLOAT] = 5,
    [PITH_B_BOOL] = 4,
    [PITH_B_REPR] = 1,
    [PITH_B_ABS] = 1,
    [PITH_B_MIN] = 1,
    [PITH_B_MAX] = 1,
    [PITH_B_SUM] = 1,
    [PITH_B_LIST] = 6,
    [PITH_B_TUPLE] = 7,
    [PITH_B_DICT] = 8,
    [PITH_B_ISINSTANCE] = 1,
    [PITH_B_TYPE] = 9,
    [PITH_B_BASEEXCEPTION] = 10,
    [PITH_B_EXCEPTION] = 10,
    [PITH_B_ARITHMETICERROR] = 10,
    [PITH_B_ZERODIVISIONERROR] = 10,
    [PITH_B_OVERFLOWERROR] = 10,
    [PITH_B_ASSERTIONERROR] = 10,
    [PITH_B_ATTRIBUTEERROR] = 11,
    [PITH_B_LOOKUPERROR] = 10,
    [PITH_B_INDEXERROR] = 10,
    [PITH_B_KEYERROR] = 10,
    [PITH_B_NAMEERROR] = 12,
    [PITH_B_UNBOUNDLOCALERROR] = 12,
    [PITH_B_RUNTIMEERROR] = 10,
    [PITH_B_RECURSIONERROR] = 10,
    [PITH_B_NOTIMPLEMENTEDERROR] = 10,
    [PITH_B_TYPEERROR] = 10,
    [PITH_B_VALUEERROR] = 10,
    [PITH_B_UNICODEERROR] = 10,
    [PITH_B_MEMORYERROR] = 10,
    [PITH_B_OSERROR] = 13,
    [PITH_B_PERMISSIONERROR] = 13,
    [PITH_B_STOPITERATION] = 14,
    [PITH_B_KEYBOARDINTERRUPT] = 10,
    [PITH_B_NONETYPE] = 15,
    [PITH_B_BYTES] = 16,
    [PITH_B_FUNCTION] = 17,
    [PITH_B_BUILTIN_FUNCTION] = 1,
    [PITH_B_SLICE] = 18,
    [PITH_B_RANGE_ITERATOR] = 19,
    [PITH_B_LIST_ITERATOR] = 19,
    [PITH_B_TUPLE_ITERATOR] = 19,
    [PITH_B_STR_ASCII_ITERATOR] = 19,
    [PITH_B_STR_ITERATOR] = 19,
    [PITH_B_DICT_KEYITERATOR] = 20,
    [PITH_B_DICT_VALUEITERATOR] = 20,
    [PITH_B_DICT_ITEMITERATOR] = 20,
    [PITH_B_BYTES_ITERATOR] = 19,
    [PITH_B_DICT_KEYS] = 21,
    [PITH_B_DICT_VALUES] = 22,
    [PITH_B_DICT_ITEMS] = 21,
};
/* list(builtins.__dict__) of a script run by python3 3.11.7 (site adds the last six) */
static const char builtin_names[] =
    "__name__ __doc__ __package__ __loader__ __spec__ __build_class__ __import__ abs all any ascii bin "
    "breakpoint callable chr compile delattr dir divmod eval exec format getattr globals hasattr hash "
    "hex id input isinstance issubclass iter aiter len locals max min next anext oct ord pow print repr "
    "round setattr sorted sum vars None Ellipsis NotImplemented False True bool memoryview bytearray "
    "bytes classmethod complex dict enumerate filter float frozenset property int list map object range "
    "reversed set slice staticmethod str super tuple type zip __debug__ BaseException BaseExceptionGroup "
    "Exception GeneratorExit KeyboardInterrupt SystemExit ArithmeticError AssertionError AttributeError "
    "BufferError EOFError ImportError LookupError MemoryError NameError OSError ReferenceError "
    "RuntimeError StopAsyncIteration StopIteration SyntaxError SystemError TypeError ValueError Warning "
    "FloatingPointError OverflowError ZeroDivisionError BytesWarning DeprecationWarning EncodingWarning "
    "FutureWarning ImportWarning PendingDeprecationWarning ResourceWarning RuntimeWarning SyntaxWarning "
    "UnicodeWarning UserWarning BlockingIOError ChildProcessError ConnectionError FileExistsError "
    "FileNotFoundError InterruptedError IsADirectoryError NotADirectoryError PermissionError "
    "ProcessLookupError TimeoutError IndentationError IndexError KeyError ModuleNotFoundError "
    "NotImplementedError RecursionError UnboundLocalError UnicodeError BrokenPipeError "
    "ConnectionAbortedError ConnectionRefusedError ConnectionResetError TabError UnicodeDecodeError "
    "UnicodeEncodeError UnicodeTranslateError ExceptionGroup EnvironmentError IOError open quit exit "
    "copyright credits license help";
/* list(globals()) of a script before its first statement */
static const char module_dunders[] =
    "__name__ __doc__ __package__ __loader__ __spec__ __annotations__ __builtins__ __file__ __cached__";

/* Cost of writing b where a stands: free, a case change, or a full move. */
static size_t substitution_cost(char a, char b) {
    if ((a & 31) != (b & 31)) return MOVE_COST;
    if (a == b) return 0;
    if (a >= 'A' && a <= 'Z') a = (char)(a + ('a' - 'A'));
    if (b >= 'A' && b <= 'Z') b = (char)(b + ('a' - 'A'));
    return a == b ? CASE_COST : MOVE_COST;
}

/* The weighted edit distance of a and b, or max_cost + 1 once it is certainly above max_cost. Common prefixes
 * and suffixes are dropped first, as CPython does. */
static size_t distance(const char *a, size_t an, const char *b, size_t bn, size_t max_cost) {
    while (an && bn && a[0] == b[0]) {
        a++, b++;
        an--, bn--;
    }
    while (an && bn && a[an - 1] == b[bn - 1]) {
        an--;
        bn--;
    }
    if (an == 0 || bn == 0) return (an + bn) * MOVE_COST;
    if (an > MAX_STRING_SIZE || bn > MAX_STRING_SIZE) return max_cost + 1;
    if (bn < an) { /* a is the shorter one */
        const char *t = a;
        a = b;
        b = t;
        size_t tn = an;
        an = bn;
        bn = tn;
    }
    if ((bn - an) * MOVE_COST > max_cost) return max_cost + 1;
    size_t row[MAX_STRING_SIZE];
    for (size_t i = 0; i < an; i++) row[i] = (i + 1) * MOVE_COST;
    size_t result = 0;
    for (size_t bi = 0; bi < bn; bi++) {
        size_t dist = result = bi * MOVE_COST, minimum = (size_t)-1;
        for (size_t i = 0; i < an; i++) {
            size_t substitute = dist + substitution_cost(b[bi], a[i]);
            dist = row[i];
            size_t insert_delete = (result < dist ? result : dist) + MOVE_COST;
            result = insert_delete < substitute ? insert_delete : substitute;
            row[i] = result;
            if (result < minimum) minimum = result;
        }
        if (minimum > max_cost) return max_cost + 1;
    }
    return result;
}

/* A list of candidate names: words of a space-separated text, or C strings (bound entries only). */
typedef struct Cands {
    const char *text;         /* space-separated names, or NULL */
    const char *const *names; /* array of names, or NULL */
    const PV *bound;          /* with names: only names[i] whose bound[i] != PV_NULL count (NULL: all) */
    int n;                    /* entries in names */
} Cands;

/* The i-th candidate (i counts from 0 across the list); 0 when there is none. */
static int cand_next(const Cands *c, int *pos, const char **s, size_t *len) {
    if (c->text) {
        const char *p = c->text + *pos;
        if (!*p) return 0;
        const char *e = strchr(p, ' ');
        size_t n = e ? (size_t)(e - p) : strlen(p);
        *s = p;
        *len = n;
        *pos += (int)n + (e ? 1 : 0);
        return 1;
    }
    while (*pos < c->n) {
        int i = (*pos)++;
        if (c->names[i] && (!c->bound || c->bound[i])) {
            *s = c->names[i];
            *len = strlen(c->names[i]);
            return 1;
        }
    }
    return 0;
}

/* CPython's calculate_suggestions over one candidate list: 1 with *best set when a candidate is close. */
static int suggest_from(const Cands *c, const char *name, size_t nn, const char **best, size_t *bestn) {
    int count = 0, pos = 0;
    const char *s;
    size_t len;
    while (cand_next(c, &pos, &s, &len)) count++;
    if (count >= MAX_CANDIDATE_ITEMS) return 0;
    size_t best_dist = (size_t)-1;
    int found = 0;
    pos = 0;
    while (cand_next(c, &pos, &s, &len)) {
        if (len == nn && memcmp(s, name, nn) == 0) continue;
        size_t max_dist = (nn + len + 3) * MOVE_COST / 6;
        if (found && best_dist - 1 < max_dist) max_dist = best_dist - 1;
        size_t d = distance(name, nn, s, len, max_dist);
        if (d > max_dist) continue;
        if (!found || d < best_dist) {
            *best = s;
            *bestn = len;
            best_dist = d;
            found = 1;
        }
    }
    return found;
}

int rt_exc_suggest(PCtx *c, PV exc, const char **out, size_t *outn) {
    if (!exc || !RT_IS(exc, RT_T_EXC)) return 0;
    const RtExc *e = (const RtExc *)exc;
    if (e->type == PITH_B_ATTRIBUTEERROR && e->attr_cls == RT_ATTR_DIR && e->name && RT_IS(e->name, RT_T_TUPLE)) {
        const RtTuple *t = (const RtTuple *)e->name; /* (missing name, the object's dir() as one text) */
        if (t->n != 2 || !RT_IS(t->items[0], RT_T_STR) || !RT_IS(t->items[1], RT_T_STR)) return 0;
        Cands d = {rt_sdata(t->items[1]), NULL, NULL, 0};
        return suggest_from(&d, rt_sdata(t->items[0]), (size_t)rt_slen(t->items[0]), out, outn);
    }
    if (!e->name || !RT_IS(e->name, RT_T_STR)) return 0;
    const char *name = rt_sdata(e->name);
    size_t nn = (size_t)rt_slen(e->name);
    if (e->type == PITH_B_ATTRIBUTEERROR) {
        if (e->attr_cls < 0 || e->attr_cls >= PITH_B_COUNT || !dir_of[e->attr_cls]) return 0;
        Cands d = {dir_lists[dir_of[e->attr_cls] - 1], NULL, NULL, 0};
        return suggest_from(&d, name, nn, out, outn);
    }
    if (e->type != PITH_B_NAMEERROR || e->ntb <= 0) return 0;
    /* the innermost frame's local names (only its parameters are known), the globals, the builtins */
    const PFuncDesc *fn = e->tb[e->ntb - 1].fn;
    if (fn && fn->param_names && fn->nparams > 0) {
        Cands l = {NULL, fn->param_names, NULL, fn->nparams};
        if (suggest_from(&l, name, nn, out, outn)) return 1;
    }
    const PProgDesc *prog = RT_CTX(c)->prog;
    Cands dn = {module_dunders, NULL, NULL, 0};
    Cands g = {NULL, prog ? prog->global_names : NULL, c->g, prog ? prog->nglobals : 0};
    /* the globals dict is one list: the module dunders, then the globals bound so far */
    int count = 9, pos = 0;
    const char *s;
    size_t len;
    while (prog && prog->global_names && cand_next(&g, &pos, &s, &len)) count++;
    if (count < MAX_CANDIDATE_ITEMS) {
        const char *b1 = NULL, *b2 = NULL;
        size_t n1 = 0, n2 = 0;
        int f1 = suggest_from(&dn, name, nn, &b1, &n1);
        int f2 = prog && prog->global_names && suggest_from(&g, name, nn, &b2, &n2);
        if (f1 || f2) {
            /* the earlier of two equally close names wins: compare both distances the same way */
            if (f1 && f2) {
                size_t d1 = distance(name, nn, b1, n1, (size_t)-2), d2 = distance(name, nn, b2, n2, (size_t)-2);
                if (d2 < d1) {
                    b1 = b2;
                    n1 = n2;
                }
            } else if (f2) {
                b1 = b2;
                n1 = n2;
            }
            *out = b1;
            *outn = n1;
            return 1;
        }
    }
    Cands b = {builtin_names, NULL, NULL, 0};
    return suggest_from(&b, name, nn, out, outn);
}
