# random: errors raised after draws (the generator state must follow CPython's), big-int ranges, counts and weights, seeding from every type.
import random
random.seed(3)
try:
    print("random.gauss('a')", '->', repr(random.gauss('a')))
except Exception as e:
    print("random.gauss('a')", '!!', type(e).__name__ + ':', e)
try:
    print('random.random()', '->', repr(random.random()))
except Exception as e:
    print('random.random()', '!!', type(e).__name__ + ':', e)
try:
    print('random.gauss()', '->', repr(random.gauss()))
except Exception as e:
    print('random.gauss()', '!!', type(e).__name__ + ':', e)
try:
    print("random.normalvariate(1, 'x')", '->', repr(random.normalvariate(1, 'x')))
except Exception as e:
    print("random.normalvariate(1, 'x')", '!!', type(e).__name__ + ':', e)
try:
    print('random.random()', '->', repr(random.random()))
except Exception as e:
    print('random.random()', '!!', type(e).__name__ + ':', e)
try:
    print('random.choice({1, 2})', '->', repr(random.choice({1, 2})))
except Exception as e:
    print('random.choice({1, 2})', '!!', type(e).__name__ + ':', e)
try:
    print('random.random()', '->', repr(random.random()))
except Exception as e:
    print('random.random()', '!!', type(e).__name__ + ':', e)
try:
    print('random.shuffle((1, 2, 3))', '->', repr(random.shuffle((1, 2, 3))))
except Exception as e:
    print('random.shuffle((1, 2, 3))', '!!', type(e).__name__ + ':', e)
try:
    print('random.random()', '->', repr(random.random()))
except Exception as e:
    print('random.random()', '!!', type(e).__name__ + ':', e)
try:
    print('random.choices({1, 2}, k=3)', '->', repr(random.choices({1, 2}, k=3)))
except Exception as e:
    print('random.choices({1, 2}, k=3)', '!!', type(e).__name__ + ':', e)
try:
    print('random.random()', '->', repr(random.random()))
except Exception as e:
    print('random.random()', '!!', type(e).__name__ + ':', e)
try:
    print('random.choices([], k=2)', '->', repr(random.choices([], k=2)))
except Exception as e:
    print('random.choices([], k=2)', '!!', type(e).__name__ + ':', e)
try:
    print('random.random()', '->', repr(random.random()))
except Exception as e:
    print('random.random()', '!!', type(e).__name__ + ':', e)
try:
    print("random.expovariate('x')", '->', repr(random.expovariate('x')))
except Exception as e:
    print("random.expovariate('x')", '!!', type(e).__name__ + ':', e)
try:
    print('random.random()', '->', repr(random.random()))
except Exception as e:
    print('random.random()', '!!', type(e).__name__ + ':', e)
try:
    print('random.paretovariate(None)', '->', repr(random.paretovariate(None)))
except Exception as e:
    print('random.paretovariate(None)', '!!', type(e).__name__ + ':', e)
try:
    print("random.weibullvariate('a', 2)", '->', repr(random.weibullvariate('a', 2)))
except Exception as e:
    print("random.weibullvariate('a', 2)", '!!', type(e).__name__ + ':', e)
try:
    print('random.random()', '->', repr(random.random()))
except Exception as e:
    print('random.random()', '!!', type(e).__name__ + ':', e)
try:
    print("random.triangular(0, 'x', 5)", '->', repr(random.triangular(0, 'x', 5)))
except Exception as e:
    print("random.triangular(0, 'x', 5)", '!!', type(e).__name__ + ':', e)
try:
    print("random.triangular('a', 'b')", '->', repr(random.triangular('a', 'b')))
except Exception as e:
    print("random.triangular('a', 'b')", '!!', type(e).__name__ + ':', e)
try:
    print('random.random()', '->', repr(random.random()))
except Exception as e:
    print('random.random()', '!!', type(e).__name__ + ':', e)
