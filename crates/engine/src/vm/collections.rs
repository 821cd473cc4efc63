//! Dicts and sets as the VM uses them: hashing and comparing keys with Python's rules
//! (which may run a class's `__hash__`/`__eq__`), and set algebra written as CPython's
//! `setobject.c` writes it (so the resulting sets iterate in CPython's order).

use super::Vm;
use super::error::{PyResult, type_error};
use super::object::special::{SpecialKind, ViewKind};
use super::object::{PyDict, PySet, PyTuple};
use super::ops::quick_eq;
use super::value::Value;
use crate::syntax::ast::{BinOp, CmpOp, Name};
use std::rc::Rc;

impl Vm {
    fn key_hash(&mut self, key: &Value) -> PyResult<u64> {
        Ok(self.hash(key)? as u64)
    }

    /// The entry number of `key` in `d`.
    pub fn dict_find(&mut self, d: &PyDict, key: &Value) -> PyResult<Option<usize>> {
        let h = self.key_hash(key)?;
        // Keys that `quick_eq` cannot compare (instances with `__eq__`) run Python code.
        let mut slow = |a: &Value, b: &Value| self.eq(a, b);
        d.find(h, key, quick_eq, &mut slow)
    }

    pub fn dict_get(&mut self, d: &PyDict, key: &Value) -> PyResult<Option<Value>> {
        Ok(self.dict_find(d, key)?.and_then(|i| d.value_at(i)))
    }

    /// `d[key] = value`.
    pub fn dict_set(&mut self, d: &Value, key: Value, value: Value) -> PyResult<()> {
        let Value::Dict(d) = d else { return Err(type_error("dict expected")) };
        self.dict_insert(d, key, value)
    }

    pub fn dict_insert(&mut self, d: &PyDict, key: Value, value: Value) -> PyResult<()> {
        let h = self.key_hash(&key)?;
        match self.dict_find(d, &key)? {
            Some(i) => {
                let old = d.set_at(i, value);
                drop(old);
            }
            None => d.insert_new(h, key, value),
        }
        Ok(())
    }

    /// A string key (names: class namespaces, keyword arguments).
    pub fn dict_get_str(&mut self, d: &PyDict, name: &str) -> Option<Value> {
        let key = Value::str(name);
        self.dict_get(d, &key).ok().flatten()
    }

    pub fn dict_set_str(&mut self, d: &PyDict, name: &Name, value: Value) {
        let _ = self.dict_insert(d, Value::str(&**name), value);
    }

    /// A new dict from key/value pairs, later keys winning.
    pub fn new_dict(&mut self, items: Vec<(Value, Value)>) -> PyResult<Value> {
        let d = PyDict::new();
        for (k, v) in items {
            self.dict_insert(&d, k, v)?;
        }
        Ok(Value::Dict(d))
    }

    /// `{**src}` (a mapping only); with `func`, `f(**src)`'s refusal of repeated keys.
    pub fn dict_update(&mut self, d: &Value, src: &Value, func: Option<&Value>) -> PyResult<()> {
        if func.is_none() && !matches!(src, Value::Dict(_)) && !self.has_keys_method(src) {
            return Err(type_error(format!("'{}' object is not a mapping", self.type_name_of(src))));
        }
        self.dict_update_inner(d, src, func)
    }

    /// `d.update(src)`: a mapping, or an iterable of pairs.
    pub fn dict_update_from(&mut self, d: &Value, src: &Value) -> PyResult<()> {
        self.dict_update_inner(d, src, None)
    }

