//! The wall-clock half of Python's `time` module, as pure functions over plain data:
//! `gmtime`, `strftime`, `asctime`, `ctime`, the checks CPython applies to an explicit
//! time tuple, and `struct_time`'s repr. The VM reads its virtual clock (seconds since
//! 1970-01-01 00:00:00 UTC), calls these, and builds the Python objects.
//!
//! Reference: CPython 3.11.7 on glibc 2.36 (`Modules/timemodule.c` over glibc's
//! `wcsftime`), with LC_TIME = "C", LC_CTYPE = "C.UTF-8" and the local zone UTC — the
//! machine the oracle runs on. Everything observable is reproduced, quirks included:
//! * `gmtime` floors a float, refuses NaN and values outside time_t, and fails with
//!   `OSError: [Errno 75]` when the year does not fit a C int (glibc's EOVERFLOW);
//!   its struct_time carries `tm_zone = "GMT"` and `tm_gmtoff = 0` (glibc's values).
//! * an explicit tuple goes through CPython's `gettmarg` + `checktm` (C int ranges,
//!   "year out of range", "month out of range"..., zero fields forced to 1, `tm_wday`
//!   taken modulo 7 with C's wrapping arithmetic).
//! * `strftime` is glibc's `__strftime_internal` (wide build, C locale): flags `_ - 0 ^ #`,
//!   widths, the `E`/`O` modifiers (no era, no alternative digits in the C locale), unknown
//!   directives copied through, a trailing `%`; `%Z` falls back to `tzname` ("UTC") for a
//!   plain tuple, `%z` to `tm_gmtoff` = 0; `%s` is `mktime` in UTC (with glibc's one-hour
//!   shift when `tm_isdst > 0`). CPython's output buffer loop is reproduced too: a result
//!   too long for the largest buffer it tries (1024 doubled until >= 256 x the format's
//!   length) comes back as "".
//!
//! How the oracle's `time` functions map here (NOW = the virtual clock, a float):
//! * `gmtime(s)`, `localtime(s)`: None -> [`gmtime`]`(NOW)`; a float -> [`gmtime`]; an int
//!   -> [`gmtime_i64`] (an int outside i64 -> [`time_t_overflow`]).
//! * `strftime(fmt)` -> [`strftime`]`(fmt, &gmtime(NOW)?)`; `strftime(fmt, t)`: `t` not a
//!   tuple -> [`tuple_required`], length != 9 -> [`illegal_time_tuple`]`("strftime")`,
//!   else [`strftime`] with the fields (and, for a struct_time, its `tm_zone`/`tm_gmtoff`).
//! * `asctime()` -> [`asctime`]`(&gmtime(NOW)?)`; `asctime(t)` as `strftime`'s `t`.
//! * `ctime(s)` -> [`ctime`] / [`ctime_i64`] (None -> NOW).
//! * `repr(struct_time)` -> [`struct_time_repr`]; `time.struct_time(seq)` ->
//!   [`check_struct_time_len`] / [`struct_time_not_sequence`].
//!
//! Leaf module: it uses nothing from the rest of the crate.

use std::fmt;

/// A Python exception raised by these functions: its class name and its `str()`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ClockError {
    /// "ValueError", "OverflowError", "TypeError" or "OSError".
    pub kind: &'static str,
    pub message: String,
}

impl ClockError {
    fn new(kind: &'static str, message: impl Into<String>) -> ClockError {
        ClockError { kind, message: message.into() }
    }
}

impl fmt::Display for ClockError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.kind, self.message)
    }
}

/// errno of the `OSError` that `gmtime` raises when the year does not fit a C int.
pub const EOVERFLOW_ERRNO: i64 = 75;
/// strerror of [`EOVERFLOW_ERRNO`] (glibc).
pub const EOVERFLOW_STRERROR: &str = "Value too large for defined data type";
/// `tm_zone` of a struct_time made by `gmtime` (glibc's `gmtime_r` says "GMT").
pub const GMTIME_ZONE: &str = "GMT";
/// `time.tzname` of the reference machine (local zone UTC): what `%Z` prints for a tuple
/// without a zone and `tm_isdst` 0 or 1.
pub const TZNAME: [&str; 2] = ["UTC", "UTC"];

/// A `time.struct_time` in Python's conventions: `year` is the full year, `mon` 1–12,
/// `mday` 1–31, `wday` 0 = Monday, `yday` 1–366. `zone` and `gmtoff` are the optional
/// `tm_zone`/`tm_gmtoff` attributes (None for a struct_time built from a 9-sequence and
/// for a plain tuple; Some("GMT")/Some(0) from [`gmtime`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StructTime {
    pub year: i64,
    pub mon: i64,
    pub mday: i64,
    pub hour: i64,
    pub min: i64,
    pub sec: i64,
    pub wday: i64,
    pub yday: i64,
    pub isdst: i64,
    pub zone: Option<String>,
    pub gmtoff: Option<i64>,
}

impl StructTime {
    /// A struct_time (or plain tuple) of these nine fields, with no zone nor offset.
    pub fn from_fields(f: [i64; 9]) -> StructTime {
        StructTime {
            year: f[0],
            mon: f[1],
            mday: f[2],
            hour: f[3],
            min: f[4],
            sec: f[5],
            wday: f[6],
            yday: f[7],
            isdst: f[8],
            zone: None,
            gmtoff: None,
        }
    }

    /// The nine tuple fields, in order (`tm_year` ... `tm_isdst`).
    pub fn fields(&self) -> [i64; 9] {
        [self.year, self.mon, self.mday, self.hour, self.min, self.sec, self.wday, self.yday, self.isdst]
    }
}

// ---------------------------------------------------------------------------- errors