try:
    print("random.vonmisesvariate('m', 4)", '->', repr(random.vonmisesvariate('m', 4)))
except Exception as e:
    print("random.vonmisesvariate('m', 4)", '!!', type(e).__name__ + ':', e)
try:
    print('random.random()', '->', repr(random.random()))
except Exception as e:
    print('random.random()', '!!', type(e).__name__ + ':', e)
try:
    print("random.vonmisesvariate('m', 4)", '->', repr(random.vonmisesvariate('m', 4)))
except Exception as e:
    print("random.vonmisesvariate('m', 4)", '!!', type(e).__name__ + ':', e)
try:
    print("random.vonmisesvariate('m', 4)", '->', repr(random.vonmisesvariate('m', 4)))
except Exception as e:
    print("random.vonmisesvariate('m', 4)", '!!', type(e).__name__ + ':', e)
try:
    print('random.random()', '->', repr(random.random()))
except Exception as e:
    print('random.random()', '!!', type(e).__name__ + ':', e)
try:
    print("random.gammavariate(2, 'q')", '->', repr(random.gammavariate(2, 'q')))
except Exception as e:
    print("random.gammavariate(2, 'q')", '!!', type(e).__name__ + ':', e)
try:
    print("random.gammavariate(0.5, 'q')", '->', repr(random.gammavariate(0.5, 'q')))
except Exception as e:
    print("random.gammavariate(0.5, 'q')", '!!', type(e).__name__ + ':', e)
try:
    print('random.random()', '->', repr(random.random()))
except Exception as e:
    print('random.random()', '!!', type(e).__name__ + ':', e)
try:
    print('random.betavariate(2, -1)', '->', repr(random.betavariate(2, -1)))
except Exception as e:
    print('random.betavariate(2, -1)', '!!', type(e).__name__ + ':', e)
try:
    print('random.random()', '->', repr(random.random()))
except Exception as e:
    print('random.random()', '!!', type(e).__name__ + ':', e)
try:
    print('random.lognormvariate(800, 0.1)', '->', repr(random.lognormvariate(800, 0.1)))
except Exception as e:
    print('random.lognormvariate(800, 0.1)', '!!', type(e).__name__ + ':', e)
try:
    print('random.random()', '->', repr(random.random()))
except Exception as e:
    print('random.random()', '!!', type(e).__name__ + ':', e)
try:
    print('random.uniform(1, None)', '->', repr(random.uniform(1, None)))
except Exception as e:
    print('random.uniform(1, None)', '!!', type(e).__name__ + ':', e)
try:
    print('random.uniform(None, 1)', '->', repr(random.uniform(None, 1)))
except Exception as e:
    print('random.uniform(None, 1)', '!!', type(e).__name__ + ':', e)
try:
    print('random.uniform(2**1100, 1)', '->', repr(random.uniform(2**1100, 1)))
except Exception as e:
    print('random.uniform(2**1100, 1)', '!!', type(e).__name__ + ':', e)
try:
    print('random.uniform(1.0, 2**1100)', '->', repr(random.uniform(1.0, 2**1100)))
except Exception as e:
    print('random.uniform(1.0, 2**1100)', '!!', type(e).__name__ + ':', e)
try:
    print('random.random()', '->', repr(random.random()))
except Exception as e:
    print('random.random()', '!!', type(e).__name__ + ':', e)
try:
    print('random.randrange(2**1100)', '->', repr(random.randrange(2**1100)))
except Exception as e:
    print('random.randrange(2**1100)', '!!', type(e).__name__ + ':', e)
try:
    print('random.randrange(1, 2**1100, 2**1000)', '->', repr(random.randrange(1, 2**1100, 2**1000)))
except Exception as e:
    print('random.randrange(1, 2**1100, 2**1000)', '!!', type(e).__name__ + ':', e)
try:
    print('random.randint(-2**100, 2**100)', '->', repr(random.randint(-2**100, 2**100)))
