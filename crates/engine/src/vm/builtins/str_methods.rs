//! `str`: its constructor and methods, with CPython's argument checks and messages and
//! its Unicode rules (see `unicode.rs`).

use super::dunders::is_str;
use super::unicode as uni;
use super::{clinic, method, noargs, onearg, parse_tuple, recv, unpack_kw};
use crate::builtin;
use crate::vm::Vm;
use crate::vm::error::{ExcKind, PyErr, PyResult, not_supported, type_error, value_error};
use crate::vm::object::function::{Args, BuiltinFn, BuiltinKind};
use crate::vm::object::{PyDict, PyList, PyStr, PyTuple};
use crate::vm::value::Value;
use std::rc::Rc;

builtin!(STR_NEW, "str", "", Function, str_new);

fn str_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let n = args.pos.len() + args.kwnames.len();
    if n > 3 {
        return Err(type_error(format!("str() takes at most 3 arguments ({n} given)")));
    }
    let kw = unpack_kw(&args, 0, "str", &["object", "encoding", "errors"], 0, 0)?;
    if kw[1].is_some() || kw[2].is_some() {
        return Err(not_supported("str() with an encoding (bytes)"));
    }
    match kw[0] {
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
    method("str", "casefold", casefold),
    method("str", "startswith", startswith),
    method("str", "endswith", endswith),
    method("str", "replace", replace),
    method("str", "find", find),
    method("str", "rfind", rfind),
    method("str", "index", index),
    method("str", "rindex", rindex),
    method("str", "count", count),
    method("str", "format", format),
    method("str", "format_map", format_map),
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
    method("str", "translate", translate),
    method("str", "encode", encode),
    BuiltinFn { name: "maketrans", owner: "str", kind: BuiltinKind::StaticMethod, call: maketrans },
];

/// The string a method was called on (CPython's descriptor checks).
fn s<'a>(vm: &Vm, args: &Args<'a>, name: &str) -> PyResult<&'a Rc<PyStr>> {
    match recv(vm, args, "str", name, is_str)? {
        Value::Str(s) => Ok(s),
        _ => Err(type_error("str expected")),
    }
}

/// A `METH_NOARGS` str method: the string.
fn s0<'a>(vm: &Vm, args: &Args<'a>, name: &str) -> PyResult<&'a str> {
    let me = s(vm, args, name)?;
    noargs(args, "str", name)?;
    Ok(me.as_str())
}

/// A new str, after checking the memory budget for big results.
fn new_str(vm: &mut Vm, text: String) -> PyResult<Value> {
    if text.len() > 1 << 16 {
        vm.reserve(text.len())?;
    }
    Ok(Value::str(text))
}

fn join(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let sep = s(vm, &args, "join")?.clone();
    let iterable = onearg(&args, "str", "join")?;
    let items = match iterable {
        Value::List(l) => l.snapshot(),
        Value::Tuple(t) => t.items().to_vec(),
        other => {
            let it = vm
                .get_iter(other)
                .map_err(|e| if e.is_new(ExcKind::TypeError) { type_error("can only join an iterable") } else { e })?;
            let mut out = Vec::new();
            while let Some(v) = vm.next(&it)? {
                out.push(v);
            }
            out
        }
    };
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

/// An int argument (`__index__`), clamped to i64 (sizes past it change nothing).
fn ssize(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    match vm.index_of(v)? {
        Value::Int(i) => Ok(i),
        Value::BigInt(b) => Ok(if b.v.sign() == num_bigint::Sign::Minus { i64::MIN } else { i64::MAX }),
        _ => Ok(0),
    }
}

fn split_args(vm: &mut Vm, args: &Args, name: &str) -> PyResult<(Option<String>, i64)> {
    let kw = unpack_kw(args, 1, name, &["sep", "maxsplit"], 0, 0)?;
    let sep = match kw[0] {
        None | Some(Value::None) => None,
        Some(Value::Str(p)) => {
            if p.is_empty() {
                return Err(value_error("empty separator"));
            }
            Some(p.as_str().to_string())
        }
        Some(other) => return Err(type_error(format!("must be str or None, not {}", vm.type_name_of(other)))),
    };
    let max = match kw[1] {
        None => -1,
        Some(v) => ssize(vm, v)?,
    };
    Ok((sep, max))
}

/// The pieces of a split as a list of new strings, made one by one within the memory
/// budget: a split can make many more objects than its string has bytes' worth
/// (`('a,' * 10**8).split(',')`), so it cannot be checked only once it is done.
struct Pieces<'v> {
    vm: &'v Vm,
    out: Vec<Value>,
}

