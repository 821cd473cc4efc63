# random: argument handling and CPython's messages for every module function (each case printed as 'expr -> repr' or 'expr !! Error: message').
import random
try:
    print('random.random(1)', '->', repr(random.random(1)))
except Exception as e:
    print('random.random(1)', '!!', type(e).__name__ + ':', e)
try:
    print('random.random(x=1)', '->', repr(random.random(x=1)))
except Exception as e:
    print('random.random(x=1)', '!!', type(e).__name__ + ':', e)
try:
    print('random.getrandbits()', '->', repr(random.getrandbits()))
except Exception as e:
    print('random.getrandbits()', '!!', type(e).__name__ + ':', e)
try:
    print('random.getrandbits(1.0)', '->', repr(random.getrandbits(1.0)))
except Exception as e:
    print('random.getrandbits(1.0)', '!!', type(e).__name__ + ':', e)
try:
    print("random.getrandbits('a')", '->', repr(random.getrandbits('a')))
except Exception as e:
    print("random.getrandbits('a')", '!!', type(e).__name__ + ':', e)
try:
    print('random.getrandbits(-1)', '->', repr(random.getrandbits(-1)))
except Exception as e:
    print('random.getrandbits(-1)', '!!', type(e).__name__ + ':', e)
try:
    print('random.getrandbits(2**40)', '->', repr(random.getrandbits(2**40)))
except Exception as e:
    print('random.getrandbits(2**40)', '!!', type(e).__name__ + ':', e)
try:
    print('random.getrandbits(2**80)', '->', repr(random.getrandbits(2**80)))
except Exception as e:
    print('random.getrandbits(2**80)', '!!', type(e).__name__ + ':', e)
try:
    print('random.getrandbits(k=3)', '->', repr(random.getrandbits(k=3)))
except Exception as e:
    print('random.getrandbits(k=3)', '!!', type(e).__name__ + ':', e)
try:
    print('random.getrandbits(True)', '->', repr(random.getrandbits(True)))
except Exception as e:
    print('random.getrandbits(True)', '!!', type(e).__name__ + ':', e)
try:
    print('random.randrange()', '->', repr(random.randrange()))
except Exception as e:
    print('random.randrange()', '!!', type(e).__name__ + ':', e)
try:
    print('random.randrange(1,2,3,4)', '->', repr(random.randrange(1,2,3,4)))
except Exception as e:
    print('random.randrange(1,2,3,4)', '!!', type(e).__name__ + ':', e)
try:
    print('random.randrange(1.5)', '->', repr(random.randrange(1.5)))
except Exception as e:
    print('random.randrange(1.5)', '!!', type(e).__name__ + ':', e)
try:
    print("random.randrange('a')", '->', repr(random.randrange('a')))
except Exception as e:
    print("random.randrange('a')", '!!', type(e).__name__ + ':', e)
try:
    print("random.randrange('5')", '->', repr(random.randrange('5')))
except Exception as e:
    print("random.randrange('5')", '!!', type(e).__name__ + ':', e)
try:
    print('random.randrange(None)', '->', repr(random.randrange(None)))
except Exception as e:
    print('random.randrange(None)', '!!', type(e).__name__ + ':', e)
try:
    print("random.randrange(float('inf'))", '->', repr(random.randrange(float('inf'))))
except Exception as e:
    print("random.randrange(float('inf'))", '!!', type(e).__name__ + ':', e)
try:
    print("random.randrange(float('nan'))", '->', repr(random.randrange(float('nan'))))
except Exception as e:
    print("random.randrange(float('nan'))", '!!', type(e).__name__ + ':', e)
try:
    print('random.randrange(5.0)', '->', repr(random.randrange(5.0)))
except Exception as e:
    print('random.randrange(5.0)', '!!', type(e).__name__ + ':', e)
try:
    print('random.randrange(0)', '->', repr(random.randrange(0)))
except Exception as e:
    print('random.randrange(0)', '!!', type(e).__name__ + ':', e)
try:
    print('random.randrange(5, step=2)', '->', repr(random.randrange(5, step=2)))
except Exception as e:
    print('random.randrange(5, step=2)', '!!', type(e).__name__ + ':', e)
try:
    print('random.randrange(5, step=True)', '->', repr(random.randrange(5, step=True)))
except Exception as e:
    print('random.randrange(5, step=True)', '!!', type(e).__name__ + ':', e)
