import random, sys
R = random.Random(int(sys.argv[1]))
def field(i):
    c = R.randrange(12)
    if c == 0: return R.choice(['1.5', "'a'", 'None', 'True', '2**40', '-2**40', '2**70', '-1', '0'])
    lo, hi = [(1960, 2100), (0, 13), (0, 32), (-1, 24), (0, 60), (0, 62), (-2, 8), (-1, 367), (-2, 3)][i]
    return repr(R.randint(lo, hi))
def tup():
    n = R.choice([9, 9, 9, 9, 8, 10])
    return '(' + ', '.join(field(i % 9) for i in range(n)) + (',' if n == 1 else '') + ')'
def st():
    extra = R.choice(['', ", 'ABC', 3600", ", None, None", ", 5, 0", ", 'X', 1.5", ", 'UTC', -7200"])
    return 'time.struct_time(' + tup()[:-1] + extra + '))' if tup().count(',') == 8 else 'time.struct_time(' + tup() + ')'
def secs():
    return R.choice([repr(R.uniform(-1e10, 1e10)), repr(R.randint(-10**12, 10**12)), '0', '-1', '1e18', "float('inf')", "'x'", 'None', 'True', '2**63', '-2**63', '86399.999'])
FMTS = ['%Y-%m-%d %H:%M:%S', '%a %A %b %B', '%c', '%x %X', '%j %U %W %w %u', '%Z %z', '%G-W%V-%u', '%e %k %l %I %p', '%s', '%%', '%-d %_H %05Y %^a %#b', '%Ey %Od %C %g', '%D %T %R %r', '%q %Q', 'plain', '%']
def call():
    f = R.randrange(9)
    if f == 0: return f'time.strftime({R.choice(FMTS)!r}, {R.choice([tup(), st()])})'
    if f == 1: return f'time.asctime({R.choice([tup(), st()])})'
    if f == 2: return f'time.mktime({R.choice([tup(), st()])})'
    if f == 3: return f'time.gmtime({secs()})'
    if f == 4: return f'time.localtime({secs()})'
    if f == 5: return f'time.ctime({secs()})'
    if f == 6: return f'tuple(time.gmtime({secs()}))'
    if f == 7: return f'time.strftime({R.choice(FMTS)!r}, time.gmtime({secs()}))'
    return f'repr({st()})'
print('import time')
print('time.sleep(%r)' % R.uniform(0, 80000))
for i in range(120):
    e = call()
    print('try:')
    print(f'    print({i}, repr({e}))')
    print('except Exception as e:')
    print(f'    print({i}, {e!r}, type(e).__name__ + ":", e)')