impl<'v> Pieces<'v> {
    fn new(vm: &'v Vm) -> Pieces<'v> {
        Pieces { vm, out: Vec::new() }
    }

    fn push(&mut self, piece: &str) -> PyResult<()> {
        if self.out.len() % 4096 == 4095 {
            self.vm.reserve(self.out.len() * 16)?;
            self.vm.check_memory()?;
        }
        self.out.push(Value::str(piece));
        Ok(())
    }

    fn extend<'a>(&mut self, pieces: impl IntoIterator<Item = &'a str>) -> PyResult<()> {
        pieces.into_iter().try_for_each(|p| self.push(p))
    }

    fn into_list(self) -> Value {
        Value::List(PyList::new(self.out))
    }
}

fn trim_space_start(t: &str) -> &str {
    t.trim_start_matches(uni::is_space)
}

fn trim_space_end(t: &str) -> &str {
    t.trim_end_matches(uni::is_space)
}

fn split(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = s(vm, &args, "split")?.clone();
    let (sep, max) = split_args(vm, &args, "split")?;
    let t = me.as_str();
    let mut out = Pieces::new(vm);
    match sep {
        Some(sep) => {
            if max < 0 {
                out.extend(t.split(sep.as_str()))?;
            } else {
                out.extend(t.splitn((max as u64).saturating_add(1).min(usize::MAX as u64) as usize, sep.as_str()))?;
            }
        }
        None => {
            let mut rest = trim_space_start(t);
            let mut n = 0;
            while !rest.is_empty() {
                if max >= 0 && n >= max {
                    out.push(rest)?;
                    break;
                }
                match rest.find(uni::is_space) {
                    Some(i) => {
                        out.push(&rest[..i])?;
                        rest = trim_space_start(&rest[i..]);
                        n += 1;
                    }
                    None => {
                        out.push(rest)?;
                        break;
                    }
                }
            }
        }
    }
    Ok(out.into_list())
}

fn rsplit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = s(vm, &args, "rsplit")?.clone();
    let (sep, max) = split_args(vm, &args, "rsplit")?;
    let t = me.as_str();
    let mut out = Pieces::new(vm);
    match sep {
        Some(sep) => {
            if max < 0 {
                out.extend(t.rsplit(sep.as_str()))?;
            } else {
                out.extend(t.rsplitn((max as u64).saturating_add(1).min(usize::MAX as u64) as usize, sep.as_str()))?;
            }
        }
        None => {
            let mut rest = trim_space_end(t);
            let mut n = 0;
            while !rest.is_empty() {
                if max >= 0 && n >= max {
                    out.push(rest)?;
                    break;
                }
                match rest.rfind(uni::is_space) {
                    Some(i) => {
                        let c = rest[i..].chars().next().map(|c| c.len_utf8()).unwrap_or(1);
                        out.push(&rest[i + c..])?;
                        rest = trim_space_end(&rest[..i]);
                        n += 1;
                    }
                    None => {
                        out.push(rest)?;
                        break;
                    }
                }
            }
        }
    }
    out.out.reverse();
    Ok(out.into_list())
}

/// The characters of `strip(chars)` (`None`: whitespace).
fn strip_chars(vm: &Vm, args: &Args, name: &str) -> PyResult<Option<Vec<char>>> {
    let rest = clinic(args, "str", name, 0, 1)?;
    match rest.first() {
        None | Some(Value::None) => Ok(None),
        Some(Value::Str(c)) => Ok(Some(c.as_str().chars().collect())),
        Some(_) => {
            let _ = vm;
            Err(type_error(format!("{name} arg must be None or str")))
        }
    }
}

