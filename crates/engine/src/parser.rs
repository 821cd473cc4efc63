//! Recursive-descent parser for Python 3.11's grammar, producing the subset's AST.
//!
//! The parser reads the whole of Python, not only the subset, for two reasons: a real
//! syntax error anywhere must be reported on the line CPython reports it (so a later
//! syntax error wins over an earlier unsupported construct, as CPython would never
//! have run the program), and every construct outside the subset must be named in its
//! diagnostic. Unsupported constructs are recorded (the earliest one is kept), replaced
//! by placeholders, and parsing goes on; `parse` reports them only once the whole file
//! parsed and passed CPython's compile-time checks (`check`).
//!
//! Error positions follow CPython's PEG parser: a generic error is reported at the token
//! where parsing could not go on; the specific messages of its second pass ("expected
//! ':'", "Perhaps you forgot a comma?", "cannot assign to ...") at the places it picks;
//! and tokenizer errors are ranked against parser errors as `_PyPegen_set_syntax_error`
//! does (see [`LexError::hard`]).

use crate::ast::*;
use crate::diag::{Diagnostic, LineIndex};
use crate::lexer::{self, LexError, Lexed, Token, TokenKind};
use std::rc::Rc;

/// Deepest expression nesting Loopscope accepts (the tree is walked recursively by the
/// interpreter, and dropped recursively by Rust).
const MAX_EXPR_DEPTH: u32 = 200;
/// Deepest parser recursion (brackets, conditional expressions, `**` chains...). Keeps
/// the native and wasm stacks safe; brackets alone stop at 200 in the tokenizer.
const MAX_RECURSION: u32 = 300;
/// Longest `elif` chain (each `elif` nests one level deeper in the tree).
const MAX_ELIF: usize = 200;

/// Parses a scenario, checks CPython's compile-time rules, then the Loopscope subset.
pub fn parse(source: &str) -> Result<Module, Diagnostic> {
    if source.contains('\0') {
        // CPython 3.11 refuses the source before tokenizing (the oracle prints it
        // without a position: line None).
        return Err(Diagnostic {
            kind: "SyntaxError",
            message: "source code string cannot contain null bytes".into(),
            span: Span::default(),
            line: 1,
            col: 1,
        });
    }
    let lexed = lexer::lex(source);
    let mut p = Parser::new(source, &lexed.tokens);
    match p.file() {
        Ok(body) => {
            let module = Module { body };
            crate::check::check(source, &module)?;
            match p.unsupported {
                Some(d) => Err(d),
                None => Ok(module),
            }
        }
        Err(Fail) => Err(p.final_error(&lexed)),
    }
}

/// The parser failed; the diagnostic is in `Parser::error`. Keeps `Result`s small, which
/// keeps the recursive frames small.
#[derive(Debug)]
struct Fail;

type PResult<T> = Result<T, Fail>;

/// An expression and how deeply nested its tree is.
struct Node {
    e: Expr,
    depth: u32,
}

impl Node {
    fn span(&self) -> Span {
        self.e.span
    }
}

/// Placeholders for constructs outside the subset: a name no program can spell, holding
/// CPython's description of the construct (used by "cannot assign to ..." messages).
const PLACEHOLDER: char = '\0';

/// First name of the `Global` statement standing for a `nonlocal` one (see `check`).
pub(crate) const NONLOCAL_MARKER: &str = "\0nonlocal";

/// The name of the `FunctionDef` standing for a class body (see `check`).
pub(crate) const CLASS_PLACEHOLDER: &str = "\0class";

/// The CPython name of the construct a placeholder stands for. A placeholder is a name
/// no program can spell, or a call of one with the construct's subexpressions as
/// arguments, so that `check` still sees the names, `await`s and `yield`s inside.
pub(crate) fn placeholder_kind(e: &Expr) -> Option<&str> {
    match &e.kind {
        ExprKind::Name(n) => n.strip_prefix(PLACEHOLDER),
        ExprKind::Call { func, .. } => match &func.kind {
            ExprKind::Name(n) => n.strip_prefix(PLACEHOLDER),
            _ => None,
        },
        _ => None,
    }
}

/// Call arguments being read.
#[derive(Default)]
struct ArgList {
    args: Vec<Arg>,
    depth: u32,
    seen_keyword: bool,
    seen_dstar: bool,
    misplaced: Option<&'static str>,
    /// A generator expression argument (refused; alone it needs no parentheses).
    genexp: Option<Span>,
}

/// What follows a primary.
enum Suffix {
    Attribute(Name, Span),
    Call(Vec<Arg>, u32),
    Subscript(Node),
}

/// Where an assignment target appears, which changes CPython's messages.
#[derive(Clone, Copy, PartialEq, Eq)]
enum TargetCtx {
    Assign,
    For,
    AugAssign,
}

#[derive(Clone, Copy, Debug)]
enum BinaryOp {
    Bool(BoolOp),
    Cmp(CmpOp),
    Arith(BinOp),
    /// `| ^ & << >> @`: valid Python, refused by Loopscope.
    Other(&'static str),
}

const PREC_OR: u8 = 1;
const PREC_AND: u8 = 2;
const PREC_NOT: u8 = 3;
const PREC_CMP: u8 = 4;

struct Parser<'s, 't> {
    src: &'s str,
    toks: &'t [Token],
    pos: usize,
    /// Furthest token looked at by the "first pass" (everything but the speculative
    /// parses standing for CPython's second, error-hunting pass): generic errors are
    /// reported there.
    furthest: usize,
    /// Furthest token looked at by either pass: compared with unclosed brackets.
    furthest_all: usize,
    /// Inside a parse that stands for CPython's second pass.
    second_pass: bool,
    /// `for` targets being read inside one another (unclosed comprehensions): only the
    /// outermost re-reads a failed target for CPython's message, or nested ones would
    /// re-read each other exponentially (`[0 for [0 for [0 for ...`).
    for_target_depth: u32,
    /// The error is the generic one at an INDENT/DEDENT token, which CPython reports
    /// without looking at the rest of the file.
    layout_error: bool,
    /// `print x` met on the way: valid, but reported if the parse fails anyway.
    latent_legacy: Option<Diagnostic>,
    /// The error is a generic "invalid syntax": where CPython's PEG parser would
    /// backtrack and try something else, not a specific message that stops it.
    generic_error: bool,
    /// End of the last token consumed.
    prev_end: usize,
    error: Option<Diagnostic>,
    /// The earliest construct outside the subset.
    unsupported: Option<Diagnostic>,
    recursion: u32,
    /// Brackets the parser is inside (CPython only suggests a missing comma there).
    brackets: u32,
    /// Parsing an f-string replacement field: messages get CPython's "f-string: " prefix.
    in_fstring: bool,
    /// Deepest replacement field expression of the f-string being read.
    field_depth: u32,
    /// Inside a speculative parse: no second-pass diagnostics.
    speculating: bool,
}

impl<'s, 't> Parser<'s, 't> {
    fn new(src: &'s str, toks: &'t [Token]) -> Parser<'s, 't> {
        Parser {
            src,
            toks,
            pos: 0,
            furthest: 0,
            furthest_all: 0,
            second_pass: false,
            for_target_depth: 0,
            layout_error: false,
            generic_error: false,
            latent_legacy: None,
            prev_end: 0,
            error: None,
            unsupported: None,
            recursion: 0,
            brackets: 0,
            in_fstring: false,
            field_depth: 0,
            speculating: false,
        }
    }

    // ----- tokens -------------------------------------------------------------------

    fn tok_at(&mut self, n: usize) -> Token {
        let last = self.toks.len().saturating_sub(1);
        let i = (self.pos + n).min(last);
        self.furthest_all = self.furthest_all.max(i);
        if !self.second_pass {
            self.furthest = self.furthest.max(i);
        }
        self.toks
            .get(i)
            .copied()
            .unwrap_or(Token { kind: TokenKind::EndMarker, span: Span::new(self.src.len(), self.src.len()) })
    }

    fn tok(&mut self) -> Token {
        self.tok_at(0)
    }

    fn kind(&mut self) -> TokenKind {
        self.tok().kind
    }

    fn span(&mut self) -> Span {
        self.tok().span
    }

    fn bump(&mut self) -> Token {
        let t = self.tok();
        if self.pos + 1 < self.toks.len() {
            self.pos += 1;
        }
        self.prev_end = t.span.end as usize;
        t
    }

    fn at_op(&mut self, op: &str) -> bool {
        matches!(self.kind(), TokenKind::Op(o) if o == op)
    }

    fn at_kw(&mut self, kw: &str) -> bool {
        matches!(self.kind(), TokenKind::Keyword(k) if k == kw)
    }

    fn eat_op(&mut self, op: &str) -> bool {
        let yes = self.at_op(op);
        if yes {
            self.bump();
        }
        yes
    }

    fn eat_kw(&mut self, kw: &str) -> bool {
        let yes = self.at_kw(kw);
        if yes {
            self.bump();
        }
        yes
    }

    fn text(&self, span: Span) -> &'s str {
        self.src.get(span.start as usize..span.end as usize).unwrap_or("")
    }

    fn line(&self, offset: u32) -> u32 {
        LineIndex::new(self.src).line(offset)
    }

    fn expect_op(&mut self, op: &str) -> PResult<Token> {
        if self.at_op(op) { Ok(self.bump()) } else { self.unexpected() }
    }

    /// The ':' ending a compound statement's header. CPython says "expected ':'" when
    /// the line ends there, or always for the headers where the colon is a forced token
    /// (`def`, `try`, `else`, `finally`); otherwise it is a generic error.
    fn expect_colon(&mut self) -> PResult<()> {
        self.colon(false)
    }

    fn expect_forced_colon(&mut self) -> PResult<()> {
        self.colon(true)
    }

    fn colon(&mut self, forced: bool) -> PResult<()> {
        if self.eat_op(":") {
            return Ok(());
        }
        let t = self.tok();
        if forced || t.kind == TokenKind::Newline {
            return self.fail("expected ':'", t.span);
        }
        self.unexpected()
    }

    fn name_token(&mut self) -> PResult<(Name, Span)> {
        let t = self.tok();
        if t.kind != TokenKind::Name {
            return self.unexpected();
        }
        self.bump();
        Ok((Rc::from(self.text(t.span)), t.span))
    }

    /// Whether the current token can start an expression.
    fn starts_expression(&mut self) -> bool {
        match self.kind() {
            TokenKind::Name | TokenKind::Int | TokenKind::Float | TokenKind::Imaginary | TokenKind::Str(_) => true,
            TokenKind::Keyword(k) => matches!(k, "True" | "False" | "None" | "not" | "await" | "lambda"),
            TokenKind::Op(o) => matches!(o, "(" | "[" | "{" | "-" | "+" | "~" | "..."),
            _ => false,
        }
    }

    // ----- diagnostics --------------------------------------------------------------

    #[inline(never)]
    fn fail_kind<T>(&mut self, kind: &'static str, message: impl Into<String>, span: Span) -> PResult<T> {
        if self.error.is_none() {
            self.generic_error = false;
            let mut message = message.into();
            if self.in_fstring && !message.starts_with("f-string") {
                message = format!("f-string: {message}");
            }
            self.error = Some(Diagnostic::new(kind, message, span, self.src));
        }
        Err(Fail)
    }

    fn fail<T>(&mut self, message: impl Into<String>, span: Span) -> PResult<T> {
        self.fail_kind("SyntaxError", message, span)
    }

    /// The generic error, at the furthest token looked at (CPython's last token).
    #[inline(never)]
    fn unexpected<T>(&mut self) -> PResult<T> {
        self.tok();
        let t = self
            .toks
            .get(self.furthest)
            .copied()
            .unwrap_or(Token { kind: TokenKind::EndMarker, span: Span::new(self.src.len(), self.src.len()) });
        let first = self.error.is_none();
        if first {
            self.layout_error = matches!(t.kind, TokenKind::Indent | TokenKind::Dedent);
        }
        let result = match t.kind {
            TokenKind::Indent => self.fail_kind("IndentationError", "unexpected indent", t.span),
            TokenKind::Dedent => self.fail_kind("IndentationError", "unexpected unindent", t.span),
            _ => self.fail("invalid syntax", t.span),
        };
        // Meeting the tokenizer's error stops CPython at once: nothing to backtrack.
        let at_lex_error = t.kind == TokenKind::Error && self.furthest + 1 >= self.toks.len();
        if first && !at_lex_error {
            self.generic_error = true;
        }
        result
    }

    /// Runs `f`; if it fails where CPython's PEG parser would just backtrack (a generic
    /// error, or any error while speculating), restores the position and returns `None`.
    /// Specific errors propagate.
    fn attempt<T>(&mut self, f: impl FnOnce(&mut Self) -> PResult<T>) -> PResult<Option<T>> {
        let saved = (self.pos, self.prev_end, self.brackets, self.recursion);
        match f(self) {
            Ok(node) => Ok(Some(node)),
            Err(Fail) if self.speculating || self.generic_error => {
                (self.pos, self.prev_end, self.brackets, self.recursion) = saved;
                self.error = None;
                self.generic_error = false;
                self.layout_error = false;
                Ok(None)
            }
            Err(Fail) => Err(Fail),
        }
    }

    /// Records a construct outside the subset: `{what} is not supported by Loopscope`.
    #[inline(never)]
    fn unsupported(&mut self, what: &str, span: Span) {
        // "'class' is ...", "dict literals are ...": plural when the head noun is.
        let head = what.split(" (").next().unwrap_or(what);
        let verb = if head.ends_with('s') && !head.ends_with(" in calls") { "are" } else { "is" };
        self.unsupported_message(format!("{what} {verb} not supported by Loopscope"), span);
    }

