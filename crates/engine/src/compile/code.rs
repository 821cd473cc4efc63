//! What the compiler produces: code objects of register-machine instructions.
//!
//! Each function (and the module, each class body, lambda and comprehension) becomes one
//! [`Code`]. Its frame is a window of registers in its task's value stack: the parameters
//! first, then the other locals, the cells, and the temporaries. Instructions name
//! registers directly (`Binary { dst, a, b }`), so `total += i * i % 7` is three
//! instructions and no stack traffic. Exceptions are found through a static table
//! ([`ExcEntry`]) rather than setup/pop instructions, and source spans live in a side
//! table read only for errors and tracing.
//!
//! The code is plain data: constants are [`Const`]s, which the VM turns into values
//! once per run when it loads the program.

use crate::syntax::ast::{BinOp, CmpOp, Name, Span};
use std::rc::Rc;

/// A register: an index into the frame's window.
pub type Reg = u16;
/// An index in `Code::names` (a code object has at most 65,536 distinct names).
pub type NameId = u16;

/// "No register" for optional operands (`Raise`'s cause, `FormatValue`'s spec...).
pub const NO_REG: Reg = Reg::MAX;

/// A compile-time constant.
#[derive(Debug, Clone)]
pub enum Const {
    None,
    Bool(bool),
    Int(i64),
    /// An integer too large for `i64`, as decimal digits (with a leading `-` if negative).
    BigInt(Rc<str>),
    Float(f64),
    Str(Rc<str>),
    Ellipsis,
    /// A nested function, lambda, comprehension or class body.
    Code(Rc<Code>),
    /// The keyword names of a call (`f(a, x=1, y=2)` → `("x", "y")`).
    Names(Rc<[Name]>),
}

/// Unary operators as the VM applies them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnOp {
    Neg,
    Pos,
    Invert,
    Not,
}

/// How a `FormatValue` converts before formatting (`!s`, `!r`, `!a`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Conversion {
    None,
    Str,
    Repr,
    Ascii,
}