/// `OverflowError: timestamp out of range for platform time_t` — a float outside
/// [-2**63, 2**63) or infinite, or an int outside i64, given as a timestamp.
pub fn time_t_overflow() -> ClockError {
    ClockError::new("OverflowError", "timestamp out of range for platform time_t")
}

/// `OverflowError: Python int too large to convert to C long` — a tuple field (or
/// `tm_gmtoff`) that is an int outside i64.
pub fn c_long_overflow() -> ClockError {
    ClockError::new("OverflowError", "Python int too large to convert to C long")
}

/// `TypeError: Tuple or struct_time argument required` — `strftime`/`asctime` given
/// something other than a tuple (a list included).
pub fn tuple_required() -> ClockError {
    ClockError::new("TypeError", "Tuple or struct_time argument required")
}

/// `TypeError: strftime(): illegal time tuple argument` (`func` = "strftime" or
/// "asctime") — a tuple whose length is not 9.
pub fn illegal_time_tuple(func: &str) -> ClockError {
    ClockError::new("TypeError", format!("{func}(): illegal time tuple argument"))
}

/// `time.struct_time(seq)` accepts 9 to 11 items; the TypeError otherwise.
pub fn check_struct_time_len(n: usize) -> Result<(), ClockError> {
    let msg = match n {
        9..=11 => return Ok(()),
        0..=8 => format!("time.struct_time() takes an at least 9-sequence ({n}-sequence given)"),
        _ => format!("time.struct_time() takes an at most 11-sequence ({n}-sequence given)"),
    };
    Err(ClockError::new("TypeError", msg))
}

/// `TypeError: bad argument type for built-in operation` — a struct_time whose
/// `tm_zone` is neither None nor a str, given to `strftime`/`asctime`.
pub fn bad_argument_type() -> ClockError {
    ClockError::new("TypeError", "bad argument type for built-in operation")
}

/// `TypeError: constructor requires a sequence` — `time.struct_time(5)`.
pub fn struct_time_not_sequence() -> ClockError {
    ClockError::new("TypeError", "constructor requires a sequence")
}

fn eoverflow() -> ClockError {
    ClockError::new("OSError", format!("[Errno {EOVERFLOW_ERRNO}] {EOVERFLOW_STRERROR}"))
}

// ---------------------------------------------------------------------------- calendar

/// Days from 1970-01-01 to `y`-`m`-`d` (proleptic Gregorian, `m` in 1..=12).
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * ((m + 9) % 12) + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146097 + doe - 719468
}

/// (year, month 1..=12, day 1..=31) of a day count from 1970-01-01.
fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719468;
    let era = z.div_euclid(146097);
    let doe = z - era * 146097;
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (yoe + era * 400 + i64::from(m <= 2), m, d)
}

/// Whether a C `struct tm` can hold this year (`tm_year` = year - 1900 is an int).
fn year_fits_tm(year: i64) -> bool {
    i32::try_from(year - 1900).is_ok()
}

// ---------------------------------------------------------------------------- gmtime

/// `time.gmtime(secs)` for a float: floor, then [`gmtime_i64`]. NaN is a ValueError,
/// anything outside [-2**63, 2**63) (infinities included) an OverflowError.
pub fn gmtime(secs: f64) -> Result<StructTime, ClockError> {
    if secs.is_nan() {
        return Err(ClockError::new("ValueError", "Invalid value NaN (not a number)"));
    }
    let t = secs.floor();
    if !(-9_223_372_036_854_775_808.0..9_223_372_036_854_775_808.0).contains(&t) {
        return Err(time_t_overflow());
    }
    gmtime_i64(t as i64)
}

/// `time.gmtime(secs)` for an int (an int outside i64 is [`time_t_overflow`]). Fails with
/// `OSError: [Errno 75] Value too large for defined data type` when the year does not
/// fit a C int (before -2147481748 or after 2147485547).
pub fn gmtime_i64(secs: i64) -> Result<StructTime, ClockError> {
    let days = secs.div_euclid(86400);
    let rem = secs.rem_euclid(86400);
    let (year, mon, mday) = civil_from_days(days);
    if !year_fits_tm(year) {
        return Err(eoverflow());
    }
    let c_wday = (days + 4).rem_euclid(7); // 1970-01-01 was a Thursday
    Ok(StructTime {
        year,
        mon,
        mday,
        hour: rem / 3600,
        min: rem / 60 % 60,
        sec: rem % 60,
        wday: (c_wday + 6) % 7,
        yday: days - days_from_civil(year, 1, 1) + 1,
        isdst: 0,
        zone: Some(GMTIME_ZONE.to_string()),
        gmtoff: Some(0),
    })
}

/// `repr()` of a struct_time: `time.struct_time(tm_year=1970, tm_mon=1, ..., tm_isdst=0)`.
pub fn struct_time_repr(t: &StructTime) -> String {
    format!(
        "time.struct_time(tm_year={}, tm_mon={}, tm_mday={}, tm_hour={}, tm_min={}, tm_sec={}, tm_wday={}, \
         tm_yday={}, tm_isdst={})",
        t.year, t.mon, t.mday, t.hour, t.min, t.sec, t.wday, t.yday, t.isdst
    )
}

// ---------------------------------------------------------------------------- tuple checks

/// A C `struct tm` as CPython hands it to the C library (`tm_year` from 1900, `tm_mon`
/// 0–11, `tm_wday` 0 = Sunday, `tm_yday` 0–365).
#[derive(Clone, Copy, Debug)]
struct Tm<'a> {
    year: i32,
    mon: i32,
    mday: i32,
    hour: i32,
    min: i32,
    sec: i32,
    wday: i32,
    yday: i32,
    isdst: i32,
    gmtoff: i64,
    zone: Option<&'a str>,
}

