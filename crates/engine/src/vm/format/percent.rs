//! `%`-formatting of strings (`"%s: %5.2f" % (name, x)`), as CPython's
//! `PyUnicode_Format` does it: the same argument consumption, padding and messages.

use super::spec::double_to_string;
use crate::vm::Vm;
use crate::vm::error::{PyResult, overflow_error, type_error, value_error};
use crate::vm::value::Value;

/// The arguments of `fmt % args` and how far they are used (CPython's
/// `unicode_formatter_t`: a non-tuple counts as one argument, `arglen == -1`).
struct Args {
    args: Value,
    arglen: i64,
    argidx: i64,
    /// Set when `args` is a mapping (not a tuple or str): `%(key)s` looks up there.
    dict: Option<Value>,
}

impl Args {
    fn next(&mut self) -> PyResult<Value> {
        if self.argidx < self.arglen {
            let i = self.argidx;
            self.argidx += 1;
            if self.arglen < 0 {
                return Ok(self.args.clone());
            }
            if let Value::Tuple(t) = &self.args
                && let Some(v) = t.items().get(i as usize)
            {
                return Ok(v.clone());
            }
        }
        Err(type_error("not enough arguments for format string"))
    }
}

/// One conversion's flags, width and precision.
#[derive(Default)]
struct Conv {
    ljust: bool,
    sign: bool,
    blank: bool,
    alt: bool,
    zero: bool,
    width: Option<usize>,
    prec: Option<usize>,
}

impl Vm {
    /// `fmt % args`.
    pub fn percent_format(&mut self, fmt: &str, args: &Value) -> PyResult<String> {
        let is_mapping = match args {
            Value::Tuple(_) | Value::Str(_) => false,
            Value::Dict(_) | Value::List(_) | Value::Range(_) => true,
            Value::Instance(i) => i.class.lookup("__getitem__").is_some(),
            _ => false,
        };
        let (arglen, argidx) = match args {
            Value::Tuple(t) => (t.len() as i64, 0),
            _ => (-1, -2),
        };
        let mut ctx = Args { args: args.clone(), arglen, argidx, dict: is_mapping.then(|| args.clone()) };
        let chars: Vec<char> = fmt.chars().collect();
        let mut out = String::new();
        let mut i = 0;
        while i < chars.len() {
            if chars[i] != '%' {
                let start = i;
                while i < chars.len() && chars[i] != '%' {
                    i += 1;
                }
                out.extend(&chars[start..i]);
                continue;
            }
            i += 1;
            if chars.get(i) == Some(&'%') {
                out.push('%');
                i += 1;
                continue;
            }
            let piece = self.percent_arg(&chars, &mut i, &mut ctx)?;
            out.push_str(&piece);
            if out.len() > 1 << 16 {
                self.reserve(out.len())?;
            }
        }
        if ctx.argidx < ctx.arglen && ctx.dict.is_none() {
            return Err(type_error("not all arguments converted during string formatting"));
        }
        Ok(out)
    }

