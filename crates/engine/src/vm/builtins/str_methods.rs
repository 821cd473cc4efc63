//! `str`: its constructor and methods.

use super::{arity, check_kwargs, int_arg, method, rest, this};
use crate::builtin;
use crate::vm::Vm;
use crate::vm::error::{PyResult, type_error, value_error};
use crate::vm::object::function::{Args, BuiltinFn};
use crate::vm::object::{PyList, PyStr, PyTuple};
use crate::vm::value::Value;
use std::rc::Rc;

builtin!(STR_NEW, "str", "", Function, str_new);

fn str_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_kwargs("str", &args, &["object", "encoding", "errors"])?;
    if args.has_kwargs() && (args.kw("encoding").is_some() || args.kw("errors").is_some()) {
        return Err(crate::vm::error::not_supported("str() with an encoding (bytes)"));
    }
    match super::arg(&args, 0, "object") {
        None => Ok(Value::str("")),
        Some(v @ Value::Str(_)) => Ok(v.clone()),
        Some(v) => Ok(Value::str(vm.to_str(v)?)),
    }
}

pub static METHODS: &[BuiltinFn] = &[
    method("str", "join", join),
    method("str", "split", split),
    method("str", "rsplit", rsplit),
    method("str", "strip", strip),
    method("str", "lstrip", lstrip),
    method("str", "rstrip", rstrip),
    method("str", "upper", upper),
    method("str", "lower", lower),
    method("str", "title", title),
    method("str", "capitalize", capitalize),
    method("str", "swapcase", swapcase),
    method("str", "casefold", lower),
    method("str", "startswith", startswith),
    method("str", "endswith", endswith),
    method("str", "replace", replace),
    method("str", "find", find),
    method("str", "rfind", rfind),
    method("str", "index", index),
    method("str", "rindex", rindex),
    method("str", "count", count),
    method("str", "format", format),
    method("str", "center", center),
    method("str", "ljust", ljust),
    method("str", "rjust", rjust),
    method("str", "zfill", zfill),
    method("str", "isdigit", isdigit),
    method("str", "isdecimal", isdecimal),
    method("str", "isnumeric", isnumeric),
    method("str", "isalpha", isalpha),
    method("str", "isalnum", isalnum),
    method("str", "isspace", isspace),
    method("str", "isupper", isupper),
    method("str", "islower", islower),
    method("str", "istitle", istitle),
    method("str", "isidentifier", isidentifier),
    method("str", "isprintable", isprintable),
    method("str", "isascii", isascii),
    method("str", "splitlines", splitlines),
    method("str", "partition", partition),
    method("str", "rpartition", rpartition),
    method("str", "removeprefix", removeprefix),
    method("str", "removesuffix", removesuffix),
    method("str", "expandtabs", expandtabs),
    method("str", "__len__", dunder_len),
    method("str", "__contains__", dunder_contains),
];

fn s<'a>(args: &Args<'a>) -> PyResult<&'a Rc<PyStr>> {
    match this(args) {
        Value::Str(s) => Ok(s),
        other => Err(type_error(format!("descriptor requires a 'str' object but received a '{}'", other.type_name()))),
    }
}

fn text(v: &Value, vm: &Vm, what: &str) -> PyResult<String> {
    match v {
        Value::Str(s) => Ok(s.as_str().to_string()),
        other => Err(type_error(format!("{what} must be str, not {}", vm.type_name_of(other)))),
    }
}

fn join(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity("join", &args, 2, 2)?;
    let sep = s(&args)?.clone();
    let items = vm.collect(&args.pos[1])?;
    let mut out = String::new();
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(sep.as_str());
        }
        match item {
            Value::Str(p) => out.push_str(p.as_str()),
            other => {
                return Err(type_error(format!(
                    "sequence item {i}: expected str instance, {} found",
                    vm.type_name_of(other)
                )));
            }
        }
        if out.len() > 1 << 20 {
            vm.reserve(out.len())?;
        }
    }
    Ok(Value::str(out))
}

