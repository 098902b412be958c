# Truthiness and len of sets; {} is a dict.
print(bool(set()), bool({0}), len({1, 2}), type({}).__name__)
# expect: False True 2 dict
