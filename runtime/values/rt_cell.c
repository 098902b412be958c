/* rt_cell.c — closure cells: the boxes that hold variables shared between a function and the functions
 * nested in it (PCellObj in pith_abi.h), and the NameError of reading an unbound free variable.
 * Stage: runtime. Invariants: a cell owns its value (PV_NULL = unbound); rt_dealloc.c releases it;
 * generated code reads and writes cells directly through PV_CELL. */
#include "rt_ctx.h"
#include "rt_type.h"
#include "rt_snap_codec.h"

PV rt_cell_new(PCtx *c, PV value) {
    PCellObj *cell = (PCellObj *)rt_obj_new(c, RT_T_CELL, sizeof(PCellObj));
    if (!cell) return PV_NULL;
    cell->v = value;
    if (value) pv_incref(value);
    return (PV)cell;
}

/* CPython 3.11's UNBOUNDFREE_ERROR_MSG. */
void rt_err_free_unbound(PCtx *c, PV name) {
    rt_err(c, PITH_B_NAMEERROR,
           "cannot access free variable '%S' where it is not associated with a value in enclosing scope", name);
}

/* ---- the type ---- */

static void cell_traverse(PObj *o, RtVisit visit, void *arg) { visit(&((PCellObj *)o)->v, arg); }

static PV cell_snap_make(RtSnapR *r, int type) {
    (void)type;
    return rt_cell_new(rt_snap_ctx(r), PV_NULL);
}

const RtTypeDesc rt_cell_type = {
    .name = "cell",
    .flags = RT_TF_GC,
    .cls = PITH_B_CELL,
    .traverse = cell_traverse,
    .snap_tag = SNAP_O_CELL,
    .snap_make = cell_snap_make,
};
