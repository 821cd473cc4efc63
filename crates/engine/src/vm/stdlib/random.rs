//! `random` with CPython's exact results (Mersenne Twister, CPython's seeding and its
//! algorithm for every function). Every run starts as if `random.seed(0)` was called,
//! and `seed()`/`seed(None)` mean `seed(0)` (the oracle does the same).
//!
//! The draws come from the core ([`super::random_gen`]); this file is the Python face:
//! the module-level functions (on the VM's generator, `vm.random`), the class
//! `random.Random` (a native object owning its generator) and the argument handling of
//! `Lib/random.py`, step for step where the order matters. Where `random.py` does
//! arithmetic on the caller's arguments (`mu + z * sigma`, `b - a`, `(mode - low) /
//! (high - low)`...), the VM's own operators do it, so ints, big ints, bools and floats
//! give CPython's results and every other type CPython's TypeError, raised after the
//! same draws.

use super::random_gen::{self as core, RandomError};
use crate::syntax::ast::{BinOp, CmpOp};
use crate::vm::Vm;
use crate::vm::builtins::{arity, function, method, rest};
use crate::vm::error::{ErrKind, ExcKind, PyErr, PyResult, not_supported, overflow_error, type_error, value_error};
use crate::vm::object::class::{AttrMap, Builtin, TypeId};
use crate::vm::object::function::{Args, BuiltinFn};
use crate::vm::object::int;
use crate::vm::object::native::{NativeBox, NativeObject};
use crate::vm::object::{PyClass, PyList, PyModule, PyRange, PyStr, PyTuple};
use crate::vm::value::Value;
use num_bigint::{BigInt as Big, BigUint, Sign};
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive};
use std::any::Any;
use std::cell::RefCell;
use std::f64::consts::TAU;
use std::rc::Rc;

pub use super::random_gen::hash_float;

/// Words of the Mersenne Twister's state (`getstate()[1]` has one more item: the index).
const STATE_WORDS: usize = 624;

/// The module-level generator (`random._inst`), seeded with 0 when the run starts.
#[derive(Debug, Default)]
pub struct RandomState {
    pub mt: core::Random,
}

impl RandomState {
    pub fn new() -> RandomState {
        RandomState { mt: core::Random::new() }
    }
}

/// The exception the core names (a `"Hang"`, where CPython would loop forever, stops
/// the run as the step limit does).
fn rerr(e: RandomError) -> PyErr {
    let kind = match e.kind {
        "Hang" => return PyErr::halt("LimitError: step limit reached"),
        "TypeError" => ExcKind::TypeError,
        "IndexError" => ExcKind::IndexError,
        "ZeroDivisionError" => ExcKind::ZeroDivisionError,
        "OverflowError" => ExcKind::OverflowError,
        "MemoryError" => ExcKind::MemoryError,
        _ => ExcKind::ValueError,
    };
    PyErr::new(kind, e.message)
}

// ---------------------------------------------------------------------------- generators

/// Which generator a call draws from: the module's or a `random.Random` instance's.
#[derive(Clone)]
enum Src {
    Module,
    Inst(Rc<RefCell<core::Random>>),
}

impl Src {
    /// Runs `f` on the generator. `f` never calls back into the VM.
    #[inline]
    fn with<R>(&self, vm: &mut Vm, f: impl FnOnce(&mut core::Random) -> R) -> PyResult<R> {
        match self {
            Src::Module => Ok(f(&mut vm.random.mt)),
            Src::Inst(g) => match g.try_borrow_mut() {
                Ok(mut g) => Ok(f(&mut g)),
                Err(_) => Err(PyErr::halt("RuntimeError: a random.Random drew while drawing (a Loopscope bug)")),
            },
        }
    }

    fn draw<R>(&self, vm: &mut Vm, f: impl FnOnce(&mut core::Random) -> Result<R, RandomError>) -> PyResult<R> {
        self.with(vm, f)?.map_err(rerr)
    }

    #[inline]
    fn random(&self, vm: &mut Vm) -> PyResult<f64> {
        self.with(vm, |g| g.random())
    }

    fn randbelow(&self, vm: &mut Vm, n: u64) -> PyResult<u64> {
        self.draw(vm, |g| g.randbelow(n))
    }
}

/// A `random.Random` instance.
#[derive(Debug)]
struct RandomObj {
    mt: Rc<RefCell<core::Random>>,
}

impl NativeObject for RandomObj {
    fn type_name(&self) -> &'static str {
        "Random"
    }

    fn method(&self, name: &str) -> Option<&'static BuiltinFn> {
        METHODS.iter().find(|m| m.name == name)
    }

    fn attr(&self, vm: &mut Vm, _me: &Rc<NativeBox>, name: &str) -> Option<PyResult<Value>> {
        match name {
            "VERSION" => Some(Ok(Value::Int(3))),
            "gauss_next" => {
                let next = self.mt.try_borrow().ok().and_then(|g| g.gauss_next());
                Some(Ok(next.map_or(Value::None, Value::Float)))
            }
            "__class__" => Some(Ok(Value::Class(random_class(vm)))),
            _ => None,
        }
    }

    fn repr(&self, vm: &mut Vm, me: &Rc<NativeBox>) -> PyResult<String> {
        Ok(format!("<random.Random object at {}>", vm.address_text(&Value::Native(me.clone()))))
    }

    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// The generator of a method's `self`.
fn inst(vm: &Vm, args: &Args, name: &str) -> PyResult<Src> {
    let Some(me) = args.pos.first() else {
        return Err(type_error(format!("unbound method Random.{name}() needs an argument")));
    };
    if let Value::Native(n) = me
        && let Some(r) = n.downcast::<RandomObj>()
    {
        return Ok(Src::Inst(r.mt.clone()));
    }
    Err(type_error(format!(
        "descriptor '{name}' for '_random.Random' objects doesn't apply to a '{}' object",
        vm.type_name_of(me)
    )))
}

/// `random.Random`: the class of the instances (made on first use).
fn random_class(vm: &mut Vm) -> Rc<PyClass> {
    if let Some(c) = vm.native_classes.get("Random") {
        return c.clone();
    }
    let object = vm.types.object.clone();
    let bases = vec![object];
    let mro = crate::vm::types::linearize(&bases);
    let mut dict = AttrMap::default();
    for m in METHODS {
        dict.set(m.name.into(), Value::Builtin(m));
    }
    dict.set("VERSION".into(), Value::Int(3));
    let class = PyClass::new(
        "Random".into(),
        "Random".into(),
        "random".into(),
        bases,
        mro,
        dict,
        Builtin::Type(TypeId::Native),
        false,
    );
    vm.native_classes.insert("Random", class.clone());
    vm.types.set_constructor(&class, &RANDOM_NEW);
    class
}

