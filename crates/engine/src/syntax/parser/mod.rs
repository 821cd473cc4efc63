//! Recursive-descent parser for Python 3.11's whole grammar.
//!
//! A real syntax error anywhere is reported alone, where CPython reports it: the file
//! fails to parse. Constructs that Loopscope refuses (SPEC section 1c) are valid Python:
//! they are recorded, stood in for where the tree has no node for them, and parsing goes
//! on; `parse` lists them all, in source order, once the whole file parsed and passed
//! CPython's compile-time checks ([`super::check`]), because CPython would not have run a
//! program with a syntax error in it.
//!
//! Error positions follow CPython's PEG parser: a generic error is reported at the token
//! where parsing could not go on; the specific messages of its second pass ("expected
//! ':'", "Perhaps you forgot a comma?", "cannot assign to ...") at the places it picks;
//! and tokenizer errors are ranked against parser errors as `_PyPegen_set_syntax_error`
//! does (see [`LexError::hard`]).
//!
//! The grammar is split by area: statements (`stmt`), compound statements (`compound`),
//! parameters (`params`), expressions (`expr`), primaries and atoms (`primary`), call
//! arguments (`args`), displays and comprehensions (`display`), assignment targets
//! (`target`), numbers (`number`) and strings (`strings`).

mod args;
mod compound;
mod display;
mod expr;
mod number;
mod params;
mod primary;
mod stmt;
mod strings;
mod target;

use super::ast::*;
use super::diag::{Diagnostic, LineIndex};
use super::lexer::{self, LexError, Lexed, Token, TokenKind};
use std::rc::Rc;

/// Deepest expression nesting Loopscope accepts (every later pass walks the tree
/// recursively, and Rust drops it recursively).
const MAX_EXPR_DEPTH: u32 = 200;
/// Deepest parser recursion (brackets, conditional expressions, `**` chains...). Keeps
/// the native and wasm stacks safe; brackets alone stop at 200 in the tokenizer.
const MAX_RECURSION: u32 = 300;
/// Longest `elif` chain (each `elif` nests one level deeper in the tree).
const MAX_ELIF: usize = 200;

/// Parses a scenario. A syntax error (what CPython's `compile()` raises, its compile-time
/// checks included) comes back alone; otherwise every construct Loopscope refuses, in
/// source order.
pub fn parse(source: &str) -> Result<Module, Vec<Diagnostic>> {
    let (module, refused) = parse_with_refusals(source)?;
    if refused.is_empty() { Ok(module) } else { Err(refused) }
}

/// Parses a scenario: a syntax error alone, or the tree (refused constructs stood in for)
/// with every construct the parser refuses, in source order. For the later passes that
/// refuse more (the names Loopscope lacks) and list everything together.
pub fn parse_with_refusals(source: &str) -> Result<(Module, Vec<Diagnostic>), Vec<Diagnostic>> {
    if source.contains('\0') {
        // CPython 3.11 refuses the source before tokenizing (the oracle prints it
        // without a position: line None).
        return Err(vec![Diagnostic {
            kind: "SyntaxError",
            message: "source code string cannot contain null bytes".into(),
            span: Span::default(),
            line: 1,
            col: 1,
        }]);
    }
    let lexed = lexer::lex(source);
    let mut p = Parser::new(source, &lexed.tokens);
    match p.file() {
        Ok(body) => {
            let module = Module { body };
            super::check::check(source, &module).map_err(|d| vec![d])?;
            let mut refused = std::mem::take(&mut p.unsupported);
            refused.sort_by(|a, b| (a.span.start, &a.message).cmp(&(b.span.start, &b.message)));
            refused.dedup_by(|a, b| a.span.start == b.span.start && a.message == b.message);
            Ok((module, refused))
        }
        Err(Fail) => Err(vec![p.final_error(&lexed)]),
    }
}

/// The parser failed; the diagnostic is in `Parser::error`. Keeps `Result`s small, which
/// keeps the recursive frames small.
#[derive(Debug)]
struct Fail;

type PResult<T> = Result<T, Fail>;

/// An expression, how deeply nested its tree is, and where its text starts counting the
/// parentheses around it (`(a) + b` starts at the `(`, as in CPython).
struct Node {
    e: Expr,
    depth: u32,
    start: u32,
}

impl Node {
    fn span(&self) -> Span {
        self.e.span
    }

    /// From the start of this node (parentheses included) to `end`.
    fn to(&self, end: usize) -> Span {
        Span { start: self.start, end: end as u32 }
    }
}

/// The name standing for an expression Loopscope cannot keep (one nested too deeply): no
/// program can spell it, and it is never handed out (its refusal is).
const PLACEHOLDER_NAME: &str = "\0";

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
    /// Every construct Loopscope refuses, as met (sorted at the end).
    unsupported: Vec<Diagnostic>,
    recursion: u32,
    /// Brackets the parser is inside (CPython only suggests a missing comma there).
    brackets: u32,
    /// Parsing an f-string replacement field: messages get CPython's "f-string: " prefix.
    in_fstring: bool,
    /// Deepest replacement field expression of the f-string being read.
    field_depth: u32,
    /// Inside a speculative parse: no second-pass diagnostics, nothing recorded.
    speculating: bool,
}

/// What a backtracking parse restores.
#[derive(Clone, Copy)]
struct Checkpoint {
    pos: usize,
    prev_end: usize,
    brackets: u32,
    recursion: u32,
    unsupported: usize,
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
            unsupported: Vec::new(),
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

