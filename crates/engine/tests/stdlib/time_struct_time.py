# time.struct_time: the tuple protocol, attributes, repr, constructor; time tuples given to strftime/asctime/mktime and their errors.
import time
st = time.gmtime(86400*365.25*30 + 3723.5)
try:
    print('st', '->', repr(st))
except Exception as e:
    print('st', '!!', type(e).__name__ + ':', e)
try:
    print('str(st)', '->', repr(str(st)))
except Exception as e:
    print('str(st)', '!!', type(e).__name__ + ':', e)
try:
    print('len(st)', '->', repr(len(st)))
except Exception as e:
    print('len(st)', '!!', type(e).__name__ + ':', e)
try:
    print('st[0]', '->', repr(st[0]))
except Exception as e:
    print('st[0]', '!!', type(e).__name__ + ':', e)
try:
    print('st[-1]', '->', repr(st[-1]))
except Exception as e:
    print('st[-1]', '!!', type(e).__name__ + ':', e)
try:
    print('st[1:3]', '->', repr(st[1:3]))
except Exception as e:
    print('st[1:3]', '!!', type(e).__name__ + ':', e)
try:
    print('st[9]', '->', repr(st[9]))
except Exception as e:
    print('st[9]', '!!', type(e).__name__ + ':', e)
try:
    print('st.tm_zone', '->', repr(st.tm_zone))
except Exception as e:
    print('st.tm_zone', '!!', type(e).__name__ + ':', e)
try:
    print('st.tm_gmtoff', '->', repr(st.tm_gmtoff))
except Exception as e:
    print('st.tm_gmtoff', '!!', type(e).__name__ + ':', e)
try:
    print('st.n_fields', '->', repr(st.n_fields))
except Exception as e:
    print('st.n_fields', '!!', type(e).__name__ + ':', e)
try:
    print('st.n_sequence_fields', '->', repr(st.n_sequence_fields))
except Exception as e:
    print('st.n_sequence_fields', '!!', type(e).__name__ + ':', e)
try:
    print('st.n_unnamed_fields', '->', repr(st.n_unnamed_fields))
except Exception as e:
    print('st.n_unnamed_fields', '!!', type(e).__name__ + ':', e)
try:
    print('list(st)', '->', repr(list(st)))
except Exception as e:
    print('list(st)', '!!', type(e).__name__ + ':', e)
try:
    print('tuple(st)', '->', repr(tuple(st)))
except Exception as e:
    print('tuple(st)', '!!', type(e).__name__ + ':', e)
try:
    print('st == tuple(st)', '->', repr(st == tuple(st)))
except Exception as e:
    print('st == tuple(st)', '!!', type(e).__name__ + ':', e)
try:
    print('tuple(st) == st', '->', repr(tuple(st) == st))
except Exception as e:
    print('tuple(st) == st', '!!', type(e).__name__ + ':', e)
try:
    print('hash(st) == hash(tuple(st))', '->', repr(hash(st) == hash(tuple(st))))
except Exception as e:
    print('hash(st) == hash(tuple(st))', '!!', type(e).__name__ + ':', e)
try:
    print('st + (1,)', '->', repr(st + (1,)))
except Exception as e:
    print('st + (1,)', '!!', type(e).__name__ + ':', e)
try:
    print('(1,) + st', '->', repr((1,) + st))
except Exception as e:
    print('(1,) + st', '!!', type(e).__name__ + ':', e)
try:
    print('st * 2', '->', repr(st * 2))
except Exception as e:
    print('st * 2', '!!', type(e).__name__ + ':', e)
try:
    print('2 * st', '->', repr(2 * st))
except Exception as e:
    print('2 * st', '!!', type(e).__name__ + ':', e)
try:
    print('st < (3000,)', '->', repr(st < (3000,)))
except Exception as e:
    print('st < (3000,)', '!!', type(e).__name__ + ':', e)