static RANDOM_NEW: BuiltinFn = function("Random", random_new);

static INIT: Sig = Sig { name: "Random.__init__", params: &["x"], required: 0, kwonly: &[] };

/// `random.Random(x=None)`: a generator of its own, seeded with `x` (None: 0).
fn random_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [x] = INIT.bind(&args)?;
    let mt = Rc::new(RefCell::new(core::Random::new()));
    seed_with(vm, &Src::Inst(mt.clone()), x.unwrap_or(&Value::None), &Value::Int(2))?;
    let size = std::mem::size_of::<core::Random>();
    Ok(Value::Native(NativeBox::new(RandomObj { mt }, size)))
}

// ---------------------------------------------------------------------------- the tables

/// A module function (on the module's generator) and a method (on `self`'s) calling
/// the same implementation.
macro_rules! entry {
    ($($name:literal: $imp:ident => $m:ident, $i:ident;)*) => {
        $(
            fn $m(vm: &mut Vm, args: Args) -> PyResult<Value> {
                $imp(vm, &Src::Module, args)
            }
            fn $i(vm: &mut Vm, args: Args) -> PyResult<Value> {
                let src = inst(vm, &args, $name)?;
                $imp(vm, &src, rest(&args))
            }
        )*
        static FUNCTIONS: &[BuiltinFn] = &[$(function($name, $m)),*];
        static METHODS: &[BuiltinFn] = &[$(method("Random", $name, $i)),*];
    };
}

entry! {
    "seed": seed => m_seed, i_seed;
    "random": random => m_random, i_random;
    "getrandbits": getrandbits => m_getrandbits, i_getrandbits;
    "randbytes": randbytes => m_randbytes, i_randbytes;
    "getstate": getstate => m_getstate, i_getstate;
    "setstate": setstate => m_setstate, i_setstate;
    "randrange": randrange => m_randrange, i_randrange;
    "randint": randint => m_randint, i_randint;
    "choice": choice => m_choice, i_choice;
    "shuffle": shuffle => m_shuffle, i_shuffle;
    "sample": sample => m_sample, i_sample;
    "choices": choices => m_choices, i_choices;
    "uniform": uniform => m_uniform, i_uniform;
    "triangular": triangular => m_triangular, i_triangular;
    "normalvariate": normalvariate => m_normalvariate, i_normalvariate;
    "gauss": gauss => m_gauss, i_gauss;
    "lognormvariate": lognormvariate => m_lognormvariate, i_lognormvariate;
    "expovariate": expovariate => m_expovariate, i_expovariate;
    "vonmisesvariate": vonmisesvariate => m_vonmisesvariate, i_vonmisesvariate;
    "gammavariate": gammavariate => m_gammavariate, i_gammavariate;
    "betavariate": betavariate => m_betavariate, i_betavariate;
    "paretovariate": paretovariate => m_paretovariate, i_paretovariate;
    "weibullvariate": weibullvariate => m_weibullvariate, i_weibullvariate;
}

pub fn make(vm: &mut Vm) -> Rc<PyModule> {
    let class = random_class(vm);
    let mut attrs = AttrMap::default();
    for f in FUNCTIONS {
        attrs.set(f.name.into(), Value::Builtin(f));
    }
    attrs.set("Random".into(), Value::Class(class));
    // random.py's constants, as it computes them.
    for (name, v) in [
        ("BPF", Value::Int(53)),
        ("RECIP_BPF", Value::Float(1.0 / 9_007_199_254_740_992.0)),
        ("TWOPI", Value::Float(TAU)),
        ("LOG4", Value::Float(4.0f64.ln())),
        ("NV_MAGICCONST", Value::Float(4.0 * (-0.5f64).exp() / 2.0f64.sqrt())),
        ("SG_MAGICCONST", Value::Float(1.0 + 4.5f64.ln())),
    ] {
        attrs.set(name.into(), v);
    }
    PyModule::new("random", attrs)
}

// ---------------------------------------------------------------------------- arguments

/// The signature of a method `random.py` writes in Python: CPython's messages for its
/// arguments (which count `self`, as a bound method's do).
struct Sig {
    name: &'static str,
    params: &'static [&'static str],
    required: usize,
    kwonly: &'static [&'static str],
}

impl Sig {
    /// The arguments by parameter (positional ones, then keyword-only ones).
    fn bind<'a, const N: usize>(&self, args: &Args<'a>) -> PyResult<[Option<&'a Value>; N]> {
        let mut out = [None; N];
        let np = self.params.len();
        if N != np + self.kwonly.len() {
            return Err(PyErr::halt(format!("RuntimeError: {}() bound with {N} slots (a Loopscope bug)", self.name)));
        }
        for (slot, v) in out.iter_mut().take(np).zip(args.pos) {
            *slot = Some(v);
        }
        let mut kwonly_given = 0;
        for (k, v) in args.kwargs() {
            if let Some(i) = self.params.iter().position(|p| *p == &**k) {
                if let Some(slot) = out.get_mut(i) {
                    if slot.is_some() {
                        return Err(type_error(format!("{}() got multiple values for argument '{k}'", self.name)));
                    }
                    *slot = Some(v);
                }
            } else if let Some(j) = self.kwonly.iter().position(|p| *p == &**k)
                && let Some(slot) = out.get_mut(np + j)
            {
                *slot = Some(v);
                kwonly_given += 1;
            } else {
                return Err(type_error(format!("{}() got an unexpected keyword argument '{k}'", self.name)));
            }
        }
        if args.pos.len() > np {
            let plural = |n: usize| if n == 1 { "" } else { "s" };
            let takes = if self.required == np {
                format!("{} positional argument{}", np + 1, plural(np + 1))
            } else {
                format!("from {} to {} positional arguments", self.required + 1, np + 1)
            };
            let given = args.pos.len() + 1;
            let given = if kwonly_given > 0 {
                format!(
                    "{given} positional argument{} (and {kwonly_given} keyword-only argument{}) were given",
                    plural(given),
                    plural(kwonly_given)
                )
            } else {
                format!("{given} were given")
            };
            return Err(type_error(format!("{}() takes {takes} but {given}", self.name)));
        }
        let missing: Vec<String> =
            (0..self.required).filter(|&i| out[i].is_none()).map(|i| format!("'{}'", self.params[i])).collect();
        if !missing.is_empty() {
            let list = match missing.len() {
                1 => missing[0].clone(),
                2 => format!("{} and {}", missing[0], missing[1]),
                n => format!("{}, and {}", missing[..n - 1].join(", "), missing[n - 1]),
            };
            return Err(type_error(format!(
                "{}() missing {} required positional argument{}: {list}",
                self.name,
                missing.len(),
                if missing.len() == 1 { "" } else { "s" }
            )));
        }
        Ok(out)
    }
}