    fn dict_update_inner(&mut self, d: &Value, src: &Value, func: Option<&Value>) -> PyResult<()> {
        let Value::Dict(target) = d else { return Err(type_error("dict expected")) };
        let pairs: Vec<(Value, Value)> = match src {
            Value::Dict(s) => s.entries(),
            Value::Instance(_) if func.is_some() || self.has_keys_method(src) => {
                let keys_fn = self.get_attr(src, &Name::from("keys"))?;
                let keys = self.call_sync(&keys_fn, &[])?;
                let keys = self.collect(&keys)?;
                let mut out = Vec::new();
                for k in keys {
                    let v = self.get_item(src, &k)?;
                    out.push((k, v));
                }
                out
            }
            other => {
                if let Some(f) = func {
                    let name = self.callable_name(f);
                    return Err(type_error(format!(
                        "{name} argument after ** must be a mapping, not {}",
                        self.type_name_of(other)
                    )));
                }
                let items = self.collect(other)?;
                let mut out = Vec::new();
                for (n, item) in items.into_iter().enumerate() {
                    let pair = self.collect(&item).map_err(|_| {
                        type_error(format!("cannot convert dictionary update sequence element #{n} to a sequence"))
                    })?;
                    if pair.len() != 2 {
                        return Err(super::error::value_error(format!(
                            "dictionary update sequence element #{n} has length {}; 2 is required",
                            pair.len()
                        )));
                    }
                    let mut it = pair.into_iter();
                    let k = it.next().unwrap_or(Value::None);
                    let v = it.next().unwrap_or(Value::None);
                    out.push((k, v));
                }
                out
            }
        };
        for (k, v) in pairs {
            if let Some(f) = func {
                if !matches!(k, Value::Str(_)) {
                    return Err(type_error("keywords must be strings"));
                }
                if self.dict_find(target, &k)?.is_some() {
                    let name = self.callable_name(f);
                    let key = self.to_str(&k)?;
                    return Err(type_error(format!("{name} got multiple values for keyword argument '{key}'")));
                }
            }
            self.dict_insert(target, k, v)?;
        }
        Ok(())
    }

    fn has_keys_method(&self, v: &Value) -> bool {
        matches!(v, Value::Instance(i) if i.class.lookup("keys").is_some())
    }

    /// A callable as CPython's `_PyObject_FunctionStr` names it in messages
    /// (`__main__.f()`, `__main__.Foo.m()`, `len()`).
    pub fn callable_name(&self, f: &Value) -> String {
        match f {
            Value::Function(f) => format!("__main__.{}()", f.qualname.borrow()),
            Value::BoundMethod(m) => self.callable_name(&m.func),
            Value::Builtin(b) if b.is_method() => format!("{}.{}()", b.owner, b.name),
            Value::Builtin(b) if !b.owner.is_empty() => format!("{}.{}()", b.owner, b.name),
            Value::Builtin(b) => format!("{}()", b.name),
            Value::Class(c) if &*c.module == "builtins" => format!("{}()", c.qualname),
            Value::Class(c) => format!("{}.{}()", c.module, c.qualname),
            other => format!("{} object", self.type_name_of(other)),
        }
    }

    pub fn dict_eq(&mut self, a: &Rc<PyDict>, b: &Rc<PyDict>) -> PyResult<bool> {
        if Rc::ptr_eq(a, b) {
            return Ok(true);
        }
        if a.len() != b.len() {
            return Ok(false);
        }
        for (k, v) in a.entries() {
            match self.dict_get(b, &k)? {
                Some(w) => {
                    if !v.is(&w) && !self.eq(&v, &w)? {
                        return Ok(false);
                    }
                }
                None => return Ok(false),
            }
        }
        Ok(true)
    }

    // ------------------------------------------------------------------ sets

    fn with_set_eq<T>(&mut self, f: impl FnOnce(&mut dyn FnMut(&Value, &Value) -> PyResult<bool>) -> T) -> T {
        let mut slow = |a: &Value, b: &Value| self.eq(a, b);
        f(&mut slow)
    }

    pub fn set_contains(&mut self, s: &PySet, key: &Value) -> PyResult<bool> {
        let h = match self.hash(key) {
            Ok(h) => h,
            Err(e) => {
                // `{1} in a_set` looks for the frozenset of an unhashable set.
                if let Value::Set(inner) = key {
                    let frozen = Value::FrozenSet(self.set_copy(inner)?);
                    return self.set_contains(s, &frozen);
                }
                return Err(e);
            }
        };
        self.with_set_eq(|slow| s.contains(h, key, quick_eq, slow))
    }

