//! Python's text forms of numbers: `repr(float)`, and the format-spec mini-language of
//! f-strings, `format()` and `str.format` (`{x:.2f}`, `{x:>5}`, `{n:,}`...).

/// `repr(x)` / `str(x)` of a float, exactly as CPython prints it: the shortest digits
/// that round-trip, fixed notation for exponents in -4..16, else `1e+16` style.
pub fn float_repr(x: f64) -> String {
    if x.is_nan() {
        return "nan".into();
    }
    if x.is_infinite() {
        return if x > 0.0 { "inf".into() } else { "-inf".into() };
    }
    let (negative, digits, exp) = shortest_digits(x);
    let sign = if negative { "-" } else { "" };
    if (-4..16).contains(&exp) {
        format!("{sign}{}", fixed_from_digits(&digits, exp, true))
    } else {
        format!("{sign}{}", sci_from_digits(&digits, exp))
    }
}

/// Shortest round-trip decimal digits of |x| and the exponent of the first digit
/// (x = 0.d1d2d3... * 10^(exp+1)). Rust's `{:e}` gives exactly these digits.
fn shortest_digits(x: f64) -> (bool, String, i32) {
    let s = format!("{:e}", x);
    let negative = s.starts_with('-');
    let s = s.trim_start_matches('-');
    let (mantissa, exp) = s.split_once('e').unwrap_or((s, "0"));
    let digits: String = mantissa.chars().filter(|c| *c != '.').collect();
    (negative, digits, exp.parse().unwrap_or(0))
}

/// `digits` with the decimal point placed after position `exp + 1`.
fn fixed_from_digits(digits: &str, exp: i32, force_point: bool) -> String {
    let n = digits.len() as i32;
    let mut out = String::new();
    if exp < 0 {
        out.push_str("0.");
        for _ in 0..(-exp - 1) {
            out.push('0');
        }
        out.push_str(digits);
    } else if exp + 1 >= n {
        out.push_str(digits);
        for _ in 0..(exp + 1 - n) {
            out.push('0');
        }
        if force_point {
            out.push_str(".0");
        }
    } else {
        let (a, b) = digits.split_at((exp + 1) as usize);
        out.push_str(a);
        out.push('.');
        out.push_str(b);
    }
    out
}

fn sci_from_digits(digits: &str, exp: i32) -> String {
    let (first, rest) = digits.split_at(1);
    let mut out = String::from(first);
    if !rest.is_empty() {
        out.push('.');
        out.push_str(rest);
    }
    out.push_str(&exp_suffix('e', exp));
    out
}

fn exp_suffix(e: char, exp: i32) -> String {
    let sign = if exp < 0 { '-' } else { '+' };
    format!("{e}{sign}{:02}", exp.abs())
}

use crate::vm::error::{PyResult, overflow_error, value_error};

/// Widest field a format spec may ask for: the padding is built in memory, and a string
/// longer than this is refused elsewhere too ("string is too long for Loopscope").
pub const MAX_WIDTH: usize = 10_000_000;

/// Largest precision of a float presentation: the text is built in memory, like the
/// padding of [`MAX_WIDTH`]. CPython itself refuses a precision over `i32::MAX`.
pub const MAX_FLOAT_PRECISION: usize = MAX_WIDTH;

/// The thousands separator of a spec.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub enum Thousands {
    #[default]
    None,
    /// `,`: every three digits.
    Comma,
    /// `_`: every three digits (decimal) ...
    Underscore,
    /// ... or every four (`b`, `o`, `x`, `X`).
    UnderFour,
}

/// A parsed format spec: `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`
/// (CPython's `InternalFormatSpec`).
#[derive(Debug, Clone)]
pub struct Spec {
    pub fill: char,
    pub align: char,
    pub sign: Option<char>,
    /// `z`: a negative zero after rounding loses its sign.
    pub no_neg_0: bool,
    pub alternate: bool,
    pub width: Option<usize>,
    pub thousands: Thousands,
    pub precision: Option<usize>,
    /// The presentation type (`'\0'`: none, for floats).
    pub ty: char,
}