try:
    print('random.randrange(5, None, 1)', '->', repr(random.randrange(5, None, 1)))
except Exception as e:
    print('random.randrange(5, None, 1)', '!!', type(e).__name__ + ':', e)
try:
    print('random.randrange(1, 1)', '->', repr(random.randrange(1, 1)))
except Exception as e:
    print('random.randrange(1, 1)', '!!', type(e).__name__ + ':', e)
try:
    print('random.randrange(1, 10, 0)', '->', repr(random.randrange(1, 10, 0)))
except Exception as e:
    print('random.randrange(1, 10, 0)', '!!', type(e).__name__ + ':', e)
try:
    print('random.randrange(10, 1, 2)', '->', repr(random.randrange(10, 1, 2)))
except Exception as e:
    print('random.randrange(10, 1, 2)', '!!', type(e).__name__ + ':', e)
try:
    print('random.randrange(1, 2.5)', '->', repr(random.randrange(1, 2.5)))
except Exception as e:
    print('random.randrange(1, 2.5)', '!!', type(e).__name__ + ':', e)
try:
    print('random.randrange(1, 10, 1.5)', '->', repr(random.randrange(1, 10, 1.5)))
except Exception as e:
    print('random.randrange(1, 10, 1.5)', '!!', type(e).__name__ + ':', e)
try:
    print('random.randrange(2**70)', '->', repr(random.randrange(2**70)))
except Exception as e:
    print('random.randrange(2**70)', '!!', type(e).__name__ + ':', e)
try:
    print('random.randrange(-2**70, 2**70, 3)', '->', repr(random.randrange(-2**70, 2**70, 3)))
except Exception as e:
    print('random.randrange(-2**70, 2**70, 3)', '!!', type(e).__name__ + ':', e)
try:
    print('random.randint(1)', '->', repr(random.randint(1)))
except Exception as e:
    print('random.randint(1)', '!!', type(e).__name__ + ':', e)
try:
    print("random.randint(1, 'a')", '->', repr(random.randint(1, 'a')))
except Exception as e:
    print("random.randint(1, 'a')", '!!', type(e).__name__ + ':', e)
try:
    print('random.randint(1, None)', '->', repr(random.randint(1, None)))
except Exception as e:
    print('random.randint(1, None)', '!!', type(e).__name__ + ':', e)
try:
    print('random.randint(None, 3)', '->', repr(random.randint(None, 3)))
except Exception as e:
    print('random.randint(None, 3)', '!!', type(e).__name__ + ':', e)
try:
    print('random.randint(1, 2.5)', '->', repr(random.randint(1, 2.5)))
except Exception as e:
    print('random.randint(1, 2.5)', '!!', type(e).__name__ + ':', e)
try:
    print('random.randint(1.5, 3)', '->', repr(random.randint(1.5, 3)))
except Exception as e:
    print('random.randint(1.5, 3)', '!!', type(e).__name__ + ':', e)
try:
    print('random.randint(3, 1)', '->', repr(random.randint(3, 1)))
except Exception as e:
    print('random.randint(3, 1)', '!!', type(e).__name__ + ':', e)
try:
    print('random.randint(a=1, b=3)', '->', repr(random.randint(a=1, b=3)))
except Exception as e:
    print('random.randint(a=1, b=3)', '!!', type(e).__name__ + ':', e)
try:
    print('random.choice([])', '->', repr(random.choice([])))
except Exception as e:
    print('random.choice([])', '!!', type(e).__name__ + ':', e)
try:
    print('random.choice({})', '->', repr(random.choice({})))
except Exception as e:
    print('random.choice({})', '!!', type(e).__name__ + ':', e)
try:
    print('random.choice({1,2})', '->', repr(random.choice({1,2})))
except Exception as e:
    print('random.choice({1,2})', '!!', type(e).__name__ + ':', e)
try:
    print('random.choice(5)', '->', repr(random.choice(5)))
except Exception as e:
    print('random.choice(5)', '!!', type(e).__name__ + ':', e)
try:
    print("random.choice('')", '->', repr(random.choice('')))
except Exception as e:
    print("random.choice('')", '!!', type(e).__name__ + ':', e)
try:
    print("random.choice({0:'a', 1:'b'})", '->', repr(random.choice({0:'a', 1:'b'})))
except Exception as e:
    print("random.choice({0:'a', 1:'b'})", '!!', type(e).__name__ + ':', e)