    #[inline(never)]
    fn unsupported_message(&mut self, message: String, span: Span) {
        if self.speculating {
            return;
        }
        // The earliest construct wins; at the same place, the later (outer, or better
        // informed) description.
        if self.unsupported.as_ref().is_some_and(|u| u.span.start < span.start) {
            return;
        }
        self.unsupported = Some(Diagnostic::syntax(message, span, self.src));
    }

    /// The diagnostic of a failed parse, ranked against the tokenizer's error as CPython
    /// does: a tokenizer error the parser reached wins; otherwise (unless the error is an
    /// unexpected indent) CPython tokenizes the rest of the file: a "hard" tokenizer
    /// error wins, and so does an unclosed bracket opened on a line before the parser's
    /// furthest token.
    fn final_error(&self, lexed: &Lexed) -> Diagnostic {
        let error_index = lexed.tokens.len().saturating_sub(1);
        let reached_lex_error = lexed.error.is_some() && self.furthest_all >= error_index;
        if let (Some(e), true) = (&lexed.error, reached_lex_error) {
            return e.diag.clone();
        }
        // CPython's second pass re-reads the file from the start: an earlier `print x`
        // (valid, but one of its error rules matches it) is reported first.
        let (parse_error, layout) = match &self.latent_legacy {
            Some(d) => (d.clone(), false),
            None => (
                self.error.clone().unwrap_or_else(|| {
                    let span = self.toks.get(self.pos).map(|t| t.span).unwrap_or_default();
                    Diagnostic::syntax("invalid syntax", span, self.src)
                }),
                self.layout_error,
            ),
        };
        let Some(LexError { diag, hard, open_bracket }) = &lexed.error else {
            return parse_error;
        };
        if layout {
            return parse_error;
        }
        if *hard {
            return diag.clone();
        }
        if let Some(open) = open_bracket {
            let index = LineIndex::new(self.src);
            let furthest = self.toks.get(self.furthest_all).map_or(0, |t| t.span.start);
            if index.line(open.start) < index.line(furthest) {
                let bracket = self.text(*open);
                return Diagnostic::syntax(format!("'{bracket}' was never closed"), *open, self.src);
            }
        }
        parse_error
    }

    /// Runs `f` without committing to anything: position, errors and records are
    /// restored. Returns whether it succeeded.
    #[inline(never)]
    fn speculate(&mut self, f: impl FnOnce(&mut Self) -> PResult<Node>) -> bool {
        let saved = (
            self.pos,
            self.prev_end,
            self.error.take(),
            self.brackets,
            self.recursion,
            self.speculating,
            self.second_pass,
        );
        self.speculating = true;
        self.second_pass = true;
        let ok = f(self).is_ok();
        (self.pos, self.prev_end, self.error, self.brackets, self.recursion, self.speculating, self.second_pass) =
            saved;
        ok
    }

    fn enter(&mut self) -> PResult<()> {
        self.recursion += 1;
        if self.recursion > MAX_RECURSION {
            let span = self.span();
            return self.fail("expression too deeply nested for Loopscope", span);
        }
        Ok(())
    }

    fn leave(&mut self) {
        self.recursion = self.recursion.saturating_sub(1);
    }

    // ----- nodes --------------------------------------------------------------------

    /// Builds a node over children of depth `depth`; beyond Loopscope's limit the
    /// subtree is replaced by a placeholder (and recorded), so no tree ever gets deeper.
    #[inline(never)]
    fn node(&mut self, kind: ExprKind, span: Span, depth: u32) -> Node {
        if depth + 1 > MAX_EXPR_DEPTH {
            self.unsupported_message(
                format!("expressions nested more than {MAX_EXPR_DEPTH} levels deep are not supported by Loopscope"),
                span,
            );
            return self.placeholder("expression", span);
        }
        Node { e: Expr::new(kind, span), depth: depth + 1 }
    }

    #[inline(never)]
    fn leaf(&self, kind: ExprKind, span: Span) -> Node {
        Node { e: Expr::new(kind, span), depth: 1 }
    }

    #[inline(never)]
    fn placeholder(&self, what: &str, span: Span) -> Node {
        let name: Name = Rc::from(format!("{PLACEHOLDER}{what}"));
        self.leaf(ExprKind::Name(name), span)
    }

    /// A placeholder keeping the construct's subexpressions (see [`placeholder_kind`]).
    #[inline(never)]
    fn placeholder_with(&mut self, what: &str, span: Span, children: Vec<Node>) -> Node {
        if children.is_empty() {
            return self.placeholder(what, span);
        }
        let depth = children.iter().map(|c| c.depth).max().unwrap_or(0);
        let func = Box::new(self.placeholder(what, span).e);
        let args = children.into_iter().map(|c| Arg::Positional(c.e)).collect();
        self.node(ExprKind::Call { func, args }, span, depth)
    }

    /// Records `what` as unsupported and stands a placeholder (with CPython's name for
    /// the construct, `cpython_name`) in its place.
    #[inline(never)]
    fn refuse(&mut self, what: &str, at: Span, cpython_name: &str, span: Span) -> Node {
        self.unsupported(what, at);
        self.placeholder(cpython_name, span)
    }

    #[inline(never)]
    fn refuse_with(&mut self, what: &str, at: Span, cpython_name: &str, span: Span, children: Vec<Node>) -> Node {
        self.unsupported(what, at);
        self.placeholder_with(cpython_name, span, children)
    }

    fn stmt(&self, kind: StmtKind, start: Span) -> Stmt {
        Stmt { kind, span: Span::new(start.start as usize, self.prev_end.max(start.end as usize)) }
    }

    // ----- statements ---------------------------------------------------------------

    fn file(&mut self) -> PResult<Vec<Stmt>> {
        let mut body = Vec::new();
        while self.kind() != TokenKind::EndMarker {
            self.statement(&mut body)?;
        }
        Ok(body)
    }

    fn statement(&mut self, out: &mut Vec<Stmt>) -> PResult<()> {
        let t = self.tok();
        match t.kind {
            TokenKind::Keyword("if") => out.push(self.if_stmt()?),
            TokenKind::Keyword("while") => self.while_stmt(out)?,
            TokenKind::Keyword("for") => self.for_stmt(None, out)?,
            TokenKind::Keyword("try") => self.try_stmt(out)?,
            TokenKind::Keyword("def") => out.push(self.funcdef(None)?),
            TokenKind::Keyword("class") => out.push(self.classdef()?),
            TokenKind::Keyword("with") => out.push(self.with_stmt(None)?),
            TokenKind::Keyword("async") => self.async_stmt(out)?,
            TokenKind::Op("@") => out.push(self.decorated()?),
            TokenKind::Name if self.text(t.span) == "match" && self.is_match_stmt() => out.push(self.match_stmt()?),
            TokenKind::Indent | TokenKind::Dedent => return self.unexpected(),
            _ => self.simple_stmts(out)?,
        }
        Ok(())
    }

    /// The indented block (or same-line statements) after a compound header's ':'.
    fn block(&mut self, what: &str, header: Span) -> PResult<Vec<Stmt>> {
        if self.kind() != TokenKind::Newline {
            let mut body = Vec::new();
            self.simple_stmts(&mut body)?;
            return Ok(body);
        }
        self.bump();
        if self.kind() != TokenKind::Indent {
            let line = self.line(header.start);
            let span = self.span();
            return self.fail_kind(
                "IndentationError",
                format!("expected an indented block after {what} on line {line}"),
                span,
            );
        }
        self.bump();
        let mut body = Vec::new();
        while !matches!(self.kind(), TokenKind::Dedent | TokenKind::EndMarker) {
            self.statement(&mut body)?;
        }
        self.eat_dedent();
        Ok(body)
    }

    fn eat_dedent(&mut self) {
        if self.kind() == TokenKind::Dedent {
            // A dedent has no width: the statement still ends with its last token.
            let end = self.prev_end;
            self.bump();
            self.prev_end = end;
        }
    }

    fn simple_stmts(&mut self, out: &mut Vec<Stmt>) -> PResult<()> {
        loop {
            out.push(self.simple_stmt()?);
            if !self.eat_op(";") || self.kind() == TokenKind::Newline {
                break;
            }
        }
        if self.kind() == TokenKind::Newline {
            let end = self.prev_end;
            self.bump();
            self.prev_end = end;
            return Ok(());
        }
        self.unexpected()
    }

    fn simple_stmt(&mut self) -> PResult<Stmt> {
        let t = self.tok();
        let TokenKind::Keyword(kw) = t.kind else {
            return self.expr_stmt();
        };
        match kw {
            "pass" | "break" | "continue" => {
                self.bump();
                let kind = match kw {
                    "pass" => StmtKind::Pass,
                    "break" => StmtKind::Break,
                    _ => StmtKind::Continue,
                };
                Ok(self.stmt(kind, t.span))
            }
            "return" => {
                self.bump();
                let value = if self.ends_simple_stmt() { None } else { Some(self.star_expressions()?.e) };
                Ok(self.stmt(StmtKind::Return(value), t.span))
            }
            "raise" => self.raise_stmt(),
            "global" | "nonlocal" => self.global_stmt(kw == "nonlocal"),
            "import" => self.import_stmt(),
            "from" => self.import_from(),
            "del" => self.del_stmt(),
            "assert" => {
                self.bump();
                let mut children = vec![self.expression()?];
                if self.eat_op(",") {
                    children.push(self.expression()?);
                }
                let span = Span::new(t.span.start as usize, self.prev_end);
                let e = self.refuse_with("'assert'", t.span, "assert", span, children);
                Ok(self.stmt(StmtKind::Expr(e.e), t.span))
            }
            _ => self.expr_stmt(),
        }
    }

    fn ends_simple_stmt(&mut self) -> bool {
        matches!(self.kind(), TokenKind::Newline | TokenKind::Op(";") | TokenKind::EndMarker)
    }

    fn raise_stmt(&mut self) -> PResult<Stmt> {
        let kw = self.bump();
        if self.ends_simple_stmt() {
            return Ok(self.stmt(StmtKind::Raise(None), kw.span));
        }
        let exc = self.expression()?;
        if self.at_kw("from") {
            let from = self.bump();
            self.unsupported("'raise ... from'", from.span);
            self.expression()?;
        }
        Ok(self.stmt(StmtKind::Raise(Some(exc.e)), kw.span))
    }

    fn global_stmt(&mut self, nonlocal: bool) -> PResult<Stmt> {
        let kw = self.bump();
        if nonlocal {
            self.unsupported("'nonlocal'", kw.span);
        }
        let mut names = vec![self.name_token()?.0];
        while self.eat_op(",") {
            names.push(self.name_token()?.0);
        }
        if nonlocal {
            // Marked for `check`, which applies CPython's rules to it.
            names.insert(0, Rc::from(NONLOCAL_MARKER));
        }
        Ok(self.stmt(StmtKind::Global(names), kw.span))
    }

    /// `a.b.c`, returned as text.
    fn dotted_name(&mut self) -> PResult<String> {
        let mut name = self.name_token()?.0.to_string();
        while self.eat_op(".") {
            name.push('.');
            name.push_str(&self.name_token()?.0);
        }
        Ok(name)
    }

    fn import_stmt(&mut self) -> PResult<Stmt> {
        let kw = self.bump();
        let mut names = Vec::new();
        loop {
            let module = self.dotted_name()?;
            let alias = if self.eat_kw("as") { Some(self.name_token()?.0) } else { None };
            if module != "asyncio" && module != "time" {
                let message = format!("'import {module}' is not supported by Loopscope (only asyncio and time)");
                self.unsupported_message(message, kw.span);
            } else if let Some(alias) = alias {
                let message =
                    format!("'import {module} as {alias}' is not supported by Loopscope (write 'import {module}')");
                self.unsupported_message(message, kw.span);
            }
            names.push(Rc::from(module));
            if !self.eat_op(",") {
                break;
            }
        }
        Ok(self.stmt(StmtKind::Import(names), kw.span))
    }

    fn import_from(&mut self) -> PResult<Stmt> {
        let kw = self.bump();
        self.unsupported("'from ... import'", kw.span);
        let mut dots = 0;
        while self.at_op(".") || self.at_op("...") {
            dots += 1;
            self.bump();
        }
        if dots == 0 || !self.at_kw("import") {
            self.dotted_name()?;
        }
        if !self.eat_kw("import") {
            return self.unexpected();
        }
        if self.eat_op("*") {
            return Ok(self.stmt(StmtKind::Pass, kw.span));
        }
        let parens = self.eat_op("(");
        loop {
            self.name_token()?;
            if self.eat_kw("as") {
                self.name_token()?;
            }
            if !self.eat_op(",") {
                break;
            }
            if parens && self.at_op(")") {
                break;
            }
            if !parens && self.ends_simple_stmt() {
                let span = self.span();
                return self.fail("trailing comma not allowed without surrounding parentheses", span);
            }
        }
        if parens {
            self.expect_op(")")?;
        }
        Ok(self.stmt(StmtKind::Pass, kw.span))
    }

    fn del_stmt(&mut self) -> PResult<Stmt> {
        let kw = self.bump();
        self.unsupported("'del'", kw.span);
        let targets = self.star_expressions()?;
        if let Some((name, span)) = invalid_del_target(&targets.e) {
            let message = format!("cannot delete {name}");
            return self.fail(message, span);
        }
        // For `check`, deleting binds the names as an assignment does.
        let span = targets.span();
        let target = self.target_from(targets.e, TargetCtx::For)?;
        let value = self.placeholder("del", span).e;
        Ok(self.stmt(StmtKind::Assign { targets: vec![target], value }, kw.span))
    }

