//! The syntax tree of a scenario: the subset of Python that SPEC section 1 accepts.
//!
//! Every node carries its [`Span`] (byte offsets into the source) so that diagnostics,
//! the editor's error marks and the durations panel all point at the exact text.
//! The parser builds it; `check` has already rejected anything outside the subset, so the
//! interpreter never meets an unsupported construct.

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

#[derive(Debug, Clone)]
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
    /// `if`/`elif`/`else`: an `elif` is an `If` alone in `orelse`.
    If {
        test: Expr,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    While {
        test: Expr,
        body: Vec<Stmt>,
    },
    For {
        target: Target,
        iter: Expr,
        body: Vec<Stmt>,
    },
    Break,
    Continue,
    Pass,
    Return(Option<Expr>),
    /// `raise` (re-raise) or `raise EXPR`.
    Raise(Option<Expr>),
    Try {
        body: Vec<Stmt>,
        handlers: Vec<ExceptHandler>,
        finalbody: Vec<Stmt>,
    },
    FunctionDef(Rc<FunctionDef>),
    Global(Vec<Name>),
    /// `import asyncio`, `import time` (the checker refuses every other module).
    Import(Vec<Name>),
}

#[derive(Debug, Clone)]
pub struct ExceptHandler {
    /// `None` for a bare `except:`. May be a tuple of classes.
    pub class: Option<Expr>,
    /// `except E as name`.
    pub name: Option<Name>,
    pub body: Vec<Stmt>,
    pub span: Span,
}

#[derive(Debug)]
pub struct FunctionDef {
    pub name: Name,
    pub name_span: Span,
    pub is_async: bool,
    pub params: Vec<Param>,
    pub body: Vec<Stmt>,
    /// The whole `def` statement (header and body).
    pub span: Span,
}

#[derive(Debug, Clone)]
pub struct Param {
    pub name: Name,
    pub default: Option<Expr>,
    pub span: Span,
}

/// The left-hand side of an assignment or the variable of a `for`.
#[derive(Debug, Clone)]
pub enum Target {
    Name(Name, Span),
    Subscript {
        value: Box<Expr>,
        index: Box<Expr>,
        span: Span,
    },
    /// `a, b = ...` or `(a, b)` / `[a, b]` unpacking.
    Tuple(Vec<Target>, Span),
}

impl Target {
    pub fn span(&self) -> Span {
        match self {
            Target::Name(_, span) | Target::Subscript { span, .. } | Target::Tuple(_, span) => *span,
        }
    }
}

#[derive(Debug, Clone)]
pub struct Expr {
    pub kind: ExprKind,
    pub span: Span,
    /// True when the expression can be evaluated without suspending: no `await` and no
    /// call that may run a user function. Filled in by the engine's analysis after
    /// parsing (the parser leaves it `false`, which is always safe). Construct with
    /// [`Expr::new`].
    pub sync: bool,
}

impl Expr {
    pub fn new(kind: ExprKind, span: Span) -> Expr {
        Expr { kind, span, sync: false }
    }
}

#[derive(Debug, Clone)]
pub enum ExprKind {
    Int(i64),
    Float(f64),
    Str(Rc<str>),
    /// An f-string: literal pieces and replacement fields, in order.
    FString(Vec<FPart>),
    Bool(bool),
    None,
    Name(Name),
    List(Vec<Expr>),
    Tuple(Vec<Expr>),
    /// `value.attr`
    Attribute {
        value: Box<Expr>,
        attr: Name,
        attr_span: Span,
    },
    /// `value[index]` (no slices)
    Subscript {
        value: Box<Expr>,
        index: Box<Expr>,
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
    Await(Box<Expr>),
}

#[derive(Debug, Clone)]
pub enum Arg {
    Positional(Expr),
    /// `*expr` in a call.
    Starred(Expr),
    Keyword {
        name: Name,
        value: Expr,
        span: Span,
    },
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
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    Div,
    FloorDiv,
    Mod,
    Pow,
}

impl BinOp {
    pub fn symbol(self) -> &'static str {
        match self {
            BinOp::Add => "+",
            BinOp::Sub => "-",
            BinOp::Mul => "*",
            BinOp::Div => "/",
            BinOp::FloorDiv => "//",
            BinOp::Mod => "%",
            BinOp::Pow => "**",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnaryOp {
    Neg,
    Pos,
    Not,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BoolOp {
    And,
    Or,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
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
