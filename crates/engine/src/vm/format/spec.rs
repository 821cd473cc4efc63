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

/// Widest field a format spec may ask for: the padding is built in memory, and a string
/// longer than this is refused elsewhere too ("string is too long for Loopscope").
pub const MAX_WIDTH: usize = 10_000_000;

/// Largest precision of a float presentation: what Rust's formatting machinery accepts
/// (a larger one panics). CPython itself refuses a precision over `i32::MAX`.
pub const MAX_FLOAT_PRECISION: usize = u16::MAX as usize;

/// A parsed format spec: `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`.
#[derive(Debug, Default, Clone)]
pub struct Spec {
    pub fill: Option<char>,
    pub align: Option<char>,
    pub sign: Option<char>,
    pub alternate: bool,
    pub zero: bool,
    pub width: usize,
    pub grouping: Option<char>,
    pub precision: Option<usize>,
    pub ty: Option<char>,
}

impl Spec {
    pub fn parse(spec: &str) -> Result<Spec, String> {
        let chars: Vec<char> = spec.chars().collect();
        let mut i = 0;
        let mut out = Spec::default();
        let is_align = |c: char| matches!(c, '<' | '>' | '^' | '=');
        if chars.len() >= 2 && is_align(chars[1]) {
            out.fill = Some(chars[0]);
            out.align = Some(chars[1]);
            i = 2;
        } else if !chars.is_empty() && is_align(chars[0]) {
            out.align = Some(chars[0]);
            i = 1;
        }
        if i < chars.len() && matches!(chars[i], '+' | '-' | ' ') {
            out.sign = Some(chars[i]);
            i += 1;
        }
        if i < chars.len() && chars[i] == 'z' {
            i += 1;
        }
        if i < chars.len() && chars[i] == '#' {
            out.alternate = true;
            i += 1;
        }
        if i < chars.len() && chars[i] == '0' {
            out.zero = true;
            i += 1;
        }
        let start = i;
        while i < chars.len() && chars[i].is_ascii_digit() {
            i += 1;
        }
        if i > start {
            let s: String = chars[start..i].iter().collect();
            out.width = decimal(&s)?;
            if out.width > MAX_WIDTH {
                return Err(format!("format width is too large for Loopscope (at most {MAX_WIDTH})"));
            }
        }
        if i < chars.len() && matches!(chars[i], ',' | '_') {
            out.grouping = Some(chars[i]);
            i += 1;
        }
        if i < chars.len() && chars[i] == '.' {
            i += 1;
            let start = i;
            while i < chars.len() && chars[i].is_ascii_digit() {
                i += 1;
            }
            if i == start {
                return Err("Format specifier missing precision".into());
            }
            let s: String = chars[start..i].iter().collect();
            out.precision = Some(decimal(&s)?);
        }
        if i < chars.len() {
            out.ty = Some(chars[i]);
            i += 1;
        }
        if i < chars.len() {
            return Err("Invalid format specifier".into());
        }
        Ok(out)
    }
}

/// A width or precision: CPython refuses one over `Py_ssize_t`'s maximum.
fn decimal(s: &str) -> Result<usize, String> {
    s.parse::<usize>()
        .ok()
        .filter(|&n| n <= isize::MAX as usize)
        .ok_or_else(|| "Too many decimal digits in format string".to_string())
}

/// Pads `body` (already signed) to the spec's width. `numeric` enables `=` and zero padding.
pub(crate) fn pad(body: String, spec: &Spec, default_align: char, numeric: bool) -> String {
    let len = body.chars().count();
    if len >= spec.width {
        return body;
    }
    let (fill, align) = if spec.zero && spec.align.is_none() && numeric {
        ('0', '=')
    } else {
        (spec.fill.unwrap_or(' '), spec.align.unwrap_or(default_align))
    };
    let n = spec.width - len;
    let rep = |k: usize| std::iter::repeat_n(fill, k).collect::<String>();
    match align {
        '<' => body + &rep(n),
        '^' => rep(n / 2) + &body + &rep(n - n / 2),
        '=' => {
            let sign_len = body.chars().take_while(|c| matches!(c, '-' | '+' | ' ')).count();
            let (s, rest) = body.split_at(sign_len);
            format!("{s}{}{rest}", rep(n))
        }
        _ => rep(n) + &body,
    }
}