    /// Expression statements, assignments, augmented assignments, annotations.
    fn expr_stmt(&mut self) -> PResult<Stmt> {
        let start = self.span();
        let first = self.star_expressions_or_yield()?;
        match self.kind() {
            TokenKind::Op("=") => self.assignment(first, start),
            TokenKind::Op(":") => self.annotated(first, start),
            TokenKind::Op(op)
                if op.len() >= 2 && op.ends_with('=') && !matches!(op, "==" | "!=" | "<=" | ">=" | ":=") =>
            {
                self.aug_assign(first, op, start)
            }
            _ => {
                if self.starts_expression() {
                    self.legacy_print(&first.e)?;
                }
                Ok(self.stmt(StmtKind::Expr(first.e), start))
            }
        }
    }

    /// `print "x"`: CPython's "Missing parentheses" message (not before a `(`).
    #[inline(never)]
    fn legacy_print(&mut self, e: &Expr) -> PResult<()> {
        if let ExprKind::Name(n) = &e.kind
            && matches!(&**n, "print" | "exec")
            && !self.at_op("(")
        {
            return self.fail(format!("Missing parentheses in call to '{n}'. Did you mean {n}(...)?"), e.span);
        }
        Ok(())
    }

    fn assignment(&mut self, first: Node, start: Span) -> PResult<Stmt> {
        let start_token = self.toks.get(self.index_of_span(start)).map(|t| t.kind);
        self.maybe_meant_comparison(&first.e, start_token)?;
        let mut targets = Vec::new();
        let mut pending = first;
        while self.eat_op("=") {
            targets.push(self.target_from(pending.e, TargetCtx::Assign)?);
            pending = self.star_expressions_or_yield()?;
        }
        Ok(self.stmt(StmtKind::Assign { targets, value: pending.e }, start))
    }

    /// `f() = 1`: CPython's invalid_named_expression suggests `==` when a single invalid
    /// target (an expression of `|` precedence or tighter, not a display nor a constant)
    /// is assigned once.
    fn maybe_meant_comparison(&mut self, target: &Expr, start_token: Option<TokenKind>) -> PResult<()> {
        let excluded_start =
            matches!(start_token, Some(TokenKind::Keyword("True" | "False" | "None") | TokenKind::Op("[")));
        let what = match (&target.kind, placeholder_kind(target)) {
            (_, Some(k)) => match k {
                "literal" | "ellipsis" | "expression" | "dict literal" | "set display" | "list comprehension"
                | "set comprehension" | "dict comprehension" | "named expression" => k.to_string(),
                _ => return Ok(()),
            },
            (kind, None) => match kind {
                ExprKind::Name(_)
                | ExprKind::Subscript { .. }
                | ExprKind::Attribute { .. }
                | ExprKind::Tuple(_)
                | ExprKind::List(_)
                | ExprKind::Compare { .. }
                | ExprKind::BoolOp { .. }
                | ExprKind::IfExp { .. }
                | ExprKind::UnaryOp { op: UnaryOp::Not, .. } => return Ok(()),
                kind => expr_name(kind).to_string(),
            },
        };
        if excluded_start || self.chained_assignment_ahead() {
            return Ok(());
        }
        self.fail(format!("cannot assign to {what} here. Maybe you meant '==' instead of '='?"), target.span)
    }

    fn index_of_span(&self, span: Span) -> usize {
        self.toks.partition_point(|t| t.span.start < span.start)
    }

    /// Whether a second `=` follows on this line at bracket depth 0 (CPython words the
    /// invalid-target message differently for chained assignments).
    fn chained_assignment_ahead(&self) -> bool {
        let mut depth = 0i32;
        for t in self.toks.iter().skip(self.pos + 1) {
            match t.kind {
                TokenKind::Op("(" | "[" | "{") => depth += 1,
                TokenKind::Op(")" | "]" | "}") => depth -= 1,
                TokenKind::Op("=") if depth == 0 => return true,
                TokenKind::Newline | TokenKind::EndMarker | TokenKind::Error => return false,
                _ => {}
            }
        }
        false
    }

    fn aug_assign(&mut self, first: Node, op: &'static str, start: Span) -> PResult<Stmt> {
        let op_tok = self.bump();
        let target = self.target_from(first.e, TargetCtx::AugAssign)?;
        let value = self.star_expressions_or_yield()?;
        let op = match op {
            "+=" => BinOp::Add,
            "-=" => BinOp::Sub,
            "*=" => BinOp::Mul,
            "/=" => BinOp::Div,
            "//=" => BinOp::FloorDiv,
            "%=" => BinOp::Mod,
            "**=" => BinOp::Pow,
            other => {
                self.unsupported(&format!("'{other}'"), op_tok.span);
                BinOp::Add
            }
        };
        Ok(self.stmt(StmtKind::AugAssign { target, op, value: value.e }, start))
    }

