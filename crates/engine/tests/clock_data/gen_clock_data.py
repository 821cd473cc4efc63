#!/usr/bin/env python3
"""Writes clock_data.json: what CPython 3.11 (glibc, C locale for LC_TIME, TZ=UTC) prints
for time.gmtime / strftime / asctime / ctime / struct_time, for crates/engine/tests/clock.rs.

Run from anywhere:  python3 crates/engine/tests/clock_data/gen_clock_data.py
(with --rust-tables it prints the case-mapping tables of src/vm/stdlib/clock.rs instead).
Deterministic (fixed random seed). The expectations are machine facts: regenerate only on
the reference setup (python3 3.11.7, glibc 2.36, /etc/localtime = UTC, LANG=C.UTF-8), and
check the header of the JSON file (python, glibc, tzname, LC_CTYPE) when in doubt.
"""
import json
import locale
import os
import platform
import random
import struct
import sys
import time

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "clock_data.json")
FUZZ = 1600
SEED = 20240229
# Extra checks, not committed: --fuzz N --seed S --out PATH writes a bigger file that
# `CLOCK_DATA=PATH cargo test -p loopscope-engine --test clock` then reads instead.
for flag in ("--fuzz", "--seed", "--out"):
    if flag in sys.argv:
        value = sys.argv[sys.argv.index(flag) + 1]
        if flag == "--out":
            OUT = value
        elif flag == "--fuzz":
            FUZZ = int(value)
        else:
            SEED = int(value)
SEP = "\x1f"  # joins the outputs of one stamp's formats (never in a format)


def err(e):
    return [type(e).__name__, str(e)]


def bits(x):
    return struct.unpack("<Q", struct.pack("<d", float(x)))[0]


def call(f, *a):
    try:
        return {"r": f(*a)}
    except Exception as e:  # noqa: BLE001 - every error is data here
        return {"e": err(e)}


def timegm(y, m, d):
    """Seconds of y-m-d 00:00:00 UTC, proleptic Gregorian, any year (calendar.timegm stops at 1)."""
    y -= m <= 2
    era = y // 400
    yoe = y - era * 400
    doy = (153 * ((m + 9) % 12) + 2) // 5 + d - 1
    doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
    return (era * 146097 + doe - 719468) * 86400


def fields(st):
    return [st.tm_year, st.tm_mon, st.tm_mday, st.tm_hour, st.tm_min, st.tm_sec, st.tm_wday, st.tm_yday, st.tm_isdst]


rng = random.Random(SEED)
data = {
    "python": sys.version,
    "glibc": " ".join(platform.libc_ver()),
    "tzname": list(time.tzname),
    "lc_ctype": locale.setlocale(locale.LC_CTYPE),
    "sep": SEP,
}

# ------------------------------------------------------------------ gmtime / ctime / repr
floats = [0.0, -0.0, 1.0, 59.999, 86399.5, 86400.0, 951782400.0, 2.0**31, -1.0, -0.5, -1e-300, 1e-300,
          -86400.0 * 365 * 100, 1e9 + 0.999999, 1.5e9, 1e15, 1e17, 1e18, 9.2e18, 2.0**63, -2.0**63,
          2.0**63 * (1 - 2**-53), -2.0**63 * (1 - 2**-53), 67768036191676799.0, 67768036191676800.0,
          -67768040609740800.0, -67768040609740808.0, float("nan"), float("inf"), -float("inf"),
          float(2**53), float(2**53 + 2), -4.9e-324, 5e-324, 1.7976931348623157e308, -1.7976931348623157e308,
          253402300799.9999, -62135596800.5, 4102444800.25]
floats += [rng.uniform(-7e10, 2.6e11) for _ in range(40)] + [rng.uniform(0, 86400) for _ in range(20)]
ints = [0, 1, -1, 59, 86399, 86400, 951782400, 2**31 - 1, 2**31, -2**31, 2**32, -86400 * 365 * 100,
        67768036191676799, 67768036191676800, -67768040609740800, -67768040609740801, 2**60, -2**60,
        2**63 - 1, -2**63, -2**63 + 1, 253402300799, 253402300800, -62135596800, -62135596801,
        -62167219200, -62198755200, 1234567890, 1700000000, 4102444800, 7258118400, 10**15, -10**15]
ints += [rng.randrange(-67768040609740800, 67768036191676800) for _ in range(30)]
ints += [rng.randrange(-10**12, 10**12) for _ in range(30)]
gm = []
for x in floats:
    case = {"f": bits(x)}
    try:
        st = time.gmtime(x)
        case.update(ok=fields(st), zone=st.tm_zone, gmtoff=st.tm_gmtoff, repr=repr(st))
    except Exception as e:  # noqa: BLE001
        case["e"] = err(e)
    case["ctime"] = call(lambda v: time.asctime(time.gmtime(v)), x)
    gm.append(case)