    pub fn set_add_to(&mut self, s: &PySet, key: Value) -> PyResult<()> {
        let h = self.hash(&key)?;
        self.with_set_eq(|slow| s.add(h, key, quick_eq, slow))
    }

    pub fn set_discard(&mut self, s: &PySet, key: &Value) -> PyResult<bool> {
        let h = match self.hash(key) {
            Ok(h) => h,
            Err(e) => {
                if let Value::Set(inner) = key {
                    let frozen = Value::FrozenSet(self.set_copy(inner)?);
                    return self.set_discard(s, &frozen);
                }
                return Err(e);
            }
        };
        self.with_set_eq(|slow| s.discard(h, key, quick_eq, slow))
    }

    /// `SetAdd`: `s.add(v)`.
    pub fn set_add(&mut self, s: &Value, v: Value) -> PyResult<()> {
        match s {
            Value::Set(s) => self.set_add_to(s, v),
            _ => Err(type_error("set expected")),
        }
    }

    /// A new set of `items`, in CPython's insertion order.
    pub fn new_set(&mut self, items: Vec<Value>) -> PyResult<Value> {
        let s = PySet::new();
        for v in items {
            self.set_add_to(&s, v)?;
        }
        Ok(Value::Set(s))
    }

    /// A set display whose items are all constants, 3 or more (`{100, 50, 25}`), as
    /// CPython 3.11 builds it: its compiler folds the items into a frozenset constant
    /// (made twice: from the tuple, then again from that frozenset's order when the
    /// constants are merged), and `BUILD_SET 0; SET_UPDATE` copies it into a new set.
    /// The iteration order of colliding ints depends on this (`{7, 15, 23, 31}` lists
    /// as `[7, 15, 23, 31]`, where adding one by one gives `[31, 15, 23, 7]`). For the
    /// compiler to call on such displays.
    pub fn const_set_display(&mut self, items: Vec<Value>) -> PyResult<Value> {
        let first = PySet::new();
        for v in items {
            self.set_add_to(&first, v)?;
        }
        let folded = PySet::new();
        for v in first.keys() {
            self.set_add_to(&folded, v)?;
        }
        let s = PySet::new();
        self.set_update_from(&s, &Value::FrozenSet(folded))?;
        Ok(Value::Set(s))
    }

    /// `set_update_internal`: adds everything of an iterable.
    pub fn set_update_from(&mut self, s: &PySet, src: &Value) -> PyResult<()> {
        match src {
            Value::Set(o) | Value::FrozenSet(o) => {
                let o = o.clone();
                self.with_set_eq(|slow| s.merge(&o, quick_eq, slow))
            }
            Value::Dict(d) => {
                s.reserve(d.len());
                for k in d.keys() {
                    self.set_add_to(s, k)?;
                }
                Ok(())
            }
            other => {
                let it = self.get_iter(other)?;
                while let Some(v) = self.next(&it)? {
                    self.set_add_to(s, v)?;
                }
                Ok(())
            }
        }
    }

    /// `SetUpdate`: `{*src}`.
    pub fn set_update(&mut self, s: &Value, src: &Value) -> PyResult<()> {
        match s {
            Value::Set(s) => self.set_update_from(s, src),
            _ => Err(type_error("set expected")),
        }
    }

    /// A copy (`set_copy`: a merge into an empty set).
    pub fn set_copy(&mut self, s: &PySet) -> PyResult<Rc<PySet>> {
        let out = PySet::new();
        self.with_set_eq(|slow| out.merge(s, quick_eq, slow))?;
        Ok(out)
    }

