//! A readable listing of compiled code (`loopscope dis FILE`), for looking at what the
//! compiler makes of a program.

use super::code::{Code, Const};
use std::fmt::Write;

/// Every code object of a program, outermost first.
pub fn disassemble(code: &Code) -> String {
    let mut out = String::new();
    write_code(code, &mut out);
    out
}

fn write_code(code: &Code, out: &mut String) {
    let _ = writeln!(
        out,
        "== {} ({:?}, {} registers, params {:?}, cells {:?}, frees {:?})",
        code.qualname, code.kind, code.nregs, code.params.names, code.cellvars, code.freevars
    );
    for (i, op) in code.ops.iter().enumerate() {
        let _ = writeln!(out, "{i:5}  {op:?}");
    }
    for e in &code.exc_table {
        let _ = writeln!(out, "  except {}..{} -> {} (exc in r{}, depth {})", e.start, e.end, e.target, e.exc, e.depth);
    }
    for (i, c) in code.consts.iter().enumerate() {
        if !matches!(c, Const::Code(_)) {
            let _ = writeln!(out, "  const {i}: {c:?}");
        }
    }
    for c in &code.consts {
        if let Const::Code(inner) = c {
            write_code(inner, out);
        }
    }
}
