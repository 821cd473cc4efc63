# random: more argument cases (state vectors, bound methods, big ranges, keyword forms), one after the other on the module's generator.
import random, time
try:
    print('random.Random.random(5)', '->', repr(random.Random.random(5)))
except Exception as e:
    print('random.Random.random(5)', '!!', type(e).__name__ + ':', e)
try:
    print('repr(random.Random(3))[:26]', '->', repr(repr(random.Random(3))[:26]))
except Exception as e:
    print('repr(random.Random(3))[:26]', '!!', type(e).__name__ + ':', e)
try:
    print('type(random.Random())', '->', repr(type(random.Random())))
except Exception as e:
    print('type(random.Random())', '!!', type(e).__name__ + ':', e)
try:
    print('random.Random().VERSION', '->', repr(random.Random().VERSION))
except Exception as e:
    print('random.Random().VERSION', '!!', type(e).__name__ + ':', e)
try:
    print('random.Random().gauss_next', '->', repr(random.Random().gauss_next))
except Exception as e:
    print('random.Random().gauss_next', '!!', type(e).__name__ + ':', e)
try:
    print('random.TWOPI', '->', repr(random.TWOPI))
except Exception as e:
    print('random.TWOPI', '!!', type(e).__name__ + ':', e)
try:
    print('random.BPF', '->', repr(random.BPF))
except Exception as e:
    print('random.BPF', '!!', type(e).__name__ + ':', e)
try:
    print('random.RECIP_BPF', '->', repr(random.RECIP_BPF))
except Exception as e:
    print('random.RECIP_BPF', '!!', type(e).__name__ + ':', e)
try:
    print('random.LOG4', '->', repr(random.LOG4))
except Exception as e:
    print('random.LOG4', '!!', type(e).__name__ + ':', e)
try:
    print('random.NV_MAGICCONST', '->', repr(random.NV_MAGICCONST))
except Exception as e:
    print('random.NV_MAGICCONST', '!!', type(e).__name__ + ':', e)
try:
    print('random.SG_MAGICCONST', '->', repr(random.SG_MAGICCONST))
except Exception as e:
    print('random.SG_MAGICCONST', '!!', type(e).__name__ + ':', e)
try:
    print("random.setstate((3, ('a',)*625, None))", '->', repr(random.setstate((3, ('a',)*625, None))))
except Exception as e:
    print("random.setstate((3, ('a',)*625, None))", '!!', type(e).__name__ + ':', e)
try:
    print('random.setstate((3, (1.5,)*625, None))', '->', repr(random.setstate((3, (1.5,)*625, None))))
except Exception as e:
    print('random.setstate((3, (1.5,)*625, None))', '!!', type(e).__name__ + ':', e)
try:
    print('random.setstate((3, (0,)*624+(2**70,), None))', '->', repr(random.setstate((3, (0,)*624+(2**70,), None))))
except Exception as e:
    print('random.setstate((3, (0,)*624+(2**70,), None))', '!!', type(e).__name__ + ':', e)
try:
    print('random.setstate((3, (0,)*624+(1.5,), None))', '->', repr(random.setstate((3, (0,)*624+(1.5,), None))))
except Exception as e:
    print('random.setstate((3, (0,)*624+(1.5,), None))', '!!', type(e).__name__ + ':', e)
try:
    print('random.setstate((3, (2**70,)*625, None))', '->', repr(random.setstate((3, (2**70,)*625, None))))
except Exception as e:
    print('random.setstate((3, (2**70,)*625, None))', '!!', type(e).__name__ + ':', e)
try:
    print('random.setstate((2, (-1,)*624+(5,), None))', '->', repr(random.setstate((2, (-1,)*624+(5,), None))))
except Exception as e:
    print('random.setstate((2, (-1,)*624+(5,), None))', '!!', type(e).__name__ + ':', e)
try:
    print('random.setstate((2, (0,)*624+(-5,), None))', '->', repr(random.setstate((2, (0,)*624+(-5,), None))))
except Exception as e:
    print('random.setstate((2, (0,)*624+(-5,), None))', '!!', type(e).__name__ + ':', e)
try:
    print('random.setstate((2, 5, None))', '->', repr(random.setstate((2, 5, None))))
except Exception as e:
    print('random.setstate((2, 5, None))', '!!', type(e).__name__ + ':', e)
