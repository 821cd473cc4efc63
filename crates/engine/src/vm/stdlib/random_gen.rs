//! Python's `random` module, draw for draw as CPython 3.11 makes it.
//!
//! The core is the Mersenne Twister (MT19937) and its seeding (`init_genrand`,
//! `init_by_array`) as `Modules/_randommodule.c` does them; every method on top is written
//! the way `Lib/random.py` writes it, so that the same calls consume the same words of the
//! generator in the same order and return the same values, bit for bit. The tests in
//! `tests/random.rs` compare hundreds of thousands of draws with what python3 gives.
//!
//! This module is a leaf: it uses nothing from the rest of the crate, and no crate. The VM
//! converts Python values to the plain Rust arguments taken here (ints as `i64`, big ints
//! as magnitude words, floats as `f64`, sequences as their length) and turns a
//! [`RandomError`] into the exception it names.
//!
//! What depends on the platform's maths library: everything that calls `ln`, `exp`, `cos`,
//! `sin`, `acos` or `powf` (`gauss`, `normalvariate`, `lognormvariate`, `expovariate`,
//! `vonmisesvariate`, `gammavariate`, `betavariate`, `paretovariate`, `weibullvariate`).
//! Natively Rust calls the system libm (glibc on Linux, as CPython does); on wasm it uses
//! its own port of musl's, which may differ in the last bit. `sqrt`, `floor` and the
//! arithmetic are exact everywhere, so the integer and sequence methods, `random`,
//! `uniform` and `triangular` never depend on it. Measured on the tests' streams with the
//! `libm` crate 0.2.16 in place of glibc 2.36: 2% to 13% of the values of each of those
//! functions differ in the last bit (`normalvariate`'s none: its log only decides
//! rejections), and no rejection decision changed, so the generator stayed in step. A
//! correctly rounded libm would differ from glibc on about 0.1% of the values.

use std::collections::HashSet;

/// An error CPython would raise: `kind` is the exception class's name, `message` its text.
///
/// Kinds: `"ValueError"`, `"TypeError"`, `"IndexError"`, `"ZeroDivisionError"`,
/// `"OverflowError"`, `"MemoryError"`, and `"Hang"`, which is not an exception: CPython
/// would loop forever there (e.g. `gammavariate(float('nan'), 1)`), and this module gives
/// up after [`MAX_REJECTIONS`] tries instead; the VM should report it the way it reports a
/// run that exceeds its step limit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RandomError {
    pub kind: &'static str,
    pub message: String,
}

impl RandomError {
    fn new(kind: &'static str, message: impl Into<String>) -> Self {
        RandomError { kind, message: message.into() }
    }
    fn value(message: impl Into<String>) -> Self {
        Self::new("ValueError", message)
    }
    fn memory() -> Self {
        Self::new("MemoryError", "")
    }
    fn division() -> Self {
        Self::new("ZeroDivisionError", "float division by zero")
    }
    fn hang(what: &str) -> Self {
        Self::new("Hang", format!("{what}() would never return with these arguments"))
    }

    /// `random.seed(x)` with `x` of another type than None, int, float, str, bytes or
    /// bytearray.
    pub fn seed_type() -> Self {
        Self::new("TypeError", "The only supported seed types are: None,\nint, float, str, bytes, and bytearray.")
    }

    /// `random.choices(population, k)`: an int given as `weights`.
    pub fn choices_k_positional(k: i64) -> Self {
        Self::new("TypeError", format!("The number of choices must be a keyword argument: k={k}"))
    }

    /// `random.sample(population, k, counts=...)` whose counts add up to a float.
    pub fn counts_not_integers() -> Self {
        Self::new("TypeError", "Counts must be integers")
    }

    /// `random.randrange(start, step=s)` without a stop, `s` being anything but the int 1
    /// (CPython tests `step is 1`: `True` and `1.0` fail too).
    pub fn missing_stop() -> Self {
        Self::new("TypeError", "Missing a non-None stop argument")
    }
}

impl std::fmt::Display for RandomError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.kind, self.message)
    }
}

impl std::error::Error for RandomError {}

/// How many rejections a sampling loop tolerates before returning a `"Hang"` error. With
/// sensible arguments every loop here accepts at least half of its tries, so this is only
/// reached with arguments on which CPython loops forever.
pub const MAX_REJECTIONS: u32 = 1 << 20;

const N: usize = 624;
const M: usize = 397;
const MATRIX_A: u32 = 0x9908_b0df;
const UPPER_MASK: u32 = 0x8000_0000;
const LOWER_MASK: u32 = 0x7fff_ffff;

/// `4 * exp(-0.5) / sqrt(2.0)`, as `random.py` computes it at import.
const NV_MAGICCONST: f64 = 1.7155277699214135;
/// `2.0 * pi`.
const TWOPI: f64 = std::f64::consts::TAU;
/// `log(4.0)`.
const LOG4: f64 = 1.3862943611198906;
/// `1.0 + log(4.5)`.
const SG_MAGICCONST: f64 = 2.504077396776274;
const E: f64 = std::f64::consts::E;
const PI: f64 = std::f64::consts::PI;

/// A `random.Random` instance: the Mersenne Twister's state and `gauss_next`.
#[derive(Clone)]
pub struct Random {
    mt: [u32; N],
    index: usize,
    gauss_next: Option<f64>,
}

impl Default for Random {
    fn default() -> Self {
        Self::new()
    }
}

impl std::fmt::Debug for Random {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Random").field("index", &self.index).field("gauss_next", &self.gauss_next).finish()
    }
}

impl Random {
    /// A generator seeded with 0 (CPython seeds from the OS; Loopscope is deterministic).
    pub fn new() -> Self {
        let mut r = Random { mt: [0; N], index: N, gauss_next: None };
        r.seed_i64(0);
        r
    }

    // ---------------------------------------------------------------- seeding

    fn init_genrand(&mut self, s: u32) {
        self.mt[0] = s;
        for i in 1..N {
            let prev = self.mt[i - 1];
            self.mt[i] = 1_812_433_253u32.wrapping_mul(prev ^ (prev >> 30)).wrapping_add(i as u32);
        }
        self.index = N;
    }

    fn init_by_array(&mut self, key: &[u32]) {
        debug_assert!(!key.is_empty());
        self.init_genrand(19_650_218);
        let mt = &mut self.mt;
        let (mut i, mut j) = (1usize, 0usize);
        for _ in 0..N.max(key.len()) {
            let prev = mt[i - 1];
            mt[i] = (mt[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1_664_525)).wrapping_add(key[j]).wrapping_add(j as u32);
            i += 1;
            j += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
            if j >= key.len() {
                j = 0;
            }
        }
        for _ in 0..N - 1 {
            let prev = mt[i - 1];
            mt[i] = (mt[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1_566_083_941)).wrapping_sub(i as u32);
            i += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
        }
        mt[0] = 0x8000_0000;
    }

