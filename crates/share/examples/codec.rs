//! The Rust share codec on the command line, for tests that check it against another one
//! (tests/e2e/share_codec.test.mjs: the page's browser DEFLATE).
//!
//! `codec encode` reads a source on stdin and prints its `code=` value;
//! `codec decode` reads a `code=` value on stdin and prints the source (exit 1 and the
//! user's message on stderr when it does not decode).

use std::io::{Read, Write};
use std::process::ExitCode;

fn main() -> ExitCode {
    let mut input = String::new();
    if let Err(e) = std::io::stdin().read_to_string(&mut input) {
        eprintln!("codec: cannot read stdin: {e}");
        return ExitCode::FAILURE;
    }
    let out = match std::env::args().nth(1).as_deref() {
        Some("encode") => loopscope_share::encode_code(&input),
        Some("decode") => match loopscope_share::decode_code(input.trim(), loopscope_share::MAX_SOURCE) {
            Ok(src) => src,
            Err(e) => {
                eprintln!("{e}");
                return ExitCode::FAILURE;
            }
        },
        _ => {
            eprintln!("usage: codec encode|decode  (stdin to stdout)");
            return ExitCode::from(2);
        }
    };
    match std::io::stdout().write_all(out.as_bytes()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(_) => ExitCode::FAILURE,
    }
}
