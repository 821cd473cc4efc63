//! Command-line parsing (small enough not to need a crate).

use loopscope_engine::Limits;

pub const USAGE: &str = "usage:
  loopscope run FILE|- [--jsonl] [--loop-states] [--trace OUT.json] [--max-steps N]
                       [--max-tasks N] [--max-time SECS] [--max-lines N] [--max-depth N]
  loopscope check FILE|-
  loopscope dis FILE|-

  run      runs the scenario on a virtual clock and prints its output
           (--jsonl: one JSON object per line, the oracle's format;
            --loop-states: instead, the loop's ready queue and timers at the start of
            every iteration, one JSON object per line;
            --trace: also write the trace in Chrome Trace Event Format)
  check    prints the diagnostics found before running, if any
  dis      prints the compiled code (registers, instructions, exception tables)";

pub enum Command {
    Run { file: String, jsonl: bool, loop_states: bool, trace: Option<String>, limits: Limits },
    Check { file: String },
    Dis { file: String },
    Help,
}

pub fn parse(argv: &[String]) -> Result<Command, String> {
    let Some(sub) = argv.first() else {
        return Err("missing command".into());
    };
    match sub.as_str() {
        "-h" | "--help" | "help" => Ok(Command::Help),
        "check" => match &argv[1..] {
            [file] => Ok(Command::Check { file: file.clone() }),
            _ => Err("check takes exactly one FILE".into()),
        },
        "dis" => match &argv[1..] {
            [file] => Ok(Command::Dis { file: file.clone() }),
            _ => Err("dis takes exactly one FILE".into()),
        },
        "run" => parse_run(&argv[1..]),
        other => Err(format!("unknown command '{other}'")),
    }
}

fn parse_run(rest: &[String]) -> Result<Command, String> {
    let mut file = None;
    let mut jsonl = false;
    let mut loop_states = false;
    let mut trace = None;
    let mut limits = Limits::default();
    let mut it = rest.iter();
    while let Some(a) = it.next() {
        let mut value = |name: &str| it.next().cloned().ok_or_else(|| format!("{name} needs a value"));
        match a.as_str() {
            "--jsonl" => jsonl = true,
            "--loop-states" => loop_states = true,
            "--trace" => trace = Some(value("--trace")?),
            "--max-steps" => limits.max_steps = number(&value(a)?, a)?,
            "--max-tasks" => limits.max_tasks = number(&value(a)?, a)?,
            "--max-lines" => limits.max_lines = number(&value(a)?, a)?,
            "--max-depth" => limits.max_depth = number(&value(a)?, a)?,
            "--max-memory" => limits.max_memory = number::<usize>(&value(a)?, a)?.saturating_mul(1024 * 1024),
            "--max-time" => limits.max_time = number(&value(a)?, a)?,
            s if s.starts_with("--") => return Err(format!("unknown option '{s}'")),
            s => {
                if file.replace(s.to_string()).is_some() {
                    return Err("run takes one FILE".into());
                }
            }
        }
    }
    let file = file.ok_or("run needs a FILE (or - for standard input)")?;
    Ok(Command::Run { file, jsonl, loop_states, trace, limits: limits.clamped() })
}

fn number<T: std::str::FromStr>(s: &str, flag: &str) -> Result<T, String> {
    s.parse().map_err(|_| format!("{flag}: '{s}' is not a valid number"))
}