/// One instruction. Jump targets are instruction indices in the same code object.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Op {
    // ---------------------------------------------------------------- moves, constants
    Move {
        dst: Reg,
        src: Reg,
    },
    LoadConst {
        dst: Reg,
        k: u32,
    },
    LoadInt {
        dst: Reg,
        v: i32,
    },
    LoadNone {
        dst: Reg,
    },
    LoadBool {
        dst: Reg,
        v: bool,
    },
    /// A builtin by its fixed index (`AssertionError` for `assert`, whatever the
    /// program binds to that name).
    LoadBuiltin {
        dst: Reg,
        id: u16,
    },

    // ---------------------------------------------------------------- variables
    /// Raises UnboundLocalError if the local in `reg` has no value (`name`: index in
    /// `Code::names`).
    CheckBound {
        reg: Reg,
        name: NameId,
    },
    /// `del x` of a local (after a `CheckBound`).
    ClearLocal {
        reg: Reg,
    },
    LoadGlobal {
        dst: Reg,
        slot: u32,
    },
    StoreGlobal {
        slot: u32,
        src: Reg,
    },
    DeleteGlobal {
        slot: u32,
    },
    /// Reads a cell (a captured variable) held in register `cell`.
    LoadDeref {
        dst: Reg,
        cell: Reg,
    },
    StoreDeref {
        cell: Reg,
        src: Reg,
    },
    DeleteDeref {
        cell: Reg,
    },
    /// Wraps the value in `reg` (a parameter, or nothing) into a new cell, in place.
    MakeCell {
        reg: Reg,
    },
    /// Class bodies: the class namespace, then the globals, then the builtins.
    LoadName {
        dst: Reg,
        name: NameId,
    },
    StoreName {
        name: NameId,
        src: Reg,
    },
    DeleteName {
        name: NameId,
    },
    /// Class bodies reading a variable of an enclosing function: the namespace first,
    /// then the cell.
    LoadClassDeref {
        dst: Reg,
        cell: Reg,
        name: NameId,
    },

    // ---------------------------------------------------------------- attributes, items
    LoadAttr {
        dst: Reg,
        obj: Reg,
        name: NameId,
    },
    StoreAttr {
        obj: Reg,
        name: NameId,
        src: Reg,
    },
    DeleteAttr {
        obj: Reg,
        name: NameId,
    },
    /// `obj.name` about to be called: `dst` gets the function, `dst + 1` the object to
    /// pass as `self` (or the "no self" marker when `obj.name` is not a method).
    LoadMethod {
        dst: Reg,
        obj: Reg,
        name: NameId,
    },
    /// `super().name` about to be called, in a method: like `LoadMethod`.
    LoadSuperMethod {
        dst: Reg,
        name: NameId,
    },
    /// `super().name` as a value.
    LoadSuperAttr {
        dst: Reg,
        name: NameId,
    },
    GetItem {
        dst: Reg,
        obj: Reg,
        key: Reg,
    },
    SetItem {
        obj: Reg,
        key: Reg,
        src: Reg,
    },
    DeleteItem {
        obj: Reg,
        key: Reg,
    },
    /// `slice(start, start + 1, start + 2)` (unused parts are None).
    BuildSlice {
        dst: Reg,
        start: Reg,
    },

    // ---------------------------------------------------------------- operators
    Binary {
        op: BinOp,
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    /// `a op= b` (tries `__iadd__` & co. first; lists extend in place).
    Inplace {
        op: BinOp,
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    Unary {
        op: UnOp,
        dst: Reg,
        src: Reg,
    },
    Compare {
        op: CmpOp,
        dst: Reg,
        a: Reg,
        b: Reg,
    },

    // ---------------------------------------------------------------- control flow
    Jump {
        target: u32,
    },
    /// A backward jump (a loop's next iteration): counts a step against the limit and
    /// may give the host a turn.
    Loop {
        target: u32,
    },
    JumpIfTrue {
        cond: Reg,
        target: u32,
    },
    JumpIfFalse {
        cond: Reg,
        target: u32,
    },

    // ---------------------------------------------------------------- iteration
    GetIter {
        dst: Reg,
        src: Reg,
    },
    /// `next(iter)` into `iter + 1`; jumps to `exit` when the iterator is exhausted.
    ForIter {
        iter: Reg,
        exit: u32,
    },
    /// `for _ in range(...)` without an iterator object: `state` holds the next value,
    /// `state + 1` the stop and `state + 2` the step (ints, set by `RangeInit`); the
    /// item goes into `state + 3`.
    ForRange {
        state: Reg,
        exit: u32,
    },
    /// Prepares `ForRange`: `state` holds the callable (`range`, if the program did not
    /// rebind it) and `state + 1 ..` its `argc` arguments. If the callable is not the
    /// builtin `range`, or an argument is not an int, falls back to an ordinary call and
    /// iterator: then `state` holds the iterator and `state + 1` the marker that makes
    /// `ForRange` behave as `ForIter`.
    RangeInit {
        state: Reg,
        argc: u8,
    },
    /// `aiter.__anext__()`, as an awaitable, into `dst`.
    GetANext {
        dst: Reg,
        aiter: Reg,
    },
    GetAIter {
        dst: Reg,
        src: Reg,
    },
    /// Ends an `async for`: the exception in `exc` must be StopAsyncIteration (the loop
    /// is over), anything else is raised again.
    EndAsyncFor {
        exc: Reg,
    },

    // ---------------------------------------------------------------- building values
    BuildTuple {
        dst: Reg,
        start: Reg,
        count: u16,
    },
    BuildList {
        dst: Reg,
        start: Reg,
        count: u16,
    },
    BuildSet {
        dst: Reg,
        start: Reg,
        count: u16,
    },
    /// A set display of 3 or more constants, built as CPython builds the frozenset
    /// constant it folds such a display into (the order of colliding items differs).
    BuildConstSet {
        dst: Reg,
        start: Reg,
        count: u16,
    },
    /// `count` key/value pairs in consecutive registers from `start`.
    BuildDict {
        dst: Reg,
        start: Reg,
        count: u16,
    },
    ListAppend {
        list: Reg,
        item: Reg,
    },
    ListExtend {
        list: Reg,
        src: Reg,
    },
    SetAdd {
        set: Reg,
        item: Reg,
    },
    SetUpdate {
        set: Reg,
        src: Reg,
    },
    DictInsert {
        dict: Reg,
        key: Reg,
        value: Reg,
    },
    /// `{**src}`: update, any mapping.
    DictUpdate {
        dict: Reg,
        src: Reg,
    },
    /// `f(**src)`: update, refusing repeated keywords (`func` names the callee in the
    /// error message).
    DictMerge {
        dict: Reg,
        src: Reg,
        func: Reg,
    },
    ListToTuple {
        dst: Reg,
        src: Reg,
    },
    /// `format(src, spec)` after the conversion, into `dst` (`spec` may be `NO_REG`).
    FormatValue {
        dst: Reg,
        src: Reg,
        spec: Reg,
        conv: Conversion,
    },
    /// Concatenates `count` strings from `start`.
    BuildString {
        dst: Reg,
        start: Reg,
        count: u16,
    },
    /// `a, b, c = src` into `dst ..`.
    Unpack {
        src: Reg,
        dst: Reg,
        count: u16,
    },
    /// `a, *b, c = src`: `before` items, a list, `after` items into `dst ..`.
    UnpackEx {
        src: Reg,
        dst: Reg,
        before: u8,
        after: u8,
    },

    // ---------------------------------------------------------------- calls, functions
    /// Calls `func` with the `argc` arguments that follow it; the result replaces `func`.
    Call {
        func: Reg,
        argc: u16,
    },
    /// Like `Call`, the last `len(names)` arguments being keywords (`names`: the index
    /// of a `Const::Names`).
    CallKw {
        func: Reg,
        argc: u16,
        names: u16,
    },
    /// After `LoadMethod`: `func`, then `self` (or the marker), then `argc` arguments.
    CallMethod {
        func: Reg,
        argc: u16,
    },
    CallMethodKw {
        func: Reg,
        argc: u16,
        names: u16,
    },
    /// `func(*args, **kwargs)`: `args` holds a tuple, `kwargs` a dict or `NO_REG`.
    CallEx {
        func: Reg,
        args: Reg,
        kwargs: Reg,
    },
    /// A function from the code object in constant `code`; `extra .. extra + 3` hold the
    /// defaults tuple, the keyword-only defaults dict, the closure tuple of cells and
    /// the annotations dict (each None when absent).
    MakeFunction {
        dst: Reg,
        code: u16,
        extra: Reg,
    },
    /// Runs the class body function in `body` with bases `bases` (a tuple) and puts the
    /// new class in `dst`.
    MakeClass {
        dst: Reg,
        body: Reg,
        bases: Reg,
    },
    Return {
        src: Reg,
    },

    // ---------------------------------------------------------------- generators, await
    /// `yield value`; the value sent in on resumption goes to `dst`.
    Yield {
        dst: Reg,
        value: Reg,
    },
    /// `yield from iter` (a generator, or any iterable); its return value to `dst`.
    YieldFrom {
        dst: Reg,
        iter: Reg,
    },
    /// `iter(src)` for `yield from` (coroutines pass through).
    GetYieldFromIter {
        dst: Reg,
        src: Reg,
    },
    /// The awaitable of `src` (a coroutine, a future, or `__await__`'s iterator).
    GetAwaitable {
        dst: Reg,
        src: Reg,
    },
    /// Awaits the awaitable in `aw`; its result goes to `dst`.
    Await {
        dst: Reg,
        aw: Reg,
    },

    // ---------------------------------------------------------------- exceptions
    /// `raise exc [from cause]` (`cause` may be `NO_REG`).
    Raise {
        exc: Reg,
        cause: Reg,
    },
    /// Raises the caught exception in `exc` again, unchanged (end of a `finally`, no
    /// `except` clause matched).
    Reraise {
        exc: Reg,
    },
    /// A bare `raise`: the exception being handled.
    RaiseActive,
    /// Entering an `except` (or `finally` on the exceptional path): the exception in
    /// `exc` becomes the one being handled.
    PushExcInfo {
        exc: Reg,
    },
    PopExcInfo,
    /// `dst = isinstance(exc, class)`, checking that `class` may be caught.
    ExcMatch {
        dst: Reg,
        exc: Reg,
        class: Reg,
    },
    /// `except* class`: splits the exception group in `exc`: the matching part goes to
    /// `dst` (None if nothing matched) and `exc` keeps the rest (None if nothing left).
    ExcStarMatch {
        dst: Reg,
        exc: Reg,
        class: Reg,
    },
    /// End of a `try ... except*`: re-raises what is left (`rest`) together with what
    /// the handlers raised (`raised`: a list), as CPython combines them.
    ExcStarReraise {
        orig: Reg,
        rest: Reg,
        raised: Reg,
    },

    // ---------------------------------------------------------------- with
    /// `with ctx`: `ctx + 1` gets the bound `__exit__` and `ctx + 2` the bound
    /// `__enter__` (for `async with`: `__aexit__` and `__aenter__`), which the next
    /// instructions call like any method (so a Python `__enter__` runs in a frame).
    WithEnter {
        ctx: Reg,
        is_async: bool,
    },
    /// The arguments of `__exit__` into `dst .. dst + 3`: the type, the exception and
    /// None for the exception in `exc`, or three Nones if `exc` is `NO_REG`.
    ExitArgs {
        dst: Reg,
        exc: Reg,
    },

    // ---------------------------------------------------------------- imports
    /// `import name` (the module object, for a dotted name its top package).
    ImportName {
        dst: Reg,
        name: NameId,
    },
    /// `from module import name`.
    ImportFrom {
        dst: Reg,
        module: Reg,
        name: NameId,
    },

    Nop,
}

/// Where an exception raised in `start..end` goes: to `target`, with the exception in
/// register `exc` and the handled-exception stack cut back to `depth` entries above the
/// frame's own base.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ExcEntry {
    pub start: u32,
    pub end: u32,
    pub target: u32,
    pub exc: Reg,
    pub depth: u16,
}

