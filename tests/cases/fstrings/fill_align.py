# Fill and alignment for strings and numbers.
s = "ab"
print(f"[{s:<6}][{s:>6}][{s:^6}][{s:*^7}][{s:-<4}]")
print(f"[{42:<6}][{42:6}][{42:^6}][{-42:=6}][{42:0>6}]")
# expect: [ab    ][    ab][  ab  ][**ab***][ab--]
# expect: [42    ][    42][  42  ][-   42][000042]
