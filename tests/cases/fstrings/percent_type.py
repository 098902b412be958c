# The % presentation type multiplies by 100.
print(f"{0.25:%} {0.25:.0%} {1/3:.1%} {2:.2%} {-0.5:+.1%}")
# expect: 25.000000% 25% 33.3% 200.00% -50.0%