try:
    print('random.choice(range(0))', '->', repr(random.choice(range(0))))
except Exception as e:
    print('random.choice(range(0))', '!!', type(e).__name__ + ':', e)
try:
    print('random.choice(seq=[1])', '->', repr(random.choice(seq=[1])))
except Exception as e:
    print('random.choice(seq=[1])', '!!', type(e).__name__ + ':', e)
try:
    print('random.choice()', '->', repr(random.choice()))
except Exception as e:
    print('random.choice()', '!!', type(e).__name__ + ':', e)
try:
    print('random.shuffle((1,2,3))', '->', repr(random.shuffle((1,2,3))))
except Exception as e:
    print('random.shuffle((1,2,3))', '!!', type(e).__name__ + ':', e)
try:
    print("random.shuffle('abc')", '->', repr(random.shuffle('abc')))
except Exception as e:
    print("random.shuffle('abc')", '!!', type(e).__name__ + ':', e)
try:
    print('random.shuffle((1,))', '->', repr(random.shuffle((1,))))
except Exception as e:
    print('random.shuffle((1,))', '!!', type(e).__name__ + ':', e)
try:
    print('random.shuffle(range(3))', '->', repr(random.shuffle(range(3))))
except Exception as e:
    print('random.shuffle(range(3))', '!!', type(e).__name__ + ':', e)
try:
    print('random.shuffle({1,2})', '->', repr(random.shuffle({1,2})))
except Exception as e:
    print('random.shuffle({1,2})', '!!', type(e).__name__ + ':', e)
try:
    print('random.shuffle(5)', '->', repr(random.shuffle(5)))
except Exception as e:
    print('random.shuffle(5)', '!!', type(e).__name__ + ':', e)
try:
    print('random.shuffle([1], random=None)', '->', repr(random.shuffle([1], random=None)))
except Exception as e:
    print('random.shuffle([1], random=None)', '!!', type(e).__name__ + ':', e)
try:
    print('random.sample({1,2}, 1)', '->', repr(random.sample({1,2}, 1)))
except Exception as e:
    print('random.sample({1,2}, 1)', '!!', type(e).__name__ + ':', e)
try:
    print('random.sample({1:2}, 1)', '->', repr(random.sample({1:2}, 1)))
except Exception as e:
    print('random.sample({1:2}, 1)', '!!', type(e).__name__ + ':', e)
try:
    print('random.sample([1,2,3], 2.0)', '->', repr(random.sample([1,2,3], 2.0)))
except Exception as e:
    print('random.sample([1,2,3], 2.0)', '!!', type(e).__name__ + ':', e)
try:
    print('random.sample([1,2,3], 4)', '->', repr(random.sample([1,2,3], 4)))
except Exception as e:
    print('random.sample([1,2,3], 4)', '!!', type(e).__name__ + ':', e)
try:
    print('random.sample([1,2,3], -1)', '->', repr(random.sample([1,2,3], -1)))
except Exception as e:
    print('random.sample([1,2,3], -1)', '!!', type(e).__name__ + ':', e)
try:
    print("random.sample([1,2,3], 'a')", '->', repr(random.sample([1,2,3], 'a')))
except Exception as e:
    print("random.sample([1,2,3], 'a')", '!!', type(e).__name__ + ':', e)
try:
    print('random.sample([1,2,3], None)', '->', repr(random.sample([1,2,3], None)))
except Exception as e:
    print('random.sample([1,2,3], None)', '!!', type(e).__name__ + ':', e)
try:
    print('random.sample([1,2,3])', '->', repr(random.sample([1,2,3])))
except Exception as e:
    print('random.sample([1,2,3])', '!!', type(e).__name__ + ':', e)
try:
    print("random.sample([1,2,3], float('nan'))", '->', repr(random.sample([1,2,3], float('nan'))))
except Exception as e:
    print("random.sample([1,2,3], float('nan'))", '!!', type(e).__name__ + ':', e)
try:
    print('random.sample(5, 1)', '->', repr(random.sample(5, 1)))
except Exception as e:
    print('random.sample(5, 1)', '!!', type(e).__name__ + ':', e)
try:
    print("random.sample('abc', 2)", '->', repr(random.sample('abc', 2)))
except Exception as e:
    print("random.sample('abc', 2)", '!!', type(e).__name__ + ':', e)
try:
    print('random.sample(range(10), 3)', '->', repr(random.sample(range(10), 3)))