/// What kind of code object this is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CodeKind {
    Module,
    Function,
    Lambda,
    /// A class body: names live in the class namespace (`LoadName`/`StoreName`).
    Class,
    /// A list, set or dict comprehension or a generator expression.
    Comprehension,
}

/// Flags that decide what calling the code does.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct CodeFlags {
    /// `async def` (or an async comprehension / generator expression).
    pub is_async: bool,
    /// Contains `yield`: calling it makes a generator (an async generator if async).
    pub is_generator: bool,
}

/// A function's parameters, in the order of its first registers.
#[derive(Debug, Clone, Default)]
pub struct ParamSpec {
    /// Positional-only parameters.
    pub posonly: u16,
    /// Positional-or-keyword parameters (after the positional-only ones).
    pub args: u16,
    /// Keyword-only parameters (after those).
    pub kwonly: u16,
    /// `*args` (its register follows the keyword-only ones).
    pub vararg: bool,
    /// `**kwargs` (its register follows `*args`, if any).
    pub kwarg: bool,
    /// Every parameter's name, in register order.
    pub names: Vec<Name>,
}

impl ParamSpec {
    /// How many registers the parameters take.
    pub fn count(&self) -> usize {
        (self.posonly + self.args + self.kwonly) as usize + self.vararg as usize + self.kwarg as usize
    }

