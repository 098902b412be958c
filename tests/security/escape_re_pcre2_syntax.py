# PCRE2's own syntax — callouts, backtracking verbs, start-of-pattern options, recursion, \K, \Q...\E, \p, \C,
# branch reset, other group-name spellings — must stay unreachable from a Python pattern: each is refused (or
# read as literal text) exactly as CPython does, so nothing PCRE2 offers beyond Python's re can be reached.
import re

for p in [r'(?C1)a', r'(*LIMIT_MATCH=1)a', r'(*UTF)a', r'(*ACCEPT)', r'a(*SKIP)b', r'(?R)', r'(a)(?1)', r'a\Kb',
          r'\Qa.b\E', r'\p{L}', r'\C', r'(?|(a)|(b))', r"(?'n'a)", r'(?<n>a)', r'\g{1}', r'\k<n>', r'(?n)a', r'(?^)a',
          r'\e', r'\cA', r'[\Q]', r'[[:alpha:]x]', r'\R', r'\X', r'\h', r'\o{101}', r'(?&n)', r'(?P>n)', r'(?J)a',
          r'a{1,2}{3}', r'[\E]', r'(?x)a#(*ACCEPT)', '(?x)a\n#\\\n(*ACCEPT)']:
    try:
        print(repr(p), 'compiled', re.findall(p, 'a.b[:x]'))
    except re.error as e:
        print(repr(p), 're.error:', e)
# expect: '(?C1)a' re.error: unknown extension ?C at position 1
# expect: '(*LIMIT_MATCH=1)a' re.error: nothing to repeat at position 1
# expect: '(*UTF)a' re.error: nothing to repeat at position 1
# expect: '(*ACCEPT)' re.error: nothing to repeat at position 1
# expect: 'a(*SKIP)b' re.error: nothing to repeat at position 2
# expect: '(?R)' re.error: unknown extension ?R at position 1
# expect: '(a)(?1)' re.error: unknown extension ?1 at position 4
# expect: 'a\\Kb' re.error: bad escape \K at position 1
# expect: '\\Qa.b\\E' re.error: bad escape \Q at position 0
# expect: '\\p{L}' re.error: bad escape \p at position 0
# expect: '\\C' re.error: bad escape \C at position 0
# expect: '(?|(a)|(b))' re.error: unknown extension ?| at position 1
# expect: "(?'n'a)" re.error: unknown extension ?' at position 1
# expect: '(?<n>a)' re.error: unknown extension ?<n at position 1
# expect: '\\g{1}' re.error: bad escape \g at position 0
# expect: '\\k<n>' re.error: bad escape \k at position 0
# expect: '(?n)a' re.error: unknown extension ?n at position 1
# expect: '(?^)a' re.error: unknown extension ?^ at position 1
# expect: '\\e' re.error: bad escape \e at position 0
# expect: '\\cA' re.error: bad escape \c at position 0
# expect: '[\\Q]' re.error: bad escape \Q at position 1
# expect: '[[:alpha:]x]' compiled [':x]']
# expect: '\\R' re.error: bad escape \R at position 0
# expect: '\\X' re.error: bad escape \X at position 0
# expect: '\\h' re.error: bad escape \h at position 0
# expect: '\\o{101}' re.error: bad escape \o at position 0
# expect: '(?&n)' re.error: unknown extension ?& at position 1
# expect: '(?P>n)' re.error: unknown extension ?P> at position 1
# expect: '(?J)a' re.error: unknown extension ?J at position 1
# expect: 'a{1,2}{3}' re.error: multiple repeat at position 6
# expect: '[\\E]' re.error: bad escape \E at position 1
# expect: '(?x)a#(*ACCEPT)' compiled ['a']
# expect: '(?x)a\n#\\\n(*ACCEPT)' compiled ['a']