    /// `seed(a)` for an int `a` given as the little-endian 32-bit words of its absolute
    /// value (CPython seeds with `abs(a)`; high zero words are ignored, no words means 0).
    pub fn seed_words(&mut self, magnitude: &[u32]) {
        let used = magnitude.iter().rposition(|&w| w != 0).map_or(0, |i| i + 1);
        if used == 0 {
            self.init_by_array(&[0]);
        } else {
            self.init_by_array(&magnitude[..used]);
        }
        self.gauss_next = None;
    }

    /// `seed(a)` for an int (or a bool) `a`. `seed(None)` is, in Loopscope, `seed(0)`.
    pub fn seed_i64(&mut self, a: i64) {
        self.seed_u64(a.unsigned_abs());
    }

    fn seed_u64(&mut self, a: u64) {
        self.seed_words(&[a as u32, (a >> 32) as u32]);
    }

    /// `seed(x)` for a float: CPython seeds with `hash(x)` cast to an unsigned 64-bit
    /// integer (so `seed(-1.5)` is `seed(2**64 - hash(1.5))`, not `seed(hash(1.5))`).
    /// A NaN hashes by identity in CPython 3.11, so its seed is arbitrary there; here it
    /// is 0.
    pub fn seed_float(&mut self, x: f64) {
        self.seed_u64(hash_float(x) as u64);
    }

    /// `seed(s)` for a str (version 2, the default):
    /// `int.from_bytes(s.encode() + sha512(s.encode()).digest(), 'big')`.
    pub fn seed_str(&mut self, s: &str) {
        self.seed_bytes(s.as_bytes());
    }

    /// `seed(b)` for bytes or a bytearray (version 2, the default).
    pub fn seed_bytes(&mut self, b: &[u8]) {
        let mut all = Vec::with_capacity(b.len() + 64);
        all.extend_from_slice(b);
        all.extend_from_slice(&sha512(b));
        // Big-endian bytes to little-endian 32-bit words.
        let words: Vec<u32> =
            all.rchunks(4).map(|c| c.iter().fold(0u32, |acc, &byte| (acc << 8) | u32::from(byte))).collect();
        self.seed_words(&words);
    }

    /// `seed(s, version=1)` for a str: the narrower seed of Python 2.
    pub fn seed_str_version1(&mut self, s: &str) {
        self.seed_u64(version1_seed(s.chars().map(u32::from)));
    }

    /// `seed(b, version=1)` for bytes (decoded as latin-1).
    pub fn seed_bytes_version1(&mut self, b: &[u8]) {
        self.seed_u64(version1_seed(b.iter().map(|&c| u32::from(c))));
    }

    // ---------------------------------------------------------------- core

    /// One 32-bit output of the Mersenne Twister (`genrand_uint32`).
    pub fn next_u32(&mut self) -> u32 {
        if self.index >= N {
            self.twist();
        }
        let mut y = self.mt[self.index];
        self.index += 1;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^ (y >> 18)
    }

    fn twist(&mut self) {
        let mt = &mut self.mt;
        let mix = |upper: u32, lower: u32| {
            let y = (upper & UPPER_MASK) | (lower & LOWER_MASK);
            (y >> 1) ^ if y & 1 != 0 { MATRIX_A } else { 0 }
        };
        for k in 0..N - M {
            mt[k] = mt[k + M] ^ mix(mt[k], mt[k + 1]);
        }
        for k in N - M..N - 1 {
            mt[k] = mt[k + M - N] ^ mix(mt[k], mt[k + 1]);
        }
        mt[N - 1] = mt[M - 1] ^ mix(mt[N - 1], mt[0]);
        self.index = 0;
    }

    /// `random()`: a float in [0.0, 1.0) with 53 random bits.
    pub fn random(&mut self) -> f64 {
        let a = self.next_u32() >> 5;
        let b = self.next_u32() >> 6;
        (f64::from(a) * 67_108_864.0 + f64::from(b)) * (1.0 / 9_007_199_254_740_992.0)
    }

    /// `getrandbits(k)` for `k <= 64`; `None` (and no draw) for a larger `k`.
    pub fn getrandbits_u64(&mut self, k: u32) -> Option<u64> {
        match k {
            0 => Some(0),
            1..=32 => Some(u64::from(self.next_u32() >> (32 - k))),
            33..=64 => {
                let low = self.next_u32();
                let high = self.next_u32() >> (64 - k);
                Some((u64::from(high) << 32) | u64::from(low))
            }
            _ => None,
        }
    }

    /// `getrandbits(k)` for any `k`: the little-endian 32-bit words of the result,
    /// `ceil(k / 32)` of them (none for `k == 0`). CPython fills them from the least
    /// significant up, the last one keeping the high bits of its draw.
    pub fn getrandbits(&mut self, k: i64) -> Result<Vec<u32>, RandomError> {
        let k = int_arg(k)?;
        if k < 0 {
            return Err(RandomError::value("number of bits must be non-negative"));
        }
        self.getrandbits_words(k as u64)
    }

    fn getrandbits_words(&mut self, k: u64) -> Result<Vec<u32>, RandomError> {
        let words = usize::try_from(k.div_ceil(32)).map_err(|_| RandomError::memory())?;
        let mut out = Vec::new();
        out.try_reserve_exact(words).map_err(|_| RandomError::memory())?;
        let mut left = k;
        for _ in 0..words {
            let r = self.next_u32();
            out.push(if left < 32 { r >> (32 - left) } else { r });
            left = left.saturating_sub(32);
        }
        Ok(out)
    }

    /// `randbytes(n)`: `getrandbits(n * 8).to_bytes(n, 'little')`.
    pub fn randbytes(&mut self, n: i64) -> Result<Vec<u8>, RandomError> {
        let bits = n.checked_mul(8).ok_or_else(too_large_for_c_int)?;
        let words = self.getrandbits(bits)?;
        Ok(words.iter().flat_map(|w| w.to_le_bytes()).take(n as usize).collect())
    }

    /// `_randbelow(n)` (`_randbelow_with_getrandbits`): an int in [0, n). CPython loops
    /// forever on `n == 0` (no public method calls it so); this returns a ValueError.
    pub fn randbelow(&mut self, n: u64) -> Result<u64, RandomError> {
        if n == 0 {
            return Err(RandomError::value("_randbelow(0): n must be positive"));
        }
        Ok(self.randbelow_nonzero(n))
    }

