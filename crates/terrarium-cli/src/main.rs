//! `terrarium`: runs Python programs like `python3.11`.

// The interpreter allocates and frees many small objects; mimalloc's
// per-thread size classes serve them much faster than the system allocator.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    let argv: Vec<String> = std::env::args().collect();
    let code = terrarium_cli::launch::main(argv);
    std::process::exit(code);
}