try:
    print('(3000,) > st', '->', repr((3000,) > st))
except Exception as e:
    print('(3000,) > st', '!!', type(e).__name__ + ':', e)
try:
    print('st.count(0)', '->', repr(st.count(0)))
except Exception as e:
    print('st.count(0)', '!!', type(e).__name__ + ':', e)
try:
    print('st.index(0)', '->', repr(st.index(0)))
except Exception as e:
    print('st.index(0)', '!!', type(e).__name__ + ':', e)
try:
    print('isinstance(st, tuple)', '->', repr(isinstance(st, tuple)))
except Exception as e:
    print('isinstance(st, tuple)', '!!', type(e).__name__ + ':', e)
try:
    print('type(st)', '->', repr(type(st)))
except Exception as e:
    print('type(st)', '!!', type(e).__name__ + ':', e)
try:
    print('type(st).__name__', '->', repr(type(st).__name__))
except Exception as e:
    print('type(st).__name__', '!!', type(e).__name__ + ':', e)
try:
    print('time.struct_time', '->', repr(time.struct_time))
except Exception as e:
    print('time.struct_time', '!!', type(e).__name__ + ':', e)
try:
    print('0 in st', '->', repr(0 in st))
except Exception as e:
    print('0 in st', '!!', type(e).__name__ + ':', e)
try:
    print('st.__class__', '->', repr(st.__class__))
except Exception as e:
    print('st.__class__', '!!', type(e).__name__ + ':', e)
try:
    print("st['a']", '->', repr(st['a']))
except Exception as e:
    print("st['a']", '!!', type(e).__name__ + ':', e)
try:
    print('st.tm_foo', '->', repr(st.tm_foo))
except Exception as e:
    print('st.tm_foo', '!!', type(e).__name__ + ':', e)
try:
    print('time.struct_time((1,2,3,4,5,6,7,8,9))', '->', repr(time.struct_time((1,2,3,4,5,6,7,8,9))))
except Exception as e:
    print('time.struct_time((1,2,3,4,5,6,7,8,9))', '!!', type(e).__name__ + ':', e)
try:
    print('time.struct_time((1,2,3,4,5,6,7,8,9)).tm_zone', '->', repr(time.struct_time((1,2,3,4,5,6,7,8,9)).tm_zone))
except Exception as e:
    print('time.struct_time((1,2,3,4,5,6,7,8,9)).tm_zone', '!!', type(e).__name__ + ':', e)
try:
    print('time.struct_time(range(10)).tm_zone', '->', repr(time.struct_time(range(10)).tm_zone))
except Exception as e:
    print('time.struct_time(range(10)).tm_zone', '!!', type(e).__name__ + ':', e)
try:
    print('time.struct_time(range(11)).tm_gmtoff', '->', repr(time.struct_time(range(11)).tm_gmtoff))
except Exception as e:
    print('time.struct_time(range(11)).tm_gmtoff', '!!', type(e).__name__ + ':', e)
try:
    print('time.struct_time(range(8))', '->', repr(time.struct_time(range(8))))
except Exception as e:
    print('time.struct_time(range(8))', '!!', type(e).__name__ + ':', e)
try:
    print('time.struct_time(range(12))', '->', repr(time.struct_time(range(12))))
except Exception as e:
    print('time.struct_time(range(12))', '!!', type(e).__name__ + ':', e)
try:
    print('time.struct_time(5)', '->', repr(time.struct_time(5)))
except Exception as e:
    print('time.struct_time(5)', '!!', type(e).__name__ + ':', e)
try:
    print('time.struct_time()', '->', repr(time.struct_time()))
except Exception as e:
    print('time.struct_time()', '!!', type(e).__name__ + ':', e)
try:
    print("time.struct_time(range(9), {'tm_zone': 'X'}).tm_zone", '->', repr(time.struct_time(range(9), {'tm_zone': 'X'}).tm_zone))