impl Spec {
    /// A spec with the defaults of a type (`'d'` and `'>'` for ints...).
    pub fn new(default_type: char, default_align: char) -> Spec {
        Spec {
            fill: ' ',
            align: default_align,
            sign: None,
            no_neg_0: false,
            alternate: false,
            width: None,
            thousands: Thousands::None,
            precision: None,
            ty: default_type,
        }
    }

    /// CPython's `parse_internal_render_format_spec`; `type_name` is for the message of
    /// an invalid spec.
    pub fn parse(spec: &str, default_type: char, default_align: char, type_name: &str) -> Result<Spec, String> {
        let chars: Vec<char> = spec.chars().collect();
        let end = chars.len();
        let mut pos = 0;
        let mut out = Spec::new(default_type, default_align);
        let is_align = |c: char| matches!(c, '<' | '>' | '^' | '=');
        let (mut fill_specified, mut align_specified) = (false, false);
        if end >= 2 && is_align(chars[1]) {
            out.align = chars[1];
            out.fill = chars[0];
            fill_specified = true;
            align_specified = true;
            pos = 2;
        } else if end >= 1 && is_align(chars[0]) {
            out.align = chars[0];
            align_specified = true;
            pos = 1;
        }
        if pos < end && matches!(chars[pos], '+' | '-' | ' ') {
            out.sign = Some(chars[pos]);
            pos += 1;
        }
        if pos < end && chars[pos] == 'z' {
            out.no_neg_0 = true;
            pos += 1;
        }
        if pos < end && chars[pos] == '#' {
            out.alternate = true;
            pos += 1;
        }
        if !fill_specified && pos < end && chars[pos] == '0' {
            out.fill = '0';
            if !align_specified && default_align == '>' {
                out.align = '=';
            }
            pos += 1;
        }
        out.width = get_integer(&chars, &mut pos)?;
        if out.width.is_some_and(|w| w > MAX_WIDTH) {
            return Err(format!("format width is too large for Loopscope (at most {MAX_WIDTH})"));
        }
        if pos < end && chars[pos] == ',' {
            out.thousands = Thousands::Comma;
            pos += 1;
        }
        if pos < end && chars[pos] == '_' {
            if out.thousands != Thousands::None {
                return Err("Cannot specify both ',' and '_'.".into());
            }
            out.thousands = Thousands::Underscore;
            pos += 1;
        }
        if pos < end && chars[pos] == ',' && out.thousands == Thousands::Underscore {
            return Err("Cannot specify both ',' and '_'.".into());
        }
        if pos < end && chars[pos] == '.' {
            pos += 1;
            out.precision = get_integer(&chars, &mut pos)?;
            if out.precision.is_none() {
                return Err("Format specifier missing precision".into());
            }
        }
        if end - pos > 1 {
            return Err(format!("Invalid format specifier '{spec}' for object of type '{type_name}'"));
        }
        if end - pos == 1 {
            out.ty = chars[pos];
        }
        if out.thousands != Thousands::None {
            match out.ty {
                'd' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F' | '\0' => {}
                'b' | 'o' | 'x' | 'X' if out.thousands == Thousands::Underscore => out.thousands = Thousands::UnderFour,
                t => {
                    let sep = if out.thousands == Thousands::Comma { ',' } else { '_' };
                    return Err(format!("Cannot specify '{sep}' with {}.", code_text(t)));
                }
            }
        }
        Ok(out)
    }
}

/// A presentation type in a message: `'x'`, or `'\x..'` outside printable ASCII.
fn code_text(t: char) -> String {
    if (t as u32) > 32 && (t as u32) < 128 { format!("'{t}'") } else { format!("'\\x{:x}'", t as u32) }
}

/// `Unknown format code 'q' for object of type 'int'`.
pub fn unknown_code(t: char, type_name: &str) -> String {
    format!("Unknown format code {} for object of type '{type_name}'", code_text(t))
}

