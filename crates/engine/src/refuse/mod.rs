//! Rule zero of SPEC section 1, statically: the names that CPython 3.11 has and
//! Loopscope lacks, found in the syntax tree before running and listed together with
//! the parser's refusals (`'asyncio.to_thread' is not supported by Loopscope`).
//!
//! Three kinds of names are refused, each only where the tree shows it for sure:
//! - an attribute of `asyncio`, `time` or `random` (or of one of asyncio's submodules)
//!   reached through a name that only ever holds that module (`import asyncio as aio`
//!   and never rebound), or imported with `from asyncio import ...`;
//! - a builtin the program reads without binding it anywhere on the way;
//! - an event-loop method that only exists for what SPEC 1c refuses (`run_in_executor`,
//!   `add_reader`...), on any object, when the program never defines that name itself.
//!
//! What is lacking is asked of the VM ([`lacking`]), and where a name lives is the
//! compiler's own scope analysis ([`crate::compile::scope`]), so a refusal here is
//! exactly a "not supported" the run would have met. What this misses (`getattr(asyncio,
//! name)`, a module passed around as a value) the run still reports as not supported.

mod bindings;
mod find;
pub mod lacking;
mod walk;

use crate::syntax::{Diagnostic, Module};

/// Every use of a name Loopscope lacks in `module`, in source order.
pub fn refusals(module: &Module, source: &str) -> Vec<Diagnostic> {
    let scopes = crate::compile::scope::analyze(module);
    let bound = bindings::collect(module, &scopes);
    let lacking = lacking::lacking();
    find::find(module, source, &scopes, &bound, &lacking)
}

/// The parser's refusals and this pass's, merged in source order.
pub fn merge(mut refused: Vec<Diagnostic>, more: Vec<Diagnostic>) -> Vec<Diagnostic> {
    refused.extend(more);
    refused.sort_by(|a, b| (a.span.start, &a.message).cmp(&(b.span.start, &b.message)));
    refused.dedup_by(|a, b| a.span.start == b.span.start && a.message == b.message);
    refused
}
