/* cli_help.c — the help texts of the `pith` command and the usage-error printer.
 * Stage: cli. Every command has an entry in cli_commands (usage line, summary, flag list); `pith help CMD`,
 * `pith CMD --help` and usage errors all read from that one table, so they cannot drift apart. */
#include <stdarg.h>
#include <string.h>

#include "cli.h"

/* One command's help. */
typedef struct CliCommandHelp {
    const char *name;    /* command name */
    const char *usage;   /* the usage line after "pith " */
    const char *summary; /* one line for the general help */
    const char *details; /* the rest of `pith help CMD`: what it does and every flag */
} CliCommandHelp;

/* The limit flags (run, start, resume, bench): pasted into those commands' details at compile time. */
#define CLI_LIMIT_FLAGS                                                                                \
    "  --max-time S        run-time limit in seconds, time waiting on the host excluded (default 5)\n" \
    "  --max-memory SIZE   live heap limit: bytes, or with a K/M/G suffix (default 256M)\n"            \
    "  --max-allocations N heap allocation limit (default: none)\n"                                    \
    "  --max-depth N       Python call-depth limit (default 1000)\n"                                   \
    "  --max-host-calls N  host (external) call limit (default 1000)\n"                                \
    "  --max-output SIZE   printed-output limit: bytes, or with a K/M/G suffix (default 1M)\n"         \
    "  --fail-allocation N testing: make heap allocation number N fail with MemoryError\n"

static const char cli_flags_io[] =
    "  --input NAME=JSON   give the program a global variable NAME holding the JSON value\n"
    "                      (repeatable; objects become dicts, arrays lists)\n"
    "  --ext NAME[=JSON]   declare a host function NAME; every call to it returns the JSON value\n"
    "                      (None when no value is given) (repeatable)\n";