except Exception as e:
    print('random.sample(range(10), 3)', '!!', type(e).__name__ + ':', e)
try:
    print('random.sample([1,2], 1, counts=[1.5, 1])', '->', repr(random.sample([1,2], 1, counts=[1.5, 1])))
except Exception as e:
    print('random.sample([1,2], 1, counts=[1.5, 1])', '!!', type(e).__name__ + ':', e)
try:
    print('random.sample([1,2], 1, counts=[1])', '->', repr(random.sample([1,2], 1, counts=[1])))
except Exception as e:
    print('random.sample([1,2], 1, counts=[1])', '!!', type(e).__name__ + ':', e)
try:
    print('random.sample([1,2], 1, counts=5)', '->', repr(random.sample([1,2], 1, counts=5)))
except Exception as e:
    print('random.sample([1,2], 1, counts=5)', '!!', type(e).__name__ + ':', e)
try:
    print('random.sample([1,2], 1, counts=[0,0])', '->', repr(random.sample([1,2], 1, counts=[0,0])))
except Exception as e:
    print('random.sample([1,2], 1, counts=[0,0])', '!!', type(e).__name__ + ':', e)
try:
    print("random.sample(['a','b'], 1, counts=['x','y'])", '->', repr(random.sample(['a','b'], 1, counts=['x','y'])))
except Exception as e:
    print("random.sample(['a','b'], 1, counts=['x','y'])", '!!', type(e).__name__ + ':', e)
try:
    print('random.sample([1,2], 1, counts=[True, True])', '->', repr(random.sample([1,2], 1, counts=[True, True])))
except Exception as e:
    print('random.sample([1,2], 1, counts=[True, True])', '!!', type(e).__name__ + ':', e)
try:
    print('random.sample([1,2], 5, counts=[2, 1])', '->', repr(random.sample([1,2], 5, counts=[2, 1])))
except Exception as e:
    print('random.sample([1,2], 5, counts=[2, 1])', '!!', type(e).__name__ + ':', e)
try:
    print("random.sample(['a','b'], k=3, counts=[2, 2])", '->', repr(random.sample(['a','b'], k=3, counts=[2, 2])))
except Exception as e:
    print("random.sample(['a','b'], k=3, counts=[2, 2])", '!!', type(e).__name__ + ':', e)
try:
    print('random.sample([1,2,3], 2, 5)', '->', repr(random.sample([1,2,3], 2, 5)))
except Exception as e:
    print('random.sample([1,2,3], 2, 5)', '!!', type(e).__name__ + ':', e)
try:
    print('random.sample([1,2,3], k=2, count=5)', '->', repr(random.sample([1,2,3], k=2, count=5)))
except Exception as e:
    print('random.sample([1,2,3], k=2, count=5)', '!!', type(e).__name__ + ':', e)
try:
    print('random.choices([1,2,3], 2)', '->', repr(random.choices([1,2,3], 2)))
except Exception as e:
    print('random.choices([1,2,3], 2)', '!!', type(e).__name__ + ':', e)
try:
    print('random.choices([1,2,3], k=2.0)', '->', repr(random.choices([1,2,3], k=2.0)))
except Exception as e:
    print('random.choices([1,2,3], k=2.0)', '!!', type(e).__name__ + ':', e)
try:
    print("random.choices([1,2,3], k='a')", '->', repr(random.choices([1,2,3], k='a')))
except Exception as e:
    print("random.choices([1,2,3], k='a')", '!!', type(e).__name__ + ':', e)
try:
    print('random.choices([1,2,3], k=None)', '->', repr(random.choices([1,2,3], k=None)))
except Exception as e:
    print('random.choices([1,2,3], k=None)', '!!', type(e).__name__ + ':', e)
try:
    print('random.choices([1,2,3], k=-1)', '->', repr(random.choices([1,2,3], k=-1)))
except Exception as e:
    print('random.choices([1,2,3], k=-1)', '!!', type(e).__name__ + ':', e)
try:
    print('random.choices([], k=1)', '->', repr(random.choices([], k=1)))
except Exception as e:
    print('random.choices([], k=1)', '!!', type(e).__name__ + ':', e)
try:
    print('random.choices((), k=1)', '->', repr(random.choices((), k=1)))
except Exception as e:
    print('random.choices((), k=1)', '!!', type(e).__name__ + ':', e)
