# Format specs can contain nested replacement fields.
width, prec = 10, 3
v = 2.718281828
print(f"[{v:{width}.{prec}f}] [{v:>{width}}] [{'x':{'^'}{5}}]")
for w in (4, 6):
    print(f"|{'ab':>{w}}|")
# expect: [     2.718] [2.718281828] [  x  ]
# expect: |  ab|
# expect: |    ab|