    /// `x: int = 1`: valid Python, refused by Loopscope.
    fn annotated(&mut self, first: Node, start: Span) -> PResult<Stmt> {
        self.bump();
        // CPython names a bad target only once the annotation itself parses.
        let annotation = self.expression()?;
        match &first.e.kind {
            ExprKind::Tuple(_) => return self.fail("only single target (not tuple) can be annotated", first.span()),
            ExprKind::List(_) => return self.fail("only single target (not list) can be annotated", first.span()),
            ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. }
                if placeholder_kind(&first.e).is_none() => {}
            _ => return self.fail("illegal target for annotation", first.span()),
        }
        let target_span = first.span();
        self.unsupported("variable annotations", target_span);
        let mut children = vec![annotation];
        if self.eat_op("=") {
            children.push(self.star_expressions_or_yield()?);
        }
        let target = self.target_from(first.e, TargetCtx::For)?;
        let value = self.placeholder_with("annotation", target_span, children).e;
        Ok(self.stmt(StmtKind::Assign { targets: vec![target], value }, start))
    }

    /// Converts the left-hand side of `=` (or a `for` variable) into a target, with
    /// CPython's messages for what cannot be assigned.
    fn target_from(&mut self, e: Expr, ctx: TargetCtx) -> PResult<Target> {
        let span = e.span;
        if let Some(kind) = placeholder_kind(&e) {
            if kind == "starred" && ctx != TargetCtx::AugAssign {
                // A compile-time error in CPython, after every parse error.
                self.unsupported_message("starred assignment target must be in a list or tuple".into(), span);
                return Ok(Target::Name(Rc::from(format!("{PLACEHOLDER}starred")), span));
            }
            let what = kind.to_string();
            return self.invalid_target(&what, span, ctx);
        }
        match e.kind {
            ExprKind::Name(n) => Ok(Target::Name(n, span)),
            ExprKind::Subscript { value, index } => Ok(Target::Subscript { value, index, span }),
            ExprKind::Attribute { .. } => {
                self.unsupported("assigning to an attribute", span);
                Ok(Target::Name(Rc::from(format!("{PLACEHOLDER}attribute")), span))
            }
            ExprKind::Tuple(elts) | ExprKind::List(elts) if ctx != TargetCtx::AugAssign => {
                let mut targets = Vec::with_capacity(elts.len());
                for elt in elts {
                    if placeholder_kind(&elt) == Some("starred") {
                        self.unsupported("starred assignment targets", elt.span);
                        targets.push(Target::Name(Rc::from(format!("{PLACEHOLDER}starred")), elt.span));
                        continue;
                    }
                    targets.push(self.target_from(elt, ctx)?);
                }
                Ok(Target::Tuple(targets, span))
            }
            kind => {
                let what = expr_name(&kind);
                self.invalid_target(what, span, ctx)
            }
        }
    }

    fn invalid_target<T>(&mut self, what: &str, span: Span, ctx: TargetCtx) -> PResult<T> {
        let message = match ctx {
            TargetCtx::AugAssign => format!("'{what}' is an illegal expression for augmented assignment"),
            TargetCtx::Assign | TargetCtx::For => format!("cannot assign to {what}"),
        };
        self.fail(message, span)
    }

    fn if_stmt(&mut self) -> PResult<Stmt> {
        // `elif` chains are collected in a loop, then nested from the end: no recursion.
        let mut clauses: Vec<(Span, Expr, Vec<Stmt>, usize)> = Vec::new();
        let mut orelse = Vec::new();
        loop {
            let kw = self.bump();
            let what = if clauses.is_empty() { "'if' statement" } else { "'elif' statement" };
            let test = self.named_expression(true)?;
            self.expect_colon()?;
            let body = self.block(what, kw.span)?;
            if clauses.len() == MAX_ELIF {
                self.unsupported_message(
                    format!("more than {MAX_ELIF} 'elif' branches are not supported by Loopscope"),
                    kw.span,
                );
            } else {
                clauses.push((kw.span, test.e, body, self.prev_end));
            }
            if self.at_kw("elif") {
                continue;
            }
            if self.at_kw("else") {
                let kw = self.bump();
                self.expect_forced_colon()?;
                orelse = self.block("'else' statement", kw.span)?;
            }
            break;
        }
        let end = self.prev_end;
        let mut stmt = None;
        while let Some((start, test, body, _)) = clauses.pop() {
            let orelse = match stmt.take() {
                Some(s) => vec![s],
                None => std::mem::take(&mut orelse),
            };
            stmt = Some(Stmt { kind: StmtKind::If { test, body, orelse }, span: Span::new(start.start as usize, end) });
        }
        match stmt {
            Some(s) => Ok(s),
            None => self.unexpected(),
        }
    }

    fn while_stmt(&mut self, out: &mut Vec<Stmt>) -> PResult<()> {
        let kw = self.bump();
        let test = self.named_expression(true)?;
        self.expect_colon()?;
        let body = self.block("'while' statement", kw.span)?;
        let end = self.prev_end;
        let orelse = self.refused_else("'else' on a 'while' loop")?;
        out.push(Stmt { kind: StmtKind::While { test: test.e, body }, span: Span::new(kw.span.start as usize, end) });
        out.extend(orelse);
        Ok(())
    }

    /// The `else:` of a loop or `try`: valid Python, refused by Loopscope. Its body is
    /// kept as a placeholder statement after the loop, where CPython compiles it, so
    /// that compile-time checks (`break` there is outside the loop) still see it.
    fn refused_else(&mut self, what: &str) -> PResult<Option<Stmt>> {
        if !self.at_kw("else") {
            return Ok(None);
        }
        let kw = self.bump();
        self.unsupported(what, kw.span);
        self.expect_forced_colon()?;
        let body = self.block("'else' statement", kw.span)?;
        let test = Expr::new(ExprKind::Bool(true), kw.span);
        Ok(Some(self.stmt(StmtKind::If { test, body, orelse: Vec::new() }, kw.span)))
    }

    fn for_stmt(&mut self, async_kw: Option<Span>, out: &mut Vec<Stmt>) -> PResult<()> {
        let kw = self.bump();
        let start = async_kw.unwrap_or(kw.span);
        let target = self.for_target()?;
        self.bump(); // 'in'
        let iter = self.star_expressions()?;
        self.expect_colon()?;
        let body = self.block("'for' statement", kw.span)?;
        let end = self.prev_end;
        let orelse = self.refused_else("'else' on a 'for' loop")?;
        out.push(Stmt {
            kind: StmtKind::For { target, iter: iter.e, body },
            span: Span::new(start.start as usize, end),
        });
        out.extend(orelse);
        Ok(())
    }

    /// The variable(s) of a `for` (statement or comprehension), up to the `in`.
    fn for_target(&mut self) -> PResult<Target> {
        let start_pos = self.pos;
        self.for_target_depth += 1;
        let targets = self.star_targets();
        self.for_target_depth -= 1;
        match targets {
            Ok(e) if self.at_kw("in") => self.target_from(e.e, TargetCtx::For),
            Err(fail) if self.for_target_depth > 0 => Err(fail),
            Ok(_) if self.for_target_depth > 0 => self.unexpected(),
            _ => {
                self.error = None;
                self.for_target_depth += 1;
                let r = self.invalid_for_target(start_pos);
                self.for_target_depth -= 1;
                r
            }
        }
    }

    /// CPython's invalid_for_target: read the whole thing as an expression and name the
    /// part that cannot be assigned; otherwise the generic error where parsing stopped.
    fn invalid_for_target<T>(&mut self, start_pos: usize) -> PResult<T> {
        let stop = self.pos;
        self.pos = start_pos;
        // A specific error met on the way (a forgotten comma...) is CPython's answer.
        let outer = std::mem::replace(&mut self.second_pass, true);
        let whole = self.star_expressions();
        self.second_pass = outer;
        let whole = whole?;
        if let Some((what, span)) = invalid_for_target(&whole.e) {
            let message = format!("cannot assign to {what}");
            return self.fail(message, span);
        }
        self.pos = stop;
        self.unexpected()
    }

    /// star_targets: `a`, `a, b`, `(a, b)`, `[a, *b]`, `x[i]`, `x.y` (primaries only, so
    /// that the `in` of a `for` is not read as a comparison).
    fn star_targets(&mut self) -> PResult<Node> {
        self.comma_tuple(Self::star_target)
    }

    /// `item`, or `item, item, ...` (a trailing comma allowed) as a tuple.
    fn comma_tuple(&mut self, item: fn(&mut Self) -> PResult<Node>) -> PResult<Node> {
        let first = item(self)?;
        if !self.at_op(",") {
            return Ok(first);
        }
        let start = first.span();
        let mut depth = first.depth;
        let mut items = vec![first.e];
        while self.eat_op(",") {
            if !self.starts_expression() && !self.at_op("*") {
                break;
            }
            let next = item(self)?;
            depth = depth.max(next.depth);
            items.push(next.e);
        }
        let span = Span::new(start.start as usize, self.prev_end);
        Ok(self.node(ExprKind::Tuple(items), span, depth))
    }

    fn star_target(&mut self) -> PResult<Node> {
        if self.at_op("*") {
            let star = self.bump();
            let inner = self.primary()?;
            let span = star.span.to(inner.span());
            return Ok(self.placeholder("starred", span));
        }
        self.primary()
    }

    fn try_stmt(&mut self, out: &mut Vec<Stmt>) -> PResult<()> {
        let kw = self.bump();
        self.expect_forced_colon()?;
        let body = self.block("'try' statement", kw.span)?;
        let mut handlers = Vec::new();
        let mut star_kind = None;
        while self.at_kw("except") {
            let is_star = self.tok_at(1).kind == TokenKind::Op("*");
            if star_kind.is_some_and(|k| k != is_star) {
                let span = self.span();
                return self.fail("cannot have both 'except' and 'except*' on the same 'try'", span);
            }
            star_kind = Some(is_star);
            handlers.push(self.except_handler()?);
        }
        let orelse = if handlers.is_empty() { None } else { self.refused_else("'else' on a 'try' statement")? };
        let mut finalbody = Vec::new();
        let has_finally = self.at_kw("finally");
        if has_finally {
            let kw = self.bump();
            self.expect_forced_colon()?;
            finalbody = self.block("'finally' statement", kw.span)?;
        }
        if handlers.is_empty() && !has_finally {
            let span = self.span();
            return self.fail("expected 'except' or 'finally' block", span);
        }
        out.push(self.stmt(StmtKind::Try { body, handlers, finalbody }, kw.span));
        out.extend(orelse);
        Ok(())
    }

    fn except_handler(&mut self) -> PResult<ExceptHandler> {
        let kw = self.bump();
        if self.at_op("*") {
            let star = self.bump();
            self.unsupported("'except*'", star.span);
        }
        let mut class = None;
        let mut name = None;
        if !self.at_op(":") {
            let c = self.expression()?;
            if self.at_op(",") {
                return self.fail("multiple exception types must be parenthesized", c.span());
            }
            class = Some(c.e);
            if self.eat_kw("as") {
                name = Some(self.name_token()?.0);
            }
        }
        self.expect_colon()?;
        let body = self.block("'except' statement", kw.span)?;
        Ok(ExceptHandler { class, name, body, span: Span::new(kw.span.start as usize, self.prev_end) })
    }

    fn async_stmt(&mut self, out: &mut Vec<Stmt>) -> PResult<()> {
        let kw = self.bump();
        match self.kind() {
            TokenKind::Keyword("def") => out.push(self.funcdef(Some(kw.span))?),
            TokenKind::Keyword("for") => {
                self.unsupported("'async for'", kw.span);
                self.for_stmt(Some(kw.span), out)?;
            }
            TokenKind::Keyword("with") => out.push(self.with_stmt(Some(kw.span))?),
            _ => return self.unexpected(),
        }
        Ok(())
    }

    fn funcdef(&mut self, async_kw: Option<Span>) -> PResult<Stmt> {
        let kw = self.bump();
        let start = async_kw.unwrap_or(kw.span);
        let (name, name_span) = self.name_token()?;
        if !self.at_op("(") {
            let span = self.span();
            return self.fail("expected '('", span);
        }
        self.bump();
        self.brackets += 1;
        let params = self.parameters(")", false)?;
        self.expect_op(")")?;
        self.brackets -= 1;
        if self.at_op("->") {
            let arrow = self.bump();
            self.unsupported("return annotations", arrow.span);
            self.expression()?;
        }
        self.expect_forced_colon()?;
        let body = self.block("function definition", kw.span)?;
        let def = FunctionDef {
            name,
            name_span,
            is_async: async_kw.is_some(),
            params,
            body,
            span: Span::new(start.start as usize, self.prev_end),
        };
        Ok(self.stmt(StmtKind::FunctionDef(Rc::new(def)), start))
    }

    /// Parameters up to `close` (`)` for `def`, `:` for `lambda`). Only plain positional
    /// parameters are kept; the rest is recorded as unsupported.
    fn parameters(&mut self, close: &'static str, lambda: bool) -> PResult<Vec<Param>> {
        let mut params = Vec::new();
        let (mut seen_default, mut seen_star, mut seen_dstar, mut seen_slash) = (false, false, false, false);
        while !self.at_op(close) {
            let t = self.tok();
            if seen_dstar {
                return self.fail("arguments cannot follow var-keyword argument", t.span);
            }
            if self.eat_op("/") {
                if params.is_empty() {
                    return self.fail("at least one argument must precede /", t.span);
                }
                if seen_slash {
                    return self.fail("/ may appear only once", t.span);
                }
                if seen_star {
                    return self.fail("/ must be ahead of *", t.span);
                }
                seen_slash = true;
                self.unsupported("positional-only parameters ('/')", t.span);
            } else if self.eat_op("*") {
                if seen_star {
                    return self.fail("* argument may appear only once", t.span);
                }
                seen_star = true;
                if self.kind() == TokenKind::Name {
                    params.push(self.param(lambda)?);
                    self.unsupported("'*args' parameters", t.span);
                } else if self.at_op(close) || self.at_op(",") && self.tok_at(1).kind == TokenKind::Op(close) {
                    return self.fail("named arguments must follow bare *", t.span);
                } else {
                    self.unsupported("keyword-only parameters", t.span);
                }
            } else if self.eat_op("**") {
                params.push(self.param(lambda)?);
                seen_dstar = true;
                self.unsupported("'**kwargs' parameters", t.span);
            } else {
                let param = self.param(lambda)?;
                if param.default.is_some() {
                    seen_default = true;
                } else if seen_default && !seen_star {
                    return self.fail("non-default argument follows default argument", param.span);
                }
                // Keyword-only parameters are kept too (the definition is refused anyway),
                // for CPython's duplicate-parameter check.
                params.push(param);
            }
            if !self.eat_op(",") {
                break;
            }
        }
        Ok(params)
    }

    fn param(&mut self, lambda: bool) -> PResult<Param> {
        let (name, span) = self.name_token()?;
        if !lambda && self.at_op(":") {
            let colon = self.bump();
            self.unsupported("parameter annotations", colon.span);
            self.expression()?;
        }
        let mut default = None;
        if self.at_op("=") {
            let eq = self.bump();
            if self.at_op(",") || self.at_op(")") {
                return self.fail("expected default value expression", eq.span);
            }
            default = Some(self.expression()?.e);
        }
        Ok(Param { name, default, span })
    }

    fn classdef(&mut self) -> PResult<Stmt> {
        let kw = self.bump();
        self.unsupported("'class'", kw.span);
        self.name_token()?;
        if self.at_op("(") {
            self.bump();
            self.brackets += 1;
            self.arguments()?;
            self.brackets -= 1;
        }
        self.expect_colon()?;
        // Kept as a function-like placeholder: a class body is a scope and a code unit of
        // its own, but not a function (`return` there is "outside function").
        let body = self.block("class definition", kw.span)?;
        let def = FunctionDef {
            name: Rc::from(CLASS_PLACEHOLDER),
            name_span: kw.span,
            is_async: false,
            params: Vec::new(),
            body,
            span: Span::new(kw.span.start as usize, self.prev_end),
        };
        Ok(self.stmt(StmtKind::FunctionDef(Rc::new(def)), kw.span))
    }

    fn decorated(&mut self) -> PResult<Stmt> {
        let at = self.span();
        self.unsupported("decorators", at);
        while self.eat_op("@") {
            self.named_expression(false)?;
            if self.kind() != TokenKind::Newline {
                return self.unexpected();
            }
            self.bump();
        }
        match self.kind() {
            TokenKind::Keyword("def") => self.funcdef(None),
            TokenKind::Keyword("class") => self.classdef(),
            TokenKind::Keyword("async") if self.tok_at(1).kind == TokenKind::Keyword("def") => {
                let kw = self.bump();
                self.funcdef(Some(kw.span))
            }
            _ => self.unexpected(),
        }
    }

    /// `with` and `async with`: valid Python, refused. The body is kept (as an `if`) so
    /// that CPython's compile-time checks still see it.
    fn with_stmt(&mut self, async_kw: Option<Span>) -> PResult<Stmt> {
        let kw = self.bump();
        let start = async_kw.unwrap_or(kw.span);
        self.unsupported(if async_kw.is_some() { "'async with'" } else { "'with'" }, start);
        let mut items = (Vec::new(), Vec::new());
        if !(self.at_op("(") && self.parenthesized_with_items(&mut items)) {
            self.with_items(&mut items)?;
        }
        self.expect_colon()?;
        let header_end = self.prev_end;
        let body = self.block("'with' statement", kw.span)?;
        // Kept for `check` as `if with(ctx...): targets = ...; body`.
        let (contexts, targets) = items;
        let header = Span::new(start.start as usize, header_end);
        let test = self.placeholder_with("with", header, contexts).e;
        let mut stmts = Vec::with_capacity(body.len() + 1);
        if !targets.is_empty() {
            let value = self.placeholder("with", header).e;
            stmts.push(Stmt { kind: StmtKind::Assign { targets, value }, span: header });
        }
        stmts.extend(body);
        Ok(self.stmt(StmtKind::If { test, body: stmts, orelse: Vec::new() }, start))
    }

    /// `with (a as b, c as d):` (Python 3.9+). Tried speculatively, as CPython does.
    fn parenthesized_with_items(&mut self, items: &mut (Vec<Node>, Vec<Target>)) -> bool {
        let saved = (self.pos, self.prev_end, self.error.take(), self.brackets);
        self.bump();
        self.brackets += 1;
        let ok = self.with_items(items).is_ok() && self.eat_op(")") && self.at_op(":");
        if !ok {
            items.0.clear();
            items.1.clear();
        }
        if !ok {
            (self.pos, self.prev_end, self.error, self.brackets) = saved;
        } else {
            self.brackets -= 1;
        }
        ok
    }

    fn with_items(&mut self, items: &mut (Vec<Node>, Vec<Target>)) -> PResult<()> {
        loop {
            items.0.push(self.expression()?);
            if self.eat_kw("as") {
                let target = self.star_target()?;
                if !(self.at_op(",") || self.at_op(")") || self.at_op(":")) {
                    return self.unexpected();
                }
                items.1.push(self.target_from(target.e, TargetCtx::For)?);
            }
            if !self.eat_op(",") || self.at_op(")") {
                return Ok(());
            }
        }
    }

    /// `match` is a soft keyword: a statement only if the line reads `match ...:`.
    fn is_match_stmt(&mut self) -> bool {
        let next = self.tok_at(1).kind;
        if matches!(next, TokenKind::Op("=" | "." | ":" | "," | ";" | ")") | TokenKind::Newline | TokenKind::EndMarker)
            || matches!(next, TokenKind::Op(op) if op.ends_with('=') && op.len() >= 2)
        {
            return false;
        }
        let rest = self.toks.get(self.pos..).unwrap_or(&[]);
        let line_end =
            rest.iter().position(|t| matches!(t.kind, TokenKind::Newline | TokenKind::EndMarker | TokenKind::Error));
        match line_end {
            Some(i) if i >= 2 => rest.get(i - 1).is_some_and(|t| t.kind == TokenKind::Op(":")),
            _ => false,
        }
    }

    /// `match`: refused. The subject and patterns are skipped (patterns are not
    /// expressions); the case bodies are parsed and kept for the compile-time checks.
    fn match_stmt(&mut self) -> PResult<Stmt> {
        let kw = self.bump();
        self.unsupported("'match'", kw.span);
        self.skip_to_header_colon()?;
        self.expect_colon()?;
        if self.kind() != TokenKind::Newline {
            return self.unexpected();
        }
        self.bump();
        if self.kind() != TokenKind::Indent {
            let line = self.line(kw.span.start);
            let span = self.span();
            return self.fail_kind(
                "IndentationError",
                format!("expected an indented block after 'match' statement on line {line}"),
                span,
            );
        }
        self.bump();
        let mut body = Vec::new();
        loop {
            let t = self.tok();
            if t.kind != TokenKind::Name || self.text(t.span) != "case" {
                return self.unexpected();
            }
            self.bump();
            self.skip_to_header_colon()?;
            self.expect_colon()?;
            body.extend(self.block("'case' statement", t.span)?);
            if matches!(self.kind(), TokenKind::Dedent | TokenKind::EndMarker) {
                break;
            }
        }
        self.eat_dedent();
        let test = Expr::new(ExprKind::Bool(true), kw.span);
        Ok(self.stmt(StmtKind::If { test, body, orelse: Vec::new() }, kw.span))
    }

    /// Skips a `match` subject or a `case` pattern: up to the first `:` outside brackets.
    fn skip_to_header_colon(&mut self) -> PResult<()> {
        let mut depth = 0u32;
        let mut any = false;
        loop {
            match self.kind() {
                TokenKind::Newline | TokenKind::EndMarker | TokenKind::Error => return self.unexpected(),
                TokenKind::Op(":") if any && depth == 0 => return Ok(()),
                TokenKind::Op("(" | "[" | "{") => depth += 1,
                TokenKind::Op(")" | "]" | "}") => depth = depth.saturating_sub(1),
                _ => {}
            }
            any = true;
            self.bump();
        }
    }

    // ----- expressions --------------------------------------------------------------

    /// star_expressions: `a`, `a, b`, `*a, b` (a tuple when there are commas).
    fn star_expressions(&mut self) -> PResult<Node> {
        self.comma_tuple(Self::star_expression)
    }

    fn star_expressions_or_yield(&mut self) -> PResult<Node> {
        if self.at_kw("yield") { self.yield_expr() } else { self.star_expressions() }
    }

    #[inline(never)]
    fn yield_expr(&mut self) -> PResult<Node> {
        let kw = self.bump();
        let mut children = Vec::new();
        if self.eat_kw("from") {
            children.push(self.expression()?);
        } else if !matches!(self.kind(), TokenKind::Newline | TokenKind::Op(")" | "]" | "}" | "=" | ";")) {
            children.push(self.star_expressions()?);
        }
        let span = Span::new(kw.span.start as usize, self.prev_end);
        Ok(self.refuse_with("'yield'", kw.span, "yield expression", span, children))
    }

    /// `*x` in a tuple or list display (or a target); refused outside calls.
    #[inline(never)]
    fn star_expression(&mut self) -> PResult<Node> {
        if !self.at_op("*") {
            return self.expression();
        }
        let star = self.bump();
        let inner = self.binary_expr(PREC_CMP + 1)?;
        let span = star.span.to(inner.span());
        Ok(self.refuse_with("starred expressions outside calls ('*x')", star.span, "starred", span, vec![inner]))
    }

    /// named_expression: `x := value` (refused) or an expression. With `check_eq`, a
    /// following `=` gets CPython's "Maybe you meant '=='" message.
    fn named_expression(&mut self, check_eq: bool) -> PResult<Node> {
        if self.kind() == TokenKind::Name && self.tok_at(1).kind == TokenKind::Op(":=") {
            return self.walrus();
        }
        let e = self.expression()?;
        if self.at_op(":=") || check_eq && self.at_op("=") && !self.speculating {
            return self.named_expression_error(e);
        }
        Ok(e)
    }

    #[inline(never)]
    fn walrus(&mut self) -> PResult<Node> {
        let name = self.bump();
        self.bump();
        let value = self.expression()?;
        let span = name.span.to(value.span());
        Ok(self.refuse_with("assignment expressions (':=')", name.span, "named expression", span, vec![value]))
    }

    /// `x + 1 := 2`, `if x = 1:`.
    #[inline(never)]
    fn named_expression_error(&mut self, e: Node) -> PResult<Node> {
        if self.at_op(":=") {
            let what = expr_name(&e.e.kind);
            return self.fail(format!("cannot use assignment expressions with {what}"), e.span());
        }
        self.maybe_meant_eq(&e)
    }

    #[inline(never)]
    fn maybe_meant_eq<T>(&mut self, e: &Node) -> PResult<T> {
        match &e.e.kind {
            ExprKind::Name(_) if placeholder_kind(&e.e).is_none() => {
                self.fail("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", e.span())
            }
            ExprKind::List(_) | ExprKind::Tuple(_) | ExprKind::Bool(_) | ExprKind::None => self.unexpected(),
            kind => {
                let what = placeholder_kind(&e.e).unwrap_or_else(|| expr_name(kind)).to_string();
                self.fail(format!("cannot assign to {what} here. Maybe you meant '==' instead of '='?"), e.span())
            }
        }
    }

    /// expression: a conditional expression, a lambda, or a disjunction.
    fn expression(&mut self) -> PResult<Node> {
        self.enter()?;
        let result = self.expression_inner();
        self.leave();
        result
    }

    fn expression_inner(&mut self) -> PResult<Node> {
        if self.at_kw("lambda") {
            return self.lambda();
        }
        let start_pos = self.pos;
        if self.kind() == TokenKind::Name && self.latent_legacy.is_none() && !self.second_pass {
            self.note_legacy_print();
        }
        let body = self.binary_expr(PREC_OR)?;
        self.forgot_comma(&body, start_pos)?;
        if !self.at_kw("if") {
            return Ok(body);
        }
        self.conditional(body)
    }

    /// `body if test else orelse`, at the `if`. (Outlined, as the other rare paths of
    /// the recursive chain, to keep the frames of deep nesting small.)
    #[inline(never)]
    fn conditional(&mut self, body: Node) -> PResult<Node> {
        // Without a complete `if ... else ...`, PEG falls back to the plain expression.
        let (if_pos, if_end) = (self.pos, self.prev_end);
        self.bump();
        let Some(test) = self.attempt(|p| p.binary_expr(PREC_OR))? else {
            (self.pos, self.prev_end) = (if_pos, if_end);
            return Ok(body);
        };
        if !self.eat_kw("else") {
            if self.at_op(":") || self.speculating {
                (self.pos, self.prev_end) = (if_pos, if_end);
                return Ok(body);
            }
            return self.fail("expected 'else' after 'if' expression", body.span());
        }
        let Some(orelse) = self.attempt(|p| p.expression())? else {
            (self.pos, self.prev_end) = (if_pos, if_end);
            return Ok(body);
        };
        let span = body.span().to(orelse.span());
        let depth = body.depth.max(test.depth).max(orelse.depth);
        let kind = ExprKind::IfExp { test: Box::new(test.e), body: Box::new(body.e), orelse: Box::new(orelse.e) };
        Ok(self.node(kind, span, depth))
    }

    /// CPython's invalid_expression: inside brackets, an expression directly followed
    /// by another one is a forgotten comma, reported at the first.
    #[inline(never)]
    fn forgot_comma(&mut self, a: &Node, start_pos: usize) -> PResult<()> {
        if self.speculating || !self.starts_expression() {
            return Ok(());
        }
        let first = self.toks.get(start_pos).copied();
        let second = self.toks.get(start_pos + 1).map(|t| t.kind);
        let first_name = first.filter(|t| t.kind == TokenKind::Name).map(|t| self.text(t.span));
        // CPython matches soft keywords by prefix (strncmp on the token's length), so
        // `c`, `ma`... count as `case`, `match` here.
        let soft_keyword =
            first_name.is_some_and(|n| !n.is_empty() && ("match".starts_with(n) || "case".starts_with(n) || n == "_"));
        let name_then_string = first_name.is_some() && matches!(second, Some(TokenKind::Str(_)));
        let legacy = matches!(&a.e.kind, ExprKind::Name(n) if matches!(&**n, "print" | "exec"));
        if self.brackets > 0 && !soft_keyword && !name_then_string && !legacy && self.speculate(|p| p.expression()) {
            return self.fail("invalid syntax. Perhaps you forgot a comma?", a.span());
        }
        // CPython's invalid_legacy_expression: a name directly followed by an expression
        // has that expression read on, second-pass rules and all (its own errors win),
        // and is named if it is `print` or `exec`.
        if first_name.is_some()
            && start_pos + 1 == self.pos
            && !self.at_op("(")
            // (Not again inside such a probe: CPython memoizes, a probe in a probe would not.)
            && !self.second_pass
            && self.probe(|p| p.star_expressions())?
        {
            self.legacy_print(&a.e)?;
        }
        Ok(())
    }

    /// `print -1`, `print[0]`: valid expressions, but CPython's second pass (which only
    /// runs when the file has an error) reads them as Python 2 print statements.
    #[inline(never)]
    fn note_legacy_print(&mut self) {
        let t = self.tok();
        if !matches!(self.text(t.span), "print" | "exec") || self.tok_at(1).kind == TokenKind::Op("(") {
            return;
        }
        let start = self.pos;
        self.bump();
        let parses = self.speculate(|p| p.star_expressions());
        self.pos = start;
        if parses {
            let name = self.text(t.span);
            let message = format!("Missing parentheses in call to '{name}'. Did you mean {name}(...)?");
            self.latent_legacy = Some(Diagnostic::syntax(message, t.span, self.src));
        }
    }

    /// Parses ahead as CPython's second pass would, then comes back: returns whether it
    /// parsed; a specific error found on the way is the answer and propagates.
    #[inline(never)]
    fn probe(&mut self, f: impl FnOnce(&mut Self) -> PResult<Node>) -> PResult<bool> {
        let saved = (self.pos, self.prev_end, self.brackets, self.recursion);
        let outer = std::mem::replace(&mut self.second_pass, true);
        let result = f(self);
        self.second_pass = outer;
        match result {
            Ok(_) => {
                (self.pos, self.prev_end, self.brackets, self.recursion) = saved;
                Ok(true)
            }
            Err(Fail) if self.generic_error => {
                (self.pos, self.prev_end, self.brackets, self.recursion) = saved;
                self.error = None;
                self.generic_error = false;
                self.layout_error = false;
                Ok(false)
            }
            Err(Fail) => Err(Fail),
        }
    }

    /// Binary operators by precedence climbing, from `or` down to `* / // % @`,
    /// including `not` and chained comparisons.
    fn binary_expr(&mut self, min: u8) -> PResult<Node> {
        let left = self.operand(min)?;
        match self.binary_op_here() {
            Some((_, prec, _)) if prec >= min => self.binary_rest(left, min),
            _ => Ok(left),
        }
    }

    #[inline(never)]
    fn binary_rest(&mut self, mut left: Node, min: u8) -> PResult<Node> {
        // Whether `left` is a BoolOp / Compare built by this loop, to extend it rather
        // than nest (`a or b or c` is one BoolOp; `(a or b) or c` is two).
        let mut open_bool: Option<BoolOp> = None;
        let mut open_compare = false;
        while let Some((op, prec, width)) = self.binary_op_here() {
            if prec < min {
                break;
            }
            let op_tok = self.tok();
            let (before, before_end) = (self.pos, self.prev_end);
            for _ in 0..width {
                self.bump();
            }
            // Without a right operand, PEG falls back to the left one alone.
            let Some(right) = self.attempt(|p| p.binary_expr(prec + 1))? else {
                (self.pos, self.prev_end) = (before, before_end);
                break;
            };
            left = self.combine(left, op, op_tok.span, right, &mut open_bool, &mut open_compare);
        }
        Ok(left)
    }

    #[inline(never)]
    fn combine(
        &mut self,
        left: Node,
        op: BinaryOp,
        op_span: Span,
        right: Node,
        open_bool: &mut Option<BoolOp>,
        open_compare: &mut bool,
    ) -> Node {
        let span = left.span().to(right.span());
        let depth = left.depth.max(right.depth);
        match op {
            BinaryOp::Bool(b) => {
                *open_compare = false;
                if *open_bool == Some(b)
                    && let ExprKind::BoolOp { op, mut values } = left.e.kind
                {
                    values.push(right.e);
                    return self.node(ExprKind::BoolOp { op, values }, span, depth);
                }
                *open_bool = Some(b);
                self.node(ExprKind::BoolOp { op: b, values: vec![left.e, right.e] }, span, depth)
            }
            BinaryOp::Cmp(c) => {
                *open_bool = None;
                if *open_compare && let ExprKind::Compare { left: l, mut ops } = left.e.kind {
                    ops.push((c, right.e));
                    return self.node(ExprKind::Compare { left: l, ops }, span, depth);
                }
                *open_compare = true;
                let kind = ExprKind::Compare { left: Box::new(left.e), ops: vec![(c, right.e)] };
                self.node(kind, span, depth)
            }
            BinaryOp::Arith(op) => {
                *open_bool = None;
                *open_compare = false;
                let kind = ExprKind::BinOp { op, left: Box::new(left.e), right: Box::new(right.e) };
                self.node(kind, span, depth)
            }
            BinaryOp::Other(symbol) => {
                *open_bool = None;
                *open_compare = false;
                let what = if symbol == "@" {
                    "'@' (matrix multiplication)".to_string()
                } else {
                    format!("the '{symbol}' operator")
                };
                self.refuse_with(&what, op_span, "expression", span, vec![left, right])
            }
        }
    }

    /// The binary operator at the current token: (operator, precedence, tokens).
    #[inline(never)]
    fn binary_op_here(&mut self) -> Option<(BinaryOp, u8, usize)> {
        let op = match self.kind() {
            TokenKind::Keyword("or") => (BinaryOp::Bool(BoolOp::Or), PREC_OR, 1),
            TokenKind::Keyword("and") => (BinaryOp::Bool(BoolOp::And), PREC_AND, 1),
            TokenKind::Keyword("in") => (BinaryOp::Cmp(CmpOp::In), PREC_CMP, 1),
            TokenKind::Keyword("not") if self.tok_at(1).kind == TokenKind::Keyword("in") => {
                (BinaryOp::Cmp(CmpOp::NotIn), PREC_CMP, 2)
            }
            TokenKind::Keyword("is") if self.tok_at(1).kind == TokenKind::Keyword("not") => {
                (BinaryOp::Cmp(CmpOp::IsNot), PREC_CMP, 2)
            }
            TokenKind::Keyword("is") => (BinaryOp::Cmp(CmpOp::Is), PREC_CMP, 1),
            TokenKind::Op(o) => {
                let cmp = |c| Some((BinaryOp::Cmp(c), PREC_CMP, 1));
                let arith = |a, p| Some((BinaryOp::Arith(a), p, 1));
                return match o {
                    "==" => cmp(CmpOp::Eq),
                    "!=" => cmp(CmpOp::NotEq),
                    "<" => cmp(CmpOp::Lt),
                    "<=" => cmp(CmpOp::LtE),
                    ">" => cmp(CmpOp::Gt),
                    ">=" => cmp(CmpOp::GtE),
                    "|" => Some((BinaryOp::Other("|"), 5, 1)),
                    "^" => Some((BinaryOp::Other("^"), 6, 1)),
                    "&" => Some((BinaryOp::Other("&"), 7, 1)),
                    "<<" | ">>" => Some((BinaryOp::Other(o), 8, 1)),
                    "+" => arith(BinOp::Add, 9),
                    "-" => arith(BinOp::Sub, 9),
                    "*" => arith(BinOp::Mul, 10),
                    "/" => arith(BinOp::Div, 10),
                    "//" => arith(BinOp::FloorDiv, 10),
                    "%" => arith(BinOp::Mod, 10),
                    "@" => Some((BinaryOp::Other("@"), 10, 1)),
                    _ => None,
                };
            }
            _ => return None,
        };
        Some(op)
    }

    /// An operand at precedence `min`: `not` chains (below comparisons), else a factor.
    fn operand(&mut self, min: u8) -> PResult<Node> {
        if min > PREC_NOT || !self.at_kw("not") {
            return self.factor();
        }
        self.not_chain()
    }

    #[inline(never)]
    fn not_chain(&mut self) -> PResult<Node> {
        let mut nots = Vec::new();
        while self.at_kw("not") {
            nots.push(self.bump().span);
        }
        let mut e = self.binary_expr(PREC_CMP)?;
        while let Some(not) = nots.pop() {
            let span = not.to(e.span());
            let depth = e.depth;
            e = self.node(ExprKind::UnaryOp { op: UnaryOp::Not, operand: Box::new(e.e) }, span, depth);
        }
        Ok(e)
    }

    /// factor: unary `-`, `+`, `~` (a loop, then applied inside out), then a power.
    fn factor(&mut self) -> PResult<Node> {
        if matches!(self.kind(), TokenKind::Op("-" | "+" | "~")) {
            return self.unary();
        }
        self.power()
    }

    #[inline(never)]
    fn unary(&mut self) -> PResult<Node> {
        let mut ops = Vec::new();
        while let TokenKind::Op(o @ ("-" | "+" | "~")) = self.kind() {
            ops.push((o, self.bump().span));
        }
        let mut e = self.power()?;
        while let Some((op, at)) = ops.pop() {
            let span = at.to(e.span());
            let depth = e.depth;
            e = match op {
                "-" => self.node(ExprKind::UnaryOp { op: UnaryOp::Neg, operand: Box::new(e.e) }, span, depth),
                "+" => self.node(ExprKind::UnaryOp { op: UnaryOp::Pos, operand: Box::new(e.e) }, span, depth),
                _ => self.refuse_with("the '~' operator", at, "expression", span, vec![e]),
            };
        }
        Ok(e)
    }

    /// power: `await_primary ** factor` (right-associative, tighter than unary minus on
    /// its left: `-2**2` is `-(2**2)`).
    fn power(&mut self) -> PResult<Node> {
        let base = self.await_primary()?;
        if !self.at_op("**") {
            return Ok(base);
        }
        self.power_rest(base)
    }

    #[inline(never)]
    fn power_rest(&mut self, base: Node) -> PResult<Node> {
        let (before, before_end) = (self.pos, self.prev_end);
        self.bump();
        self.enter()?;
        let exponent = self.attempt(|p| p.factor());
        self.leave();
        let Some(exponent) = exponent? else {
            (self.pos, self.prev_end) = (before, before_end);
            return Ok(base);
        };
        let span = base.span().to(exponent.span());
        let depth = base.depth.max(exponent.depth);
        let kind = ExprKind::BinOp { op: BinOp::Pow, left: Box::new(base.e), right: Box::new(exponent.e) };
        Ok(self.node(kind, span, depth))
    }

    fn await_primary(&mut self) -> PResult<Node> {
        if !self.at_kw("await") {
            return self.primary();
        }
        self.await_expr()
    }

    #[inline(never)]
    fn await_expr(&mut self) -> PResult<Node> {
        let kw = self.bump();
        let operand = self.primary()?;
        let span = kw.span.to(operand.span());
        let depth = operand.depth;
        Ok(self.node(ExprKind::Await(Box::new(operand.e)), span, depth))
    }

    /// primary: an atom followed by attributes, calls and subscripts.
    fn primary(&mut self) -> PResult<Node> {
        let e = self.atom()?;
        if matches!(self.kind(), TokenKind::Op("." | "(" | "[")) { self.postfix(e) } else { Ok(e) }
    }

    #[inline(never)]
    fn postfix(&mut self, mut e: Node) -> PResult<Node> {
        loop {
            // A postfix that does not parse leaves the primary as it was (PEG's left
            // recursion): the caller then fails on it, or finds a better message.
            let suffix = match self.kind() {
                TokenKind::Op(".") => self.attempt(|p| p.attribute_suffix())?,
                TokenKind::Op("(") => self.attempt(|p| p.call_suffix())?,
                TokenKind::Op("[") => self.attempt(|p| p.subscript_suffix())?,
                _ => None,
            };
            let Some(suffix) = suffix else { return Ok(e) };
            e = self.apply_suffix(e, suffix);
        }
    }

    #[inline(never)]
    fn apply_suffix(&mut self, value: Node, suffix: Suffix) -> Node {
        let span = Span::new(value.span().start as usize, self.prev_end);
        match suffix {
            Suffix::Attribute(attr, attr_span) => {
                let kind = ExprKind::Attribute { value: Box::new(value.e), attr, attr_span };
                self.node(kind, span, value.depth)
            }
            Suffix::Call(args, depth) => {
                let depth = depth.max(value.depth);
                self.node(ExprKind::Call { func: Box::new(value.e), args }, span, depth)
            }
            Suffix::Subscript(index) => {
                let depth = value.depth.max(index.depth);
                let kind = ExprKind::Subscript { value: Box::new(value.e), index: Box::new(index.e) };
                self.node(kind, span, depth)
            }
        }
    }

    #[inline(never)]
    fn attribute_suffix(&mut self) -> PResult<Suffix> {
        self.bump();
        let (attr, attr_span) = self.name_token()?;
        Ok(Suffix::Attribute(attr, attr_span))
    }

    fn call_suffix(&mut self) -> PResult<Suffix> {
        self.bump();
        self.brackets += 1;
        let (args, depth) = self.arguments()?;
        self.brackets -= 1;
        Ok(Suffix::Call(args, depth))
    }

    #[inline(never)]
    fn subscript_suffix(&mut self) -> PResult<Suffix> {
        self.bump();
        self.brackets += 1;
        let index = self.slices()?;
        if !self.at_op("]") {
            return self.unexpected();
        }
        self.bump();
        self.brackets -= 1;
        Ok(Suffix::Subscript(index))
    }

    /// Call arguments after `(`, through `)`. Returns them and their deepest nesting.
    fn arguments(&mut self) -> PResult<(Vec<Arg>, u32)> {
        let mut list = ArgList::default();
        while !self.at_op(")") {
            match self.kind() {
                TokenKind::Op("*" | "**") => self.star_argument(&mut list)?,
                TokenKind::Name | TokenKind::Keyword("True" | "False" | "None")
                    if self.tok_at(1).kind == TokenKind::Op("=") =>
                {
                    self.keyword_argument(&mut list)?
                }
                _ => self.positional_argument(&mut list)?,
            }
            if !self.eat_op(",") {
                break;
            }
        }
        self.end_arguments(list)
    }

    fn positional_argument(&mut self, list: &mut ArgList) -> PResult<()> {
        let value = self.named_expression(false)?;
        self.after_positional(list, value)
    }

    #[inline(never)]
    fn after_positional(&mut self, list: &mut ArgList, value: Node) -> PResult<()> {
        if self.at_op("=") {
            return self.fail("expression cannot contain assignment, perhaps you meant \"==\"?", value.span());
        }
        if self.at_kw("for") || self.at_kw("async") && self.async_for_ahead(list.args.is_empty()) {
            self.comprehension_clauses()?;
            list.genexp = Some(value.span());
        } else if list.seen_dstar {
            list.misplaced.get_or_insert("positional argument follows keyword argument unpacking");
        } else if list.seen_keyword {
            list.misplaced.get_or_insert("positional argument follows keyword argument");
        }
        list.depth = list.depth.max(value.depth);
        list.args.push(Arg::Positional(value.e));
        Ok(())
    }

    #[inline(never)]
    fn star_argument(&mut self, list: &mut ArgList) -> PResult<()> {
        let t = self.bump();
        if t.kind == TokenKind::Op("*") && list.seen_dstar {
            return self.fail("iterable argument unpacking follows keyword argument unpacking", t.span);
        }
        let value = self.expression()?;
        list.depth = list.depth.max(value.depth);
        if t.kind == TokenKind::Op("*") {
            list.args.push(Arg::Starred(value.e));
        } else {
            let span = t.span.to(value.span());
            let value = self.refuse_with("'**' in calls", t.span, "double starred", span, vec![value]);
            list.args.push(Arg::Positional(value.e));
            list.seen_dstar = true;
        }
        Ok(())
    }

    /// CPython reports a positional argument after keywords once the whole list is read.
    #[inline(never)]
    fn end_arguments(&mut self, list: ArgList) -> PResult<(Vec<Arg>, u32)> {
        if let Some(message) = list.misplaced {
            let span = self.span();
            return self.fail(message, span);
        }
        if let Some(span) = list.genexp {
            if list.args.len() > 1 || self.prev_token_is_comma() {
                return self.fail("Generator expression must be parenthesized", span);
            }
            self.unsupported("generator expressions", span);
        }
        if !self.at_op(")") {
            return self.unexpected();
        }
        self.bump();
        Ok((list.args, list.depth))
    }

    /// `async for` after a call argument. Only a first argument can start a generator
    /// expression in CPython's first pass; later ones are looked at by its second pass.
    #[inline(never)]
    fn async_for_ahead(&mut self, first_argument: bool) -> bool {
        let outer = self.second_pass;
        self.second_pass |= !first_argument;
        let next = self.tok_at(1).kind;
        self.second_pass = outer;
        next == TokenKind::Keyword("for")
    }

    fn prev_token_is_comma(&self) -> bool {
        self.pos > 0 && self.toks.get(self.pos - 1).is_some_and(|t| t.kind == TokenKind::Op(","))
    }

    #[inline(never)]
    fn keyword_argument(&mut self, list: &mut ArgList) -> PResult<()> {
        let t = self.bump();
        if let TokenKind::Keyword(k) = t.kind {
            if matches!(k, "True" | "False" | "None") {
                return self.fail(format!("cannot assign to {k}"), t.span);
            }
            return self.fail("invalid syntax", t.span);
        }
        self.bump(); // '='
        let value = self.expression()?;
        let span = t.span.to(value.span());
        let name: Name = Rc::from(self.text(t.span));
        list.depth = list.depth.max(value.depth);
        list.args.push(Arg::Keyword { name, value: value.e, span });
        list.seen_keyword = true;
        Ok(())
    }

    /// The inside of `[...]` after a primary: an index, a tuple of them, or slices.
    fn slices(&mut self) -> PResult<Node> {
        let first = self.slice_item()?;
        if !self.at_op(",") {
            return Ok(first);
        }
        let start = first.span();
        let mut depth = first.depth;
        let mut items = vec![first.e];
        while self.eat_op(",") {
            if self.at_op("]") {
                break;
            }
            let item = self.slice_item()?;
            depth = depth.max(item.depth);
            items.push(item.e);
        }
        let span = Span::new(start.start as usize, self.prev_end);
        Ok(self.node(ExprKind::Tuple(items), span, depth))
    }

    #[inline(never)]
    fn slice_item(&mut self) -> PResult<Node> {
        let start = self.span();
        if self.at_op("*") {
            return self.star_expression();
        }
        let lower = if self.at_op(":") { None } else { Some(self.named_expression(true)?) };
        if !self.at_op(":") {
            return lower.map_or_else(|| self.unexpected(), Ok);
        }
        self.bump();
        let mut children: Vec<Node> = lower.into_iter().collect();
        if !self.at_op(":") && !self.at_op("]") && !self.at_op(",") {
            children.push(self.expression()?);
        }
        if self.eat_op(":") && !self.at_op("]") && !self.at_op(",") {
            children.push(self.expression()?);
        }
        let span = Span::new(start.start as usize, self.prev_end);
        Ok(self.refuse_with("slices", start, "slice", span, children))
    }

    #[inline(never)]
    fn lambda(&mut self) -> PResult<Node> {
        let kw = self.bump();
        let params = self.parameters(":", true)?;
        self.expect_op(":")?;
        let body = self.expression()?;
        let span = kw.span.to(body.span());
        // The defaults belong to the enclosing scope; the body is a scope of its own.
        let defaults = params.into_iter().filter_map(|p| p.default).map(|e| Node { e, depth: 1 }).collect();
        Ok(self.refuse_with("'lambda'", kw.span, "lambda", span, defaults))
    }

    fn atom(&mut self) -> PResult<Node> {
        match self.kind() {
            TokenKind::Op("(") => self.paren(),
            TokenKind::Op("[") => self.list_display(),
            _ => self.simple_atom(),
        }
    }

    /// Every atom but the bracketed ones that nest.
    #[inline(never)]
    fn simple_atom(&mut self) -> PResult<Node> {
        let t = self.tok();
        match t.kind {
            TokenKind::Name => {
                self.bump();
                Ok(self.leaf(ExprKind::Name(Rc::from(self.text(t.span))), t.span))
            }
            TokenKind::Keyword("True") => Ok(self.keyword_constant(ExprKind::Bool(true))),
            TokenKind::Keyword("False") => Ok(self.keyword_constant(ExprKind::Bool(false))),
            TokenKind::Keyword("None") => Ok(self.keyword_constant(ExprKind::None)),
            TokenKind::Int => {
                self.bump();
                Ok(self.int_literal(t.span))
            }
            TokenKind::Float => {
                self.bump();
                let text: String = self.text(t.span).chars().filter(|&c| c != '_').collect();
                let value = text.parse::<f64>().unwrap_or(f64::NAN);
                Ok(self.leaf(ExprKind::Float(value), t.span))
            }
            TokenKind::Imaginary => {
                self.bump();
                Ok(self.refuse("complex numbers", t.span, "literal", t.span))
            }
            TokenKind::Str(_) => self.strings(),
            TokenKind::Op("{") => self.brace_display(),
            TokenKind::Op("...") => {
                self.bump();
                Ok(self.refuse("'...' (Ellipsis)", t.span, "ellipsis", t.span))
            }
            _ => self.unexpected(),
        }
    }

    #[inline(never)]
    fn keyword_constant(&mut self, kind: ExprKind) -> Node {
        let t = self.bump();
        self.leaf(kind, t.span)
    }

    #[inline(never)]
    fn int_literal(&mut self, span: Span) -> Node {
        let text: String = self.text(span).chars().filter(|&c| c != '_').collect();
        let lower = text.to_ascii_lowercase();
        let parsed = if let Some(hex) = lower.strip_prefix("0x") {
            i64::from_str_radix(hex, 16)
        } else if let Some(oct) = lower.strip_prefix("0o") {
            i64::from_str_radix(oct, 8)
        } else if let Some(bin) = lower.strip_prefix("0b") {
            i64::from_str_radix(bin, 2)
        } else {
            lower.parse::<i64>()
        };
        match parsed {
            Ok(v) => self.leaf(ExprKind::Int(v), span),
            Err(_) => {
                let message = format!("integer literal too large for Loopscope (at most {})", i64::MAX);
                self.unsupported_message(message, span);
                self.placeholder("literal", span)
            }
        }
    }

    /// `( ... )`: a group, a tuple, a generator expression, or `(yield)`.
    fn paren(&mut self) -> PResult<Node> {
        let open = self.bump();
        self.brackets += 1;
        let result = self.paren_inner(open.span);
        self.brackets -= 1;
        result
    }

    fn paren_inner(&mut self, open: Span) -> PResult<Node> {
        if self.eat_op(")") {
            return Ok(self.leaf(ExprKind::Tuple(Vec::new()), Span::new(open.start as usize, self.prev_end)));
        }
        if self.at_kw("yield") {
            let e = self.yield_expr()?;
            self.close(")")?;
            return Ok(e);
        }
        let first = if self.at_op("*") { self.star_expression()? } else { self.named_expression(true)? };
        if self.at_kw("for") || self.at_kw("async") {
            let first_iter = self.comprehension_clauses()?;
            self.close(")")?;
            let span = Span::new(open.start as usize, self.prev_end);
            return Ok(self.refuse_with("generator expressions", open, "generator expression", span, first_iter));
        }
        if self.at_op(")") {
            if placeholder_kind(&first.e) == Some("starred") {
                return self.fail("cannot use starred expression here", first.span());
            }
            self.bump();
            return Ok(first);
        }
        if !self.at_op(",") {
            return self.unexpected();
        }
        let (items, depth) = self.display_items(first, ")")?;
        let span = Span::new(open.start as usize, self.prev_end);
        Ok(self.node(ExprKind::Tuple(items), span, depth))
    }

    /// The rest of a comma-separated display after its first item, through `close`.
    #[inline(never)]
    fn display_items(&mut self, first: Node, close: &str) -> PResult<(Vec<Expr>, u32)> {
        let first_span = first.span();
        let mut depth = first.depth;
        let mut items = vec![first.e];
        while self.eat_op(",") {
            if self.at_op(close) {
                break;
            }
            let item = self.star_named_expression()?;
            depth = depth.max(item.depth);
            items.push(item.e);
        }
        if close != ")" {
            self.unparenthesized_comprehension_target(first_span)?;
        }
        self.close(close)?;
        Ok((items, depth))
    }

    /// `[a, b for ...]`: CPython's invalid_comprehension.
    #[inline(never)]
    fn unparenthesized_comprehension_target(&mut self, first: Span) -> PResult<()> {
        let comprehension =
            self.at_kw("for") || self.at_kw("async") && self.tok_at(1).kind == TokenKind::Keyword("for");
        if comprehension
            && !self.speculating
            && self.speculate(|p| p.comprehension_clauses().map(|_| p.leaf(ExprKind::None, first)))
        {
            return self.fail("did you forget parentheses around the comprehension target?", first);
        }
        Ok(())
    }

    fn close(&mut self, close: &str) -> PResult<()> {
        if self.eat_op(close) { Ok(()) } else { self.unexpected() }
    }

    fn star_named_expression(&mut self) -> PResult<Node> {
        if self.at_op("*") { self.star_expression() } else { self.named_expression(true) }
    }

    fn list_display(&mut self) -> PResult<Node> {
        let open = self.bump();
        self.brackets += 1;
        let result = self.list_inner(open.span);
        self.brackets -= 1;
        result
    }

    fn list_inner(&mut self, open: Span) -> PResult<Node> {
        if self.eat_op("]") {
            return Ok(self.leaf(ExprKind::List(Vec::new()), Span::new(open.start as usize, self.prev_end)));
        }
        let first = self.star_named_expression()?;
        if self.at_kw("for") || self.at_kw("async") {
            let first_iter = self.comprehension_clauses()?;
            self.close("]")?;
            let span = Span::new(open.start as usize, self.prev_end);
            return Ok(self.refuse_with("list comprehensions", open, "list comprehension", span, first_iter));
        }
        if !self.at_op(",") && !self.at_op("]") {
            return self.unexpected();
        }
        let (items, depth) = self.display_items(first, "]")?;
        let span = Span::new(open.start as usize, self.prev_end);
        Ok(self.node(ExprKind::List(items), span, depth))
    }

    /// `{...}`: dicts, sets and their comprehensions, all refused.
    #[inline(never)]
    fn brace_display(&mut self) -> PResult<Node> {
        let open = self.bump();
        self.brackets += 1;
        let result = self.brace_inner(open.span);
        self.brackets -= 1;
        result
    }

    fn brace_inner(&mut self, open: Span) -> PResult<Node> {
        if self.eat_op("}") {
            let span = Span::new(open.start as usize, self.prev_end);
            return Ok(self.refuse("dict literals", open, "dict literal", span));
        }
        let mut items = Vec::new();
        let is_dict = if self.eat_op("**") {
            items.push(self.binary_expr(PREC_CMP + 1)?);
            true
        } else {
            let key = self.star_named_expression()?;
            if self.eat_op(":") {
                let value = self.dict_value(&key)?;
                items.extend([key, value]);
                true
            } else {
                items.push(key);
                false
            }
        };
        if self.at_kw("for") || self.at_kw("async") {
            let first_iter = self.comprehension_clauses()?;
            self.close("}")?;
            let span = Span::new(open.start as usize, self.prev_end);
            let (what, name) = if is_dict {
                ("dict comprehensions", "dict comprehension")
            } else {
                ("set comprehensions", "set comprehension")
            };
            return Ok(self.refuse_with(what, open, name, span, first_iter));
        }
        while self.eat_op(",") {
            if self.at_op("}") {
                break;
            }
            if is_dict {
                self.dict_item(&mut items)?;
            } else {
                items.push(self.star_named_expression()?);
            }
        }
        if !is_dict {
            self.unparenthesized_comprehension_target(items.first().map_or(open, Node::span))?;
        }
        self.close("}")?;
        let span = Span::new(open.start as usize, self.prev_end);
        Ok(if is_dict {
            self.refuse_with("dict literals", open, "dict literal", span, items)
        } else {
            self.refuse_with("set literals", open, "set display", span, items)
        })
    }

    fn dict_item(&mut self, items: &mut Vec<Node>) -> PResult<()> {
        if self.eat_op("**") {
            items.push(self.binary_expr(PREC_CMP + 1)?);
            return Ok(());
        }
        let key = self.expression()?;
        if !self.eat_op(":") {
            if self.at_op("}") || self.at_op(",") {
                let span = self.span();
                return self.fail("':' expected after dictionary key", span);
            }
            return self.unexpected();
        }
        let value = self.dict_value(&key)?;
        items.extend([key, value]);
        Ok(())
    }

    fn dict_value(&mut self, key: &Node) -> PResult<Node> {
        if self.at_op("}") || self.at_op(",") {
            // Reported at the ':' just read.
            let colon = self.pos.checked_sub(1).and_then(|i| self.toks.get(i)).map_or(key.span(), |t| t.span);
            return self.fail("expression expected after dictionary key and ':'", colon);
        }
        self.expression()
    }

    /// `for x in y if c ...` after a comprehension's element.
    /// Returns the first iterable, the only part evaluated in the enclosing scope.
    #[inline(never)]
    fn comprehension_clauses(&mut self) -> PResult<Vec<Node>> {
        let mut first = Vec::new();
        while self.at_kw("for") || self.at_kw("async") && self.tok_at(1).kind == TokenKind::Keyword("for") {
            self.eat_kw("async");
            self.bump();
            self.for_target()?;
            self.bump(); // 'in'
            let iter = self.binary_expr(PREC_OR)?;
            if first.is_empty() {
                first.push(iter);
            }
            while self.eat_kw("if") {
                self.binary_expr(PREC_OR)?;
            }
        }
        Ok(first)
    }

    // ----- strings ------------------------------------------------------------------

    /// Adjacent string literals, concatenated; f-strings become `FString`.
    #[inline(never)]
    fn strings(&mut self) -> PResult<Node> {
        let mut pieces = Vec::new();
        while let TokenKind::Str(flags) = self.kind() {
            pieces.push((self.bump(), flags));
        }
        // CPython reports string errors at the token after the literals.
        let after = self.span();
        let start = pieces.first().map_or(after, |(t, _)| t.span);
        let span = Span::new(start.start as usize, self.prev_end);
        let any_bytes = pieces.iter().any(|(_, f)| f.bytes);
        if any_bytes && pieces.iter().any(|(_, f)| !f.bytes) {
            return self.fail("cannot mix bytes and nonbytes literals", after);
        }
        if any_bytes {
            for (t, _) in &pieces {
                if !self.text(t.span).is_ascii() {
                    return self.fail("bytes can only contain ASCII literal characters", t.span);
                }
            }
            return Ok(self.refuse("bytes literals", start, "literal", span));
        }
        let mut parts = Vec::new();
        let mut fstring = false;
        let outer_depth = std::mem::take(&mut self.field_depth);
        for (t, flags) in pieces {
            let Some((body_start, body_end)) = flags.body(t.span, self.src) else {
                return self.fail("invalid string literal", t.span);
            };
            if flags.fstring {
                fstring = true;
                let mut at = body_start;
                self.fstring_body(&mut at, body_end, flags.raw, 0, after, &mut parts)?;
            } else {
                let text = self.decode(body_start, body_end, flags.raw, after)?;
                push_literal(&mut parts, &text);
            }
        }
        if !fstring {
            let text = match parts.pop() {
                Some(FPart::Literal(s)) => s,
                _ => Rc::from(""),
            };
            return Ok(self.leaf(ExprKind::Str(text), span));
        }
        let depth = std::mem::replace(&mut self.field_depth, outer_depth);
        Ok(self.node(ExprKind::FString(parts), span, depth))
    }

    /// The value of a literal's body, escapes processed unless raw.
    fn decode(&mut self, start: usize, end: usize, raw: bool, after: Span) -> PResult<String> {
        let body = self.src.get(start..end).unwrap_or("");
        if raw {
            return Ok(body.replace("\r\n", "\n"));
        }
        match decode_escapes(body) {
            Ok(s) => Ok(s),
            Err(EscapeError::Invalid(message)) => self.fail(message, after),
            Err(EscapeError::Unsupported(what)) => {
                self.unsupported(&what, Span::new(start, end));
                Ok(String::new())
            }
        }
    }

    /// Literal text and replacement fields of an f-string body from `*at`, until `end`
    /// (top level) or the `}` that closes a format spec (`level` > 0), following
    /// CPython 3.11's fstring_find_literal / fstring_find_expr.
    fn fstring_body(
        &mut self,
        at: &mut usize,
        end: usize,
        raw: bool,
        level: u32,
        after: Span,
        out: &mut Vec<FPart>,
    ) -> PResult<()> {
        let bytes = self.src.as_bytes();
        let byte = |i: usize| if i < end { bytes.get(i).copied().unwrap_or(0) } else { 0 };
        loop {
            let mut segment = *at;
            let mut literal = String::new();
            while *at < end {
                let b = byte(*at);
                if !raw && b == b'\\' && *at + 1 < end {
                    if byte(*at + 1) == b'N' && byte(*at + 2) == b'{' {
                        // `\N{NAME}`: its braces are not a replacement field.
                        *at += 3;
                        while *at < end && byte(*at) != b'}' {
                            *at += 1;
                        }
                        *at = (*at + 1).min(end);
                        continue;
                    }
                    if !matches!(byte(*at + 1), b'{' | b'}') {
                        *at += 2;
                        continue;
                    }
                    *at += 1;
                    continue;
                }
                if b == b'{' || b == b'}' {
                    if level == 0 && byte(*at + 1) == b {
                        literal.push_str(&self.decode(segment, *at, raw, after)?);
                        literal.push(b as char);
                        *at += 2;
                        segment = *at;
                        continue;
                    }
                    if b == b'}' && level == 0 {
                        return self.fail("f-string: single '}' is not allowed", after);
                    }
                    break;
                }
                *at += 1;
            }
            let stop = (*at).min(end);
            literal.push_str(&self.decode(segment, stop, raw, after)?);
            push_literal(out, &literal);
            if *at >= end || byte(*at) == b'}' {
                return Ok(());
            }
            self.fstring_field(at, end, raw, level, after, out)?;
        }
    }

    /// One replacement field `{expr[=][!c][:spec]}` starting at the `{` at `*at`.
    fn fstring_field(
        &mut self,
        at: &mut usize,
        end: usize,
        raw: bool,
        level: u32,
        after: Span,
        out: &mut Vec<FPart>,
    ) -> PResult<()> {
        if level >= 2 {
            return self.fail("f-string: expressions nested too deeply", after);
        }
        *at += 1;
        let expr_start = *at;
        self.scan_field_expression(at, end, after)?;
        let expr_end = *at;
        let bytes = self.src.as_bytes();
        let byte = |i: usize| if i < end { bytes.get(i).copied().unwrap_or(0) } else { 0 };
        if *at >= end {
            return self.fail("f-string: expecting '}'", after);
        }
        let text = self.src.get(expr_start..expr_end).unwrap_or("");
        if text.chars().all(char::is_whitespace) {
            return self.fail("f-string: empty expression not allowed", after);
        }
        let expr = self.fstring_expression(expr_start, expr_end)?;
        let mut debug_text = None;
        if byte(*at) == b'=' {
            *at += 1;
            while *at < end && matches!(byte(*at), b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c) {
                *at += 1;
            }
            if *at >= end {
                return self.fail("f-string: expecting '}'", after);
            }
            debug_text = self.src.get(expr_start..*at);
        }
        let mut conversion = None;
        if byte(*at) == b'!' {
            *at += 1;
            if *at >= end {
                return self.fail("f-string: expecting '}'", after);
            }
            let c = self.src.get(*at..end).and_then(|s| s.chars().next()).unwrap_or('\0');
            *at += c.len_utf8();
            if !matches!(c, 's' | 'r' | 'a') {
                return self.fail("f-string: invalid conversion character: expected 's', 'r', or 'a'", after);
            }
            conversion = Some(c);
        }
        let mut spec = Vec::new();
        let has_spec = byte(*at) == b':';
        if has_spec {
            *at += 1;
            if *at >= end {
                return self.fail("f-string: expecting '}'", after);
            }
            self.fstring_body(at, end, raw, level + 1, after, &mut spec)?;
        }
        if *at >= end || byte(*at) != b'}' {
            return self.fail("f-string: expecting '}'", after);
        }
        *at += 1;
        if let Some(text) = debug_text {
            // `{x=}` prints the expression's text, then its repr unless told otherwise.
            push_literal(out, text);
            if conversion.is_none() && !has_spec {
                conversion = Some('r');
            }
        }
        self.field_depth = self.field_depth.max(expr.depth + level + 1);
        out.push(FPart::Field { expr: expr.e, conversion, spec });
        Ok(())
    }

    /// Finds where a field's expression ends (CPython's scan: quotes, brackets, and the
    /// first `!`, `:`, `=`, `}` outside them that is not part of `!=`, `==`, `<=`, `>=`).
    fn scan_field_expression(&mut self, at: &mut usize, end: usize, after: Span) -> PResult<()> {
        let bytes = self.src.as_bytes();
        let byte = |i: usize| if i < end { bytes.get(i).copied().unwrap_or(0) } else { 0 };
        let mut quote: Option<(u8, bool)> = None;
        let mut stack: Vec<u8> = Vec::new();
        while *at < end {
            let ch = byte(*at);
            if ch == b'\\' {
                return self.fail("f-string expression part cannot include a backslash", after);
            }
            if let Some((q, triple)) = quote {
                if ch == q {
                    if !triple {
                        quote = None;
                    } else if *at + 2 < end && byte(*at + 1) == q && byte(*at + 2) == q {
                        *at += 2;
                        quote = None;
                    }
                }
            } else if ch == b'\'' || ch == b'"' {
                let triple = *at + 2 < end && byte(*at + 1) == ch && byte(*at + 2) == ch;
                if triple {
                    *at += 2;
                }
                quote = Some((ch, triple));
            } else if matches!(ch, b'[' | b'{' | b'(') {
                if stack.len() >= 200 {
                    return self.fail("f-string: too many nested parenthesis", after);
                }
                stack.push(ch);
            } else if ch == b'#' {
                return self.fail("f-string expression part cannot include '#'", after);
            } else if stack.is_empty() && matches!(ch, b'!' | b':' | b'}' | b'=' | b'<' | b'>') {
                if byte(*at + 1) == b'=' && matches!(ch, b'!' | b'=' | b'<' | b'>') && *at + 1 < end {
                    *at += 2;
                    continue;
                }
                if ch == b'<' || ch == b'>' {
                    *at += 1;
                    continue;
                }
                break;
            } else if matches!(ch, b']' | b'}' | b')') {
                let Some(open) = stack.pop() else {
                    return self.fail(format!("f-string: unmatched '{}'", ch as char), after);
                };
                let expected = match open {
                    b'(' => b')',
                    b'[' => b']',
                    _ => b'}',
                };
                if ch != expected {
                    let message = format!(
                        "f-string: closing parenthesis '{}' does not match opening parenthesis '{}'",
                        ch as char, open as char
                    );
                    return self.fail(message, after);
                }
            }
            *at += 1;
        }
        if quote.is_some() {
            return self.fail("f-string: unterminated string", after);
        }
        if let Some(open) = stack.last() {
            return self.fail(format!("f-string: unmatched '{}'", *open as char), after);
        }
        Ok(())
    }

    /// Parses a field's expression from the original source, so that its spans (and its
    /// errors) point at the right place.
    fn fstring_expression(&mut self, start: usize, end: usize) -> PResult<Node> {
        let lexed = lexer::lex_fstring_expr(self.src, start, end);
        if let Some(e) = lexed.error {
            // CPython reports the tokenizer's own message, without "f-string: ".
            if self.error.is_none() {
                self.error = Some(e.diag);
            }
            return Err(Fail);
        }
        self.enter()?;
        let mut sub = Parser::new(self.src, &lexed.tokens);
        sub.brackets = 1;
        sub.in_fstring = true;
        sub.recursion = self.recursion;
        sub.speculating = self.speculating;
        sub.second_pass = self.second_pass;
        let result = sub.fstring_expression_inner();
        self.leave();
        if let Some(u) = sub.unsupported.take() {
            self.unsupported_message(u.message, u.span);
        }
        match result {
            Ok(node) => Ok(node),
            Err(Fail) => {
                if self.error.is_none() {
                    self.error = sub.error;
                }
                Err(Fail)
            }
        }
    }

    fn fstring_expression_inner(&mut self) -> PResult<Node> {
        let e = self.star_expressions()?;
        if placeholder_kind(&e.e) == Some("starred") {
            return self.fail("cannot use starred expression here", e.span());
        }
        if self.kind() != TokenKind::EndMarker {
            return self.unexpected();
        }
        Ok(e)
    }
}

