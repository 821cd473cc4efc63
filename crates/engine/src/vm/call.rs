//! Calls: binding arguments to parameters (with CPython's messages), pushing the frame
//! of a Python function, calling builtins, instantiating classes, and calling Python
//! code from native code on a nested stack.

use super::Vm;
use super::error::{ExcKind, PyErr, PyResult, type_error};
use super::frame::{Frame, Link, Stack};
use super::interp::RunResult;
use super::object::function::{Args, BuiltinKind};
use super::object::generator::GenKind;
use super::object::special::SpecialKind;
use super::object::{PyClass, PyDict, PyFunction, PyGen, PyInstance, PyTuple};
use super::value::Value;
use crate::compile::code::{Code, Reg};
use crate::syntax::ast::Name;
use std::rc::Rc;

/// Deepest nesting of native code calling Python code calling native code... (`sorted`
/// with a key that sorts, `__str__` that prints...): each level is a native frame.
const MAX_NATIVE_DEPTH: u32 = 200;

impl Vm {
    /// The `Call*` instructions: the callable in `func`; for a method call `func + 1`
    /// holds `self` (or the no-self marker); then `argc` arguments, the last
    /// `kwnames.len()` of them keywords. `Ok(true)`: a frame was pushed.
    pub(super) fn call_op(
        &mut self,
        stack: &mut Stack,
        base: usize,
        func: Reg,
        argc: u16,
        kwnames: &[Name],
        method: bool,
    ) -> PyResult<bool> {
        let (mut start, mut nargs) = (func as usize + 1, argc as usize);
        if method {
            if matches!(stack.values[base + func as usize + 1], Value::NoSelf) {
                start += 1;
            } else {
                nargs += 1;
            }
        }
        let callee = stack.values[base + func as usize].clone();
        self.call_callee(stack, base, func, callee, start, nargs, kwnames)
    }

    #[allow(clippy::too_many_arguments)]
    fn call_callee(
        &mut self,
        stack: &mut Stack,
        base: usize,
        func: Reg,
        callee: Value,
        start: usize,
        nargs: usize,
        kwnames: &[Name],
    ) -> PyResult<bool> {
        match &callee {
            Value::Function(f) => {
                let npos = nargs - kwnames.len();
                let code = f.code();
                if code.flags.is_generator || code.flags.is_async {
                    let args = &stack.values[base + start..base + start + nargs];
                    let regs = self.bind(f, &args[..npos], kwnames, &args[npos..])?;
                    stack.values[base + func as usize] = self.new_gen(f, regs);
                    return Ok(false);
                }
                if stack.frames.len() >= self.limits.max_depth {
                    return Err(PyErr::new(ExcKind::RecursionError, "maximum recursion depth exceeded"));
                }
                self.step()?;
                let new_base = base + start;
                let nregs = code.nregs as usize;
                if kwnames.is_empty() && simple_positional(code, f, npos) {
                    // The arguments already sit where the parameters go.
                    stack.set_len(new_base + npos);
                    stack.set_len(new_base + nregs);
                } else {
                    let args: Vec<Value> = stack.values[base + start..base + start + nargs].to_vec();
                    let regs = self.bind(f, &args[..npos], kwnames, &args[npos..])?;
                    stack.values.truncate(new_base);
                    stack.values.extend(regs);
                    stack.set_len(new_base + nregs);
                }
                self.set_freevars(stack, new_base, f);
                stack.frames.push(Frame::new(f.code.clone(), new_base, Link::Call { dst: func }));
                Ok(true)
            }
            Value::BoundMethod(m) => {
                // `self` goes before the arguments.
                let (s, f) = (m.self_.clone(), m.func.clone());
                stack.values.insert(base + start, s);
                self.call_callee(stack, base, func, f, start, nargs + 1, kwnames)
            }
            Value::Class(c) => {
                if let Some(init) = self.user_init(c) {
                    // `cls(...)`: a new instance, then `__init__` in a frame of its own.
                    let instance = self.new_instance(c, &stack.values[base + start..base + start + nargs], kwnames)?;
                    if stack.frames.len() >= self.limits.max_depth {
                        return Err(PyErr::new(ExcKind::RecursionError, "maximum recursion depth exceeded"));
                    }
                    self.step()?;
                    stack.values.insert(base + start, Value::Instance(instance.clone()));
                    let nargs = nargs + 1;
                    let npos = nargs - kwnames.len();
                    let args: Vec<Value> = stack.values[base + start..base + start + nargs].to_vec();
                    let regs = self.bind(&init, &args[..npos], kwnames, &args[npos..])?;
                    let new_base = base + start;
                    stack.values.truncate(new_base);
                    stack.values.extend(regs);
                    stack.set_len(new_base + init.code().nregs as usize);
                    self.set_freevars(stack, new_base, &init);
                    stack.frames.push(Frame::new(init.code.clone(), new_base, Link::Init { dst: func, instance }));
                    return Ok(true);
                }
                let args = &stack.values[base + start..base + start + nargs];
                let npos = nargs - kwnames.len();
                let a = Args { pos: &args[..npos], kwnames, kwvalues: &args[npos..] };
                let r = self.call_class(c, a)?;
                stack.values[base + func as usize] = r;
                Ok(false)
            }
            Value::Instance(i) => match i.class.lookup("__call__") {
                Some(Value::Function(f)) => {
                    stack.values.insert(base + start, callee.clone());
                    self.call_callee(stack, base, func, Value::Function(f), start, nargs + 1, kwnames)
                }
                _ => Err(type_error(format!("'{}' object is not callable", i.class.name))),
            },
            _ => {
                let args = &stack.values[base + start..base + start + nargs];
                let npos = nargs - kwnames.len();
                let a = Args { pos: &args[..npos], kwnames, kwvalues: &args[npos..] };
                let r = self.call_args(&callee, a)?;
                stack.values[base + func as usize] = r;
                // A builtin may have crossed the budget in one call (`s.split()`):
                // stop here rather than at the next step checkpoint.
                self.check_memory()?;
                Ok(false)
            }
        }
    }

