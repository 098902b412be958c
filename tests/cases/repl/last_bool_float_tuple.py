# A final tuple expression of mixed values.
a = 0.1 + 0.2
a > 0.3, a, (1,), None
# expect: (True, 0.30000000000000004, (1,), None)