except Exception as e:
    print("time.struct_time(range(9), {'tm_zone': 'X'}).tm_zone", '!!', type(e).__name__ + ':', e)
try:
    print('time.struct_time(range(9), 5)', '->', repr(time.struct_time(range(9), 5)))
except Exception as e:
    print('time.struct_time(range(9), 5)', '!!', type(e).__name__ + ':', e)
try:
    print("time.struct_time('abcdefghi')", '->', repr(time.struct_time('abcdefghi')))
except Exception as e:
    print("time.struct_time('abcdefghi')", '!!', type(e).__name__ + ':', e)
try:
    print('time.struct_time(sequence=range(9))', '->', repr(time.struct_time(sequence=range(9))))
except Exception as e:
    print('time.struct_time(sequence=range(9))', '!!', type(e).__name__ + ':', e)
try:
    print("time.struct_time(range(9), dict={'tm_gmtoff': 7}).tm_gmtoff", '->', repr(time.struct_time(range(9), dict={'tm_gmtoff': 7}).tm_gmtoff))
except Exception as e:
    print("time.struct_time(range(9), dict={'tm_gmtoff': 7}).tm_gmtoff", '!!', type(e).__name__ + ':', e)
try:
    print('time.struct_time(range(9), x=1)', '->', repr(time.struct_time(range(9), x=1)))
except Exception as e:
    print('time.struct_time(range(9), x=1)', '!!', type(e).__name__ + ':', e)
try:
    print('time.struct_time(range(9), {}, 3)', '->', repr(time.struct_time(range(9), {}, 3)))
except Exception as e:
    print('time.struct_time(range(9), {}, 3)', '!!', type(e).__name__ + ':', e)
try:
    print('time.struct_time([1.5]*9)', '->', repr(time.struct_time([1.5]*9)))
except Exception as e:
    print('time.struct_time([1.5]*9)', '!!', type(e).__name__ + ':', e)
try:
    print("time.strftime('%Y', time.struct_time([1.5]*9))", '->', repr(time.strftime('%Y', time.struct_time([1.5]*9))))
except Exception as e:
    print("time.strftime('%Y', time.struct_time([1.5]*9))", '!!', type(e).__name__ + ':', e)
try:
    print("time.strftime('%Y', (2020,1,1,0,0,0,0,1,0))", '->', repr(time.strftime('%Y', (2020,1,1,0,0,0,0,1,0))))
except Exception as e:
    print("time.strftime('%Y', (2020,1,1,0,0,0,0,1,0))", '!!', type(e).__name__ + ':', e)
try:
    print("time.strftime('%Y', [2020,1,1,0,0,0,0,1,0])", '->', repr(time.strftime('%Y', [2020,1,1,0,0,0,0,1,0])))
except Exception as e:
    print("time.strftime('%Y', [2020,1,1,0,0,0,0,1,0])", '!!', type(e).__name__ + ':', e)
try:
    print("time.strftime('%Y', (2020,1,1,0,0,0,0,1))", '->', repr(time.strftime('%Y', (2020,1,1,0,0,0,0,1))))
except Exception as e:
    print("time.strftime('%Y', (2020,1,1,0,0,0,0,1))", '!!', type(e).__name__ + ':', e)
try:
    print('time.strftime(5)', '->', repr(time.strftime(5)))
except Exception as e:
    print('time.strftime(5)', '!!', type(e).__name__ + ':', e)
try:
    print("time.strftime('%Y', (2020.0,1,1,0,0,0,0,1,0))", '->', repr(time.strftime('%Y', (2020.0,1,1,0,0,0,0,1,0))))
except Exception as e:
    print("time.strftime('%Y', (2020.0,1,1,0,0,0,0,1,0))", '!!', type(e).__name__ + ':', e)
try:
    print("time.strftime('%Y', ('a',1,1,0,0,0,0,1,0))", '->', repr(time.strftime('%Y', ('a',1,1,0,0,0,0,1,0))))
