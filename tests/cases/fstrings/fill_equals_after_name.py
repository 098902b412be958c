# Fill "=" with any alignment right after a name is a format spec, as CPython reads {x:=^10}.
x = 5
name = "ab"
print(f"[{x:=^10}] [{x:=+8.2f}] [{name:=>6}]")
# expect: [====5=====] [+   5.00] [====ab]