    /// `a | b`, `a & b`, `a - b`, `a ^ b`: the result has `a`'s type.
    pub fn set_operator(&mut self, op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
        let (Value::Set(x) | Value::FrozenSet(x)) = a else { return Err(type_error("set expected")) };
        let (Value::Set(y) | Value::FrozenSet(y)) = b else { return Err(type_error("set expected")) };
        let r = match op {
            BinOp::BitOr => {
                let r = self.set_copy(x)?;
                if !Rc::ptr_eq(x, y) {
                    self.with_set_eq(|slow| r.merge(y, quick_eq, slow))?;
                }
                r
            }
            BinOp::BitAnd => self.set_intersection(x, b)?,
            BinOp::Sub => self.set_difference(x, b)?,
            _ => self.set_symmetric_difference(x, b)?,
        };
        Ok(if matches!(a, Value::FrozenSet(_)) { Value::FrozenSet(r) } else { Value::Set(r) })
    }

    /// `set_intersection`.
    pub fn set_intersection(&mut self, so: &Rc<PySet>, other: &Value) -> PyResult<Rc<PySet>> {
        if let Value::Set(o) | Value::FrozenSet(o) = other {
            if Rc::ptr_eq(so, o) {
                return self.set_copy(so);
            }
            let result = PySet::new();
            let (big, small) = if o.len() > so.len() { (o.clone(), so.clone()) } else { (so.clone(), o.clone()) };
            for (h, key) in small.entries() {
                if self.with_set_eq(|slow| big.contains(h, &key, quick_eq, slow))? {
                    self.with_set_eq(|slow| result.add(h, key, quick_eq, slow))?;
                }
            }
            return Ok(result);
        }
        let result = PySet::new();
        let it = self.get_iter(other)?;
        while let Some(key) = self.next(&it)? {
            let h = self.hash(&key)?;
            if self.with_set_eq(|slow| so.contains(h, &key, quick_eq, slow))? {
                self.with_set_eq(|slow| result.add(h, key, quick_eq, slow))?;
            }
        }
        Ok(result)
    }

    /// `set_difference`.
    pub fn set_difference(&mut self, so: &Rc<PySet>, other: &Value) -> PyResult<Rc<PySet>> {
        let other_size = match other {
            Value::Set(o) | Value::FrozenSet(o) => o.len(),
            Value::Dict(d) => d.len(),
            _ => return self.set_copy_and_difference(so, other),
        };
        if (so.len() >> 2) > other_size {
            return self.set_copy_and_difference(so, other);
        }
        let result = PySet::new();
        for (h, key) in so.entries() {
            let found = match other {
                Value::Set(o) | Value::FrozenSet(o) => self.with_set_eq(|slow| o.contains(h, &key, quick_eq, slow))?,
                Value::Dict(d) => self.dict_find(d, &key)?.is_some(),
                _ => false,
            };
            if !found {
                self.with_set_eq(|slow| result.add(h, key, quick_eq, slow))?;
            }
        }
        Ok(result)
    }

    fn set_copy_and_difference(&mut self, so: &Rc<PySet>, other: &Value) -> PyResult<Rc<PySet>> {
        let result = self.set_copy(so)?;
        self.set_difference_update(&result, other)?;
        Ok(result)
    }

    /// `set_difference_update_internal`.
    pub fn set_difference_update(&mut self, so: &Rc<PySet>, other: &Value) -> PyResult<()> {
        if let Value::Set(o) | Value::FrozenSet(o) = other {
            if Rc::ptr_eq(so, o) {
                so.clear();
                return Ok(());
            }
            let mut o = o.clone();
            if (o.len() >> 3) > so.len() {
                o = self.set_intersection(so, other)?;
            }
            for (h, key) in o.entries() {
                self.with_set_eq(|slow| so.discard(h, &key, quick_eq, slow))?;
            }
            return Ok(());
        }
        let it = self.get_iter(other)?;
        while let Some(key) = self.next(&it)? {
            self.set_discard(so, &key)?;
        }
        Ok(())
    }

    /// `set_symmetric_difference`: a copy of `other`, then updated with `so`.
    pub fn set_symmetric_difference(&mut self, so: &Rc<PySet>, other: &Value) -> PyResult<Rc<PySet>> {
        let result = PySet::new();
        self.set_update_from(&result, other)?;
        self.set_symmetric_difference_update(&result, &Value::Set(so.clone()))?;
        Ok(result)
    }