    /// `CallEx`: `func(*args, **kwargs)`.
    pub(super) fn call_ex_op(
        &mut self,
        stack: &mut Stack,
        base: usize,
        func: Reg,
        args: Reg,
        kwargs: Reg,
    ) -> PyResult<bool> {
        let pos: Vec<Value> = match &stack.values[base + args as usize] {
            Value::Tuple(t) => t.items().to_vec(),
            Value::List(l) => l.snapshot(),
            other => {
                let other = other.clone();
                if !self.is_iterable(&other) {
                    let callee = stack.values[base + func as usize].clone();
                    return Err(type_error(format!(
                        "{} argument after * must be an iterable, not {}",
                        self.callable_name(&callee),
                        self.type_name_of(&other)
                    )));
                }
                self.collect(&other)?
            }
        };
        let mut names = Vec::new();
        let mut values = Vec::new();
        if kwargs != crate::compile::code::NO_REG
            && let Value::Dict(d) = &stack.values[base + kwargs as usize]
        {
            for (k, v) in d.entries() {
                match k {
                    Value::Str(s) => names.push(Name::from(s.as_str())),
                    _ => return Err(type_error("keywords must be strings")),
                }
                values.push(v);
            }
        }
        let start = func as usize + 1;
        let n = pos.len() + values.len();
        let at = base + start;
        if stack.values.len() < at + n {
            stack.values.resize(at + n, Value::Unbound);
        }
        for (i, v) in pos.into_iter().chain(values).enumerate() {
            stack.values[at + i] = v;
        }
        let callee = stack.values[base + func as usize].clone();
        let frame_end = stack.frames.last().map(|f| f.base as usize + f.code.code.nregs as usize).unwrap_or(0);
        let pushed = self.call_callee(stack, base, func, callee, start, n, &names)?;
        if !pushed && stack.values.len() > frame_end {
            stack.values.truncate(frame_end);
        }
        Ok(pushed)
    }

    /// Copies a closure's cells into the registers of its free variables.
    fn set_freevars(&self, stack: &mut Stack, new_base: usize, f: &PyFunction) {
        let code = f.code();
        if code.freevars.is_empty() {
            return;
        }
        let closure = f.closure.borrow();
        for ((reg, _), cell) in code.freevars.iter().zip(closure.iter()) {
            stack.values[new_base + *reg as usize] = Value::Cell(cell.clone());
        }
    }