try:
    print("random.setstate((2, ('a',)*625, None))", '->', repr(random.setstate((2, ('a',)*625, None))))
except Exception as e:
    print("random.setstate((2, ('a',)*625, None))", '!!', type(e).__name__ + ':', e)
try:
    print('random.setstate((3, (0,)*625, 5))', '->', repr(random.setstate((3, (0,)*625, 5))))
except Exception as e:
    print('random.setstate((3, (0,)*625, 5))', '!!', type(e).__name__ + ':', e)
try:
    print('random.gauss()', '->', repr(random.gauss()))
except Exception as e:
    print('random.gauss()', '!!', type(e).__name__ + ':', e)
try:
    print('random.setstate((True, (0,)*625, None))', '->', repr(random.setstate((True, (0,)*625, None))))
except Exception as e:
    print('random.setstate((True, (0,)*625, None))', '!!', type(e).__name__ + ':', e)
try:
    print('random.setstate((3.0, (0,)*625, None))', '->', repr(random.setstate((3.0, (0,)*625, None))))
except Exception as e:
    print('random.setstate((3.0, (0,)*625, None))', '!!', type(e).__name__ + ':', e)
try:
    print('random.seed(1.5, version=1)', '->', repr(random.seed(1.5, version=1)))
except Exception as e:
    print('random.seed(1.5, version=1)', '!!', type(e).__name__ + ':', e)
try:
    print('random.seed(None, 1)', '->', repr(random.seed(None, 1)))
except Exception as e:
    print('random.seed(None, 1)', '!!', type(e).__name__ + ':', e)
try:
    print("random.seed(version='a')", '->', repr(random.seed(version='a')))
except Exception as e:
    print("random.seed(version='a')", '!!', type(e).__name__ + ':', e)
try:
    print('random.Random(5).seed(5)', '->', repr(random.Random(5).seed(5)))
except Exception as e:
    print('random.Random(5).seed(5)', '!!', type(e).__name__ + ':', e)
try:
    print('random.sample([1,2,3], k=2, counts=None)', '->', repr(random.sample([1,2,3], k=2, counts=None)))
except Exception as e:
    print('random.sample([1,2,3], k=2, counts=None)', '!!', type(e).__name__ + ':', e)
try:
    print('random.choices([1], [1], cum_weights=None, k=2)', '->', repr(random.choices([1], [1], cum_weights=None, k=2)))
except Exception as e:
    print('random.choices([1], [1], cum_weights=None, k=2)', '!!', type(e).__name__ + ':', e)
try:
    print('random.randrange(True, 5)', '->', repr(random.randrange(True, 5)))
except Exception as e:
    print('random.randrange(True, 5)', '!!', type(e).__name__ + ':', e)
try:
    print('random.randrange(1, 5, True)', '->', repr(random.randrange(1, 5, True)))
except Exception as e:
    print('random.randrange(1, 5, True)', '!!', type(e).__name__ + ':', e)
try:
    print('random.randrange(0, 10, -1)', '->', repr(random.randrange(0, 10, -1)))
except Exception as e:
    print('random.randrange(0, 10, -1)', '!!', type(e).__name__ + ':', e)
try:
    print('random.randrange(10, 0, -3)', '->', repr(random.randrange(10, 0, -3)))
except Exception as e:
    print('random.randrange(10, 0, -3)', '!!', type(e).__name__ + ':', e)
try:
    print('random.randrange(2**64)', '->', repr(random.randrange(2**64)))
except Exception as e:
    print('random.randrange(2**64)', '!!', type(e).__name__ + ':', e)
try:
    print('random.randrange(-2**64, 0)', '->', repr(random.randrange(-2**64, 0)))
except Exception as e:
    print('random.randrange(-2**64, 0)', '!!', type(e).__name__ + ':', e)
try:
    print('random.randint(-2**63, 2**63-1)', '->', repr(random.randint(-2**63, 2**63-1)))
except Exception as e:
    print('random.randint(-2**63, 2**63-1)', '!!', type(e).__name__ + ':', e)
try:
    print('random.getrandbits(64)', '->', repr(random.getrandbits(64)))
except Exception as e:
    print('random.getrandbits(64)', '!!', type(e).__name__ + ':', e)