except Exception as e:
    print('random.randint(-2**100, 2**100)', '!!', type(e).__name__ + ':', e)
try:
    print('random.randrange(5, 1, -1)', '->', repr(random.randrange(5, 1, -1)))
except Exception as e:
    print('random.randrange(5, 1, -1)', '!!', type(e).__name__ + ':', e)
try:
    print('random.randrange(-5)', '->', repr(random.randrange(-5)))
except Exception as e:
    print('random.randrange(-5)', '!!', type(e).__name__ + ':', e)
try:
    print('random.randrange(-2**70)', '->', repr(random.randrange(-2**70)))
except Exception as e:
    print('random.randrange(-2**70)', '!!', type(e).__name__ + ':', e)
try:
    print('random.randrange(2**70, 1)', '->', repr(random.randrange(2**70, 1)))
except Exception as e:
    print('random.randrange(2**70, 1)', '!!', type(e).__name__ + ':', e)
try:
    print('random.randrange(1, 2**70, 0)', '->', repr(random.randrange(1, 2**70, 0)))
except Exception as e:
    print('random.randrange(1, 2**70, 0)', '!!', type(e).__name__ + ':', e)
try:
    print('random.randrange(2**70, 1, 1)', '->', repr(random.randrange(2**70, 1, 1)))
except Exception as e:
    print('random.randrange(2**70, 1, 1)', '!!', type(e).__name__ + ':', e)
try:
    print('random.randrange(1.0, 5.0, 2.0)', '->', repr(random.randrange(1.0, 5.0, 2.0)))
except Exception as e:
    print('random.randrange(1.0, 5.0, 2.0)', '!!', type(e).__name__ + ':', e)
try:
    print('random.randint(True, False)', '->', repr(random.randint(True, False)))
except Exception as e:
    print('random.randint(True, False)', '!!', type(e).__name__ + ':', e)
try:
    print('random.randint(False, True)', '->', repr(random.randint(False, True)))
except Exception as e:
    print('random.randint(False, True)', '!!', type(e).__name__ + ':', e)
try:
    print('random.sample(range(10**12), 3)', '->', repr(random.sample(range(10**12), 3)))
except Exception as e:
    print('random.sample(range(10**12), 3)', '!!', type(e).__name__ + ':', e)
try:
    print('random.sample(range(10), 10)', '->', repr(random.sample(range(10), 10)))
except Exception as e:
    print('random.sample(range(10), 10)', '!!', type(e).__name__ + ':', e)
try:
    print('random.sample([], 0)', '->', repr(random.sample([], 0)))
except Exception as e:
    print('random.sample([], 0)', '!!', type(e).__name__ + ':', e)
try:
    print('random.choices([1, 2], [2**60, 2**60 + 1], k=4)', '->', repr(random.choices([1, 2], [2**60, 2**60 + 1], k=4)))
except Exception as e:
    print('random.choices([1, 2], [2**60, 2**60 + 1], k=4)', '!!', type(e).__name__ + ':', e)
try:
    print('random.choices([1, 2, 3], [0, 0, 1], k=4)', '->', repr(random.choices([1, 2, 3], [0, 0, 1], k=4)))
except Exception as e:
    print('random.choices([1, 2, 3], [0, 0, 1], k=4)', '!!', type(e).__name__ + ':', e)
try:
    print('random.choices([1, 2, 3], cum_weights=[1, 1, 1], k=3)', '->', repr(random.choices([1, 2, 3], cum_weights=[1, 1, 1], k=3)))
except Exception as e:
    print('random.choices([1, 2, 3], cum_weights=[1, 1, 1], k=3)', '!!', type(e).__name__ + ':', e)
try:
    print("random.choices('ab', [True, True], k=3)", '->', repr(random.choices('ab', [True, True], k=3)))
except Exception as e:
    print("random.choices('ab', [True, True], k=3)", '!!', type(e).__name__ + ':', e)