/// Decimal digits (any Unicode decimal) from `pos`: `None` if there are none.
fn get_integer(chars: &[char], pos: &mut usize) -> Result<Option<usize>, String> {
    let mut acc: usize = 0;
    let start = *pos;
    while let Some(d) = chars.get(*pos).and_then(|c| crate::vm::builtins::unicode::decimal_value(*c)) {
        acc = acc
            .checked_mul(10)
            .and_then(|a| a.checked_add(d as usize))
            .filter(|a| *a <= isize::MAX as usize)
            .ok_or_else(|| "Too many decimal digits in format string".to_string())?;
        *pos += 1;
    }
    Ok(if *pos > start { Some(acc) } else { None })
}

/// `digits` grouped from the right (`group` digits apart, 0: no grouping), padded with
/// zeros (as digits, so grouped too) to `min_width` characters (CPython's
/// `_PyUnicode_InsertThousandsGrouping`).
fn insert_grouping(digits: &[char], mut min_width: i64, group: usize, sep: char) -> String {
    let mut chunks: Vec<String> = Vec::new();
    let mut remaining = digits.len() as i64;
    let mut end = digits.len();
    let sep_len = if group > 0 { 1 } else { 0 };
    let take = |l: i64, remaining: &mut i64, end: &mut usize| {
        let n_zeros = (l - *remaining).max(0);
        let n_chars = (*remaining).min(l).max(0);
        let start = *end - n_chars as usize;
        let mut chunk: String = std::iter::repeat_n('0', n_zeros as usize).collect();
        chunk.extend(&digits[start..*end]);
        *end = start;
        *remaining -= n_chars;
        chunk
    };
    let mut broken = false;
    if group > 0 {
        loop {
            let l = (group as i64).min(remaining.max(min_width).max(1));
            chunks.push(take(l, &mut remaining, &mut end));
            min_width -= l;
            if remaining <= 0 && min_width <= 0 {
                broken = true;
                break;
            }
            min_width -= sep_len;
        }
    }
    if !broken {
        let l = remaining.max(min_width).max(1);
        chunks.push(take(l, &mut remaining, &mut end));
    }
    chunks.reverse();
    chunks.join(&sep.to_string())
}

/// The pieces of a number's text, laid out with a spec (CPython's
/// `calc_number_widths` and `fill_number`): `digits` get grouped, `remainder` (after a
/// decimal point, or an exponent, or the character of `c`) is copied.
fn render_number(
    negative: bool,
    prefix: &str,
    digits: &str,
    has_decimal: bool,
    remainder: &str,
    spec: &Spec,
    upper: bool,
) -> String {
    let sign = match spec.sign {
        Some('+') => Some(if negative { '-' } else { '+' }),
        Some(' ') => Some(if negative { '-' } else { ' ' }),
        _ => negative.then_some('-'),
    };
    let n_sign = sign.is_some() as i64;
    let n_remainder = remainder.chars().count() as i64;
    let non_digits = n_sign + prefix.len() as i64 + has_decimal as i64 + n_remainder;
    let width = spec.width.map(|w| w as i64).unwrap_or(-1);
    let min_width = if spec.fill == '0' && spec.align == '=' { width - non_digits } else { 0 };
    let (group, sep) = match spec.thousands {
        Thousands::None => (0, ','),
        Thousands::Comma => (3, ','),
        Thousands::Underscore => (3, '_'),
        Thousands::UnderFour => (4, '_'),
    };
    let mut grouped = if digits.is_empty() {
        String::new()
    } else if group == 0 && min_width <= digits.len() as i64 {
        // The common case: no grouping, no zero fill.
        digits.to_string()
    } else {
        let digit_chars: Vec<char> = digits.chars().collect();
        insert_grouping(&digit_chars, min_width, group, sep)
    };
    let mut prefix = prefix.to_string();
    if upper {
        grouped = grouped.to_ascii_uppercase();
        prefix = prefix.to_ascii_uppercase();
    }
    let padding = width - (non_digits + grouped.chars().count() as i64);
    let (mut lpad, mut spad, mut rpad) = (0, 0, 0);
    if padding > 0 {
        match spec.align {
            '<' => rpad = padding,
            '^' => {
                lpad = padding / 2;
                rpad = padding - lpad;
            }
            '=' => spad = padding,
            _ => lpad = padding,
        }
    }
    let fill = |n: i64| std::iter::repeat_n(spec.fill, n as usize).collect::<String>();
    let mut out = fill(lpad);
    out.extend(sign);
    out.push_str(&prefix);
    out.push_str(&fill(spad));
    out.push_str(&grouped);
    if has_decimal {
        out.push('.');
    }
    out.push_str(remainder);
    out.push_str(&fill(rpad));
    out
}