fn strip_impl(vm: &mut Vm, args: Args, name: &str, left: bool, right: bool) -> PyResult<Value> {
    let me = s(vm, &args, name)?.clone();
    let cs = strip_chars(vm, &args, name)?;
    let mut t = me.as_str();
    match cs {
        None => {
            if left {
                t = trim_space_start(t);
            }
            if right {
                t = trim_space_end(t);
            }
        }
        Some(cs) => {
            if left {
                t = t.trim_start_matches(|c| cs.contains(&c));
            }
            if right {
                t = t.trim_end_matches(|c| cs.contains(&c));
            }
        }
    }
    if t.len() == me.len() {
        return Ok(Value::Str(me));
    }
    Ok(Value::str(t))
}

fn strip(vm: &mut Vm, args: Args) -> PyResult<Value> {
    strip_impl(vm, args, "strip", true, true)
}

fn lstrip(vm: &mut Vm, args: Args) -> PyResult<Value> {
    strip_impl(vm, args, "lstrip", true, false)
}

fn rstrip(vm: &mut Vm, args: Args) -> PyResult<Value> {
    strip_impl(vm, args, "rstrip", false, true)
}

fn upper(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let t = s0(vm, &args, "upper")?;
    new_str(vm, uni::upper(t))
}

fn lower(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let t = s0(vm, &args, "lower")?;
    new_str(vm, uni::lower(t))
}

fn casefold(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let t = s0(vm, &args, "casefold")?;
    new_str(vm, uni::casefold(t))
}

fn title(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let t = s0(vm, &args, "title")?;
    new_str(vm, uni::title(t))
}

fn capitalize(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let t = s0(vm, &args, "capitalize")?;
    new_str(vm, uni::capitalize(t))
}

fn swapcase(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let t = s0(vm, &args, "swapcase")?;
    new_str(vm, uni::swapcase(t))
}

/// A `start`/`end` of `find` & co.: an int, `None`, or `__index__`.
fn slice_bound(vm: &mut Vm, v: Option<&Value>) -> PyResult<Option<i64>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(Value::Int(i)) => Ok(Some(*i)),
        Some(Value::Bool(b)) => Ok(Some(*b as i64)),
        Some(Value::BigInt(b)) => Ok(Some(if b.v.sign() == num_bigint::Sign::Minus { i64::MIN } else { i64::MAX })),
        Some(v @ Value::Instance(_)) => match vm.index_of(v) {
            Ok(Value::Int(i)) => Ok(Some(i)),
            _ => Err(type_error("slice indices must be integers or None or have an __index__ method")),
        },
        Some(_) => Err(type_error("slice indices must be integers or None or have an __index__ method")),
    }
}

/// The character range `[start:end]` of a method's optional bounds as byte offsets,
/// CPython's `ADJUST_INDICES` (`None`: start past end, nothing can match).
fn bounds(vm: &mut Vm, me: &PyStr, start: Option<&Value>, end: Option<&Value>) -> PyResult<Option<(usize, usize)>> {
    let n = me.char_len() as i64;
    let mut a = slice_bound(vm, start)?.unwrap_or(0);
    let mut b = slice_bound(vm, end)?.unwrap_or(n);
    if b > n {
        b = n;
    } else if b < 0 {
        b = (b.saturating_add(n)).max(0);
    }
    if a < 0 {
        a = (a.saturating_add(n)).max(0);
    }
    if a > b {
        return Ok(None);
    }
    Ok(Some((me.byte_offset(a as usize), me.byte_offset(b as usize))))
}

fn affix_check(vm: &mut Vm, args: Args, name: &str, starts: bool) -> PyResult<Value> {
    let me = s(vm, &args, name)?.clone();
    let rest = parse_tuple(&args, name, 1, 3)?;
    let Some((a, b)) = bounds(vm, &me, rest.get(1), rest.get(2))? else {
        // Still check the prefix's type, as CPython does first.
        if !matches!(&rest[0], Value::Str(_) | Value::Tuple(_)) {
            return Err(type_error(format!(
                "{name} first arg must be str or a tuple of str, not {}",
                vm.type_name_of(&rest[0])
            )));
        }
        return Ok(Value::Bool(false));
    };
    let t = &me.as_str()[a..b];
    let test = |p: &str| if starts { t.starts_with(p) } else { t.ends_with(p) };
    match &rest[0] {
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

/// A str argument; `what` starts the error message (`replace() argument 1`), which is
/// just `must be str, not int` without it.
fn str_arg<'a>(vm: &Vm, v: &'a Value, what: &str) -> PyResult<&'a str> {
    match v {
        Value::Str(s) => Ok(s.as_str()),
        other => {
            // Argument Clinic's messages (with a `what`) name None `None`; the older
            // parsing of `find` & co. names its type.
            if what.is_empty() {
                return Err(type_error(format!("must be str, not {}", vm.type_name_of(other))));
            }
            Err(type_error(format!("{what} must be str, not {}", super::arg_type_name(vm, other))))
        }
    }
}

