/* pith_testing.h — entry points for tests only, beside the public API (include/pith.h): fault injection.
 * Stage: api. Used by `pith run --fail-allocation N`, tests/run_cases.py --fault-injection (through the CLI)
 * and the unit tests; a host embedding pith has no use for them. */
#ifndef PITH_TESTING_H
#define PITH_TESTING_H

#include <stdint.h>

#include "pith.h"

/* pith_exec_start, except that heap allocation number fail_allocation (1-based, counted over the whole run)
 * fails with MemoryError; 0 = off. */
PithExec *pith_testing_exec_start(PithProgram *p, const PithRunOptions *opts, uint64_t fail_allocation);
/* Sets the same fault on an execution that has not run on since (a loaded snapshot, before its resume). */
void pith_testing_fail_allocation(PithExec *x, uint64_t fail_allocation);

#endif