for x in ints:
    case = {"i": x}
    try:
        st = time.gmtime(x)
        case.update(ok=fields(st), zone=st.tm_zone, gmtoff=st.tm_gmtoff, repr=repr(st))
    except Exception as e:  # noqa: BLE001
        case["e"] = err(e)
    case["ctime"] = call(lambda v: time.asctime(time.gmtime(v)), x)
    gm.append(case)
data["gmtime"] = gm

# ------------------------------------------------------------------ strftime over gmtime()
KNOWN = list("aAbBcCdDeFgGhHIjklmMnpPrRsStTuUVwWxXyYzZ%")
UNKNOWN = list("fiJKLNoqvQE@!é{ +|") + ["𝄞"]
DIRECTIVES = KNOWN + UNKNOWN
stamps = [0, 1, 59.999, 86399.5, 86400, 951782400, 951782400 + 13 * 3600 + 5 * 60 + 7, 2**31 - 1, 2**31, -1,
          -0.5, -86400 * 365 * 100, -86400 * 365 * 100 - 1, 1234567890, 1700000000, 4102444800,
          253402300799, 253402300800, -62135596800, -62135596801, -62167219200, -62198755200,
          -62009366400, -59042995200 + 12 * 3600, -65322892800, -122125363200, 3833727840000,
          43200, 43199, 46800, 3600, 82800, 67768036191676799, -67768040609740800,
          67767976233532799, 67767976201996800]
stamps += [rng.randrange(-10**11, 3 * 10**11) for _ in range(50)] + [rng.uniform(0, 86400) for _ in range(20)]
plain = ["%" + d for d in DIRECTIVES] + ["", "%", "a%", "%-", "%5", "%E", "%O", "%^", "%#", "%_", "%0", "%12", "%E5Y",
                                         "%5EY", "é%Y€", "𝄞%a", "%%Y", "%%%", "plain text", "%Y-%m-%dT%H:%M:%S%z"]
data["plain_formats"] = plain
FLAGS = ["", "-", "_", "0", "^", "#", "0_^#"]
WIDTHS = ["", "1", "4", "12"]
MODS = ["", "E", "O"]
cart = ["%" + fl + w + m + d for d in DIRECTIVES for fl in FLAGS for w in WIDTHS for m in MODS]
data["cart_formats"] = cart
cart_stamps = {0, 951782400 + 13 * 3600 + 5 * 60 + 7, -1, -62198755200 + 86400 * 200}
out = []
for s in stamps:
    st = time.gmtime(s)
    case = {"f": bits(s)} if isinstance(s, float) else {"i": s}
    if st.tm_year > 2**31 - 1:
        case["e"] = call(time.strftime, "%Y", st)["e"]  # the year does not fit a C int
    else:
        case["plain"] = SEP.join(time.strftime(f, st) for f in plain)
    if s in cart_stamps:
        case["cart"] = SEP.join(time.strftime(f, st) for f in cart)
    out.append(case)
data["stamps"] = out

# ------------------------------------------------------------------ week numbering
WEEKFMT = "%Y-%m-%d %a|%U|%W|%V|%G|%g|%j|%u|%w|%C|%y|%D|%F|%s"
data["week_format"] = WEEKFMT
years = list(range(1970, 2030)) + [-2000, -401, -400, -101, -100, -99, -1, 0, 1, 2, 3, 4, 99, 100, 101, 400, 1000,
                                   1582, 1600, 1700, 1800, 1900, 2100, 2400, 9999, 10000, 99999, 123456789]
weeks = []
for y in years:
    base = timegm(y, 1, 1)
    for d in range(-7, 7):
        s = base + d * 86400 + 3600 * (d % 24)
        weeks.append([s, time.strftime(WEEKFMT, time.gmtime(s))])
    s = timegm(y, 7, 1) + 43200
    weeks.append([s, time.strftime(WEEKFMT, time.gmtime(s))])
data["weeks"] = weeks