pub(crate) fn group(int_digits: &str, sep: char) -> String {
    let bytes: Vec<char> = int_digits.chars().collect();
    let mut out = String::new();
    for (i, c) in bytes.iter().enumerate() {
        if i > 0 && (bytes.len() - i).is_multiple_of(3) {
            out.push(sep);
        }
        out.push(*c);
    }
    out
}

pub(crate) fn sign_prefix(negative: bool, spec: &Spec) -> &'static str {
    match (negative, spec.sign) {
        (true, _) => "-",
        (false, Some('+')) => "+",
        (false, Some(' ')) => " ",
        _ => "",
    }
}

/// Applies grouping to the integer part of an unsigned number text.
pub(crate) fn group_number(text: &str, spec: &Spec) -> String {
    let Some(sep) = spec.grouping else {
        return text.to_string();
    };
    let end = text.find(|c: char| !c.is_ascii_digit()).unwrap_or(text.len());
    format!("{}{}", group(&text[..end], sep), &text[end..])
}

pub fn format_str(s: &str, spec: &Spec) -> Result<String, String> {
    if let Some(t) = spec.ty
        && t != 's'
    {
        return Err(format!("Unknown format code '{t}' for object of type 'str'"));
    }
    if spec.sign.is_some() {
        return Err("Sign not allowed in string format specifier".into());
    }
    let body: String = match spec.precision {
        Some(p) => s.chars().take(p).collect(),
        None => s.to_string(),
    };
    Ok(pad(body, spec, '<', false))
}

pub fn format_int(v: i64, spec: &Spec) -> Result<String, String> {
    let ty = spec.ty.unwrap_or('d');
    let mag = v.unsigned_abs();
    let body = match ty {
        'd' | 'n' => mag.to_string(),
        'x' => format!("{}{:x}", if spec.alternate { "0x" } else { "" }, mag),
        'X' => format!("{}{:X}", if spec.alternate { "0X" } else { "" }, mag),
        'o' => format!("{}{:o}", if spec.alternate { "0o" } else { "" }, mag),
        'b' => format!("{}{:b}", if spec.alternate { "0b" } else { "" }, mag),
        'c' => {
            return char::from_u32(v as u32)
                .map(|c| pad(c.to_string(), spec, '<', false))
                .ok_or_else(|| "%c arg not in range(0x110000)".to_string());
        }
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => return format_float(v as f64, spec),
        t => return Err(format!("Unknown format code '{t}' for object of type 'int'")),
    };
    if spec.precision.is_some() {
        return Err("Precision not allowed in integer format specifier".into());
    }
    let body = format!("{}{}", sign_prefix(v < 0, spec), group_number(&body, spec));
    Ok(pad(body, spec, '>', true))
}

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
    let negative = x.is_sign_negative() && !x.is_nan();
    let a = x.abs();
    let body = if !a.is_finite() {
        let s = if a.is_nan() { "nan" } else { "inf" };
        if matches!(spec.ty, Some('E' | 'F' | 'G')) { s.to_ascii_uppercase() } else { s.to_string() }
    } else {
        match spec.ty {
            Some('f' | 'F') => format!("{:.*}", spec.precision.unwrap_or(6), a),
            Some('e' | 'E') => {
                let s = sci(a, spec.precision.unwrap_or(6));
                if spec.ty == Some('E') { s.to_ascii_uppercase() } else { s }
            }
            Some('%') => format!("{:.*}%", spec.precision.unwrap_or(6), a * 100.0),
            Some('g' | 'G') => {
                let s = general(a, spec.precision.unwrap_or(6), spec.alternate);
                if spec.ty == Some('G') { s.to_ascii_uppercase() } else { s }
            }
            None => match spec.precision {
                None => float_repr(a),
                Some(p) => {
                    // Like 'g', but a fixed-point result keeps at least one decimal.
                    let s = general(a, p.max(1), spec.alternate);
                    if s.contains(['.', 'e']) { s } else { s + ".0" }
                }
            },
            Some(t) => return Err(format!("Unknown format code '{t}' for object of type 'float'")),
        }
    };
    let body = format!("{}{}", sign_prefix(negative, spec), group_number(&body, spec));
    Ok(pad(body, spec, '>', true))
}