    /// A generator, coroutine or async generator from a call of `f`.
    fn new_gen(&self, f: &Rc<PyFunction>, mut regs: Vec<Value>) -> Value {
        let code = f.code();
        regs.resize(code.nregs as usize, Value::Unbound);
        let closure = f.closure.borrow();
        for ((reg, _), cell) in code.freevars.iter().zip(closure.iter()) {
            regs[*reg as usize] = Value::Cell(cell.clone());
        }
        let kind = match (code.flags.is_async, code.flags.is_generator) {
            (true, true) => GenKind::AsyncGenerator,
            (true, false) => GenKind::Coroutine,
            _ => GenKind::Generator,
        };
        Value::Gen(PyGen::new(kind, f.code.clone(), regs))
    }

    /// Binds arguments to a function's parameters: the values of its first registers.
    pub fn bind(
        &mut self,
        f: &PyFunction,
        pos: &[Value],
        kwnames: &[Name],
        kwvalues: &[Value],
    ) -> PyResult<Vec<Value>> {
        let code = f.code();
        let spec = &code.params;
        let qual = f.qualname.borrow().clone();
        let npositional = spec.positional();
        let nkwonly = spec.kwonly as usize;
        let mut regs = vec![Value::Unbound; spec.count()];
        // Positional arguments.
        let taken = pos.len().min(npositional);
        regs[..taken].clone_from_slice(&pos[..taken]);
        let mut varargs = Vec::new();
        if pos.len() > npositional {
            if spec.vararg {
                varargs.extend_from_slice(&pos[npositional..]);
            } else {
                return Err(too_many_positional(&qual, f, pos.len(), kwnames, spec));
            }
        }
        // Keyword arguments.
        let kwargs_dict = if spec.kwarg { Some(PyDict::new()) } else { None };
        let mut posonly_as_kw = Vec::new();
        for (name, value) in kwnames.iter().zip(kwvalues) {
            let found = spec.names[spec.posonly as usize..npositional + nkwonly].iter().position(|n| n == name);
            match found {
                Some(i) => {
                    let i = i + spec.posonly as usize;
                    if !matches!(regs[i], Value::Unbound) {
                        return Err(type_error(format!("{qual}() got multiple values for argument '{name}'")));
                    }
                    regs[i] = value.clone();
                }
                None => match &kwargs_dict {
                    Some(d) => {
                        self.dict_set_str(d, name, value.clone());
                    }
                    None => {
                        if spec.names[..spec.posonly as usize].contains(name) {
                            posonly_as_kw.push(name.clone());
                            continue;
                        }
                        return Err(type_error(format!("{qual}() got an unexpected keyword argument '{name}'")));
                    }
                },
            }
        }
        if !posonly_as_kw.is_empty() {
            let names: Vec<String> = posonly_as_kw.iter().map(|n| n.to_string()).collect();
            return Err(type_error(format!(
                "{qual}() got some positional-only arguments passed as keyword arguments: '{}'",
                names.join(", ")
            )));
        }
        // Defaults.
        let defaults = f.defaults.borrow();
        let defaults: &[Value] = defaults.as_ref().map(|t| t.items()).unwrap_or(&[]);
        let first_default = npositional.saturating_sub(defaults.len());
        let mut missing = Vec::new();
        for i in 0..npositional {
            if matches!(regs[i], Value::Unbound) {
                if i >= first_default {
                    regs[i] = defaults[i - first_default].clone();
                } else {
                    missing.push(spec.names[i].clone());
                }
            }
        }
        if !missing.is_empty() {
            return Err(missing_args(&qual, "positional", &missing));
        }
        let kwdefaults = f.kwdefaults.borrow().clone();
        for (slot, name) in regs[npositional..npositional + nkwonly].iter_mut().zip(&spec.names[npositional..]) {
            if matches!(slot, Value::Unbound) {
                match kwdefaults.as_ref().and_then(|d| self.dict_get_str(d, name)) {
                    Some(v) => *slot = v,
                    None => missing.push(name.clone()),
                }
            }
        }
        if !missing.is_empty() {
            return Err(missing_args(&qual, "keyword-only", &missing));
        }
        let mut next = npositional + nkwonly;
        if spec.vararg {
            regs[next] = Value::Tuple(PyTuple::new(varargs));
            next += 1;
        }
        if let Some(d) = kwargs_dict {
            regs[next] = Value::Dict(d);
        }
        Ok(regs)
    }