# ------------------------------------------------------------------ explicit tuples
ALLFMT = "%Y|%m|%d|%H|%M|%S|%w|%j|%Z|%z|%s|%a|%b|%c|%G-%V|%U|%W|%p|%I"
I32MAX, I32MIN = 2**31 - 1, -2**31
tuples = [
    (2024, 13, 1, 0, 0, 0, 0, 1, 0), (2024, 0, 0, 0, 0, 0, 0, 0, 0), (2024, 1, 1, 24, 0, 0, 0, 1, 0),
    (2024, 1, 1, 0, 60, 0, 0, 1, 0), (2024, 1, 1, 0, 0, 61, 0, 1, 0), (2024, 1, 1, 0, 0, 62, 0, 1, 0),
    (2024, 1, 1, 0, 0, 0, -1, 1, 0), (2024, 1, 1, 0, 0, 0, -2, 1, 0), (2024, 1, 1, 0, 0, 0, 13, 1, 0),
    (2024, 1, 1, 0, 0, 0, 0, 367, 0), (2024, 1, 1, 0, 0, 0, 0, 366, 0), (2024, 1, 1, 0, 0, 0, 0, -1, 0),
    (2024, -1, 1, 0, 0, 0, 0, 1, 0), (2024, 1, -1, 0, 0, 0, 0, 1, 0), (2024, 1, 32, 0, 0, 0, 0, 1, 0),
    (2024, 2, 31, 0, 0, 0, 0, 1, 0), (2024, 1, 1, -1, 0, 0, 0, 1, 0), (2024, 1, 1, 0, -1, 0, 0, 1, 0),
    (2024, 1, 1, 0, 0, -1, 0, 1, 0), (2024, 1, 1, 0, 0, 60, 0, 1, 0),
    (2024, 1, 1, 0, 0, 0, I32MAX, 1, 0), (2024, 1, 1, 0, 0, 0, I32MAX + 1, 1, 0), (2024, 1, 1, 0, 0, 0, I32MIN, 1, 0),
    (2024, 1, 1, 0, 0, 0, I32MIN - 1, 1, 0), (2024, 1, 1, 0, 0, 0, 2**63 - 1, 1, 0), (2024, 1, 1, 0, 0, 0, -2**63, 1, 0),
    (2024, I32MIN, 1, 0, 0, 0, 0, 1, 0), (2024, 1, 1, 0, 0, 0, 0, I32MIN, 0), (2024, 1, I32MAX, 0, 0, 0, 0, 1, 0),
    (I32MAX, 1, 1, 0, 0, 0, 0, 1, 0), (I32MAX + 1, 1, 1, 0, 0, 0, 0, 1, 0), (I32MIN + 1900, 1, 1, 0, 0, 0, 0, 1, 0),
    (I32MIN + 1899, 1, 1, 0, 0, 0, 0, 1, 0), (I32MIN, 1, 1, 0, 0, 0, 0, 1, 0), (I32MIN - 1, 1, 1, 0, 0, 0, 0, 1, 0),
    (2**63 - 1, 1, 1, 0, 0, 0, 0, 1, 0), (-2**63, 1, 1, 0, 0, 0, 0, 1, 0), (I32MAX + 1, 13, 1, 0, 0, 0, 0, 1, 0),
    (I32MIN + 1899, 13, 1, 0, 0, 0, 0, 1, 0), (2024, 13, 40, 99, 99, 99, -5, 999, 0),
    (2024, 1, 1, 0, 0, 0, 0, 1, -1), (2024, 1, 1, 0, 0, 0, 0, 1, 1), (2024, 1, 1, 0, 0, 0, 0, 1, 2),
    (2024, 1, 1, 0, 0, 0, 0, 1, -2), (2024, 1, 1, 0, 0, 0, 0, 1, I32MAX), (2024, 1, 1, 0, 0, 0, 0, 1, I32MIN),
    (I32MIN + 1900, 1, 1, 0, 0, 0, 0, 1, 1), (I32MIN + 1900, 1, 1, 1, 0, 0, 0, 1, 1),
    (I32MIN + 1900, 1, 1, 0, 59, 59, 0, 1, 1), (I32MIN + 1900, 1, 1, 0, 0, 0, 6, 1, 0),
    (I32MAX, 12, 31, 23, 59, 61, 0, 1, 1), (I32MAX, 12, 31, 23, 59, 61, 0, 365, 0), (I32MAX, 12, 31, 23, 59, 61, 0, 366, 0),
    (I32MAX, 12, 31, 23, 59, 61, 6, 366, 5), (1970, 1, 1, 0, 0, 0, 3, 1, 0), (1969, 12, 31, 23, 59, 59, 2, 365, 0),
    (0, 1, 1, 0, 0, 0, 0, 1, 0), (-1, 12, 31, 12, 0, 0, 6, 366, 0), (5, 6, 15, 13, 0, 0, 4, 166, 0),
    (2000, 2, 29, 12, 30, 30, 1, 60, 0), (2100, 12, 31, 0, 0, 0, 4, 365, 0),
]
tcases = []
for t in tuples:
    tcases.append({"t": list(t), "f": ALLFMT, **call(time.strftime, ALLFMT, t)})
    tcases.append({"t": list(t), "f": "\0", **call(time.strftime, "\0", t)})
    tcases.append({"t": list(t), "asc": True, **call(time.asctime, t)})