    /// `_randbelow(n)` for `n > 0` (with `n == 0` it would never return).
    fn randbelow_nonzero(&mut self, n: u64) -> u64 {
        let k = 64 - n.leading_zeros();
        loop {
            let r = self.getrandbits_u64(k).unwrap_or(0);
            if r < n {
                return r;
            }
        }
    }

    /// `_randbelow(n)` for `0 < n <= 2**64` (`randint(-2**63, 2**63 - 1)` needs 2**64).
    fn randbelow_wide(&mut self, n: u128) -> u128 {
        if let Ok(n) = u64::try_from(n) {
            return u128::from(self.randbelow_nonzero(n));
        }
        let k = 128 - n.leading_zeros();
        loop {
            let mut r = 0u128;
            let mut left = k;
            for i in 0..k.div_ceil(32) {
                let w = self.next_u32();
                r |= u128::from(if left < 32 { w >> (32 - left) } else { w }) << (32 * i);
                left = left.saturating_sub(32);
            }
            if r < n {
                return r;
            }
        }
    }

    /// `_randbelow(n)` for an int of any size, as little-endian 32-bit words (high zero
    /// words allowed); the result has as many words as `getrandbits(n.bit_length())`.
    pub fn randbelow_words(&mut self, n: &[u32]) -> Result<Vec<u32>, RandomError> {
        let used = n.iter().rposition(|&w| w != 0).map_or(0, |i| i + 1);
        let n = &n[..used];
        let Some(&top) = n.last() else {
            return Err(RandomError::value("_randbelow(0): n must be positive"));
        };
        let k = (used as u64 - 1) * 32 + u64::from(32 - top.leading_zeros());
        loop {
            let r = self.getrandbits_words(k)?;
            if words_less(&r, n) {
                return Ok(r);
            }
        }
    }

    // ---------------------------------------------------------------- integers

    /// `randrange(start)` (`stop == None`; then `step` must be 1, see
    /// [`RandomError::missing_stop`]), `randrange(start, stop)` and
    /// `randrange(start, stop, step)`; `step` is 1 when not given.
    pub fn randrange(&mut self, start: i64, stop: Option<i64>, step: i64) -> Result<i64, RandomError> {
        self.randrange_wide(i128::from(start), stop.map(i128::from), i128::from(step))
    }

    fn randrange_wide(&mut self, start: i128, stop: Option<i128>, step: i128) -> Result<i64, RandomError> {
        let Some(stop) = stop else {
            if step != 1 {
                return Err(RandomError::missing_stop());
            }
            if start > 0 {
                return Ok(self.randbelow_nonzero(start as u64) as i64);
            }
            return Err(RandomError::value("empty range for randrange()"));
        };
        let width = stop - start;
        if step == 1 {
            if width > 0 {
                return Ok((start + self.randbelow_wide(width as u128) as i128) as i64);
            }
            return Err(RandomError::value(format!("empty range for randrange() ({start}, {stop}, {width})")));
        }
        let n = match step {
            0 => return Err(RandomError::value("zero step for randrange()")),
            1.. => floor_div(width + step - 1, step),
            _ => floor_div(width + step + 1, step),
        };
        if n <= 0 {
            return Err(RandomError::value("empty range for randrange()"));
        }
        Ok((start + step * self.randbelow_wide(n as u128) as i128) as i64)
    }

    /// `randint(a, b)`: `randrange(a, b + 1)`.
    pub fn randint(&mut self, a: i64, b: i64) -> Result<i64, RandomError> {
        self.randrange_wide(i128::from(a), Some(i128::from(b) + 1), 1)
    }

    // ---------------------------------------------------------------- sequences

    /// `choice(seq)` for a sequence of `len` items: the index of the chosen one.
    pub fn choice(&mut self, len: usize) -> Result<usize, RandomError> {
        if len == 0 {
            return Err(RandomError::new("IndexError", "Cannot choose from an empty sequence"));
        }
        Ok(self.randbelow_nonzero(len as u64) as usize)
    }

    /// `shuffle(x)` for a sequence of `len` items: calls `swap(i, j)` for each exchange
    /// `x[i], x[j] = x[j], x[i]` in CPython's order (`i` from `len - 1` down to 1; `j` may
    /// equal `i`).
    pub fn shuffle_with(&mut self, len: usize, mut swap: impl FnMut(usize, usize)) {
        for i in (1..len).rev() {
            let j = self.randbelow_nonzero(i as u64 + 1) as usize;
            swap(i, j);
        }
    }

    /// `shuffle(x)` on a slice.
    pub fn shuffle<T>(&mut self, items: &mut [T]) {
        self.shuffle_with(items.len(), |i, j| items.swap(i, j));
    }

    /// `sample(population, k)` for a population of `n` items: the indices of the chosen
    /// ones, in selection order. Like CPython, it keeps a pool of the `n` indices when `n`
    /// is small next to `k`, and a set of the chosen ones otherwise (the draws differ).
    pub fn sample(&mut self, n: u64, k: i64) -> Result<Vec<u64>, RandomError> {
        let k = match u64::try_from(k) {
            Ok(k) if k <= n => k,
            _ => return Err(RandomError::value("Sample larger than population or is negative")),
        };
        let mut result = Vec::new();
        result
            .try_reserve_exact(usize::try_from(k).map_err(|_| RandomError::memory())?)
            .map_err(|_| RandomError::memory())?;
        if u128::from(n) <= sample_setsize(k) {
            // The pool: n <= 21 + 4**ceil(log4(3k)) < 21 + 12k, and k items fitted.
            let mut pool: Vec<u64> = (0..n).collect();
            for i in 0..k {
                let j = self.randbelow_nonzero(n - i) as usize;
                result.push(pool[j]);
                pool[j] = pool[(n - i - 1) as usize];
            }
        } else {
            let mut selected = HashSet::new();
            for _ in 0..k {
                let mut j = self.randbelow_nonzero(n);
                while selected.contains(&j) {
                    j = self.randbelow_nonzero(n);
                }
                selected.insert(j);
                result.push(j);
            }
        }
        Ok(result)
    }