except Exception as e:
    print("time.strftime('%Y', ('a',1,1,0,0,0,0,1,0))", '!!', type(e).__name__ + ':', e)
try:
    print("time.strftime('%Y', (2**40,1.5,1,0,0,0,0,1,0))", '->', repr(time.strftime('%Y', (2**40,1.5,1,0,0,0,0,1,0))))
except Exception as e:
    print("time.strftime('%Y', (2**40,1.5,1,0,0,0,0,1,0))", '!!', type(e).__name__ + ':', e)
try:
    print("time.strftime('%Y', (2**80,1,1,0,0,0,0,1,0))", '->', repr(time.strftime('%Y', (2**80,1,1,0,0,0,0,1,0))))
except Exception as e:
    print("time.strftime('%Y', (2**80,1,1,0,0,0,0,1,0))", '!!', type(e).__name__ + ':', e)
try:
    print("time.strftime('%Y', (2020,1.5,1,0,0,0,0,1,0))", '->', repr(time.strftime('%Y', (2020,1.5,1,0,0,0,0,1,0))))
except Exception as e:
    print("time.strftime('%Y', (2020,1.5,1,0,0,0,0,1,0))", '!!', type(e).__name__ + ':', e)
try:
    print("time.strftime('%Y', (2020,13,1,0,0,0,0,1,0))", '->', repr(time.strftime('%Y', (2020,13,1,0,0,0,0,1,0))))
except Exception as e:
    print("time.strftime('%Y', (2020,13,1,0,0,0,0,1,0))", '!!', type(e).__name__ + ':', e)
try:
    print("time.strftime('%Y', (True,1,1,0,0,0,0,1,0))", '->', repr(time.strftime('%Y', (True,1,1,0,0,0,0,1,0))))
except Exception as e:
    print("time.strftime('%Y', (True,1,1,0,0,0,0,1,0))", '!!', type(e).__name__ + ':', e)
try:
    print("time.strftime('%Y', (None,1,1,0,0,0,0,1,0))", '->', repr(time.strftime('%Y', (None,1,1,0,0,0,0,1,0))))
except Exception as e:
    print("time.strftime('%Y', (None,1,1,0,0,0,0,1,0))", '!!', type(e).__name__ + ':', e)
try:
    print("time.strftime('%Z %z', time.struct_time((2020,1,1,0,0,0,0,1,0,'ABC',3600)))", '->', repr(time.strftime('%Z %z', time.struct_time((2020,1,1,0,0,0,0,1,0,'ABC',3600)))))
except Exception as e:
    print("time.strftime('%Z %z', time.struct_time((2020,1,1,0,0,0,0,1,0,'ABC',3600)))", '!!', type(e).__name__ + ':', e)
try:
    print("time.strftime('%Z', time.struct_time((2020,1,1,0,0,0,0,1,0,5,3600)))", '->', repr(time.strftime('%Z', time.struct_time((2020,1,1,0,0,0,0,1,0,5,3600)))))
except Exception as e:
    print("time.strftime('%Z', time.struct_time((2020,1,1,0,0,0,0,1,0,5,3600)))", '!!', type(e).__name__ + ':', e)
try:
    print("time.strftime('%z', time.struct_time((2020,1,1,0,0,0,0,1,0,'A',1.5)))", '->', repr(time.strftime('%z', time.struct_time((2020,1,1,0,0,0,0,1,0,'A',1.5)))))
except Exception as e:
    print("time.strftime('%z', time.struct_time((2020,1,1,0,0,0,0,1,0,'A',1.5)))", '!!', type(e).__name__ + ':', e)
try:
    print("time.strftime('%z', time.struct_time((2020,1,1,0,0,0,0,1,0,'A',2**70)))", '->', repr(time.strftime('%z', time.struct_time((2020,1,1,0,0,0,0,1,0,'A',2**70)))))
