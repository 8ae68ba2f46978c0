//! From the command line and environment to a running context.

use std::io::{IsTerminal, Read};

use terrarium::Context;
use terrarium_vm::VmConfig;

use crate::args::{Command, Options, USAGE, parse};

/// The interpreter runs on its own thread with a large stack; deep Python
/// recursion is still stopped by the recursion limit and the stack guard
/// (which measures what is left, whatever the size). Under an address-space
/// limit the stack takes at most a quarter of it, so a 1 GiB limit still
/// leaves room for the program.
fn stack_size() -> usize {
    let quarter = terrarium_vm::memory::request_ceiling() / 4;
    quarter.clamp(16 << 20, 1 << 30)
}

fn env_var(o: &Options, name: &str) -> Option<String> {
    if o.ignore_environment {
        return None;
    }
    std::env::var(name).ok().filter(|v| !v.is_empty())
}

fn help_text() -> String {
    format!(
        "{USAGE}\n\
Options:\n\
-B     : don't write .pyc files on import\n\
-c cmd : program passed in as string (terminates option list)\n\
-E     : ignore PYTHON* environment variables (such as PYTHONPATH)\n\
-h     : print this help message and exit (also -? or --help)\n\
-i     : inspect interactively after running script\n\
-I     : isolate Python from the user's environment (implies -E and -s)\n\
-m mod : run library module as a script (terminates option list)\n\
-O     : remove assert and __debug__-dependent statements\n\
-OO    : do -O changes and also discard docstrings\n\
-P     : don't prepend a potentially unsafe path to sys.path\n\
-q     : don't print version and copyright messages on interactive startup\n\
-s     : don't add user site directory to sys.path\n\
-S     : don't imply 'import site' on initialization\n\
-u     : force the stdout and stderr streams to be unbuffered\n\
-V     : print the Python version number and exit (also --version)\n\
-W arg : warning control\n\
-X opt : set implementation-specific option\n\
file   : program read from script file\n\
-      : program read from stdin (default; interactive mode if a tty)\n\
arg ...: arguments passed to program in sys.argv[1:]\n"
    )
}

/// Runs the launcher; returns the process exit status.
pub fn main(argv: Vec<String>) -> i32 {
    let prog = argv.first().cloned().unwrap_or_else(|| "terrarium".into());
    let mut o = match parse(&argv[1.min(argv.len())..]) {
        Ok(o) => o,
        Err(msg) => {
            eprintln!("{msg}\n{USAGE}\nTry `{prog} -h' for more information.");
            return 2;
        }
    };
    if o.help {
        print!("{}", help_text());
        return 0;
    }
    if o.version > 0 {
        println!("Python 3.11.7");
        return 0;
    }
    if env_var(&o, "PYTHONINSPECT").is_some() {
        o.inspect = true;
    }
    if env_var(&o, "PYTHONUNBUFFERED").is_some() {
        o.unbuffered = true;
    }
    if env_var(&o, "PYTHONDONTWRITEBYTECODE").is_some() {
        o.dont_write_bytecode = true;
    }
    if env_var(&o, "PYTHONSAFEPATH").is_some() {
        o.safe_path = true;
    }
    if let Some(n) = env_var(&o, "PYTHONOPTIMIZE").and_then(|v| v.parse::<u8>().ok()) {
        o.optimize = o.optimize.max(n);
    }
    let hash_seed = match env_var(&o, "PYTHONHASHSEED") {
        None => None,
        Some(v) if v == "random" => None,
        Some(v) => match v.parse::<u32>() {
            Ok(n) => Some(n),
            Err(_) => {
                eprintln!(
                    "Fatal Python error: PYTHONHASHSEED must be \"random\" or an integer in range [0; 4294967295]"
                );
                return 1;
            }
        },
    };
    std::thread::Builder::new()
        .name("terrarium-main".into())
        .stack_size(stack_size())
        .spawn(move || run(prog, argv, o, hash_seed))
        .map(|h| h.join().unwrap_or(1))
        .unwrap_or_else(|e| {
            eprintln!("terrarium: cannot start the interpreter thread: {e}");
            1
        })
}

