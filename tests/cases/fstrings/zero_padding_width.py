# Zero padding with width, including negative numbers.
print(f"{7:03} {-7:04} {3.5:07.2f} {-3.5:08.3f} {255:08x} {5:08b}")
# expect: 007 -007 0003.50 -003.500 000000ff 00000101