try:
    print("random.choices('', k=1)", '->', repr(random.choices('', k=1)))
except Exception as e:
    print("random.choices('', k=1)", '!!', type(e).__name__ + ':', e)
try:
    print('random.choices(range(0), k=1)', '->', repr(random.choices(range(0), k=1)))
except Exception as e:
    print('random.choices(range(0), k=1)', '!!', type(e).__name__ + ':', e)
try:
    print('random.choices({1,2}, k=1)', '->', repr(random.choices({1,2}, k=1)))
except Exception as e:
    print('random.choices({1,2}, k=1)', '!!', type(e).__name__ + ':', e)
try:
    print('random.choices(5)', '->', repr(random.choices(5)))
except Exception as e:
    print('random.choices(5)', '!!', type(e).__name__ + ':', e)
try:
    print('random.choices([1,2], [1])', '->', repr(random.choices([1,2], [1])))
except Exception as e:
    print('random.choices([1,2], [1])', '!!', type(e).__name__ + ':', e)
try:
    print('random.choices([1,2], [0,0])', '->', repr(random.choices([1,2], [0,0])))
except Exception as e:
    print('random.choices([1,2], [0,0])', '!!', type(e).__name__ + ':', e)
try:
    print("random.choices([1,2], [1, float('inf')])", '->', repr(random.choices([1,2], [1, float('inf')])))
except Exception as e:
    print("random.choices([1,2], [1, float('inf')])", '!!', type(e).__name__ + ':', e)
try:
    print('random.choices([1,2], [1,2], cum_weights=[1,2])', '->', repr(random.choices([1,2], [1,2], cum_weights=[1,2])))
except Exception as e:
    print('random.choices([1,2], [1,2], cum_weights=[1,2])', '!!', type(e).__name__ + ':', e)
try:
    print('random.choices([1,2], 2.5)', '->', repr(random.choices([1,2], 2.5)))
except Exception as e:
    print('random.choices([1,2], 2.5)', '!!', type(e).__name__ + ':', e)
try:
    print("random.choices([1,2], ['a','b'])", '->', repr(random.choices([1,2], ['a','b'])))
except Exception as e:
    print("random.choices([1,2], ['a','b'])", '!!', type(e).__name__ + ':', e)
try:
    print('random.choices([], [])', '->', repr(random.choices([], [])))
except Exception as e:
    print('random.choices([], [])', '!!', type(e).__name__ + ':', e)
try:
    print('random.choices([1,2], cum_weights=[1])', '->', repr(random.choices([1,2], cum_weights=[1])))
except Exception as e:
    print('random.choices([1,2], cum_weights=[1])', '!!', type(e).__name__ + ':', e)
try:
    print('random.choices([1,2], cum_weights=5)', '->', repr(random.choices([1,2], cum_weights=5)))
except Exception as e:
    print('random.choices([1,2], cum_weights=5)', '!!', type(e).__name__ + ':', e)
try:
    print('random.choices([1,2], [1,2], k=2.0)', '->', repr(random.choices([1,2], [1,2], k=2.0)))
except Exception as e:
    print('random.choices([1,2], [1,2], k=2.0)', '!!', type(e).__name__ + ':', e)
try:
    print('random.choices([1,2], cum_weights=range(1,3), k=3)', '->', repr(random.choices([1,2], cum_weights=range(1,3), k=3)))
except Exception as e:
    print('random.choices([1,2], cum_weights=range(1,3), k=3)', '!!', type(e).__name__ + ':', e)
try:
    print("random.choices({0:'a',1:'b'}, k=3)", '->', repr(random.choices({0:'a',1:'b'}, k=3)))
except Exception as e:
    print("random.choices({0:'a',1:'b'}, k=3)", '!!', type(e).__name__ + ':', e)
try:
    print('random.choices([1,2], [1, -5])', '->', repr(random.choices([1,2], [1, -5])))
except Exception as e:
    print('random.choices([1,2], [1, -5])', '!!', type(e).__name__ + ':', e)
try:
    print("random.choices([1,2], [1, float('nan')])", '->', repr(random.choices([1,2], [1, float('nan')])))
except Exception as e:
    print("random.choices([1,2], [1, float('nan')])", '!!', type(e).__name__ + ':', e)
try:
    print('random.uniform(1)', '->', repr(random.uniform(1)))
except Exception as e:
    print('random.uniform(1)', '!!', type(e).__name__ + ':', e)
