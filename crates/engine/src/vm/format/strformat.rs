//! `str.format` and `format_map`: replacement fields with indices, names, attributes and
//! items, conversions and nested format specs.

use crate::vm::Vm;
use crate::vm::error::{ExcKind, PyErr, PyResult, value_error};
use crate::vm::value::Value;

impl Vm {
    /// `fmt.format(*args, **kwargs)`.
    pub fn str_format(&mut self, fmt: &str, args: &[Value], kwargs: &[(String, Value)]) -> PyResult<String> {
        let mut auto = 0usize;
        let mut mode: Option<bool> = None; // Some(true): automatic numbering
        self.str_format_inner(fmt, args, kwargs, &mut auto, &mut mode, 2)
    }

    fn str_format_inner(
        &mut self,
        fmt: &str,
        args: &[Value],
        kwargs: &[(String, Value)],
        auto: &mut usize,
        mode: &mut Option<bool>,
        depth: u32,
    ) -> PyResult<String> {
        let chars: Vec<char> = fmt.chars().collect();
        let mut out = String::new();
        let mut i = 0;
        while i < chars.len() {
            let c = chars[i];
            if c == '}' {
                if chars.get(i + 1) == Some(&'}') {
                    out.push('}');
                    i += 2;
                    continue;
                }
                return Err(value_error("Single '}' encountered in format string"));
            }
            if c != '{' {
                out.push(c);
                i += 1;
                continue;
            }
            if chars.get(i + 1) == Some(&'{') {
                out.push('{');
                i += 2;
                continue;
            }
            // A replacement field: up to the matching '}'.
            let mut j = i + 1;
            let mut nest = 1;
            let mut in_brackets = false;
            while j < chars.len() {
                match chars[j] {
                    '[' => in_brackets = true,
                    ']' => in_brackets = false,
                    '{' if !in_brackets => nest += 1,
                    '}' if !in_brackets => {
                        nest -= 1;
                        if nest == 0 {
                            break;
                        }
                    }
                    _ => {}
                }
                j += 1;
            }
            if j >= chars.len() {
                return Err(value_error(if chars[i + 1..].contains(&'}') {
                    "expected '}' before end of string"
                } else {
                    "Single '{' encountered in format string"
                }));
            }
            let field: String = chars[i + 1..j].iter().collect();
            i = j + 1;
            // field_name[!conversion][:format_spec]
            let (head, spec) = split_top(&field, ':');
            let (name, conv) = match head.find('!') {
                Some(p) => (&head[..p], Some(&head[p + 1..])),
                None => (head.as_str(), None),
            };
            let value = self.format_field_value(name, args, kwargs, auto, mode)?;
            let value = match conv {
                None => value,
                Some("r") => Value::str(self.repr(&value)?),
                Some("s") => Value::str(self.to_str(&value)?),
                Some("a") => Value::str(crate::vm::builtins::ascii_of(&self.repr(&value)?)),
                Some("") => return Err(value_error("end of string while looking for conversion specifier")),
                Some(other) => {
                    if other.chars().count() > 1 {
                        return Err(value_error("expected ':' after conversion specifier"));
                    }
                    return Err(value_error(format!("Unknown conversion specifier {other}")));
                }
            };
            let spec = match spec {
                Some(s) if s.contains('{') => {
                    if depth == 0 {
                        return Err(value_error("Max string recursion exceeded"));
                    }
                    self.str_format_inner(&s, args, kwargs, auto, mode, depth - 1)?
                }
                Some(s) => s,
                None => String::new(),
            };
            let text = self.format(&value, &spec)?;
            out.push_str(&text);
        }
        self.reserve(out.len())?;
        Ok(out)
    }

    fn format_field_value(
        &mut self,
        name: &str,
        args: &[Value],
        kwargs: &[(String, Value)],
        auto: &mut usize,
        mode: &mut Option<bool>,
    ) -> PyResult<Value> {
        // The first part: an index, a name, or nothing (automatic numbering).
        let end = name.find(['.', '[']).unwrap_or(name.len());
        let first = &name[..end];
        let mut value = if first.is_empty() {
            if *mode == Some(false) {
                return Err(value_error("cannot switch from manual field specification to automatic field numbering"));
            }
            *mode = Some(true);
            let n = *auto;
            *auto += 1;
            args.get(n).cloned().ok_or_else(|| {
                PyErr::new(ExcKind::IndexError, format!("Replacement index {n} out of range for positional args tuple"))
            })?
        } else if let Ok(n) = first.parse::<usize>() {
            if *mode == Some(true) {
                return Err(value_error("cannot switch from automatic field numbering to manual field specification"));
            }
            *mode = Some(false);
            args.get(n).cloned().ok_or_else(|| {
                PyErr::new(ExcKind::IndexError, format!("Replacement index {n} out of range for positional args tuple"))
            })?
        } else {
            match kwargs.iter().find(|(k, _)| k == first) {
                Some((_, v)) => v.clone(),
                None => return Err(PyErr::exc(self.new_exception(ExcKind::KeyError, vec![Value::str(first)]))),
            }
        };
        // Then `.attr` and `[key]` parts.
        let rest: Vec<char> = name[end..].chars().collect();
        let mut k = 0;
        while k < rest.len() {
            match rest[k] {
                '.' => {
                    let s = k + 1;
                    k = s;
                    while k < rest.len() && rest[k] != '.' && rest[k] != '[' {
                        k += 1;
                    }
                    let attr: String = rest[s..k].iter().collect();
                    if attr.is_empty() {
                        return Err(value_error("Empty attribute in format string"));
                    }
                    value = self.get_attr(&value, &attr.as_str().into())?;
                }
                '[' => {
                    let s = k + 1;
                    k = s;
                    while k < rest.len() && rest[k] != ']' {
                        k += 1;
                    }
                    if k >= rest.len() {
                        return Err(value_error("Missing ']' in format string"));
                    }
                    let key: String = rest[s..k].iter().collect();
                    k += 1;
                    let key = match key.parse::<i64>() {
                        Ok(n) => Value::Int(n),
                        Err(_) => Value::str(key),
                    };
                    value = self.get_item(&value, &key)?;
                }
                _ => return Err(value_error("Only '.' or '[' may follow ']' in format field specifier")),
            }
        }
        Ok(value)
    }
}

/// Splits at the first `sep` outside brackets: (before, after).
fn split_top(s: &str, sep: char) -> (String, Option<String>) {
    let mut in_brackets = false;
    for (i, c) in s.char_indices() {
        match c {
            '[' => in_brackets = true,
            ']' => in_brackets = false,
            c if c == sep && !in_brackets => return (s[..i].to_string(), Some(s[i + 1..].to_string())),
            _ => {}
        }
    }
    (s.to_string(), None)
}
