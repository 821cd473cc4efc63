# time: class names, a struct_time as strftime's argument, formats, ctime/asctime/localtime on the virtual clock, gmtime overflow.
import time
try:
    print('time.struct_time(range(9), None).tm_zone', '->', repr(time.struct_time(range(9), None).tm_zone))
except Exception as e:
    print('time.struct_time(range(9), None).tm_zone', '!!', type(e).__name__ + ':', e)
try:
    print('time.struct_time(range(9), sequence=range(9))', '->', repr(time.struct_time(range(9), sequence=range(9))))
except Exception as e:
    print('time.struct_time(range(9), sequence=range(9))', '!!', type(e).__name__ + ':', e)
try:
    print('time.struct_time(dict={})', '->', repr(time.struct_time(dict={})))
except Exception as e:
    print('time.struct_time(dict={})', '!!', type(e).__name__ + ':', e)
try:
    print('time.struct_time(x for x in range(9))', '->', repr(time.struct_time(x for x in range(9))))
except Exception as e:
    print('time.struct_time(x for x in range(9))', '!!', type(e).__name__ + ':', e)
try:
    print("time.struct_time(range(10), {'tm_zone': 'X'}).tm_zone", '->', repr(time.struct_time(range(10), {'tm_zone': 'X'}).tm_zone))
except Exception as e:
    print("time.struct_time(range(10), {'tm_zone': 'X'}).tm_zone", '!!', type(e).__name__ + ':', e)
try:
    print('time.gmtime(0).__class__.__name__', '->', repr(time.gmtime(0).__class__.__name__))
except Exception as e:
    print('time.gmtime(0).__class__.__name__', '!!', type(e).__name__ + ':', e)
try:
    print('time.struct_time.__name__', '->', repr(time.struct_time.__name__))
except Exception as e:
    print('time.struct_time.__name__', '!!', type(e).__name__ + ':', e)
try:
    print('time.struct_time.__qualname__', '->', repr(time.struct_time.__qualname__))
except Exception as e:
    print('time.struct_time.__qualname__', '!!', type(e).__name__ + ':', e)
try:
    print('time.struct_time.__module__', '->', repr(time.struct_time.__module__))
except Exception as e:
    print('time.struct_time.__module__', '!!', type(e).__name__ + ':', e)
try:
    print('time.struct_time.__repr__(5)', '->', repr(time.struct_time.__repr__(5)))
except Exception as e:
    print('time.struct_time.__repr__(5)', '!!', type(e).__name__ + ':', e)
try:
    print("time.strftime('%Y', time.struct_time(range(9)))", '->', repr(time.strftime('%Y', time.struct_time(range(9)))))
except Exception as e:
    print("time.strftime('%Y', time.struct_time(range(9)))", '!!', type(e).__name__ + ':', e)
try:
    print('time.gmtime() == time.gmtime(0)', '->', repr(time.gmtime() == time.gmtime(0)))
except Exception as e:
    print('time.gmtime() == time.gmtime(0)', '!!', type(e).__name__ + ':', e)
try:
    print('time.gmtime()[0:3]', '->', repr(time.gmtime()[0:3]))
except Exception as e:
    print('time.gmtime()[0:3]', '!!', type(e).__name__ + ':', e)
try:
    print('time.mktime(time.gmtime(12345.6))', '->', repr(time.mktime(time.gmtime(12345.6))))
except Exception as e:
    print('time.mktime(time.gmtime(12345.6))', '!!', type(e).__name__ + ':', e)
try:
    print("time.strftime('%Y-%m-%d %H:%M:%S %Z %z %a %A %b %B %c %x %X %j %p %U %W %%', time.gmtime(1234567890))", '->', repr(time.strftime('%Y-%m-%d %H:%M:%S %Z %z %a %A %b %B %c %x %X %j %p %U %W %%', time.gmtime(1234567890))))
except Exception as e:
    print("time.strftime('%Y-%m-%d %H:%M:%S %Z %z %a %A %b %B %c %x %X %j %p %U %W %%', time.gmtime(1234567890))", '!!', type(e).__name__ + ':', e)
try:
    print("time.strftime('%c')", '->', repr(time.strftime('%c')))
except Exception as e:
    print("time.strftime('%c')", '!!', type(e).__name__ + ':', e)
try:
    print('time.asctime()', '->', repr(time.asctime()))
except Exception as e:
    print('time.asctime()', '!!', type(e).__name__ + ':', e)
try:
    print('time.ctime()', '->', repr(time.ctime()))
except Exception as e:
    print('time.ctime()', '!!', type(e).__name__ + ':', e)
try:
    print('time.ctime(None)', '->', repr(time.ctime(None)))
except Exception as e:
    print('time.ctime(None)', '!!', type(e).__name__ + ':', e)
try:
    print('time.localtime()', '->', repr(time.localtime()))
except Exception as e:
    print('time.localtime()', '!!', type(e).__name__ + ':', e)
try:
    print("time.strftime('%Y', (1900, 0, 0, 0, 0, 0, 0, 0, 0))", '->', repr(time.strftime('%Y', (1900, 0, 0, 0, 0, 0, 0, 0, 0))))
except Exception as e:
    print("time.strftime('%Y', (1900, 0, 0, 0, 0, 0, 0, 0, 0))", '!!', type(e).__name__ + ':', e)
try:
    print("time.strftime('%Y', (2020, 1, 1, 0, 0, 0, -1, 1, 0))", '->', repr(time.strftime('%Y', (2020, 1, 1, 0, 0, 0, -1, 1, 0))))
except Exception as e:
    print("time.strftime('%Y', (2020, 1, 1, 0, 0, 0, -1, 1, 0))", '!!', type(e).__name__ + ':', e)
try:
    print("time.strftime('%Y', (2020, 1, 1, 0, 0, 0, 7, 1, 0))", '->', repr(time.strftime('%Y', (2020, 1, 1, 0, 0, 0, 7, 1, 0))))
except Exception as e:
    print("time.strftime('%Y', (2020, 1, 1, 0, 0, 0, 7, 1, 0))", '!!', type(e).__name__ + ':', e)
try:
    print("time.strftime('%Y', (2020, 1, 1, 0, 0, 0, -2, 1, 0))", '->', repr(time.strftime('%Y', (2020, 1, 1, 0, 0, 0, -2, 1, 0))))
except Exception as e:
    print("time.strftime('%Y', (2020, 1, 1, 0, 0, 0, -2, 1, 0))", '!!', type(e).__name__ + ':', e)
try:
    print('time.gmtime(-2**62)', '->', repr(time.gmtime(-2**62)))
except Exception as e:
    print('time.gmtime(-2**62)', '!!', type(e).__name__ + ':', e)
try:
    print('time.gmtime(2**62)', '->', repr(time.gmtime(2**62)))
except Exception as e:
    print('time.gmtime(2**62)', '!!', type(e).__name__ + ':', e)
try:
    print('time.ctime(-2**62)', '->', repr(time.ctime(-2**62)))
except Exception as e:
    print('time.ctime(-2**62)', '!!', type(e).__name__ + ':', e)