fn split_args(vm: &mut Vm, args: &Args, name: &str) -> PyResult<(Option<String>, i64)> {
    check_kwargs(name, args, &["sep", "maxsplit"])?;
    let r = rest(args);
    if r.pos.len() > 2 {
        return Err(type_error(format!("{name}() takes at most 2 arguments ({} given)", r.pos.len())));
    }
    let sep = match super::arg(&r, 0, "sep") {
        None | Some(Value::None) => None,
        Some(Value::Str(p)) => {
            if p.is_empty() {
                return Err(value_error("empty separator"));
            }
            Some(p.as_str().to_string())
        }
        Some(other) => return Err(type_error(format!("must be str or None, not {}", vm.type_name_of(other)))),
    };
    let max = match super::arg(&r, 1, "maxsplit") {
        None => -1,
        Some(v) => int_arg(vm, v)?,
    };
    Ok((sep, max))
}

fn list_of(parts: Vec<&str>) -> Value {
    Value::List(PyList::new(parts.into_iter().map(Value::str).collect()))
}

fn split(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = s(&args)?.clone();
    let (sep, max) = split_args(vm, &args, "split")?;
    let t = me.as_str();
    let parts: Vec<&str> = match sep {
        Some(sep) => {
            if max < 0 {
                t.split(sep.as_str()).collect()
            } else {
                t.splitn(max as usize + 1, sep.as_str()).collect()
            }
        }
        None => {
            let mut out = Vec::new();
            let mut rest = t.trim_start();
            let mut n = 0;
            while !rest.is_empty() {
                if max >= 0 && n >= max {
                    out.push(rest);
                    break;
                }
                match rest.find(char::is_whitespace) {
                    Some(i) => {
                        out.push(&rest[..i]);
                        rest = rest[i..].trim_start();
                        n += 1;
                    }
                    None => {
                        out.push(rest);
                        break;
                    }
                }
            }
            out
        }
    };
    Ok(list_of(parts))
}

fn rsplit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = s(&args)?.clone();
    let (sep, max) = split_args(vm, &args, "rsplit")?;
    let t = me.as_str();
    let mut parts: Vec<&str> = match sep {
        Some(sep) => {
            if max < 0 {
                t.rsplit(sep.as_str()).collect()
            } else {
                t.rsplitn(max as usize + 1, sep.as_str()).collect()
            }
        }
        None => {
            let mut out = Vec::new();
            let mut rest = t.trim_end();
            let mut n = 0;
            while !rest.is_empty() {
                if max >= 0 && n >= max {
                    out.push(rest);
                    break;
                }
                match rest.rfind(char::is_whitespace) {
                    Some(i) => {
                        let c = rest[i..].chars().next().map(|c| c.len_utf8()).unwrap_or(1);
                        out.push(&rest[i + c..]);
                        rest = rest[..i].trim_end();
                        n += 1;
                    }
                    None => {
                        out.push(rest);
                        break;
                    }
                }
            }
            out
        }
    };
    parts.reverse();
    Ok(list_of(parts))
}

fn strip_chars(vm: &Vm, args: &Args, name: &str) -> PyResult<Option<Vec<char>>> {
    arity(name, args, 1, 2)?;
    match args.pos.get(1) {
        None | Some(Value::None) => Ok(None),
        Some(Value::Str(c)) => Ok(Some(c.as_str().chars().collect())),
        Some(other) => Err(type_error(format!("{name} arg must be None or str, not {}", vm.type_name_of(other)))),
    }
}

fn strip(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = s(&args)?;
    Ok(Value::str(match strip_chars(vm, &args, "strip")? {
        None => me.as_str().trim().to_string(),
        Some(cs) => me.as_str().trim_matches(|c| cs.contains(&c)).to_string(),
    }))
}

fn lstrip(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = s(&args)?;
    Ok(Value::str(match strip_chars(vm, &args, "lstrip")? {
        None => me.as_str().trim_start().to_string(),
        Some(cs) => me.as_str().trim_start_matches(|c| cs.contains(&c)).to_string(),
    }))
}

fn rstrip(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = s(&args)?;
    Ok(Value::str(match strip_chars(vm, &args, "rstrip")? {
        None => me.as_str().trim_end().to_string(),
        Some(cs) => me.as_str().trim_end_matches(|c| cs.contains(&c)).to_string(),
    }))
}