except Exception as e:
    print("time.strftime('%z', time.struct_time((2020,1,1,0,0,0,0,1,0,'A',2**70)))", '!!', type(e).__name__ + ':', e)
try:
    print("time.strftime('%z', time.struct_time((2020,13,1,0,0,0,0,1,0,5,3600)))", '->', repr(time.strftime('%z', time.struct_time((2020,13,1,0,0,0,0,1,0,5,3600)))))
except Exception as e:
    print("time.strftime('%z', time.struct_time((2020,13,1,0,0,0,0,1,0,5,3600)))", '!!', type(e).__name__ + ':', e)
try:
    print("time.gmtime('a')", '->', repr(time.gmtime('a')))
except Exception as e:
    print("time.gmtime('a')", '!!', type(e).__name__ + ':', e)
try:
    print('time.gmtime(2**70)', '->', repr(time.gmtime(2**70)))
except Exception as e:
    print('time.gmtime(2**70)', '!!', type(e).__name__ + ':', e)
try:
    print("time.gmtime(float('nan'))", '->', repr(time.gmtime(float('nan'))))
except Exception as e:
    print("time.gmtime(float('nan'))", '!!', type(e).__name__ + ':', e)
try:
    print("time.gmtime(float('inf'))", '->', repr(time.gmtime(float('inf'))))
except Exception as e:
    print("time.gmtime(float('inf'))", '!!', type(e).__name__ + ':', e)
try:
    print('time.gmtime(True)', '->', repr(time.gmtime(True)))
except Exception as e:
    print('time.gmtime(True)', '!!', type(e).__name__ + ':', e)
try:
    print('time.gmtime(-1.5)', '->', repr(time.gmtime(-1.5)))
except Exception as e:
    print('time.gmtime(-1.5)', '!!', type(e).__name__ + ':', e)
try:
    print('time.gmtime(1e18)', '->', repr(time.gmtime(1e18)))
except Exception as e:
    print('time.gmtime(1e18)', '!!', type(e).__name__ + ':', e)
try:
    print("time.ctime('a')", '->', repr(time.ctime('a')))
except Exception as e:
    print("time.ctime('a')", '!!', type(e).__name__ + ':', e)
try:
    print('time.ctime(0)', '->', repr(time.ctime(0)))
except Exception as e:
    print('time.ctime(0)', '!!', type(e).__name__ + ':', e)
try:
    print('time.ctime(1.9)', '->', repr(time.ctime(1.9)))
except Exception as e:
    print('time.ctime(1.9)', '!!', type(e).__name__ + ':', e)
try:
    print('time.asctime((2020,1,1,0,0,0,0,1,0))', '->', repr(time.asctime((2020,1,1,0,0,0,0,1,0))))
except Exception as e:
    print('time.asctime((2020,1,1,0,0,0,0,1,0))', '!!', type(e).__name__ + ':', e)
try:
    print('time.asctime([2020,1,1,0,0,0,0,1,0])', '->', repr(time.asctime([2020,1,1,0,0,0,0,1,0])))
except Exception as e:
    print('time.asctime([2020,1,1,0,0,0,0,1,0])', '!!', type(e).__name__ + ':', e)
try:
    print('time.asctime(5)', '->', repr(time.asctime(5)))
except Exception as e:
    print('time.asctime(5)', '!!', type(e).__name__ + ':', e)
try:
    print('time.asctime((1,))', '->', repr(time.asctime((1,))))
except Exception as e:
    print('time.asctime((1,))', '!!', type(e).__name__ + ':', e)
try:
    print('time.asctime(time.struct_time((2020,1,1,0,0,0,0,1,0,5,3600)))', '->', repr(time.asctime(time.struct_time((2020,1,1,0,0,0,0,1,0,5,3600)))))