try:
    print("random.uniform('a', 'b')", '->', repr(random.uniform('a', 'b')))
except Exception as e:
    print("random.uniform('a', 'b')", '!!', type(e).__name__ + ':', e)
try:
    print("random.uniform(1, 'b')", '->', repr(random.uniform(1, 'b')))
except Exception as e:
    print("random.uniform(1, 'b')", '!!', type(e).__name__ + ':', e)
try:
    print('random.uniform(1, 2)', '->', repr(random.uniform(1, 2)))
except Exception as e:
    print('random.uniform(1, 2)', '!!', type(e).__name__ + ':', e)
try:
    print('random.uniform(2**70, 2**71)', '->', repr(random.uniform(2**70, 2**71)))
except Exception as e:
    print('random.uniform(2**70, 2**71)', '!!', type(e).__name__ + ':', e)
try:
    print('random.uniform(10**400, 1)', '->', repr(random.uniform(10**400, 1)))
except Exception as e:
    print('random.uniform(10**400, 1)', '!!', type(e).__name__ + ':', e)
try:
    print('random.triangular(1, 1, 1)', '->', repr(random.triangular(1, 1, 1)))
except Exception as e:
    print('random.triangular(1, 1, 1)', '!!', type(e).__name__ + ':', e)
try:
    print("random.triangular('a')", '->', repr(random.triangular('a')))
except Exception as e:
    print("random.triangular('a')", '!!', type(e).__name__ + ':', e)
try:
    print("random.triangular(0, 10, 'a')", '->', repr(random.triangular(0, 10, 'a')))
except Exception as e:
    print("random.triangular(0, 10, 'a')", '!!', type(e).__name__ + ':', e)
try:
    print('random.triangular(0, 10, 20)', '->', repr(random.triangular(0, 10, 20)))
except Exception as e:
    print('random.triangular(0, 10, 20)', '!!', type(e).__name__ + ':', e)
try:
    print('random.triangular(0, 10, -5)', '->', repr(random.triangular(0, 10, -5)))
except Exception as e:
    print('random.triangular(0, 10, -5)', '!!', type(e).__name__ + ':', e)
try:
    print('random.triangular(mode=3, low=0, high=10)', '->', repr(random.triangular(mode=3, low=0, high=10)))
except Exception as e:
    print('random.triangular(mode=3, low=0, high=10)', '!!', type(e).__name__ + ':', e)
try:
    print("random.gauss('a')", '->', repr(random.gauss('a')))
except Exception as e:
    print("random.gauss('a')", '!!', type(e).__name__ + ':', e)
try:
    print("random.gauss(1, 'b')", '->', repr(random.gauss(1, 'b')))
except Exception as e:
    print("random.gauss(1, 'b')", '!!', type(e).__name__ + ':', e)
try:
    print('random.gauss(mu=1, sigma=2)', '->', repr(random.gauss(mu=1, sigma=2)))
except Exception as e:
    print('random.gauss(mu=1, sigma=2)', '!!', type(e).__name__ + ':', e)
try:
    print("random.normalvariate('a')", '->', repr(random.normalvariate('a')))
except Exception as e:
    print("random.normalvariate('a')", '!!', type(e).__name__ + ':', e)
try:
    print('random.lognormvariate(0)', '->', repr(random.lognormvariate(0)))
except Exception as e:
    print('random.lognormvariate(0)', '!!', type(e).__name__ + ':', e)
try:
    print('random.lognormvariate(1000, 1)', '->', repr(random.lognormvariate(1000, 1)))
except Exception as e:
    print('random.lognormvariate(1000, 1)', '!!', type(e).__name__ + ':', e)
try:
    print("random.lognormvariate('a', 1)", '->', repr(random.lognormvariate('a', 1)))
except Exception as e:
    print("random.lognormvariate('a', 1)", '!!', type(e).__name__ + ':', e)
try:
    print('random.expovariate()', '->', repr(random.expovariate()))
except Exception as e:
    print('random.expovariate()', '!!', type(e).__name__ + ':', e)
try:
    print('random.expovariate(0)', '->', repr(random.expovariate(0)))
except Exception as e:
    print('random.expovariate(0)', '!!', type(e).__name__ + ':', e)
try:
    print("random.expovariate('a')", '->', repr(random.expovariate('a')))
except Exception as e:
    print("random.expovariate('a')", '!!', type(e).__name__ + ':', e)
