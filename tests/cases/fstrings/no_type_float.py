# Floats with no presentation type but a precision use general format with at least one digit after the point.
print(f"{1.0:.3} {1234.5:.2} {0.1:10} {1e20:.5}")
# expect: 1.0 1.2e+03        0.1 1e+20