fn replace(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = s(vm, &args, "replace")?.clone();
    let rest = clinic(&args, "str", "replace", 2, 3)?;
    let old = str_arg(vm, &rest[0], "replace() argument 1")?;
    let new = str_arg(vm, &rest[1], "replace() argument 2")?;
    let count = match rest.get(2) {
        Some(v) => ssize(vm, v)?,
        None => -1,
    };
    let t = me.as_str();
    // The size of the result, checked before building it (`'a' * n` replaced...).
    let matches = if old.is_empty() { me.char_len() + 1 } else { t.matches(old).count() };
    let matches = if count < 0 { matches } else { matches.min(count as usize) };
    let size = (t.len() as u128) + (matches as u128) * (new.len() as u128);
    if size > (1u128 << 40) {
        return Err(PyErr::new(ExcKind::MemoryError, ""));
    }
    vm.reserve(size as usize)?;
    let out = if count < 0 { t.replace(old, new) } else { t.replacen(old, new, count as usize) };
    Ok(Value::str(out))
}

/// `find`/`index` family: the character index of `sub` in the bounds, if any.
fn search(vm: &mut Vm, args: &Args, name: &str, from_right: bool) -> PyResult<Option<usize>> {
    let me = s(vm, args, name)?.clone();
    let rest = parse_tuple(args, name, 1, 3)?;
    let sub = str_arg(vm, &rest[0], "")?.to_string();
    let Some((a, b)) = bounds(vm, &me, rest.get(1), rest.get(2))? else { return Ok(None) };
    let hay = &me.as_str()[a..b];
    let found = if from_right { hay.rfind(&sub) } else { hay.find(&sub) };
    Ok(found.map(|byte| if me.is_ascii() { a + byte } else { me.as_str()[..a + byte].chars().count() }))
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
    let me = s(vm, &args, "count")?.clone();
    let rest = parse_tuple(&args, "count", 1, 3)?;
    let sub = str_arg(vm, &rest[0], "")?.to_string();
    let Some((a, b)) = bounds(vm, &me, rest.get(1), rest.get(2))? else { return Ok(Value::Int(0)) };
    let hay = &me.as_str()[a..b];
    let n = if sub.is_empty() { hay.chars().count() + 1 } else { hay.matches(&sub).count() };
    Ok(Value::Int(n as i64))
}

fn format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = s(vm, &args, "format")?.clone();
    let kwargs: Vec<(String, Value)> = args.kwargs().map(|(k, v)| (k.to_string(), v.clone())).collect();
    Ok(Value::str(vm.str_format(me.as_str(), &args.pos[1..], &kwargs)?))
}

fn format_map(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = s(vm, &args, "format_map")?.clone();
    let mapping = onearg(&args, "str", "format_map")?.clone();
    Ok(Value::str(vm.str_format_map(me.as_str(), &mapping)?))
}

/// The width and fill character of `center`/`ljust`/`rjust`.
fn pad_args(vm: &mut Vm, args: &Args, name: &str) -> PyResult<(usize, char)> {
    let rest = clinic(args, "str", name, 1, 2)?;
    let width = ssize(vm, &rest[0])?.max(0) as usize;
    let fill = match rest.get(1) {
        None => ' ',
        Some(Value::Str(f)) if f.char_len() == 1 => f.as_str().chars().next().unwrap_or(' '),
        Some(Value::Str(_)) => return Err(type_error("The fill character must be exactly one character long")),
        Some(other) => {
            return Err(type_error(format!(
                "The fill character must be a unicode character, not {}",
                vm.type_name_of(other)
            )));
        }
    };
    vm.reserve(width.saturating_mul(fill.len_utf8()))?;
    Ok((width, fill))
}