    /// Calls any callable with arguments from native code.
    pub fn call_args(&mut self, callee: &Value, args: Args) -> PyResult<Value> {
        match callee {
            Value::Builtin(b) => match super::subclass::on_subclass_instance(b, &args) {
                Some(inst) => {
                    let inst = inst.clone();
                    self.call_on_base(b, &inst, args)
                }
                None => (b.call)(self, args),
            },
            Value::Function(_) | Value::BoundMethod(_) => self.call_python(callee, args),
            Value::Class(c) => {
                if self.user_init(c).is_some() {
                    return self.call_python(callee, args);
                }
                self.call_class(c, args)
            }
            Value::Instance(i) => match i.class.lookup("__call__") {
                Some(f) => {
                    let bound = self.bind_descriptor(f, callee.clone(), &i.class)?;
                    self.call_args(&bound, args)
                }
                None => Err(type_error(format!("'{}' object is not callable", i.class.name))),
            },
            Value::Special(s) => {
                let inner = match &*s.kind.borrow() {
                    SpecialKind::StaticMethod(f) => Some(f.clone()),
                    // `list[int](...)` makes a list.
                    SpecialKind::GenericAlias { origin, .. } => Some(origin.clone()),
                    _ => None,
                };
                match inner {
                    Some(f) => self.call_args(&f, args),
                    None => Err(type_error(format!("'{}' object is not callable", s.type_name()))),
                }
            }
            other => Err(type_error(format!("'{}' object is not callable", self.type_name_of(other)))),
        }
    }

    /// Calls a callable with positional arguments from native code.
    pub fn call_sync(&mut self, callee: &Value, args: &[Value]) -> PyResult<Value> {
        self.call_args(callee, Args::positional(args))
    }

    /// Calls Python code from native code: a nested stack run to completion.
    fn call_python(&mut self, callee: &Value, args: Args) -> PyResult<Value> {
        if self.native_depth >= MAX_NATIVE_DEPTH {
            return Err(PyErr::new(ExcKind::RecursionError, "maximum recursion depth exceeded"));
        }
        let mut stack = Stack::new();
        let n = args.pos.len() + args.kwvalues.len();
        stack.values.reserve(n + 2);
        stack.values.push(Value::None);
        stack.values.push(callee.clone());
        stack.values.extend(args.pos.iter().cloned());
        stack.values.extend(args.kwvalues.iter().cloned());
        // A pseudo-frame holding the call: its result lands in register 1.
        let pseudo = self.call_frame_code();
        stack.frames.push(Frame::new(pseudo, 0, Link::Root));
        let pushed = self.call_callee(&mut stack, 0, 1, callee.clone(), 2, n, args.kwnames)?;
        if !pushed {
            return Ok(std::mem::replace(&mut stack.values[1], Value::None));
        }
        // The pseudo-frame's `Return 1` runs when the callee returns.
        self.native_depth += 1;
        let r = self.run_nested(&mut stack);
        self.native_depth -= 1;
        r
    }

    /// A stack about to run a call of `callee` (a Python function's frame), for a driver
    /// that runs it with preemption; `None` if the call was native and is done.
    pub fn start_call(&mut self, callee: &Value, args: &[Value]) -> PyResult<Option<Stack>> {
        let mut stack = Stack::new();
        stack.values.push(Value::None);
        stack.values.push(callee.clone());
        stack.values.extend(args.iter().cloned());
        let pseudo = self.call_frame_code();
        stack.frames.push(Frame::new(pseudo, 0, Link::Root));
        let pushed = self.call_callee(&mut stack, 0, 1, callee.clone(), 2, args.len(), &[])?;
        Ok(if pushed { Some(stack) } else { None })
    }