fn run(prog: String, orig_argv: Vec<String>, o: Options, hash_seed: Option<u32>) -> i32 {
    let stdin_tty = std::io::stdin().is_terminal();
    let command = o.command.clone().unwrap_or(Command::Stdin);
    let mut sys_argv = vec![match &command {
        Command::Script(p) => p.clone(),
        Command::Code(_) => "-c".into(),
        Command::Module(_) => "-m".into(),
        Command::Stdin => {
            if o.command.is_some() {
                "-".into()
            } else {
                String::new()
            }
        }
    }];
    sys_argv.extend(o.args.iter().cloned());
    let mut path = Vec::new();
    if !o.safe_path {
        path.push(match &command {
            Command::Script(p) => std::path::Path::new(p)
                .parent()
                .map(|d| d.to_string_lossy().into_owned())
                .filter(|d| !d.is_empty())
                .map(|d| {
                    std::fs::canonicalize(&d)
                        .map(|c| c.to_string_lossy().into_owned())
                        .unwrap_or(d)
                })
                .unwrap_or_else(|| {
                    std::env::current_dir()
                        .map(|c| c.to_string_lossy().into_owned())
                        .unwrap_or_default()
                }),
            _ => String::new(),
        });
    }
    if let Some(pp) = env_var(&o, "PYTHONPATH") {
        path.extend(pp.split(':').filter(|s| !s.is_empty()).map(String::from));
    }
    let interactive_main = o.command.is_none() && stdin_tty;
    let config = VmConfig {
        argv: sys_argv,
        orig_argv,
        executable: std::env::current_exe()
            .map(|p| p.to_string_lossy().into_owned())
            .unwrap_or(prog.clone()),
        path,
        optimize: o.optimize,
        dont_write_bytecode: o.dont_write_bytecode,
        inspect: o.inspect,
        interactive: interactive_main,
        isolated: o.isolated,
        no_site: o.no_site,
        no_user_site: o.no_user_site,
        ignore_environment: o.ignore_environment,
        safe_path: o.safe_path,
        verbose: o.verbose,
        quiet: o.quiet,
        unbuffered: o.unbuffered,
        warn_options: o.warn_options.clone(),
        x_options: o.x_options.clone(),
        hash_seed,
        int_max_str_digits: 4300,
    };
    let ctx = match Context::builder().allow_all().config(config).build() {
        Ok(c) => c,
        Err(e) => {
            eprintln!("terrarium: {e}");
            return 1;
        }
    };
    let status = match &command {
        Command::Script(p) => match std::fs::read(p) {
            Ok(bytes) => match String::from_utf8(bytes) {
                Ok(src) => ctx.run_main(&src, &script_path(p)),
                Err(_) => {
                    eprintln!("SyntaxError: Non-UTF-8 code in file {p}");
                    1
                }
            },
            Err(e) => {
                let abs = std::path::absolute(p)
                    .map(|a| a.to_string_lossy().into_owned())
                    .unwrap_or(p.clone());
                eprintln!(
                    "{prog}: can't open file '{abs}': [Errno {}] {}",
                    e.raw_os_error().unwrap_or(0),
                    terrarium_strerror(&e)
                );
                return 2;
            }
        },
        Command::Code(c) => ctx.run_main(c, "<string>"),
        Command::Module(m) => {
            // Running modules needs the import system of the next stage.
            eprintln!("{prog}: No module named {m}");
            return 1;
        }
        Command::Stdin if stdin_tty => return crate::repl::run(&ctx, !o.quiet),
        Command::Stdin => {
            let mut src = String::new();
            if std::io::stdin().read_to_string(&mut src).is_err() {
                eprintln!("terrarium: stdin is not valid UTF-8");
                return 1;
            }
            ctx.run_main(&src, "<stdin>")
        }
    };
    if o.inspect {
        return crate::repl::run(&ctx, false);
    }
    status
}

/// The message part of an I/O error, as `strerror` gives it.
fn terrarium_strerror(e: &std::io::Error) -> String {
    let s = e.to_string();
    match s.find(" (os error") {
        Some(i) => s[..i].to_string(),
        None => s,
    }
}

/// The script's path as `__file__` and tracebacks show it: like CPython
/// (3.9+), a relative path is joined to the working directory, without
/// normalizing it.
fn script_path(p: &str) -> String {
    if std::path::Path::new(p).is_absolute() {
        return p.to_string();
    }
    match std::env::current_dir() {
        Ok(cwd) => format!("{}/{p}", cwd.display()),
        Err(_) => p.to_string(),
    }
}