    /// `sample(population, k, counts=counts)` for a population of `n` items: the indices
    /// of the chosen items. Counts that are floats are the caller's TypeError
    /// ([`RandomError::counts_not_integers`], raised after the length check).
    pub fn sample_counts(&mut self, n: usize, counts: &[i64], k: i64) -> Result<Vec<usize>, RandomError> {
        let mut cum_counts: Vec<i128> = counts
            .iter()
            .scan(0i128, |acc, &c| {
                *acc += i128::from(c);
                Some(*acc)
            })
            .collect();
        if cum_counts.len() != n {
            return Err(RandomError::value("The number of counts does not match the population"));
        }
        let Some(total) = cum_counts.pop() else {
            return Err(RandomError::new("IndexError", "pop from empty list"));
        };
        if total <= 0 {
            return Err(RandomError::value("Total of counts must be greater than zero"));
        }
        let total = u64::try_from(total)
            .ok()
            .filter(|&t| t <= i64::MAX as u64)
            .ok_or_else(|| RandomError::new("OverflowError", "Python int too large to convert to C ssize_t"))?;
        let selections = self.sample(total, k)?;
        Ok(selections.into_iter().map(|s| bisect_right(&cum_counts, &i128::from(s), 0, cum_counts.len())).collect())
    }

    /// `choices(population, weights, cum_weights=..., k=k)` for a population of `n` items:
    /// the indices of the chosen items. Weights are taken as floats and summed as floats
    /// (CPython sums int weights exactly; the two differ only past 2**53).
    pub fn choices(
        &mut self,
        n: usize,
        weights: Option<&[f64]>,
        cum_weights: Option<&[f64]>,
        k: i64,
    ) -> Result<Vec<usize>, RandomError> {
        let k = usize::try_from(k.max(0)).map_err(|_| RandomError::memory())?;
        let mut result = Vec::new();
        let summed;
        let cum_weights = match (weights, cum_weights) {
            (None, None) => {
                result.try_reserve_exact(k).map_err(|_| RandomError::memory())?;
                let n_float = n as f64;
                for _ in 0..k {
                    let i = (self.random() * n_float).floor() as usize;
                    if i >= n {
                        return Err(RandomError::new("IndexError", "list index out of range"));
                    }
                    result.push(i);
                }
                return Ok(result);
            }
            (Some(weights), None) => {
                summed = weights
                    .iter()
                    .scan(None, |acc: &mut Option<f64>, &w| {
                        let s = acc.map_or(w, |a| a + w);
                        *acc = Some(s);
                        Some(s)
                    })
                    .collect::<Vec<f64>>();
                &summed[..]
            }
            (None, Some(cum)) => cum,
            (Some(_), Some(_)) => {
                return Err(RandomError::new("TypeError", "Cannot specify both weights and cumulative weights"));
            }
        };
        if cum_weights.len() != n {
            return Err(RandomError::value("The number of weights does not match the population"));
        }
        let Some(&last) = cum_weights.last() else {
            return Err(RandomError::new("IndexError", "list index out of range"));
        };
        let total = last + 0.0;
        if total <= 0.0 {
            return Err(RandomError::value("Total of weights must be greater than zero"));
        }
        if !total.is_finite() {
            return Err(RandomError::value("Total of weights must be finite"));
        }
        result.try_reserve_exact(k).map_err(|_| RandomError::memory())?;
        let hi = n - 1;
        for _ in 0..k {
            let x = self.random() * total;
            result.push(bisect_right(cum_weights, &x, 0, hi));
        }
        Ok(result)
    }

    // ---------------------------------------------------------------- real distributions

    /// `uniform(a, b)`: `a + (b - a) * random()`.
    pub fn uniform(&mut self, a: f64, b: f64) -> f64 {
        a + (b - a) * self.random()
    }

    /// `triangular(low, high, mode)`; `mode` None is the midpoint.
    pub fn triangular(&mut self, low: f64, high: f64, mode: Option<f64>) -> f64 {
        let mut u = self.random();
        let mut c = match mode {
            None => 0.5,
            Some(mode) => match py_div(mode - low, high - low) {
                Ok(c) => c,
                Err(_) => return low,
            },
        };
        let (mut low, mut high) = (low, high);
        if u > c {
            u = 1.0 - u;
            c = 1.0 - c;
            std::mem::swap(&mut low, &mut high);
        }
        // u * c is never negative here (or it is NaN, where math.sqrt returns NaN too).
        low + (high - low) * (u * c).sqrt()
    }

    /// `normalvariate(mu, sigma)` (Kinderman and Monahan).
    pub fn normalvariate(&mut self, mu: f64, sigma: f64) -> f64 {
        loop {
            let u1 = self.random();
            let u2 = 1.0 - self.random();
            let z = NV_MAGICCONST * (u1 - 0.5) / u2;
            let zz = z * z / 4.0;
            // u2 is in (0, 1]: its log never fails.
            if zz <= -u2.ln() {
                return mu + z * sigma;
            }
        }
    }

    /// `gauss(mu, sigma)`: draws two normal values at a time and keeps the second in
    /// `gauss_next` for the next call (seeding forgets it).
    pub fn gauss(&mut self, mu: f64, sigma: f64) -> f64 {
        let z = match self.gauss_next.take() {
            Some(z) => z,
            None => {
                let x2pi = self.random() * TWOPI;
                let g2rad = (-2.0 * (1.0 - self.random()).ln()).sqrt();
                self.gauss_next = Some(x2pi.sin() * g2rad);
                x2pi.cos() * g2rad
            }
        };
        mu + z * sigma
    }

    /// The value `gauss()` returns next without drawing, if any.
    pub fn gauss_next(&self) -> Option<f64> {
        self.gauss_next
    }

    /// The generator's words and its position in them (0 to 624), as `getstate()[1]`
    /// lists them: the 624 words, then the position.
    pub fn state(&self) -> (&[u32; N], usize) {
        (&self.mt, self.index)
    }

    /// `setstate()`: the words, a position (clamped to 624; CPython refuses a larger one
    /// before calling this) and the next `gauss()` value.
    pub fn set_state(&mut self, mt: [u32; N], index: usize, gauss_next: Option<f64>) {
        self.mt = mt;
        self.index = index.min(N);
        self.gauss_next = gauss_next;
    }

    /// `lognormvariate(mu, sigma)`: `exp(normalvariate(mu, sigma))`.
    pub fn lognormvariate(&mut self, mu: f64, sigma: f64) -> Result<f64, RandomError> {
        py_exp(self.normalvariate(mu, sigma))
    }

    /// `expovariate(lambd)`: `-log(1.0 - random()) / lambd` (draws even when `lambd` is 0).
    pub fn expovariate(&mut self, lambd: f64) -> Result<f64, RandomError> {
        py_div(-(1.0 - self.random()).ln(), lambd)
    }

