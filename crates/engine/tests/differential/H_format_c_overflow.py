# format(n, "c") converts n to a C long first (PyLong_AsLong), then checks the range;
# `%c` checks the range only.
def t(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "!!", type(e).__name__ + ":", e)

for n in [2 ** 70, -2 ** 70, 2 ** 63, 2 ** 63 - 1, -2 ** 63, -2 ** 63 - 1, -1, 0x110000, 65, True]:
    t(f"format({n}, 'c')", lambda: format(n, "c"))
    t(f"'%c' % {n}", lambda: "%c" % n)
    t(f"f'{{{n}:>3c}}'", lambda: f"{n:>3c}")
t("format(2 ** 70, '+c')", lambda: format(2 ** 70, "+c"))
t("format(2 ** 70, '#c')", lambda: format(2 ** 70, "#c"))
t("format(2 ** 70, '.2c')", lambda: format(2 ** 70, ".2c"))