    /// One `%...` conversion (`*i` just past the `%`).
    fn percent_arg(&mut self, chars: &[char], i: &mut usize, ctx: &mut Args) -> PyResult<String> {
        // `%(key)`: the value is looked up in the mapping.
        if chars.get(*i) == Some(&'(') {
            let Some(dict) = ctx.dict.clone() else { return Err(type_error("format requires a mapping")) };
            let mut depth = 1;
            *i += 1;
            let kstart = *i;
            while *i < chars.len() && depth > 0 {
                match chars[*i] {
                    '(' => depth += 1,
                    ')' => depth -= 1,
                    _ => {}
                }
                *i += 1;
            }
            if depth > 0 {
                return Err(value_error("incomplete format key"));
            }
            let key: String = chars[kstart..*i - 1].iter().collect();
            ctx.args = self.get_item(&dict, &Value::str(key))?;
            ctx.arglen = -1;
            ctx.argidx = -2;
        }
        let mut conv = Conv::default();
        while let Some(c) = chars.get(*i) {
            match c {
                '-' => conv.ljust = true,
                '+' => conv.sign = true,
                ' ' => conv.blank = true,
                '#' => conv.alt = true,
                '0' => conv.zero = true,
                _ => break,
            }
            *i += 1;
        }
        conv.width = self.percent_number(chars, i, ctx, true, &mut conv.ljust)?;
        if chars.get(*i) == Some(&'.') {
            *i += 1;
            let mut unused = false;
            conv.prec = Some(self.percent_number(chars, i, ctx, false, &mut unused)?.unwrap_or(0));
        }
        while *i < chars.len() && matches!(chars[*i], 'h' | 'l' | 'L') {
            *i += 1;
        }
        let Some(&ch) = chars.get(*i) else { return Err(value_error("incomplete format")) };
        let index = *i;
        *i += 1;
        let v = ctx.next()?;
        let (text, numeric) = match ch {
            's' | 'r' | 'a' => {
                let s = match ch {
                    's' => self.to_str(&v)?,
                    'r' => self.repr(&v)?,
                    _ => crate::vm::builtins::ascii_of(&self.repr(&v)?),
                };
                let s = match conv.prec {
                    Some(p) => s.chars().take(p).collect(),
                    None => s,
                };
                (s, false)
            }
            'd' | 'i' | 'u' | 'o' | 'x' | 'X' => (self.percent_int(&v, ch, &conv)?, true),
            'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
                let x = self.percent_float_arg(&v)?;
                if let Some(p) = conv.prec {
                    if p > i32::MAX as usize {
                        return Err(value_error("precision too big"));
                    }
                    self.reserve(p.saturating_add(320))?;
                }
                let ty = if ch == 'F' { 'F' } else { ch };
                (double_to_string(x, ty, conv.prec.unwrap_or(6), conv.alt, false, false), true)
            }
            'c' => (self.percent_char(&v)?, false),
            other => {
                return Err(value_error(format!(
                    "unsupported format character '{}' (0x{:x}) at index {index}",
                    if (other as u32) < 128 && (other as u32) > 31 { other.to_string() } else { "?".into() },
                    other as u32
                )));
            }
        };
        Ok(output(&text, numeric, &conv, ch))
    }

    /// A width or precision: digits, or `*` (the next argument, an int).
    fn percent_number(
        &mut self,
        chars: &[char],
        i: &mut usize,
        ctx: &mut Args,
        is_width: bool,
        ljust: &mut bool,
    ) -> PyResult<Option<usize>> {
        if chars.get(*i) == Some(&'*') {
            *i += 1;
            let v = ctx.next()?;
            let n = match v {
                Value::Int(n) => n,
                Value::Bool(b) => b as i64,
                Value::BigInt(_) => return Err(overflow_error("Python int too large to convert to C ssize_t")),
                _ => return Err(type_error("* wants int")),
            };
            let n = if n < 0 {
                if !is_width {
                    return Ok(Some(0));
                }
                *ljust = true;
                n.unsigned_abs() as usize
            } else {
                n as usize
            };
            if n > super::spec::MAX_WIDTH {
                return Err(value_error(format!(
                    "format width is too large for Loopscope (at most {})",
                    super::spec::MAX_WIDTH
                )));
            }
            return Ok(Some(n));
        }
        let start = *i;
        let mut n: usize = 0;
        while let Some(d) = chars.get(*i).and_then(|c| c.to_digit(10)) {
            n = n
                .checked_mul(10)
                .and_then(|x| x.checked_add(d as usize))
                .filter(|x| *x <= isize::MAX as usize)
                .ok_or_else(|| value_error(if is_width { "width too big" } else { "precision too big" }))?;
            *i += 1;
        }
        if n > super::spec::MAX_WIDTH {
            return Err(value_error(format!(
                "format width is too large for Loopscope (at most {})",
                super::spec::MAX_WIDTH
            )));
        }
        Ok(if *i > start { Some(n) } else { None })
    }

    /// `%d`/`%x`... of a value: sign, `0x`-style prefix (with `#`), digits padded to
    /// the precision (CPython's `_PyUnicode_FormatLong`).
    fn percent_int(&mut self, v: &Value, ch: char, conv: &Conv) -> PyResult<String> {
        let decimal = matches!(ch, 'd' | 'i' | 'u');
        let n = match v {
            Value::Int(_) | Value::BigInt(_) => v.clone(),
            Value::Bool(b) => Value::Int(*b as i64),
            Value::Float(f) if decimal => crate::vm::object::int::from_f64(*f)?,
            Value::Instance(_) => {
                let r = if decimal {
                    match self.call_dunder(v, "__int__", &[])? {
                        Some(r) => Some(r),
                        None => self.call_dunder(v, "__index__", &[])?,
                    }
                } else {
                    self.call_dunder(v, "__index__", &[])?
                };
                match r {
                    Some(r @ (Value::Int(_) | Value::BigInt(_))) => r,
                    _ => return Err(self.percent_int_error(v, ch)),
                }
            }
            _ => return Err(self.percent_int_error(v, ch)),
        };
        let big = crate::vm::object::int::to_big(&n).unwrap_or_default();
        let negative = big.sign() == num_bigint::Sign::Minus;
        let mut digits = match ch {
            'o' => big.magnitude().to_str_radix(8),
            'x' => big.magnitude().to_str_radix(16),
            'X' => big.magnitude().to_str_radix(16).to_ascii_uppercase(),
            _ => {
                if big.bits() > 14_000 {
                    self.big_to_decimal(&big)?;
                }
                big.magnitude().to_string()
            }
        };
        if let Some(p) = conv.prec
            && digits.len() < p
        {
            self.reserve(p)?;
            digits = "0".repeat(p - digits.len()) + &digits;
        }
        let prefix = match (conv.alt, ch) {
            (true, 'o') => "0o",
            (true, 'x') => "0x",
            (true, 'X') => "0X",
            _ => "",
        };
        Ok(format!("{}{prefix}{digits}", if negative { "-" } else { "" }))
    }

    fn percent_int_error(&self, v: &Value, ch: char) -> crate::vm::error::PyErr {
        let what = if matches!(ch, 'd' | 'i' | 'u') { "a real number" } else { "an integer" };
        type_error(format!("%{ch} format: {what} is required, not {}", self.type_name_of(v)))
    }

    fn percent_float_arg(&mut self, v: &Value) -> PyResult<f64> {
        match v {
            Value::Float(f) => Ok(*f),
            Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => crate::vm::ops::num_to_f64(v).unwrap_or(Ok(0.0)),
            Value::Instance(_) => match self.call_dunder(v, "__float__", &[])? {
                Some(Value::Float(f)) => Ok(f),
                _ => Err(type_error(format!("must be real number, not {}", self.type_name_of(v)))),
            },
            other => Err(type_error(format!("must be real number, not {}", self.type_name_of(other)))),
        }
    }

    fn percent_char(&mut self, v: &Value) -> PyResult<String> {
        match v {
            Value::Str(s) if s.char_len() == 1 => Ok(s.as_str().to_string()),
            Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => {
                let n = v.as_i64().filter(|n| (0..0x110000).contains(n));
                let n = n.ok_or_else(|| overflow_error("%c arg not in range(0x110000)"))?;
                char::from_u32(n as u32)
                    .map(|c| c.to_string())
                    .ok_or_else(|| crate::vm::error::not_supported("surrogate characters"))
            }
            _ => Err(type_error("%c requires int or char")),
        }
    }
}