    /// Runs a nested stack to its end (no preemption: the host waits).
    pub fn run_nested(&mut self, stack: &mut Stack) -> PyResult<Value> {
        loop {
            match self.run(stack) {
                RunResult::Returned(v) => return Ok(v),
                RunResult::Raised(e) => return Err(PyErr::exc(e)),
                RunResult::Preempted => continue,
                RunResult::Halted(h) => return Err(PyErr(Box::new(super::error::ErrKind::Halt(h)))),
                RunResult::GenYielded(v) => return Ok(v),
                RunResult::Yielded(_) | RunResult::Signal(_) => {
                    return Err(super::error::not_supported(
                        "awaiting (or running an event loop) inside a call made by a builtin",
                    ));
                }
            }
        }
    }

    /// The `__init__` of a user class, if it is a Python function.
    fn user_init(&self, c: &Rc<PyClass>) -> Option<Rc<PyFunction>> {
        if !c.mutable {
            return None;
        }
        match c.lookup("__init__") {
            Some(Value::Function(f)) if !c.user_defines("__new__") => Some(f),
            _ => None,
        }
    }

    /// `object.__new__(cls)` (or the exception base's): a new instance.
    fn new_instance(&mut self, c: &Rc<PyClass>, args: &[Value], kwnames: &[Name]) -> PyResult<Rc<PyInstance>> {
        if let super::object::class::Builtin::Type(t) = c.builtin {
            let npos = args.len() - kwnames.len();
            let a = Args { pos: &args[..npos], kwnames, kwvalues: &args[npos..] };
            return self.new_subclass_instance(c, t, a);
        }
        let i = PyInstance::new(c.clone());
        if let Some(state) = &i.exc {
            // `BaseException.__new__` keeps the positional arguments as `args`.
            let npos = args.len() - kwnames.len();
            *state.args.borrow_mut() = PyTuple::new(args[..npos].to_vec());
        }
        Ok(i)
    }

    /// Calling a class whose `__init__` is not a Python function.
    fn call_class(&mut self, c: &Rc<PyClass>, args: Args) -> PyResult<Value> {
        if let Some(ctor) = self.types.constructor(c) {
            return (ctor.call)(self, args);
        }
        if c.user_defines("__new__") {
            let new = c.lookup("__new__").unwrap_or(Value::None);
            let new = match new {
                Value::Special(s) => match &*s.kind.borrow() {
                    SpecialKind::StaticMethod(f) => f.clone(),
                    _ => Value::None,
                },
                other => other,
            };
            let mut full = vec![Value::Class(c.clone())];
            full.extend_from_slice(args.pos);
            let obj = self.call_args(&new, Args { pos: &full, kwnames: args.kwnames, kwvalues: args.kwvalues })?;
            if let Value::Instance(i) = &obj
                && i.class.is_subclass(c)
                && let Some(Value::Function(init)) = c.lookup("__init__")
            {
                let mut full = vec![obj.clone()];
                full.extend_from_slice(args.pos);
                self.call_args(
                    &Value::Function(init),
                    Args { pos: &full, kwnames: args.kwnames, kwvalues: args.kwvalues },
                )?;
            }
            return Ok(obj);
        }
        match c.builtin {
            super::object::class::Builtin::Exception(_) => {
                let i = super::builtins::exception_types::exception_new(self, c, args)?;
                // A user exception class with a builtin `__init__` from a base.
                if c.mutable
                    && let Some(init) = c.lookup("__init__")
                    && !matches!(init, Value::Builtin(_))
                {
                    let mut full = vec![Value::Instance(i.clone())];
                    full.extend_from_slice(args.pos);
                    self.call_args(&init, Args { pos: &full, kwnames: args.kwnames, kwvalues: args.kwvalues })?;
                }
                Ok(Value::Instance(i))
            }
            super::object::class::Builtin::Object => {
                if (!args.pos.is_empty() || args.has_kwargs())
                    && c.lookup("__init__").is_none_or(|i| matches!(i, Value::Builtin(_)))
                {
                    let what = if c.mutable { format!("{}()", c.name) } else { "object()".into() };
                    return Err(type_error(format!("{what} takes no arguments")));
                }
                Ok(Value::Instance(PyInstance::new(c.clone())))
            }
            super::object::class::Builtin::Type(t) if c.mutable && super::subclass::subclassable(t) => {
                let i = self.new_subclass_instance(c, t, args)?;
                // A mutable type's builtin `__init__` fills the value (`list(iterable)`).
                if matches!(
                    t,
                    super::object::class::TypeId::List
                        | super::object::class::TypeId::Dict
                        | super::object::class::TypeId::Set
                ) && let Some(init) = c.lookup("__init__")
                {
                    let mut full = vec![Value::Instance(i.clone())];
                    full.extend_from_slice(args.pos);
                    self.call_args(&init, Args { pos: &full, kwnames: args.kwnames, kwvalues: args.kwvalues })?;
                }
                Ok(Value::Instance(i))
            }
            super::object::class::Builtin::Type(_) => Err(type_error(format!("cannot create '{}' instances", c.name))),
        }
    }

