# OverflowError messages from int/float conversions.
for f in [lambda: int(float("inf")), lambda: float(2 ** 1024), lambda: 2 ** 1024 / 1, lambda: round(float("inf"))]:
    try:
        f()
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
# expect: OverflowError cannot convert float infinity to integer
# expect: OverflowError int too large to convert to float
# expect: OverflowError integer division result too large for a float
# expect: OverflowError cannot convert float infinity to integer