static const CliCommandHelp cli_commands[] = {
    {"run",
     "run FILE [--input NAME=JSON]... [--ext NAME[=JSON]]... [--max-time S] [--max-memory SIZE] [--max-depth N] "
     "[...limits] "
     "[--replay-snapshots] [--json]",
     "compile and run a program, answering host calls from --ext",
     "Compile FILE and run it. Printed output goes to stdout as it is produced; if the value of the\n"
     "last expression statement is not None, its repr is printed on a line of its own.\n"
     "An uncaught exception prints a Python traceback on stderr.\n"
     "\n"
     "Options:\n"
     "%s" CLI_LIMIT_FLAGS
     "  --replay-snapshots  at every host call, save the execution to a snapshot, drop it and the\n"
     "                      engine, and go on from the snapshot loaded into a fresh engine (a test\n"
     "                      of snapshots: the output must be the same as without the flag)\n"
     "  --json              print one JSON object on stdout and nothing else: {\"status\": \"done\",\n"
     "                      \"value\", \"repr\", \"output\"}, {\"status\": \"failed\" or \"limit\", \"type\",\n"
     "                      \"message\", \"traceback\", \"output\"} (a limit adds \"limit\": \"time\", ...) or\n"
     "                      {\"status\": \"compile_error\", \"diagnostic\", \"file\", \"line\", \"col\",\n"
     "                      \"message\"}; printed output is captured into \"output\"; values as in\n"
     "                      docs/PROTOCOL.md (JSON, with {\"$tuple\": [...]}-style tags for the rest)\n"
     "  -h, --help          show this help\n"
     "\n"
     "Exit status: 0 done, 1 the program raised an exception or hit a limit (or, with\n"
     "--replay-snapshots, a snapshot failed), 2 usage error, unreadable file or compile error\n"
     "(the same with --json).\n"},
    {"start",
     "start FILE -o STATE.snap [--input NAME=JSON]... [--ext NAME[=JSON]]... [--key-file F] "
     "[--max-time S] [--max-memory SIZE] [--max-depth N] [...limits]",
     "start a program and save it at its first host call, to answer with `pith resume`",
     "Compile FILE and run it until it waits on the host. Then save the waiting execution to\n"
     "STATE.snap and print each pending call as one JSON line on stdout, after the program's output:\n"
     "  {\"id\": 1, \"call\": \"NAME\", \"args\": [...], \"kwargs\": {...}}\n"
     "(async code awaiting several host calls at once, e.g. with asyncio.gather, prints several).\n"
     "Answer them with `pith resume STATE.snap --value JSON`, from any process. A program that ends\n"
     "without a host call behaves exactly as under `pith run`.\n"
     "\n"
     "Options:\n"
     "  -o, --output STATE.snap\n"
     "                      where to save the waiting execution (required; written atomically)\n"
     "  --input NAME=JSON   give the program a global variable NAME holding the JSON value\n"
     "                      (repeatable; objects become dicts, arrays lists)\n"
     "  --ext NAME[=JSON]   declare a host function NAME (repeatable; the value is not used: start\n"
     "                      always stops at the first call)\n"
     "  --key-file F        sign the snapshot with the bytes of file F as an HMAC-SHA256 key;\n"
     "                      resume then needs the same --key-file (and refuses the snapshot\n"
     "                      without it). Sign whenever the snapshot leaves your control: an\n"
     "                      unsigned one carries its own source, so a forged one runs any code\n"
     "                      (unless resumed with --program, which pins it to your program)\n" CLI_LIMIT_FLAGS
     "  -h, --help          show this help\n"
     "\n"
     "Exit status: 0 done, 1 the program raised an exception or hit a limit, 2 usage error,\n"
     "unreadable file, compile error or unwritable STATE.snap, 3 saved while waiting on a host call\n"
     "(the call line was printed last; only this status says the program is waiting).\n"},
    {"resume",
     "resume STATE.snap (--value [ID=]JSON | --error [ID=]'ExcType: message')... [--program FILE.py [--ext NAME]... "
     "[--input NAME]...] [-o NEXT.snap] [--key-file F] [--max-time S] [--max-memory SIZE] [--max-depth N] "
     "[...limits]",
     "answer pending host calls of a saved execution and run on",
     "Load the execution saved in STATE.snap (by `pith start` or `pith resume -o`) into a fresh\n"
     "engine, answer pending host calls and run on. Output printed before the snapshot was taken\n"
     "is not printed again. If the program ends, output, result and exit status are as under\n"
     "`pith run`; if it waits on the host again, the execution is saved to NEXT.snap and the\n"
     "pending calls printed as JSON lines, as `pith start` does. With several calls pending, answer\n"
     "any of them by id (--value 2=JSON --error 3='ToolError: busy'); the others stay pending.\n"
     "\n"
     "Options:\n"
     "  --value [ID=]JSON   call ID (without an ID: the only pending call) returns this value\n"
     "                      (objects become dicts, arrays lists); repeatable with distinct IDs\n"
     "  --error [ID=]'ExcType: message'\n"
     "                      the call raises this exception instead, e.g. 'ValueError: bad id'\n"
     "                      (a builtin type such as ValueError raises that class; any other\n"
     "                      name, e.g. 'ToolError: timeout', a subclass of Exception with that\n"
     "                      name; the program may catch it; the colon is required, the message\n"
     "                      may be empty: 'KeyError:')\n"
     "  --program FILE.py   pin the snapshot to FILE.py, compiled here with the --ext and --input\n"
     "                      declarations given (as `pith start` was given them; values unused):\n"
     "                      a snapshot of any other program (other source, file name as given,\n"
     "                      or declarations) is refused. Without it the snapshot's own source is\n"
     "                      compiled and run, so an unsigned snapshot from elsewhere chooses the\n"
     "                      code; pinned, it chooses only the program's state. Sign (--key-file)\n"
     "                      when that state must be the one you saved\n"
     "  -o, --output NEXT.snap\n"
     "                      where to save the execution if it stops at another host call (without\n"
     "                      it, stopping again is an error); may be STATE.snap itself\n"
     "  --key-file F        the key the snapshot was signed with (see `pith help start`); the\n"
     "                      next snapshot is signed with it too. A signed snapshot is refused\n"
     "                      without it, an unsigned one with it\n" CLI_LIMIT_FLAGS
     "  -h, --help          show this help\n"
     "\n"
     "Exit status: 0 done, 1 the program raised an exception or hit a limit, 2 usage error, a\n"
     "snapshot that cannot be read or loaded (\"pith: cannot load STATE.snap: reason\"; a snapshot\n"
     "of another program than --program is one), or another\n"
     "host call without -o, 3 saved at the next host call (its call line printed last).\n"},
    {"check", "check FILE [--input NAME]... [--ext NAME]...",
     "compile only: report the first error, print nothing when the program is fine",
     "Parse, resolve and type-check FILE (and generate its code) without running it. Prints nothing\n"
     "on success; otherwise prints the diagnostic \"FILE:LINE:COL: error: message\" with the source\n"
     "line and a caret on stderr.\n"
     "\n"
     "Options:\n"
     "  --input NAME[=JSON] declare a global input variable NAME (the value is not used)\n"
     "  --ext NAME[=JSON]   declare a host function NAME (the value is not used)\n"
     "  -h, --help          show this help\n"
     "\n"
     "Exit status: 0 no error, 2 usage error, unreadable file or compile error.\n"},
    {"emit-c", "emit-c FILE [--input NAME]... [--ext NAME]...", "print the C code generated for a program",
     "Compile FILE and print the C text pith generates for it, the code its in-process C compiler\n"
     "turns into machine code. For inspection and debugging.\n"
     "\n"
     "Options:\n"
     "  --input NAME[=JSON] declare a global input variable NAME (the value is not used)\n"
     "  --ext NAME[=JSON]   declare a host function NAME (the value is not used)\n"
     "  -h, --help          show this help\n"
     "\n"
     "Exit status: 0 printed, 2 usage error, unreadable file or compile error.\n"},
    {"emit-ir", "emit-ir FILE [--input NAME]... [--ext NAME]...", "print the intermediate representation of a program",
     "Compile FILE and print its intermediate representation, the form codegen lowers to C.\n"
     "For inspection and debugging.\n"
     "\n"
     "Options:\n"
     "  --input NAME[=JSON] declare a global input variable NAME (the value is not used)\n"
     "  --ext NAME[=JSON]   declare a host function NAME (the value is not used)\n"
     "  -h, --help          show this help\n"
     "\n"
     "Exit status: 0 printed, 2 usage error, unreadable file or compile error.\n"},
    {"bench", "bench FILE [--iterations N] [--input NAME=JSON]... [--ext NAME[=JSON]]...",
     "measure compile and run time in-process and print one JSON line",
     "Compile FILE once cold and once more (a cache hit), then run it N times in the same process,\n"
     "answering host calls from --ext and discarding printed output. Prints one JSON object:\n"
     "  {\"parse_us\", \"check_us\", \"codegen_us\", \"tcc_us\", \"compile_us\": the cold compile by stage,\n"
     "   \"cached_compile_us\": the second compile, \"run_us\": median time of one run (start and\n"
     "   every resume), \"runs\": N}\n"
     "All times are in microseconds. bench/run.py uses this to compare pith with CPython.\n"
     "\n"
     "Options:\n"
     "  --iterations N      number of timed runs (default: enough for about 0.5 s, at least 10)\n"
     "%s" CLI_LIMIT_FLAGS "  -h, --help          show this help\n"
     "\n"
     "Exit status: 0 measured, 1 the program failed, 2 usage error, unreadable file or compile error.\n"},
    {"serve", "serve [--max-request SIZE]", "be a long-lived worker answering JSON requests on stdin (bindings)",
     "Run as a worker for a host process (the Python package in bindings/python uses it): read one\n"
     "JSON request per line on stdin, write JSON events, one per line, on stdout. Requests compile,\n"
     "start, resume (answer pending host calls by call id), dump, load, cancel, free and stats; many\n"
     "programs and waiting executions live in one worker, by id, and compiled programs are cached.\n"
     "Program output arrives only inside \"output\" events, so it can never pass for a protocol line.\n"
     "The first line is {\"event\": \"hello\", \"protocol\": 1, ...}. The protocol, every request and\n"
     "event, and the error codes are in docs/PROTOCOL.md.\n"
     "\n"
     "A malformed request gets an \"error\" event and the worker reads on; one execution's failure\n"
     "never affects another. Requests are handled in order, one at a time.\n"
     "\n"
     "Options:\n"
     "  --max-request SIZE  longest request line accepted: bytes, or with a K/M/G suffix (default\n"
     "                      256M); a longer one is skipped with a \"too_large\" error event\n"
     "  -h, --help          show this help\n"
     "\n"
     "Exit status: 0 when stdin ends (or the client stops reading), 1 if the worker cannot start,\n"
     "2 usage error.\n"},
    {"help", "help [COMMAND]", "show the general help, or one command's help",
     "Without COMMAND, list the commands. With COMMAND, show its usage, what it does and its options\n"
     "(the same text as `pith COMMAND --help`).\n"
     "\n"
     "Exit status: 0 shown, 2 unknown command.\n"},
};

