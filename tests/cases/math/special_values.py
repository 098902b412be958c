# Every one-argument float function over special and ordinary values, and the two-argument ones over pairs:
# CPython's results, signs of zeros, and which error each raises.
import math

vals = [0.0, -0.0, 0.5, -2.5, 7, 2**60, 1e-310, 1e300, math.inf, -math.inf, math.nan]
one = ["sqrt", "exp", "expm1", "log", "log2", "log10", "log1p", "sin", "cos", "tan", "asin", "acos", "atan", "sinh",
       "cosh", "tanh", "asinh", "acosh", "atanh", "erf", "erfc", "gamma", "lgamma", "modf", "frexp", "ulp"]
two = ["pow", "atan2", "copysign", "fmod", "remainder", "hypot", "ldexp"]


def show(f, *args):
    try:
        return repr(f(*args))
    except (ValueError, OverflowError, TypeError) as e:
        return type(e).__name__


for name in one:
    print(name, *[show(getattr(math, name), v) for v in vals])
for name in two:
    for v in vals[:8]:
        print(name, v, *[show(getattr(math, name), v, w) for w in [0.0, -0.0, 0.5, -2.5, 3, math.inf, math.nan]])
# expect: sqrt 0.0 -0.0 0.7071067811865476 ValueError 2.6457513110645907 1073741824.0 9.999999999999986e-156 1e+150 inf ValueError nan
# expect: exp 1.0 1.0 1.6487212707001282 0.0820849986238988 1096.6331584284585 OverflowError 1.0 OverflowError inf 0.0 nan
# expect: expm1 0.0 -0.0 0.6487212707001282 -0.9179150013761013 1095.6331584284585 OverflowError 1e-310 OverflowError inf -1.0 nan
# expect: log ValueError ValueError -0.6931471805599453 ValueError 1.9459101490553132 41.58883083359672 -713.8013788281542 690.7755278982137 inf ValueError nan
# expect: log2 ValueError ValueError -1.0 ValueError 2.807354922057604 60.0 -1029.7977094150824 996.5784284662087 inf ValueError nan
# expect: log10 ValueError ValueError -0.3010299956639812 ValueError 0.8450980400142568 18.06179973983887 -310.0 300.0 inf ValueError nan
# expect: log1p 0.0 -0.0 0.4054651081081644 ValueError 2.0794415416798357 41.58883083359672 1e-310 690.7755278982137 inf ValueError nan
# expect: sin 0.0 -0.0 0.479425538604203 -0.5984721441039565 0.6569865987187891 -0.8306492176372546 1e-310 -0.8178819121159085 ValueError ValueError nan
# expect: cos 1.0 1.0 0.8775825618903728 -0.8011436155469337 0.7539022543433046 -0.5567960822766417 1.0 -0.5753861119575491 ValueError ValueError nan
# expect: tan 0.0 -0.0 0.5463024898437905 0.7470222972386603 0.8714479827243188 1.4918373962705977 1e-310 1.4214488238747245 ValueError ValueError nan
# expect: asin 0.0 -0.0 0.5235987755982989 ValueError ValueError ValueError 1e-310 ValueError ValueError ValueError nan
# expect: acos 1.5707963267948966 1.5707963267948966 1.0471975511965979 ValueError ValueError ValueError 1.5707963267948966 ValueError ValueError ValueError nan
# expect: atan 0.0 -0.0 0.4636476090008061 -1.1902899496825317 1.4288992721907328 1.5707963267948966 1e-310 1.5707963267948966 1.5707963267948966 -1.5707963267948966 nan
# expect: sinh 0.0 -0.0 0.5210953054937474 -6.0502044810397875 548.3161232732465 OverflowError 1e-310 OverflowError inf -inf nan
# expect: cosh 1.0 1.0 1.1276259652063807 6.132289479663686 548.317035155212 OverflowError 1.0 OverflowError inf inf nan
# expect: tanh 0.0 -0.0 0.46211715726000974 -0.9866142981514303 0.9999983369439447 1.0 1e-310 1.0 1.0 -1.0 nan
# expect: asinh 0.0 -0.0 0.48121182505960347 -1.6472311463710958 2.644120761058629 42.281978014156664 1e-310 691.4686750787736 inf -inf nan
# expect: acosh ValueError ValueError ValueError ValueError 2.6339157938496336 42.281978014156664 ValueError 691.4686750787736 inf ValueError nan
# expect: atanh 0.0 -0.0 0.5493061443340548 ValueError ValueError ValueError 1e-310 ValueError ValueError ValueError nan
# expect: erf 0.0 -0.0 0.5204998778130465 -0.999593047982555 1.0 1.0 1.1283791670955e-310 1.0 1.0 -1.0 nan
# expect: erfc 1.0 1.0 0.4795001221869535 1.999593047982555 4.183825607779414e-23 0.0 1.0 0.0 0.0 2.0 nan
# expect: gamma ValueError ValueError 1.7724538509055159 -0.9453087204829417 720.0 OverflowError OverflowError OverflowError inf ValueError nan
# expect: lgamma ValueError ValueError 0.5723649429247004 -0.05624371649767457 6.579251212010102 4.679573591490311e+19 713.8013788281542 6.897755278982137e+302 inf inf nan
# expect: modf (0.0, 0.0) (-0.0, -0.0) (0.5, 0.0) (-0.5, -2.0) (0.0, 7.0) (0.0, 1.152921504606847e+18) (1e-310, 0.0) (0.0, 1e+300) (0.0, inf) (-0.0, -inf) (nan, nan)
# expect: frexp (0.0, 0) (-0.0, 0) (0.5, 0) (-0.625, 2) (0.875, 3) (0.5, 61) (0.5752618031559393, -1029) (0.7466108948025751, 997) (inf, 0) (-inf, 0) (nan, 0)
# expect: ulp 5e-324 5e-324 1.1102230246251565e-16 4.440892098500626e-16 8.881784197001252e-16 256.0 5e-324 1.487016908477783e+284 inf inf nan
# expect: pow 0.0 1.0 1.0 0.0 ValueError 0.0 0.0 nan
# expect: pow -0.0 1.0 1.0 0.0 ValueError -0.0 0.0 nan
# expect: pow 0.5 1.0 1.0 0.7071067811865476 5.656854249492381 0.125 0.0 nan
# expect: pow -2.5 1.0 1.0 ValueError ValueError -15.625 inf nan
# expect: pow 7 1.0 1.0 2.6457513110645907 0.007713560673657699 343.0 inf nan
# expect: pow 1152921504606846976 1.0 1.0 1073741824.0 7.006492321624085e-46 1.532495540865889e+54 inf nan
# expect: pow 1e-310 1.0 1.0 9.999999999999986e-156 OverflowError 0.0 0.0 nan
# expect: pow 1e+300 1.0 1.0 1e+150 0.0 OverflowError inf nan
# expect: atan2 0.0 0.0 3.141592653589793 0.0 3.141592653589793 0.0 0.0 nan
# expect: atan2 -0.0 -0.0 -3.141592653589793 -0.0 -3.141592653589793 -0.0 -0.0 nan
# expect: atan2 0.5 1.5707963267948966 1.5707963267948966 0.7853981633974483 2.9441970937399127 0.16514867741462683 0.0 nan
# expect: atan2 -2.5 -1.5707963267948966 -1.5707963267948966 -1.373400766945016 -2.356194490192345 -0.6947382761967031 -0.0 nan
# expect: atan2 7 1.5707963267948966 1.5707963267948966 1.4994888620096063 1.9138202672156 1.1659045405098132 0.0 nan
# expect: atan2 1152921504606846976 1.5707963267948966 1.5707963267948966 1.5707963267948966 1.5707963267948966 1.5707963267948966 0.0 nan
# expect: atan2 1e-310 1.5707963267948966 1.5707963267948966 2e-310 3.141592653589793 3.333333333333e-311 0.0 nan
# expect: atan2 1e+300 1.5707963267948966 1.5707963267948966 1.5707963267948966 1.5707963267948966 1.5707963267948966 0.0 nan
# expect: copysign 0.0 0.0 -0.0 0.0 -0.0 0.0 0.0 0.0
# expect: copysign -0.0 0.0 -0.0 0.0 -0.0 0.0 0.0 0.0
# expect: copysign 0.5 0.5 -0.5 0.5 -0.5 0.5 0.5 0.5
# expect: copysign -2.5 2.5 -2.5 2.5 -2.5 2.5 2.5 2.5
# expect: copysign 7 7.0 -7.0 7.0 -7.0 7.0 7.0 7.0
# expect: copysign 1152921504606846976 1.152921504606847e+18 -1.152921504606847e+18 1.152921504606847e+18 -1.152921504606847e+18 1.152921504606847e+18 1.152921504606847e+18 1.152921504606847e+18
# expect: copysign 1e-310 1e-310 -1e-310 1e-310 -1e-310 1e-310 1e-310 1e-310
# expect: copysign 1e+300 1e+300 -1e+300 1e+300 -1e+300 1e+300 1e+300 1e+300
# expect: fmod 0.0 ValueError ValueError 0.0 0.0 0.0 0.0 nan
# expect: fmod -0.0 ValueError ValueError -0.0 -0.0 -0.0 -0.0 nan
# expect: fmod 0.5 ValueError ValueError 0.0 0.5 0.5 0.5 nan
# expect: fmod -2.5 ValueError ValueError -0.0 -0.0 -2.5 -2.5 nan
# expect: fmod 7 ValueError ValueError 0.0 2.0 1.0 7.0 nan
# expect: fmod 1152921504606846976 ValueError ValueError 0.0 1.0 1.0 1.152921504606847e+18 nan
# expect: fmod 1e-310 ValueError ValueError 1e-310 1e-310 1e-310 1e-310 nan
# expect: fmod 1e+300 ValueError ValueError 0.0 0.0 0.0 1e+300 nan
# expect: remainder 0.0 ValueError ValueError 0.0 0.0 0.0 0.0 nan
# expect: remainder -0.0 ValueError ValueError -0.0 -0.0 -0.0 -0.0 nan
# expect: remainder 0.5 ValueError ValueError 0.0 0.5 0.5 0.5 nan
# expect: remainder -2.5 ValueError ValueError -0.0 -0.0 0.5 -2.5 nan
# expect: remainder 7 ValueError ValueError 0.0 -0.5 1.0 7.0 nan
# expect: remainder 1152921504606846976 ValueError ValueError 0.0 1.0 1.0 1.152921504606847e+18 nan
# expect: remainder 1e-310 ValueError ValueError 1e-310 1e-310 1e-310 1e-310 nan
# expect: remainder 1e+300 ValueError ValueError 0.0 0.0 0.0 1e+300 nan
# expect: hypot 0.0 0.0 0.0 0.5 2.5 3.0 inf nan
# expect: hypot -0.0 0.0 0.0 0.5 2.5 3.0 inf nan
# expect: hypot 0.5 0.5 0.5 0.7071067811865476 2.5495097567963922 3.0413812651491097 inf nan
# expect: hypot -2.5 2.5 2.5 2.5495097567963922 3.5355339059327378 3.905124837953327 inf nan
# expect: hypot 7 7.0 7.0 7.0178344238090995 7.433034373659253 7.615773105863909 inf nan
# expect: hypot 1152921504606846976 1.152921504606847e+18 1.152921504606847e+18 1.152921504606847e+18 1.152921504606847e+18 1.152921504606847e+18 inf nan
# expect: hypot 1e-310 1e-310 1e-310 0.5 2.5 3.0 inf nan
# expect: hypot 1e+300 1e+300 1e+300 1e+300 1e+300 1e+300 inf nan
# expect: ldexp 0.0 TypeError TypeError TypeError TypeError 0.0 TypeError TypeError
# expect: ldexp -0.0 TypeError TypeError TypeError TypeError -0.0 TypeError TypeError
# expect: ldexp 0.5 TypeError TypeError TypeError TypeError 4.0 TypeError TypeError
# expect: ldexp -2.5 TypeError TypeError TypeError TypeError -20.0 TypeError TypeError
# expect: ldexp 7 TypeError TypeError TypeError TypeError 56.0 TypeError TypeError
# expect: ldexp 1152921504606846976 TypeError TypeError TypeError TypeError 9.223372036854776e+18 TypeError TypeError
# expect: ldexp 1e-310 TypeError TypeError TypeError TypeError 8e-310 TypeError TypeError
# expect: ldexp 1e+300 TypeError TypeError TypeError TypeError 8e+300 TypeError TypeError
