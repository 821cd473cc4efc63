# A float formatted with no presentation type: like `g` with at least one digit after the
# point, switching to the exponent one digit earlier; `#` keeps the point (and `g`'s zeros).
# CPython's `format_float_short` (pystrtod.c). Also `g`, `r` and `%` forms around it.
print(format(1.5, ".1"), format(25.0, ".2"), format(1e16, "#"), format(-0.0, "#.0"), f"{3.14159:.0}")
values = [0.0, -0.0, 1.5, 25.0, 1e16, 1e15, 9.5, 0.25, 0.0001, 0.00001, 123456.789, 3.14159, 100.0,
          1e22, -1.0, 12.0, 99.99, 0.1, 1 / 3, float("inf"), float("nan"), 1e300, 5e-324,
          1234567890123456789.0, 999999.5, -1.5e-7, 0.95, 9.999, 99.5, 2.0 ** 60, -86.97]
specs = ["", ".1", ".2", ".3", ".0", "#", "#.0", "#.1", "#.3", ".5", ".16", ".17", ".20", "#.5",
         "10.2", "+.3", "z.1", "z.0", "#g", "g", ".0g", "#.0g", ".1g", "#.3g", "#.0e", ".0f", "#.0f",
         "#.0%", "0=12.1", ",.2", "_.3", "n", ".3n", "#n", "#.4G", ",", "#,.3", "#.30g"]
for v in values:
    print(repr(v), " | ".join(format(v, s) for s in specs))
for x in [1.5, 25.0, 1e16, 0.001, 123.456, 1e-7, 2.0 ** 60]:
    print(f"{x}", str(x), "%r" % x, "%g" % x, "%#g" % x, "%#.3g" % x, "{:}".format(x), "%#.0e" % x, "%#.0f" % x)