for z, o in [("XYZ", 3600), ("", -3600), (None, -5400), (None, -59), (None, 59), ("XYZ", -2**31), ("XYZ", 2**31),
             ("XYZ", 2**40 + 3600), ("a\0b", 0), ("GMT", 0), ("Zé𝄞", 86399), ("ǅİß", -86399), ("%Y", 7), (None, None),
             ("UTC", None), ("XYZ", 2**63 - 1), ("XYZ", -2**63)]:
    for isdst in (-1, 0, 1, 3):
        t = (2024, 3, 10, 2, 30, 0, 6, 70, isdst)
        st = time.struct_time(t + (z, o))
        for f in [ALLFMT, "%Z|%#Z|%^Z|%10Z|%-10Z|%010Z|%_6z|%-z|%08z|%z|%#z|%^Z%Ez%OZ"]:
            tcases.append({"t": list(t), "zone": z, "gmtoff": o, "struct": True, "f": f, **call(time.strftime, f, st)})
data["tuples"] = tcases

# ------------------------------------------------------------------ special formats at t = 0 (buffer sizes, text)
g0 = time.gmtime(0)
special = ["%1020Y", "%1022Y", "%1023Y", "%1024Y", "%2047Y", "%2048Y", "%2047Yabcd", "%2048Yabcd", "%4095Yabcd",
           "%4096Yabcd", "%2147483647Y", "%2147483648Y", "%99999999999Y", "%1100c", "%_1100c", "%0999999z",
           "xxxxx%2000a", "%1019a%#5Z", "%1023n", "%1024t", "%_1023s", "%01023s", "%-1023e", "é" * 300,
           "%c" * 600, "%c" * 44, "%c" * 43 + "%1", "%1021Y%%", "%2147483646Y", "%1021Ya", "a" * 1023, "a" * 1024,
           "%2147483647%", "%2147483647q", "%2147483647z", "%2147483647Z", "%_2147483647d", "%02147483647d",
           "é%Y€", "𝄞%a", "%é", "%^é", "%#é", "%-é", "%5é", "ǅ%^ǅ%#ǅ", "%^ﬀ", "%^ᾳ%^ΐ%^ǰ", "%^İ", "%Ey%EC%EY%Ex%EX%Ec",
           "%^#a%#^A%^#p%#P%^P%#Z%^#Z", "%#Eb%#Eh%#EB%#Ea%#EA%^Eb", "%^c%^x%^X%^r%^R%^T%^D%^F", "%#c%#r",
           "%010c|%_30c|%-30c|%30r|%^30r", "%-10z|%_10z|%010z|%10z", "%3%|%-3%|%03%|%E%|%O%|%5E%", "% Y", "%.3Y",
           "%'Y", "%I%l%k%p"]
data["special"] = [[f, time.strftime(f, g0)] for f in special]

# ------------------------------------------------------------------ fuzz: random formats on random tuples
TEXT = list("abcXYZ -:/.,") + ["é", "€", "𝄞", "ß", "İ", "ǅ", "ᾳ", "\t", "\n"]
FLAGCH = "-_0^#"


def rand_format():
    parts = []
    for _ in range(rng.randrange(1, 7)):
        r = rng.random()
        if r < 0.25:
            parts.append("".join(rng.choice(TEXT) for _ in range(rng.randrange(1, 4))))
        else:
            s = "%" + "".join(rng.choice(FLAGCH) for _ in range(rng.choice([0, 0, 0, 1, 1, 2, 3])))
            w = rng.random()
            if w < 0.25:
                s += str(rng.randrange(0, 20))
            elif w < 0.3:
                s += "0" + str(rng.randrange(0, 200))
            elif w < 0.33:
                s += str(rng.randrange(100, 1500))
            m = rng.random()
            if m < 0.1:
                s += "E"
            elif m < 0.2:
                s += "O"
            s += rng.choice(KNOWN * 3 + UNKNOWN)
            parts.append(s)
    if rng.random() < 0.05:
        parts.append("%" + "".join(rng.choice(FLAGCH + "12EO") for _ in range(rng.randrange(0, 3))))
    return "".join(parts)


