//! `%`-formatting of strings (`"%s: %5.2f" % (name, x)`), CPython's rules and messages.

use super::spec::{self, Spec};
use crate::vm::Vm;
use crate::vm::error::{PyResult, type_error, value_error};
use crate::vm::value::Value;

impl Vm {
    /// `fmt % args`.
    pub fn percent_format(&mut self, fmt: &str, args: &Value) -> PyResult<String> {
        let (positional, mapping): (Vec<Value>, Option<Value>) = match args {
            Value::Tuple(t) => (t.items().to_vec(), None),
            Value::Dict(_) => (vec![args.clone()], Some(args.clone())),
            Value::Instance(i) if i.class.lookup("__getitem__").is_some() => (vec![args.clone()], Some(args.clone())),
            other => (vec![other.clone()], None),
        };
        let tuple_args = matches!(args, Value::Tuple(_));
        let chars: Vec<char> = fmt.chars().collect();
        let mut out = String::new();
        let mut next = 0usize;
        let mut used_mapping = false;
        let mut i = 0;
        while i < chars.len() {
            let c = chars[i];
            if c != '%' {
                out.push(c);
                i += 1;
                continue;
            }
            let start = i;
            i += 1;
            if i >= chars.len() {
                return Err(value_error("incomplete format"));
            }
            // `%(key)`
            let mut keyed: Option<Value> = None;
            if chars[i] == '(' {
                let Some(m) = &mapping else { return Err(type_error("format requires a mapping")) };
                let mut depth = 1;
                let kstart = i + 1;
                i += 1;
                while i < chars.len() && depth > 0 {
                    match chars[i] {
                        '(' => depth += 1,
                        ')' => depth -= 1,
                        _ => {}
                    }
                    i += 1;
                }
                if depth > 0 {
                    return Err(value_error("incomplete format key"));
                }
                let key: String = chars[kstart..i - 1].iter().collect();
                let m = m.clone();
                keyed = Some(self.get_item(&m, &Value::str(key))?);
                used_mapping = true;
            }
            let mut spec = Spec::default();
            let mut left = false;
            while i < chars.len() && matches!(chars[i], '-' | '+' | ' ' | '#' | '0') {
                match chars[i] {
                    '-' => left = true,
                    '+' => spec.sign = Some('+'),
                    ' ' => {
                        if spec.sign.is_none() {
                            spec.sign = Some(' ')
                        }
                    }
                    '#' => spec.alternate = true,
                    _ => spec.zero = true,
                }
                i += 1;
            }
            let mut take_arg = |vm: &mut Vm| -> PyResult<Value> {
                let _ = vm;
                if let Some(v) = keyed.take() {
                    return Ok(v);
                }
                let v = positional
                    .get(next)
                    .cloned()
                    .ok_or_else(|| type_error("not enough arguments for format string"))?;
                next += 1;
                Ok(v)
            };
            // Width.
            if i < chars.len() && chars[i] == '*' {
                let w = take_arg(self)?;
                let n = w.as_i64().ok_or_else(|| type_error("* wants int"))?;
                if n < 0 {
                    left = true;
                }
                spec.width = n.unsigned_abs() as usize;
                i += 1;
            } else {
                let ws = i;
                while i < chars.len() && chars[i].is_ascii_digit() {
                    i += 1;
                }
                if i > ws {
                    let s: String = chars[ws..i].iter().collect();
                    spec.width = s.parse().map_err(|_| value_error("width too big"))?;
                }
            }
            if i < chars.len() && chars[i] == '.' {
                i += 1;
                if i < chars.len() && chars[i] == '*' {
                    let p = take_arg(self)?;
                    spec.precision = Some(p.as_i64().ok_or_else(|| type_error("* wants int"))?.max(0) as usize);
                    i += 1;
                } else {
                    let ps = i;
                    while i < chars.len() && chars[i].is_ascii_digit() {
                        i += 1;
                    }
                    let s: String = chars[ps..i].iter().collect();
                    spec.precision =
                        Some(if s.is_empty() { 0 } else { s.parse().map_err(|_| value_error("precision too big"))? });
                }
            }
            // Length modifiers are accepted and ignored.
            while i < chars.len() && matches!(chars[i], 'h' | 'l' | 'L') {
                i += 1;
            }
            if i >= chars.len() {
                return Err(value_error("incomplete format"));
            }
            let ty = chars[i];
            i += 1;
            if left {
                spec.align = Some('<');
                spec.zero = false;
            }
            let piece = match ty {
                '%' => {
                    if i - start == 2 {
                        out.push('%');
                        continue;
                    }
                    "%".to_string()
                }
                's' | 'r' | 'a' => {
                    let v = take_arg(self)?;
                    let mut s = match ty {
                        's' => self.to_str(&v)?,
                        'r' => self.repr(&v)?,
                        _ => crate::vm::builtins::ascii_of(&self.repr(&v)?),
                    };
                    if let Some(p) = spec.precision {
                        s = s.chars().take(p).collect();
                    }
                    spec.precision = None;
                    spec.zero = false;
                    spec::pad(s, &spec, '>', false)
                }
                'd' | 'i' | 'u' | 'o' | 'x' | 'X' => {
                    let v = take_arg(self)?;
                    let n = match &v {
                        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => v.clone(),
                        Value::Float(f) if matches!(ty, 'd' | 'i' | 'u') => crate::vm::object::int::from_f64(*f)?,
                        Value::Instance(_) if matches!(ty, 'd' | 'i' | 'u') => {
                            match self.call_dunder(&v, "__int__", &[])? {
                                Some(n) => n,
                                None => {
                                    return Err(type_error(format!(
                                        "%{ty} format: a real number is required, not {}",
                                        self.type_name_of(&v)
                                    )));
                                }
                            }
                        }
                        other => {
                            let what = if matches!(ty, 'd' | 'i' | 'u') { "a real number" } else { "an integer" };
                            return Err(type_error(format!(
                                "%{ty} format: {what} is required, not {}",
                                self.type_name_of(other)
                            )));
                        }
                    };
                    let big = crate::vm::object::int::to_big(&n).unwrap_or_default();
                    let negative = big.sign() == num_bigint::Sign::Minus;
                    let mag = big.magnitude();
                    let mut digits = match ty {
                        'o' => mag.to_str_radix(8),
                        'x' => mag.to_str_radix(16),
                        'X' => mag.to_str_radix(16).to_uppercase(),
                        _ => mag.to_string(),
                    };
                    if let Some(p) = spec.precision
                        && digits.len() < p
                    {
                        digits = "0".repeat(p - digits.len()) + &digits;
                    }
                    let prefix = if spec.alternate {
                        match ty {
                            'o' => "0o",
                            'x' => "0x",
                            'X' => "0X",
                            _ => "",
                        }
                    } else {
                        ""
                    };
                    let body = format!("{}{prefix}{digits}", spec::sign_prefix(negative, &spec));
                    spec.precision = None;
                    if spec.zero && !left && body.len() < spec.width {
                        let sign_len = spec::sign_prefix(negative, &spec).len() + prefix.len();
                        let (a, b) = body.split_at(sign_len);
                        format!("{a}{}{b}", "0".repeat(spec.width - body.len()))
                    } else {
                        spec.zero = false;
                        spec::pad(body, &spec, '>', false)
                    }
                }
                'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
                    let v = take_arg(self)?;
                    let x = match &v {
                        Value::Float(f) => *f,
                        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => {
                            crate::vm::ops::num_to_f64(&v).unwrap_or(Ok(0.0))?
                        }
                        Value::Instance(_) => match self.call_dunder(&v, "__float__", &[])? {
                            Some(Value::Float(f)) => f,
                            _ => return Err(type_error(format!("must be real number, not {}", self.type_name_of(&v)))),
                        },
                        other => {
                            return Err(type_error(format!("must be real number, not {}", self.type_name_of(other))));
                        }
                    };
                    spec.ty = Some(ty);
                    if spec.precision.is_none() {
                        spec.precision = Some(6);
                    }
                    spec::format_float(x, &spec).map_err(value_error)?
                }
                'c' => {
                    let v = take_arg(self)?;
                    let c = match &v {
                        Value::Str(s) if s.char_len() == 1 => s.as_str().to_string(),
                        Value::Str(_) => return Err(type_error("%c requires int or char")),
                        other => match other.as_i64() {
                            Some(n) => char::from_u32(n as u32)
                                .filter(|_| (0..0x110000).contains(&n))
                                .ok_or_else(|| crate::vm::error::overflow_error("%c arg not in range(0x110000)"))?
                                .to_string(),
                            None => return Err(type_error("%c requires int or char")),
                        },
                    };
                    spec.zero = false;
                    spec::pad(c, &spec, '>', false)
                }
                other => {
                    return Err(value_error(format!(
                        "unsupported format character '{other}' (0x{:x}) at index {}",
                        other as u32,
                        i - 1
                    )));
                }
            };
            out.push_str(&piece);
        }
        if next < positional.len() && !(used_mapping || (mapping.is_some() && !tuple_args)) {
            return Err(type_error("not all arguments converted during string formatting"));
        }
        self.reserve(out.len())?;
        Ok(out)
    }
}