/// PyArg_ParseTuple's "i" conversion of an int that fits a C long.
fn c_int(v: i64) -> Result<i32, ClockError> {
    i32::try_from(v).map_err(|_| {
        let msg = if v > 0 { "signed integer is greater than maximum" } else { "signed integer is less than minimum" };
        ClockError::new("OverflowError", msg)
    })
}

/// The integer half of CPython's `gettmarg`: each field through PyArg's "i", then the
/// year's lower bound; the fields shifted to C's conventions.
fn gettmarg(f: [i64; 9]) -> Result<Tm<'static>, ClockError> {
    let mut v = [0i32; 9];
    for (slot, &x) in v.iter_mut().zip(f.iter()) {
        *slot = c_int(x)?;
    }
    if i64::from(v[0]) < i64::from(i32::MIN) + 1900 {
        return Err(ClockError::new("OverflowError", "year out of range"));
    }
    Ok(Tm {
        year: v[0] - 1900,
        mon: v[1].wrapping_sub(1),
        mday: v[2],
        hour: v[3],
        min: v[4],
        sec: v[5],
        wday: v[6].wrapping_add(1) % 7,
        yday: v[7].wrapping_sub(1),
        isdst: v[8],
        gmtoff: 0,
        zone: None,
    })
}

/// [`gettmarg`] then CPython's `checktm`.
fn to_tm(f: [i64; 9]) -> Result<Tm<'static>, ClockError> {
    let mut tm = gettmarg(f)?;
    let value_error = |m: &str| Err(ClockError::new("ValueError", m));
    if tm.mon == -1 {
        tm.mon = 0;
    } else if !(0..=11).contains(&tm.mon) {
        return value_error("month out of range");
    }
    if tm.mday == 0 {
        tm.mday = 1;
    } else if !(0..=31).contains(&tm.mday) {
        return value_error("day of month out of range");
    }
    if !(0..=23).contains(&tm.hour) {
        return value_error("hour out of range");
    }
    if !(0..=59).contains(&tm.min) {
        return value_error("minute out of range");
    }
    if !(0..=61).contains(&tm.sec) {
        return value_error("seconds out of range");
    }
    if tm.wday < 0 {
        return value_error("day of week out of range");
    }
    if tm.yday == -1 {
        tm.yday = 0;
    } else if !(0..=365).contains(&tm.yday) {
        return value_error("day of year out of range");
    }
    Ok(tm)
}

/// The first checks CPython 3.11 applies to a tuple given to `strftime`/`asctime`: each
/// field must fit a C int, the year must be >= -2147481748 (the errors of
/// [`check_tuple`]). For an exact `time.struct_time`, CPython then reads `tm_zone`
/// (not None and not a str: [`bad_argument_type`]) and `tm_gmtoff` (an int outside i64:
/// [`c_long_overflow`]; not an int: the usual TypeError), and only then checks the
/// ranges. A VM that keeps that order calls this, checks the two attributes, then calls
/// [`strftime`]/[`asctime`] (which repeat everything).
pub fn check_tuple_ints(fields: [i64; 9]) -> Result<(), ClockError> {
    gettmarg(fields).map(|_| ())
}

/// The checks CPython 3.11 applies to a 9-tuple given to `strftime`/`asctime`
/// (`gettmarg` + `checktm`), with its exact errors, in its order: a field outside C int
/// ("signed integer is greater than maximum" / "... less than minimum", OverflowError),
/// a year below -2147481748 ("year out of range", OverflowError), then the ValueErrors
/// "month out of range", "day of month out of range", "hour out of range", "minute out
/// of range", "seconds out of range" (0–61 allowed), "day of week out of range", "day of
/// year out of range". Returns the tuple as the C library sees it, back in Python's
/// conventions: month, day of month and day of year 0 become 1, the day of week is
/// reduced modulo 7 (-1 is Sunday = 6), `isdst` is kept as given.
pub fn check_tuple(fields: [i64; 9]) -> Result<StructTime, ClockError> {
    let tm = to_tm(fields)?;
    Ok(StructTime {
        year: i64::from(tm.year) + 1900,
        mon: i64::from(tm.mon) + 1,
        mday: i64::from(tm.mday),
        hour: i64::from(tm.hour),
        min: i64::from(tm.min),
        sec: i64::from(tm.sec),
        wday: (i64::from(tm.wday) + 6) % 7,
        yday: i64::from(tm.yday) + 1,
        isdst: fields[8],
        zone: None,
        gmtoff: None,
    })
}

// ---------------------------------------------------------------------------- asctime / ctime

const WDAY_ABBR: [&str; 7] = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const WDAY_FULL: [&str; 7] = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const MON_ABBR: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const MON_FULL: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

fn name<'n>(names: &[&'n str], i: i32) -> &'n str {
    usize::try_from(i).ok().and_then(|i| names.get(i)).copied().unwrap_or("?")
}

/// `time.asctime(t)`: "Thu Jan  1 00:00:00 1970". The tuple is checked as by
/// [`check_tuple`] first (so a struct_time of a year above 2147483647 is an OverflowError).
pub fn asctime(t: &StructTime) -> Result<String, ClockError> {
    let tm = to_tm(t.fields())?;
    Ok(format!(
        "{} {}{:3} {:02}:{:02}:{:02} {}",
        name(&WDAY_ABBR, tm.wday),
        name(&MON_ABBR, tm.mon),
        tm.mday,
        tm.hour,
        tm.min,
        tm.sec,
        i64::from(tm.year) + 1900
    ))
}

/// `time.ctime(secs)` of the oracle: `asctime(gmtime(secs))`.
pub fn ctime(secs: f64) -> Result<String, ClockError> {
    asctime(&gmtime(secs)?)
}

/// [`ctime`] for an int timestamp.
pub fn ctime_i64(secs: i64) -> Result<String, ClockError> {
    asctime(&gmtime_i64(secs)?)
}

// ---------------------------------------------------------------------------- strftime

