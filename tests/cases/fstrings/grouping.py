# Thousands separators , and _ for ints and floats, and _ with hex.
print(f"{1234567:,} {1234567:_} {-9876543.219:,.2f} {0xFFFFFFFF:_x} {1234:,d}")
print(f"{10 ** 12:,} {999:,} {1234.5:_}")
# expect: 1,234,567 1_234_567 -9,876,543.22 ffff_ffff 1,234
# expect: 1,000,000,000,000 999 1_234.5
