# Concatenation and repetition.
name = "agent"
print(name + "-" + str(7))
print("ab" * 3, 3 * "xy", "z" * 0, "q" * -2)
line = "=" * 10
print(line)
s = ""
for part in ["a", "b", "c"]:
    s = s + part
    s += "."
print(s)
print(repr("é" * 3))
# expect: agent-7
# expect: ababab xyxyxy  
# expect: ==========
# expect: a.b.c.
# expect: 'ééé'