    /// `vonmisesvariate(mu, kappa)`.
    pub fn vonmisesvariate(&mut self, mu: f64, kappa: f64) -> Result<f64, RandomError> {
        if kappa <= 1e-6 {
            return Ok(TWOPI * self.random());
        }
        let s = py_div(0.5, kappa)?;
        let r = s + (1.0 + s * s).sqrt();
        let mut tries = 0;
        let z = loop {
            let u1 = self.random();
            let z = (PI * u1).cos();
            let d = py_div(z, r + z)?;
            let u2 = self.random();
            if u2 < 1.0 - d * d || u2 <= (1.0 - d) * py_exp(d)? {
                break z;
            }
            tries += 1;
            if tries >= MAX_REJECTIONS {
                return Err(RandomError::hang("vonmisesvariate"));
            }
        };
        let q = py_div(1.0, r)?;
        let f = py_div(q + z, 1.0 + q * z)?;
        let u3 = self.random();
        let theta = if u3 > 0.5 { py_mod(mu + py_acos(f)?, TWOPI) } else { py_mod(mu - py_acos(f)?, TWOPI) };
        Ok(theta)
    }

    /// `gammavariate(alpha, beta)`.
    pub fn gammavariate(&mut self, alpha: f64, beta: f64) -> Result<f64, RandomError> {
        if alpha <= 0.0 || beta <= 0.0 {
            return Err(RandomError::value("gammavariate: alpha and beta must be > 0.0"));
        }
        let mut tries = 0;
        let mut rejected = || {
            tries += 1;
            if tries >= MAX_REJECTIONS { Err(RandomError::hang("gammavariate")) } else { Ok(()) }
        };
        if alpha > 1.0 {
            // R.C.H. Cheng, "The generation of Gamma variables with non-integral shape
            // parameters", Applied Statistics, (1977), 26, No. 1, p71-74.
            let ainv = (2.0 * alpha - 1.0).sqrt();
            let bbb = alpha - LOG4;
            let ccc = alpha + ainv;
            loop {
                let u1 = self.random();
                if !(1e-7 < u1 && u1 < 0.9999999) {
                    rejected()?;
                    continue;
                }
                let u2 = 1.0 - self.random();
                let v = py_div(py_log(py_div(u1, 1.0 - u1)?)?, ainv)?;
                let x = alpha * py_exp(v)?;
                let z = u1 * u1 * u2;
                let r = bbb + ccc * v - x;
                if r + SG_MAGICCONST - 4.5 * z >= 0.0 || r >= py_log(z)? {
                    return Ok(x * beta);
                }
                rejected()?;
            }
        } else if alpha == 1.0 {
            Ok(-py_log(1.0 - self.random())? * beta)
        } else {
            // ALGORITHM GS of Statistical Computing - Kennedy & Gentle.
            loop {
                let u = self.random();
                let b = (E + alpha) / E;
                let p = b * u;
                let x = if p <= 1.0 { py_pow(p, py_div(1.0, alpha)?)? } else { -py_log(py_div(b - p, alpha)?)? };
                let u1 = self.random();
                if p > 1.0 {
                    if u1 <= py_pow(x, alpha - 1.0)? {
                        return Ok(x * beta);
                    }
                } else if u1 <= py_exp(-x)? {
                    return Ok(x * beta);
                }
                rejected()?;
            }
        }
    }

    /// `betavariate(alpha, beta)`.
    pub fn betavariate(&mut self, alpha: f64, beta: f64) -> Result<f64, RandomError> {
        let y = self.gammavariate(alpha, 1.0)?;
        if y != 0.0 {
            let other = self.gammavariate(beta, 1.0)?;
            return py_div(y, y + other);
        }
        Ok(0.0)
    }

    /// `paretovariate(alpha)`.
    pub fn paretovariate(&mut self, alpha: f64) -> Result<f64, RandomError> {
        let u = 1.0 - self.random();
        py_pow(u, py_div(-1.0, alpha)?)
    }

    /// `weibullvariate(alpha, beta)`.
    pub fn weibullvariate(&mut self, alpha: f64, beta: f64) -> Result<f64, RandomError> {
        let u = 1.0 - self.random();
        let base = -py_log(u)?;
        Ok(alpha * py_pow(base, py_div(1.0, beta)?)?)
    }
}

// -------------------------------------------------------------------- helpers

/// CPython's conversion of `getrandbits`' argument to a C int.
fn int_arg(k: i64) -> Result<i64, RandomError> {
    if i32::try_from(k).is_err() {
        return Err(too_large_for_c_int());
    }
    Ok(k)
}

fn too_large_for_c_int() -> RandomError {
    RandomError::new("OverflowError", "Python int too large to convert to C int")
}

fn version1_seed(chars: impl Iterator<Item = u32> + Clone) -> u64 {
    let mut len = 0u64;
    let mut x = chars.clone().next().map_or(0, |c| u64::from(c) << 7);
    for c in chars {
        x = x.wrapping_mul(1_000_003) ^ u64::from(c);
        len += 1;
    }
    x ^ len
}

/// `a < b` for two little-endian magnitudes (either may have high zero words).
fn words_less(a: &[u32], b: &[u32]) -> bool {
    let len = a.len().max(b.len());
    for i in (0..len).rev() {
        let (x, y) = (a.get(i).copied().unwrap_or(0), b.get(i).copied().unwrap_or(0));
        if x != y {
            return x < y;
        }
    }
    false
}

fn floor_div(a: i128, b: i128) -> i128 {
    let q = a / b;
    if a % b != 0 && ((a < 0) != (b < 0)) { q - 1 } else { q }
}

/// `setsize` in `random.sample`: `21`, plus `4 ** ceil(log(3k, 4))` when `k > 5`. The
/// ceiling is taken exactly (3k is never a power of 4; CPython's float logarithm agrees
/// for every k below about 10**14, far beyond any list that fits in memory).
fn sample_setsize(k: u64) -> u128 {
    let mut setsize = 21u128;
    if k > 5 {
        let target = 3 * u128::from(k);
        let mut power = 1u128;
        while power < target {
            power *= 4;
        }
        setsize += power;
    }
    setsize
}