/// A required argument (`bind` checked it is there).
fn req(v: Option<&Value>) -> &Value {
    v.unwrap_or(&Value::None)
}

fn not_integer(vm: &Vm, v: &Value) -> PyErr {
    type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name_of(v)))
}

/// `operator.index(v)`: the int, or `None` when `v` has no `__index__`.
fn index_value(vm: &mut Vm, v: &Value) -> PyResult<Option<Value>> {
    match v {
        Value::Int(_) | Value::BigInt(_) => Ok(Some(v.clone())),
        Value::Bool(b) => Ok(Some(Value::Int(*b as i64))),
        Value::Instance(_) => match vm.call_dunder(v, "__index__", &[])? {
            Some(r @ (Value::Int(_) | Value::BigInt(_))) => Ok(Some(r)),
            Some(Value::Bool(b)) => Ok(Some(Value::Int(b as i64))),
            Some(other) => Err(type_error(format!("__index__ returned non-int (type {})", vm.type_name_of(&other)))),
            None => Ok(None),
        },
        _ => Ok(None),
    }
}

/// A `Py_ssize_t` argument (`itertools.repeat`'s count): negative counts are 0.
fn ssize_arg(vm: &mut Vm, v: &Value) -> PyResult<usize> {
    match index_value(vm, v)? {
        Some(Value::Int(n)) => Ok(usize::try_from(n).unwrap_or(0)),
        Some(_) => Err(overflow_error("Python int too large to convert to C ssize_t")),
        None => Err(not_integer(vm, v)),
    }
}

/// Whether an error is an exception of this class (or a subclass), as `except` sees it.
fn is_exc(vm: &Vm, e: &PyErr, kind: ExcKind) -> bool {
    let class = vm.types.exc(kind);
    match &*e.0 {
        ErrKind::New(k, _) => vm.types.exc(*k).is_subclass(class),
        ErrKind::Exc(i) => i.class.is_subclass(class),
        _ => false,
    }
}

/// A number as a float, as `math` functions convert it (`None`: not a number).
fn real(v: &Value) -> Option<PyResult<f64>> {
    match v {
        Value::Float(f) => Some(Ok(*f)),
        Value::Int(i) => Some(Ok(*i as f64)),
        Value::Bool(b) => Some(Ok(*b as i64 as f64)),
        Value::BigInt(b) => Some(int::big_to_f64(&b.v)),
        _ => None,
    }
}

/// `math.<fn>(v)`'s conversion of its argument.
fn math_arg(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    if let Some(r) = real(v) {
        return r;
    }
    if let Value::Instance(_) = v
        && let Some(r) = vm.call_dunder(v, "__float__", &[])?
    {
        return match r {
            Value::Float(f) => Ok(f),
            other => Err(type_error(format!(
                "{}.__float__ returned non-float (type {})",
                vm.type_name_of(v),
                vm.type_name_of(&other)
            ))),
        };
    }
    Err(type_error(format!("must be real number, not {}", vm.type_name_of(v))))
}

fn truthy_cmp(vm: &mut Vm, op: CmpOp, a: &Value, b: &Value) -> PyResult<bool> {
    let r = vm.compare(op, a, b)?;
    vm.truthy(&r)
}

/// Reading a sequence's items by index many times: the common types without a call
/// (and without copying them), anything else with `obj[i]`.
enum Items {
    List(Rc<PyList>),
    Tuple(Rc<PyTuple>),
    Ascii(Rc<PyStr>),
    Chars(Vec<char>),
    Range(Rc<PyRange>),
    Other,
}

impl Items {
    fn of(v: &Value) -> Items {
        match v {
            Value::List(l) => Items::List(l.clone()),
            Value::Tuple(t) => Items::Tuple(t.clone()),
            Value::Str(s) if s.is_ascii() => Items::Ascii(s.clone()),
            Value::Str(s) => Items::Chars(s.as_str().chars().collect()),
            Value::Range(r) => Items::Range(r.clone()),
            _ => Items::Other,
        }
    }

    /// `obj[i]`.
    fn get(&self, vm: &mut Vm, obj: &Value, i: usize) -> PyResult<Value> {
        let fast = match self {
            Items::List(l) => l.get(i),
            Items::Tuple(t) => t.items().get(i).cloned(),
            Items::Ascii(s) => s.char_at(i).map(|c| Value::str(c.to_string())),
            Items::Chars(c) => c.get(i).map(|c| Value::str(c.to_string())),
            Items::Range(r) => {
                ((i as i128) < r.len_exact()).then(|| crate::vm::object::range::int_value(r.item(i as i128)))
            }
            Items::Other => None,
        };
        match fast {
            Some(v) => Ok(v),
            None => vm.get_item(obj, &Value::Int(i as i64)),
        }
    }
}

// ---------------------------------------------------------------------------- seeding, state

static SEED: Sig = Sig { name: "Random.seed", params: &["a", "version"], required: 0, kwonly: &[] };

fn seed(vm: &mut Vm, src: &Src, args: Args) -> PyResult<Value> {
    let [a, version] = SEED.bind(&args)?;
    seed_with(vm, src, a.unwrap_or(&Value::None), version.unwrap_or(&Value::Int(2)))?;
    Ok(Value::None)
}

