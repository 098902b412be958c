# except Exception does not catch KeyboardInterrupt-like BaseExceptions; except BaseException does.
try:
    try:
        raise KeyboardInterrupt
    except Exception:
        print("wrong")
except BaseException as e:
    print("base caught", type(e).__name__)
try:
    raise SystemExit(3)
except BaseException as e:
    print("exit code", e.code)
# expect: base caught KeyboardInterrupt
# expect: exit code 3
