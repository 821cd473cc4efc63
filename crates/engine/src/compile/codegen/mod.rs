//! Code generation: one [`Unit`] per code object being built (module, function, class
//! body, lambda, comprehension), registers allocated in a stack discipline above the
//! locals, jumps patched when their targets are known, exception handlers recorded as
//! protected ranges (a `return` or `break` that leaves a `try` or `with` first runs
//! its `finally` or `__exit__` inline, outside the range, as CPython does).

mod expr;
mod flow;
mod stmt;
mod target;

use super::code::*;
use super::scope::{self, Binding, ScopeKind, Scopes};
use crate::syntax::ast::*;
use std::collections::{HashMap, HashSet};
use std::rc::Rc;

/// Why a program cannot be compiled (limits of the register machine).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CompileError {
    pub message: String,
    pub span: Span,
}

pub type CResult<T> = Result<T, CompileError>;

/// Compiles a checked module (`source` is its text: postponed annotations are kept as
/// their source).
pub fn compile(module: &Module, source: &str) -> CResult<Program> {
    let scopes = scope::analyze(module);
    let future_annotations = module.body.iter().any(|s| {
        matches!(&s.kind, StmtKind::ImportFrom { module: Some(m), names, .. }
            if &**m == "__future__" && names.iter().any(|a| &*a.name == "annotations"))
    });
    let mut c = Compiler {
        scopes: &scopes,
        globals: Vec::new(),
        global_slots: HashMap::new(),
        names: HashMap::new(),
        future_annotations,
        source,
        units: Vec::new(),
    };
    let main_name: Name = c.intern("<module>");
    c.units.push(Unit::new(CodeKind::Module, main_name.clone(), main_name, 0, &scopes, Span::default()));
    c.setup_annotations(&module.body)?;
    c.body(&module.body)?;
    c.emit_return_none(Span::default());
    let unit = c.units.pop().ok_or_else(|| CompileError { message: "no unit".into(), span: Span::default() })?;
    let code = c.finish(unit)?;
    Ok(Program { module: Rc::new(code), globals: c.globals })
}

pub(super) struct Compiler<'a> {
    scopes: &'a Scopes,
    globals: Vec<Name>,
    global_slots: HashMap<Name, u32>,
    /// Interned identifiers: one `Rc` per distinct name (attribute lookups compare
    /// pointers first).
    names: HashMap<Box<str>, Name>,
    future_annotations: bool,
    source: &'a str,
    /// The code objects being built, innermost last.
    units: Vec<Unit<'a>>,
}

/// A range of instructions whose exceptions go to one handler, possibly in pieces
/// (the inline `finally` of a `return` is cut out of it).
#[derive(Debug, Default)]
pub(super) struct Protected {
    segments: Vec<(u32, u32)>,
    open: Option<u32>,
}

impl Protected {
    fn start(at: u32) -> Protected {
        Protected { segments: Vec::new(), open: Some(at) }
    }

    fn pause(&mut self, at: u32) {
        if let Some(s) = self.open.take()
            && at > s
        {
            self.segments.push((s, at));
        }
    }

    fn resume(&mut self, at: u32) {
        if self.open.is_none() {
            self.open = Some(at);
        }
    }

    fn close(&mut self, at: u32) -> Vec<(u32, u32)> {
        self.pause(at);
        std::mem::take(&mut self.segments)
    }
}

/// What a `break`, `continue` or `return` must undo on its way out of a block.
pub(super) enum FBlock<'a> {
    Loop {
        continue_target: u32,
        breaks: Vec<usize>,
    },
    /// The body of a `try` with `except` clauses.
    TryExcept {
        range: Protected,
    },
    /// The body (and handlers) of a `try` with a `finally`.
    Finally {
        body: &'a [Stmt],
        range: Protected,
    },
    /// An `except` clause's body: the handled exception is popped, its name unbound.
    Handler {
        name: Option<Name>,
    },
    /// A `with` body: `__exit__(None, None, None)` is called.
    With {
        exit: Reg,
        is_async: bool,
        range: Protected,
    },
    /// The exceptional path of a `finally`: the exception being handled is popped.
    FinallyExc,
}

pub(super) struct Unit<'a> {
    kind: CodeKind,
    name: Name,
    qualname: Name,
    scope: usize,
    flags: CodeFlags,
    params: ParamSpec,
    ops: Vec<Op>,
    spans: Vec<Span>,
    consts: Vec<Const>,
    const_index: HashMap<ConstKey, u32>,
    names: Vec<Name>,
    name_index: HashMap<Name, NameId>,
    /// Register of each local, cell and free variable.
    regs: HashMap<Name, Reg>,
    local_names: Vec<Name>,
    cellvars: Vec<(Reg, Name)>,
    freevars: Vec<(Reg, Name)>,
    nlocals: u16,
    next: u16,
    max: u16,
    exc_table: Vec<ExcEntry>,
    fblocks: Vec<FBlock<'a>>,
    /// Exceptions being handled at this point of the code (`PushExcInfo`s in force).
    exc_depth: u16,
    span: Span,
    cur_span: Span,
    /// Locals certainly bound at this point (no `CheckBound` needed).
    assigned: HashSet<Name>,
    /// Locals a walrus may rebind in the middle of an expression.
    walrus_targets: HashSet<Name>,
    class_cell: Option<Reg>,
    has_docstring: bool,
}