/// `Random.seed(a, version)` (`a` None is 0 in Loopscope, as in the oracle).
fn seed_with(vm: &mut Vm, src: &Src, a: &Value, version: &Value) -> PyResult<()> {
    if let Value::Str(s) = a {
        if vm.eq(version, &Value::Int(1))? {
            return src.with(vm, |g| g.seed_str_version1(s.as_str()));
        }
        if vm.eq(version, &Value::Int(2))? {
            return src.with(vm, |g| g.seed_str(s.as_str()));
        }
        // CPython seeds from hash(a), which changes from one process to the next.
        return Err(not_supported("random.seed() of a str with a version other than 1 or 2"));
    }
    // `version == 1 and ...`, `version == 2 and ...`: both comparisons are made.
    if !matches!(version, Value::Int(_)) {
        vm.eq(version, &Value::Int(1))?;
        vm.eq(version, &Value::Int(2))?;
    }
    match a {
        Value::None => src.with(vm, |g| g.seed_i64(0)),
        Value::Int(i) => src.with(vm, |g| g.seed_i64(*i)),
        Value::Bool(b) => src.with(vm, |g| g.seed_i64(*b as i64)),
        Value::BigInt(b) => {
            let words = b.v.magnitude().to_u32_digits();
            src.with(vm, |g| g.seed_words(&words))
        }
        Value::Float(f) => src.with(vm, |g| g.seed_float(*f)),
        _ => Err(rerr(RandomError::seed_type())),
    }
}

static GETSTATE: Sig = Sig { name: "Random.getstate", params: &[], required: 0, kwonly: &[] };
static SETSTATE: Sig = Sig { name: "Random.setstate", params: &["state"], required: 1, kwonly: &[] };

/// `getstate()`: `(3, (624 words..., index), gauss_next)`.
fn getstate(vm: &mut Vm, src: &Src, args: Args) -> PyResult<Value> {
    let [] = GETSTATE.bind(&args)?;
    vm.reserve(STATE_WORDS * 16)?;
    let (mut items, next) = src.with(vm, |g| {
        let (mt, index) = g.state();
        let mut items: Vec<Value> = Vec::with_capacity(STATE_WORDS + 1);
        items.extend(mt.iter().map(|&w| Value::Int(i64::from(w))));
        items.push(Value::Int(index as i64));
        (items, g.gauss_next())
    })?;
    items.shrink_to_fit();
    Ok(Value::Tuple(PyTuple::new(vec![
        Value::Int(3),
        Value::Tuple(PyTuple::new(items)),
        next.map_or(Value::None, Value::Float),
    ])))
}

/// `setstate(state)`: random.py's version check and unpacking, then the C part.
fn setstate(vm: &mut Vm, src: &Src, args: Args) -> PyResult<Value> {
    let [state] = SETSTATE.bind(&args)?;
    let state = req(state);
    let version = vm.get_item(state, &Value::Int(0))?;
    let v3 = vm.eq(&version, &Value::Int(3))?;
    if !v3 && !vm.eq(&version, &Value::Int(2))? {
        let v = vm.to_str(&version)?;
        return Err(value_error(format!("state with version {v} passed to Random.setstate() of version 3")));
    }
    let parts = vm.unpack(state, 3)?;
    let next = match &parts[2] {
        Value::None => None,
        v => match real(v) {
            Some(f) => Some(f?),
            None => return Err(not_supported("a random state whose gauss_next is not a number")),
        },
    };
    src.with(vm, |g| {
        let (mt, index) = g.state();
        let mt = *mt;
        g.set_state(mt, index, next);
    })?;
    let internal = if v3 {
        parts[1].clone()
    } else {
        // Version 2 kept signed words: `tuple(x % (2 ** 32) for x in internalstate)`.
        let it = vm.get_iter(&parts[1])?;
        let mut words = Vec::new();
        while let Some(x) = vm.next(&it)? {
            match vm.binary(BinOp::Mod, &x, &Value::Int(1 << 32)) {
                Ok(w) => words.push(w),
                Err(e) if is_exc(vm, &e, ExcKind::ValueError) => return Err(PyErr::new(ExcKind::TypeError, "")),
                Err(e) => return Err(e),
            }
        }
        Value::Tuple(PyTuple::new(words))
    };
    let Value::Tuple(t) = &internal else { return Err(type_error("state vector must be a tuple")) };
    let items = t.items();
    if items.len() != STATE_WORDS + 1 {
        return Err(value_error("state vector is the wrong size"));
    }
    let mut mt = [0u32; STATE_WORDS];
    for (word, v) in mt.iter_mut().zip(items) {
        // PyLong_AsUnsignedLong, then a cast to 32 bits.
        let n: u64 = match v {
            Value::Int(i) => {
                u64::try_from(*i).map_err(|_| overflow_error("can't convert negative value to unsigned int"))?
            }
            Value::Bool(b) => *b as u64,
            Value::BigInt(b) => {
                if b.v.is_negative() {
                    return Err(overflow_error("can't convert negative value to unsigned int"));
                }
                b.v.to_u64().ok_or_else(|| overflow_error("Python int too large to convert to C unsigned long"))?
            }
            _ => return Err(type_error("an integer is required")),
        };
        *word = n as u32;
    }
    let last = &items[STATE_WORDS];
    let index = match index_value(vm, last)? {
        Some(Value::Int(i)) => i,
        Some(_) => return Err(overflow_error("Python int too large to convert to C long")),
        None => return Err(not_integer(vm, last)),
    };
    if !(0..=STATE_WORDS as i64).contains(&index) {
        return Err(value_error("invalid state"));
    }
    src.with(vm, |g| g.set_state(mt, index as usize, next))?;
    Ok(Value::None)
}

// ---------------------------------------------------------------------------- bits and ints

/// `random()`: no allocation on the module's generator.
fn random(vm: &mut Vm, src: &Src, args: Args) -> PyResult<Value> {
    arity("Random.random", &args, 0, 0)?;
    Ok(Value::Float(src.random(vm)?))
}

/// An int from little-endian 32-bit words.
fn from_words(words: Vec<u32>) -> Value {
    int::from_big(Big::from_biguint(Sign::Plus, BigUint::new(words)))
}

fn getrandbits(vm: &mut Vm, src: &Src, args: Args) -> PyResult<Value> {
    arity("Random.getrandbits", &args, 1, 1)?;
    let v = &args.pos[0];
    let k = match index_value(vm, v)? {
        Some(Value::Int(k)) if i32::try_from(k).is_ok() => k,
        Some(_) => return Err(overflow_error("Python int too large to convert to C int")),
        None => return Err(not_integer(vm, v)),
    };
    if k < 0 {
        return Err(value_error("number of bits must be non-negative"));
    }
    if k <= 63 {
        let r = src.with(vm, |g| g.getrandbits_u64(k as u32))?;
        return Ok(Value::Int(r.unwrap_or(0) as i64));
    }
    if k as u64 > int::MAX_BITS {
        return Err(overflow_error("integer is too large for Loopscope"));
    }
    vm.reserve(k as usize / 8)?;
    let words = src.draw(vm, |g| g.getrandbits(k))?;
    Ok(from_words(words))
}