/// `time.strftime(fmt, t)`: `t` is checked as by [`check_tuple`] (errors first, as in
/// CPython), then `tm_isdst` is clamped to [-1, 1], then a NUL in `fmt` is
/// `ValueError: embedded null character`, then glibc formats it. `t.zone`/`t.gmtoff`
/// feed `%Z`/`%z` (a zone is cut at its first NUL, an offset wraps to a C int).
pub fn strftime(fmt: &str, t: &StructTime) -> Result<String, ClockError> {
    let mut tm = to_tm(t.fields())?;
    tm.isdst = tm.isdst.clamp(-1, 1);
    tm.zone = t.zone.as_deref().map(|z| z.split('\0').next().unwrap_or(""));
    tm.gmtoff = t.gmtoff.unwrap_or(0);
    if fmt.contains('\0') {
        return Err(ClockError::new("ValueError", "embedded null character"));
    }
    let chars: Vec<char> = fmt.chars().collect();
    // CPython calls wcsftime with buffers of 1024, 2048, ... wide chars and gives up
    // (returning "") once the buffer reaches 256 times the format's length.
    let fmtlen = chars.len() as u64;
    let mut size: u64 = 1024;
    while size < fmtlen.saturating_mul(256) {
        size = size.saturating_mul(2);
    }
    let mut out = Out { text: String::new(), len: 0, limit: size - 1 };
    Ok(match format_into(&mut out, &chars, &tm) {
        Some(()) => out.text,
        None => String::new(),
    })
}

/// The output so far and glibc's `maxsize` bookkeeping: at most `limit` characters.
struct Out {
    text: String,
    len: u64,
    limit: u64,
}

impl Out {
    fn fits(&self, extra: i64) -> bool {
        u64::try_from(extra).map_or(true, |e| self.len.saturating_add(e) <= self.limit)
    }

