/* rt_traceback.c — traceback objects, as far as pith has them: the value a `with` statement hands __exit__ as
 * its third argument when the body raised (codegen/ir_build_with.c), so that `tb is not None` and type(tb)
 * answer as in CPython. pith has no frames to show (frames are refused by design), so a traceback object has
 * no attributes; the traceback itself is printed from the exception (rt_exc_tb.c). Stage: runtime core. */
#include "rt_ctx.h"
#include "rt_type.h"
#include "rt_snap_codec.h"

PV rt_traceback_new(PCtx *c, PV exc) {
    (void)exc; /* the exception's own records are the traceback; the object carries none of it */
    return (PV)rt_obj_new(c, RT_T_TRACEBACK, sizeof(PObj));
}

static PV traceback_snap_make(RtSnapR *r, int type) {
    (void)type;
    return rt_traceback_new(rt_snap_ctx(r), PV_NULL);
}

const RtTypeDesc rt_traceback_type = {
    .name = "traceback",
    .cls = PITH_B_TRACEBACK,
    .snap_tag = SNAP_O_TRACEBACK,
    .snap_make = traceback_snap_make,
};