fn pad(vm: &mut Vm, args: Args, name: &str) -> PyResult<Value> {
    let me = s(vm, &args, name)?.clone();
    let (width, fill) = pad_args(vm, &args, name)?;
    let n = me.char_len();
    if width <= n {
        return Ok(Value::Str(me));
    }
    let total = width - n;
    let left = match name {
        "ljust" => 0,
        "rjust" => total,
        // CPython's centering: `left = marg / 2 + (marg & width & 1)`.
        _ => total / 2 + (total & width & 1),
    };
    let mut out = String::with_capacity(me.len() + total * fill.len_utf8());
    out.extend(std::iter::repeat_n(fill, left));
    out.push_str(me.as_str());
    out.extend(std::iter::repeat_n(fill, total - left));
    Ok(Value::str(out))
}

fn center(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pad(vm, args, "center")
}

fn ljust(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pad(vm, args, "ljust")
}

fn rjust(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pad(vm, args, "rjust")
}

fn zfill(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = s(vm, &args, "zfill")?.clone();
    let width = onearg(&args, "str", "zfill")?;
    let width = ssize(vm, width)?.max(0) as usize;
    let n = me.char_len();
    if width <= n {
        return Ok(Value::Str(me));
    }
    vm.reserve(width)?;
    let t = me.as_str();
    let zeros = "0".repeat(width - n);
    Ok(Value::str(match t.chars().next() {
        Some(c @ ('+' | '-')) => format!("{c}{zeros}{}", &t[1..]),
        _ => format!("{zeros}{t}"),
    }))
}

fn all_chars(vm: &Vm, args: &Args, name: &str, f: impl Fn(char) -> bool) -> PyResult<Value> {
    let t = s0(vm, args, name)?;
    Ok(Value::Bool(!t.is_empty() && t.chars().all(f)))
}

fn isdigit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    all_chars(vm, &args, "isdigit", uni::is_digit)
}

fn isdecimal(vm: &mut Vm, args: Args) -> PyResult<Value> {
    all_chars(vm, &args, "isdecimal", uni::is_decimal)
}

fn isnumeric(vm: &mut Vm, args: Args) -> PyResult<Value> {
    all_chars(vm, &args, "isnumeric", uni::is_numeric)
}

fn isalpha(vm: &mut Vm, args: Args) -> PyResult<Value> {
    all_chars(vm, &args, "isalpha", uni::is_alpha)
}

fn isalnum(vm: &mut Vm, args: Args) -> PyResult<Value> {
    all_chars(vm, &args, "isalnum", uni::is_alnum)
}

fn isspace(vm: &mut Vm, args: Args) -> PyResult<Value> {
    all_chars(vm, &args, "isspace", uni::is_space)
}

fn isupper(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let t = s0(vm, &args, "isupper")?;
    let mut cased = false;
    for c in t.chars() {
        if uni::is_lower(c) || uni::is_title(c) {
            return Ok(Value::Bool(false));
        }
        cased |= uni::is_upper(c);
    }
    Ok(Value::Bool(cased))
}

fn islower(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let t = s0(vm, &args, "islower")?;
    let mut cased = false;
    for c in t.chars() {
        if uni::is_upper(c) || uni::is_title(c) {
            return Ok(Value::Bool(false));
        }
        cased |= uni::is_lower(c);
    }
    Ok(Value::Bool(cased))
}