/// Constants are shared within a code object.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum ConstKey {
    None,
    Bool(bool),
    Int(i64),
    BigInt(Rc<str>),
    Float(u64),
    Str(Rc<str>),
    Ellipsis,
}

impl<'a> Unit<'a> {
    fn new(kind: CodeKind, name: Name, qualname: Name, scope: usize, scopes: &Scopes, span: Span) -> Unit<'a> {
        let s = &scopes.scopes[scope];
        let mut u = Unit {
            kind,
            name,
            qualname,
            scope,
            flags: CodeFlags { is_async: s.is_async, is_generator: s.is_generator },
            params: ParamSpec::default(),
            ops: Vec::new(),
            spans: Vec::new(),
            consts: Vec::new(),
            const_index: HashMap::new(),
            names: Vec::new(),
            name_index: HashMap::new(),
            regs: HashMap::new(),
            local_names: Vec::new(),
            cellvars: Vec::new(),
            freevars: Vec::new(),
            nlocals: 0,
            next: 0,
            max: 0,
            exc_table: Vec::new(),
            fblocks: Vec::new(),
            exc_depth: 0,
            span,
            cur_span: span,
            assigned: HashSet::new(),
            walrus_targets: HashSet::new(),
            class_cell: None,
            has_docstring: false,
        };
        // Registers: locals (parameters first) and cells, then free variables. A
        // comprehension's one parameter is its first iterator (CPython's `.0`).
        if s.kind == ScopeKind::Comprehension {
            let dot0: Name = ".0".into();
            u.regs.insert(dot0.clone(), 0);
            u.local_names.push(dot0.clone());
            u.params =
                ParamSpec { posonly: 1, args: 0, kwonly: 0, vararg: false, kwarg: false, names: vec![dot0.clone()] };
            u.assigned.insert(dot0);
            u.nlocals = 1;
        }
        if matches!(s.kind, ScopeKind::Function | ScopeKind::Comprehension) {
            for (name, b) in s.locals() {
                let r = u.nlocals;
                u.regs.insert(name.clone(), r);
                u.local_names.push(name.clone());
                if b == Binding::Cell {
                    u.cellvars.push((r, name.clone()));
                }
                u.nlocals += 1;
            }
        }
        if s.kind == ScopeKind::Class {
            for name in s.class_cells() {
                let r = u.nlocals;
                u.regs.insert(name.clone(), r);
                u.local_names.push(name.clone());
                u.cellvars.push((r, name.clone()));
                u.class_cell = Some(r);
                u.nlocals += 1;
            }
        }
        for name in s.frees() {
            let r = u.nlocals;
            u.regs.insert(name.clone(), r);
            u.local_names.push(name.clone());
            u.freevars.push((r, name.clone()));
            if &*name == "__class__" {
                u.class_cell = Some(r);
            }
            u.nlocals += 1;
        }
        u.next = u.nlocals;
        u.max = u.nlocals;
        u
    }
}