    /// `set_symmetric_difference_update`.
    pub fn set_symmetric_difference_update(&mut self, so: &Rc<PySet>, other: &Value) -> PyResult<()> {
        let other_set = match other {
            Value::Set(o) | Value::FrozenSet(o) => {
                if Rc::ptr_eq(so, o) {
                    so.clear();
                    return Ok(());
                }
                o.clone()
            }
            _ => {
                let t = PySet::new();
                self.set_update_from(&t, other)?;
                t
            }
        };
        for (h, key) in other_set.entries() {
            let removed = self.with_set_eq(|slow| so.discard(h, &key, quick_eq, slow))?;
            if !removed {
                self.with_set_eq(|slow| so.add(h, key, quick_eq, slow))?;
            }
        }
        Ok(())
    }

    /// `a |= b` & co. on a set.
    pub fn set_inplace(&mut self, op: BinOp, a: &Value, b: &Value) -> PyResult<()> {
        let Value::Set(so) = a else { return Err(type_error("set expected")) };
        match op {
            BinOp::BitOr => self.set_update_from(so, b),
            BinOp::Sub => self.set_difference_update(so, b),
            BinOp::BitXor => self.set_symmetric_difference_update(so, b),
            _ => {
                let r = self.set_intersection(so, b)?;
                self.set_replace(so, &r);
                Ok(())
            }
        }
    }

    /// Makes `so` hold exactly `from`'s table (`intersection_update` swaps bodies).
    pub fn set_replace(&mut self, so: &Rc<PySet>, from: &Rc<PySet>) {
        so.clear();
        let _ = self.with_set_eq(|slow| so.merge(from, quick_eq, slow));
    }

    pub fn set_eq(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        let (Value::Set(x) | Value::FrozenSet(x)) = a else { return Ok(false) };
        let (Value::Set(y) | Value::FrozenSet(y)) = b else { return Ok(false) };
        if x.len() != y.len() {
            return Ok(false);
        }
        self.set_is_subset(x, y)
    }

    pub fn set_is_subset(&mut self, x: &Rc<PySet>, y: &Rc<PySet>) -> PyResult<bool> {
        if x.len() > y.len() {
            return Ok(false);
        }
        for (h, key) in x.entries() {
            if !self.with_set_eq(|slow| y.contains(h, &key, quick_eq, slow))? {
                return Ok(false);
            }
        }
        Ok(true)
    }

    pub fn set_order(&mut self, op: CmpOp, a: &Value, b: &Value) -> PyResult<Value> {
        let (Value::Set(x) | Value::FrozenSet(x)) = a else { return Ok(Value::NotImplemented) };
        let (Value::Set(y) | Value::FrozenSet(y)) = b else { return Ok(Value::NotImplemented) };
        let r = match op {
            CmpOp::LtE => self.set_is_subset(x, y)?,
            CmpOp::Lt => x.len() < y.len() && self.set_is_subset(x, y)?,
            CmpOp::GtE => self.set_is_subset(y, x)?,
            _ => y.len() < x.len() && self.set_is_subset(y, x)?,
        };
        Ok(Value::Bool(r))
    }

    // ------------------------------------------------------------------ dict views

