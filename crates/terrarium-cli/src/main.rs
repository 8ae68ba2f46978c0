//! `terrarium`: runs Python programs like `python3.11`.

fn main() {
    let argv: Vec<String> = std::env::args().collect();
    let code = terrarium_cli::launch::main(argv);
    std::process::exit(code);
}
