//! `str.format` and `format_map`: replacement fields with indices, names, attributes and
//! items, conversions and nested format specs, parsed as CPython's `unicode_format.h`
//! parses them (same errors, same order of checks).

use crate::vm::Vm;
use crate::vm::error::{ExcKind, PyErr, PyResult, value_error};
use crate::vm::value::Value;

/// Where the fields' values come from.
enum Source<'a> {
    /// `str.format(*args, **kwargs)`.
    Call { args: &'a [Value], kwargs: &'a [(String, Value)] },
    /// `str.format_map(mapping)`: names only, looked up with `mapping[name]`.
    Map(&'a Value),
}

/// Automatic field numbering (`{}`) against manual (`{0}`).
#[derive(Default)]
struct AutoNumber {
    /// `Some(true)`: automatic, `Some(false)`: manual.
    mode: Option<bool>,
    next: usize,
}

/// One parsed replacement field.
struct Field {
    name: Vec<char>,
    conversion: Option<char>,
    spec: Vec<char>,
    spec_needs_expanding: bool,
}

impl Vm {
    /// `fmt.format(*args, **kwargs)`.
    pub fn str_format(&mut self, fmt: &str, args: &[Value], kwargs: &[(String, Value)]) -> PyResult<String> {
        let chars: Vec<char> = fmt.chars().collect();
        self.build_string(&chars, &Source::Call { args, kwargs }, 2, &mut AutoNumber::default())
    }

    /// `fmt.format_map(mapping)`.
    pub fn str_format_map(&mut self, fmt: &str, mapping: &Value) -> PyResult<String> {
        let chars: Vec<char> = fmt.chars().collect();
        self.build_string(&chars, &Source::Map(mapping), 2, &mut AutoNumber::default())
    }

    fn build_string(&mut self, input: &[char], src: &Source, depth: u32, auto: &mut AutoNumber) -> PyResult<String> {
        if depth == 0 {
            return Err(value_error("Max string recursion exceeded"));
        }
        let mut out = String::new();
        let mut pos = 0;
        while pos < input.len() {
            let (literal, field) = markup_next(input, &mut pos)?;
            out.extend(literal);
            if let Some(field) = field {
                let text = self.output_markup(&field, src, depth, auto)?;
                out.push_str(&text);
                if out.len() > 1 << 16 {
                    self.reserve(out.len())?;
                }
            }
        }
        Ok(out)
    }

    fn output_markup(&mut self, field: &Field, src: &Source, depth: u32, auto: &mut AutoNumber) -> PyResult<String> {
        let mut value = self.field_object(&field.name, src, auto)?;
        if let Some(c) = field.conversion {
            value = match c {
                'r' => Value::str(self.repr(&value)?),
                's' => Value::str(self.to_str(&value)?),
                'a' => Value::str(crate::vm::builtins::ascii_of(&self.repr(&value)?)),
                c if (c as u32) > 32 && (c as u32) < 127 => {
                    return Err(value_error(format!("Unknown conversion specifier {c}")));
                }
                c => return Err(value_error(format!("Unknown conversion specifier \\x{:x}", c as u32))),
            };
        }
        let spec: String = if field.spec_needs_expanding {
            self.build_string(&field.spec, src, depth - 1, auto)?
        } else {
            field.spec.iter().collect()
        };
        self.format(&value, &spec)
    }

    /// The object a field names: `first`, then `.attr` and `[key]` parts.
    fn field_object(&mut self, name: &[char], src: &Source, auto: &mut AutoNumber) -> PyResult<Value> {
        let split = name.iter().position(|c| *c == '.' || *c == '[').unwrap_or(name.len());
        let first = &name[..split];
        let mut index = get_integer(first)?;
        let empty = first.is_empty();
        if empty || index.is_some() {
            match (auto.mode, empty) {
                (None, _) => auto.mode = Some(empty),
                (Some(false), true) => {
                    return Err(value_error(
                        "cannot switch from manual field specification to automatic field numbering",
                    ));
                }
                (Some(true), false) => {
                    return Err(value_error(
                        "cannot switch from automatic field numbering to manual field specification",
                    ));
                }
                _ => {}
            }
            if empty {
                index = Some(auto.next);
                auto.next += 1;
            }
        }
        let mut obj = match index {
            None => {
                let key: String = first.iter().collect();
                match src {
                    Source::Call { kwargs, .. } => match kwargs.iter().find(|(k, _)| *k == key) {
                        Some((_, v)) => v.clone(),
                        None => return Err(PyErr::exc(self.new_exception(ExcKind::KeyError, vec![Value::str(key)]))),
                    },
                    Source::Map(m) => {
                        let m = (*m).clone();
                        self.get_item(&m, &Value::str(key))?
                    }
                }
            }
            Some(i) => match src {
                Source::Call { args, .. } => args.get(i).cloned().ok_or_else(|| {
                    PyErr::new(
                        ExcKind::IndexError,
                        format!("Replacement index {i} out of range for positional args tuple"),
                    )
                })?,
                Source::Map(_) => return Err(value_error("Format string contains positional fields")),
            },
        };
        let mut k = split;
        while k < name.len() {
            let is_attr = name[k] == '.';
            if !is_attr && name[k] != '[' {
                return Err(value_error("Only '.' or '[' may follow ']' in format field specifier"));
            }
            k += 1;
            let start = k;
            let part: &[char] = if is_attr {
                while k < name.len() && name[k] != '.' && name[k] != '[' {
                    k += 1;
                }
                &name[start..k]
            } else {
                while k < name.len() && name[k] != ']' {
                    k += 1;
                }
                if k >= name.len() {
                    return Err(value_error("Missing ']' in format string"));
                }
                k += 1;
                &name[start..k - 1]
            };
            if part.is_empty() {
                return Err(value_error("Empty attribute in format string"));
            }
            let text: String = part.iter().collect();
            obj = if is_attr {
                self.get_attr(&obj, &text.as_str().into())?
            } else {
                match get_integer(part)? {
                    Some(i) => self.get_item(&obj, &Value::Int(i as i64))?,
                    None => self.get_item(&obj, &Value::str(text))?,
                }
            };
        }
        Ok(obj)
    }
}

