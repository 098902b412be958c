# Three-argument type() would make a class at run time, outside the class statement: refused where it stands.
print("must not run")
Point = type("Point", (), {"x": 0})
# expect error: 3:9: three-argument type() is not supported