try:
    print('random.expovariate(2)', '->', repr(random.expovariate(2)))
except Exception as e:
    print('random.expovariate(2)', '!!', type(e).__name__ + ':', e)
try:
    print('random.vonmisesvariate(1, 0)', '->', repr(random.vonmisesvariate(1, 0)))
except Exception as e:
    print('random.vonmisesvariate(1, 0)', '!!', type(e).__name__ + ':', e)
try:
    print("random.vonmisesvariate('a', 5)", '->', repr(random.vonmisesvariate('a', 5)))
except Exception as e:
    print("random.vonmisesvariate('a', 5)", '!!', type(e).__name__ + ':', e)
try:
    print("random.vonmisesvariate(1, 'a')", '->', repr(random.vonmisesvariate(1, 'a')))
except Exception as e:
    print("random.vonmisesvariate(1, 'a')", '!!', type(e).__name__ + ':', e)
try:
    print('random.gammavariate(0, 1)', '->', repr(random.gammavariate(0, 1)))
except Exception as e:
    print('random.gammavariate(0, 1)', '!!', type(e).__name__ + ':', e)
try:
    print('random.gammavariate(1, 0)', '->', repr(random.gammavariate(1, 0)))
except Exception as e:
    print('random.gammavariate(1, 0)', '!!', type(e).__name__ + ':', e)
try:
    print("random.gammavariate('a', 1)", '->', repr(random.gammavariate('a', 1)))
except Exception as e:
    print("random.gammavariate('a', 1)", '!!', type(e).__name__ + ':', e)
try:
    print("random.gammavariate(1, 'b')", '->', repr(random.gammavariate(1, 'b')))
except Exception as e:
    print("random.gammavariate(1, 'b')", '!!', type(e).__name__ + ':', e)
try:
    print("random.gammavariate(2, 'b')", '->', repr(random.gammavariate(2, 'b')))
except Exception as e:
    print("random.gammavariate(2, 'b')", '!!', type(e).__name__ + ':', e)
try:
    print('random.betavariate(0, 1)', '->', repr(random.betavariate(0, 1)))
except Exception as e:
    print('random.betavariate(0, 1)', '!!', type(e).__name__ + ':', e)
try:
    print('random.betavariate(1, 0)', '->', repr(random.betavariate(1, 0)))
except Exception as e:
    print('random.betavariate(1, 0)', '!!', type(e).__name__ + ':', e)
try:
    print('random.paretovariate(0)', '->', repr(random.paretovariate(0)))
except Exception as e:
    print('random.paretovariate(0)', '!!', type(e).__name__ + ':', e)
try:
    print("random.paretovariate('a')", '->', repr(random.paretovariate('a')))
except Exception as e:
    print("random.paretovariate('a')", '!!', type(e).__name__ + ':', e)
try:
    print('random.weibullvariate(1, 0)', '->', repr(random.weibullvariate(1, 0)))
except Exception as e:
    print('random.weibullvariate(1, 0)', '!!', type(e).__name__ + ':', e)
try:
    print("random.weibullvariate('a', 1)", '->', repr(random.weibullvariate('a', 1)))
except Exception as e:
    print("random.weibullvariate('a', 1)", '!!', type(e).__name__ + ':', e)
try:
    print("random.weibullvariate(1, 'b')", '->', repr(random.weibullvariate(1, 'b')))
except Exception as e:
    print("random.weibullvariate(1, 'b')", '!!', type(e).__name__ + ':', e)
try:
    print('random.seed([1])', '->', repr(random.seed([1])))
except Exception as e:
    print('random.seed([1])', '!!', type(e).__name__ + ':', e)
try:
    print('random.seed({})', '->', repr(random.seed({})))
except Exception as e:
    print('random.seed({})', '!!', type(e).__name__ + ':', e)
try:
    print('random.seed(a=3)', '->', repr(random.seed(a=3)))
except Exception as e:
    print('random.seed(a=3)', '!!', type(e).__name__ + ':', e)
try:
    print('random.seed(3, version=1)', '->', repr(random.seed(3, version=1)))
except Exception as e:
    print('random.seed(3, version=1)', '!!', type(e).__name__ + ':', e)
try:
    print("random.seed('abc', version=1)", '->', repr(random.seed('abc', version=1)))
except Exception as e:
    print("random.seed('abc', version=1)", '!!', type(e).__name__ + ':', e)
