//! `terrarium`: runs Python programs like `python3.11`.

// The interpreter allocates and frees many small objects; mimalloc's
// per-thread size classes serve them much faster than the system allocator.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    // `std::env::args` panics on an argument that is not UTF-8. CPython
    // decodes such bytes with surrogateescape; until `str` can hold lone
    // surrogates, they become U+FFFD.
    let argv: Vec<String> = std::env::args_os()
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    let code = terrarium_cli::launch::main(argv);
    std::process::exit(code);
}