    /// Positional parameters (positional-only and positional-or-keyword).
    pub fn positional(&self) -> usize {
        (self.posonly + self.args) as usize
    }
}

#[derive(Debug, Clone)]
pub struct Code {
    /// The function's `__name__` (`<module>`, `<lambda>`, `<listcomp>`...).
    pub name: Name,
    /// Its `__qualname__` (`Worker.run.<locals>.helper`).
    pub qualname: Name,
    pub kind: CodeKind,
    pub flags: CodeFlags,
    pub params: ParamSpec,
    pub ops: Vec<Op>,
    /// The source span of each instruction (errors, trace lines).
    pub spans: Vec<Span>,
    pub consts: Vec<Const>,
    /// Names used by attribute, name and import instructions.
    pub names: Vec<Name>,
    /// Registers in a frame of this code (parameters, locals, cells, temporaries).
    pub nregs: u16,
    /// The local variables' names, by register (parameters first); for messages.
    pub local_names: Vec<Name>,
    /// Cells created by this code: (register, name). Parameters captured by inner
    /// functions are wrapped by `MakeCell` at entry.
    pub cellvars: Vec<(Reg, Name)>,
    /// Cells received from the enclosing function (the closure), copied into these
    /// registers when a frame starts.
    pub freevars: Vec<(Reg, Name)>,
    /// Innermost first, so the first entry covering an instruction is the handler.
    pub exc_table: Vec<ExcEntry>,
    /// The span of the `def`/`class`/`lambda` (or the module), for the first line.
    pub span: Span,
    /// For methods that use `super()`: the register holding the `__class__` cell.
    pub class_cell: Option<Reg>,
    /// The first constant is the docstring.
    pub has_docstring: bool,
}

impl Code {
    /// The exception handler for an exception raised at instruction `ip`, if any.
    pub fn handler(&self, ip: u32) -> Option<&ExcEntry> {
        self.exc_table.iter().find(|e| e.start <= ip && ip < e.end)
    }

    /// The name of the variable held in register `reg` (a local, a cell or a free
    /// variable), for error messages.
    pub fn reg_name(&self, reg: Reg) -> Option<&Name> {
        if let Some(n) = self.local_names.get(reg as usize) {
            return Some(n);
        }
        self.cellvars.iter().chain(&self.freevars).find(|(r, _)| *r == reg).map(|(_, n)| n)
    }
}

/// A compiled program: the module's code and its global variables, by slot.
#[derive(Debug, Clone)]
pub struct Program {
    pub module: Rc<Code>,
    /// Every name the program reads or writes as a global, indexed by slot.
    pub globals: Vec<Name>,
}
