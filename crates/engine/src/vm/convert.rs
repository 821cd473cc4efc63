//! The conversions every value has: truth, `len`, `str`, `repr`, `hash`.

use super::Vm;
use super::error::{ExcKind, PyErr, PyResult, type_error};
use super::format::float_repr;
use super::object::int;
use super::object::special::{SpecialKind, ViewKind};
use super::value::Value;
use std::fmt::Write as _;
use std::rc::Rc;

/// Longest text a `repr` builds before it is cut with `...` (a list holding itself
/// many times over would otherwise be astronomically long).
pub const MAX_REPR: usize = 10_000_000;

impl Vm {
    /// `bool(v)`.
    pub fn truthy(&mut self, v: &Value) -> PyResult<bool> {
        Ok(match v {
            Value::None | Value::Unbound | Value::NoSelf => false,
            Value::Bool(b) => *b,
            Value::Int(i) => *i != 0,
            Value::BigInt(_) => true,
            Value::Float(f) => *f != 0.0,
            Value::Str(s) => !s.is_empty(),
            Value::List(l) => !l.is_empty(),
            Value::Tuple(t) => !t.is_empty(),
            Value::Dict(d) => !d.is_empty(),
            Value::Set(s) | Value::FrozenSet(s) => !s.is_empty(),
            Value::Range(r) => r.len_exact() > 0,
            Value::Special(s) => match &*s.kind.borrow() {
                SpecialKind::DictView { dict, .. } => !dict.is_empty(),
                _ => true,
            },
            Value::Instance(_) => {
                if let Some(r) = self.call_dunder(v, "__bool__", &[])? {
                    return match r {
                        Value::Bool(b) => Ok(b),
                        other => Err(type_error(format!(
                            "__bool__ should return bool, returned {}",
                            self.type_name_of(&other)
                        ))),
                    };
                }
                if let Some(r) = self.call_dunder(v, "__len__", &[])? {
                    return Ok(self.len_result(r)? != 0);
                }
                true
            }
            _ => true,
        })
    }

    /// `len(v)`.
    pub fn len(&mut self, v: &Value) -> PyResult<usize> {
        Ok(match v {
            Value::Str(s) => s.char_len(),
            Value::List(l) => l.len(),
            Value::Tuple(t) => t.len(),
            Value::Dict(d) => d.len(),
            Value::Set(s) | Value::FrozenSet(s) => s.len(),
            Value::Range(r) => {
                let n = r.len_exact();
                if n > i64::MAX as i128 {
                    return Err(super::error::overflow_error("Python int too large to convert to C ssize_t"));
                }
                n as usize
            }
            Value::Special(s) => match &*s.kind.borrow() {
                SpecialKind::DictView { dict, .. } => dict.len(),
                _ => return Err(type_error(format!("object of type '{}' has no len()", s.type_name()))),
            },
            Value::Instance(_) => match self.call_dunder(v, "__len__", &[])? {
                Some(r) => self.len_result(r)?,
                None => return Err(type_error(format!("object of type '{}' has no len()", self.type_name_of(v)))),
            },
            other => return Err(type_error(format!("object of type '{}' has no len()", self.type_name_of(other)))),
        })
    }

    fn len_result(&mut self, r: Value) -> PyResult<usize> {
        match r {
            Value::Int(i) if i >= 0 => Ok(i as usize),
            Value::Bool(b) => Ok(b as usize),
            Value::Int(_) => Err(super::error::value_error("__len__() should return >= 0")),
            other => {
                Err(type_error(format!("'{}' object cannot be interpreted as an integer", self.type_name_of(&other))))
            }
        }
    }

    /// `str(v)` (it may run a class's `__str__`, hence `&mut self`).
    #[allow(clippy::wrong_self_convention)]
    pub fn to_str(&mut self, v: &Value) -> PyResult<String> {
        match v {
            Value::Str(s) => Ok(s.as_str().to_string()),
            Value::Int(i) => Ok(i.to_string()),
            Value::Float(f) => Ok(float_repr(*f)),
            Value::Bool(b) => Ok(if *b { "True" } else { "False" }.into()),
            Value::None => Ok("None".into()),
            Value::Instance(i) => {
                if i.class.user_defines("__str__") {
                    let r = self.call_dunder(v, "__str__", &[])?.unwrap_or(Value::None);
                    return match r {
                        Value::Str(s) => Ok(s.as_str().to_string()),
                        other => {
                            Err(type_error(format!("__str__ returned non-string (type {})", self.type_name_of(&other))))
                        }
                    };
                }
                if i.exc.is_some() {
                    return self.exception_str(i);
                }
                if !i.class.user_defines("__repr__")
                    && let Some(base) = i.base.as_deref()
                {
                    // A builtin subclass prints as its value (`str.__str__`; the
                    // others' `str` is their `repr`).
                    if let Value::Str(s) = base {
                        return Ok(s.as_str().to_string());
                    }
                }
                self.repr(v)
            }
            _ => self.repr(v),
        }
    }

