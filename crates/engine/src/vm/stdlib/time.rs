//! `time` on the virtual clock: `sleep` blocks the whole loop (and advances the clock),
//! `time`/`monotonic`/`perf_counter` read it, and the wall-clock functions (`gmtime`,
//! `localtime`, `strftime`, `asctime`, `ctime`, `mktime`) read it as seconds since the
//! epoch in UTC, as the oracle does. The formatting and the checks are the clock core's
//! ([`super::clock`]); this file converts the Python arguments the way CPython's
//! `timemodule.c` does, in its order, and makes `time.struct_time`.
//!
//! `struct_time` is a class deriving from `tuple` whose instances are ordinary objects
//! holding the eleven fields as attributes (`tm_year` ... `tm_gmtoff`) and answering the
//! tuple protocol (indexing, `len`, iteration, comparisons, `hash`, `+`, `*`) through
//! builtin dunder methods on the first nine: no hook in the VM.

use super::clock::{self, ClockError, StructTime};
use crate::syntax::ast::{BinOp, CmpOp};
use crate::trace::EventKind;
use crate::vm::Vm;
use crate::vm::builtins::{arity, function, method, no_kwargs, this};
use crate::vm::error::{ExcKind, PyErr, PyResult, attribute_error, overflow_error, type_error, value_error};
use crate::vm::object::class::{AttrMap, Builtin, TypeId};
use crate::vm::object::function::{Args, BuiltinFn};
use crate::vm::object::{PyClass, PyInstance, PyModule, PyTuple};
use crate::vm::value::Value;
use std::rc::Rc;

static FUNCTIONS: &[BuiltinFn] = &[
    function("sleep", sleep),
    function("time", now),
    function("monotonic", now),
    function("perf_counter", now),
    function("time_ns", now_ns),
    function("monotonic_ns", now_ns),
    function("perf_counter_ns", now_ns),
    function("gmtime", gmtime),
    function("localtime", localtime),
    function("strftime", strftime),
    function("asctime", asctime),
    function("ctime", ctime),
    function("mktime", mktime),
];

pub fn make(vm: &mut Vm) -> Rc<PyModule> {
    let mut attrs = AttrMap::default();
    for f in FUNCTIONS {
        attrs.set(f.name.into(), Value::Builtin(f));
    }
    attrs.set("struct_time".into(), Value::Class(struct_time_class(vm)));
    // The oracle's machine: local time is UTC.
    attrs.set("timezone".into(), Value::Int(0));
    attrs.set("altzone".into(), Value::Int(0));
    attrs.set("daylight".into(), Value::Int(0));
    let tzname = clock::TZNAME.iter().map(|z| Value::str(*z)).collect::<Vec<_>>();
    attrs.set("tzname".into(), Value::Tuple(PyTuple::new(tzname)));
    PyModule::new("time", attrs)
}

fn now(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity("time", &args, 0, 0)?;
    Ok(Value::Float(vm.now))
}

fn now_ns(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity("time_ns", &args, 0, 0)?;
    crate::vm::object::int::from_f64((vm.now * 1e9).round())
}

/// `time.sleep(secs)`: holds the loop; no other task runs meanwhile.
fn sleep(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity("sleep", &args, 1, 1)?;
    let s = match &args.pos[0] {
        Value::Int(i) => *i as f64,
        Value::Bool(b) => *b as i64 as f64,
        Value::Float(f) => *f,
        Value::BigInt(b) => crate::vm::object::int::big_to_f64(&b.v).unwrap_or(f64::INFINITY),
        other => {
            return Err(type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name_of(other))));
        }
    };
    if s.is_nan() {
        return Err(value_error("Invalid value NaN (not a number)"));
    }
    if s < 0.0 {
        return Err(value_error("sleep length must be non-negative"));
    }
    if s.is_infinite() {
        return Err(overflow_error("timestamp too large to convert to C _PyTime_t"));
    }
    let when = vm.now + s;
    if when > vm.limits.max_time {
        return Err(PyErr::halt(format!("LimitError: virtual time limit of {:.0} s reached", vm.limits.max_time)));
    }
    if let Some(task) = vm.task {
        vm.record(EventKind::Blocked { task, secs: s });
    }
    vm.now = vm.now.max(when);
    Ok(Value::None)
}