static RANDBYTES: Sig = Sig { name: "Random.randbytes", params: &["n"], required: 1, kwonly: &[] };

fn randbytes(_vm: &mut Vm, _src: &Src, args: Args) -> PyResult<Value> {
    let [_] = RANDBYTES.bind(&args)?;
    Err(not_supported("random.randbytes() (bytes)"))
}

/// `_randbelow(n)` for an int of any size (`n > 0`).
fn randbelow_big(vm: &mut Vm, src: &Src, n: &Big) -> PyResult<Big> {
    let words = n.magnitude().to_u32_digits();
    vm.reserve(words.len() * 8)?;
    let r = src.draw(vm, |g| g.randbelow_words(&words))?;
    Ok(Big::from_biguint(Sign::Plus, BigUint::new(r)))
}

fn as_big(v: &Value) -> Big {
    int::to_big(v).unwrap_or_default()
}

/// randrange's `_index(x)`, falling back on `int(x)` when it equals `x` (CPython then
/// warns that this is deprecated; the warning goes to stderr, which is not output).
fn randrange_int(vm: &mut Vm, v: &Value, which: &str) -> PyResult<Value> {
    if let Some(i) = index_value(vm, v)? {
        return Ok(i);
    }
    let int_class = Value::Class(vm.types.get(TypeId::Int).clone());
    let i = vm.call_sync(&int_class, std::slice::from_ref(v))?;
    if truthy_cmp(vm, CmpOp::NotEq, &i, v)? {
        return Err(value_error(format!("non-integer {which} for randrange()")));
    }
    Ok(i)
}

static RANDRANGE: Sig = Sig { name: "Random.randrange", params: &["start", "stop", "step"], required: 1, kwonly: &[] };

fn randrange(vm: &mut Vm, src: &Src, args: Args) -> PyResult<Value> {
    let [start, stop, step] = RANDRANGE.bind(&args)?;
    randrange_of(vm, src, req(start), stop, step)
}

fn randrange_of(vm: &mut Vm, src: &Src, start: &Value, stop: Option<&Value>, step: Option<&Value>) -> PyResult<Value> {
    let istart = randrange_int(vm, start, "arg 1")?;
    let Some(stop) = stop.filter(|s| !s.is_none()) else {
        // `step is not _ONE`: only the int 1 itself (not True, not 1.0).
        if step.is_some_and(|s| !matches!(s, Value::Int(1))) {
            return Err(rerr(RandomError::missing_stop()));
        }
        return match &istart {
            Value::Int(n) if *n > 0 => Ok(Value::Int(src.randbelow(vm, *n as u64)? as i64)),
            Value::BigInt(b) if b.v.is_positive() => {
                let r = randbelow_big(vm, src, &b.v)?;
                Ok(int::from_big(r))
            }
            _ => Err(value_error("empty range for randrange()")),
        };
    };
    let istop = randrange_int(vm, stop, "stop")?;
    let istep = match step {
        None => Value::Int(1),
        Some(s) => randrange_int(vm, s, "step")?,
    };
    if let (Value::Int(a), Value::Int(b), Value::Int(c)) = (&istart, &istop, &istep) {
        let (a, b, c) = (*a, *b, *c);
        return Ok(Value::Int(src.draw(vm, |g| g.randrange(a, Some(b), c))?));
    }
    let (a, b, c) = (as_big(&istart), as_big(&istop), as_big(&istep));
    let width = &b - &a;
    let one = Big::from(1);
    if c == one {
        if width.is_positive() {
            let r = randbelow_big(vm, src, &width)?;
            return Ok(int::from_big(a + r));
        }
        return Err(value_error(format!("empty range for randrange() ({a}, {b}, {width})")));
    }
    let n = if c.is_positive() {
        (width + &c - one).div_floor(&c)
    } else if c.is_negative() {
        (width + &c + one).div_floor(&c)
    } else {
        return Err(value_error("zero step for randrange()"));
    };
    if !n.is_positive() {
        return Err(value_error("empty range for randrange()"));
    }
    let r = randbelow_big(vm, src, &n)?;
    Ok(int::from_big(a + c * r))
}

static RANDINT: Sig = Sig { name: "Random.randint", params: &["a", "b"], required: 2, kwonly: &[] };

/// `randint(a, b)`: `randrange(a, b + 1)`.
fn randint(vm: &mut Vm, src: &Src, args: Args) -> PyResult<Value> {
    let [a, b] = RANDINT.bind(&args)?;
    let (a, b) = (req(a), req(b));
    if let (Value::Int(x), Value::Int(y)) = (a, b) {
        let (x, y) = (*x, *y);
        return Ok(Value::Int(src.draw(vm, |g| g.randint(x, y))?));
    }
    let stop = vm.binary(BinOp::Add, b, &Value::Int(1))?;
    randrange_of(vm, src, a, Some(&stop), None)
}

// ---------------------------------------------------------------------------- sequences

static CHOICE: Sig = Sig { name: "Random.choice", params: &["seq"], required: 1, kwonly: &[] };

fn choice(vm: &mut Vm, src: &Src, args: Args) -> PyResult<Value> {
    let [seq] = CHOICE.bind(&args)?;
    let seq = req(seq);
    let n = vm.len(seq)?;
    let i = src.draw(vm, |g| g.choice(n))?;
    if let Value::List(l) = seq
        && let Some(v) = l.get(i)
    {
        return Ok(v);
    }
    vm.get_item(seq, &Value::Int(i as i64))
}

static SHUFFLE: Sig = Sig { name: "Random.shuffle", params: &["x"], required: 1, kwonly: &[] };

/// `shuffle(x)`: a list in place; any other object through `x[i], x[j] = x[j], x[i]`.
fn shuffle(vm: &mut Vm, src: &Src, args: Args) -> PyResult<Value> {
    let [x] = SHUFFLE.bind(&args)?;
    let x = req(x);
    let n = vm.len(x)?;
    if let Value::List(l) = x
        && let Some(mut items) = l.try_borrow_mut()
        && items.len() == n
    {
        src.with(vm, |g| g.shuffle(&mut items[..]))?;
        return Ok(Value::None);
    }
    for i in (1..n).rev() {
        let j = src.randbelow(vm, i as u64 + 1)?;
        let (vi, vj) = (Value::Int(i as i64), Value::Int(j as i64));
        let a = vm.get_item(x, &vj)?;
        let b = vm.get_item(x, &vi)?;
        vm.set_item(x, &vi, a)?;
        vm.set_item(x, &vj, b)?;
    }
    Ok(Value::None)
}