impl<'a> Compiler<'a> {
    fn u(&mut self) -> &mut Unit<'a> {
        self.units.last_mut().expect("a unit is being compiled")
    }

    fn unit(&self) -> &Unit<'a> {
        self.units.last().expect("a unit is being compiled")
    }

    pub(super) fn intern(&mut self, s: &str) -> Name {
        if let Some(n) = self.names.get(s) {
            return n.clone();
        }
        let n: Name = s.into();
        self.names.insert(s.into(), n.clone());
        n
    }

    fn err<T>(&self, message: impl Into<String>, span: Span) -> CResult<T> {
        Err(CompileError { message: message.into(), span })
    }

    // ------------------------------------------------------------------ emitting

    fn emit(&mut self, op: Op) -> usize {
        let span = self.unit().cur_span;
        let u = self.u();
        u.ops.push(op);
        u.spans.push(span);
        u.ops.len() - 1
    }

    fn here(&self) -> u32 {
        self.unit().ops.len() as u32
    }

    /// Points the jump at `at` to `target`.
    fn patch(&mut self, at: usize, target: u32) {
        if let Some(
            Op::Jump { target: t }
            | Op::Loop { target: t }
            | Op::JumpIfTrue { target: t, .. }
            | Op::JumpIfFalse { target: t, .. }
            | Op::ForIter { exit: t, .. }
            | Op::ForRange { exit: t, .. },
        ) = self.u().ops.get_mut(at)
        {
            *t = target;
        }
    }

    fn patch_here(&mut self, at: usize) {
        let here = self.here();
        self.patch(at, here);
    }

    fn with_span<T>(&mut self, span: Span, f: impl FnOnce(&mut Self) -> T) -> T {
        let saved = self.unit().cur_span;
        self.u().cur_span = span;
        let r = f(self);
        self.u().cur_span = saved;
        r
    }

    // ------------------------------------------------------------------ registers

    /// A fresh temporary register.
    fn alloc(&mut self) -> CResult<Reg> {
        self.alloc_n(1)
    }

    /// `n` consecutive fresh registers.
    fn alloc_n(&mut self, n: u16) -> CResult<Reg> {
        let u = self.u();
        let r = u.next;
        let end = r as u32 + n as u32;
        if end >= (NO_REG - 8) as u32 {
            let span = u.cur_span;
            return self.err("this function is too large for Loopscope (too many temporary values)", span);
        }
        u.next = end as u16;
        u.max = u.max.max(u.next);
        Ok(r)
    }

    fn mark(&self) -> u16 {
        self.unit().next
    }

    fn release(&mut self, mark: u16) {
        self.u().next = mark;
    }

    // ------------------------------------------------------------------ tables

    fn const_(&mut self, c: Const) -> CResult<u32> {
        let key = match &c {
            Const::None => Some(ConstKey::None),
            Const::Bool(b) => Some(ConstKey::Bool(*b)),
            Const::Int(i) => Some(ConstKey::Int(*i)),
            Const::BigInt(s) => Some(ConstKey::BigInt(s.clone())),
            Const::Float(f) => Some(ConstKey::Float(f.to_bits())),
            Const::Str(s) => Some(ConstKey::Str(s.clone())),
            Const::Ellipsis => Some(ConstKey::Ellipsis),
            Const::Code(_) | Const::Names(_) => None,
        };
        let u = self.u();
        if let Some(k) = &key
            && let Some(i) = u.const_index.get(k)
        {
            return Ok(*i);
        }
        let i = u.consts.len() as u32;
        u.consts.push(c);
        if let Some(k) = key {
            u.const_index.insert(k, i);
        }
        if i > u16::MAX as u32 {
            let span = self.unit().cur_span;
            return self.err("this function has too many constants for Loopscope", span);
        }
        Ok(i)
    }

    /// The name's index in this unit's names (`finish` refuses a unit with too many).
    fn name(&mut self, n: &str) -> NameId {
        let n = match n.starts_with("__") {
            true => self.mangled(n).unwrap_or_else(|| self.intern(n)),
            false => self.intern(n),
        };
        let n = self.intern(&n);
        let u = self.u();
        if let Some(i) = u.name_index.get(&n) {
            return *i;
        }
        let i = u.names.len() as NameId;
        u.names.push(n.clone());
        u.name_index.insert(n, i);
        i
    }

    fn global_slot(&mut self, n: &str) -> u32 {
        let n = self.intern(n);
        if let Some(s) = self.global_slots.get(&n) {
            return *s;
        }
        let s = self.globals.len() as u32;
        self.globals.push(n.clone());
        self.global_slots.insert(n, s);
        s
    }

    /// `name` mangled if it is private inside a class (`None`: unchanged).
    pub(super) fn mangled(&self, name: &str) -> Option<Name> {
        let private = self.scopes.scopes[self.unit().scope].private.as_ref()?;
        let m = scope::mangle(Some(private), &Name::from(name));
        (&*m != name).then_some(m)
    }

    /// How `name` is reached from the unit being compiled.
    fn binding(&self, name: &str) -> Binding {
        let u = self.unit();
        self.scopes.scopes[u.scope].binding(name)
    }

    // ------------------------------------------------------------------ units

    /// Finishes a unit into a code object.
    fn finish(&mut self, u: Unit<'a>) -> CResult<Code> {
        if u.ops.len() > u32::MAX as usize / 2 {
            return self.err("this program is too large for Loopscope", u.span);
        }
        if u.names.len() > NameId::MAX as usize + 1 {
            return self.err("this function uses too many distinct names for Loopscope", u.span);
        }
        Ok(Code {
            name: u.name,
            qualname: u.qualname,
            kind: u.kind,
            flags: u.flags,
            params: u.params,
            ops: u.ops,
            spans: u.spans,
            consts: u.consts,
            names: u.names,
            nregs: u.max,
            local_names: u.local_names,
            cellvars: u.cellvars,
            freevars: u.freevars,
            exc_table: u.exc_table,
            span: u.span,
            class_cell: u.class_cell,
            has_docstring: u.has_docstring,
        })
    }

    fn emit_return_none(&mut self, span: Span) {
        self.with_span(span, |c| {
            let m = c.mark();
            if let Ok(r) = c.alloc() {
                c.emit(Op::LoadNone { dst: r });
                c.emit(Op::Return { src: r });
            }
            c.release(m);
        });
    }

    /// The qualified name of something defined here (`f.<locals>.g`, `C.m`).
    fn qualname_of(&mut self, name: &str) -> Name {
        let u = self.unit();
        let q = match u.kind {
            CodeKind::Module => name.to_string(),
            CodeKind::Class => format!("{}.{name}", u.qualname),
            _ => format!("{}.<locals>.{name}", u.qualname),
        };
        self.intern(&q)
    }
}