// ---------------------------------------------------------------------------- arguments

/// The exception a clock-core error names.
fn cerr(e: ClockError) -> PyErr {
    let kind = match e.kind {
        "OverflowError" => ExcKind::OverflowError,
        "TypeError" => ExcKind::TypeError,
        "OSError" => ExcKind::OSError,
        _ => ExcKind::ValueError,
    };
    PyErr::new(kind, e.message)
}

fn not_integer(vm: &Vm, v: &Value) -> PyErr {
    type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name_of(v)))
}

/// `PyLong_AsLong(v)`: an int (through `__index__`) that fits a C long.
fn c_long(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    let r = match v {
        Value::Instance(_) => match vm.call_dunder(v, "__index__", &[])? {
            Some(r @ (Value::Int(_) | Value::Bool(_) | Value::BigInt(_))) => r,
            Some(other) => {
                return Err(type_error(format!("__index__ returned non-int (type {})", vm.type_name_of(&other))));
            }
            None => return Err(not_integer(vm, v)),
        },
        other => other.clone(),
    };
    match r {
        Value::Int(i) => Ok(i),
        Value::Bool(b) => Ok(b as i64),
        Value::BigInt(_) => Err(cerr(clock::c_long_overflow())),
        other => Err(not_integer(vm, &other)),
    }
}

/// `PyArg_ParseTuple(args, "|O:name")`: at most one positional argument (None counts
/// as absent: the oracle's functions read the clock then).
fn optional_arg<'a>(name: &str, args: &Args<'a>) -> PyResult<Option<&'a Value>> {
    no_kwargs(name, args)?;
    if args.pos.len() > 1 {
        return Err(type_error(format!("{name}() takes at most 1 argument ({} given)", args.pos.len())));
    }
    Ok(args.pos.first().filter(|v| !v.is_none()))
}

/// `gmtime(secs)`: a float is floored, an int taken as a C `time_t`; no time is the
/// virtual clock.
fn gmtime_of(vm: &mut Vm, secs: Option<&Value>) -> PyResult<StructTime> {
    let r = match secs {
        None => clock::gmtime(vm.now),
        Some(Value::Float(f)) => clock::gmtime(*f),
        Some(v) => match c_long(vm, v) {
            Ok(i) => clock::gmtime_i64(i),
            Err(e) if e.is_new(ExcKind::OverflowError) => Err(clock::time_t_overflow()),
            Err(e) => return Err(e),
        },
    };
    r.map_err(cerr)
}

/// A time tuple as CPython's `gettmarg` reads it: a tuple (a struct_time too) of nine
/// C ints, each checked in turn, the year's lower bound, then a struct_time's
/// `tm_zone` and `tm_gmtoff`. The range checks (`checktm`) are the core's.
fn time_tuple(vm: &mut Vm, v: &Value, func: &str) -> PyResult<StructTime> {
    let (items, extra) = match v {
        Value::Tuple(t) => (t.items().to_vec(), None),
        Value::Instance(i) if is_struct_time(vm, i) => {
            let [f @ .., zone, gmtoff] = fields(i);
            (f.to_vec(), Some((zone, gmtoff)))
        }
        _ => return Err(cerr(clock::tuple_required())),
    };
    if items.len() != 9 {
        return Err(cerr(clock::illegal_time_tuple(func)));
    }
    let mut f = [0i64; 9];
    for (i, item) in items.iter().enumerate() {
        // PyArg's "i" refuses a float before reading it.
        if let Value::Float(_) = item {
            return Err(not_integer(vm, item));
        }
        let x = c_long(vm, item)?;
        if i32::try_from(x).is_err() {
            let mut probe = [0i64; 9];
            probe[i] = x;
            clock::check_tuple_ints(probe).map_err(cerr)?;
        }
        f[i] = x;
    }
    clock::check_tuple_ints(f).map_err(cerr)?;
    let mut t = StructTime::from_fields(f);
    if let Some((zone, gmtoff)) = extra {
        match zone {
            Value::None => {}
            Value::Str(s) => t.zone = Some(s.as_str().to_string()),
            _ => return Err(cerr(clock::bad_argument_type())),
        }
        if !gmtoff.is_none() {
            t.gmtoff = Some(c_long(vm, &gmtoff)?);
        }
    }
    Ok(t)
}

