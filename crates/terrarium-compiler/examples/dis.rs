//! Prints the bytecode of a Python file: `cargo run -p terrarium-compiler --example dis -- file.py`.

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: dis FILE.py");
        std::process::exit(2);
    };
    let source = match std::fs::read_to_string(&path) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("{path}: {e}");
            std::process::exit(1);
        }
    };
    let options = terrarium_compiler::CompileOptions {
        filename: path,
        mode: terrarium_compiler::Mode::Exec,
        future_annotations: false,
        optimize: 0,
        int_max_str_digits: terrarium_compiler::DEFAULT_INT_MAX_STR_DIGITS,
    };
    match terrarium_compiler::compile(&source, &options) {
        Ok(code) => print!("{}", terrarium_compiler::disassemble(&code)),
        Err(e) => {
            eprintln!("{}: {}", e.line, e.message);
            std::process::exit(1);
        }
    }
}
