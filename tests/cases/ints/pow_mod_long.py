# Three-argument pow long enough to be computed in clock-checked chunks: results must not change.
m1024 = (1 << 1024) - 105
e300 = (1 << 300) + 12345
print(pow(3, e300, m1024) % 10**12)
print(pow(-3, e300, m1024) % 10**12, pow(-3, e300 + 1, m1024) % 10**12)
print(pow(123456789, e300, -m1024) % 10**12, pow(123456789, e300, -m1024) < 0)
m6400 = 10**1926 + 3
print(pow(2, (1 << 100) - 1, m6400) % 10**12)
print(pow(-(10**2000) - 17, (1 << 100) + 1, m6400) % 10**12)
print(pow(7, -((1 << 90) + 5), m6400) % 10**12)
m_even = 1 << 6000
print(pow(3, (1 << 120) + 7, m_even) % 10**12, pow(3, (1 << 120) + 7, m_even + 1) % 10**12)
print(pow(5, 1 << 200, 1), pow(0, 1 << 200, m1024), pow(1, (1 << 200) + 3, m1024), pow(-1, (1 << 200) + 3, m1024) == m1024 - 1)
# expect: 197440533649
# expect: 426783603462 592321600947
# expect: 494896890867 True
# expect: 362507328797
# expect: 361907248000
# expect: 701299891902
# expect: 111144069259 816833669220
# expect: 0 0 1 True