// ---------------------------------------------------------------------------- functions

fn gmtime(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let secs = optional_arg("gmtime", &args)?;
    let t = gmtime_of(vm, secs)?;
    Ok(new_struct_time(vm, &t))
}

/// `localtime(secs)`: the local zone is UTC (the oracle's `gmtime`).
fn localtime(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let secs = optional_arg("localtime", &args)?;
    let t = gmtime_of(vm, secs)?;
    Ok(new_struct_time(vm, &t))
}

/// `ctime(secs)`: `asctime(gmtime(secs))`.
fn ctime(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let secs = optional_arg("ctime", &args)?;
    let t = gmtime_of(vm, secs)?;
    Ok(Value::str(clock::asctime(&t).map_err(cerr)?))
}

/// `asctime(t)`; no time (or None) is the virtual clock.
fn asctime(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity("asctime", &args, 0, 1)?;
    let t = match args.pos.first().filter(|v| !v.is_none()) {
        None => gmtime_of(vm, None)?,
        Some(v) => time_tuple(vm, v, "asctime")?,
    };
    Ok(Value::str(clock::asctime(&t).map_err(cerr)?))
}

/// `strftime(format, t)`; no time (or None) is the virtual clock.
fn strftime(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs("strftime", &args)?;
    let n = args.pos.len();
    if n == 0 {
        return Err(type_error("strftime() takes at least 1 argument (0 given)"));
    }
    if n > 2 {
        return Err(type_error(format!("strftime() takes at most 2 arguments ({n} given)")));
    }
    let Value::Str(fmt) = &args.pos[0] else {
        return Err(type_error(format!("strftime() argument 1 must be str, not {}", vm.type_name_of(&args.pos[0]))));
    };
    let t = match args.pos.get(1).filter(|v| !v.is_none()) {
        None => gmtime_of(vm, None)?,
        Some(v) => time_tuple(vm, v, "strftime")?,
    };
    Ok(Value::str(clock::strftime(fmt.as_str(), &t).map_err(cerr)?))
}

/// `mktime(t)`: glibc's `mktime` with the local zone UTC.
fn mktime(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity("time.mktime", &args, 1, 1)?;
    let t = time_tuple(vm, &args.pos[0], "mktime")?;
    match mktime_utc(&t) {
        Some(s) => Ok(Value::Float(s as f64)),
        None => Err(overflow_error("mktime argument out of range")),
    }
}

/// Days from 1970-01-01 to `y`-`m`-`d` (proleptic Gregorian, `m` in 1..=12).
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * ((m + 9) % 12) + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146097 + doe - 719468
}

/// The year of a day count from 1970-01-01.
fn year_of_days(z: i64) -> i64 {
    let z = z + 719468;
    let era = z.div_euclid(146097);
    let doe = z - era * 146097;
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    yoe + era * 400 + i64::from(mp >= 10)
}

/// glibc's `mktime` in a UTC zone, fields not range-checked (a month of 14 is next
/// February): the seconds, an hour less when `tm_isdst > 0` (glibc assumes a DST it
/// cannot find); `None` when the result's year does not fit a `struct tm`.
fn mktime_utc(t: &StructTime) -> Option<i64> {
    // The C fields: tm_mon = mon - 1 in int arithmetic, then glibc's month carry.
    let mon = i64::from(i32::try_from(t.mon).ok()?.wrapping_sub(1));
    let year = t.year + mon.div_euclid(12);
    let days = days_from_civil(year, mon.rem_euclid(12) + 1, 1) + t.mday - 1;
    let mut secs = days * 86400 + t.hour * 3600 + t.min * 60 + t.sec;
    if t.isdst > 0 {
        secs -= 3600;
    }
    i32::try_from(year_of_days(secs.div_euclid(86400)) - 1900).ok().map(|_| secs)
}

