//! The engine's layers (ARCHITECTURE.md, "Layers"), checked in the manner of
//! rust-analyzer's tidy tests: every `crate::` path in a layer's files (outside their
//! `#[cfg(test)]` modules) names only the layers it may use, and the crate depends on no
//! wasm, web or UI crate.

use std::path::{Path, PathBuf};

/// Each layer (a folder or a file of `src/`) and the top-level modules it may use.
const RULES: &[(&str, &[&str])] = &[
    ("syntax", &["syntax"]),
    ("edit", &["edit", "syntax", "format"]),
    ("compile", &["compile", "syntax"]),
    ("vm", &["vm", "compile", "syntax", "trace", "limits", "fxhash", "builtin"]),
    ("asyncio", &["asyncio", "vm", "compile", "syntax", "trace", "host", "fxhash"]),
    ("refuse", &["refuse", "asyncio", "vm", "compile", "syntax", "limits"]),
    ("trace", &["trace", "format"]),
    ("views", &["views", "trace", "format"]),
    ("limits.rs", &[]),
    ("fxhash.rs", &[]),
];

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
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

/// The top-level modules named by `crate::x` paths in code (not comments, not tests).
fn used_modules(text: &str) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    for (n, line) in text.lines().enumerate() {
        if line.trim_start().starts_with("#[cfg(test)]") {
            break;
        }
        let code = line.split("//").next().unwrap_or("");
        let mut rest = code;
        while let Some(at) = rest.find("crate::") {
            let after = &rest[at + "crate::".len()..];
            let name: String = after.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
            if !name.is_empty() {
                out.push((n + 1, name));
            }
            rest = after;
        }
    }
    out
}

#[test]
fn each_layer_uses_only_the_layers_below_it() {
    let mut problems = Vec::new();
    for (layer, allowed) in RULES {
        let mut files = Vec::new();
        rust_files(&src().join(layer), &mut files);
        assert!(!files.is_empty(), "layer {layer} has no files: update RULES");
        for f in files {
            let text = std::fs::read_to_string(&f).unwrap_or_default();
            for (line, module) in used_modules(&text) {
                if !allowed.contains(&module.as_str()) {
                    problems.push(format!("{}:{line}: {layer} uses crate::{module}", f.display()));
                }
            }
        }
    }
    assert!(problems.is_empty(), "layer rules broken:\n{}", problems.join("\n"));
}

#[test]
fn the_engine_depends_on_no_wasm_web_or_ui_crate() {
    let manifest =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("Cargo.toml")).unwrap_or_default();
    let deps = manifest.split("[dependencies]").nth(1).unwrap_or("").split("\n[").next().unwrap_or("");
    for forbidden in ["wasm-bindgen", "web-sys", "js-sys", "yew", "gloo", "wasm-bindgen-futures"] {
        assert!(
            !deps.lines().any(|l| l.trim_start().starts_with(forbidden)),
            "the engine depends on {forbidden}:\n{deps}"
        );
    }
}

#[test]
fn the_check_sees_paths_in_code_only() {
    let text = "use crate::vm::Value; // crate::asyncio in a comment\nfn f() { crate::trace::x(); }\n#[cfg(test)]\nmod t { use crate::native; }\n";
    let found: Vec<String> = used_modules(text).into_iter().map(|(_, m)| m).collect();
    assert_eq!(found, ["vm", "trace"]);
}