fn push_literal(parts: &mut Vec<FPart>, text: &str) {
    if text.is_empty() {
        return;
    }
    if let Some(FPart::Literal(prev)) = parts.last_mut() {
        let mut joined = prev.to_string();
        joined.push_str(text);
        *prev = Rc::from(joined);
        return;
    }
    parts.push(FPart::Literal(Rc::from(text)));
}

/// CPython's description of an expression in "cannot assign to ..." messages
/// (`_PyPegen_get_expr_name`).
fn expr_name(kind: &ExprKind) -> &'static str {
    match kind {
        ExprKind::Int(_) | ExprKind::Float(_) | ExprKind::Str(_) => "literal",
        ExprKind::FString(_) => "f-string expression",
        ExprKind::Bool(true) => "True",
        ExprKind::Bool(false) => "False",
        ExprKind::None => "None",
        ExprKind::Name(_) => "name",
        ExprKind::List(_) => "list",
        ExprKind::Tuple(_) => "tuple",
        ExprKind::Attribute { .. } => "attribute",
        ExprKind::Subscript { .. } => "subscript",
        ExprKind::Call { .. } => "function call",
        ExprKind::BinOp { .. } | ExprKind::UnaryOp { .. } | ExprKind::BoolOp { .. } => "expression",
        ExprKind::Compare { .. } => "comparison",
        ExprKind::IfExp { .. } => "conditional expression",
        ExprKind::Await(_) => "await expression",
    }
}