// ---------------------------------------------------------------------------- struct_time

const FIELD_NAMES: [&str; 11] = [
    "tm_year",
    "tm_mon",
    "tm_mday",
    "tm_hour",
    "tm_min",
    "tm_sec",
    "tm_wday",
    "tm_yday",
    "tm_isdst",
    "tm_zone",
    "tm_gmtoff",
];

/// The `time` module's state in the VM: the `struct_time` class of the run.
pub struct TimeState {
    struct_time: Rc<PyClass>,
}

/// `time.struct_time`, made once per run.
fn struct_time_class(vm: &mut Vm) -> Rc<PyClass> {
    if let Some(s) = vm.ext::<TimeState>() {
        return s.struct_time.clone();
    }
    let tuple = vm.types.get(TypeId::Tuple).clone();
    let bases = vec![tuple];
    let mro = crate::vm::types::linearize(&bases);
    let mut dict = AttrMap::default();
    for m in STRUCT_TIME_METHODS {
        dict.set(m.name.into(), Value::Builtin(m));
    }
    dict.set("n_fields".into(), Value::Int(11));
    dict.set("n_sequence_fields".into(), Value::Int(9));
    dict.set("n_unnamed_fields".into(), Value::Int(0));
    // The class is named "time.struct_time", as CPython's messages name it
    // ('time.struct_time' object has no attribute ...); its repr comes from the module
    // and the qualname, and `__name__` from here.
    dict.set("__name__".into(), Value::str("struct_time"));
    let class = PyClass::new(
        "time.struct_time".into(),
        "struct_time".into(),
        "time".into(),
        bases,
        mro,
        dict,
        Builtin::Object,
        true,
    );
    vm.types.set_constructor(&class, &STRUCT_TIME_NEW);
    vm.set_ext(Rc::new(TimeState { struct_time: class.clone() }));
    class
}

fn is_struct_time(vm: &Vm, i: &Rc<PyInstance>) -> bool {
    vm.ext::<TimeState>().is_some_and(|s| i.class.is_subclass(&s.struct_time))
}

/// A struct_time of these eleven values.
fn struct_time_of(vm: &mut Vm, values: [Value; 11]) -> Value {
    // The nine visible fields are also its tuple value (tuple's methods work on it).
    let tuple = Value::Tuple(PyTuple::new(values[..9].to_vec()));
    let i = PyInstance::with_base(struct_time_class(vm), tuple);
    {
        let mut attrs = i.attrs.borrow_mut();
        for (name, v) in FIELD_NAMES.iter().zip(values) {
            attrs.set((*name).into(), v);
        }
    }
    i.recharge();
    Value::Instance(i)
}

fn new_struct_time(vm: &mut Vm, t: &StructTime) -> Value {
    let f = t.fields();
    let values = std::array::from_fn(|k| match k {
        0..=8 => Value::Int(f[k]),
        9 => t.zone.as_deref().map_or(Value::None, Value::str),
        _ => t.gmtoff.map_or(Value::None, Value::Int),
    });
    struct_time_of(vm, values)
}

/// The eleven values of a struct_time.
fn fields(i: &PyInstance) -> [Value; 11] {
    std::array::from_fn(|k| i.get_attr(FIELD_NAMES[k]).unwrap_or(Value::None))
}

/// The nine visible fields as a tuple.
fn visible(i: &PyInstance) -> Rc<PyTuple> {
    let [f @ .., _, _] = fields(i);
    PyTuple::new(f.to_vec())
}

/// A tuple, or a struct_time's visible fields.
fn tuple_of(vm: &Vm, v: &Value) -> Option<Rc<PyTuple>> {
    match v {
        Value::Tuple(t) => Some(t.clone()),
        Value::Instance(i) if is_struct_time(vm, i) => Some(visible(i)),
        _ => None,
    }
}