fn upper(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity("upper", &args, 1, 1)?;
    Ok(Value::str(s(&args)?.as_str().to_uppercase()))
}

fn lower(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity("lower", &args, 1, 1)?;
    Ok(Value::str(s(&args)?.as_str().to_lowercase()))
}

fn title(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity("title", &args, 1, 1)?;
    let mut out = String::new();
    let mut prev_cased = false;
    for c in s(&args)?.as_str().chars() {
        if prev_cased {
            out.extend(c.to_lowercase());
        } else {
            out.extend(c.to_uppercase());
        }
        prev_cased = c.is_alphabetic();
    }
    Ok(Value::str(out))
}

fn capitalize(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity("capitalize", &args, 1, 1)?;
    let mut chars = s(&args)?.as_str().chars();
    let mut out = String::new();
    if let Some(first) = chars.next() {
        out.extend(first.to_uppercase());
        for c in chars {
            out.extend(c.to_lowercase());
        }
    }
    Ok(Value::str(out))
}

fn swapcase(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity("swapcase", &args, 1, 1)?;
    let mut out = String::new();
    for c in s(&args)?.as_str().chars() {
        if c.is_uppercase() {
            out.extend(c.to_lowercase());
        } else if c.is_lowercase() {
            out.extend(c.to_uppercase());
        } else {
            out.push(c);
        }
    }
    Ok(Value::str(out))
}

/// The character range `[start:end]` of a method's optional bounds, as byte offsets.
fn bounds(vm: &mut Vm, me: &PyStr, start: Option<&Value>, end: Option<&Value>) -> PyResult<Option<(usize, usize)>> {
    let n = me.char_len() as i64;
    let norm = |v: i64| -> i64 { if v < 0 { (v + n).max(0) } else { v.min(n) } };
    let a = match start {
        None | Some(Value::None) => 0,
        Some(v) => norm(super::int_arg(vm, v)?),
    };
    let b = match end {
        None | Some(Value::None) => n,
        Some(v) => norm(super::int_arg(vm, v)?),
    };
    if a > b {
        return Ok(None);
    }
    Ok(Some((me.byte_offset(a as usize), me.byte_offset(b as usize))))
}

fn affix_check(vm: &mut Vm, args: Args, name: &str, starts: bool) -> PyResult<Value> {
    arity(name, &args, 2, 4)?;
    let me = s(&args)?.clone();
    let Some((a, b)) = bounds(vm, &me, args.pos.get(2), args.pos.get(3))? else { return Ok(Value::Bool(false)) };
    let t = &me.as_str()[a..b];
    let test = |p: &str| if starts { t.starts_with(p) } else { t.ends_with(p) };
    match &args.pos[1] {
        Value::Str(p) => Ok(Value::Bool(test(p.as_str()))),
        Value::Tuple(ps) => {
            for p in ps.items() {
                match p {
                    Value::Str(p) => {
                        if test(p.as_str()) {
                            return Ok(Value::Bool(true));
                        }
                    }
                    other => {
                        return Err(type_error(format!(
                            "tuple for {name} must only contain str, not {}",
                            vm.type_name_of(other)
                        )));
                    }
                }
            }
            Ok(Value::Bool(false))
        }
        other => {
            Err(type_error(format!("{name} first arg must be str or a tuple of str, not {}", vm.type_name_of(other))))
        }
    }
}

fn startswith(vm: &mut Vm, args: Args) -> PyResult<Value> {
    affix_check(vm, args, "startswith", true)
}

fn endswith(vm: &mut Vm, args: Args) -> PyResult<Value> {
    affix_check(vm, args, "endswith", false)
}

fn replace(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity("replace", &args, 3, 4)?;
    let me = s(&args)?;
    let old = text(&args.pos[1], vm, "replace() argument 1")?;
    let new = text(&args.pos[2], vm, "replace() argument 2")?;
    let count = match args.pos.get(3) {
        Some(v) => int_arg(vm, v)?,
        None => -1,
    };
    let out =
        if count < 0 { me.as_str().replace(&old, &new) } else { me.as_str().replacen(&old, &new, count as usize) };
    vm.reserve(out.len())?;
    Ok(Value::str(out))
}

