//! The syntax tree of a scenario: Python 3.11's grammar, less what SPEC section 1c
//! refuses (`match`, bytes, complex numbers...), which the parser reports instead.
//!
//! Every node carries its [`Span`] (byte offsets into the source) so that diagnostics,
//! the editor's error marks, the durations panel and the compiler's line table all point
//! at the exact text. The tree is plain data: the parser builds it, `validate` checks it,
//! the compiler reads it; nothing here knows about values or the VM.

use std::rc::Rc;

/// A half-open byte range `start..end` in the source text.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Span {
    pub start: u32,
    pub end: u32,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Span {
        Span { start: start as u32, end: end as u32 }
    }

    /// The smallest span covering both.
    pub fn to(self, other: Span) -> Span {
        Span { start: self.start.min(other.start), end: self.end.max(other.end) }
    }
}

/// Identifiers are shared, cheap to clone and compare.
pub type Name = Rc<str>;

#[derive(Debug, Clone, Default)]
pub struct Module {
    pub body: Vec<Stmt>,
}

#[derive(Debug, Clone)]
pub struct Stmt {
    pub kind: StmtKind,
    pub span: Span,
}

#[derive(Debug, Clone)]
pub enum StmtKind {
    /// An expression statement (a call, an `await`, a docstring...).
    Expr(Expr),
    /// `a = b = value`: every target receives the value, left to right.
    Assign {
        targets: Vec<Target>,
        value: Expr,
    },
    /// `target op= value`.
    AugAssign {
        target: Target,
        op: BinOp,
        value: Expr,
    },
    /// `target: annotation [= value]`. `simple` is true for a bare name target (not in
    /// parentheses), which CPython records in `__annotations__` at module and class level.
    AnnAssign {
        target: Target,
        annotation: Expr,
        value: Option<Expr>,
        simple: bool,
    },
    /// `if`/`elif`/`else`: an `elif` is an `If` alone in `orelse`.
    If {
        test: Expr,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    While {
        test: Expr,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    /// `for` and `async for`.
    For {
        is_async: bool,
        target: Target,
        iter: Expr,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    /// `with` and `async with`; several items nest left to right.
    With {
        is_async: bool,
        items: Vec<WithItem>,
        body: Vec<Stmt>,
    },
    Break,
    Continue,
    Pass,
    Return(Option<Expr>),
    /// `raise`, `raise EXC`, `raise EXC from CAUSE`.
    Raise {
        exc: Option<Expr>,
        cause: Option<Expr>,
    },
    /// `try` with `except` (or `except*` when `star`), `else` and `finally` blocks.
    Try {
        body: Vec<Stmt>,
        handlers: Vec<ExceptHandler>,
        orelse: Vec<Stmt>,
        finalbody: Vec<Stmt>,
        star: bool,
    },
    Assert {
        test: Expr,
        msg: Option<Expr>,
    },
    /// `del a, b[0], c.x`.
    Delete(Vec<Target>),
    FunctionDef(Rc<FunctionDef>),
    ClassDef(Rc<ClassDef>),
    Global(Vec<Name>),
    Nonlocal(Vec<Name>),
    /// `import a`, `import a.b as c`.
    Import(Vec<Alias>),
    /// `from MODULE import a, b as c` (`level` counts leading dots; `names` is empty for
    /// `import *`, whose position is `star`).
    ImportFrom {
        module: Option<Name>,
        module_span: Span,
        names: Vec<Alias>,
        level: u32,
        star: Option<Span>,
    },
}

#[derive(Debug, Clone)]
pub struct Alias {
    /// The (possibly dotted) name imported.
    pub name: Name,
    pub asname: Option<Name>,
    pub span: Span,
}

#[derive(Debug, Clone)]
pub struct WithItem {
    pub context: Expr,
    pub target: Option<Target>,
}

#[derive(Debug, Clone)]
pub struct ExceptHandler {
    /// `None` for a bare `except:`. May be a tuple of classes.
    pub class: Option<Expr>,
    /// `except E as name`.
    pub name: Option<Name>,
    pub body: Vec<Stmt>,
    /// The `except` clause's header (keyword to colon).
    pub span: Span,
}

/// A `def`, an `async def` or a `lambda` (named `<lambda>`, whose body is one `Return`).
#[derive(Debug)]
pub struct FunctionDef {
    pub name: Name,
    pub name_span: Span,
    pub is_async: bool,
    pub is_lambda: bool,
    pub params: Parameters,
    /// The return annotation (`-> T`).
    pub returns: Option<Expr>,
    pub decorators: Vec<Expr>,
    pub body: Vec<Stmt>,
    /// The whole `def` statement (header and body, decorators excluded).
    pub span: Span,
}

#[derive(Debug, Clone, Default)]
pub struct Parameters {
    /// Before a `/`.
    pub posonly: Vec<Param>,
    /// Positional-or-keyword.
    pub args: Vec<Param>,
    /// `*args`.
    pub vararg: Option<Param>,
    /// After `*` or `*args`.
    pub kwonly: Vec<Param>,
    /// `**kwargs`.
    pub kwarg: Option<Param>,
}

impl Parameters {
    /// Every parameter in the order of the function's local slots: positional-only,
    /// positional-or-keyword, keyword-only, then `*args` and `**kwargs` (CPython's order).
    pub fn all(&self) -> impl Iterator<Item = &Param> {
        self.posonly.iter().chain(&self.args).chain(&self.kwonly).chain(&self.vararg).chain(&self.kwarg)
    }
}

#[derive(Debug, Clone)]
pub struct Param {
    pub name: Name,
    pub annotation: Option<Expr>,
    pub default: Option<Expr>,
    pub span: Span,
}

#[derive(Debug)]
pub struct ClassDef {
    pub name: Name,
    pub name_span: Span,
    /// Positional arguments of the class header (the bases).
    pub bases: Vec<Expr>,
    /// Keyword arguments of the class header (`metaclass=` and others; refused).
    pub keywords: Vec<Keyword>,
    pub decorators: Vec<Expr>,
    pub body: Vec<Stmt>,
    /// The whole `class` statement (header and body, decorators excluded).
    pub span: Span,
}

/// The left-hand side of an assignment, the variable of a `for` or a comprehension, a
/// `with ... as` target, or what `del` deletes.
#[derive(Debug, Clone)]
pub enum Target {
    Name(Name, Span),
    Attribute {
        value: Box<Expr>,
        attr: Name,
        attr_span: Span,
        span: Span,
    },
    Subscript {
        value: Box<Expr>,
        index: Box<Expr>,
        span: Span,
    },
    /// `a, b = ...`, `(a, b) = ...` or `[a, b] = ...` unpacking.
    Tuple(Vec<Target>, Span),
    /// `*rest` inside a `Tuple` target.
    Starred(Box<Target>, Span),
}

impl Target {
    pub fn span(&self) -> Span {
        match self {
            Target::Name(_, span)
            | Target::Attribute { span, .. }
            | Target::Subscript { span, .. }
            | Target::Tuple(_, span)
            | Target::Starred(_, span) => *span,
        }
    }
}

#[derive(Debug, Clone)]
pub struct Expr {
    pub kind: ExprKind,
    pub span: Span,
}

impl Expr {
    pub fn new(kind: ExprKind, span: Span) -> Expr {
        Expr { kind, span }
    }
}

#[derive(Debug, Clone)]
pub enum ExprKind {
    Int(i64),
    /// An integer literal too large for `i64`, as its decimal digits.
    BigInt(Rc<str>),
    Float(f64),
    Str(Rc<str>),
    /// An f-string: literal pieces and replacement fields, in order.
    FString(Vec<FPart>),
    Bool(bool),
    None,
    /// `...`
    Ellipsis,
    Name(Name),
    /// Items may be `Starred`.
    List(Vec<Expr>),
    /// Items may be `Starred`.
    Tuple(Vec<Expr>),
    /// Items may be `Starred`.
    Set(Vec<Expr>),
    Dict(Vec<DictItem>),
    /// `*value` in a display or an assignment's value.
    Starred(Box<Expr>),
    /// `value.attr`
    Attribute {
        value: Box<Expr>,
        attr: Name,
        attr_span: Span,
    },
    /// `value[index]`; `index` may be a `Slice`, or a `Tuple` containing slices.
    Subscript {
        value: Box<Expr>,
        index: Box<Expr>,
    },
    /// `lower:upper:step`, only as (part of) a subscript's index.
    Slice {
        lower: Option<Box<Expr>>,
        upper: Option<Box<Expr>>,
        step: Option<Box<Expr>>,
    },
    Call {
        func: Box<Expr>,
        args: Vec<Arg>,
    },
    BinOp {
        op: BinOp,
        left: Box<Expr>,
        right: Box<Expr>,
    },
    UnaryOp {
        op: UnaryOp,
        operand: Box<Expr>,
    },
    /// `a and b and c` / `a or b`: two or more values, short-circuit.
    BoolOp {
        op: BoolOp,
        values: Vec<Expr>,
    },
    /// `a < b <= c`: chained comparisons.
    Compare {
        left: Box<Expr>,
        ops: Vec<(CmpOp, Expr)>,
    },
    /// `body if test else orelse`
    IfExp {
        test: Box<Expr>,
        body: Box<Expr>,
        orelse: Box<Expr>,
    },
    /// `lambda params: body` (a `FunctionDef` named `<lambda>`).
    Lambda(Rc<FunctionDef>),
    ListComp {
        elt: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    SetComp {
        elt: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    DictComp {
        key: Box<Expr>,
        value: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    GeneratorExp {
        elt: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    Await(Box<Expr>),
    /// `yield` / `yield value`.
    Yield(Option<Box<Expr>>),
    YieldFrom(Box<Expr>),
    /// `name := value`.
    NamedExpr {
        target: Name,
        target_span: Span,
        value: Box<Expr>,
    },
}

#[derive(Debug, Clone)]
pub enum DictItem {
    /// `key: value`
    Pair(Expr, Expr),
    /// `**mapping`
    Spread(Expr),
}

/// One `for target in iter if cond...` clause of a comprehension.
#[derive(Debug, Clone)]
pub struct Comprehension {
    pub is_async: bool,
    pub target: Target,
    pub iter: Expr,
    pub ifs: Vec<Expr>,
    pub span: Span,
}

#[derive(Debug, Clone)]
pub enum Arg {
    Positional(Expr),
    /// `*expr` in a call.
    Starred(Expr),
    /// `name=value`.
    Keyword(Keyword),
    /// `**expr` in a call.
    DoubleStarred(Expr),
}

#[derive(Debug, Clone)]
pub struct Keyword {
    pub name: Name,
    pub value: Expr,
    /// `name=value` as written.
    pub span: Span,
}

#[derive(Debug, Clone)]
pub enum FPart {
    Literal(Rc<str>),
    Field {
        expr: Expr,
        /// `!r`, `!s`, `!a`
        conversion: Option<char>,
        /// The format spec after `:`; may itself hold nested fields (`{x:>{width}}`).
        spec: Vec<FPart>,
        /// `f"{x=}"`: the text `x=` (with its spaces) printed before the value.
        debug_text: Option<Rc<str>>,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    MatMul,
    Div,
    FloorDiv,
    Mod,
    Pow,
    LShift,
    RShift,
    BitOr,
    BitXor,
    BitAnd,
}

impl BinOp {
    pub fn symbol(self) -> &'static str {
        match self {
            BinOp::Add => "+",
            BinOp::Sub => "-",
            BinOp::Mul => "*",
            BinOp::MatMul => "@",
            BinOp::Div => "/",
            BinOp::FloorDiv => "//",
            BinOp::Mod => "%",
            BinOp::Pow => "**",
            BinOp::LShift => "<<",
            BinOp::RShift => ">>",
            BinOp::BitOr => "|",
            BinOp::BitXor => "^",
            BinOp::BitAnd => "&",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum UnaryOp {
    Neg,
    Pos,
    Not,
    /// `~`
    Invert,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum BoolOp {
    And,
    Or,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CmpOp {
    Eq,
    NotEq,
    Lt,
    LtE,
    Gt,
    GtE,
    In,
    NotIn,
    Is,
    IsNot,
}

impl CmpOp {
    pub fn symbol(self) -> &'static str {
        match self {
            CmpOp::Eq => "==",
            CmpOp::NotEq => "!=",
            CmpOp::Lt => "<",
            CmpOp::LtE => "<=",
            CmpOp::Gt => ">",
            CmpOp::GtE => ">=",
            CmpOp::In => "in",
            CmpOp::NotIn => "not in",
            CmpOp::Is => "is",
            CmpOp::IsNot => "is not",
        }
    }
}