/// `format(s, spec)` of a str (spec not empty).
pub fn format_str(s: &str, spec: &Spec, type_name: &str) -> Result<String, String> {
    if spec.ty != 's' {
        return Err(unknown_code(spec.ty, type_name));
    }
    match spec.sign {
        Some(' ') => return Err("Space not allowed in string format specifier".into()),
        Some(_) => return Err("Sign not allowed in string format specifier".into()),
        None => {}
    }
    if spec.no_neg_0 {
        return Err("Negative zero coercion (z) not allowed in string format specifier".into());
    }
    if spec.alternate {
        return Err("Alternate form (#) not allowed in string format specifier".into());
    }
    if spec.align == '=' {
        return Err("'=' alignment not allowed in string format specifier".into());
    }
    let body: String = match spec.precision {
        Some(p) => s.chars().take(p).collect(),
        None => s.to_string(),
    };
    Ok(pad_text(body, spec))
}

/// Pads text to the spec's width with its fill and alignment (`<`, `>`, `^`).
pub fn pad_text(body: String, spec: &Spec) -> String {
    let len = body.chars().count();
    let width = spec.width.unwrap_or(0);
    if len >= width {
        return body;
    }
    let n = width - len;
    let left = match spec.align {
        '>' => n,
        '^' => n / 2,
        _ => 0,
    };
    let mut out: String = std::iter::repeat_n(spec.fill, left).collect();
    out.push_str(&body);
    out.extend(std::iter::repeat_n(spec.fill, n - left));
    out
}

/// `format(n, spec)` of an int given by its sign and magnitude digits (any size), for
/// the integer presentations (`b c d n o x X`); floats' are the caller's. `c_long` is the
/// value if it fits a C long (what `c` converts first), else `None`.
pub fn format_int_digits(
    negative: bool,
    digits: &dyn Fn(u32) -> String,
    c_long: Option<i64>,
    spec: &Spec,
) -> PyResult<String> {
    if spec.precision.is_some() {
        return Err(value_error("Precision not allowed in integer format specifier"));
    }
    if spec.no_neg_0 {
        return Err(value_error("Negative zero coercion (z) not allowed in integer format specifier"));
    }
    if spec.ty == 'c' {
        if spec.sign.is_some() {
            return Err(value_error("Sign not allowed with integer format specifier 'c'"));
        }
        if spec.alternate {
            return Err(value_error("Alternate form (#) not allowed with integer format specifier 'c'"));
        }
        // CPython converts with `PyLong_AsLong` first, then checks the range.
        let n = c_long.ok_or_else(|| overflow_error("Python int too large to convert to C long"))?;
        let c = u32::try_from(n)
            .ok()
            .filter(|n| *n < 0x110000)
            .ok_or_else(|| overflow_error("%c arg not in range(0x110000)"))?;
        let c = char::from_u32(c).ok_or_else(|| crate::vm::error::not_supported("surrogate characters"))?;
        return Ok(render_number(false, "", "", false, &c.to_string(), spec, false));
    }
    let (radix, prefix) = match spec.ty {
        'b' => (2, "0b"),
        'o' => (8, "0o"),
        'x' | 'X' => (16, "0x"),
        _ => (10, ""),
    };
    let digits = digits(radix);
    let prefix = if spec.alternate { prefix } else { "" };
    Ok(render_number(negative, prefix, &digits, false, "", spec, spec.ty == 'X'))
}

