//! `cargo xtask serve [--port N]`: install the build tools, then `trunk serve --release`.

use crate::{tools, util};
use std::net::{TcpListener, TcpStream};
use std::process::ExitCode;
use std::time::Duration;

const DEFAULT_PORT: u16 = 8080;

pub fn run(args: &[String]) -> ExitCode {
    let port = match parse_port(args) {
        Ok(port) => port,
        Err(e) => {
            eprintln!("xtask serve: {e}\nusage: cargo xtask serve [--port N]");
            return ExitCode::from(2);
        }
    };
    if let Err(e) = TcpListener::bind(("127.0.0.1", port)) {
        eprintln!("xtask serve: port {port} on 127.0.0.1 is not free ({e}); choose another with --port N");
        return ExitCode::FAILURE;
    }

    println!("==> tools");
    // The page's crates compile alongside the tools when those have to be built.
    let missing = tools::ensure_build_tools(true);
    if !missing.is_empty() {
        eprintln!("xtask serve: cannot build the page, missing:");
        for m in &missing {
            eprintln!("  - {m}");
        }
        return ExitCode::FAILURE;
    }

    let url = format!("http://127.0.0.1:{port}/");
    println!("==> trunk serve --release (first build takes a few minutes); the page will be at {url}");
    let mut cmd = util::trunk();
    cmd.args(["serve", "--release", "--address", "127.0.0.1", "--port"]).arg(port.to_string());
    let mut child = match cmd.spawn() {
        Ok(child) => child,
        Err(e) => {
            eprintln!("xtask serve: could not start trunk: {e}");
            return ExitCode::FAILURE;
        }
    };

    // Announce the URL once the server accepts connections (trunk's own log scrolls by).
    let mut announced = false;
    loop {
        match child.try_wait() {
            Ok(Some(status)) => {
                eprintln!("xtask serve: trunk exited ({status})");
                return ExitCode::FAILURE;
            }
            Ok(None) => {}
            Err(e) => {
                eprintln!("xtask serve: lost track of trunk: {e}");
                return ExitCode::FAILURE;
            }
        }
        if !announced && TcpStream::connect(("127.0.0.1", port)).is_ok() {
            announced = true;
            println!("\n    Loopscope is served at {url}   (Ctrl-C to stop)\n");
        }
        std::thread::sleep(Duration::from_millis(if announced { 1000 } else { 300 }));
    }
}

fn parse_port(args: &[String]) -> Result<u16, String> {
    let mut port = DEFAULT_PORT;
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        let value = if arg == "--port" || arg == "-p" {
            it.next().ok_or("--port needs a number")?.as_str()
        } else if let Some(v) = arg.strip_prefix("--port=") {
            v
        } else {
            return Err(format!("unexpected argument `{arg}`"));
        };
        port = value.parse().map_err(|_| format!("`{value}` is not a port number"))?;
    }
    Ok(port)
}

#[cfg(test)]
mod tests {
    use super::parse_port;

    fn args(a: &[&str]) -> Vec<String> {
        a.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn ports() {
        assert_eq!(parse_port(&[]), Ok(8080));
        assert_eq!(parse_port(&args(&["--port", "9000"])), Ok(9000));
        assert_eq!(parse_port(&args(&["--port=9001"])), Ok(9001));
        assert!(parse_port(&args(&["--port"])).is_err());
        assert!(parse_port(&args(&["--port", "x"])).is_err());
        assert!(parse_port(&args(&["--bogus"])).is_err());
    }
}