try:
    print('random.choices([1, 2], k=True)', '->', repr(random.choices([1, 2], k=True)))
except Exception as e:
    print('random.choices([1, 2], k=True)', '!!', type(e).__name__ + ':', e)
try:
    print('random.choices([1, 2], k=2**70)', '->', repr(random.choices([1, 2], k=2**70)))
except Exception as e:
    print('random.choices([1, 2], k=2**70)', '!!', type(e).__name__ + ':', e)
try:
    print('random.sample([1, 2], k=True)', '->', repr(random.sample([1, 2], k=True)))
except Exception as e:
    print('random.sample([1, 2], k=True)', '!!', type(e).__name__ + ':', e)
try:
    print("random.sample(['a', 'b', 'c'], counts=[2**62, 2**62, 1], k=3)", '->', repr(random.sample(['a', 'b', 'c'], counts=[2**62, 2**62, 1], k=3)))
except Exception as e:
    print("random.sample(['a', 'b', 'c'], counts=[2**62, 2**62, 1], k=3)", '!!', type(e).__name__ + ':', e)
try:
    print("random.sample(['a', 'b'], counts=(1, 2), k=2)", '->', repr(random.sample(['a', 'b'], counts=(1, 2), k=2)))
except Exception as e:
    print("random.sample(['a', 'b'], counts=(1, 2), k=2)", '!!', type(e).__name__ + ':', e)
try:
    print("random.sample(['a', 'b'], counts=iter([1, 2]), k=2)", '->', repr(random.sample(['a', 'b'], counts=iter([1, 2]), k=2)))
except Exception as e:
    print("random.sample(['a', 'b'], counts=iter([1, 2]), k=2)", '!!', type(e).__name__ + ':', e)
try:
    print("random.sample(['a', 'b'], counts=[-1, 3], k=2)", '->', repr(random.sample(['a', 'b'], counts=[-1, 3], k=2)))
except Exception as e:
    print("random.sample(['a', 'b'], counts=[-1, 3], k=2)", '!!', type(e).__name__ + ':', e)
try:
    print('random.sample([], counts=[], k=0)', '->', repr(random.sample([], counts=[], k=0)))
except Exception as e:
    print('random.sample([], counts=[], k=0)', '!!', type(e).__name__ + ':', e)
try:
    print('random.getrandbits(2**31)', '->', repr(random.getrandbits(2**31)))
except Exception as e:
    print('random.getrandbits(2**31)', '!!', type(e).__name__ + ':', e)
try:
    print('random.setstate(random.getstate())', '->', repr(random.setstate(random.getstate())))
except Exception as e:
    print('random.setstate(random.getstate())', '!!', type(e).__name__ + ':', e)
try:
    print('random.random()', '->', repr(random.random()))
except Exception as e:
    print('random.random()', '!!', type(e).__name__ + ':', e)
try:
    print("random.seed(float('inf'))", '->', repr(random.seed(float('inf'))))
except Exception as e:
    print("random.seed(float('inf'))", '!!', type(e).__name__ + ':', e)
try:
    print('random.random()', '->', repr(random.random()))
except Exception as e:
    print('random.random()', '!!', type(e).__name__ + ':', e)
try:
    print('random.seed(-2.0)', '->', repr(random.seed(-2.0)))
except Exception as e:
    print('random.seed(-2.0)', '!!', type(e).__name__ + ':', e)
try:
    print('random.random()', '->', repr(random.random()))
except Exception as e:
    print('random.random()', '!!', type(e).__name__ + ':', e)
try:
    print('random.seed(10**40)', '->', repr(random.seed(10**40)))
except Exception as e:
    print('random.seed(10**40)', '!!', type(e).__name__ + ':', e)
try:
    print('random.random()', '->', repr(random.random()))
except Exception as e:
    print('random.random()', '!!', type(e).__name__ + ':', e)