/// The part of a `for` target that cannot be assigned (CPython: the left side of an
/// `in` comparison is searched, since `for a in b` reads as one).
fn invalid_for_target(e: &Expr) -> Option<(&str, Span)> {
    match &e.kind {
        ExprKind::Compare { left, ops } => match ops.first() {
            Some((CmpOp::In, _)) => invalid_target_in(left),
            _ => None,
        },
        ExprKind::Tuple(elts) | ExprKind::List(elts) => elts.iter().find_map(invalid_for_target),
        _ => invalid_target_in(e),
    }
}

fn invalid_target_in(e: &Expr) -> Option<(&str, Span)> {
    if let Some(kind) = placeholder_kind(e) {
        return (kind != "starred").then_some((kind, e.span));
    }
    match &e.kind {
        ExprKind::Name(_) | ExprKind::Subscript { .. } | ExprKind::Attribute { .. } => None,
        ExprKind::Tuple(elts) | ExprKind::List(elts) => elts.iter().find_map(invalid_target_in),
        kind => Some((expr_name(kind), e.span)),
    }
}

fn invalid_del_target(e: &Expr) -> Option<(&str, Span)> {
    if let Some(kind) = placeholder_kind(e) {
        return Some((kind, e.span));
    }
    match &e.kind {
        ExprKind::Name(_) | ExprKind::Subscript { .. } | ExprKind::Attribute { .. } => None,
        ExprKind::Tuple(elts) | ExprKind::List(elts) => elts.iter().find_map(invalid_del_target),
        kind => Some((expr_name(kind), e.span)),
    }
}