try:
    print('random.getrandbits(100)', '->', repr(random.getrandbits(100)))
except Exception as e:
    print('random.getrandbits(100)', '!!', type(e).__name__ + ':', e)
try:
    print('random.getrandbits(0)', '->', repr(random.getrandbits(0)))
except Exception as e:
    print('random.getrandbits(0)', '!!', type(e).__name__ + ':', e)
try:
    print('random.triangular()', '->', repr(random.triangular()))
except Exception as e:
    print('random.triangular()', '!!', type(e).__name__ + ':', e)
try:
    print('random.triangular(0, 0)', '->', repr(random.triangular(0, 0)))
except Exception as e:
    print('random.triangular(0, 0)', '!!', type(e).__name__ + ':', e)
try:
    print('random.triangular(1, 2, 1.5)', '->', repr(random.triangular(1, 2, 1.5)))
except Exception as e:
    print('random.triangular(1, 2, 1.5)', '!!', type(e).__name__ + ':', e)
try:
    print('random.triangular(high=0)', '->', repr(random.triangular(high=0)))
except Exception as e:
    print('random.triangular(high=0)', '!!', type(e).__name__ + ':', e)
try:
    print('random.uniform(True, 3)', '->', repr(random.uniform(True, 3)))
except Exception as e:
    print('random.uniform(True, 3)', '!!', type(e).__name__ + ':', e)
try:
    print('random.uniform(1.5, 2**53+1)', '->', repr(random.uniform(1.5, 2**53+1)))
except Exception as e:
    print('random.uniform(1.5, 2**53+1)', '!!', type(e).__name__ + ':', e)
try:
    print('random.expovariate(True)', '->', repr(random.expovariate(True)))
except Exception as e:
    print('random.expovariate(True)', '!!', type(e).__name__ + ':', e)
try:
    print('random.gammavariate(0.5, 2)', '->', repr(random.gammavariate(0.5, 2)))
except Exception as e:
    print('random.gammavariate(0.5, 2)', '!!', type(e).__name__ + ':', e)
try:
    print('random.betavariate(2, 3)', '->', repr(random.betavariate(2, 3)))
except Exception as e:
    print('random.betavariate(2, 3)', '!!', type(e).__name__ + ':', e)
try:
    print('random.vonmisesvariate(0, 1e-7)', '->', repr(random.vonmisesvariate(0, 1e-7)))
except Exception as e:
    print('random.vonmisesvariate(0, 1e-7)', '!!', type(e).__name__ + ':', e)
try:
    print('random.paretovariate(2)', '->', repr(random.paretovariate(2)))
except Exception as e:
    print('random.paretovariate(2)', '!!', type(e).__name__ + ':', e)
try:
    print('random.weibullvariate(1, 2)', '->', repr(random.weibullvariate(1, 2)))
except Exception as e:
    print('random.weibullvariate(1, 2)', '!!', type(e).__name__ + ':', e)
try:
    print('random.lognormvariate(0, 1)', '->', repr(random.lognormvariate(0, 1)))
except Exception as e:
    print('random.lognormvariate(0, 1)', '!!', type(e).__name__ + ':', e)
try:
    print('random.normalvariate()', '->', repr(random.normalvariate()))
except Exception as e:
    print('random.normalvariate()', '!!', type(e).__name__ + ':', e)
try:
    print('random.gauss()', '->', repr(random.gauss()))
except Exception as e:
    print('random.gauss()', '!!', type(e).__name__ + ':', e)
try:
    print('random.gauss(0, 1)', '->', repr(random.gauss(0, 1)))
except Exception as e:
    print('random.gauss(0, 1)', '!!', type(e).__name__ + ':', e)
try:
    print('random.shuffle()', '->', repr(random.shuffle()))
except Exception as e:
    print('random.shuffle()', '!!', type(e).__name__ + ':', e)
try:
    print('random.choice([1], 2)', '->', repr(random.choice([1], 2)))
except Exception as e:
    print('random.choice([1], 2)', '!!', type(e).__name__ + ':', e)
try:
    print('random.sample()', '->', repr(random.sample()))
except Exception as e:
    print('random.sample()', '!!', type(e).__name__ + ':', e)
try:
    print('random.choices()', '->', repr(random.choices()))
except Exception as e:
    print('random.choices()', '!!', type(e).__name__ + ':', e)
