//! `python3.11`'s command line.

/// What to run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Command {
    Script(String),
    Code(String),
    Module(String),
    /// `-` or a non-terminal stdin with no command.
    Stdin,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Options {
    pub command: Option<Command>,
    /// `sys.argv[1:]`.
    pub args: Vec<String>,
    pub inspect: bool,
    pub dont_write_bytecode: bool,
    pub ignore_environment: bool,
    pub isolated: bool,
    pub no_site: bool,
    pub no_user_site: bool,
    pub unbuffered: bool,
    pub optimize: u8,
    pub quiet: bool,
    pub verbose: u8,
    pub safe_path: bool,
    pub bytes_warning: u8,
    pub x_options: Vec<String>,
    pub warn_options: Vec<String>,
    pub version: u8,
    pub help: bool,
}

pub const USAGE: &str = "usage: terrarium [option] ... [-c cmd | -m mod | file | -] [arg] ...";

/// Parses the arguments after the program name. Errors carry the message
/// CPython prints before its usage line.
pub fn parse(argv: &[String]) -> Result<Options, String> {
    let mut o = Options::default();
    let mut i = 0;
    while i < argv.len() {
        let a = &argv[i];
        if a == "--" {
            i += 1;
            break;
        }
        if a == "--version" {
            o.version += 1;
            i += 1;
            continue;
        }
        if a == "--help" || a == "-?" {
            o.help = true;
            i += 1;
            continue;
        }
        if a == "-" {
            o.command = Some(Command::Stdin);
            o.args = argv[i + 1..].to_vec();
            return Ok(o);
        }
        if !a.starts_with('-') || a.len() == 1 {
            break;
        }
        if a.starts_with("--") {
            if a == "--check-hash-based-pycs" {
                i += 2;
                continue;
            }
            return Err(format!("unknown option {a}"));
        }
        let flags: Vec<char> = a[1..].chars().collect();
        let mut j = 0;
        while j < flags.len() {
            let c = flags[j];
            let rest: String = flags[j + 1..].iter().collect();
            // Options that take an argument consume the rest of this word
            // or the next one.
            let mut take_arg = |what: char| -> Result<String, String> {
                if !rest.is_empty() {
                    Ok(rest.clone())
                } else if i + 1 < argv.len() {
                    i += 1;
                    Ok(argv[i].clone())
                } else {
                    Err(format!("Argument expected for the -{what} option"))
                }
            };
            match c {
                'c' => {
                    let code = take_arg('c')?;
                    o.command = Some(Command::Code(code));
                    o.args = argv[i + 1..].to_vec();
                    return Ok(o);
                }
                'm' => {
                    let m = take_arg('m')?;
                    o.command = Some(Command::Module(m));
                    o.args = argv[i + 1..].to_vec();
                    return Ok(o);
                }
                'X' => {
                    o.x_options.push(take_arg('X')?);
                    break;
                }
                'W' => {
                    o.warn_options.push(take_arg('W')?);
                    break;
                }
                'i' => o.inspect = true,
                'B' => o.dont_write_bytecode = true,
                'E' => o.ignore_environment = true,
                'I' => {
                    o.isolated = true;
                    o.ignore_environment = true;
                    o.no_user_site = true;
                    o.safe_path = true;
                }
                'P' => o.safe_path = true,
                'S' => o.no_site = true,
                's' => o.no_user_site = true,
                'u' => o.unbuffered = true,
                'O' => o.optimize += 1,
                'q' => o.quiet = true,
                'v' => o.verbose += 1,
                'b' => o.bytes_warning += 1,
                'V' => o.version += 1,
                'h' => o.help = true,
                'd' | 'x' | 'R' => {}
                other => return Err(format!("Unknown option: -{other}")),
            }
            j += 1;
        }
        i += 1;
    }
    if i < argv.len() {
        o.command = Some(Command::Script(argv[i].clone()));
        o.args = argv[i + 1..].to_vec();
    }
    Ok(o)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(args: &[&str]) -> Result<Options, String> {
        parse(&args.iter().map(|s| s.to_string()).collect::<Vec<_>>())
    }

    #[test]
    fn script_and_arguments() {
        let o = p(&["-B", "x.py", "-c", "y"]).unwrap();
        assert!(o.dont_write_bytecode);
        assert_eq!(o.command, Some(Command::Script("x.py".into())));
        assert_eq!(o.args, vec!["-c", "y"]);
    }

    #[test]
    fn code_takes_rest_of_word_or_next() {
        assert_eq!(
            p(&["-cprint(1)"]).unwrap().command,
            Some(Command::Code("print(1)".into()))
        );
        let o = p(&["-Bc", "pass", "a"]).unwrap();
        assert_eq!(o.command, Some(Command::Code("pass".into())));
        assert!(o.dont_write_bytecode);
        assert_eq!(o.args, vec!["a"]);
    }

    #[test]
    fn module_and_stdin() {
        assert_eq!(
            p(&["-m", "json.tool", "f"]).unwrap().command,
            Some(Command::Module("json.tool".into()))
        );
        let o = p(&["-", "a"]).unwrap();
        assert_eq!(o.command, Some(Command::Stdin));
        assert_eq!(o.args, vec!["a"]);
    }

    #[test]
    fn flags() {
        let o = p(&["-OO", "-q", "-u", "-I", "-X", "dev", "-Wignore", "-V"]).unwrap();
        assert_eq!(o.optimize, 2);
        assert!(o.quiet && o.unbuffered && o.isolated && o.ignore_environment && o.safe_path);
        assert_eq!(o.x_options, vec!["dev"]);
        assert_eq!(o.warn_options, vec!["ignore"]);
        assert_eq!(o.version, 1);
        assert_eq!(o.command, None);
    }

    #[test]
    fn errors() {
        assert_eq!(
            p(&["-c"]),
            Err("Argument expected for the -c option".into())
        );
        assert_eq!(p(&["-z"]), Err("Unknown option: -z".into()));
        assert!(p(&["--bogus"]).is_err());
    }

    #[test]
    fn double_dash_ends_options() {
        let o = p(&["--", "-x.py"]).unwrap();
        assert_eq!(o.command, Some(Command::Script("-x.py".into())));
    }
}
