//! The `terrarium` launcher: `python3.11`'s command line over the embedding
//! API, with the native OS backend and every permission granted.

pub mod args;
pub mod launch;
pub mod repl;
