//! Paths and small helpers for running external commands.

use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// The workspace root (two levels above this crate's manifest). `cargo run` tells us where
/// the manifest is now; the compile-time path is the fallback (a moved checkout that shares a
/// target directory would otherwise point at the old place).
pub fn repo_root() -> PathBuf {
    let manifest = std::env::var_os("CARGO_MANIFEST_DIR")
        .map(PathBuf::from)
        .filter(|dir| dir.join("Cargo.toml").is_file())
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")));
    manifest.ancestors().nth(2).map_or_else(|| manifest.clone(), Path::to_path_buf)
}

/// Cargo's target directory (honours `CARGO_TARGET_DIR`).
pub fn target_dir() -> PathBuf {
    match std::env::var_os("CARGO_TARGET_DIR") {
        Some(dir) if !dir.is_empty() => {
            let dir = PathBuf::from(dir);
            if dir.is_absolute() { dir } else { repo_root().join(dir) }
        }
        _ => repo_root().join("target"),
    }
}

/// The project-local binaryen (wasm-opt) from npm.
pub fn binaryen_dir() -> PathBuf {
    repo_root().join(".tools").join("binaryen")
}

pub fn binaryen_bin() -> PathBuf {
    binaryen_dir().join("node_modules").join(".bin")
}

/// Where `cargo install` puts binaries.
pub fn cargo_bin() -> PathBuf {
    if let Some(home) = std::env::var_os("CARGO_HOME") {
        return PathBuf::from(home).join("bin");
    }
    let home = std::env::var_os("HOME").unwrap_or_else(|| OsString::from("/root"));
    PathBuf::from(home).join(".cargo").join("bin")
}

/// The cargo that runs us (so that the same toolchain is used throughout).
pub fn cargo_program() -> OsString {
    std::env::var_os("CARGO").unwrap_or_else(|| OsString::from("cargo"))
}

/// PATH with the project-local binaryen first, then cargo's bin directory.
pub fn tool_path() -> OsString {
    let mut dirs = vec![binaryen_bin(), cargo_bin()];
    if let Some(path) = std::env::var_os("PATH") {
        dirs.extend(std::env::split_paths(&path));
    }
    std::env::join_paths(dirs).unwrap_or_else(|_| std::env::var_os("PATH").unwrap_or_default())
}

/// A command that finds our tools: PATH as in [`tool_path`], run from the repo root.
pub fn command(program: impl AsRef<std::ffi::OsStr>) -> Command {
    let mut cmd = Command::new(program);
    cmd.env("PATH", tool_path()).current_dir(repo_root());
    cmd
}

/// A `cargo` command (the toolchain that runs xtask).
pub fn cargo() -> Command {
    command(cargo_program())
}

/// A `trunk` command. Trunk reads `NO_COLOR` as a boolean and refuses any other value (such
/// as the common `NO_COLOR=1`), so a set value is normalised to `true`.
pub fn trunk() -> Command {
    let mut cmd = command("trunk");
    if std::env::var_os("NO_COLOR").is_some_and(|v| v != "true" && v != "false") {
        cmd.env("NO_COLOR", "true");
    }
    cmd
}

/// Runs `cmd` and returns its stdout and stderr together, or `None` when it cannot start or
/// exits non-zero. For version probes.
pub fn probe(mut cmd: Command) -> Option<String> {
    let out = cmd.stdin(Stdio::null()).output().ok()?;
    if !out.status.success() {
        return None;
    }
    let mut text = String::from_utf8_lossy(&out.stdout).into_owned();
    text.push_str(&String::from_utf8_lossy(&out.stderr));
    Some(text)
}

/// Runs `cmd` with the console as its output. `Err` says what went wrong.
pub fn run_visible(mut cmd: Command) -> Result<(), String> {
    let shown = describe(&cmd);
    match cmd.stdin(Stdio::null()).status() {
        Ok(status) if status.success() => Ok(()),
        Ok(status) => Err(format!("`{shown}` failed ({status})")),
        Err(e) => Err(format!("could not start `{shown}`: {e}")),
    }
}

/// `program arg arg` for messages.
pub fn describe(cmd: &Command) -> String {
    let program =
        if cmd.get_program() == cargo_program() { "cargo".into() } else { cmd.get_program().to_string_lossy() };
    let mut parts = vec![program.into_owned()];
    parts.extend(cmd.get_args().map(|a| shell_quote(&a.to_string_lossy())));
    parts.join(" ")
}

/// `true` when the program can be found on [`tool_path`].
pub fn on_path(program: &str) -> bool {
    std::env::split_paths(&tool_path()).any(|dir| dir.join(program).is_file())
}

/// `s` as one shell word: unchanged when it is plain, else in single quotes.
pub fn shell_quote(s: &str) -> String {
    if !s.is_empty() && s.chars().all(|c| c.is_ascii_alphanumeric() || "/._-+=:,@%".contains(c)) {
        s.to_string()
    } else {
        format!("'{}'", s.replace('\'', r"'\''"))
    }
}
