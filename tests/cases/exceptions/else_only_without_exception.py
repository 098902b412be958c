# else runs only when the try body raised nothing; exceptions in else are not caught by the same try.
for v in ["1", "x"]:
    try:
        n = int(v)
    except ValueError:
        print("bad", v)
    else:
        print("good", n)
    finally:
        print("done", v)
# expect: good 1
# expect: done 1
# expect: bad x
# expect: done x
