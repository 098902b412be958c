# The sign option: +, - and space, for ints and floats.
for v in (5, -5, 0, 2.5, -2.5):
    print(f"[{v:+}] [{v:-}] [{v: }]")
# expect: [+5] [5] [ 5]
# expect: [-5] [-5] [-5]
# expect: [+0] [0] [ 0]
# expect: [+2.5] [2.5] [ 2.5]
# expect: [-2.5] [-2.5] [-2.5]