try:
    print('random.seed(-10**40)', '->', repr(random.seed(-10**40)))
except Exception as e:
    print('random.seed(-10**40)', '!!', type(e).__name__ + ':', e)
try:
    print('random.random()', '->', repr(random.random()))
except Exception as e:
    print('random.random()', '!!', type(e).__name__ + ':', e)
try:
    print("random.seed('é∂')", '->', repr(random.seed('é∂')))
except Exception as e:
    print("random.seed('é∂')", '!!', type(e).__name__ + ':', e)
try:
    print('random.random()', '->', repr(random.random()))
except Exception as e:
    print('random.random()', '!!', type(e).__name__ + ':', e)
try:
    print("random.seed('é∂', 1)", '->', repr(random.seed('é∂', 1)))
except Exception as e:
    print("random.seed('é∂', 1)", '!!', type(e).__name__ + ':', e)
try:
    print('random.random()', '->', repr(random.random()))
except Exception as e:
    print('random.random()', '!!', type(e).__name__ + ':', e)
try:
    print("random.seed('', 1)", '->', repr(random.seed('', 1)))
except Exception as e:
    print("random.seed('', 1)", '!!', type(e).__name__ + ':', e)
try:
    print('random.random()', '->', repr(random.random()))
except Exception as e:
    print('random.random()', '!!', type(e).__name__ + ':', e)
try:
    print('random.seed(None)', '->', repr(random.seed(None)))
except Exception as e:
    print('random.seed(None)', '!!', type(e).__name__ + ':', e)
try:
    print('random.random()', '->', repr(random.random()))
except Exception as e:
    print('random.random()', '!!', type(e).__name__ + ':', e)
try:
    print('random.seed()', '->', repr(random.seed()))
except Exception as e:
    print('random.seed()', '!!', type(e).__name__ + ':', e)
try:
    print('random.random()', '->', repr(random.random()))
except Exception as e:
    print('random.random()', '!!', type(e).__name__ + ':', e)
try:
    print('random.seed(2**63)', '->', repr(random.seed(2**63)))
except Exception as e:
    print('random.seed(2**63)', '!!', type(e).__name__ + ':', e)
try:
    print('random.random()', '->', repr(random.random()))
except Exception as e:
    print('random.random()', '!!', type(e).__name__ + ':', e)
try:
    print('random.seed(-2**63)', '->', repr(random.seed(-2**63)))
except Exception as e:
    print('random.seed(-2**63)', '!!', type(e).__name__ + ':', e)
try:
    print('random.random()', '->', repr(random.random()))
except Exception as e:
    print('random.random()', '!!', type(e).__name__ + ':', e)
try:
    print('random.Random(2**64 - 1).random()', '->', repr(random.Random(2**64 - 1).random()))
except Exception as e:
    print('random.Random(2**64 - 1).random()', '!!', type(e).__name__ + ':', e)
x = [1, 2, 3]
try:
    print('random.shuffle(x)', '->', repr(random.shuffle(x)))
except Exception as e:
    print('random.shuffle(x)', '!!', type(e).__name__ + ':', e)
try:
    print('x', '->', repr(x))
except Exception as e:
    print('x', '!!', type(e).__name__ + ':', e)
d = {0: 'a', 1: 'b', 2: 'c'}
try:
    print('random.shuffle(d)', '->', repr(random.shuffle(d)))
except Exception as e:
    print('random.shuffle(d)', '!!', type(e).__name__ + ':', e)
try:
    print('d', '->', repr(d))
except Exception as e:
    print('d', '!!', type(e).__name__ + ':', e)
try:
    print('random.choice(d)', '->', repr(random.choice(d)))
except Exception as e:
    print('random.choice(d)', '!!', type(e).__name__ + ':', e)
try:
    print('random.choices(d, k=4)', '->', repr(random.choices(d, k=4)))
except Exception as e:
    print('random.choices(d, k=4)', '!!', type(e).__name__ + ':', e)
