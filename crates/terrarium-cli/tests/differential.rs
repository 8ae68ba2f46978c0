//! Differential test suite: every program under `tests/programs` (at the
//! workspace root) is run by a reference CPython 3.11 and by Terrarium, and
//! their stdout bytes, exit status and last non-empty stderr line must match.
//!
//! Environment variables:
//! * `TERRARIUM_BIN` - interpreter under test (default: the `terrarium` binary
//!   built from this crate).
//! * `TERRARIUM_REFERENCE_PYTHON` - reference interpreter (default `python3.11`).
//! * `TERRARIUM_DIFF_FILTER` - only programs whose relative path contains this
//!   substring are run.
//!
//! Programs listed in `tests/expected_failures.txt` are expected to fail; such
//! a program that passes fails its trial so that the list stays honest.
//! `tests/update_expected_failures.py` rewrites that list.

use std::collections::BTreeMap;
use std::ffi::OsString;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitStatus, Stdio};
use std::sync::{Arc, Mutex, mpsc};
use std::thread;
use std::time::{Duration, Instant};

use libtest_mimic::{Arguments, Failed, Trial};

/// Wall-clock limit for a single interpreter process.
const TIMEOUT: Duration = Duration::from_secs(60);
/// How many differing lines of each side are shown in a failure message.
const DIFF_LINES: usize = 8;
/// How many equal lines before the first difference are shown.
const DIFF_CONTEXT: usize = 2;

struct Config {
    terrarium: OsString,
    reference: OsString,
}

/// What one interpreter run produced.
struct Outcome {
    stdout: Vec<u8>,
    stderr: Vec<u8>,
    /// `None` when the process was killed because it ran out of time.
    status: Option<ExitStatus>,
}

fn workspace_tests_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("..")
        .join("..")
        .join("tests")
}

/// Programs are started with the program's directory as working directory, so
/// a relative `TERRARIUM_BIN` path (one containing a separator) is made
/// absolute first: relative to the current directory if it exists there,
/// otherwise relative to the workspace root. Bare names are looked up in PATH.
fn resolve_binary(bin: OsString, tests_dir: &Path) -> OsString {
    let path = PathBuf::from(&bin);
    if path.is_absolute() || path.components().count() < 2 {
        return bin;
    }
    let candidates = [
        std::env::current_dir().map(|cwd| cwd.join(&path)).ok(),
        tests_dir.parent().map(|root| root.join(&path)),
    ];
    for candidate in candidates.into_iter().flatten() {
        if candidate.exists() {
            return candidate.into_os_string();
        }
    }
    bin
}

fn collect_programs(dir: &Path, base: &Path, out: &mut Vec<String>) {
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(err) => panic!("cannot read {}: {err}", dir.display()),
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for path in paths {
        if path.is_dir() {
            collect_programs(&path, base, out);
        } else if path.extension().is_some_and(|ext| ext == "py") {
            let rel = path.strip_prefix(base).expect("program path under base");
            let parts: Vec<String> = rel
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect();
            out.push(parts.join("/"));
        }
    }
}

/// Parses `expected_failures.txt`: `relative/path.py   # reason` per line;
/// blank lines and lines starting with `#` are ignored.
fn parse_expected_failures(text: &str) -> (BTreeMap<String, String>, Vec<String>) {
    let mut map = BTreeMap::new();
    let mut problems = Vec::new();
    for (index, raw) in text.lines().enumerate() {
        let line = raw.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let (path, reason) = match line.split_once('#') {
            Some((path, reason)) => (path.trim(), reason.trim()),
            None => (line, ""),
        };
        if path.split_whitespace().count() != 1 {
            problems.push(format!("line {}: malformed entry `{line}`", index + 1));
            continue;
        }
        if reason.is_empty() {
            problems.push(format!("line {}: `{path}` has no `# reason`", index + 1));
        }
        if map.insert(path.to_string(), reason.to_string()).is_some() {
            problems.push(format!("line {}: `{path}` is listed twice", index + 1));
        }
    }
    (map, problems)
}