def rand_field(lo, hi, bad=0.02):
    if rng.random() < bad:
        return rng.choice([lo - 1, hi + 1, lo - 2, hi + 100, I32MAX, I32MIN, I32MAX + 1, I32MIN - 1])
    return rng.randrange(lo, hi + 1)


def rand_year():
    r = rng.random()
    if r < 0.6:
        return rng.randrange(1900, 2100)
    if r < 0.8:
        return rng.randrange(-3000, 12000)
    if r < 0.9:
        return rng.choice([I32MAX, I32MAX - 1, I32MIN + 1900, I32MIN + 1901, 0, -1, 9999, 10000, I32MIN + 1899])
    return rng.randrange(I32MIN + 1900, I32MAX)


fuzz = []
for _ in range(FUZZ):
    t = (rand_year(), rand_field(0, 12), rand_field(0, 31), rand_field(0, 23), rand_field(0, 59), rand_field(0, 61),
         rand_field(-1, 13), rand_field(0, 366), rng.choice([-3, -1, 0, 0, 0, 1, 1, 2]))
    f = rand_format()
    case = {"t": list(t), "f": f}
    if rng.random() < 0.5:
        z = rng.choice([None, "", "GMT", "UTC", "CET", "Zé", "ǅx", "A\0B", "longer zone name"])
        o = rng.choice([None, 0, 0, 3600, -3600, 19800, -12600, 59, -59, 86399, -86400, I32MIN, I32MAX + 1])
        case.update(zone=z, gmtoff=o, struct=True)
        case.update(call(time.strftime, f, time.struct_time(t + (z, o))))
    else:
        case.update(call(time.strftime, f, t))
    fuzz.append(case)
data["fuzz"] = fuzz

# ------------------------------------------------------------------ misc error texts
data["errors"] = {
    "not_tuple": call(time.strftime, "%Y", [2024, 1, 1, 0, 0, 0, 0, 1, 0])["e"],
    "strftime_len": call(time.strftime, "%Y", (2024, 1, 1, 0, 0, 0, 0, 1))["e"],
    "asctime_len": call(time.asctime, (2024, 1, 1, 0, 0, 0, 0, 1))["e"],
    "struct_short": call(time.struct_time, (1, 2, 3))["e"],
    "struct_long": call(time.struct_time, tuple(range(12)))["e"],
    "struct_not_seq": call(time.struct_time, 5)["e"],
    "long_overflow": call(time.strftime, "%Y", (2**63, 1, 1, 0, 0, 0, 0, 1, 0))["e"],
    "int_timestamp_overflow": call(time.gmtime, 2**63)["e"],
    "zone_type": call(time.strftime, "%Z", time.struct_time((2024, 13, 1, 0, 0, 0, 0, 1, 0, 5, 0)))["e"],
}

# ------------------------------------------------------------------ towupper / towlower (LC_CTYPE) through %^Z / %#Z
up, low = [], []
cps = [c for c in range(1, 0x110000) if not 0xD800 <= c <= 0xDFFF]
for i in range(0, len(cps), 1000):
    chunk = "".join(map(chr, cps[i:i + 1000]))
    st = time.struct_time((2024, 1, 1, 0, 0, 0, 0, 1, 0, chunk, 0))
    u, lo_ = time.strftime("%^Z", st), time.strftime("%#Z", st)
    assert len(u) == len(chunk) == len(lo_)
    for a, b, c in zip(chunk, u, lo_):
        if a != b:
            up.append([ord(a), ord(b)])
        if a != c:
            low.append([ord(a), ord(c)])
data["towupper"] = up
data["towlower"] = low



def runs(pairs):
    """(start, end, delta, stride) runs covering sorted (code point, mapped) pairs."""
    out = []
    for a, b in sorted(pairs):
        if out:
            s, e, d, st = out[-1]
            if d == b - a and ((s == e and a - e in (1, 2)) or (s != e and a - e == st)):
                out[-1] = [s, a, d, a - e]
                continue
        out.append([a, a, b - a, 1])
    return out


if "--rust-tables" in sys.argv:
    # The tables of towupper/towlower in src/vm/stdlib/clock.rs (then run cargo fmt).
    for name, pairs in (("TOWUPPER", up), ("TOWLOWER", low)):
        flat = [x for r in runs(pairs) for x in r]
        print(f"const {name}: [i32; {len(flat)}] = [{', '.join(map(str, flat))}];")
    sys.exit(0)

with open(OUT, "w", encoding="utf-8") as fh:
    json.dump(data, fh, ensure_ascii=False, separators=(",", ":"))
    fh.write("\n")
print(f"wrote {OUT}: {os.path.getsize(OUT)} bytes", file=sys.stderr)