try:
    print('random.Random(1, 2)', '->', repr(random.Random(1, 2)))
except Exception as e:
    print('random.Random(1, 2)', '!!', type(e).__name__ + ':', e)
try:
    print('random.Random([1])', '->', repr(random.Random([1])))
except Exception as e:
    print('random.Random([1])', '!!', type(e).__name__ + ':', e)
try:
    print('random.Random((1,2))', '->', repr(random.Random((1,2))))
except Exception as e:
    print('random.Random((1,2))', '!!', type(e).__name__ + ':', e)
try:
    print('random.Random(x=1).random()', '->', repr(random.Random(x=1).random()))
except Exception as e:
    print('random.Random(x=1).random()', '!!', type(e).__name__ + ':', e)
try:
    print('random.Random(y=1)', '->', repr(random.Random(y=1)))
except Exception as e:
    print('random.Random(y=1)', '!!', type(e).__name__ + ':', e)
try:
    print('random.Random({})', '->', repr(random.Random({})))
except Exception as e:
    print('random.Random({})', '!!', type(e).__name__ + ':', e)
try:
    print('random.Random(1.5).random()', '->', repr(random.Random(1.5).random()))
except Exception as e:
    print('random.Random(1.5).random()', '!!', type(e).__name__ + ':', e)
try:
    print("random.Random('a').random()", '->', repr(random.Random('a').random()))
except Exception as e:
    print("random.Random('a').random()", '!!', type(e).__name__ + ':', e)
try:
    print('random.setstate(5)', '->', repr(random.setstate(5)))
except Exception as e:
    print('random.setstate(5)', '!!', type(e).__name__ + ':', e)
try:
    print('random.setstate((1, 2, 3))', '->', repr(random.setstate((1, 2, 3))))
except Exception as e:
    print('random.setstate((1, 2, 3))', '!!', type(e).__name__ + ':', e)
try:
    print('random.setstate((3, (1,2), None))', '->', repr(random.setstate((3, (1,2), None))))
except Exception as e:
    print('random.setstate((3, (1,2), None))', '!!', type(e).__name__ + ':', e)
try:
    print('random.setstate((3, 5, None))', '->', repr(random.setstate((3, 5, None))))
except Exception as e:
    print('random.setstate((3, 5, None))', '!!', type(e).__name__ + ':', e)
try:
    print('random.setstate((3,))', '->', repr(random.setstate((3,))))
except Exception as e:
    print('random.setstate((3,))', '!!', type(e).__name__ + ':', e)
try:
    print('random.setstate([3, (0,)*625, None])', '->', repr(random.setstate([3, (0,)*625, None])))
except Exception as e:
    print('random.setstate([3, (0,)*625, None])', '!!', type(e).__name__ + ':', e)
try:
    print('random.setstate((3, (0,)*624 + (625,), None))', '->', repr(random.setstate((3, (0,)*624 + (625,), None))))
except Exception as e:
    print('random.setstate((3, (0,)*624 + (625,), None))', '!!', type(e).__name__ + ':', e)
try:
    print('random.setstate((3, (0,)*624 + (-1,), None))', '->', repr(random.setstate((3, (0,)*624 + (-1,), None))))
except Exception as e:
    print('random.setstate((3, (0,)*624 + (-1,), None))', '!!', type(e).__name__ + ':', e)
try:
    print('random.setstate((3, (-1,)*625, None))', '->', repr(random.setstate((3, (-1,)*625, None))))
except Exception as e:
    print('random.setstate((3, (-1,)*625, None))', '!!', type(e).__name__ + ':', e)
try:
    print('random.setstate((3, (2**40,)*625, None))', '->', repr(random.setstate((3, (2**40,)*625, None))))
except Exception as e:
    print('random.setstate((3, (2**40,)*625, None))', '!!', type(e).__name__ + ':', e)
try:
    print('random.getstate()[2]', '->', repr(random.getstate()[2]))
except Exception as e:
    print('random.getstate()[2]', '!!', type(e).__name__ + ':', e)
try:
    print('random.getstate()[1][-1]', '->', repr(random.getstate()[1][-1]))
except Exception as e:
    print('random.getstate()[1][-1]', '!!', type(e).__name__ + ':', e)
try:
    print('len(random.getstate()[1])', '->', repr(len(random.getstate()[1])))
except Exception as e:
    print('len(random.getstate()[1])', '!!', type(e).__name__ + ':', e)