/// `format(x, spec)` of a float (spec not empty; the type one of `e E f F g G n %` or
/// none).
pub fn format_float(x: f64, spec: &Spec) -> Result<String, String> {
    if let Some(p) = spec.precision
        && p > MAX_FLOAT_PRECISION
    {
        return Err(if p > i32::MAX as usize {
            "precision too big".to_string()
        } else {
            format!("precision too big for Loopscope (at most {MAX_FLOAT_PRECISION})")
        });
    }
    let mut ty = spec.ty;
    let mut add_dot_0 = false;
    let mut default_precision = 6;
    if ty == '\0' {
        add_dot_0 = true;
        ty = 'r';
        default_precision = 0;
    }
    if ty == 'n' {
        ty = 'g';
    }
    let mut val = x;
    let mut add_pct = false;
    if ty == '%' {
        ty = 'f';
        val *= 100.0;
        add_pct = true;
    }
    let precision = match spec.precision {
        None => default_precision,
        Some(p) => {
            if ty == 'r' {
                ty = 'g';
            }
            p
        }
    };
    let mut text = double_to_string(val, ty, precision, spec.alternate, add_dot_0, spec.no_neg_0);
    if add_pct {
        text.push('%');
    }
    let (negative, body) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text.as_str()),
    };
    let int_end = body.find(|c: char| !c.is_ascii_digit()).unwrap_or(body.len());
    let has_decimal = body[int_end..].starts_with('.');
    let rem_start = if has_decimal { int_end + 1 } else { int_end };
    Ok(render_number(negative, "", &body[..int_end], has_decimal, &body[rem_start..], spec, false))
}

/// CPython's `PyOS_double_to_string(x, type, precision, flags)`: type `e E f F g G` or
/// `r` (repr); `alt` is `#`, `add_dot_0` keeps a `.0` on integral results, `no_neg_0`
/// drops the sign of a negative zero.
pub fn double_to_string(x: f64, ty: char, precision: usize, alt: bool, add_dot_0: bool, no_neg_0: bool) -> String {
    let upper = ty.is_ascii_uppercase();
    let mut negative = x.is_sign_negative() && !x.is_nan();
    let a = x.abs();
    let body = if a.is_nan() {
        "nan".to_string()
    } else if a.is_infinite() {
        "inf".to_string()
    } else {
        match ty.to_ascii_lowercase() {
            'f' => {
                let mut s = fixed(a, precision);
                if alt && precision == 0 {
                    s.push('.');
                }
                s
            }
            'e' => sci(a, precision, alt),
            'g' => short_form(a, 'g', precision, alt, add_dot_0),
            _ => short_form(a, 'r', 0, alt, add_dot_0),
        }
    };
    let mut body =
        if add_dot_0 && ty.eq_ignore_ascii_case(&'f') && !body.contains(['.', 'n', 'i']) { body + ".0" } else { body };
    if upper {
        body = body.to_ascii_uppercase();
    }
    if negative && no_neg_0 {
        // A mantissa of zeros only (after rounding) is a negative zero: no sign.
        let mantissa = body.split(['e', 'E']).next().unwrap_or("");
        if mantissa.chars().any(|c| c.is_ascii_digit()) && mantissa.chars().all(|c| !c.is_ascii_digit() || c == '0') {
            negative = false;
        }
    }
    if negative { format!("-{body}") } else { body }
}

/// More digits than any double needs: its exact decimal expansion has at most 767
/// significant digits and 1074 after the point, so further digits are zeros.
const EXACT_DIGITS: usize = 1100;

