"""What every feature generator shares: an indented line buffer and the program state."""
import contextlib

WORDS = ["ant", "bee", "cat", "dog", "eel", "fox", "gnu", "hen", "owl", "yak", "emu", "ape"]
# Delays whose sums CPython and Loopscope compute the same way (plain f64 additions).
DELAYS = ["0", "0.1", "0.1", "0.2", "0.3", "0.5", "1", "0.25", "0.05", "1.5", "0.1 + 0.2", "0.4"]
POSITIVE = [d for d in DELAYS if d != "0"]


class Block:
    """Lines of code at a current indentation depth (4 spaces a level)."""

    def __init__(self, depth=0):
        self.lines = []
        self.depth = depth

    def __call__(self, *texts):
        for text in texts:
            self.lines.append("    " * self.depth + text if text else "")

    @contextlib.contextmanager
    def block(self, header):
        self(header)
        self.depth += 1
        try:
            yield
        finally:
            self.depth -= 1


class Prog:
    """The program being generated: its RNG, top-level definitions, features used."""

    def __init__(self, rng):
        self.r = rng
        self.defs = Block(0)
        self.tags = set()
        self.n = 0

    def fresh(self, base):
        self.n += 1
        return f"{base}{self.n}"

    def tag(self, name):
        self.tags.add(name)

    def chance(self, prob):
        return self.r.random() < prob

    def pick(self, seq):
        return self.r.choice(seq)

    def ints(self, lo=-5, hi=20, n=None):
        n = self.r.randint(3, 8) if n is None else n
        return [self.r.randint(lo, hi) for _ in range(n)]

    def words(self, n=None):
        n = self.r.randint(3, 6) if n is None else n
        return [self.r.choice(WORDS) for _ in range(n)]

    def delay(self, zero=True):
        """A delay expression; now and then one drawn from `random` at run time."""
        if self.chance(0.03):
            self.tag("random")
            return self.pick(["random.uniform(0, 0.5)", "random.choice([0.1, 0.2, 0.3])",
                              "random.randint(0, 3) / 10", "random.random()"])
        return self.pick(DELAYS if zero else POSITIVE)

    def now(self):
        """An expression for the virtual time, in one of its spellings."""
        return self.pick(["time.monotonic()", "time.monotonic()", "time.time()",
                          "asyncio.get_running_loop().time()", "round(time.monotonic(), 2)",
                          "time.perf_counter()"])

    def fnow(self):
        """The virtual time inside an f-string (double-quoted f-strings only)."""
        return self.pick(["{time.monotonic()}", "{time.monotonic():.2f}", "{time.time():.3f}",
                          "{asyncio.get_running_loop().time()}", "{time.monotonic():g}"])

    def maybe_yield(self, b, prob=0.25):
        """Now and then, let other parts run here (sleep 0 or a short sleep)."""
        if self.chance(prob):
            b(f"await asyncio.sleep({self.pick(['0', '0', '0.1', '0.05', '0.2'])})")
