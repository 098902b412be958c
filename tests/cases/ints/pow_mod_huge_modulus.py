# Three-argument pow with a modulus of 40,000 bits: one modular squaring per clock check.
m = (1 << 40000) - 5
r = pow(3, (1 << 16) + 12345, m)
print(r.bit_length() > 39900, r % 10**12)
print(pow(-(1 << 50000) - 1, 5, m) % 10**12)
# expect: True 873899569046
# expect: 125059695345