    /// The span from `start` to the end of the last token consumed.
    fn since(&self, start: Span) -> Span {
        Span::new(start.start as usize, self.prev_end.max(start.start as usize))
    }

    fn expect_op(&mut self, op: &str) -> PResult<Token> {
        if self.at_op(op) { Ok(self.bump()) } else { self.unexpected() }
    }

    /// The ':' ending a compound statement's header. CPython says "expected ':'" when
    /// the line ends there, or always for the headers where the colon is a forced token
    /// (`def`, `try`, `else`, `finally`, `class`...); otherwise it is a generic error.
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

    fn checkpoint(&self) -> Checkpoint {
        Checkpoint {
            pos: self.pos,
            prev_end: self.prev_end,
            brackets: self.brackets,
            recursion: self.recursion,
            unsupported: self.unsupported.len(),
        }
    }

    /// Goes back to `c`, forgetting the refusals recorded since (the constructs will be
    /// met again, or were not what the text is).
    fn restore(&mut self, c: Checkpoint) {
        self.pos = c.pos;
        self.prev_end = c.prev_end;
        self.brackets = c.brackets;
        self.recursion = c.recursion;
        self.unsupported.truncate(c.unsupported);
    }

    fn forget_error(&mut self) {
        self.error = None;
        self.generic_error = false;
        self.layout_error = false;
    }

    /// Runs `f`; if it fails where CPython's PEG parser would just backtrack (a generic
    /// error, or any error while speculating), restores the position and returns `None`.
    /// Specific errors propagate.
    fn attempt<T>(&mut self, f: impl FnOnce(&mut Self) -> PResult<T>) -> PResult<Option<T>> {
        let saved = self.checkpoint();
        match f(self) {
            Ok(node) => Ok(Some(node)),
            Err(Fail) if self.speculating || self.generic_error => {
                self.restore(saved);
                self.forget_error();
                Ok(None)
            }
            Err(Fail) => Err(Fail),
        }
    }

    /// Runs `f` without committing to anything: position, errors and records are
    /// restored. Returns whether it succeeded.
    #[inline(never)]
    fn speculate<T>(&mut self, f: impl FnOnce(&mut Self) -> PResult<T>) -> bool {
        let saved = self.checkpoint();
        let outer = (self.error.take(), self.speculating, self.second_pass);
        self.speculating = true;
        self.second_pass = true;
        let ok = f(self).is_ok();
        self.restore(saved);
        (self.error, self.speculating, self.second_pass) = outer;
        ok
    }

    /// Parses ahead as CPython's second pass would, then comes back: returns whether it
    /// parsed; a specific error found on the way is the answer and propagates.
    #[inline(never)]
    fn probe(&mut self, f: impl FnOnce(&mut Self) -> PResult<Node>) -> PResult<bool> {
        let saved = self.checkpoint();
        let outer = std::mem::replace(&mut self.second_pass, true);
        let result = f(self);
        self.second_pass = outer;
        match result {
            Ok(_) => {
                self.restore(saved);
                Ok(true)
            }
            Err(Fail) if self.generic_error => {
                self.restore(saved);
                self.forget_error();
                Ok(false)
            }
            Err(Fail) => Err(Fail),
        }
    }

    /// Records a construct Loopscope refuses: `{what} is not supported by Loopscope`
    /// (`are` when `what` is a plural).
    #[inline(never)]
    fn unsupported(&mut self, what: &str, span: Span) {
        let head = what.split(" (").next().unwrap_or(what);
        let verb = if head.ends_with('s') && !head.ends_with("'s") && !head.ends_with("ss") { "are" } else { "is" };
        self.unsupported_message(format!("{what} {verb} not supported by Loopscope"), span);
    }

    #[inline(never)]
    fn unsupported_message(&mut self, message: String, span: Span) {
        if self.speculating {
            return;
        }
        self.unsupported.push(Diagnostic::syntax(message, span, self.src));
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
    /// subtree is replaced by a placeholder (and refused), so no tree ever gets deeper.
    #[inline(never)]
    fn node(&mut self, kind: ExprKind, span: Span, depth: u32) -> Node {
        if depth + 1 > MAX_EXPR_DEPTH {
            self.unsupported_message(
                format!("expressions nested more than {MAX_EXPR_DEPTH} levels deep are not supported by Loopscope"),
                span,
            );
            return self.leaf(ExprKind::Name(Rc::from(PLACEHOLDER_NAME)), span);
        }
        Node { e: Expr::new(kind, span), depth: depth + 1, start: span.start }
    }

    #[inline(never)]
    fn leaf(&self, kind: ExprKind, span: Span) -> Node {
        Node { e: Expr::new(kind, span), depth: 1, start: span.start }
    }

    /// Whether `e` was written in parentheses (its span starts after a `(`).
    pub(super) fn parenthesized(&self, e: &Expr) -> bool {
        let i = self.index_of_span(e.span);
        i > 0 && self.toks.get(i - 1).is_some_and(|t| t.kind == TokenKind::Op("("))
    }

    fn stmt(&self, kind: StmtKind, start: Span) -> Stmt {
        Stmt { kind, span: Span::new(start.start as usize, self.prev_end.max(start.end as usize)) }
    }
}

/// The deepest of some nodes' depths.
fn max_depth<'a>(nodes: impl IntoIterator<Item = &'a Node>) -> u32 {
    nodes.into_iter().map(|n| n.depth).max().unwrap_or(0)
}