    pub fn view_contains(&mut self, view: &Value, item: &Value) -> PyResult<bool> {
        let Value::Special(s) = view else { return Ok(false) };
        let (dict, kind) = match &*s.kind.borrow() {
            SpecialKind::DictView { dict, kind } => (dict.clone(), *kind),
            _ => return Err(type_error(format!("argument of type '{}' is not iterable", s.type_name()))),
        };
        match kind {
            ViewKind::Keys => Ok(self.dict_find(&dict, item)?.is_some()),
            ViewKind::Values => {
                for v in dict.values() {
                    if self.same_or_eq(&v, item)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            ViewKind::Items => {
                let Value::Tuple(t) = item else { return Ok(false) };
                let [k, v] = t.items() else { return Ok(false) };
                match self.dict_get(&dict, k)? {
                    Some(w) => Ok(self.same_or_eq(&w, v)?),
                    None => Ok(false),
                }
            }
        }
    }

    /// `a op b` when one side is a set-like dict view (`d.keys() & {1, 2}`): the left
    /// operand as a new set, then the operation with the right one (CPython's
    /// `dictviews_or` & co.). `None`: not a view operation.
    pub fn view_binary(&mut self, op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
        if !matches!(op, BinOp::BitOr | BinOp::BitAnd | BinOp::Sub | BinOp::BitXor)
            || !(setlike_view(a) || setlike_view(b))
        {
            return Ok(None);
        }
        let result = PySet::new();
        self.set_update_from(&result, a)?;
        match op {
            BinOp::BitOr => self.set_update_from(&result, b)?,
            BinOp::Sub => self.set_difference_update(&result, b)?,
            BinOp::BitXor => self.set_symmetric_difference_update(&result, b)?,
            _ => {
                let r = self.set_intersection(&result, b)?;
                return Ok(Some(Value::Set(r)));
            }
        }
        Ok(Some(Value::Set(result)))
    }

    /// A comparison where one side is a set-like dict view and the other set-like
    /// (CPython's `dictview_richcompare`); `None`: not such a comparison.
    pub fn view_compare(&mut self, op: CmpOp, a: &Value, b: &Value) -> PyResult<Option<bool>> {
        let setlike = |v: &Value| setlike_view(v) || matches!(v, Value::Set(_) | Value::FrozenSet(_));
        if !(setlike_view(a) || setlike_view(b)) || !setlike(a) || !setlike(b) {
            return Ok(None);
        }
        let (la, lb) = (self.len(a)?, self.len(b)?);
        Ok(Some(match op {
            CmpOp::Eq => la == lb && self.all_contained_in(a, b)?,
            CmpOp::NotEq => !(la == lb && self.all_contained_in(a, b)?),
            CmpOp::Lt => la < lb && self.all_contained_in(a, b)?,
            CmpOp::LtE => la <= lb && self.all_contained_in(a, b)?,
            CmpOp::Gt => la > lb && self.all_contained_in(b, a)?,
            CmpOp::GtE => la >= lb && self.all_contained_in(b, a)?,
            _ => return Ok(None),
        }))
    }

    fn all_contained_in(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        let it = self.get_iter(a)?;
        while let Some(x) = self.next(&it)? {
            if !self.contains(b, &x)? {
                return Ok(false);
            }
        }
        Ok(true)
    }

    pub fn view_eq(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        let items = |v: &Value| -> Option<(Rc<PyDict>, ViewKind)> {
            match v {
                Value::Special(s) => match &*s.kind.borrow() {
                    SpecialKind::DictView { dict, kind } => Some((dict.clone(), *kind)),
                    _ => None,
                },
                _ => None,
            }
        };
        match (items(a), items(b)) {
            (Some((x, ViewKind::Keys)), Some((y, ViewKind::Keys))) => {
                let xs = self.new_set(x.keys())?;
                let ys = self.new_set(y.keys())?;
                self.set_eq(&xs, &ys)
            }
            (Some((x, ViewKind::Items)), Some((y, ViewKind::Items))) => {
                if x.len() != y.len() {
                    return Ok(false);
                }
                for (k, v) in x.entries() {
                    let item = Value::Tuple(PyTuple::new(vec![k, v]));
                    if !self.view_contains(b, &item)? {
                        return Ok(false);
                    }
                }
                Ok(true)
            }
            _ => Ok(a.is(b)),
        }
    }
}

/// Whether `v` is a `dict_keys` or `dict_items` view (the set-like ones).
pub fn setlike_view(v: &Value) -> bool {
    match v {
        Value::Special(s) => {
            matches!(&*s.kind.borrow(), SpecialKind::DictView { kind: ViewKind::Keys | ViewKind::Items, .. })
        }
        _ => false,
    }
}
