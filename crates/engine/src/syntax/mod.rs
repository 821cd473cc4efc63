//! The front end: source text in, syntax tree or diagnostics out.
//!
//! This layer owns everything Loopscope knows about Python's *syntax*: the tokenizer
//! ([`lexer`]), the parser (the whole Python 3.11 grammar, with CPython's error messages
//! and positions), CPython's compile-time checks ([`check`]), the constructs Loopscope
//! refuses (SPEC section 1c, reported by [`parse`]), the editor's highlighter
//! ([`highlight`]) and the one tree walker every later pass uses ([`visit`]).
//!
//! It never imports values, the VM or the trace: the tree is plain data that the
//! compiler reads.

pub mod ast;
pub mod check;
pub mod diag;
pub mod highlight;
pub mod lexer;
mod parser;
mod unicode_ident;
pub mod visit;

pub use ast::{Module, Span};
pub use diag::{Diagnostic, LineIndex};
pub use parser::{parse, parse_with_refusals};
