# gamma and lgamma with CPython's own approximation (not the C library's): the same digits as CPython.
import math

xs = [0.5, 1.5, 2.5, 3.7, 4.2, 5.5, 10.2, 25.5, 100.3, 170.5, -0.5, -1.5, -2.5, -3.3, 0.001, 1e-25, 7.0, 23.0, 24.0, 30.5, 141.5, -150.25]
for x in xs:
    print(x, math.gamma(x), math.lgamma(x))
for x in [0, -1, -2.0, 171.7, 1e-320, -math.inf, math.inf, math.nan]:
    try:
        print(math.gamma(x), end=' ')
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, end=' ')
    try:
        print(math.lgamma(x))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__)
print(math.lgamma(1e308) if False else math.lgamma(1e300))
# expect: 0.5 1.7724538509055159 0.5723649429247004
# expect: 1.5 0.886226925452758 -0.12078223763524543
# expect: 2.5 1.3293403881791372 0.2846828704729196
# expect: 3.7 4.170651783796603 1.4280723266653883
# expect: 4.2 7.756689535793181 2.0485556369605895
# expect: 5.5 52.34277778455352 3.9578139676187165
# expect: 10.2 570499.0278410352 13.25426674423555
# expect: 25.5 3.0867705405286966e+24 56.389167643719944
# expect: 100.3 3.711481867182676e+156 360.51470572905816
# expect: 170.5 5.56209241456e+305 704.0044277342047
# expect: -0.5 -3.544907701811032 1.265512123484645
# expect: -1.5 2.3632718012073544 0.8600470153764812
# expect: -2.5 -0.9453087204829417 -0.05624371649767457
# expect: -3.3 0.4385173921987632 -0.824355805017426
# expect: 0.001 999.4237724845954 6.907178885383854
# expect: 1e-25 9.999999999999999e+24 57.564627324851145
# expect: 7.0 720.0 6.579251212010102
# expect: 23.0 1.1240007277776077e+21 48.47118135183522
# expect: 24.0 2.585201673888497e+22 51.60667556776438
# expect: 30.5 4.8226969334909095e+31 72.9534711841694
# expect: 141.5 1.59710891165126e+242 557.6937875691192
# expect: -150.25 -2.219713930949431e-263 -604.7825011297857
# expect: ValueError ValueError
# expect: ValueError ValueError
# expect: ValueError ValueError
# expect: OverflowError 710.1716129403749
# expect: OverflowError 736.8272408909739
# expect: ValueError inf
# expect: inf inf
# expect: nan nan
# expect: 6.897755278982137e+302