/// `isinstance(v, collections.abc.Sequence)` for the types Loopscope has.
fn is_sequence(vm: &Vm, v: &Value) -> bool {
    match v {
        Value::List(_) | Value::Tuple(_) | Value::Str(_) | Value::Range(_) => true,
        Value::Instance(_) => vm.isinstance(v, vm.types.get(TypeId::Tuple)),
        _ => false,
    }
}

/// `if not 0 <= k <= n: raise ValueError(...)`, then `[None] * k`.
fn sample_k(vm: &mut Vm, k: &Value, n: i64) -> PyResult<i64> {
    let in_range = match k {
        Value::Int(_) | Value::Bool(_) => k.as_i64().is_some_and(|k| (0..=n).contains(&k)),
        Value::BigInt(_) => false,
        _ => truthy_cmp(vm, CmpOp::LtE, &Value::Int(0), k)? && truthy_cmp(vm, CmpOp::LtE, k, &Value::Int(n))?,
    };
    if !in_range {
        return Err(value_error("Sample larger than population or is negative"));
    }
    match k.as_i64() {
        Some(k) => Ok(k),
        None => {
            let one = Value::List(PyList::new(vec![Value::None]));
            vm.binary(BinOp::Mul, &one, k)?;
            Err(not_supported("random.sample() with a k that is not an int"))
        }
    }
}

static SAMPLE: Sig = Sig { name: "Random.sample", params: &["population", "k"], required: 2, kwonly: &["counts"] };

fn sample(vm: &mut Vm, src: &Src, args: Args) -> PyResult<Value> {
    let [population, k, counts] = SAMPLE.bind(&args)?;
    let (population, k) = (req(population), req(k));
    if !is_sequence(vm, population) {
        return Err(type_error("Population must be a sequence.  For dicts or sets, use sorted(d)."));
    }
    let n = vm.len(population)?;
    if let Some(counts) = counts.filter(|c| !c.is_none()) {
        return sample_counts(vm, src, population, n, counts, k);
    }
    let k = sample_k(vm, k, n as i64)?;
    vm.reserve(reserve_items(k))?;
    let picks = src.draw(vm, |g| g.sample(n as u64, k))?;
    let items = Items::of(population);
    let mut out = Vec::with_capacity(picks.len());
    for i in picks {
        out.push(items.get(vm, population, i as usize)?);
    }
    Ok(Value::List(PyList::new(out)))
}

/// The bytes of a list of `k` items.
fn reserve_items(k: i64) -> usize {
    usize::try_from(k).unwrap_or(usize::MAX).saturating_mul(16)
}

/// `itertools.accumulate(values)` as a list.
fn accumulate(vm: &mut Vm, values: &Value) -> PyResult<Vec<Value>> {
    let it = vm.get_iter(values)?;
    let mut out: Vec<Value> = Vec::new();
    while let Some(x) = vm.next(&it)? {
        let total = match out.last() {
            None => x,
            Some(acc) => {
                let acc = acc.clone();
                vm.binary(BinOp::Add, &acc, &x)?
            }
        };
        if out.len() % 4096 == 4095 {
            vm.reserve(out.len() * 16)?;
        }
        out.push(total);
    }
    Ok(out)
}

/// `sample(population, k, counts=counts)`: `sample(range(total), k)` mapped back
/// through the cumulative counts.
fn sample_counts(vm: &mut Vm, src: &Src, population: &Value, n: usize, counts: &Value, k: &Value) -> PyResult<Value> {
    let mut cum = accumulate(vm, counts)?;
    if cum.len() != n {
        return Err(value_error("The number of counts does not match the population"));
    }
    let Some(total) = cum.pop() else { return Err(PyErr::new(ExcKind::IndexError, "pop from empty list")) };
    if !int::is_int(&total) {
        return Err(rerr(RandomError::counts_not_integers()));
    }
    let total = as_big(&total);
    if !total.is_positive() {
        return Err(value_error("Total of counts must be greater than zero"));
    }
    // `len(range(total))` must fit a Py_ssize_t.
    let Some(total) = total.to_i64() else {
        return Err(overflow_error("Python int too large to convert to C ssize_t"));
    };
    let k = sample_k(vm, k, total)?;
    vm.reserve(reserve_items(k))?;
    let picks = src.draw(vm, |g| g.sample(total as u64, k))?;
    // Every cumulative count is an int here (their total is); saturated to i128, they
    // order the draws (all in [0, total)) as the exact values do.
    let bounds: Vec<i128> = cum
        .iter()
        .map(|c| match c {
            Value::Int(i) => i128::from(*i),
            Value::Bool(b) => i128::from(*b),
            Value::BigInt(b) => b.v.to_i128().unwrap_or(if b.v.is_negative() { i128::MIN } else { i128::MAX }),
            _ => 0,
        })
        .collect();
    let items = Items::of(population);
    let mut out = Vec::with_capacity(picks.len());
    for s in picks {
        let i = bounds.partition_point(|&b| b <= i128::from(s));
        out.push(items.get(vm, population, i)?);
    }
    Ok(Value::List(PyList::new(out)))
}

static CHOICES: Sig =
    Sig { name: "Random.choices", params: &["population", "weights"], required: 1, kwonly: &["cum_weights", "k"] };

