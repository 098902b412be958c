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

static const char cli_flags_io[] =
    "  --input NAME=JSON   give the program a global variable NAME holding the JSON value\n"
    "                      (repeatable; objects become dicts, arrays lists)\n"
    "  --ext NAME[=JSON]   declare a host function NAME; every call to it returns the JSON value\n"
    "                      (None when no value is given) (repeatable)\n";

static const CliCommandHelp cli_commands[] = {
    {"run", "run FILE [--input NAME=JSON]... [--ext NAME[=JSON]]... [--max-time S] [--max-depth N]",
     "compile and run a program, answering host calls from --ext",
     "Compile FILE and run it. Printed output goes to stdout as it is produced; if the value of the\n"
     "last expression statement is not None, its repr is printed on a line of its own.\n"
     "An uncaught exception prints a Python traceback on stderr.\n"
     "\n"
     "Options:\n"
     "%s"
     "  --max-time S        wall-time limit in seconds while the program runs (default 5)\n"
     "  --max-depth N       Python call-depth limit (default 1000)\n"
     "  -h, --help          show this help\n"
     "\n"
     "Exit status: 0 done, 1 the program raised an exception or hit a limit,\n"
     "2 usage error, unreadable file or compile error.\n"},
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
    {"emit-c", "emit-c FILE [--input NAME]... [--ext NAME]...",
     "print the C code generated for a program",
     "Compile FILE and print the C text pith generates for it, the code its in-process C compiler\n"
     "turns into machine code. For inspection and debugging.\n"
     "\n"
     "Options:\n"
     "  --input NAME[=JSON] declare a global input variable NAME (the value is not used)\n"
     "  --ext NAME[=JSON]   declare a host function NAME (the value is not used)\n"
     "  -h, --help          show this help\n"
     "\n"
     "Exit status: 0 printed, 2 usage error, unreadable file or compile error.\n"},
    {"emit-ir", "emit-ir FILE [--input NAME]... [--ext NAME]...",
     "print the intermediate representation of a program",
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
     "%s"
     "  --max-time S        wall-time limit in seconds for each run (default 5)\n"
     "  --max-depth N       Python call-depth limit (default 1000)\n"
     "  -h, --help          show this help\n"
     "\n"
     "Exit status: 0 measured, 1 the program failed, 2 usage error, unreadable file or compile error.\n"},
    {"help", "help [COMMAND]", "show the general help, or one command's help",
     "Without COMMAND, list the commands. With COMMAND, show its usage, what it does and its options\n"
     "(the same text as `pith COMMAND --help`).\n"},
};

#define CLI_NCOMMANDS (sizeof cli_commands / sizeof cli_commands[0])

static const CliCommandHelp *cli_find(const char *name)
{
    for (size_t i = 0; name && i < CLI_NCOMMANDS; i++)
        if (strcmp(cli_commands[i].name, name) == 0)
            return &cli_commands[i];
    return NULL;
}

int cli_is_command(const char *name) { return cli_find(name) != NULL; }

int cli_help(FILE *out, const char *cmd)
{
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
        fprintf(out,
                "\n"
                "Options:\n"
                "  -h, --help     show this help (`pith COMMAND --help` for a command's)\n"
                "  --version      print the version\n"
                "\n"
                "Example:\n"
                "  pith run --ext 'get_weather={\"temp_c\": 21.5}' examples/demo.py\n");
        return 0;
    }
    const CliCommandHelp *h = cli_find(cmd);
    if (!h)
        return -1;
    fprintf(out, "Usage: pith %s\n\n", h->usage);
    fprintf(out, h->details, cli_flags_io);
    return 0;
}

int cli_usage_error(const char *cmd, const char *fmt, ...)
{
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
        for (size_t i = 0; i < CLI_NCOMMANDS; i++)
            fprintf(stderr, " %s", cli_commands[i].name);
        fprintf(stderr, ")\nTry 'pith --help' for more information.\n");
    }
    return CLI_EXIT_USAGE;
}
