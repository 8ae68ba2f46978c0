//! The interactive prompt: line editing and history on a terminal, plain
//! line reading otherwise (`-i` with piped input).

use std::io::{BufRead, IsTerminal, Write};

use rustyline::DefaultEditor;
use rustyline::error::ReadlineError;
use terrarium::Context;

const BANNER: &str = "Python 3.11.7 (terrarium) [Rust]\nType \"help\", \"copyright\", \"credits\" or \"license\" for more information.";

enum Input {
    Editor(Box<DefaultEditor>),
    Plain(std::io::StdinLock<'static>),
}

impl Input {
    /// A line without its newline; `None` at end of input.
    fn read(&mut self, prompt: &str) -> Option<String> {
        match self {
            Input::Editor(ed) => match ed.readline(prompt) {
                Ok(l) => {
                    let _ = ed.add_history_entry(l.as_str());
                    Some(l)
                }
                Err(ReadlineError::Interrupted) => Some(String::from("\u{3}")),
                Err(_) => None,
            },
            Input::Plain(stdin) => {
                eprint!("{prompt}");
                let _ = std::io::stderr().flush();
                let mut l = String::new();
                match stdin.read_line(&mut l) {
                    Ok(0) | Err(_) => None,
                    Ok(_) => Some(l.trim_end_matches('\n').to_string()),
                }
            }
        }
    }
}

/// Runs the prompt until end of input or `exit()`; returns the exit status.
pub fn run(ctx: &Context, banner: bool) -> i32 {
    let mut input = if std::io::stdin().is_terminal() {
        match DefaultEditor::new() {
            Ok(ed) => Input::Editor(Box::new(ed)),
            Err(_) => Input::Plain(std::io::stdin().lock()),
        }
    } else {
        Input::Plain(std::io::stdin().lock())
    };
    if banner {
        eprintln!("{BANNER}");
    }
    loop {
        let Some(first) = input.read(">>> ") else {
            eprintln!();
            return 0;
        };
        if first == "\u{3}" {
            eprintln!("KeyboardInterrupt");
            continue;
        }
        let mut source = first;
        while ctx.is_incomplete(&source) {
            match input.read("... ") {
                Some(l) if l == "\u{3}" => {
                    source.clear();
                    eprintln!("KeyboardInterrupt");
                    break;
                }
                Some(l) if l.is_empty() => break,
                Some(l) => {
                    source.push('\n');
                    source.push_str(&l);
                }
                None => break,
            }
        }
        if source.trim().is_empty() {
            continue;
        }
        source.push('\n');
        if let Some(status) = ctx.run_interactive(&source) {
            return status;
        }
    }
}