enum EscapeError {
    /// A SyntaxError, with CPython's message.
    Invalid(String),
    /// Valid Python that Loopscope cannot represent.
    Unsupported(String),
}

/// Processes the backslash escapes of a (non-raw) string literal's body like CPython:
/// unknown escapes stay as written.
fn decode_escapes(body: &str) -> Result<String, EscapeError> {
    let mut out = String::with_capacity(body.len());
    let mut chars = body.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if c == '\r' && chars.peek().is_some_and(|&(_, n)| n == '\n') {
            continue; // CRLF inside triple-quoted strings reads as LF
        }
        if c != '\\' {
            out.push(c);
            continue;
        }
        let Some((_, e)) = chars.next() else {
            out.push('\\');
            break;
        };
        match e {
            '\n' => {}
            '\r' => {
                if chars.peek().is_some_and(|&(_, n)| n == '\n') {
                    chars.next();
                }
            }
            '\\' => out.push('\\'),
            '\'' => out.push('\''),
            '"' => out.push('"'),
            'a' => out.push('\x07'),
            'b' => out.push('\x08'),
            'f' => out.push('\x0c'),
            'n' => out.push('\n'),
            'r' => out.push('\r'),
            't' => out.push('\t'),
            'v' => out.push('\x0b'),
            '0'..='7' => {
                let mut value = e.to_digit(8).unwrap_or(0);
                for _ in 0..2 {
                    match chars.peek().and_then(|&(_, d)| d.to_digit(8)) {
                        Some(d) => {
                            value = value * 8 + d;
                            chars.next();
                        }
                        None => break,
                    }
                }
                out.push(char::from_u32(value).unwrap_or('\u{fffd}'));
            }
            'x' | 'u' | 'U' => {
                let digits = match e {
                    'x' => 2,
                    'u' => 4,
                    _ => 8,
                };
                let mut value: u32 = 0;
                let mut count = 0;
                while count < digits {
                    match chars.peek().and_then(|&(_, d)| d.to_digit(16)) {
                        Some(d) => {
                            value = value.wrapping_mul(16).wrapping_add(d);
                            chars.next();
                            count += 1;
                        }
                        None => break,
                    }
                }
                let end = i + 2 + count;
                if count < digits {
                    let name = match e {
                        'x' => "truncated \\xXX escape",
                        'u' => "truncated \\uXXXX escape",
                        _ => "truncated \\UXXXXXXXX escape",
                    };
                    return Err(EscapeError::Invalid(format!(
                        "(unicode error) 'unicodeescape' codec can't decode bytes in position {i}-{}: {name}",
                        end.saturating_sub(1)
                    )));
                }
                match char::from_u32(value) {
                    Some(ch) => out.push(ch),
                    None if (0xD800..=0xDFFF).contains(&value) => {
                        return Err(EscapeError::Unsupported("surrogate escapes in strings".into()));
                    }
                    None => {
                        return Err(EscapeError::Invalid(format!(
                            "(unicode error) 'unicodeescape' codec can't decode bytes in position {i}-{}: illegal Unicode character",
                            end.saturating_sub(1)
                        )));
                    }
                }
            }
            'N' => return Err(EscapeError::Unsupported("'\\N{...}' escapes".into())),
            other => {
                out.push('\\');
                out.push(other);
            }
        }
    }
    Ok(out)
}