    /// `str(exc)`: nothing for no args, the arg for one (`repr` for KeyError), the
    /// tuple for several.
    pub fn exception_str(&mut self, e: &Rc<super::object::PyInstance>) -> PyResult<String> {
        let Some(state) = &e.exc else { return Ok(String::new()) };
        if let Some(s) = super::builtins::exception_types::special_str(self, e)? {
            return Ok(s);
        }
        let args = state.args();
        match args.items() {
            [] => Ok(String::new()),
            [one] => {
                if self.instance_is(e, ExcKind::KeyError) {
                    self.repr(one)
                } else {
                    self.to_str(one)
                }
            }
            _ => self.repr(&Value::Tuple(args.clone())),
        }
    }

    /// `TypeName: message` (or `TypeName`), as the CLI and the oracle print errors.
    pub fn describe_exception(&mut self, e: &Rc<super::object::PyInstance>) -> String {
        let name = e.class.name.to_string();
        match self.to_str(&Value::Instance(e.clone())) {
            Ok(m) if m.is_empty() => name,
            Ok(m) => format!("{name}: {m}"),
            Err(_) => name,
        }
    }

    /// `repr(v)`.
    pub fn repr(&mut self, v: &Value) -> PyResult<String> {
        let mut out = String::new();
        self.write_repr(v, &mut out)?;
        Ok(out)
    }

