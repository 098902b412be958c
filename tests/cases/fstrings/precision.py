# Precision for floats and truncation for strings.
pi = 3.14159265
print(f"{pi:.0f} {pi:.2f} {pi:.10f} {pi:.3} {'abcdef':.3} {'abcdef':>8.2}")
# expect: 3 3.14 3.1415926500 3.14 abc       ab