/// `find`/`index` family: the character index of `sub` in the bounds, if any.
fn search(vm: &mut Vm, args: &Args, name: &str, from_right: bool) -> PyResult<Option<usize>> {
    arity(name, args, 2, 4)?;
    let me = s(args)?.clone();
    let sub = match &args.pos[1] {
        Value::Str(p) => p.as_str().to_string(),
        other => return Err(type_error(format!("must be str, not {}", vm.type_name_of(other)))),
    };
    let Some((a, b)) = bounds(vm, &me, args.pos.get(2), args.pos.get(3))? else { return Ok(None) };
    let hay = &me.as_str()[a..b];
    let found = if from_right { hay.rfind(&sub) } else { hay.find(&sub) };
    Ok(found.map(|byte| me.as_str()[..a + byte].chars().count()))
}

fn find(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(search(vm, &args, "find", false)?.map(|i| i as i64).unwrap_or(-1)))
}

fn rfind(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(search(vm, &args, "rfind", true)?.map(|i| i as i64).unwrap_or(-1)))
}

fn index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    match search(vm, &args, "index", false)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => Err(value_error("substring not found")),
    }
}

fn rindex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    match search(vm, &args, "rindex", true)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => Err(value_error("substring not found")),
    }
}

fn count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity("count", &args, 2, 4)?;
    let me = s(&args)?.clone();
    let sub = text(&args.pos[1], vm, "must")?;
    let Some((a, b)) = bounds(vm, &me, args.pos.get(2), args.pos.get(3))? else { return Ok(Value::Int(0)) };
    let hay = &me.as_str()[a..b];
    let n = if sub.is_empty() { hay.chars().count() + 1 } else { hay.matches(&sub).count() };
    Ok(Value::Int(n as i64))
}

fn format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = s(&args)?.clone();
    let kwargs: Vec<(String, Value)> = args.kwargs().map(|(k, v)| (k.to_string(), v.clone())).collect();
    Ok(Value::str(vm.str_format(me.as_str(), &args.pos[1..], &kwargs)?))
}

fn pad_args(vm: &mut Vm, args: &Args, name: &str) -> PyResult<(usize, char)> {
    arity(name, args, 2, 3)?;
    let width = int_arg(vm, &args.pos[1])?.max(0) as usize;
    let fill = match args.pos.get(2) {
        None => ' ',
        Some(Value::Str(f)) if f.char_len() == 1 => f.as_str().chars().next().unwrap_or(' '),
        Some(Value::Str(_)) => return Err(type_error("The fill character must be exactly one character long")),
        Some(other) => {
            return Err(type_error(format!(
                "{name}() argument 2 must be a unicode character, not {}",
                vm.type_name_of(other)
            )));
        }
    };
    vm.reserve(width * 4)?;
    Ok((width, fill))
}

fn center(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (width, fill) = pad_args(vm, &args, "center")?;
    let me = s(&args)?;
    let n = me.char_len();
    if width <= n {
        return Ok(this(&args).clone());
    }
    let total = width - n;
    // CPython's centering: the extra char goes left when the width is odd and the
    // text length even... (`left = total / 2 + (total & width & 1)`).
    let left = total / 2 + (total & width & 1);
    let f = fill.to_string();
    Ok(Value::str(format!("{}{}{}", f.repeat(left), me.as_str(), f.repeat(total - left))))
}

fn ljust(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (width, fill) = pad_args(vm, &args, "ljust")?;
    let me = s(&args)?;
    let n = me.char_len();
    if width <= n {
        return Ok(this(&args).clone());
    }
    Ok(Value::str(format!("{}{}", me.as_str(), fill.to_string().repeat(width - n))))
}

fn rjust(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (width, fill) = pad_args(vm, &args, "rjust")?;
    let me = s(&args)?;
    let n = me.char_len();
    if width <= n {
        return Ok(this(&args).clone());
    }
    Ok(Value::str(format!("{}{}", fill.to_string().repeat(width - n), me.as_str())))
}