static STRUCT_TIME_NEW: BuiltinFn = function("struct_time", struct_time_new);

/// `time.struct_time(sequence, dict=None)`: 9 to 11 values of any type.
fn struct_time_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    const NAMES: [&str; 2] = ["sequence", "dict"];
    for k in args.kwnames {
        if !NAMES.contains(&&**k) {
            return Err(type_error(format!("'{k}' is an invalid keyword argument for structseq()")));
        }
    }
    let total = args.pos.len() + args.kwnames.len();
    if total > 2 {
        return Err(type_error(format!("structseq() takes at most 2 arguments ({total} given)")));
    }
    for (i, name) in NAMES.iter().enumerate() {
        if args.pos.len() > i && args.kw(name).is_some() {
            return Err(type_error(format!(
                "argument for structseq() given by name ('{name}') and position ({})",
                i + 1
            )));
        }
    }
    let Some(seq) = args.pos.first().or_else(|| args.kw("sequence")) else {
        return Err(type_error("structseq() missing required argument 'sequence' (pos 1)"));
    };
    let dict = args.pos.get(1).or_else(|| args.kw("dict"));
    let items = match seq {
        Value::List(l) => l.snapshot(),
        Value::Tuple(t) => t.items().to_vec(),
        other => {
            let it = vm
                .get_iter(other)
                .map_err(|e| if e.is_new(ExcKind::TypeError) { cerr(clock::struct_time_not_sequence()) } else { e })?;
            let mut items = Vec::new();
            while let Some(x) = vm.next(&it)? {
                if items.len() > 11 {
                    break;
                }
                items.push(x);
            }
            items
        }
    };
    let dict = match dict {
        None => None,
        Some(Value::Dict(d)) => Some(d.clone()),
        Some(_) => return Err(type_error("time.struct_time() takes a dict as second arg, if any")),
    };
    clock::check_struct_time_len(items.len()).map_err(cerr)?;
    let mut values: [Value; 11] = std::array::from_fn(|_| Value::None);
    for (slot, v) in values.iter_mut().zip(items.iter()) {
        *slot = v.clone();
    }
    if let Some(d) = dict {
        for k in items.len()..11 {
            if let Some(v) = vm.dict_get_str(&d, FIELD_NAMES[k]) {
                values[k] = v;
            }
        }
    }
    Ok(struct_time_of(vm, values))
}

static STRUCT_TIME_METHODS: &[BuiltinFn] = &[
    method("time.struct_time", "__repr__", st_repr),
    method("time.struct_time", "__len__", st_len),
    method("time.struct_time", "__getitem__", st_getitem),
    method("time.struct_time", "__iter__", st_iter),
    method("time.struct_time", "__contains__", st_contains),
    method("time.struct_time", "__hash__", st_hash),
    method("time.struct_time", "__eq__", st_eq),
    method("time.struct_time", "__ne__", st_ne),
    method("time.struct_time", "__lt__", st_lt),
    method("time.struct_time", "__le__", st_le),
    method("time.struct_time", "__gt__", st_gt),
    method("time.struct_time", "__ge__", st_ge),
    method("time.struct_time", "__add__", st_add),
    method("time.struct_time", "__radd__", st_radd),
    method("time.struct_time", "__mul__", st_mul),
    method("time.struct_time", "__rmul__", st_mul),
    method("time.struct_time", "__setattr__", st_setattr),
];

/// The struct_time a method is called on, and its argument count checked.
fn st_self(vm: &Vm, args: &Args, name: &str, nargs: usize) -> PyResult<Rc<PyInstance>> {
    arity(name, args, nargs + 1, nargs + 1)?;
    match this(args) {
        Value::Instance(i) if is_struct_time(vm, i) => Ok(i.clone()),
        other => Err(type_error(format!(
            "descriptor '{name}' requires a 'time.struct_time' object but received a '{}'",
            vm.type_name_of(other)
        ))),
    }
}