/// `{:.p}` for any precision (Rust's formatting refuses more than `u16::MAX`).
fn fixed(a: f64, p: usize) -> String {
    if p <= EXACT_DIGITS {
        return format!("{:.*}", p, a);
    }
    let mut s = format!("{:.*}", EXACT_DIGITS, a);
    s.extend(std::iter::repeat_n('0', p - EXACT_DIGITS));
    s
}

/// `{:.pe}` for any precision (Rust style exponent: `1.5e3`).
fn scientific(a: f64, p: usize) -> String {
    if p <= EXACT_DIGITS {
        return format!("{:.*e}", p, a);
    }
    let s = format!("{:.*e}", EXACT_DIGITS, a);
    let (m, e) = s.split_once('e').unwrap_or((&s, "0"));
    let mut out = m.to_string();
    out.extend(std::iter::repeat_n('0', p - EXACT_DIGITS));
    out.push('e');
    out.push_str(e);
    out
}

/// `{:.{p}e}` in Python's style (`1.50e+03`); `alt` keeps the point of `1.e+03`.
pub(crate) fn sci(a: f64, p: usize, alt: bool) -> String {
    let s = scientific(a, p);
    let (m, e) = s.split_once('e').unwrap_or((&s, "0"));
    let point = if alt && p == 0 { "." } else { "" };
    format!("{m}{point}{}", exp_suffix('e', e.parse().unwrap_or(0)))
}

/// CPython's `format_float_short` (pystrtod.c) for |x| in the `g` presentation (`p`
/// significant digits) and the `r` one (shortest repr digits): fixed or scientific by the
/// decimal point's position. `add_dot_0` (a float formatted with no type letter) keeps at
/// least one digit after the point, and for `g` it switches to the exponent one digit
/// earlier (`1.5` with `.1` is `2e+00`); `alt` (`#`) keeps the point and, for `g`, the
/// trailing zeros.
fn short_form(a: f64, ty: char, p: usize, alt: bool, add_dot_0: bool) -> String {
    let p = p.max(1) as i64;
    let (digits, mut decpt) = if a == 0.0 {
        // `_Py_dg_dtoa` gives "0" with the point after it.
        ("0".to_string(), 1)
    } else if ty == 'g' {
        // `p` significant digits, without the trailing zeros (dtoa's mode 2).
        let s = scientific(a, (p - 1) as usize);
        let (m, e) = s.split_once('e').unwrap_or((&s, "0"));
        let digits: String = m.chars().filter(|c| *c != '.').collect();
        let digits = digits.trim_end_matches('0');
        (if digits.is_empty() { "0".to_string() } else { digits.to_string() }, e.parse::<i64>().unwrap_or(0) + 1)
    } else {
        let (_, digits, exp) = shortest_digits(a);
        (digits, exp as i64 + 1)
    };
    let digits_len = digits.len() as i64;
    let mut vdigits_end = digits_len;
    let use_exp = if ty == 'g' {
        if alt {
            vdigits_end = p;
        }
        decpt <= -4 || decpt > if add_dot_0 { p - 1 } else { p }
    } else {
        // repr switches to the exponent at 1e16.
        decpt <= -4 || decpt > 16
    };
    let mut exp = 0;
    if use_exp {
        exp = decpt - 1;
        decpt = 1;
    }
    let vdigits_start = if decpt <= 0 { decpt - 1 } else { 0 };
    vdigits_end = if !use_exp && add_dot_0 { vdigits_end.max(decpt + 1) } else { vdigits_end.max(decpt) };
    let zeros = |s: &mut String, n: i64| s.extend(std::iter::repeat_n('0', n.max(0) as usize));
    let mut s = String::with_capacity((vdigits_end - vdigits_start + 8) as usize);
    if decpt <= 0 {
        zeros(&mut s, decpt - vdigits_start);
        s.push('.');
        zeros(&mut s, -decpt);
    } else {
        zeros(&mut s, -vdigits_start);
    }
    if 0 < decpt && decpt <= digits_len {
        s.push_str(&digits[..decpt as usize]);
        s.push('.');
        s.push_str(&digits[decpt as usize..]);
    } else {
        s.push_str(&digits);
    }
    if digits_len < decpt {
        zeros(&mut s, decpt - digits_len);
        s.push('.');
        zeros(&mut s, vdigits_end - decpt);
    } else {
        zeros(&mut s, vdigits_end - digits_len);
    }
    if s.ends_with('.') && !alt {
        s.pop();
    }
    if use_exp {
        s.push_str(&exp_suffix('e', exp as i32));
    }
    s
}