    /// Appends `repr(v)`; a container met again inside itself is `[...]`.
    pub fn write_repr(&mut self, v: &Value, out: &mut String) -> PyResult<()> {
        if out.len() > MAX_REPR {
            out.push_str("...");
            return Ok(());
        }
        match v {
            Value::None | Value::Unbound | Value::NoSelf => out.push_str("None"),
            Value::Bool(b) => out.push_str(if *b { "True" } else { "False" }),
            Value::Int(i) => {
                let _ = write!(out, "{i}");
            }
            Value::BigInt(b) => out.push_str(&self.big_to_decimal(&b.v)?),
            Value::Float(f) => out.push_str(&float_repr(*f)),
            Value::Str(s) => out.push_str(&str_repr(s.as_str())),
            Value::List(l) => {
                let items = l.snapshot();
                self.repr_seq(v, &items, "[", "]", false, out)?;
            }
            Value::Tuple(t) => {
                let items = t.items().to_vec();
                self.repr_seq(v, &items, "(", ")", items.len() == 1, out)?;
            }
            Value::Dict(d) => {
                let entries = d.entries();
                if !self.enter_repr(v, out, "{...}")? {
                    return Ok(());
                }
                out.push('{');
                for (i, (k, val)) in entries.iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    if out.len() > MAX_REPR {
                        out.push_str("...");
                        break;
                    }
                    self.write_repr(k, out)?;
                    out.push_str(": ");
                    self.write_repr(val, out)?;
                }
                out.push('}');
                self.leave_repr();
            }
            Value::Set(s) | Value::FrozenSet(s) => {
                let frozen = matches!(v, Value::FrozenSet(_));
                let keys = s.keys();
                if keys.is_empty() {
                    out.push_str(if frozen { "frozenset()" } else { "set()" });
                    return Ok(());
                }
                if !self.enter_repr(v, out, if frozen { "frozenset(...)" } else { "set(...)" })? {
                    return Ok(());
                }
                out.push_str(if frozen { "frozenset({" } else { "{" });
                for (i, k) in keys.iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    self.write_repr(k, out)?;
                }
                out.push_str(if frozen { "})" } else { "}" });
                self.leave_repr();
            }
            Value::Range(r) => {
                if r.step == 1 {
                    let _ = write!(out, "range({}, {})", r.start, r.stop);
                } else {
                    let _ = write!(out, "range({}, {}, {})", r.start, r.stop, r.step);
                }
            }
            Value::Slice(s) => {
                out.push_str("slice(");
                self.write_repr(&s.start, out)?;
                out.push_str(", ");
                self.write_repr(&s.stop, out)?;
                out.push_str(", ");
                self.write_repr(&s.step, out)?;
                out.push(')');
            }
            Value::Function(f) => {
                let _ = write!(out, "<function {} at {}>", f.qualname.borrow(), self.address_text(v));
            }
            Value::Builtin(b) => {
                if b.is_method() {
                    let _ = write!(out, "<method '{}' of '{}' objects>", b.name, b.owner);
                } else {
                    let _ = write!(out, "<built-in function {}>", b.name);
                }
            }
            Value::BoundMethod(m) => match &m.func {
                Value::Builtin(b) => {
                    let _ = write!(
                        out,
                        "<built-in method {} of {} object at {}>",
                        b.name,
                        self.type_name_of(&m.self_),
                        self.address_text(&m.self_)
                    );
                }
                f => {
                    let qual = match f {
                        Value::Function(f) => f.qualname.borrow().to_string(),
                        _ => "?".into(),
                    };
                    let _ = write!(out, "<bound method {qual} of ");
                    let s = m.self_.clone();
                    self.write_repr(&s, out)?;
                    out.push('>');
                }
            },
            Value::Class(c) => {
                if &*c.module == "builtins" {
                    let _ = write!(out, "<class '{}'>", c.qualname);
                } else {
                    let _ = write!(out, "<class '{}.{}'>", c.module, c.qualname);
                }
            }
            Value::Instance(i) => {
                if i.class.user_defines("__repr__") {
                    let r = self.call_dunder(v, "__repr__", &[])?.unwrap_or(Value::None);
                    match r {
                        Value::Str(s) => out.push_str(s.as_str()),
                        other => {
                            return Err(type_error(format!(
                                "__repr__ returned non-string (type {})",
                                self.type_name_of(&other)
                            )));
                        }
                    }
                } else if let Some(base) = i.base.as_deref() {
                    let base = base.clone();
                    if let Value::Set(items) | Value::FrozenSet(items) = &base {
                        // set_repr names a subclass: `S({1, 2})`, `S()`.
                        let _ = write!(out, "{}(", i.class.name);
                        if !items.is_empty() {
                            self.write_repr(&base, out)?;
                        }
                        out.push(')');
                    } else {
                        self.write_repr(&base, out)?;
                    }
                } else if let Some(state) = &i.exc {
                    out.push_str(&i.class.name);
                    let args = state.args();
                    let items = args.items().to_vec();
                    if items.len() == 1 {
                        out.push('(');
                        self.write_repr(&items[0], out)?;
                        out.push(')');
                    } else {
                        self.repr_seq(&Value::Tuple(args.clone()), &items, "(", ")", false, out)?;
                    }
                } else {
                    let module = &i.class.module;
                    let _ = write!(out, "<{}.{} object at {}>", module, i.class.qualname, self.address_text(v));
                }
            }
            Value::Gen(g) => {
                let _ = write!(out, "<{} object {} at {}>", g.kind.type_name(), g.qualname, self.address_text(v));
            }
            Value::Module(m) => {
                let _ = write!(out, "<module '{}' (built-in)>", m.name);
            }
            Value::Iter(it) => {
                let _ = write!(out, "<{} object at {}>", it.type_name(), self.address_text(v));
            }
            Value::Special(s) => {
                let kind = s.kind.borrow();
                match &*kind {
                    SpecialKind::DictView { dict, kind: vk } => {
                        let (name, items): (&str, Vec<Value>) = match vk {
                            ViewKind::Keys => ("dict_keys", dict.keys()),
                            ViewKind::Values => ("dict_values", dict.values()),
                            ViewKind::Items => (
                                "dict_items",
                                dict.entries()
                                    .into_iter()
                                    .map(|(k, v)| Value::Tuple(super::object::PyTuple::new(vec![k, v])))
                                    .collect(),
                            ),
                        };
                        drop(kind);
                        out.push_str(name);
                        out.push('(');
                        self.repr_seq(v, &items, "[", "]", false, out)?;
                        out.push(')');
                    }
                    SpecialKind::Union(args) => {
                        let args = args.clone();
                        drop(kind);
                        for (i, a) in args.iter().enumerate() {
                            if i > 0 {
                                out.push_str(" | ");
                            }
                            self.write_type_arg(a, out)?;
                        }
                    }
                    SpecialKind::GenericAlias { origin, args } => {
                        let (origin, args) = (origin.clone(), args.clone());
                        drop(kind);
                        self.write_type_arg(&origin, out)?;
                        out.push('[');
                        for (i, a) in args.iter().enumerate() {
                            if i > 0 {
                                out.push_str(", ");
                            }
                            self.write_type_arg(a, out)?;
                        }
                        out.push(']');
                    }
                    SpecialKind::Super { class, .. } => {
                        let _ = write!(out, "<super: <class '{}'>, <{} object>>", class.name, class.name);
                    }
                    _ => {
                        let t = s.type_name();
                        drop(kind);
                        let _ = write!(out, "<{t} object at {}>", self.address_text(v));
                    }
                }
            }
            Value::Native(n) => {
                let n = n.clone();
                out.push_str(&n.obj.repr(self, &n)?);
            }
            Value::Cell(_) => {
                let _ = write!(out, "<cell at {}>", self.address_text(v));
            }
            Value::Code(c) => {
                let _ = write!(out, "<code object {} at {}>", c.code.name, self.address_text(v));
            }
            Value::NotImplemented => out.push_str("NotImplemented"),
            Value::Ellipsis => out.push_str("Ellipsis"),
        }
        Ok(())
    }

    fn repr_seq(
        &mut self,
        me: &Value,
        items: &[Value],
        open: &str,
        close: &str,
        trailing_comma: bool,
        out: &mut String,
    ) -> PyResult<()> {
        let cycle = format!("{open}...{close}");
        if !self.enter_repr(me, out, &cycle)? {
            return Ok(());
        }
        out.push_str(open);
        for (i, item) in items.iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            if out.len() > MAX_REPR {
                out.push_str("...");
                break;
            }
            self.write_repr(item, out)?;
        }
        if trailing_comma {
            out.push(',');
        }
        out.push_str(close);
        self.leave_repr();
        Ok(())
    }

    /// Marks a container as being written; `false` (and `cycle` written) if it already
    /// is (`a = []; a.append(a)` prints `[[...]]`).
    fn enter_repr(&mut self, me: &Value, out: &mut String, cycle: &str) -> PyResult<bool> {
        let addr = me.address();
        if matches!(me, Value::List(_) | Value::Dict(_) | Value::Set(_) | Value::FrozenSet(_) | Value::Special(_))
            && self.repr_guard.contains(&addr)
        {
            out.push_str(cycle);
            return Ok(false);
        }
        if self.repr_guard.len() > 800 {
            return Err(PyErr::new(
                ExcKind::RecursionError,
                "maximum recursion depth exceeded while getting the repr of an object",
            ));
        }
        self.repr_guard.push(addr);
        Ok(true)
    }

    fn leave_repr(&mut self) {
        self.repr_guard.pop();
    }

    /// A stable per-run address in CPython's format (`0x7f...`).
    pub fn address_text(&self, v: &Value) -> String {
        format!("0x{:012x}", self.identities.id(v))
    }

    /// Decimal digits of a big int (CPython refuses more than 4300 digits).
    pub fn big_to_decimal(&self, v: &num_bigint::BigInt) -> PyResult<String> {
        // 10**4300, the first int of 4301 digits, has 14285 bits.
        if v.bits() >= 14_285 {
            let s = v.to_string();
            let digits = s.trim_start_matches('-').len();
            if digits > 4300 {
                return Err(super::error::value_error(
                    "Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit",
                ));
            }
            return Ok(s);
        }
        Ok(v.to_string())
    }

    /// An argument of a union or generic alias as CPython's `repr` shows it: classes by
    /// qualified name (`int`, `__main__.Job`), None and `...` bare.
    fn write_type_arg(&mut self, v: &Value, out: &mut String) -> PyResult<()> {
        match v {
            Value::Class(c) if &*c.module == "builtins" => out.push_str(&c.qualname),
            Value::Class(c) => {
                let _ = write!(out, "{}.{}", c.module, c.qualname);
            }
            Value::None => out.push_str("None"),
            Value::Ellipsis => out.push_str("..."),
            other => self.write_repr(other, out)?,
        }
        Ok(())
    }

    /// `hash(v)` (CPython's values for numbers and tuples, so that sets of them iterate
    /// in CPython's order).
    pub fn hash(&mut self, v: &Value) -> PyResult<i64> {
        Ok(match v {
            Value::Int(i) => int::hash_i64(*i),
            Value::Bool(b) => *b as i64,
            Value::BigInt(b) => int::hash_big(&b.v),
            Value::Float(f) => super::stdlib::random::hash_float(*f),
            Value::Str(s) => s.hash() as i64,
            Value::None => 0xfca86420,
            Value::Tuple(t) => {
                const P1: u64 = 11400714785074694791;
                const P2: u64 = 14029467366897019727;
                const P5: u64 = 2870177450012600261;
                let mut acc: u64 = P5;
                let items = t.items().to_vec();
                for item in &items {
                    let lane = self.hash(item)? as u64;
                    acc = acc.wrapping_add(lane.wrapping_mul(P2));
                    acc = acc.rotate_left(31);
                    acc = acc.wrapping_mul(P1);
                }
                acc = acc.wrapping_add((items.len() as u64) ^ (P5 ^ 3527539));
                if acc == u64::MAX { 1546275796 } else { acc as i64 }
            }
            Value::FrozenSet(s) => {
                // CPython's frozenset hash (order independent).
                let mut hash: u64 = 0;
                for (h, _) in s.entries() {
                    let h = h as u64;
                    hash ^= ((h ^ 89869747) ^ (h << 16)).wrapping_mul(3644798167);
                }
                hash ^= (s.len() as u64 + 1).wrapping_mul(1927868237);
                hash ^= (hash >> 11) ^ (hash >> 25);
                hash = hash.wrapping_mul(69069).wrapping_add(907133923);
                if hash == u64::MAX { 590923713 } else { hash as i64 }
            }
            Value::Range(r) => {
                // CPython hashes `(len, start, step)`, with None for what does not
                // matter (`range(0)` and `range(5, 2)` are equal, so hash alike).
                use super::object::range::int_value;
                let n = r.len_exact();
                let key = match n {
                    0 => vec![Value::Int(0), Value::None, Value::None],
                    1 => vec![Value::Int(1), int_value(r.start), Value::None],
                    _ => vec![int_value(n), int_value(r.start), int_value(r.step)],
                };
                return self.hash(&Value::Tuple(super::object::PyTuple::new(key)));
            }
            Value::List(_) | Value::Dict(_) | Value::Set(_) | Value::Slice(_) => {
                return Err(type_error(format!("unhashable type: '{}'", self.type_name_of(v))));
            }
            Value::Instance(i) => {
                if i.class.dunders().hash {
                    match i.class.lookup("__hash__") {
                        Some(Value::None) => {
                            return Err(type_error(format!("unhashable type: '{}'", i.class.name)));
                        }
                        _ => {
                            let r = self.call_dunder(v, "__hash__", &[])?;
                            return match r {
                                Some(Value::Int(h)) => Ok(if h == -1 { -2 } else { h }),
                                Some(Value::Bool(b)) => Ok(b as i64),
                                Some(Value::BigInt(b)) => Ok(int::hash_big(&b.v)),
                                _ => Err(type_error("__hash__ method should return an integer")),
                            };
                        }
                    }
                }
                if i.class.dunders().eq {
                    // Defining `__eq__` without `__hash__` makes instances unhashable.
                    return Err(type_error(format!("unhashable type: '{}'", i.class.name)));
                }
                self.identities.hash(v)
            }
            Value::Special(s) if matches!(&*s.kind.borrow(), SpecialKind::DictView { .. }) => {
                return Err(type_error(format!("unhashable type: '{}'", s.type_name())));
            }
            other => self.identities.hash(other),
        })
    }
}

/// `repr(s)` of a string, CPython's quotes and escapes.
pub fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') { '"' } else { '\'' };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if !super::builtins::str_methods::is_printable(c) => {
                let n = c as u32;
                if n <= 0xff {
                    let _ = write!(out, "\\x{n:02x}");
                } else if n <= 0xffff {
                    let _ = write!(out, "\\u{n:04x}");
                } else {
                    let _ = write!(out, "\\U{n:08x}");
                }
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}
