//! The page crate's shape (ARCHITECTURE.md, `crates/app`), checked like the engine's
//! layers (`crates/engine/tests/layers.rs`): every path a file's code names (outside
//! comments and its `#[cfg(test)]` module) is allowed for its part of the crate.
//! It lives here because the page crate's own tests run in the browser, where there is no
//! file system.

use std::path::{Path, PathBuf};

/// Each part of `crates/app/src` (a folder or a file) and what its code must not name.
const RULES: &[(&str, &[&str])] = &[
    // The views take props and emit callbacks: no service, no effect of their own.
    ("components", &["crate::services", "crate::app", "spawn_local", "gloo_timers"]),
    // Pure: tested natively, no browser API.
    (
        "state.rs",
        &["web_sys", "wasm_bindgen", "js_sys", "gloo_timers", "crate::services", "crate::components", "crate::app"],
    ),
    (
        "model.rs",
        &["web_sys", "wasm_bindgen", "js_sys", "gloo_timers", "crate::services", "crate::components", "crate::app"],
    ),
    (
        "link.rs",
        &["web_sys", "wasm_bindgen", "js_sys", "gloo_timers", "crate::services", "crate::components", "crate::app"],
    ),
    (
        "presets.rs",
        &["web_sys", "wasm_bindgen", "js_sys", "gloo_timers", "crate::services", "crate::components", "crate::app"],
    ),
    (
        "scrub.rs",
        &["web_sys", "wasm_bindgen", "js_sys", "gloo_timers", "crate::services", "crate::components", "crate::app"],
    ),
    // The browser's side knows nothing of the page's state or views.
    ("services", &["crate::components", "crate::state", "crate::app", "yew::prelude", "html!"]),
];

fn app_src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../app/src")
}

fn rust_files(path: &Path, out: &mut Vec<PathBuf>) {
    if path.is_file() {
        out.push(path.to_path_buf());
        return;
    }
    let Ok(entries) = std::fs::read_dir(path) else { return };
    let mut entries: Vec<PathBuf> = entries.flatten().map(|e| e.path()).collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|e| e == "rs") {
            out.push(p);
        }
    }
}

/// The lines of code (not comments, not tests), numbered from 1.
fn code_lines(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.lines()
        .enumerate()
        .take_while(|(_, line)| !line.trim_start().starts_with("#[cfg(test)]"))
        .map(|(n, line)| (n + 1, line.split("//").next().unwrap_or("")))
}

#[test]
fn components_never_call_services_and_the_state_is_pure() {
    let mut problems = Vec::new();
    for (part, forbidden) in RULES {
        let mut files = Vec::new();
        rust_files(&app_src().join(part), &mut files);
        assert!(!files.is_empty(), "crates/app/src/{part} has no files: update RULES");
        for f in files {
            let text = std::fs::read_to_string(&f).unwrap_or_default();
            for (n, code) in code_lines(&text) {
                for name in forbidden.iter().filter(|name| code.contains(**name)) {
                    problems.push(format!("{}:{n}: {part} names {name}", f.display()));
                }
            }
        }
    }
    assert!(problems.is_empty(), "the page crate's rules are broken (ARCHITECTURE.md):\n{}", problems.join("\n"));
}

#[test]
fn the_rules_see_a_breach() {
    let text = "use crate::services::url; // crate::app\n#[cfg(test)]\nuse web_sys::Window;\n";
    let names: Vec<&str> = code_lines(text).map(|(_, code)| code).collect();
    assert_eq!(names, ["use crate::services::url; "]);
}
