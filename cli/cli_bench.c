/* cli_bench.c — `pith bench`: in-process measurement of compile (cold and cached) and run time, printed
 * as one JSON line for bench/run.py. Stage: cli (public API only).
 * Timing: CLOCK_MONOTONIC around pith_exec_start and every resume of one run; output is discarded by a
 * writer that drops it; the execution is freed outside the timed region. See bench/README.md. */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "cli.h"

#define CLI_BENCH_TARGET_US 500000.0 /* calibrated runs aim at about this much total run time */
#define CLI_BENCH_MIN_RUNS 10
#define CLI_BENCH_MAX_RUNS 10000000L

static double cli_now_us(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1e6 + (double)ts.tv_nsec / 1e3;
}

/* Writer that drops printed output. */
static int cli_write_nothing(void *user, const char *text, size_t len) {
    (void)user;
    (void)text;
    (void)len;
    return 0;
}

/* Run the program once, answering external calls from --ext. Stores the time of start + resumes in
 * *us. With e (snapshot mode), every wait also goes through dump -> free -> load into e, as a durable host
 * would do; *waits counts the host calls. Returns 0, or CLI_EXIT_FAILED after printing the error. */
static int cli_bench_once(PithProgram *prog, const PithRunOptions *ro, const CliOpts *o, double *us, PithEngine *e,
                          int *waits) {
    double t0 = cli_now_us();
    PithExec *x = pith_testing_exec_start(prog, ro, o->fail_allocation);
    if (!x) {
        fprintf(stderr, "pith: out of memory\n");
        return CLI_EXIT_FAILED;
    }
    PithStatus st = pith_exec_status(x);
    if (waits) *waits = 0;
    while (st == PITH_WAITING) {
        if (waits) (*waits)++;
        if (e) {
            unsigned char *bytes = NULL;
            size_t n = 0;
            PithSnapError err = pith_exec_dump(x, NULL, 0, &bytes, &n);
            PithExec *y = err == PITH_SNAP_OK ? pith_exec_load(e, bytes, n, NULL, 0, ro, &err) : NULL;
            free(bytes);
            if (!y) {
                fprintf(stderr, "pith bench: snapshot failed: %s\n", pith_snap_error_text(err));
                pith_exec_free(x);
                return CLI_EXIT_FAILED;
            }
            pith_exec_free(x);
            x = y;
        }
        st = cli_ext_answer_all(x, o);
    }
    *us = cli_now_us() - t0;
    int rc = 0;
    if (st != PITH_DONE) {
        const PithError *err = pith_exec_error(x);
        fprintf(stderr, "pith bench: %s failed:\n%s", o->file,
                err && err->traceback ? err->traceback : "(no traceback)\n");
        rc = CLI_EXIT_FAILED;
    }
    pith_exec_free(x);
    return rc;
}

static int cli_cmp_double(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

/* Compile source with fresh stats; returns the program or NULL after printing the diagnostic. */
static PithProgram *cli_bench_compile(PithEngine *e, const char *src, size_t len, const CliOpts *o,
                                      PithCompileStats *stats) {
    PithCompileOptions co;
    char diag[8192];
    diag[0] = '\0';
    cli_compile_options(o, &co);
    PithProgram *p = pith_compile(e, src, len, &co, diag, sizeof diag);
    if (!p) {
        cli_print_diag(diag);
        return NULL;
    }
    const PithCompileStats *s = pith_engine_last_stats(e);
    if (s)
        *stats = *s;
    else
        memset(stats, 0, sizeof *stats);
    return p;
}

int cli_cmd_bench(int argc, char **argv) {
    CliOpts o;
    int rc = cli_parse_args("bench", CLI_F_INPUT | CLI_F_EXT | CLI_F_LIMITS | CLI_F_ITER, argc, argv, 2, &o);
    if (rc) return rc < 0 ? CLI_EXIT_OK : rc;
    size_t len = 0;
    char *src = cli_read_file(o.file, &len);
    PithEngine *e = src ? pith_engine_new() : NULL;
    PithProgram *cold = NULL, *warm = NULL;
    double *times = NULL;
    PithCompileStats cold_stats, warm_stats;
    rc = CLI_EXIT_USAGE;
    if (src && !e) fprintf(stderr, "pith: out of memory\n");
    if (e) cold = cli_bench_compile(e, src, len, &o, &cold_stats);
    if (cold) warm = cli_bench_compile(e, src, len, &o, &warm_stats);
    if (!warm) goto done;

    PithRunOptions ro;
    memset(&ro, 0, sizeof ro);
    ro.input_names = o.input_names;
    ro.input_values = o.input_values;
    ro.ninputs = o.ninputs;
    ro.limits.max_seconds = o.max_time;
    ro.limits.max_depth = o.max_depth;
    ro.limits.max_memory = o.max_memory;
    ro.limits.max_allocations = o.max_allocations;
    ro.limits.max_host_calls = o.max_host_calls;
    ro.limits.max_output = o.max_output;
    ro.writer = cli_write_nothing;

    /* one warm-up run, which also calibrates the number of runs */
    double first = 0;
    int waits = 0;
    rc = cli_bench_once(warm, &ro, &o, &first, NULL, &waits);
    if (rc) goto done;
    long runs = o.iterations;
    if (runs <= 0) {
        double want = first > 0 ? CLI_BENCH_TARGET_US / first : (double)CLI_BENCH_MAX_RUNS;
        runs = want > (double)CLI_BENCH_MAX_RUNS ? CLI_BENCH_MAX_RUNS : (long)want;
        if (runs < CLI_BENCH_MIN_RUNS) runs = CLI_BENCH_MIN_RUNS;
    }
    times = malloc((size_t)runs * sizeof *times);
    if (!times) {
        fprintf(stderr, "pith: out of memory\n");
        rc = CLI_EXIT_FAILED;
        goto done;
    }
    for (long i = 0; i < runs; i++) {
        rc = cli_bench_once(warm, &ro, &o, &times[i], NULL, NULL);
        if (rc) goto done;
    }
    qsort(times, (size_t)runs, sizeof *times, cli_cmp_double);
    double median = runs % 2 ? times[runs / 2] : (times[runs / 2 - 1] + times[runs / 2]) / 2;
    /* the same runs with every wait going through a snapshot (start -> dump -> load -> resume) */
    double snap_median = -1;
    for (long i = 0; waits > 0 && i < runs; i++) {
        rc = cli_bench_once(warm, &ro, &o, &times[i], e, NULL);
        if (rc) goto done;
    }
    if (waits > 0) {
        qsort(times, (size_t)runs, sizeof *times, cli_cmp_double);
        snap_median = runs % 2 ? times[runs / 2] : (times[runs / 2 - 1] + times[runs / 2]) / 2;
    }
    printf("{\"parse_us\": %.3f, \"check_us\": %.3f, \"codegen_us\": %.3f, \"tcc_us\": %.3f, "
           "\"compile_us\": %.3f, \"cached_compile_us\": %.3f, \"run_us\": %.3f, \"runs\": %ld, "
           "\"host_calls\": %d, \"snapshot_run_us\": %.3f}\n",
           cold_stats.parse_us, cold_stats.check_us, cold_stats.codegen_us, cold_stats.tcc_us, cold_stats.total_us,
           warm_stats.total_us, median, runs, waits, snap_median);
    rc = fflush(stdout) == 0 ? CLI_EXIT_OK : CLI_EXIT_FAILED;
done:
    free(times);
    pith_program_free(warm);
    pith_program_free(cold);
    pith_engine_free(e);
    free(src);
    cli_opts_free(&o);
    return rc;
}