    /// `MakeFunction`.
    pub(super) fn make_function(&mut self, code: Option<&Value>, extra: [Value; 4]) -> PyResult<Value> {
        let Some(Value::Code(code)) = code else {
            return Err(PyErr::halt("RuntimeError: MakeFunction without code (a Loopscope bug)"));
        };
        let [defaults, kwdefaults, closure, annotations] = extra;
        let defaults = match defaults {
            Value::Tuple(t) => Some(t),
            _ => None,
        };
        let kwdefaults = match kwdefaults {
            Value::Dict(d) => Some(d),
            _ => None,
        };
        let closure: Box<[Rc<super::object::PyCell>]> = match closure {
            Value::Tuple(t) => t
                .items()
                .iter()
                .filter_map(|c| match c {
                    Value::Cell(c) => Some(c.clone()),
                    _ => None,
                })
                .collect(),
            _ => Box::new([]),
        };
        Ok(Value::Function(PyFunction::new(code.clone(), defaults, kwdefaults, closure, annotations)))
    }

    /// `MakeClass`: runs the class body in a frame of its own.
    pub(super) fn start_class(&mut self, stack: &mut Stack, dst: Reg, body: Value, bases: Value) -> PyResult<()> {
        let Value::Function(f) = body else {
            return Err(PyErr::halt("RuntimeError: MakeClass without a body (a Loopscope bug)"));
        };
        if stack.frames.len() >= self.limits.max_depth {
            return Err(PyErr::new(ExcKind::RecursionError, "maximum recursion depth exceeded"));
        }
        let new_base = stack.values.len();
        stack.values.resize(new_base + f.code().nregs as usize, Value::Unbound);
        self.set_freevars(stack, new_base, &f);
        let mut frame = Frame::new(f.code.clone(), new_base, Link::ClassBody { dst, bases });
        let ns = PyDict::new();
        self.dict_set_str(&ns, &Name::from("__module__"), Value::str("__main__"));
        self.dict_set_str(&ns, &Name::from("__qualname__"), Value::str(&*f.code().qualname));
        frame.ns = Some(ns);
        stack.frames.push(frame);
        Ok(())
    }

    /// The `Call` instructions of native code's pseudo-frame: `Return 1`.
    fn call_frame_code(&mut self) -> Rc<super::object::LoadedCode> {
        thread_local! {
            static CODE: Rc<Code> = Rc::new(Code {
                name: "<native call>".into(),
                qualname: "<native call>".into(),
                kind: crate::compile::code::CodeKind::Function,
                flags: Default::default(),
                params: Default::default(),
                ops: vec![crate::compile::code::Op::Return { src: 1 }],
                spans: vec![Default::default()],
                consts: Vec::new(),
                names: Vec::new(),
                nregs: 2,
                local_names: Vec::new(),
                cellvars: Vec::new(),
                freevars: Vec::new(),
                exc_table: Vec::new(),
                span: Default::default(),
                class_cell: None,
                has_docstring: false,
            });
        }
        let code = CODE.with(|c| c.clone());
        Rc::new(super::object::LoadedCode { code, consts: Box::new([]), global_base: 0 })
    }