/// `{:.{p}e}` in Python's style (`1.50e+03`).
pub(crate) fn sci(a: f64, p: usize) -> String {
    let s = format!("{:.*e}", p, a);
    let (m, e) = s.split_once('e').unwrap_or((&s, "0"));
    format!("{m}{}", exp_suffix('e', e.parse().unwrap_or(0)))
}

/// The `g` presentation: `p` significant digits, fixed or scientific by the exponent.
pub(crate) fn general(a: f64, p: usize, alternate: bool) -> String {
    let p = p.max(1);
    if a == 0.0 {
        return if alternate { format!("{:.*}", p - 1, 0.0) } else { "0".into() };
    }
    let s = format!("{:.*e}", p - 1, a);
    let (_, e) = s.split_once('e').unwrap_or((&s, "0"));
    let exp: i32 = e.parse().unwrap_or(0);
    let out = if exp < -4 || exp >= p as i32 {
        sci(a, p - 1)
    } else {
        format!("{:.*}", (p as i32 - 1 - exp).max(0) as usize, a)
    };
    if alternate {
        return out;
    }
    strip_trailing_zeros(&out)
}

pub(crate) fn strip_trailing_zeros(s: &str) -> String {
    let (m, e) = match s.find('e') {
        Some(i) => (&s[..i], &s[i..]),
        None => (s, ""),
    };
    let m = if m.contains('.') { m.trim_end_matches('0').trim_end_matches('.') } else { m };
    format!("{m}{e}")
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
        format_float(x, &Spec::parse(spec).unwrap()).unwrap()
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
        assert_eq!(format_int(42, &Spec::parse(">5").unwrap()).unwrap(), "   42");
        assert_eq!(format_int(42, &Spec::parse("05d").unwrap()).unwrap(), "00042");
        assert_eq!(format_int(1234567, &Spec::parse(",").unwrap()).unwrap(), "1,234,567");
        assert_eq!(format_str("ab", &Spec::parse("^6").unwrap()).unwrap(), "  ab  ");
        assert_eq!(format_str("ab", &Spec::parse("*<4").unwrap()).unwrap(), "ab**");
    }

    #[test]
    fn round_is_correctly_rounded() {
        assert_eq!(round_float(2.675, 2), 2.67);
        assert_eq!(round_float(0.5, 0), 0.0);
        assert_eq!(round_float(1.5, 0), 2.0);
        assert_eq!(round_float(1234.0, -2), 1200.0);
    }
}

/// `format(n, spec)` of an int beyond 64 bits.
pub fn format_big(vm: &mut crate::vm::Vm, v: &num_bigint::BigInt, spec: &Spec) -> crate::vm::error::PyResult<String> {
    use crate::vm::error::value_error;
    let ty = spec.ty.unwrap_or('d');
    let negative = v.sign() == num_bigint::Sign::Minus;
    let body = match ty {
        'd' | 'n' => {
            let s = vm.big_to_decimal(v)?;
            s.trim_start_matches('-').to_string()
        }
        'x' => format!("{}{}", if spec.alternate { "0x" } else { "" }, v.magnitude().to_str_radix(16)),
        'X' => format!("{}{}", if spec.alternate { "0X" } else { "" }, v.magnitude().to_str_radix(16).to_uppercase()),
        'o' => format!("{}{}", if spec.alternate { "0o" } else { "" }, v.magnitude().to_str_radix(8)),
        'b' => format!("{}{}", if spec.alternate { "0b" } else { "" }, v.magnitude().to_str_radix(2)),
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => {
            let f = crate::vm::object::int::big_to_f64(v)?;
            return format_float(f, spec).map_err(value_error);
        }
        t => return Err(value_error(format!("Unknown format code '{t}' for object of type 'int'"))),
    };
    if spec.precision.is_some() {
        return Err(value_error("Precision not allowed in integer format specifier"));
    }
    let body = format!("{}{}", sign_prefix(negative, spec), group_number(&body, spec));
    Ok(pad(body, spec, '>', true))
}
