//! `loopscope`: run a scenario natively and print its output (SPEC section 4).
//!
//! ```text
//! loopscope run FILE|- [--jsonl] [--trace OUT.json] [--max-steps N] [--max-tasks N]
//!                      [--max-time SECS] [--max-lines N] [--max-depth N]
//! loopscope check FILE|-
//! ```
//! Exit status: 0 when the program ended, 1 for a scenario error, 2 for a bad invocation.

mod args;
mod render;

use loopscope_engine::{Limits, Outcome};
use std::io::{IsTerminal, Read, Write};
use std::process::ExitCode;

fn main() -> ExitCode {
    let argv: Vec<String> = std::env::args().skip(1).collect();
    let cmd = match args::parse(&argv) {
        Ok(cmd) => cmd,
        Err(msg) => {
            eprintln!("loopscope: {msg}\n\n{}", args::USAGE);
            return ExitCode::from(2);
        }
    };
    match cmd {
        args::Command::Help => {
            println!("{}", args::USAGE);
            ExitCode::SUCCESS
        }
        args::Command::Check { file } => match read_source(&file) {
            Ok(src) => match loopscope_engine::prepare(&src, &Limits::default()) {
                Ok(_) => ExitCode::SUCCESS,
                Err(ds) => {
                    print_diagnostics(&file, &ds);
                    ExitCode::from(1)
                }
            },
            Err(msg) => {
                eprintln!("loopscope: {msg}");
                ExitCode::from(2)
            }
        },
        args::Command::Dis { file } => match read_source(&file).map(|src| loopscope_engine::disassemble(&src)) {
            Ok(Ok(text)) => {
                print!("{text}");
                ExitCode::SUCCESS
            }
            Ok(Err(ds)) => {
                print_diagnostics(&file, &ds);
                ExitCode::from(1)
            }
            Err(msg) => {
                eprintln!("loopscope: {msg}");
                ExitCode::from(2)
            }
        },
        args::Command::Run { file, jsonl, loop_states, trace, limits } => {
            let src = match read_source(&file) {
                Ok(s) => s,
                Err(msg) => {
                    eprintln!("loopscope: {msg}");
                    return ExitCode::from(2);
                }
            };
            let format = if loop_states {
                Format::LoopStates
            } else if jsonl {
                Format::Jsonl
            } else {
                Format::Human
            };
            run(&src, format, trace.as_deref(), limits)
        }
    }
}

/// `FILE:LINE:COL: Kind: message`, one per line (the position once, as compilers print it).
fn print_diagnostics(file: &str, ds: &[loopscope_engine::Diagnostic]) {
    for d in ds {
        println!("{file}:{}:{}: {}: {}", d.line, d.col, d.kind, d.message);
    }
}

enum Format {
    Human,
    Jsonl,
    LoopStates,
}

fn run(src: &str, format: Format, trace_out: Option<&str>, limits: Limits) -> ExitCode {
    let trace = loopscope_engine::native::run(src, limits);
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let text = match format {
        Format::Jsonl => render::jsonl(&trace),
        Format::LoopStates => loopscope_engine::loop_states::iteration_states(&trace).join("\n") + "\n",
        Format::Human => render::human(&trace, std::io::stdout().is_terminal()),
    };
    let written = out.write_all(text.as_bytes()).and_then(|_| out.flush());
    if written.is_err() {
        return ExitCode::from(2);
    }
    if let Some(path) = trace_out {
        let json = loopscope_engine::chrome::to_chrome_json(&trace);
        if let Err(e) = std::fs::write(path, json) {
            eprintln!("loopscope: cannot write {path}: {e}");
            return ExitCode::from(2);
        }
    }
    match trace.outcome {
        Some(Outcome::End { .. }) => ExitCode::SUCCESS,
        _ => ExitCode::from(1),
    }
}

fn read_source(file: &str) -> Result<String, String> {
    let bytes = if file == "-" {
        let mut buf = Vec::new();
        std::io::stdin().read_to_end(&mut buf).map_err(|e| format!("cannot read standard input: {e}"))?;
        buf
    } else {
        std::fs::read(file).map_err(|e| format!("cannot read {file}: {e}"))?
    };
    // Invalid UTF-8 is a SyntaxError in Python; keep going with replacement characters so
    // that the engine reports it at the right place.
    Ok(String::from_utf8(bytes).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned()))
}