    /// Binds what a class attribute lookup found to the object it was found through:
    /// functions become bound methods, `classmethod`s bind to the class, properties
    /// are read.
    pub fn bind_descriptor(&mut self, attr: Value, obj: Value, class: &Rc<PyClass>) -> PyResult<Value> {
        match &attr {
            Value::Function(_) => Ok(Value::BoundMethod(super::object::BoundMethod::new(obj, attr))),
            Value::Builtin(b) if b.kind == BuiltinKind::Method => {
                Ok(Value::BoundMethod(super::object::BoundMethod::new(obj, attr)))
            }
            Value::Builtin(b) if b.kind == BuiltinKind::ClassMethod => {
                Ok(Value::BoundMethod(super::object::BoundMethod::new(Value::Class(class.clone()), attr)))
            }
            Value::Special(s) => {
                let kind = &*s.kind.borrow();
                match kind {
                    SpecialKind::StaticMethod(f) => Ok(f.clone()),
                    SpecialKind::ClassMethod(f) => {
                        Ok(Value::BoundMethod(super::object::BoundMethod::new(Value::Class(class.clone()), f.clone())))
                    }
                    SpecialKind::Property { fget, .. } => {
                        let fget = fget.clone();
                        if fget.is_none() {
                            return Err(super::error::attribute_error("property has no getter"));
                        }
                        self.call_sync(&fget, &[obj])
                    }
                    _ => Ok(attr.clone()),
                }
            }
            _ => Ok(attr),
        }
    }
}

/// A call that needs no binding: positional arguments only, as many as the function
/// has positional parameters, and no `*args`/`**kwargs`/keyword-only parameters.
/// The code to run for `callee(arg, ...)` with `argc` positional arguments when that
/// needs no binding: a plain function (not a generator or coroutine, no closure) whose
/// parameters are exactly `argc` positional ones.
#[inline]
pub(super) fn simple_call(callee: &Value, argc: u16) -> Option<Rc<super::object::LoadedCode>> {
    let Value::Function(f) = callee else { return None };
    let code = f.code();
    let plain = !code.flags.is_generator && !code.flags.is_async && code.freevars.is_empty();
    (plain && simple_positional(code, f, argc as usize)).then(|| f.code.clone())
}

fn simple_positional(code: &Code, f: &PyFunction, npos: usize) -> bool {
    let spec = &code.params;
    let _ = f;
    !spec.vararg && !spec.kwarg && spec.kwonly == 0 && npos == spec.positional()
}

fn too_many_positional(
    qual: &str,
    f: &PyFunction,
    given: usize,
    kwnames: &[Name],
    spec: &crate::compile::code::ParamSpec,
) -> PyErr {
    let npositional = spec.positional();
    let ndefaults = f.defaults.borrow().as_ref().map(|t| t.len()).unwrap_or(0);
    let required = npositional - ndefaults.min(npositional);
    let takes = if ndefaults > 0 && required < npositional {
        format!("from {required} to {npositional} positional arguments")
    } else {
        format!("{npositional} positional argument{}", if npositional == 1 { "" } else { "s" })
    };
    let kwonly_given = kwnames.iter().filter(|n| spec.names[npositional..].contains(n)).count();
    let given_text = if kwonly_given > 0 {
        format!(
            "{given} positional argument{} (and {kwonly_given} keyword-only argument{}) were given",
            if given == 1 { "" } else { "s" },
            if kwonly_given == 1 { "" } else { "s" }
        )
    } else {
        format!("{given} {}", if given == 1 { "was given" } else { "were given" })
    };
    type_error(format!("{qual}() takes {takes} but {given_text}"))
}

fn missing_args(qual: &str, kind: &str, missing: &[Name]) -> PyErr {
    let quoted: Vec<String> = missing.iter().map(|n| format!("'{n}'")).collect();
    let list = match quoted.len() {
        1 => quoted[0].clone(),
        2 => format!("{} and {}", quoted[0], quoted[1]),
        n => format!("{}, and {}", quoted[..n - 1].join(", "), quoted[n - 1]),
    };
    type_error(format!(
        "{qual}() missing {} required {kind} argument{}: {list}",
        missing.len(),
        if missing.len() == 1 { "" } else { "s" }
    ))
}