fn zfill(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity("zfill", &args, 2, 2)?;
    let width = int_arg(vm, &args.pos[1])?.max(0) as usize;
    let me = s(&args)?;
    let n = me.char_len();
    if width <= n {
        return Ok(this(&args).clone());
    }
    let t = me.as_str();
    let zeros = "0".repeat(width - n);
    Ok(Value::str(match t.chars().next() {
        Some(c @ ('+' | '-')) => format!("{c}{zeros}{}", &t[1..]),
        _ => format!("{zeros}{t}"),
    }))
}

fn all_chars(args: &Args, name: &str, f: impl Fn(char) -> bool) -> PyResult<Value> {
    arity(name, args, 1, 1)?;
    let t = s(args)?.as_str();
    Ok(Value::Bool(!t.is_empty() && t.chars().all(f)))
}

fn isdigit(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    all_chars(&args, "isdigit", |c| {
        c.is_ascii_digit()
            || ('\u{2070}'..='\u{2079}').contains(&c)
            || ('\u{0660}'..='\u{0669}').contains(&c)
            || c.is_numeric() && c.to_digit(10).is_some()
    })
}

fn isdecimal(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    all_chars(&args, "isdecimal", |c| {
        c.is_ascii_digit() || ('\u{0660}'..='\u{0669}').contains(&c) || ('\u{ff10}'..='\u{ff19}').contains(&c)
    })
}

fn isnumeric(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    all_chars(&args, "isnumeric", char::is_numeric)
}

fn isalpha(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    all_chars(&args, "isalpha", char::is_alphabetic)
}

fn isalnum(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    all_chars(&args, "isalnum", char::is_alphanumeric)
}

fn isspace(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    all_chars(&args, "isspace", |c| c.is_whitespace() || ('\u{1c}'..='\u{1f}').contains(&c))
}

fn isupper(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity("isupper", &args, 1, 1)?;
    let t = s(&args)?.as_str();
    Ok(Value::Bool(t.chars().any(|c| c.is_uppercase()) && !t.chars().any(|c| c.is_lowercase())))
}

fn islower(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity("islower", &args, 1, 1)?;
    let t = s(&args)?.as_str();
    Ok(Value::Bool(t.chars().any(|c| c.is_lowercase()) && !t.chars().any(|c| c.is_uppercase())))
}

fn istitle(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity("istitle", &args, 1, 1)?;
    let t = s(&args)?.as_str();
    let (mut cased, mut prev_cased) = (false, false);
    for c in t.chars() {
        if c.is_uppercase() {
            if prev_cased {
                return Ok(Value::Bool(false));
            }
            prev_cased = true;
            cased = true;
        } else if c.is_lowercase() {
            if !prev_cased {
                return Ok(Value::Bool(false));
            }
            prev_cased = true;
            cased = true;
        } else {
            prev_cased = false;
        }
    }
    Ok(Value::Bool(cased))
}

fn isidentifier(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity("isidentifier", &args, 1, 1)?;
    let t = s(&args)?.as_str();
    let mut chars = t.chars();
    let ok = match chars.next() {
        Some(c) if c == '_' || c.is_alphabetic() => chars.all(|c| c == '_' || c.is_alphanumeric()),
        _ => false,
    };
    Ok(Value::Bool(ok))
}

/// Python's `str.isprintable` for one character (what `repr` escapes).
pub fn is_printable(c: char) -> bool {
    let n = c as u32;
    if n < 0x20 || n == 0x7f {
        return false;
    }
    if n < 0x7f {
        return true;
    }
    !((0x80..0xa0).contains(&n)
        || n == 0xad
        || (0x2028..=0x2029).contains(&n)
        || (0x200b..=0x200f).contains(&n)
        || (0x202a..=0x202e).contains(&n)
        || (0x2060..=0x206f).contains(&n)
        || n == 0xfeff
        || (0xd800..0xe000).contains(&n)
        || (0xe000..0xf900).contains(&n)
        || (0xfff9..=0xfffb).contains(&n)
        || n == 0x00a0 && false
        || (0xf0000..).contains(&n)
        || c.is_whitespace() && n != 0x20)
}

