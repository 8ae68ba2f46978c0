//! Compiles every module of CPython 3.11's `Lib/` and checks the code.
//!
//! Ignored by default: it needs a CPython 3.11 installation (found through
//! `python3.11` on PATH) and takes a while. Run with
//! `cargo test -p terrarium-compiler --test stdlib -- --ignored`.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use terrarium_compiler::Mode;

fn python_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            if path.file_name().is_some_and(|n| n != "site-packages") {
                python_files(&path, out);
            }
        } else if path.extension().is_some_and(|e| e == "py") {
            out.push(path);
        }
    }
}

/// Whether CPython 3.11 also rejects the file.
fn cpython_rejects(path: &Path) -> bool {
    let script = "import sys; compile(open(sys.argv[1], 'rb').read(), sys.argv[1], 'exec')";
    let status = Command::new("python3.11")
        .args(["-c", script])
        .arg(path)
        .output();
    status.is_ok_and(|o| !o.status.success())
}

#[test]
#[ignore = "needs python3.11 and its standard library"]
fn every_stdlib_module_compiles() {
    let out = Command::new("python3.11")
        .args([
            "-c",
            "import sysconfig; print(sysconfig.get_paths()['stdlib'])",
        ])
        .output()
        .expect("python3.11 on PATH");
    let lib = PathBuf::from(String::from_utf8(out.stdout).unwrap().trim());
    let mut files = Vec::new();
    python_files(&lib, &mut files);
    files.sort();
    assert!(
        files.len() > 1000,
        "no standard library under {}",
        lib.display()
    );
    let mut failures = Vec::new();
    for path in &files {
        let Ok(source) = std::fs::read_to_string(path) else {
            continue; // not UTF-8: a decoding matter, not the compiler's
        };
        match terrarium_compiler::compile(&source, &common::options(Mode::Exec)) {
            Ok(code) => {
                if let Err(problem) = common::check(&code) {
                    failures.push(format!("{}: {problem}", path.display()));
                }
            }
            Err(e) => {
                if !cpython_rejects(path) {
                    failures.push(format!("{}: {e:?}", path.display()));
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