/// `bisect.bisect_right(a, x, lo, hi)`, step for step (the order of comparisons matters
/// when `a` is not sorted or holds NaNs).
fn bisect_right<T: PartialOrd>(a: &[T], x: &T, mut lo: usize, mut hi: usize) -> usize {
    while lo < hi {
        let mid = (lo + hi) / 2;
        if *x < a[mid] {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    lo
}

/// Python's `a / b` for floats.
fn py_div(a: f64, b: f64) -> Result<f64, RandomError> {
    if b == 0.0 { Err(RandomError::division()) } else { Ok(a / b) }
}

/// Python's `a % b` for floats, `b` nonzero (the result takes the sign of `b`).
fn py_mod(a: f64, b: f64) -> f64 {
    let m = a % b;
    if m != 0.0 { if (b < 0.0) != (m < 0.0) { m + b } else { m } } else { 0.0f64.copysign(b) }
}

fn domain_error() -> RandomError {
    RandomError::value("math domain error")
}

/// `math.log(x)` for a float.
fn py_log(x: f64) -> Result<f64, RandomError> {
    if x.is_nan() || x == f64::INFINITY {
        Ok(x)
    } else if x > 0.0 {
        Ok(x.ln())
    } else {
        Err(domain_error())
    }
}

/// `math.exp(x)`.
fn py_exp(x: f64) -> Result<f64, RandomError> {
    let r = x.exp();
    if r.is_infinite() && x.is_finite() {
        return Err(RandomError::new("OverflowError", "math range error"));
    }
    Ok(r)
}

/// `math.acos(x)`.
fn py_acos(x: f64) -> Result<f64, RandomError> {
    if x.is_nan() {
        Ok(x)
    } else if (-1.0..=1.0).contains(&x) {
        Ok(x.acos())
    } else {
        Err(domain_error())
    }
}

/// `DOUBLE_IS_ODD_INTEGER(x)`: `fmod(fabs(x), 2.0) == 1.0`.
fn is_odd_integer(x: f64) -> bool {
    x.abs() % 2.0 == 1.0
}

/// Python's `x ** y` for floats (`float_pow`), where it returns a float.
fn py_pow(x: f64, y: f64) -> Result<f64, RandomError> {
    if y == 0.0 {
        return Ok(1.0);
    }
    if x.is_nan() {
        return Ok(x);
    }
    if y.is_nan() {
        return Ok(if x == 1.0 { 1.0 } else { y });
    }
    if y.is_infinite() {
        let ax = x.abs();
        return Ok(if ax == 1.0 {
            1.0
        } else if (y > 0.0) == (ax > 1.0) {
            y.abs()
        } else {
            0.0
        });
    }
    if x.is_infinite() {
        let odd = is_odd_integer(y);
        return Ok(if x > 0.0 {
            if y > 0.0 { x } else { 0.0 }
        } else if y > 0.0 {
            if odd { x } else { -x }
        } else if odd {
            -0.0
        } else {
            0.0
        });
    }
    if x == 0.0 {
        if y < 0.0 {
            return Err(RandomError::new("ZeroDivisionError", "0.0 cannot be raised to a negative power"));
        }
        return Ok(if is_odd_integer(y) { x } else { 0.0 });
    }
    let (mut base, mut negate) = (x, false);
    if x < 0.0 {
        if y != y.floor() {
            // CPython returns a complex number; no caller here gets a negative base.
            return Err(RandomError::value("negative number cannot be raised to a fractional power"));
        }
        base = -x;
        negate = is_odd_integer(y);
    }
    if base == 1.0 {
        return Ok(if negate { -1.0 } else { 1.0 });
    }
    let r = base.powf(y);
    if r.is_infinite() {
        return Err(RandomError::new("OverflowError", "(34, 'Numerical result out of range')"));
    }
    Ok(if negate { -r } else { r })
}

// -------------------------------------------------------------------- hashing

/// The modulus of Python's numeric hashes: `2**61 - 1` (`sys.hash_info.modulus`).
pub const HASH_MODULUS: u64 = (1 << 61) - 1;
/// `hash(float('inf'))` (`sys.hash_info.inf`).
pub const HASH_INF: i64 = 314_159;

fn hash_finish(magnitude: u64, negative: bool) -> i64 {
    let h = if negative { -(magnitude as i64) } else { magnitude as i64 };
    if h == -1 { -2 } else { h }
}

/// Python's `hash(x)` for a float: `x` reduced modulo `2**61 - 1` as the rational it is,
/// so that `hash(2.0) == hash(2)`. CPython 3.11 hashes a NaN by its object identity; this
/// returns 0 for it (the VM may do otherwise).
pub fn hash_float(x: f64) -> i64 {
    if x.is_nan() {
        return 0;
    }
    if x.is_infinite() {
        return if x > 0.0 { HASH_INF } else { -HASH_INF };
    }
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i32;
    let fraction = bits & ((1 << 52) - 1);
    // |x| = mantissa * 2**exponent
    let (mantissa, exponent) = if biased == 0 { (fraction, -1074) } else { (fraction | (1 << 52), biased - 1075) };
    // 2**61 == 1 (mod 2**61 - 1), so 2**e == 2**(e mod 61).
    let shift = exponent.rem_euclid(61) as u32;
    let reduced = ((u128::from(mantissa) << shift) % u128::from(HASH_MODULUS)) as u64;
    hash_finish(reduced, x.is_sign_negative())
}

/// Python's `hash(n)` for an int.
pub fn hash_i64(n: i64) -> i64 {
    hash_finish(n.unsigned_abs() % HASH_MODULUS, n < 0)
}

/// Python's `hash(n)` for an int of any size: the little-endian 32-bit words of `abs(n)`
/// and its sign.
pub fn hash_int_words(magnitude: &[u32], negative: bool) -> i64 {
    let p = u128::from(HASH_MODULUS);
    let reduced = magnitude.iter().rev().fold(0u128, |acc, &w| ((acc << 32) | u128::from(w)) % p);
    hash_finish(reduced as u64, negative)
}

// -------------------------------------------------------------------- SHA-512

/// SHA-512 of `data` (FIPS 180-4), for seeding from str and bytes.
pub fn sha512(data: &[u8]) -> [u8; 64] {
    let mut h = SHA512_H0;
    let bit_len = (data.len() as u128) * 8;
    let mut tail = Vec::with_capacity(256);
    let whole = data.len() - data.len() % 128;
    tail.extend_from_slice(&data[whole..]);
    tail.push(0x80);
    while tail.len() % 128 != 112 {
        tail.push(0);
    }
    tail.extend_from_slice(&bit_len.to_be_bytes());
    for block in data[..whole].chunks_exact(128).chain(tail.chunks_exact(128)) {
        sha512_block(&mut h, block);
    }
    let mut out = [0u8; 64];
    for (chunk, word) in out.chunks_exact_mut(8).zip(h) {
        chunk.copy_from_slice(&word.to_be_bytes());
    }
    out
}

fn sha512_block(h: &mut [u64; 8], block: &[u8]) {
    let mut w = [0u64; 80];
    for (i, chunk) in block.chunks_exact(8).enumerate() {
        w[i] = u64::from_be_bytes(chunk.try_into().unwrap_or([0; 8]));
    }
    for i in 16..80 {
        let s0 = w[i - 15].rotate_right(1) ^ w[i - 15].rotate_right(8) ^ (w[i - 15] >> 7);
        let s1 = w[i - 2].rotate_right(19) ^ w[i - 2].rotate_right(61) ^ (w[i - 2] >> 6);
        w[i] = w[i - 16].wrapping_add(s0).wrapping_add(w[i - 7]).wrapping_add(s1);
    }
    let [mut a, mut b, mut c, mut d, mut e, mut f, mut g, mut hh] = *h;
    for i in 0..80 {
        let s1 = e.rotate_right(14) ^ e.rotate_right(18) ^ e.rotate_right(41);
        let ch = (e & f) ^ (!e & g);
        let t1 = hh.wrapping_add(s1).wrapping_add(ch).wrapping_add(SHA512_K[i]).wrapping_add(w[i]);
        let s0 = a.rotate_right(28) ^ a.rotate_right(34) ^ a.rotate_right(39);
        let maj = (a & b) ^ (a & c) ^ (b & c);
        let t2 = s0.wrapping_add(maj);
        hh = g;
        g = f;
        f = e;
        e = d.wrapping_add(t1);
        d = c;
        c = b;
        b = a;
        a = t1.wrapping_add(t2);
    }
    for (x, y) in h.iter_mut().zip([a, b, c, d, e, f, g, hh]) {
        *x = x.wrapping_add(y);
    }
}

/// The first 64 bits of the fractional parts of the square roots of the first 8 primes.
const SHA512_H0: [u64; 8] = [
    0x6a09e667f3bcc908,
    0xbb67ae8584caa73b,
    0x3c6ef372fe94f82b,
    0xa54ff53a5f1d36f1,
    0x510e527fade682d1,
    0x9b05688c2b3e6c1f,
    0x1f83d9abfb41bd6b,
    0x5be0cd19137e2179,
];

/// The first 64 bits of the fractional parts of the cube roots of the first 80 primes.
const SHA512_K: [u64; 80] = [
    0x428a2f98d728ae22,
    0x7137449123ef65cd,
    0xb5c0fbcfec4d3b2f,
    0xe9b5dba58189dbbc,
    0x3956c25bf348b538,
    0x59f111f1b605d019,
    0x923f82a4af194f9b,
    0xab1c5ed5da6d8118,
    0xd807aa98a3030242,
    0x12835b0145706fbe,
    0x243185be4ee4b28c,
    0x550c7dc3d5ffb4e2,
    0x72be5d74f27b896f,
    0x80deb1fe3b1696b1,
    0x9bdc06a725c71235,
    0xc19bf174cf692694,
    0xe49b69c19ef14ad2,
    0xefbe4786384f25e3,
    0x0fc19dc68b8cd5b5,
    0x240ca1cc77ac9c65,
    0x2de92c6f592b0275,
    0x4a7484aa6ea6e483,
    0x5cb0a9dcbd41fbd4,
    0x76f988da831153b5,
    0x983e5152ee66dfab,
    0xa831c66d2db43210,
    0xb00327c898fb213f,
    0xbf597fc7beef0ee4,
    0xc6e00bf33da88fc2,
    0xd5a79147930aa725,
    0x06ca6351e003826f,
    0x142929670a0e6e70,
    0x27b70a8546d22ffc,
    0x2e1b21385c26c926,
    0x4d2c6dfc5ac42aed,
    0x53380d139d95b3df,
    0x650a73548baf63de,
    0x766a0abb3c77b2a8,
    0x81c2c92e47edaee6,
    0x92722c851482353b,
    0xa2bfe8a14cf10364,
    0xa81a664bbc423001,
    0xc24b8b70d0f89791,
    0xc76c51a30654be30,
    0xd192e819d6ef5218,
    0xd69906245565a910,
    0xf40e35855771202a,
    0x106aa07032bbd1b8,
    0x19a4c116b8d2d0c8,
    0x1e376c085141ab53,
    0x2748774cdf8eeb99,
    0x34b0bcb5e19b48a8,
    0x391c0cb3c5c95a63,
    0x4ed8aa4ae3418acb,
    0x5b9cca4f7763e373,
    0x682e6ff3d6b2b8a3,
    0x748f82ee5defb2fc,
    0x78a5636f43172f60,
    0x84c87814a1f0ab72,
    0x8cc702081a6439ec,
    0x90befffa23631e28,
    0xa4506cebde82bde9,
    0xbef9a3f7b2c67915,
    0xc67178f2e372532b,
    0xca273eceea26619c,
    0xd186b8c721c0c207,
    0xeada7dd6cde0eb1e,
    0xf57d4f7fee6ed178,
    0x06f067aa72176fba,
    0x0a637dc5a2c898a6,
    0x113f9804bef90dae,
    0x1b710b35131c471b,
    0x28db77f523047d84,
    0x32caab7b40c72493,
    0x3c9ebe0a15c9bebc,
    0x431d67c49c100d4c,
    0x4cc5d4becb3e42b6,
    0x597f299cfc657e2a,
    0x5fcb6fab3ad6faec,
    0x6c44198c4a475817,
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_values_of_seed_zero() {
        // python3 -c "import random; random.seed(0); print(random.random(), random.random())"
        let mut r = Random::new();
        assert_eq!(r.random(), 0.8444218515250481);
        assert_eq!(r.random(), 0.7579544029403025);
    }

    #[test]
    fn getrandbits_words_agree_with_the_fast_path() {
        for k in 0..=64u32 {
            let (mut a, mut b) = (Random::new(), Random::new());
            for _ in 0..50 {
                let fast = a.getrandbits_u64(k).unwrap();
                let words = b.getrandbits(i64::from(k)).unwrap();
                assert_eq!(words.len(), k.div_ceil(32) as usize);
                let slow = words.iter().rev().fold(0u64, |acc, &w| (acc << 32) | u64::from(w));
                assert_eq!(fast, slow, "k={k}");
            }
        }
        assert_eq!(Random::new().getrandbits_u64(65), None);
    }

    #[test]
    fn randbelow_words_agree_with_u64() {
        let (mut a, mut b) = (Random::new(), Random::new());
        for n in [1u64, 2, 3, 1000, 1 << 32, (1 << 32) + 1, u64::MAX] {
            for _ in 0..50 {
                let words = b.randbelow_words(&[n as u32, (n >> 32) as u32, 0]).unwrap();
                let slow = words.iter().rev().fold(0u64, |acc, &w| (acc << 32) | u64::from(w));
                assert_eq!(a.randbelow(n).unwrap(), slow);
            }
        }
    }

    #[test]
    fn no_panics_on_edge_arguments() {
        let mut r = Random::new();
        assert_eq!(r.randbelow(0).unwrap_err().kind, "ValueError");
        assert_eq!(r.randbelow_words(&[]).unwrap_err().kind, "ValueError");
        assert_eq!(r.randbelow_words(&[0, 0]).unwrap_err().kind, "ValueError");
        assert_eq!(r.getrandbits(0).unwrap(), Vec::<u32>::new());
        assert_eq!(r.getrandbits(i64::MAX).unwrap_err().kind, "OverflowError");
        assert_eq!(r.getrandbits(i64::MIN).unwrap_err().kind, "OverflowError");
        assert_eq!(r.randbytes(0).unwrap(), Vec::<u8>::new());
        assert_eq!(r.randbytes(i64::MAX).unwrap_err().kind, "OverflowError");
        assert_eq!(r.randbytes(i64::MIN).unwrap_err().kind, "OverflowError");
        assert_eq!(r.randbytes(5).unwrap().len(), 5);
        for (start, stop, step) in [
            (i64::MIN, Some(i64::MAX), 1),
            (i64::MIN, Some(i64::MAX), i64::MAX),
            (i64::MIN, Some(i64::MAX), i64::MIN),
            (i64::MAX, Some(i64::MIN), i64::MIN),
            (i64::MAX, Some(i64::MIN), -1),
            (i64::MAX, None, 1),
            (i64::MIN, None, 1),
            (0, Some(0), 0),
        ] {
            let _ = r.randrange(start, stop, step);
        }
        for _ in 0..100 {
            let x = r.randrange(i64::MAX, Some(i64::MIN), -1).unwrap();
            assert!(x > i64::MIN);
            let _ = r.randint(i64::MIN, i64::MAX).unwrap();
        }
        assert_eq!(r.randint(i64::MAX, i64::MAX).unwrap(), i64::MAX);
        assert_eq!(r.sample(0, 0).unwrap(), Vec::<u64>::new());
        assert_eq!(r.sample(u64::MAX, i64::MIN).unwrap_err().kind, "ValueError");
        assert_eq!(r.sample(u64::MAX, 2).unwrap().len(), 2);
        assert_eq!(r.sample_counts(2, &[i64::MAX, i64::MAX], 1).unwrap_err().kind, "OverflowError");
        assert_eq!(r.sample_counts(2, &[i64::MIN, i64::MIN], 1).unwrap_err().kind, "ValueError");
        assert_eq!(r.choices(0, None, None, 0).unwrap(), Vec::<usize>::new());
        assert_eq!(r.choices(3, None, None, i64::MIN).unwrap(), Vec::<usize>::new());
        assert_eq!(
            r.choices(2, Some(&[f64::MAX, f64::MAX]), None, 1).unwrap_err().message,
            "Total of weights must be finite"
        );
        assert_eq!(r.choices(usize::MAX, None, None, 3).unwrap().len(), 3);
        r.shuffle_with(0, |_, _| unreachable!());
        r.shuffle_with(1, |_, _| unreachable!());
        assert_eq!(r.triangular(1.0, 1.0, Some(1.0)), 1.0);
        assert!(r.triangular(f64::NAN, 1.0, Some(f64::INFINITY)).is_nan());
        assert_eq!(r.gammavariate(f64::NAN, 1.0).unwrap_err().kind, "Hang");
        assert_eq!(r.gammavariate(f64::INFINITY, 1.0).unwrap_err().kind, "Hang");
        assert_eq!(r.betavariate(1.0, f64::NAN).unwrap_err().kind, "Hang");
        assert_eq!(r.vonmisesvariate(0.0, f64::NAN).unwrap_err().kind, "Hang");
        assert!(r.vonmisesvariate(0.0, f64::INFINITY).is_ok());
        assert!(r.gammavariate(1e-320, 1.0).is_ok());
        assert!(r.expovariate(f64::INFINITY).is_ok());
        assert!(r.paretovariate(f64::NAN).unwrap().is_nan());
        assert!(r.weibullvariate(f64::INFINITY, f64::NAN).is_ok());
        assert!(r.lognormvariate(f64::INFINITY, 1.0).unwrap().is_infinite());
    }

    #[test]
    fn seed_resets_gauss_next() {
        let mut r = Random::new();
        let first = r.gauss(0.0, 1.0);
        assert!(r.gauss_next().is_some());
        r.seed_i64(0);
        assert_eq!(r.gauss_next(), None);
        assert_eq!(r.gauss(0.0, 1.0), first);
    }

    #[test]
    fn python_float_pow_and_mod() {
        assert_eq!(py_pow(0.0, -1.0).unwrap_err().message, "0.0 cannot be raised to a negative power");
        assert_eq!(py_pow(10.0, 400.0).unwrap_err().message, "(34, 'Numerical result out of range')");
        assert_eq!(py_pow(1e-300, 2.0).unwrap(), 0.0);
        assert_eq!(py_pow(-0.0, 3.0).unwrap().to_bits(), (-0.0f64).to_bits());
        assert_eq!(py_pow(-0.0, 2.0).unwrap().to_bits(), 0.0f64.to_bits());
        assert_eq!(py_pow(-2.0, 3.0).unwrap(), -8.0);
        assert_eq!(py_pow(f64::NAN, 0.0).unwrap(), 1.0);
        assert_eq!(py_pow(1.0, f64::NAN).unwrap(), 1.0);
        assert_eq!(py_pow(0.5, f64::INFINITY).unwrap(), 0.0);
        assert_eq!(py_pow(f64::NEG_INFINITY, 3.0).unwrap(), f64::NEG_INFINITY);
        assert_eq!(py_mod(-1.0, TWOPI), TWOPI - 1.0);
        assert_eq!(py_mod(-0.0, TWOPI).to_bits(), 0.0f64.to_bits());
        assert_eq!(py_mod(7.0, -2.0), -1.0);
    }

    #[test]
    fn hashes() {
        assert_eq!(hash_float(-1.0), -2);
        assert_eq!(hash_i64(-1), -2);
        assert_eq!(hash_float(1.5), 1_152_921_504_606_846_977);
        assert_eq!(hash_float(2.0), hash_i64(2));
        assert_eq!(hash_float(f64::NEG_INFINITY), -314_159);
        assert_eq!(hash_i64(i64::MIN), -4);
        assert_eq!(hash_int_words(&[], true), 0);
        assert_eq!(hash_int_words(&[1, 0, 0], true), -2);
    }
}