fn isprintable(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity("isprintable", &args, 1, 1)?;
    Ok(Value::Bool(s(&args)?.as_str().chars().all(is_printable)))
}

fn isascii(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity("isascii", &args, 1, 1)?;
    Ok(Value::Bool(s(&args)?.as_str().is_ascii()))
}

fn splitlines(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_kwargs("splitlines", &args, &["keepends"])?;
    let keep = match super::arg(&args, 1, "keepends") {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let t = s(&args)?.as_str();
    let mut out = Vec::new();
    let mut start = 0;
    let bytes: Vec<(usize, char)> = t.char_indices().collect();
    let mut i = 0;
    while i < bytes.len() {
        let (pos, c) = bytes[i];
        let is_break =
            matches!(c, '\n' | '\r' | '\x0b' | '\x0c' | '\x1c' | '\x1d' | '\x1e' | '\u{85}' | '\u{2028}' | '\u{2029}');
        if is_break {
            let mut end = pos + c.len_utf8();
            if c == '\r' && bytes.get(i + 1).map(|b| b.1) == Some('\n') {
                end += 1;
                i += 1;
            }
            out.push(Value::str(if keep { &t[start..end] } else { &t[start..pos] }));
            start = end;
        }
        i += 1;
    }
    if start < t.len() {
        out.push(Value::str(&t[start..]));
    }
    Ok(Value::List(PyList::new(out)))
}

fn partition_impl(vm: &mut Vm, args: Args, right: bool) -> PyResult<Value> {
    arity(if right { "rpartition" } else { "partition" }, &args, 2, 2)?;
    let t = s(&args)?.as_str();
    let sep = text(&args.pos[1], vm, "must")?;
    if sep.is_empty() {
        return Err(value_error("empty separator"));
    }
    let found = if right { t.rfind(&sep) } else { t.find(&sep) };
    let parts = match found {
        Some(i) => vec![Value::str(&t[..i]), Value::str(sep.as_str()), Value::str(&t[i + sep.len()..])],
        None if right => vec![Value::str(""), Value::str(""), Value::str(t)],
        None => vec![Value::str(t), Value::str(""), Value::str("")],
    };
    Ok(Value::Tuple(PyTuple::new(parts)))
}

fn partition(vm: &mut Vm, args: Args) -> PyResult<Value> {
    partition_impl(vm, args, false)
}

fn rpartition(vm: &mut Vm, args: Args) -> PyResult<Value> {
    partition_impl(vm, args, true)
}

fn removeprefix(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity("removeprefix", &args, 2, 2)?;
    let t = s(&args)?.as_str();
    let p = text(&args.pos[1], vm, "removeprefix() argument")?;
    Ok(Value::str(t.strip_prefix(&p).unwrap_or(t)))
}

fn removesuffix(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity("removesuffix", &args, 2, 2)?;
    let t = s(&args)?.as_str();
    let p = text(&args.pos[1], vm, "removesuffix() argument")?;
    Ok(Value::str(if p.is_empty() { t } else { t.strip_suffix(&p).unwrap_or(t) }))
}

fn expandtabs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_kwargs("expandtabs", &args, &["tabsize"])?;
    let size = match super::arg(&args, 1, "tabsize") {
        Some(v) => int_arg(vm, v)?,
        None => 8,
    };
    let mut out = String::new();
    let mut col = 0i64;
    for c in s(&args)?.as_str().chars() {
        match c {
            '\t' => {
                if size > 0 {
                    let n = size - col % size;
                    out.push_str(&" ".repeat(n as usize));
                    col += n;
                }
            }
            '\n' | '\r' => {
                out.push(c);
                col = 0;
            }
            c => {
                out.push(c);
                col += 1;
            }
        }
    }
    Ok(Value::str(out))
}

fn dunder_len(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(s(&args)?.char_len() as i64))
}

fn dunder_contains(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity("__contains__", &args, 2, 2)?;
    let me = this(&args).clone();
    Ok(Value::Bool(vm.contains(&me, &args.pos[1])?))
}