#define CLI_NCOMMANDS (sizeof cli_commands / sizeof cli_commands[0])

static const CliCommandHelp *cli_find(const char *name) {
    for (size_t i = 0; name && i < CLI_NCOMMANDS; i++)
        if (strcmp(cli_commands[i].name, name) == 0) return &cli_commands[i];
    return NULL;
}

int cli_help(FILE *out, const char *cmd) {
    if (!cmd) {
        fprintf(out,
                "pith %s: compile and run short Python programs written by AI agents, sandboxed.\n"
                "\n"
                "Usage: pith COMMAND [ARGS]\n"
                "\n"
                "Commands:\n",
                PITH_VERSION);
        for (size_t i = 0; i < CLI_NCOMMANDS; i++)
            fprintf(out, "  %-9s %s\n", cli_commands[i].name, cli_commands[i].summary);
        fprintf(out, "\n"
                     "Options:\n"
                     "  -h, --help     show this help (`pith COMMAND --help` for a command's)\n"
                     "  --version      print the version\n"
                     "\n"
                     "Exit status: 0 success, 1 the program raised an exception or hit a limit, 2 usage\n"
                     "error, unreadable file or compile error, 3 saved while waiting on a host call (start,\n"
                     "resume); each command's help gives its own.\n"
                     "\n"
                     "Example:\n"
                     "  pith run --ext 'get_weather={\"temp_c\": 21.5}' examples/demo.py\n");
        return 0;
    }
    const CliCommandHelp *h = cli_find(cmd);
    if (!h) return -1;
    fprintf(out, "Usage: pith %s\n\n", h->usage);
    fprintf(out, h->details, cli_flags_io);
    return 0;
}

int cli_usage_error(const char *cmd, const char *fmt, ...) {
    va_list ap;
    if (cmd)
        fprintf(stderr, "pith %s: ", cmd);
    else
        fputs("pith: ", stderr);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
    const CliCommandHelp *h = cli_find(cmd);
    if (h) {
        fprintf(stderr, "Usage: pith %s\nTry 'pith help %s' for more information.\n", h->usage, h->name);
    } else {
        fprintf(stderr, "Usage: pith COMMAND [ARGS]   (commands:");
        for (size_t i = 0; i < CLI_NCOMMANDS; i++) fprintf(stderr, " %s", cli_commands[i].name);
        fprintf(stderr, ")\nTry 'pith --help' for more information.\n");
    }
    return CLI_EXIT_USAGE;
}
