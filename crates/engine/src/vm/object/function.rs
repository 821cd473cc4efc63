//! Functions: user functions (code + defaults + closure), builtin functions and methods,
//! bound methods, and the cells closures share.

use super::{PyDict, PyTuple};
use crate::compile::code::Code;
use crate::syntax::ast::Name;
use crate::vm::Vm;
use crate::vm::error::PyResult;
use crate::vm::heap::{self, Charge, Clear};
use crate::vm::value::Value;
use std::cell::RefCell;
use std::rc::Rc;

/// A code object with its constants made into values (once per run).
#[derive(Debug)]
pub struct LoadedCode {
    pub code: Rc<Code>,
    pub consts: Box<[Value]>,
    /// Where this module's global slots start in the VM's table (the main program's
    /// at 0, asyncio's Python half after them).
    pub global_base: u32,
}

#[derive(Debug)]
pub struct PyFunction {
    pub code: Rc<LoadedCode>,
    pub name: RefCell<Name>,
    pub qualname: RefCell<Name>,
    /// Defaults of the positional parameters (the last ones).
    pub defaults: RefCell<Option<Rc<PyTuple>>>,
    /// Defaults of keyword-only parameters.
    pub kwdefaults: RefCell<Option<Rc<PyDict>>>,
    /// The cells of the free variables, in `Code::freevars` order.
    pub closure: RefCell<Box<[Rc<PyCell>]>>,
    /// `f.attr = ...` (decorators keep counters on functions), and `__annotations__`.
    pub dict: RefCell<Option<Rc<PyDict>>>,
    pub annotations: RefCell<Value>,
    _charge: Charge,
}

impl PyFunction {
    pub fn new(
        code: Rc<LoadedCode>,
        defaults: Option<Rc<PyTuple>>,
        kwdefaults: Option<Rc<PyDict>>,
        closure: Box<[Rc<PyCell>]>,
        annotations: Value,
    ) -> Rc<PyFunction> {
        let name = code.code.name.clone();
        let qualname = code.code.qualname.clone();
        let charge = Charge::new(std::mem::size_of::<PyFunction>() + 16 + closure.len() * 8);
        let f = Rc::new(PyFunction {
            code,
            name: RefCell::new(name),
            qualname: RefCell::new(qualname),
            defaults: RefCell::new(defaults),
            kwdefaults: RefCell::new(kwdefaults),
            closure: RefCell::new(closure),
            dict: RefCell::new(None),
            annotations: RefCell::new(annotations),
            _charge: charge,
        });
        heap::track(&f);
        f
    }

    pub fn code(&self) -> &Code {
        &self.code.code
    }
}

impl Clear for PyFunction {
    fn clear_refs(&self) {
        let defaults = self.defaults.take();
        let kwdefaults = self.kwdefaults.take();
        let closure = std::mem::take(&mut *self.closure.borrow_mut());
        let dict = self.dict.take();
        let annotations = self.annotations.replace(Value::None);
        drop((defaults, kwdefaults, closure, dict, annotations));
    }
}

/// A cell: a variable shared between a function and the closures it made.
#[derive(Debug)]
pub struct PyCell {
    pub value: RefCell<Value>,
    _charge: Charge,
}

impl PyCell {
    pub fn new(value: Value) -> Rc<PyCell> {
        let c =
            Rc::new(PyCell { value: RefCell::new(value), _charge: Charge::new(std::mem::size_of::<PyCell>() + 16) });
        heap::track(&c);
        c
    }

    pub fn get(&self) -> Value {
        self.value.borrow().clone()
    }

    pub fn set(&self, v: Value) {
        let old = self.value.replace(v);
        drop(old);
    }
}

impl Drop for PyCell {
    fn drop(&mut self) {
        let old = std::mem::replace(self.value.get_mut(), Value::Unbound);
        heap::drop_values([old]);
    }
}

impl Drop for PyFunction {
    // What a function holds goes through the trashcan: a chain of closures (each
    // capturing the previous one) would otherwise free itself recursively.
    fn drop(&mut self) {
        let defaults = self.defaults.get_mut().take().map(Value::Tuple);
        let kwdefaults = self.kwdefaults.get_mut().take().map(Value::Dict);
        let dict = self.dict.get_mut().take().map(Value::Dict);
        let annotations = std::mem::replace(self.annotations.get_mut(), Value::None);
        let closure = std::mem::take(self.closure.get_mut());
        heap::drop_values(
            defaults
                .into_iter()
                .chain(kwdefaults)
                .chain(dict)
                .chain([annotations])
                .chain(closure.into_vec().into_iter().map(Value::Cell)),
        );
    }
}

impl Clear for PyCell {
    fn clear_refs(&self) {
        let old = self.value.replace(Value::Unbound);
        heap::drop_values([old]);
    }
}

/// A function bound to the object it was looked up on.
#[derive(Debug)]
pub struct BoundMethod {
    pub self_: Value,
    pub func: Value,
    _charge: Charge,
}

impl BoundMethod {
    pub fn new(self_: Value, func: Value) -> Rc<BoundMethod> {
        Rc::new(BoundMethod { self_, func, _charge: Charge::new(std::mem::size_of::<BoundMethod>() + 16) })
    }
}

impl Drop for BoundMethod {
    fn drop(&mut self) {
        let s = std::mem::replace(&mut self.self_, Value::None);
        let f = std::mem::replace(&mut self.func, Value::None);
        heap::drop_values([s, f]);
    }
}

/// The arguments of a call to a builtin: positional ones, then keyword names and
/// values (borrowed from the caller's registers when possible).
#[derive(Debug, Clone, Copy)]
pub struct Args<'a> {
    pub pos: &'a [Value],
    pub kwnames: &'a [Name],
    pub kwvalues: &'a [Value],
}

impl<'a> Args<'a> {
    pub fn positional(pos: &'a [Value]) -> Args<'a> {
        Args { pos, kwnames: &[], kwvalues: &[] }
    }

    pub fn has_kwargs(&self) -> bool {
        !self.kwnames.is_empty()
    }

    /// The keyword argument `name`, if given.
    pub fn kw(&self, name: &str) -> Option<&'a Value> {
        self.kwnames.iter().position(|n| &**n == name).map(|i| &self.kwvalues[i])
    }

    pub fn kwargs(&self) -> impl Iterator<Item = (&'a Name, &'a Value)> {
        self.kwnames.iter().zip(self.kwvalues.iter())
    }
}

/// What a builtin is, for `repr` and for binding.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BuiltinKind {
    /// A module-level function (`len`, `asyncio.sleep`).
    Function,
    /// A method of a builtin type: its first argument is `self`; bound on attribute
    /// access.
    Method,
    /// A class method of a builtin type (`dict.fromkeys`): bound to the class.
    ClassMethod,
    /// A static method of a builtin type (`str.maketrans`).
    StaticMethod,
}

pub type BuiltinImpl = fn(&mut Vm, Args) -> PyResult<Value>;

/// A builtin function or method, defined statically.
pub struct BuiltinFn {
    pub name: &'static str,
    /// The type a method belongs to (`list`), or the module of a function (`asyncio`;
    /// empty for the builtins).
    pub owner: &'static str,
    pub kind: BuiltinKind,
    pub call: BuiltinImpl,
}

impl BuiltinFn {
    pub fn is_method(&self) -> bool {
        self.kind == BuiltinKind::Method
    }
}

impl std::fmt::Debug for BuiltinFn {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "<builtin {}.{}>", self.owner, self.name)
    }
}
