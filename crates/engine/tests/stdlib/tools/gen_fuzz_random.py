"""Generate a differential fuzz scenario for random/time: python3 gen.py SEED > case.py"""
import random, sys
R = random.Random(int(sys.argv[1]))
def num():
    c = R.randrange(10)
    if c == 0: return repr(R.randint(-5, 5))
    if c == 1: return repr(R.choice([2**64, -2**64, 2**70 + 3, 10**20, -(10**19)]))
    if c == 2: return repr(R.uniform(-10, 10))
    if c == 3: return R.choice(['True', 'False'])
    if c == 4: return R.choice(['0.0', '-0.0', '1e-09', '1e+300', "float('inf')", "float('-inf')", '0.5'])
    if c == 5: return R.choice(["'a'", 'None', '[1]', '(2,)'])
    if c == 6: return "float('nan')"
    return repr(R.randint(-100, 100))
def seq():
    return R.choice(['[1, 2, 3, 4, 5]', "'hello'", '(9, 8, 7)', 'range(3, 40, 3)', 'range(0)', '[]', "{0: 'x', 1: 'y'}", '{1, 2}', "'é∂x'", 'list(range(50))', 'range(10**6)'])
def call():
    f = R.choice(['randrange1', 'randrange2', 'randrange3', 'randint', 'uniform', 'triangular', 'gauss', 'normalvariate', 'lognormvariate', 'expovariate', 'vonmisesvariate', 'gammavariate', 'betavariate', 'paretovariate', 'weibullvariate', 'choice', 'choices', 'choicesw', 'choicescw', 'sample', 'samplec', 'shuffle', 'getrandbits', 'seed', 'random'])
    if f == 'randrange1': return f'random.randrange({num()})'
    if f == 'randrange2': return f'random.randrange({num()}, {num()})'
    if f == 'randrange3': return f'random.randrange({num()}, {num()}, {num()})'
    if f in ('randint', 'uniform', 'gammavariate', 'betavariate', 'weibullvariate', 'vonmisesvariate', 'lognormvariate'):
        return f'random.{f}({num()}, {num()})'
    if f in ('gauss', 'normalvariate'):
        return f'random.{f}(' + ', '.join(num() for _ in range(R.randrange(3))) + ')'
    if f == 'triangular':
        return 'random.triangular(' + ', '.join(num() for _ in range(R.randrange(4))) + ')'
    if f in ('expovariate', 'paretovariate'): return f'random.{f}({num()})'
    if f == 'choice': return f'random.choice({seq()})'
    if f == 'choices': return f'random.choices({seq()}, k={R.choice(["0", "3", "-1", "2.0", "True"])})'
    if f == 'choicesw':
        n = R.randrange(0, 5)
        w = '[' + ', '.join(num() if R.random() < 0.3 else repr(R.randint(0, 5)) for _ in range(n)) + ']'
        return f'random.choices({R.choice(["[1, 2, 3]", "(1, 2, 3, 4)", "[]", "list(range(4))"])}, {w}, k=3)'
    if f == 'choicescw':
        n = R.randrange(0, 5)
        w = '[' + ', '.join(repr(R.choice([R.randint(0, 9), R.random() * 5])) for _ in range(n)) + ']'
        return f'random.choices({R.choice(["[1, 2, 3]", "(1, 2, 3, 4)", "[]", "list(range(4))"])}, cum_weights={w}, k=3)'
    if f == 'sample': return f'random.sample({seq()}, {R.choice(["0", "1", "3", "5", "2.0", "-1", "100", "True"])})'
    if f == 'samplec':
        n = R.randrange(0, 5)
        c = '[' + ', '.join(repr(R.randint(-1, 4)) for _ in range(n)) + ']'
        return f'random.sample({R.choice(["[1, 2, 3]", "(1, 2, 3, 4)", "[]", "list(range(4))", "range(3)"])}, {R.choice(["0", "1", "3", "5"])}, counts={c})'
    if f == 'shuffle': return f'random.shuffle({seq()})'
    if f == 'getrandbits': return f'random.getrandbits({R.choice(["0", "1", "31", "32", "33", "64", "65", "99", "-1", "True", "1.0"])})'
    if f == 'seed':
        a = num()
        return f'random.seed({a})' if 'nan' not in a else 'random.seed(7)'
    return 'random.random()'

print('import random')
for i in range(150):
    e = call()
    print('try:')
    print(f'    print({i}, repr({e}), random.random())')
    print('except Exception as e:')
    print(f'    print({i}, {e!r}, type(e).__name__ + ":", e, random.random())')
