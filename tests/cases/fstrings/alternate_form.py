# # gives 0b/0o/0x prefixes and keeps the point for g.
print(f"{10:#b} {10:#o} {255:#x} {255:#X} {0:#x} {-10:#b}")
print(f"{3.0:#g} {3.0:g} {2.0:#.0f} {2.0:.0f}")
# expect: 0b1010 0o12 0xff 0XFF 0x0 -0b1010
# expect: 3.00000 3 2. 2