fn istitle(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let t = s0(vm, &args, "istitle")?;
    let (mut cased, mut prev_cased) = (false, false);
    for c in t.chars() {
        if uni::is_upper(c) || uni::is_title(c) {
            if prev_cased {
                return Ok(Value::Bool(false));
            }
            prev_cased = true;
            cased = true;
        } else if uni::is_lower(c) {
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

fn isidentifier(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let t = s0(vm, &args, "isidentifier")?;
    Ok(Value::Bool(uni::is_identifier(t)))
}

/// Python's `str.isprintable` for one character (what `repr` leaves unescaped).
pub fn is_printable(c: char) -> bool {
    uni::is_printable(c)
}

fn isprintable(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let t = s0(vm, &args, "isprintable")?;
    Ok(Value::Bool(t.chars().all(uni::is_printable)))
}

fn isascii(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let t = s0(vm, &args, "isascii")?;
    Ok(Value::Bool(t.is_ascii()))
}

fn splitlines(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = s(vm, &args, "splitlines")?.clone();
    let kw = unpack_kw(&args, 1, "splitlines", &["keepends"], 0, 0)?;
    let keep = match kw[0] {
        Some(v) => super::list_methods::bool_int_arg(vm, v)?,
        None => false,
    };
    let t = me.as_str();
    let mut out = Pieces::new(vm);
    let mut start = 0;
    let mut iter = t.char_indices().peekable();
    while let Some((pos, c)) = iter.next() {
        let is_break =
            matches!(c, '\n' | '\r' | '\x0b' | '\x0c' | '\x1c' | '\x1d' | '\x1e' | '\u{85}' | '\u{2028}' | '\u{2029}');
        if is_break {
            let mut end = pos + c.len_utf8();
            if c == '\r' && iter.peek().map(|p| p.1) == Some('\n') {
                iter.next();
                end += 1;
            }
            out.push(if keep { &t[start..end] } else { &t[start..pos] })?;
            start = end;
        }
    }
    if start < t.len() {
        out.push(&t[start..])?;
    }
    Ok(out.into_list())
}

fn partition_impl(vm: &mut Vm, args: Args, right: bool) -> PyResult<Value> {
    let name = if right { "rpartition" } else { "partition" };
    let me = s(vm, &args, name)?.clone();
    let sep = onearg(&args, "str", name)?;
    let sep = str_arg(vm, sep, "")?;
    if sep.is_empty() {
        return Err(value_error("empty separator"));
    }
    let t = me.as_str();
    let found = if right { t.rfind(sep) } else { t.find(sep) };
    let parts = match found {
        Some(i) => vec![Value::str(&t[..i]), Value::str(sep), Value::str(&t[i + sep.len()..])],
        None if right => vec![Value::str(""), Value::str(""), Value::Str(me.clone())],
        None => vec![Value::Str(me.clone()), Value::str(""), Value::str("")],
    };
    Ok(Value::Tuple(PyTuple::new(parts)))
}

fn partition(vm: &mut Vm, args: Args) -> PyResult<Value> {
    partition_impl(vm, args, false)
}

fn rpartition(vm: &mut Vm, args: Args) -> PyResult<Value> {
    partition_impl(vm, args, true)
}

fn affix_remove(vm: &mut Vm, args: Args, name: &str, prefix: bool) -> PyResult<Value> {
    let me = s(vm, &args, name)?.clone();
    let p = onearg(&args, "str", name)?;
    let p = match p {
        Value::Str(s) => s.as_str(),
        other => {
            return Err(type_error(format!("{name}() argument must be str, not {}", super::arg_type_name(vm, other))));
        }
    };
    let t = me.as_str();
    let cut = if p.is_empty() {
        None
    } else if prefix {
        t.strip_prefix(p)
    } else {
        t.strip_suffix(p)
    };
    Ok(match cut {
        Some(r) => Value::str(r),
        None => Value::Str(me.clone()),
    })
}

fn removeprefix(vm: &mut Vm, args: Args) -> PyResult<Value> {
    affix_remove(vm, args, "removeprefix", true)
}

fn removesuffix(vm: &mut Vm, args: Args) -> PyResult<Value> {
    affix_remove(vm, args, "removesuffix", false)
}

fn expandtabs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = s(vm, &args, "expandtabs")?.clone();
    let kw = unpack_kw(&args, 1, "expandtabs", &["tabsize"], 0, 0)?;
    let size = match kw[0] {
        Some(v) => ssize(vm, v)?,
        None => 8,
    };
    let mut out = String::new();
    let mut col = 0i64;
    for c in me.as_str().chars() {
        match c {
            '\t' => {
                if size > 0 {
                    let n = size - col % size;
                    vm.reserve(out.len().saturating_add(n as usize))?;
                    out.extend(std::iter::repeat_n(' ', n as usize));
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

fn encode(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Err(not_supported("str.encode() (bytes)"))
}

/// `str.maketrans(x[, y[, z]])`: a dict from code points to code points, strings or
/// None.
fn maketrans(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.has_kwargs() {
        return Err(type_error("str.maketrans() takes no keyword arguments"));
    }
    // Called on an instance, the static method sees no `self`.
    super::check_positional("maketrans", args.pos.len(), 1, 3)?;
    let out = PyDict::new();
    match args.pos {
        [x] => {
            let Value::Dict(d) = x else {
                return Err(type_error("if you give only one argument to maketrans it must be a dict"));
            };
            for (k, v) in d.entries() {
                let key = match &k {
                    Value::Str(s) if s.char_len() == 1 => {
                        Value::Int(s.as_str().chars().next().map(|c| c as i64).unwrap_or(0))
                    }
                    Value::Str(_) => return Err(value_error("string keys in translate table must be of length 1")),
                    Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => k.clone(),
                    _ => return Err(type_error("keys in translate table must be strings or integers")),
                };
                vm.dict_insert(&out, key, v)?;
            }
        }
        [x, y, rest @ ..] => {
            let (Value::Str(x), Value::Str(y)) = (x, y) else {
                let bad = if matches!(x, Value::Str(_)) { y } else { x };
                let which = if matches!(x, Value::Str(_)) { 2 } else { 1 };
                return Err(type_error(format!(
                    "maketrans() argument {which} must be str, not {}",
                    vm.type_name_of(bad)
                )));
            };
            if x.char_len() != y.char_len() {
                return Err(value_error("the first two maketrans arguments must have equal length"));
            }
            for (a, b) in x.as_str().chars().zip(y.as_str().chars()) {
                vm.dict_insert(&out, Value::Int(a as i64), Value::Int(b as i64))?;
            }
            if let Some(z) = rest.first() {
                let Value::Str(z) = z else {
                    return Err(type_error(format!("maketrans() argument 3 must be str, not {}", vm.type_name_of(z))));
                };
                for c in z.as_str().chars() {
                    vm.dict_insert(&out, Value::Int(c as i64), Value::None)?;
                }
            }
        }
        [] => return Err(type_error("maketrans expected at least 1 argument, got 0")),
    }
    Ok(Value::Dict(out))
}

/// `s.translate(table)`: each character looked up with `table[ord(c)]` (a missing
/// one, LookupError, stays as it is).
fn translate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = s(vm, &args, "translate")?.clone();
    let table = onearg(&args, "str", "translate")?.clone();
    let mut out = String::with_capacity(me.len());
    for c in me.as_str().chars() {
        let r = match vm.get_item(&table, &Value::Int(c as i64)) {
            Ok(v) => v,
            Err(e) if is_lookup_error(vm, &e) => {
                out.push(c);
                continue;
            }
            Err(e) => return Err(e),
        };
        match r {
            Value::None => {}
            Value::Str(t) => out.push_str(t.as_str()),
            Value::Int(i) => match u32::try_from(i).ok().filter(|n| *n < 0x110000).and_then(char::from_u32) {
                Some(ch) => out.push(ch),
                None if (0..0x110000).contains(&i) => return Err(not_supported("surrogate characters")),
                None => return Err(value_error("character mapping must be in range(0x110000)")),
            },
            Value::Bool(b) => out.push(if b { '\u{1}' } else { '\0' }),
            Value::BigInt(_) => return Err(value_error("character mapping must be in range(0x110000)")),
            _ => return Err(type_error("character mapping must return integer, None or str")),
        }
        if out.len() > 1 << 20 {
            vm.reserve(out.len())?;
        }
    }
    Ok(Value::str(out))
}

fn is_lookup_error(vm: &Vm, e: &PyErr) -> bool {
    match &*e.0 {
        crate::vm::error::ErrKind::New(k, _) => {
            matches!(k, ExcKind::LookupError | ExcKind::KeyError | ExcKind::IndexError)
        }
        crate::vm::error::ErrKind::Exc(x) => vm.instance_is(x, ExcKind::LookupError),
        _ => false,
    }
}