/// `repr(t)`: `time.struct_time(tm_year=..., ..., tm_isdst=...)`.
fn st_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = st_self(vm, &args, "__repr__", 0)?;
    let mut out = String::from("time.struct_time(");
    for (k, v) in fields(&me).iter().take(9).enumerate() {
        if k > 0 {
            out.push_str(", ");
        }
        out.push_str(FIELD_NAMES[k]);
        out.push('=');
        vm.write_repr(v, &mut out)?;
    }
    out.push(')');
    Ok(Value::str(out))
}

fn st_len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    st_self(vm, &args, "__len__", 0)?;
    Ok(Value::Int(9))
}

fn st_getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = st_self(vm, &args, "__getitem__", 1)?;
    vm.get_item(&Value::Tuple(visible(&me)), &args.pos[1])
}

fn st_iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = st_self(vm, &args, "__iter__", 0)?;
    vm.get_iter(&Value::Tuple(visible(&me)))
}

fn st_contains(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = st_self(vm, &args, "__contains__", 1)?;
    Ok(Value::Bool(vm.contains(&Value::Tuple(visible(&me)), &args.pos[1])?))
}

fn st_hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = st_self(vm, &args, "__hash__", 0)?;
    Ok(Value::Int(vm.hash(&Value::Tuple(visible(&me)))?))
}

/// A comparison with a tuple (or a struct_time) as tuples; NotImplemented otherwise.
fn st_compare(vm: &mut Vm, args: Args, op: CmpOp, name: &str) -> PyResult<Value> {
    let me = st_self(vm, &args, name, 1)?;
    match tuple_of(vm, &args.pos[1]) {
        Some(other) => vm.compare(op, &Value::Tuple(visible(&me)), &Value::Tuple(other)),
        None => Ok(Value::NotImplemented),
    }
}

fn st_eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    st_compare(vm, args, CmpOp::Eq, "__eq__")
}

fn st_ne(vm: &mut Vm, args: Args) -> PyResult<Value> {
    st_compare(vm, args, CmpOp::NotEq, "__ne__")
}

fn st_lt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    st_compare(vm, args, CmpOp::Lt, "__lt__")
}

fn st_le(vm: &mut Vm, args: Args) -> PyResult<Value> {
    st_compare(vm, args, CmpOp::LtE, "__le__")
}

fn st_gt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    st_compare(vm, args, CmpOp::Gt, "__gt__")
}

fn st_ge(vm: &mut Vm, args: Args) -> PyResult<Value> {
    st_compare(vm, args, CmpOp::GtE, "__ge__")
}

/// `t + other`: a plain tuple.
fn st_add(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = st_self(vm, &args, "__add__", 1)?;
    match tuple_of(vm, &args.pos[1]) {
        Some(other) => vm.binary(BinOp::Add, &Value::Tuple(visible(&me)), &Value::Tuple(other)),
        None => {
            Err(type_error(format!("can only concatenate tuple (not \"{}\") to tuple", vm.type_name_of(&args.pos[1]))))
        }
    }
}

/// `other + t` for a tuple `other`.
fn st_radd(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = st_self(vm, &args, "__radd__", 1)?;
    match &args.pos[1] {
        Value::Tuple(other) => vm.binary(BinOp::Add, &Value::Tuple(other.clone()), &Value::Tuple(visible(&me))),
        _ => Ok(Value::NotImplemented),
    }
}

/// `t * n` and `n * t`: a plain tuple.
fn st_mul(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = st_self(vm, &args, "__mul__", 1)?;
    vm.binary(BinOp::Mul, &Value::Tuple(visible(&me)), &args.pos[1])
}

/// Fields are read-only and there is no room for other attributes.
fn st_setattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    st_self(vm, &args, "__setattr__", 2)?;
    let name = vm.to_str(&args.pos[1])?;
    if FIELD_NAMES.contains(&name.as_str()) {
        return Err(attribute_error("readonly attribute"));
    }
    Err(attribute_error(format!("'time.struct_time' object has no attribute '{name}'")))
}
