/* main.c — entry point of the `pith` command: dispatches to run / check / emit-c / emit-ir / bench /
 * start / resume / serve / help.
 * Stage: cli; every command uses only include/pith.h. Help texts live in cli_help.c, flag parsing in
 * cli_args.c, exit codes in cli.h (0 ok, 1 the program failed, 2 usage / read / compile error). */
#include <string.h>

#include "cli.h"

int main(int argc, char **argv) {
    if (argc < 2) return cli_usage_error(NULL, "missing COMMAND");
    const char *cmd = argv[1];
    if (strcmp(cmd, "--help") == 0 || strcmp(cmd, "-h") == 0) {
        cli_help(stdout, NULL);
        return CLI_EXIT_OK;
    }
    if (strcmp(cmd, "--version") == 0 || strcmp(cmd, "-V") == 0) {
        printf("pith %s\n", PITH_VERSION);
        return CLI_EXIT_OK;
    }
    if (strcmp(cmd, "help") == 0) {
        if (argc > 3) return cli_usage_error("help", "too many arguments");
        if (argc == 3 && (strcmp(argv[2], "--help") == 0 || strcmp(argv[2], "-h") == 0))
            return cli_help(stdout, "help"), CLI_EXIT_OK;
        if (cli_help(stdout, argc == 3 ? argv[2] : NULL) != 0)
            return cli_usage_error("help", "unknown command '%s'", argv[2]);
        return CLI_EXIT_OK;
    }
    if (strcmp(cmd, "run") == 0) return cli_cmd_run(argc, argv);
    if (strcmp(cmd, "check") == 0) return cli_cmd_check(argc, argv);
    if (strcmp(cmd, "emit-c") == 0) return cli_cmd_emit(argc, argv, 0);
    if (strcmp(cmd, "emit-ir") == 0) return cli_cmd_emit(argc, argv, 1);
    if (strcmp(cmd, "bench") == 0) return cli_cmd_bench(argc, argv);
    if (strcmp(cmd, "start") == 0) return cli_cmd_start(argc, argv);
    if (strcmp(cmd, "resume") == 0) return cli_cmd_resume(argc, argv);
    if (strcmp(cmd, "serve") == 0) return cli_cmd_serve(argc, argv);
    if (cmd[0] == '-') return cli_usage_error(NULL, "unknown option '%s'", cmd);
    return cli_usage_error(NULL, "unknown command '%s'", cmd);
}