except Exception as e:
    print('time.asctime(time.struct_time((2020,1,1,0,0,0,0,1,0,5,3600)))', '!!', type(e).__name__ + ':', e)
try:
    print("time.asctime(time.struct_time((2020,1,1,0,0,0,0,1,0,'x',2.5)))", '->', repr(time.asctime(time.struct_time((2020,1,1,0,0,0,0,1,0,'x',2.5)))))
except Exception as e:
    print("time.asctime(time.struct_time((2020,1,1,0,0,0,0,1,0,'x',2.5)))", '!!', type(e).__name__ + ':', e)
try:
    print('time.mktime((2020,1,1,0,0,0,0,1,0))', '->', repr(time.mktime((2020,1,1,0,0,0,0,1,0))))
except Exception as e:
    print('time.mktime((2020,1,1,0,0,0,0,1,0))', '!!', type(e).__name__ + ':', e)
try:
    print('time.mktime([2020,1,1,0,0,0,0,1,0])', '->', repr(time.mktime([2020,1,1,0,0,0,0,1,0])))
except Exception as e:
    print('time.mktime([2020,1,1,0,0,0,0,1,0])', '!!', type(e).__name__ + ':', e)
try:
    print('time.mktime((2020,1,1))', '->', repr(time.mktime((2020,1,1))))
except Exception as e:
    print('time.mktime((2020,1,1))', '!!', type(e).__name__ + ':', e)
try:
    print('time.mktime(st)', '->', repr(time.mktime(st)))
except Exception as e:
    print('time.mktime(st)', '!!', type(e).__name__ + ':', e)
try:
    print('time.mktime((2**31-1,13,1,0,0,0,0,1,0))', '->', repr(time.mktime((2**31-1,13,1,0,0,0,0,1,0))))
except Exception as e:
    print('time.mktime((2**31-1,13,1,0,0,0,0,1,0))', '!!', type(e).__name__ + ':', e)
try:
    print('time.mktime((2020,100,-5,30,-3,99,9,999,0))', '->', repr(time.mktime((2020,100,-5,30,-3,99,9,999,0))))
except Exception as e:
    print('time.mktime((2020,100,-5,30,-3,99,9,999,0))', '!!', type(e).__name__ + ':', e)
try:
    print('time.mktime((2020.5,1,1,0,0,0,0,1,0))', '->', repr(time.mktime((2020.5,1,1,0,0,0,0,1,0))))
except Exception as e:
    print('time.mktime((2020.5,1,1,0,0,0,0,1,0))', '!!', type(e).__name__ + ':', e)
try:
    print('time.mktime(time.struct_time((2020,1,1,0,0,0,0,1,0,5,3600)))', '->', repr(time.mktime(time.struct_time((2020,1,1,0,0,0,0,1,0,5,3600)))))
except Exception as e:
    print('time.mktime(time.struct_time((2020,1,1,0,0,0,0,1,0,5,3600)))', '!!', type(e).__name__ + ':', e)
try:
    print("repr(time.struct_time(('a',)*9))", '->', repr(repr(time.struct_time(('a',)*9))))
except Exception as e:
    print("repr(time.struct_time(('a',)*9))", '!!', type(e).__name__ + ':', e)
try:
    print('time.struct_time(range(9)) == time.struct_time(range(10))', '->', repr(time.struct_time(range(9)) == time.struct_time(range(10))))
except Exception as e:
    print('time.struct_time(range(9)) == time.struct_time(range(10))', '!!', type(e).__name__ + ':', e)

try:
    st.tm_year = 5
except Exception as e: print('set', type(e).__name__, e)
try:
    st.foo = 5
except Exception as e: print('setfoo', type(e).__name__, e)
try:
    time.struct_time.foo = 5
except Exception as e: print('setcls', type(e).__name__, e)
y, m, *rest = st
print(y, m, rest)
print(f"{st}")
print("%s" % (st,))
print(sorted(st), max(st), sum(st))
print({st: 1})