fn run_interpreter(program: &OsString, script: &Path) -> Result<Outcome, String> {
    let dir = script.parent().expect("script has a parent directory");
    let file = script.file_name().expect("script has a file name");
    let mut child = Command::new(program)
        .arg(file)
        .current_dir(dir)
        .env("PYTHONHASHSEED", "0")
        .env("PYTHONIOENCODING", "utf-8")
        .env_remove("PYTHONPATH")
        .env_remove("PYTHONHOME")
        .env_remove("PYTHONSTARTUP")
        .env_remove("PYTHONWARNINGS")
        .env_remove("PYTHONINSPECT")
        .env_remove("PYTHONOPTIMIZE")
        .env_remove("PYTHONUTF8")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|err| format!("cannot start `{}`: {err}", program.to_string_lossy()))?;

    // The pipes are drained on helper threads so a chatty child cannot block
    // on a full pipe while we wait for it. Data is collected incrementally so
    // that whatever arrived is available even if the pipe never reaches EOF.
    let drain = |mut pipe: Box<dyn Read + Send>| {
        let buf = Arc::new(Mutex::new(Vec::new()));
        let (done_tx, done_rx) = mpsc::channel::<()>();
        let sink = Arc::clone(&buf);
        thread::spawn(move || {
            let mut chunk = [0u8; 8192];
            loop {
                match pipe.read(&mut chunk) {
                    Ok(0) | Err(_) => break,
                    Ok(n) => sink
                        .lock()
                        .expect("pipe buffer lock")
                        .extend_from_slice(&chunk[..n]),
                }
            }
            let _ = done_tx.send(());
        });
        (buf, done_rx)
    };
    let (stdout_buf, stdout_done) = drain(Box::new(child.stdout.take().expect("stdout piped")));
    let (stderr_buf, stderr_done) = drain(Box::new(child.stderr.take().expect("stderr piped")));

    let deadline = Instant::now() + TIMEOUT;
    let mut sleep = Duration::from_millis(1);
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break Some(status),
            Ok(None) if Instant::now() >= deadline => {
                let _ = child.kill();
                let _ = child.wait();
                break None;
            }
            Ok(None) => {
                thread::sleep(sleep);
                sleep = (sleep * 2).min(Duration::from_millis(50));
            }
            Err(err) => {
                let _ = child.kill();
                let _ = child.wait();
                return Err(format!(
                    "waiting for `{}` failed: {err}",
                    program.to_string_lossy()
                ));
            }
        }
    };
    // A grandchild that inherited the pipes could keep them open forever;
    // do not wait for end-of-file longer than a few seconds.
    let grace_end = Instant::now() + Duration::from_secs(5);
    let _ = stdout_done.recv_timeout(grace_end.saturating_duration_since(Instant::now()));
    let _ = stderr_done.recv_timeout(grace_end.saturating_duration_since(Instant::now()));
    let stdout = std::mem::take(&mut *stdout_buf.lock().expect("pipe buffer lock"));
    let stderr = std::mem::take(&mut *stderr_buf.lock().expect("pipe buffer lock"));
    Ok(Outcome {
        stdout,
        stderr,
        status,
    })
}

fn describe_status(status: &ExitStatus) -> String {
    if let Some(code) = status.code() {
        return format!("exit status {code}");
    }
    #[cfg(unix)]
    {
        use std::os::unix::process::ExitStatusExt;
        if let Some(signal) = status.signal() {
            return format!("killed by signal {signal}");
        }
    }
    format!("{status}")
}

fn last_stderr_line(stderr: &[u8]) -> String {
    String::from_utf8_lossy(stderr)
        .lines()
        .map(str::trim_end)
        .filter(|line| !line.is_empty())
        .last()
        .unwrap_or("")
        .to_string()
}

fn show_line(line: &str) -> String {
    if line.is_empty() {
        return "<empty>".to_string();
    }
    let plain = !line.chars().any(char::is_control) && !line.ends_with(char::is_whitespace);
    if plain {
        line.to_string()
    } else {
        format!("{line:?}")
    }
}

/// Splits output into lines; the flag tells whether it ended in a newline.
fn split_lines(text: &str) -> (Vec<&str>, bool) {
    let mut lines: Vec<&str> = text.split('\n').collect();
    let final_newline = lines.last() == Some(&"");
    if final_newline {
        lines.pop();
    }
    (lines, final_newline)
}

