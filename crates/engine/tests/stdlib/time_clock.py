# time: strftime('%X'), localtime(), ctime(), asctime(), mktime() at several virtual times, after blocking sleeps and inside tasks.
import asyncio
import time

print(time.strftime('%X'), time.strftime('%Y-%m-%d %H:%M:%S'), time.ctime(), time.asctime())
t = time.localtime()
print(t)
print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec, t.tm_wday, t.tm_yday, t.tm_isdst, t.tm_zone, t.tm_gmtoff)
time.sleep(1)
print(time.strftime('%X'))
time.sleep(0.5)
print(time.strftime('%X'), time.time(), time.gmtime())
time.sleep(3600 * 5 + 61.7)
print(time.strftime('%H:%M:%S %p %Z %z %j'), time.ctime(), time.mktime(time.localtime()))

async def worker(name, delay):
    for i in range(3):
        await asyncio.sleep(delay)
        print(f'{time.strftime("%X")} {name} step {i}')

async def main():
    print('start', time.strftime('%X'))
    await asyncio.gather(worker('a', 1.5), worker('b', 2))
    print('end', time.strftime('%H:%M:%S'), time.asctime(time.gmtime(time.time())))
    y, m, d, hh, mm, ss, wd, yd, dst = time.localtime()
    print(y, m, d, hh, mm, ss, wd, yd, dst)
    print(list(time.gmtime(0)), tuple(time.gmtime(86399.99)))
    print(time.gmtime(10**9) > time.gmtime(10**8), time.gmtime(5) == (1970, 1, 1, 0, 0, 5, 3, 1, 0))
    print(time.strftime('%A %d %B %Y', (2024, 2, 29, 12, 0, 0, 3, 60, 0)))
    print(time.strftime('%c|%x|%D|%T|%r|%R|%e|%I|%l|%k|%u|%w|%C|%g|%G|%V|%U|%W|%h|%n|%t|%%'))
    print(time.ctime(1700000000), time.ctime(-1), time.ctime(0.999))
    print(time.localtime(1700000000.7).tm_sec, time.gmtime(-86400 * 366))

asyncio.run(main())
