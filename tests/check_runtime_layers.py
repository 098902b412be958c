#!/usr/bin/env python3
"""The runtime's parts stack: core, then values, then exec, then builtins and snap (docs/ARCHITECTURE.md, section 9).
Reads the compiled runtime archive with nm and fails when a part calls a function defined in a part above it (or in
a part on its own level). Type-specific behaviour reaches generic code through the type table's function pointers,
which are not calls; the one reference that runs up on purpose is data: core's rt_types[] collects each type's
descriptor, so only function symbols (nm type T) are checked.

    python3 tests/check_runtime_layers.py build/libpith_runtime.a runtime
"""
import collections
import os
import subprocess
import sys

# the level of each part; a part may call its own files and the parts on lower levels only
LEVELS = {"core": 0, "values": 1, "exec": 2, "builtins": 3, "snap": 3, "modules": 3}


def part_of_objects(src_dir):
    """object basename (rt_str.c.o) -> its part (values), from the source tree"""
    parts = {}
    for part in os.listdir(src_dir):
        folder = os.path.join(src_dir, part)
        if not os.path.isdir(folder):
            continue
        for name in os.listdir(folder):
            if name.endswith(".c"):
                parts[name + ".o"] = part
    return parts


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    archive, src_dir = sys.argv[1], sys.argv[2]
    parts = part_of_objects(src_dir)
    out = subprocess.run(["nm", "-A", archive], capture_output=True, text=True, check=True).stdout
    defined, used = {}, collections.defaultdict(set)
    for line in out.splitlines():
        member = line.split(":")[1]
        fields = line.split(":", 2)[2].split()
        if len(fields) == 3 and fields[1] == "T":
            defined[fields[2]] = member
        elif len(fields) == 2 and fields[0] == "U":
            used[member].add(fields[1])
    unknown = sorted(m for m in used if m not in parts or parts[m] not in LEVELS)
    if unknown:
        sys.exit("runtime layers: objects of no known part: " + ", ".join(unknown))
    bad = []
    for member, names in sorted(used.items()):
        a = parts[member]
        for name in sorted(names):
            target = defined.get(name)
            if not target or target == member:
                continue
            b = parts[target]
            if b != a and LEVELS[b] >= LEVELS[a]:
                bad.append(f"{a}/{member[:-2]} calls {name} of {b}/{target[:-2]}")
    for b in bad:
        print(b)
    print(f"runtime layers: {len(used) - len({b.split(' ')[0] for b in bad})} passed, "
          f"{len({b.split(' ')[0] for b in bad})} failed")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