/// A compact description of where two stdout captures first differ.
fn stdout_diff(expected: &[u8], actual: &[u8]) -> String {
    let expected_text = String::from_utf8_lossy(expected);
    let actual_text = String::from_utf8_lossy(actual);
    let (exp, exp_nl) = split_lines(&expected_text);
    let (act, act_nl) = split_lines(&actual_text);
    let first = exp
        .iter()
        .zip(act.iter())
        .take_while(|(a, b)| a == b)
        .count();
    let mut out = format!(
        "stdout differs at line {} (- reference: {} lines, + terrarium: {} lines):\n",
        first + 1,
        exp.len(),
        act.len()
    );
    if exp == act {
        if exp_nl != act_nl {
            out.push_str("  (only the newline at the end of the output differs)\n");
        } else {
            out.push_str("  (lines equal as text; bytes differ, e.g. invalid UTF-8)\n");
        }
        return out;
    }
    // Lines shared at the end are not part of the difference either.
    let max_suffix = exp.len().min(act.len()) - first;
    let suffix = exp
        .iter()
        .rev()
        .zip(act.iter().rev())
        .take(max_suffix)
        .take_while(|(a, b)| a == b)
        .count();
    for line in &exp[first.saturating_sub(DIFF_CONTEXT)..first] {
        out.push_str(&format!("    {}\n", show_line(line)));
    }
    for (lines, mark) in [(&exp, "-"), (&act, "+")] {
        let changed = &lines[first..lines.len() - suffix];
        if changed.is_empty() && suffix == 0 {
            out.push_str(&format!("  {mark} <end of output>\n"));
        }
        for line in changed.iter().take(DIFF_LINES) {
            out.push_str(&format!("  {mark} {}\n", show_line(line)));
        }
        if changed.len() > DIFF_LINES {
            out.push_str(&format!(
                "  {mark} ... {} more lines\n",
                changed.len() - DIFF_LINES
            ));
        }
    }
    let tail_start = exp.len() - suffix;
    for line in exp[tail_start..].iter().take(DIFF_CONTEXT) {
        out.push_str(&format!("    {}\n", show_line(line)));
    }
    out
}

/// Compares the two runs; `Ok` when they match, otherwise a failure report.
fn compare(reference: &Outcome, terrarium: &Outcome) -> Result<(), String> {
    let mut problems = Vec::new();
    let Some(ref_status) = reference.status else {
        unreachable!("reference timeouts are handled by the caller")
    };
    let Some(status) = terrarium.status else {
        let mut msg = format!("terrarium timed out after {} s", TIMEOUT.as_secs());
        if reference.stdout != terrarium.stdout {
            msg.push('\n');
            msg.push_str(&stdout_diff(&reference.stdout, &terrarium.stdout));
        }
        return Err(msg);
    };
    if reference.stdout != terrarium.stdout {
        problems.push(stdout_diff(&reference.stdout, &terrarium.stdout));
    }
    if describe_status(&ref_status) != describe_status(&status) {
        problems.push(format!(
            "exit status differs:\n  - {}\n  + {}\n",
            describe_status(&ref_status),
            describe_status(&status)
        ));
    }
    let ref_last = last_stderr_line(&reference.stderr);
    let last = last_stderr_line(&terrarium.stderr);
    if ref_last != last {
        problems.push(format!(
            "last stderr line differs:\n  - {}\n  + {}\n",
            show_line(&ref_last),
            show_line(&last)
        ));
    }
    if problems.is_empty() {
        return Ok(());
    }
    let stderr_text = String::from_utf8_lossy(&terrarium.stderr);
    let tail: Vec<&str> = stderr_text.lines().collect();
    if tail.len() > 1 {
        problems.push("terrarium stderr (tail):\n".to_string());
        for line in &tail[tail.len().saturating_sub(6)..] {
            problems.push(format!("  | {}\n", show_line(line)));
        }
    }
    Err(problems.concat())
}