fn choices(vm: &mut Vm, src: &Src, args: Args) -> PyResult<Value> {
    let [population, weights, cum_weights, k] = CHOICES.bind(&args)?;
    let population = req(population);
    let k = k.unwrap_or(&Value::Int(1));
    let weights = weights.filter(|w| !w.is_none());
    let n = vm.len(population)?;
    let cum = match (cum_weights.filter(|c| !c.is_none()), weights) {
        (None, None) => {
            let k = ssize_arg(vm, k)?;
            vm.reserve(k.saturating_mul(16))?;
            let items = Items::of(population);
            let nf = n as f64;
            let mut out = Vec::with_capacity(k);
            for _ in 0..k {
                let i = (src.random(vm)? * nf).floor() as usize;
                out.push(items.get(vm, population, i)?);
            }
            return Ok(Value::List(PyList::new(out)));
        }
        (None, Some(w)) => match accumulate(vm, w) {
            Ok(c) => Value::List(PyList::new(c)),
            Err(e) if int::is_int(w) && is_exc(vm, &e, ExcKind::TypeError) => {
                let k = vm.repr(w)?;
                return Err(type_error(format!("The number of choices must be a keyword argument: k={k}")));
            }
            Err(e) => return Err(e),
        },
        (Some(c), None) => c.clone(),
        (Some(_), Some(_)) => return Err(type_error("Cannot specify both weights and cumulative weights")),
    };
    if vm.len(&cum)? != n {
        return Err(value_error("The number of weights does not match the population"));
    }
    let last = vm.get_item(&cum, &Value::Int(-1))?;
    let total = vm.binary(BinOp::Add, &last, &Value::Float(0.0))?;
    if truthy_cmp(vm, CmpOp::LtE, &total, &Value::Float(0.0))? {
        return Err(value_error("Total of weights must be greater than zero"));
    }
    if !math_arg(vm, &total)?.is_finite() {
        return Err(value_error("Total of weights must be finite"));
    }
    let Value::Float(total) = total else {
        return Err(not_supported("random.choices() with weights that are not numbers"));
    };
    let hi = n.saturating_sub(1);
    let k = ssize_arg(vm, k)?;
    vm.reserve(k.saturating_mul(16))?;
    let bounds = Items::of(&cum);
    let items = Items::of(population);
    let mut out = Vec::with_capacity(k);
    for _ in 0..k {
        let x = src.random(vm)? * total;
        // bisect.bisect_right(cum_weights, x, 0, hi), comparison for comparison.
        let (mut lo, mut hi) = (0, hi);
        while lo < hi {
            let mid = (lo + hi) / 2;
            let b = bounds.get(vm, &cum, mid)?;
            let below = match b {
                Value::Float(b) => x < b,
                Value::Int(b) => int::cmp_i64_f64(b, x) == Some(std::cmp::Ordering::Greater),
                other => truthy_cmp(vm, CmpOp::Lt, &Value::Float(x), &other)?,
            };
            if below {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        out.push(items.get(vm, population, lo)?);
    }
    Ok(Value::List(PyList::new(out)))
}

// ---------------------------------------------------------------------------- real distributions

/// `mu + z * sigma`.
fn affine(vm: &mut Vm, mu: &Value, z: f64, sigma: &Value) -> PyResult<Value> {
    if let (Value::Float(m), Value::Float(s)) = (mu, sigma) {
        return Ok(Value::Float(m + z * s));
    }
    let zs = vm.binary(BinOp::Mul, &Value::Float(z), sigma)?;
    vm.binary(BinOp::Add, mu, &zs)
}

static UNIFORM: Sig = Sig { name: "Random.uniform", params: &["a", "b"], required: 2, kwonly: &[] };

/// `a + (b - a) * random()`.
fn uniform(vm: &mut Vm, src: &Src, args: Args) -> PyResult<Value> {
    let [a, b] = UNIFORM.bind(&args)?;
    let (a, b) = (req(a), req(b));
    if let (Value::Float(x), Value::Float(y)) = (a, b) {
        let (x, y) = (*x, *y);
        return Ok(Value::Float(x + (y - x) * src.random(vm)?));
    }
    let width = vm.binary(BinOp::Sub, b, a)?;
    let r = src.random(vm)?;
    let step = vm.binary(BinOp::Mul, &width, &Value::Float(r))?;
    vm.binary(BinOp::Add, a, &step)
}

static TRIANGULAR: Sig = Sig { name: "Random.triangular", params: &["low", "high", "mode"], required: 0, kwonly: &[] };

fn triangular(vm: &mut Vm, src: &Src, args: Args) -> PyResult<Value> {
    let [low, high, mode] = TRIANGULAR.bind(&args)?;
    let mut low = low.cloned().unwrap_or(Value::Float(0.0));
    let mut high = high.cloned().unwrap_or(Value::Float(1.0));
    let mut u = src.random(vm)?;
    let mut c = match mode.filter(|m| !m.is_none()) {
        None => Value::Float(0.5),
        Some(mode) => match mode_ratio(vm, mode, &low, &high) {
            Ok(c) => c,
            Err(e) if is_exc(vm, &e, ExcKind::ZeroDivisionError) => return Ok(low),
            Err(e) => return Err(e),
        },
    };
    if truthy_cmp(vm, CmpOp::Gt, &Value::Float(u), &c)? {
        u = 1.0 - u;
        c = vm.binary(BinOp::Sub, &Value::Float(1.0), &c)?;
        std::mem::swap(&mut low, &mut high);
    }
    let width = vm.binary(BinOp::Sub, &high, &low)?;
    let uc = vm.binary(BinOp::Mul, &Value::Float(u), &c)?;
    let uc = math_arg(vm, &uc)?;
    if uc < 0.0 {
        return Err(value_error("math domain error"));
    }
    let step = vm.binary(BinOp::Mul, &width, &Value::Float(uc.sqrt()))?;
    vm.binary(BinOp::Add, &low, &step)
}

/// `(mode - low) / (high - low)`.
fn mode_ratio(vm: &mut Vm, mode: &Value, low: &Value, high: &Value) -> PyResult<Value> {
    let num = vm.binary(BinOp::Sub, mode, low)?;
    let den = vm.binary(BinOp::Sub, high, low)?;
    vm.binary(BinOp::Div, &num, &den)
}

static NORMAL: Sig = Sig { name: "Random.normalvariate", params: &["mu", "sigma"], required: 0, kwonly: &[] };
static GAUSS: Sig = Sig { name: "Random.gauss", params: &["mu", "sigma"], required: 0, kwonly: &[] };
static LOGNORMAL: Sig = Sig { name: "Random.lognormvariate", params: &["mu", "sigma"], required: 2, kwonly: &[] };

fn normalvariate(vm: &mut Vm, src: &Src, args: Args) -> PyResult<Value> {
    let [mu, sigma] = NORMAL.bind(&args)?;
    // `-0.0 + z * 1.0` is z itself, sign of zero included.
    let z = src.with(vm, |g| g.normalvariate(-0.0, 1.0))?;
    affine(vm, mu.unwrap_or(&Value::Float(0.0)), z, sigma.unwrap_or(&Value::Float(1.0)))
}

fn gauss(vm: &mut Vm, src: &Src, args: Args) -> PyResult<Value> {
    let [mu, sigma] = GAUSS.bind(&args)?;
    let z = src.with(vm, |g| g.gauss(-0.0, 1.0))?;
    affine(vm, mu.unwrap_or(&Value::Float(0.0)), z, sigma.unwrap_or(&Value::Float(1.0)))
}

/// `exp(normalvariate(mu, sigma))`.
fn lognormvariate(vm: &mut Vm, src: &Src, args: Args) -> PyResult<Value> {
    let [mu, sigma] = LOGNORMAL.bind(&args)?;
    let z = src.with(vm, |g| g.normalvariate(-0.0, 1.0))?;
    let v = affine(vm, req(mu), z, req(sigma))?;
    let x = math_arg(vm, &v)?;
    let r = x.exp();
    if r.is_infinite() && x.is_finite() {
        return Err(overflow_error("math range error"));
    }
    Ok(Value::Float(r))
}

static EXPO: Sig = Sig { name: "Random.expovariate", params: &["lambd"], required: 1, kwonly: &[] };

/// `-log(1.0 - random()) / lambd`.
fn expovariate(vm: &mut Vm, src: &Src, args: Args) -> PyResult<Value> {
    let [lambd] = EXPO.bind(&args)?;
    let x = -(1.0 - src.random(vm)?).ln();
    vm.binary(BinOp::Div, &Value::Float(x), req(lambd))
}

static VONMISES: Sig = Sig { name: "Random.vonmisesvariate", params: &["mu", "kappa"], required: 2, kwonly: &[] };

fn vonmisesvariate(vm: &mut Vm, src: &Src, args: Args) -> PyResult<Value> {
    let [mu, kappa] = VONMISES.bind(&args)?;
    let (mu, kappa) = (req(mu), req(kappa));
    if truthy_cmp(vm, CmpOp::LtE, kappa, &Value::Float(1e-6))? {
        return Ok(Value::Float(TAU * src.random(vm)?));
    }
    // `s = 0.5 / kappa` raises what it raises; after it kappa is a float.
    vm.binary(BinOp::Div, &Value::Float(0.5), kappa)?;
    let Some(kappa) = real(kappa) else {
        return Err(not_supported("random.vonmisesvariate() with a kappa that is not a number"));
    };
    let kappa = kappa?;
    match real(mu) {
        Some(Ok(mu)) => Ok(Value::Float(src.draw(vm, |g| g.vonmisesvariate(mu, kappa))?)),
        _ => {
            // The draws happen first; then `mu + acos(f)` (when the last draw, u3, is
            // above 0.5) or `mu - acos(f)` fails. u3 is found by replaying the draws on
            // a copy of the generator until it is where the real one stopped.
            let mut copy = src.with(vm, |g| g.clone())?;
            let theta = src.draw(vm, |g| g.vonmisesvariate(0.0, kappa))?;
            let mut u3 = 0.0;
            for _ in 0..2 * core::MAX_REJECTIONS + 2 {
                u3 = copy.random();
                if src.with(vm, |g| g.state() == copy.state())? {
                    break;
                }
            }
            let acos = if theta > std::f64::consts::PI { TAU - theta } else { theta };
            let op = if u3 > 0.5 { BinOp::Add } else { BinOp::Sub };
            vm.binary(op, mu, &Value::Float(acos))?;
            Err(not_supported("random.vonmisesvariate() with a mu that is not a number"))
        }
    }
}

static GAMMA: Sig = Sig { name: "Random.gammavariate", params: &["alpha", "beta"], required: 2, kwonly: &[] };
static BETA: Sig = Sig { name: "Random.betavariate", params: &["alpha", "beta"], required: 2, kwonly: &[] };

fn gammavariate(vm: &mut Vm, src: &Src, args: Args) -> PyResult<Value> {
    let [alpha, beta] = GAMMA.bind(&args)?;
    gamma_of(vm, src, req(alpha), req(beta))
}

fn gamma_of(vm: &mut Vm, src: &Src, alpha: &Value, beta: &Value) -> PyResult<Value> {
    let zero = Value::Float(0.0);
    if truthy_cmp(vm, CmpOp::LtE, alpha, &zero)? || truthy_cmp(vm, CmpOp::LtE, beta, &zero)? {
        return Err(value_error("gammavariate: alpha and beta must be > 0.0"));
    }
    let Some(alpha) = real(alpha) else {
        return Err(not_supported("random.gammavariate() with an alpha that is not a number"));
    };
    let alpha = alpha?;
    let x = src.draw(vm, |g| g.gammavariate(alpha, 1.0))?;
    if let Value::Float(b) = beta {
        return Ok(Value::Float(x * b));
    }
    vm.binary(BinOp::Mul, &Value::Float(x), beta)
}

fn betavariate(vm: &mut Vm, src: &Src, args: Args) -> PyResult<Value> {
    let [alpha, beta] = BETA.bind(&args)?;
    let one = Value::Float(1.0);
    let y = gamma_of(vm, src, req(alpha), &one)?;
    if vm.truthy(&y)? {
        let other = gamma_of(vm, src, req(beta), &one)?;
        let sum = vm.binary(BinOp::Add, &y, &other)?;
        return vm.binary(BinOp::Div, &y, &sum);
    }
    Ok(Value::Float(0.0))
}

static PARETO: Sig = Sig { name: "Random.paretovariate", params: &["alpha"], required: 1, kwonly: &[] };

/// `(1.0 - random()) ** (-1.0 / alpha)`.
fn paretovariate(vm: &mut Vm, src: &Src, args: Args) -> PyResult<Value> {
    let [alpha] = PARETO.bind(&args)?;
    let u = 1.0 - src.random(vm)?;
    let e = vm.binary(BinOp::Div, &Value::Float(-1.0), req(alpha))?;
    vm.binary(BinOp::Pow, &Value::Float(u), &e)
}

static WEIBULL: Sig = Sig { name: "Random.weibullvariate", params: &["alpha", "beta"], required: 2, kwonly: &[] };

/// `alpha * (-log(1.0 - random())) ** (1.0 / beta)`.
fn weibullvariate(vm: &mut Vm, src: &Src, args: Args) -> PyResult<Value> {
    let [alpha, beta] = WEIBULL.bind(&args)?;
    let u = 1.0 - src.random(vm)?;
    let base = -u.ln();
    let e = vm.binary(BinOp::Div, &Value::Float(1.0), req(beta))?;
    let p = vm.binary(BinOp::Pow, &Value::Float(base), &e)?;
    vm.binary(BinOp::Mul, req(alpha), &p)
}