    fn repeat(&mut self, c: char, n: i64) {
        for _ in 0..n {
            self.text.push(c);
        }
        self.len += n.max(0) as u64;
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Case {
    Keep,
    Upper,
    Lower,
}

/// One conversion's flags, width and modifier.
struct Spec {
    pad: char, // '\0' (none), '_', '-' or '0'
    width: i64,
    upcase: bool,
    lowcase: bool,
    change_case: bool,
    modifier: char, // '\0', 'E' or 'O'
}

impl Spec {
    fn case(&self) -> Case {
        if self.lowcase {
            Case::Lower
        } else if self.upcase {
            Case::Upper
        } else {
            Case::Keep
        }
    }
}

/// glibc's `add`: `text` preceded by `width - len` pad characters (zeros for the `0`
/// flag, else spaces), converted to `case`. None when it does not fit.
fn add(out: &mut Out, sp: &Spec, text: &str, case: Case) -> Option<()> {
    let n = text.chars().count() as i64;
    let delta = sp.width - n;
    if !out.fits(n + delta.max(0)) {
        return None;
    }
    if delta > 0 {
        out.repeat(if sp.pad == '0' { '0' } else { ' ' }, delta);
    }
    for c in text.chars() {
        out.text.push(match case {
            Case::Keep => c,
            Case::Upper => towupper(c),
            Case::Lower => towlower(c),
        });
    }
    out.len += n as u64;
    Some(())
}

/// glibc's `do_number_sign_and_padding`: `digits` is the minimum width of the number.
fn sign_and_padding(out: &mut Out, sp: &mut Spec, text: &str, digits: i64) -> Option<()> {
    let mut body = text;
    if sp.pad != '-' {
        let padding = digits - text.len() as i64;
        if padding > 0 {
            if sp.pad == '_' {
                if !out.fits(padding) {
                    return None;
                }
                out.repeat(' ', padding);
                sp.width = if sp.width > padding { sp.width - padding } else { 0 };
            } else {
                if !out.fits(digits) {
                    return None;
                }
                if let Some(rest) = text.strip_prefix('-') {
                    body = rest;
                    out.repeat('-', 1);
                }
                out.repeat('0', padding);
                sp.width = 0;
            }
        }
    }
    add(out, sp, body, sp.case())
}

/// glibc's `DO_NUMBER` / `DO_NUMBER_SPACEPAD` for an int value (no alternative digits
/// in the C locale, so `O` changes nothing).
fn number(out: &mut Out, sp: &mut Spec, min_digits: i64, value: i32, spacepad: bool) -> Option<()> {
    if spacepad && sp.pad != '0' && sp.pad != '-' {
        sp.pad = '_';
    }
    let digits = min_digits.max(sp.width);
    sign_and_padding(out, sp, &value.to_string(), digits)
}

/// Days from the first day of the first ISO week of the year to `yday` (glibc).
fn iso_week_days(yday: i32, wday: i32) -> i32 {
    const BIG_ENOUGH_MULTIPLE_OF_7: i32 = (366 / 7 + 2) * 7;
    yday - (yday - wday + 4 + BIG_ENOUGH_MULTIPLE_OF_7) % 7 + 4 - 1
}

fn is_leap(y: i32) -> bool {
    y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)
}

/// glibc's `mktime` in a UTC zone: the fields normalised as a count of seconds, minus an
/// hour when `tm_isdst > 0` (glibc assumes a one-hour DST it cannot find); -1 when the
/// result's year does not fit a `struct tm`.
fn mktime_utc(tm: &Tm<'_>) -> i64 {
    let days = days_from_civil(i64::from(tm.year) + 1900, i64::from(tm.mon) + 1, 1) + i64::from(tm.mday) - 1;
    let mut t = days * 86400 + i64::from(tm.hour) * 3600 + i64::from(tm.min) * 60 + i64::from(tm.sec);
    if tm.isdst > 0 {
        t -= 3600;
    }
    let (year, _, _) = civil_from_days(t.div_euclid(86400));
    if year_fits_tm(year) { t } else { -1 }
}

/// glibc's `__strftime_internal` over a format without NUL.
fn format_into(out: &mut Out, f: &[char], tm: &Tm<'_>) -> Option<()> {
    let hour12 = match tm.hour {
        h if h > 12 => h - 12,
        0 => 12,
        h => h,
    };
    let mut i = 0;
    while i < f.len() {
        if f[i] != '%' {
            out.text.push(f[i]);
            out.len += 1;
            if out.len > out.limit {
                return None;
            }
            i += 1;
            continue;
        }
        let start = i;
        let mut sp = Spec { pad: '\0', width: -1, upcase: false, lowcase: false, change_case: false, modifier: '\0' };
        i += 1;
        while let Some(&c) = f.get(i) {
            match c {
                '_' | '-' | '0' => sp.pad = c,
                '^' => sp.upcase = true,
                '#' => sp.change_case = true,
                _ => break,
            }
            i += 1;
        }
        if f.get(i).is_some_and(char::is_ascii_digit) {
            let mut w: i64 = 0;
            while let Some(d) = f.get(i).and_then(|c| c.to_digit(10)) {
                w = if w > i64::from(i32::MAX / 10) || (w == i64::from(i32::MAX / 10) && d > 7) {
                    i64::from(i32::MAX)
                } else {
                    w * 10 + i64::from(d)
                };
                i += 1;
            }
            sp.width = w;
        }
        if let Some(&m @ ('E' | 'O')) = f.get(i) {
            sp.modifier = m;
            i += 1;
        }
        let Some(&fc) = f.get(i) else {
            // A '%' (with flags...) at the end of the format is copied as is.
            let text: String = f[start..].iter().collect();
            add(out, &sp, &text, sp.case())?;
            break;
        };
        let m = sp.modifier;
        // What glibc's bad_format copies: from the last '%' to the conversion character.
        let bad = |out: &mut Out, sp: &Spec| {
            let text: String = if fc == '%' { "%".to_string() } else { f[start..=i].iter().collect() };
            add(out, sp, &text, sp.case())
        };
        let subformat = |out: &mut Out, sp: &Spec, sub: &str| {
            let chars: Vec<char> = sub.chars().collect();
            let mut inner = Out { text: String::new(), len: 0, limit: u64::MAX };
            format_into(&mut inner, &chars, tm)?;
            add(out, sp, &inner.text, if sp.upcase { Case::Upper } else { Case::Keep })
        };
        match fc {
            '%' => {
                if m != '\0' {
                    bad(out, &sp)?;
                } else {
                    add(out, &sp, "%", Case::Keep)?;
                }
            }
            'a' | 'A' => {
                if m != '\0' {
                    bad(out, &sp)?;
                } else {
                    if sp.change_case {
                        sp.upcase = true;
                        sp.lowcase = false;
                    }
                    let text = name(if fc == 'a' { &WDAY_ABBR } else { &WDAY_FULL }, tm.wday);
                    add(out, &sp, text, sp.case())?;
                }
            }
            'b' | 'h' | 'B' => {
                // glibc applies '#' before rejecting %Eb / %Eh, but after rejecting %EB.
                if fc != 'B' && sp.change_case {
                    sp.upcase = true;
                    sp.lowcase = false;
                }
                if m == 'E' {
                    bad(out, &sp)?;
                } else {
                    if sp.change_case {
                        sp.upcase = true;
                        sp.lowcase = false;
                    }
                    let text = name(if fc == 'B' { &MON_FULL } else { &MON_ABBR }, tm.mon);
                    add(out, &sp, text, sp.case())?;
                }
            }
            'c' | 'x' | 'X' if m == 'O' => bad(out, &sp)?,
            'c' => subformat(out, &sp, "%a %b %e %H:%M:%S %Y")?,
            'x' => subformat(out, &sp, "%m/%d/%y")?,
            'X' => subformat(out, &sp, "%H:%M:%S")?,
            'D' | 'F' if m != '\0' => bad(out, &sp)?,
            'D' => subformat(out, &sp, "%m/%d/%y")?,
            'F' => subformat(out, &sp, "%Y-%m-%d")?,
            'R' => subformat(out, &sp, "%H:%M")?,
            'r' => subformat(out, &sp, "%I:%M:%S %p")?,
            'T' => subformat(out, &sp, "%H:%M:%S")?,
            'C' => {
                let year = tm.year.wrapping_add(1900);
                number(out, &mut sp, 1, year / 100 - i32::from(year % 100 < 0), false)?;
            }
            'd' | 'e' | 'H' | 'I' | 'k' | 'l' | 'j' | 'M' | 'm' | 'S' | 'U' | 'W' | 'w' | 'V' | 'g' | 'G'
                if m == 'E' =>
            {
                bad(out, &sp)?
            }
            'd' => number(out, &mut sp, 2, tm.mday, false)?,
            'e' => number(out, &mut sp, 2, tm.mday, true)?,
            'H' => number(out, &mut sp, 2, tm.hour, false)?,
            'I' => number(out, &mut sp, 2, hour12, false)?,
            'k' => number(out, &mut sp, 2, tm.hour, true)?,
            'l' => number(out, &mut sp, 2, hour12, true)?,
            'j' => number(out, &mut sp, 3, tm.yday.wrapping_add(1), false)?,
            'M' => number(out, &mut sp, 2, tm.min, false)?,
            'm' => number(out, &mut sp, 2, tm.mon.wrapping_add(1), false)?,
            'S' => number(out, &mut sp, 2, tm.sec, false)?,
            'u' => number(out, &mut sp, 1, (tm.wday - 1 + 7) % 7 + 1, false)?,
            'U' => number(out, &mut sp, 2, (tm.yday - tm.wday + 7) / 7, false)?,
            'W' => number(out, &mut sp, 2, (tm.yday - (tm.wday - 1 + 7) % 7 + 7) / 7, false)?,
            'w' => number(out, &mut sp, 1, tm.wday, false)?,
            'V' | 'g' | 'G' => {
                let mut year = tm.year.wrapping_add(1900);
                let mut days = iso_week_days(tm.yday, tm.wday);
                if days < 0 {
                    year = year.wrapping_sub(1);
                    days = iso_week_days(tm.yday + 365 + i32::from(is_leap(year)), tm.wday);
                } else {
                    let d = iso_week_days(tm.yday - (365 + i32::from(is_leap(year))), tm.wday);
                    if d >= 0 {
                        year = year.wrapping_add(1);
                        days = d;
                    }
                }
                match fc {
                    'g' => number(out, &mut sp, 2, (year % 100 + 100) % 100, false)?,
                    'G' => number(out, &mut sp, 1, year, false)?,
                    _ => number(out, &mut sp, 2, days / 7 + 1, false)?,
                }
            }
            'Y' => {
                if m == 'O' {
                    bad(out, &sp)?;
                } else {
                    number(out, &mut sp, 1, tm.year.wrapping_add(1900), false)?;
                }
            }
            'y' => number(out, &mut sp, 2, (tm.year % 100 + 100) % 100, false)?,
            'n' => add(out, &sp, "\n", Case::Keep)?,
            't' => add(out, &sp, "\t", Case::Keep)?,
            'P' | 'p' => {
                // %P is lower case; '#' lowers %p. Lower case wins over '^' in glibc's cpy.
                if fc == 'P' || sp.change_case {
                    sp.lowcase = true;
                }
                add(out, &sp, if tm.hour > 11 { "PM" } else { "AM" }, sp.case())?;
            }
            's' => {
                let t = mktime_utc(tm);
                sign_and_padding(out, &mut sp, &t.to_string(), 1)?;
            }
            'Z' => {
                if sp.change_case {
                    sp.upcase = false;
                    sp.lowcase = true;
                }
                let zone = match tm.zone {
                    Some(z) if !z.is_empty() => z,
                    _ if tm.isdst >= 0 => usize::try_from(tm.isdst).ok().and_then(|i| TZNAME.get(i)).unwrap_or(&"?"),
                    Some(z) => z,
                    None => "",
                };
                add(out, &sp, zone, sp.case())?;
            }
            'z' => {
                if tm.isdst >= 0 {
                    // tm_gmtoff is a long; glibc keeps it in an int.
                    let diff = tm.gmtoff as i32;
                    add(out, &sp, if diff < 0 { "-" } else { "+" }, Case::Keep)?;
                    let minutes = i64::from(diff.unsigned_abs() / 60);
                    let value = (minutes / 60 * 100 + minutes % 60) as i32;
                    number(out, &mut sp, 4, value, false)?;
                }
            }
            _ => bad(out, &sp)?,
        }
        i += 1;
    }
    Some(())
}

// ---------------------------------------------------------------------------- case mapping

/// glibc 2.36's `towupper` in C.UTF-8 (Unicode 14 simple case mapping): what `^` and `#`
/// do to a zone name or to an unknown directive copied through.
fn towupper(c: char) -> char {
    map_case(&TOWUPPER, c)
}

/// glibc 2.36's `towlower` in C.UTF-8.
fn towlower(c: char) -> char {
    map_case(&TOWLOWER, c)
}

/// Looks `c` up in runs of (first, last, delta, stride): the code points first,
/// first + stride, ... last map to themselves + delta; any other maps to itself.
fn map_case(table: &[i32], c: char) -> char {
    let cp = c as i32;
    // The first run whose start is above cp; the run before it is the candidate.
    let (mut lo, mut hi) = (0, table.len() / 4);
    while lo < hi {
        let mid = (lo + hi) / 2;
        if table[mid * 4] <= cp {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    let Some(run) = lo.checked_sub(1).map(|r| &table[r * 4..r * 4 + 4]) else {
        return c;
    };
    if cp <= run[1] && (cp - run[0]) % run[3] == 0 {
        u32::try_from(cp + run[2]).ok().and_then(char::from_u32).unwrap_or(c)
    } else {
        c
    }
}

// Generated by `tests/clock_data/gen_clock_data.py --rust-tables` from glibc itself
// (`%^Z` / `%#Z` of every code point): runs of (first, last, delta, stride).
const TOWUPPER: [i32; 800] = [
    97, 122, -32, 1, 181, 181, 743, 1, 224, 246, -32, 1, 248, 254, -32, 1, 255, 255, 121, 1, 257, 303, -1, 2, 305, 305,
    -232, 1, 307, 311, -1, 2, 314, 328, -1, 2, 331, 375, -1, 2, 378, 382, -1, 2, 383, 383, -300, 1, 384, 384, 195, 1,
    387, 389, -1, 2, 392, 392, -1, 1, 396, 396, -1, 1, 402, 402, -1, 1, 405, 405, 97, 1, 409, 409, -1, 1, 410, 410,
    163, 1, 414, 414, 130, 1, 417, 421, -1, 2, 424, 424, -1, 1, 429, 429, -1, 1, 432, 432, -1, 1, 436, 438, -1, 2, 441,
    441, -1, 1, 445, 445, -1, 1, 447, 447, 56, 1, 453, 453, -1, 1, 454, 454, -2, 1, 456, 456, -1, 1, 457, 457, -2, 1,
    459, 459, -1, 1, 460, 460, -2, 1, 462, 476, -1, 2, 477, 477, -79, 1, 479, 495, -1, 2, 498, 498, -1, 1, 499, 499,
    -2, 1, 501, 501, -1, 1, 505, 543, -1, 2, 547, 563, -1, 2, 572, 572, -1, 1, 575, 576, 10815, 1, 578, 578, -1, 1,
    583, 591, -1, 2, 592, 592, 10783, 1, 593, 593, 10780, 1, 594, 594, 10782, 1, 595, 595, -210, 1, 596, 596, -206, 1,
    598, 599, -205, 1, 601, 601, -202, 1, 603, 603, -203, 1, 604, 604, 42319, 1, 608, 608, -205, 1, 609, 609, 42315, 1,
    611, 611, -207, 1, 613, 613, 42280, 1, 614, 614, 42308, 1, 616, 616, -209, 1, 617, 617, -211, 1, 618, 618, 42308,
    1, 619, 619, 10743, 1, 620, 620, 42305, 1, 623, 623, -211, 1, 625, 625, 10749, 1, 626, 626, -213, 1, 629, 629,
    -214, 1, 637, 637, 10727, 1, 640, 640, -218, 1, 642, 642, 42307, 1, 643, 643, -218, 1, 647, 647, 42282, 1, 648,
    648, -218, 1, 649, 649, -69, 1, 650, 651, -217, 1, 652, 652, -71, 1, 658, 658, -219, 1, 669, 669, 42261, 1, 670,
    670, 42258, 1, 837, 837, 84, 1, 881, 883, -1, 2, 887, 887, -1, 1, 891, 893, 130, 1, 940, 940, -38, 1, 941, 943,
    -37, 1, 945, 961, -32, 1, 962, 962, -31, 1, 963, 971, -32, 1, 972, 972, -64, 1, 973, 974, -63, 1, 976, 976, -62, 1,
    977, 977, -57, 1, 981, 981, -47, 1, 982, 982, -54, 1, 983, 983, -8, 1, 985, 1007, -1, 2, 1008, 1008, -86, 1, 1009,
    1009, -80, 1, 1010, 1010, 7, 1, 1011, 1011, -116, 1, 1013, 1013, -96, 1, 1016, 1016, -1, 1, 1019, 1019, -1, 1,
    1072, 1103, -32, 1, 1104, 1119, -80, 1, 1121, 1153, -1, 2, 1163, 1215, -1, 2, 1218, 1230, -1, 2, 1231, 1231, -15,
    1, 1233, 1327, -1, 2, 1377, 1414, -48, 1, 4304, 4346, 3008, 1, 4349, 4351, 3008, 1, 5112, 5117, -8, 1, 7296, 7296,
    -6254, 1, 7297, 7297, -6253, 1, 7298, 7298, -6244, 1, 7299, 7300, -6242, 1, 7301, 7301, -6243, 1, 7302, 7302,
    -6236, 1, 7303, 7303, -6181, 1, 7304, 7304, 35266, 1, 7545, 7545, 35332, 1, 7549, 7549, 3814, 1, 7566, 7566, 35384,
    1, 7681, 7829, -1, 2, 7835, 7835, -59, 1, 7841, 7935, -1, 2, 7936, 7943, 8, 1, 7952, 7957, 8, 1, 7968, 7975, 8, 1,
    7984, 7991, 8, 1, 8000, 8005, 8, 1, 8017, 8023, 8, 2, 8032, 8039, 8, 1, 8048, 8049, 74, 1, 8050, 8053, 86, 1, 8054,
    8055, 100, 1, 8056, 8057, 128, 1, 8058, 8059, 112, 1, 8060, 8061, 126, 1, 8064, 8071, 8, 1, 8080, 8087, 8, 1, 8096,
    8103, 8, 1, 8112, 8113, 8, 1, 8115, 8115, 9, 1, 8126, 8126, -7205, 1, 8131, 8131, 9, 1, 8144, 8145, 8, 1, 8160,
    8161, 8, 1, 8165, 8165, 7, 1, 8179, 8179, 9, 1, 8526, 8526, -28, 1, 8560, 8575, -16, 1, 8580, 8580, -1, 1, 9424,
    9449, -26, 1, 11312, 11359, -48, 1, 11361, 11361, -1, 1, 11365, 11365, -10795, 1, 11366, 11366, -10792, 1, 11368,
    11372, -1, 2, 11379, 11379, -1, 1, 11382, 11382, -1, 1, 11393, 11491, -1, 2, 11500, 11502, -1, 2, 11507, 11507, -1,
    1, 11520, 11557, -7264, 1, 11559, 11559, -7264, 1, 11565, 11565, -7264, 1, 42561, 42605, -1, 2, 42625, 42651, -1,
    2, 42787, 42799, -1, 2, 42803, 42863, -1, 2, 42874, 42876, -1, 2, 42879, 42887, -1, 2, 42892, 42892, -1, 1, 42897,
    42899, -1, 2, 42900, 42900, 48, 1, 42903, 42921, -1, 2, 42933, 42947, -1, 2, 42952, 42954, -1, 2, 42961, 42961, -1,
    1, 42967, 42969, -1, 2, 42998, 42998, -1, 1, 43859, 43859, -928, 1, 43888, 43967, -38864, 1, 65345, 65370, -32, 1,
    66600, 66639, -40, 1, 66776, 66811, -40, 1, 66967, 66977, -39, 1, 66979, 66993, -39, 1, 66995, 67001, -39, 1,
    67003, 67004, -39, 1, 68800, 68850, -64, 1, 71872, 71903, -32, 1, 93792, 93823, -32, 1, 125218, 125251, -34, 1,
];
const TOWLOWER: [i32; 728] = [
    65, 90, 32, 1, 192, 214, 32, 1, 216, 222, 32, 1, 256, 302, 1, 2, 304, 304, -199, 1, 306, 310, 1, 2, 313, 327, 1, 2,
    330, 374, 1, 2, 376, 376, -121, 1, 377, 381, 1, 2, 385, 385, 210, 1, 386, 388, 1, 2, 390, 390, 206, 1, 391, 391, 1,
    1, 393, 394, 205, 1, 395, 395, 1, 1, 398, 398, 79, 1, 399, 399, 202, 1, 400, 400, 203, 1, 401, 401, 1, 1, 403, 403,
    205, 1, 404, 404, 207, 1, 406, 406, 211, 1, 407, 407, 209, 1, 408, 408, 1, 1, 412, 412, 211, 1, 413, 413, 213, 1,
    415, 415, 214, 1, 416, 420, 1, 2, 422, 422, 218, 1, 423, 423, 1, 1, 425, 425, 218, 1, 428, 428, 1, 1, 430, 430,
    218, 1, 431, 431, 1, 1, 433, 434, 217, 1, 435, 437, 1, 2, 439, 439, 219, 1, 440, 440, 1, 1, 444, 444, 1, 1, 452,
    452, 2, 1, 453, 453, 1, 1, 455, 455, 2, 1, 456, 456, 1, 1, 458, 458, 2, 1, 459, 475, 1, 2, 478, 494, 1, 2, 497,
    497, 2, 1, 498, 500, 1, 2, 502, 502, -97, 1, 503, 503, -56, 1, 504, 542, 1, 2, 544, 544, -130, 1, 546, 562, 1, 2,
    570, 570, 10795, 1, 571, 571, 1, 1, 573, 573, -163, 1, 574, 574, 10792, 1, 577, 577, 1, 1, 579, 579, -195, 1, 580,
    580, 69, 1, 581, 581, 71, 1, 582, 590, 1, 2, 880, 882, 1, 2, 886, 886, 1, 1, 895, 895, 116, 1, 902, 902, 38, 1,
    904, 906, 37, 1, 908, 908, 64, 1, 910, 911, 63, 1, 913, 929, 32, 1, 931, 939, 32, 1, 975, 975, 8, 1, 984, 1006, 1,
    2, 1012, 1012, -60, 1, 1015, 1015, 1, 1, 1017, 1017, -7, 1, 1018, 1018, 1, 1, 1021, 1023, -130, 1, 1024, 1039, 80,
    1, 1040, 1071, 32, 1, 1120, 1152, 1, 2, 1162, 1214, 1, 2, 1216, 1216, 15, 1, 1217, 1229, 1, 2, 1232, 1326, 1, 2,
    1329, 1366, 48, 1, 4256, 4293, 7264, 1, 4295, 4295, 7264, 1, 4301, 4301, 7264, 1, 5024, 5103, 38864, 1, 5104, 5109,
    8, 1, 7312, 7354, -3008, 1, 7357, 7359, -3008, 1, 7680, 7828, 1, 2, 7838, 7838, -7615, 1, 7840, 7934, 1, 2, 7944,
    7951, -8, 1, 7960, 7965, -8, 1, 7976, 7983, -8, 1, 7992, 7999, -8, 1, 8008, 8013, -8, 1, 8025, 8031, -8, 2, 8040,
    8047, -8, 1, 8072, 8079, -8, 1, 8088, 8095, -8, 1, 8104, 8111, -8, 1, 8120, 8121, -8, 1, 8122, 8123, -74, 1, 8124,
    8124, -9, 1, 8136, 8139, -86, 1, 8140, 8140, -9, 1, 8152, 8153, -8, 1, 8154, 8155, -100, 1, 8168, 8169, -8, 1,
    8170, 8171, -112, 1, 8172, 8172, -7, 1, 8184, 8185, -128, 1, 8186, 8187, -126, 1, 8188, 8188, -9, 1, 8486, 8486,
    -7517, 1, 8490, 8490, -8383, 1, 8491, 8491, -8262, 1, 8498, 8498, 28, 1, 8544, 8559, 16, 1, 8579, 8579, 1, 1, 9398,
    9423, 26, 1, 11264, 11311, 48, 1, 11360, 11360, 1, 1, 11362, 11362, -10743, 1, 11363, 11363, -3814, 1, 11364,
    11364, -10727, 1, 11367, 11371, 1, 2, 11373, 11373, -10780, 1, 11374, 11374, -10749, 1, 11375, 11375, -10783, 1,
    11376, 11376, -10782, 1, 11378, 11378, 1, 1, 11381, 11381, 1, 1, 11390, 11391, -10815, 1, 11392, 11490, 1, 2,
    11499, 11501, 1, 2, 11506, 11506, 1, 1, 42560, 42604, 1, 2, 42624, 42650, 1, 2, 42786, 42798, 1, 2, 42802, 42862,
    1, 2, 42873, 42875, 1, 2, 42877, 42877, -35332, 1, 42878, 42886, 1, 2, 42891, 42891, 1, 1, 42893, 42893, -42280, 1,
    42896, 42898, 1, 2, 42902, 42920, 1, 2, 42922, 42922, -42308, 1, 42923, 42923, -42319, 1, 42924, 42924, -42315, 1,
    42925, 42925, -42305, 1, 42926, 42926, -42308, 1, 42928, 42928, -42258, 1, 42929, 42929, -42282, 1, 42930, 42930,
    -42261, 1, 42931, 42931, 928, 1, 42932, 42946, 1, 2, 42948, 42948, -48, 1, 42949, 42949, -42307, 1, 42950, 42950,
    -35384, 1, 42951, 42953, 1, 2, 42960, 42960, 1, 1, 42966, 42968, 1, 2, 42997, 42997, 1, 1, 65313, 65338, 32, 1,
    66560, 66599, 40, 1, 66736, 66771, 40, 1, 66928, 66938, 39, 1, 66940, 66954, 39, 1, 66956, 66962, 39, 1, 66964,
    66965, 39, 1, 68736, 68786, 64, 1, 71840, 71871, 32, 1, 93760, 93791, 32, 1, 125184, 125217, 34, 1,
];