/// A field name part made of decimal digits (any Unicode decimal), or `None`.
fn get_integer(s: &[char]) -> PyResult<Option<usize>> {
    if s.is_empty() {
        return Ok(None);
    }
    let mut acc: usize = 0;
    for &c in s {
        let Some(d) = crate::vm::builtins::unicode::decimal_value(c) else { return Ok(None) };
        acc = acc
            .checked_mul(10)
            .and_then(|a| a.checked_add(d as usize))
            .filter(|a| *a <= isize::MAX as usize)
            .ok_or_else(|| value_error("Too many decimal digits in format string"))?;
    }
    Ok(Some(acc))
}

/// The next piece of a format string: literal text, and the field after it if any
/// (CPython's `MarkupIterator_next`).
fn markup_next(s: &[char], pos: &mut usize) -> PyResult<(Vec<char>, Option<Field>)> {
    let start = *pos;
    let mut c = '\0';
    let mut markup_follows = false;
    while *pos < s.len() {
        c = s[*pos];
        *pos += 1;
        if c == '{' || c == '}' {
            markup_follows = true;
            break;
        }
    }
    let at_end = *pos >= s.len();
    let mut len = *pos - start;
    if c == '}' && markup_follows && (at_end || s[*pos] != '}') {
        return Err(value_error("Single '}' encountered in format string"));
    }
    if at_end && c == '{' && markup_follows {
        return Err(value_error("Single '{' encountered in format string"));
    }
    if !at_end && markup_follows {
        if s[*pos] == c {
            // An escaped brace: the literal keeps one.
            *pos += 1;
            markup_follows = false;
        } else {
            len -= 1;
        }
    }
    let literal = s[start..start + len].to_vec();
    if !markup_follows {
        return Ok((literal, None));
    }
    Ok((literal, Some(parse_field(s, pos)?)))
}

/// `field_name[!conversion][:format_spec]}` (CPython's `parse_field`).
fn parse_field(s: &[char], pos: &mut usize) -> PyResult<Field> {
    let name_start = *pos;
    let mut c = '\0';
    while *pos < s.len() {
        c = s[*pos];
        *pos += 1;
        match c {
            '{' => return Err(value_error("unexpected '{' in field name")),
            '[' => {
                while *pos < s.len() && s[*pos] != ']' {
                    *pos += 1;
                }
                c = '\0';
                continue;
            }
            '}' | ':' | '!' => break,
            _ => {}
        }
    }
    let name_end = if matches!(c, '}' | ':' | '!') { *pos - 1 } else { *pos };
    let name = s[name_start..name_end].to_vec();
    let mut field = Field { name, conversion: None, spec: Vec::new(), spec_needs_expanding: false };
    if c == '!' || c == ':' {
        if c == '!' {
            if *pos >= s.len() {
                return Err(value_error("end of string while looking for conversion specifier"));
            }
            field.conversion = Some(s[*pos]);
            *pos += 1;
            if *pos < s.len() {
                let next = s[*pos];
                *pos += 1;
                if next == '}' {
                    return Ok(field);
                }
                if next != ':' {
                    return Err(value_error("expected ':' after conversion specifier"));
                }
            }
        }
        let spec_start = *pos;
        let mut count = 1;
        while *pos < s.len() {
            let ch = s[*pos];
            *pos += 1;
            match ch {
                '{' => {
                    field.spec_needs_expanding = true;
                    count += 1;
                }
                '}' => {
                    count -= 1;
                    if count == 0 {
                        field.spec = s[spec_start..*pos - 1].to_vec();
                        return Ok(field);
                    }
                }
                _ => {}
            }
        }
        return Err(value_error("unmatched '{' in format spec"));
    }
    if c != '}' {
        return Err(value_error("expected '}' before end of string"));
    }
    Ok(field)
}