/// Pads one conversion's text (CPython's `unicode_format_arg_output`): numbers get a
/// sign (`+`, space) and are zero-filled after it and after a `0x` prefix.
fn output(text: &str, numeric: bool, conv: &Conv, ch: char) -> String {
    let fill = if numeric && conv.zero && !conv.ljust { '0' } else { ' ' };
    let chars: Vec<char> = text.chars().collect();
    let mut pindex = 0;
    let mut len = chars.len();
    let mut sign = None;
    if numeric {
        match chars.first() {
            Some(&c @ ('-' | '+')) => {
                sign = Some(c);
                pindex = 1;
                len -= 1;
            }
            _ if conv.sign => sign = Some('+'),
            _ if conv.blank => sign = Some(' '),
            _ => {}
        }
    }
    let mut width = conv.width.unwrap_or(0).max(len);
    let mut out = String::with_capacity(width + 2);
    if let Some(s) = sign {
        if fill != ' ' {
            out.push(s);
        }
        if width > len {
            width -= 1;
        }
    }
    let prefixed = numeric && conv.alt && matches!(ch, 'x' | 'X' | 'o');
    if prefixed {
        if fill != ' ' {
            out.extend(&chars[pindex..pindex + 2]);
            pindex += 2;
        }
        width = width.saturating_sub(2);
        len -= 2;
    }
    if width > len && !conv.ljust {
        out.extend(std::iter::repeat_n(fill, width - len));
        width = len;
    }
    if fill == ' ' {
        if let Some(s) = sign {
            out.push(s);
        }
        if prefixed {
            out.extend(&chars[pindex..pindex + 2]);
            pindex += 2;
        }
    }
    out.extend(&chars[pindex..pindex + len]);
    if width > len {
        out.extend(std::iter::repeat_n(' ', width - len));
    }
    out
}
