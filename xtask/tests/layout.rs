//! The layout holds as code lands: no hand-written file is over 400 lines (Rust counted
//! before its test module), and no two modules of a crate import each other (each
//! shared piece lives where both can use it). A module is a file or folder directly
//! under a crate's `src/`; its imports are the `crate::<module>` paths outside its tests.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).into_iter().flatten().flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The modules `text` names as `crate::<name>`.
fn imports(text: &str) -> BTreeSet<String> {
    let code = text.split("#[cfg(test)]").next().unwrap_or_default();
    let mut names = BTreeSet::new();
    let mut rest = code;
    while let Some(i) = rest.find("crate::") {
        rest = &rest[i + "crate::".len()..];
        let name: String = rest
            .chars()
            .take_while(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || *c == '_')
            .collect();
        if !name.is_empty() {
            names.insert(name);
        }
    }
    names
}

#[test]
fn no_two_modules_of_a_crate_import_each_other() {
    let mut sources: Vec<PathBuf> = fs::read_dir(root().join("crates"))
        .unwrap()
        .flatten()
        .map(|e| e.path().join("src"))
        .collect();
    sources.push(root().join("src-tauri/src"));
    let mut cycles = Vec::new();
    for src in sources.iter().filter(|s| s.is_dir()) {
        let mut files = Vec::new();
        rust_files(src, &mut files);
        let mut modules: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        for file in files {
            let rel = file.strip_prefix(src).unwrap();
            let first = rel
                .components()
                .next()
                .unwrap()
                .as_os_str()
                .to_string_lossy();
            let module = first.trim_end_matches(".rs").to_string();
            if module == "lib" || module == "main" {
                continue;
            }
            let text = fs::read_to_string(&file).unwrap();
            let used = modules.entry(module.clone()).or_default();
            used.extend(imports(&text).into_iter().filter(|m| *m != module));
        }
        for (a, uses) in &modules {
            for b in uses.iter().filter(|b| a < *b) {
                if modules.get(b).is_some_and(|u| u.contains(a)) {
                    let crate_dir = src.strip_prefix(root()).unwrap_or(src);
                    cycles.push(format!("{}: {a} ↔ {b}", crate_dir.display()));
                }
            }
        }
    }
    assert!(
        cycles.is_empty(),
        "modules that import each other:\n{}",
        cycles.join("\n")
    );
}

/// The most lines a hand-written file may have.
const MAX_LINES: usize = 400;

fn code_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).into_iter().flatten().flatten() {
        let path = entry.path();
        let name = entry.file_name().to_string_lossy().into_owned();
        if path.is_dir() {
            // Built, installed or generated trees are not written by hand.
            let skip = ["target", "node_modules", "dist", "gen", ".git", "bindings"];
            if !skip.contains(&name.as_str()) {
                code_files(&path, out);
            }
        } else if ["rs", "svelte", "ts", "typ"]
            .iter()
            .any(|e| path.extension().is_some_and(|x| x == *e))
        {
            out.push(path);
        }
    }
}

#[test]
fn no_hand_written_file_is_over_400_lines() {
    let mut files = Vec::new();
    for dir in [
        "crates",
        "src-tauri",
        "ui/src",
        "tests",
        "bench",
        "xtask",
        "fuzz",
    ] {
        code_files(&root().join(dir), &mut files);
    }
    assert!(
        files.len() > 100,
        "the walk found the code ({} files)",
        files.len()
    );
    let mut long = Vec::new();
    for file in files {
        let text = fs::read_to_string(&file).unwrap_or_default();
        let counted = text
            .lines()
            .take_while(|l| !l.starts_with("#[cfg(test)]"))
            .count();
        if counted > MAX_LINES {
            let name = file
                .strip_prefix(root())
                .unwrap_or(&file)
                .display()
                .to_string();
            long.push(format!("{name}: {counted} lines"));
        }
    }
    assert!(
        long.is_empty(),
        "over {MAX_LINES} lines:\n{}",
        long.join("\n")
    );
}