/// Python's `round(x, n)` for floats: correctly rounded through the decimal text.
pub fn round_float(x: f64, n: i64) -> f64 {
    if !x.is_finite() {
        return x;
    }
    if n >= 0 {
        let n = n.min(330) as usize;
        format!("{:.*}", n, x).parse().unwrap_or(x)
    } else {
        let p = 10f64.powi(n.unsigned_abs().min(330) as i32);
        if p.is_infinite() {
            // Every finite float rounds to zero at 10**-330 or coarser.
            return 0.0f64.copysign(x);
        }
        let y = (x / p).round_ties_even() * p;
        if y.is_finite() { y } else { x }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn float_repr_matches_python() {
        let cases = [
            (1.0, "1.0"),
            (0.1 + 0.2, "0.30000000000000004"),
            (1e16, "1e+16"),
            (1e15, "1000000000000000.0"),
            (1e-5, "1e-05"),
            (0.0001, "0.0001"),
            (-0.0, "-0.0"),
            (f64::INFINITY, "inf"),
            (1.5e300, "1.5e+300"),
            (123456.789, "123456.789"),
            (2.5, "2.5"),
            (1e22, "1e+22"),
            (1.2345e-7, "1.2345e-07"),
        ];
        for (x, want) in cases {
            assert_eq!(float_repr(x), want, "repr of {x:?}");
        }
    }

    fn f(x: f64, spec: &str) -> String {
        format_float(x, &Spec::parse(spec, '\0', '>', "float").unwrap()).unwrap()
    }

    fn i(v: u64, spec: &str) -> String {
        let s = Spec::parse(spec, 'd', '>', "int").unwrap();
        format_int_digits(false, &|r| num_bigint::BigUint::from(v).to_str_radix(r), None, &s).unwrap()
    }

    #[test]
    fn format_specs_match_python() {
        assert_eq!(f(1.23456, ".2f"), "1.23");
        assert_eq!(f(2.5, ">8.1f"), "     2.5");
        assert_eq!(f(1234.5, ",.1f"), "1,234.5");
        assert_eq!(f(0.25, ".0%"), "25%");
        assert_eq!(f(12345.678, ".3e"), "1.235e+04");
        assert_eq!(f(0.0001234, "g"), "0.0001234");
        assert_eq!(f(1234567.0, "g"), "1.23457e+06");
        assert_eq!(f(1.5, ".3"), "1.5");
        assert_eq!(f(-1.5, "08.2f"), "-0001.50");
        assert_eq!(i(42, ">5"), "   42");
        assert_eq!(i(42, "05d"), "00042");
        assert_eq!(i(1234567, ","), "1,234,567");
        assert_eq!(i(1234567, "015,"), "000,001,234,567");
        assert_eq!(i(255, "#010x"), "0x000000ff");
        assert_eq!(i(1234567, "_b"), "1_0010_1101_0110_1000_0111");
        assert_eq!(format_str("ab", &Spec::parse("^6", 's', '<', "str").unwrap(), "str").unwrap(), "  ab  ");
        assert_eq!(format_str("ab", &Spec::parse("*<4", 's', '<', "str").unwrap(), "str").unwrap(), "ab**");
    }

    #[test]
    fn round_is_correctly_rounded() {
        assert_eq!(round_float(2.675, 2), 2.67);
        assert_eq!(round_float(0.5, 0), 0.0);
        assert_eq!(round_float(1.5, 0), 2.0);
        assert_eq!(round_float(1234.0, -2), 1200.0);
    }
}