/// A report if the run crashed: a Rust panic (even one caught and turned
/// into an exit status), or death by a signal such as SIGSEGV or SIGABRT.
fn crash(outcome: &Outcome) -> Option<String> {
    let stderr = String::from_utf8_lossy(&outcome.stderr);
    if let Some(line) = stderr.lines().find(|l| l.contains("panicked at")) {
        return Some(format!("CRASH: terrarium panicked: {}", show_line(line)));
    }
    use std::os::unix::process::ExitStatusExt;
    // SIGILL, SIGABRT, SIGBUS, SIGFPE, SIGSEGV (SIGINT is how an uncaught
    // KeyboardInterrupt ends, in CPython too).
    const CRASH_SIGNALS: [i32; 5] = [4, 6, 7, 8, 11];
    let signal = outcome.status.as_ref().and_then(|s| s.signal())?;
    CRASH_SIGNALS
        .contains(&signal)
        .then(|| format!("CRASH: terrarium was killed by signal {signal}"))
}

fn run_trial(config: &Config, script: &Path, expected_failure: Option<&str>) -> Result<(), Failed> {
    let reference = match run_interpreter(&config.reference, script) {
        Ok(outcome) if outcome.status.is_some() => outcome,
        Ok(_) => {
            return Err(format!(
                "HARNESS ERROR: reference interpreter timed out after {} s",
                TIMEOUT.as_secs()
            )
            .into());
        }
        Err(msg) => return Err(format!("HARNESS ERROR: {msg}").into()),
    };
    let verdict = match run_interpreter(&config.terrarium, script) {
        Ok(terrarium) => {
            if let Some(crash) = crash(&terrarium) {
                // A crash fails whatever the exit status says and whether
                // or not the program is an expected failure.
                return Err(crash.into());
            }
            compare(&reference, &terrarium)
        }
        Err(msg) => Err(msg),
    };
    match (verdict, expected_failure) {
        (Ok(()), None) => Ok(()),
        (Err(msg), None) => Err(msg.into()),
        (Err(_), Some(_)) => Ok(()),
        (Ok(()), Some(reason)) => Err(format!(
            "program passes now but is listed in tests/expected_failures.txt \
             (reason given: `{reason}`); remove it from that list"
        )
        .into()),
    }
}

fn main() {
    let args = Arguments::from_args();
    let tests_dir = workspace_tests_dir();
    let programs_dir = tests_dir.join("programs");
    let expected_path = tests_dir.join("expected_failures.txt");

    let config = Arc::new(Config {
        terrarium: std::env::var_os("TERRARIUM_BIN")
            .map(|bin| resolve_binary(bin, &tests_dir))
            .unwrap_or_else(|| OsString::from(env!("CARGO_BIN_EXE_terrarium"))),
        reference: std::env::var_os("TERRARIUM_REFERENCE_PYTHON")
            .map(|bin| resolve_binary(bin, &tests_dir))
            .unwrap_or_else(|| OsString::from("python3.11")),
    });
    let filter = std::env::var("TERRARIUM_DIFF_FILTER")
        .ok()
        .filter(|f| !f.is_empty());

    let mut programs = Vec::new();
    collect_programs(&programs_dir, &programs_dir, &mut programs);

    let expected_text = match std::fs::read_to_string(&expected_path) {
        Ok(text) => text,
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => String::new(),
        Err(err) => panic!("cannot read {}: {err}", expected_path.display()),
    };
    let (expected, mut list_problems) = parse_expected_failures(&expected_text);
    for path in expected.keys() {
        if !programs.contains(path) {
            list_problems.push(format!("`{path}` is listed but no such program exists"));
        }
    }

    let mut trials = Vec::new();
    if filter.is_none() {
        trials.push(
            Trial::test("expected_failures.txt", move || {
                if list_problems.is_empty() {
                    Ok(())
                } else {
                    Err(format!(
                        "tests/expected_failures.txt:\n  {}",
                        list_problems.join("\n  ")
                    )
                    .into())
                }
            })
            .with_kind("list"),
        );
    }
    for program in programs {
        if let Some(filter) = &filter {
            if !program.contains(filter.as_str()) {
                continue;
            }
        }
        let reason = expected.get(&program).cloned();
        let kind = if reason.is_some() { "xfail" } else { "" };
        let script = programs_dir.join(&program);
        let config = Arc::clone(&config);
        trials.push(
            Trial::test(program, move || {
                run_trial(&config, &script, reason.as_deref())
            })
            .with_kind(kind),
        );
    }

    libtest_mimic::run(&args, trials).exit();
}
