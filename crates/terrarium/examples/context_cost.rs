//! What a fresh context costs: creating one, evaluating `1+1` in it and
//! dropping it, timed many times over; prints the median and the 99th
//! percentile.
//!
//!     cargo run --release -p terrarium --example context_cost [RUNS]

use std::time::{Duration, Instant};

use terrarium::Context;

fn main() -> Result<(), terrarium::Error> {
    let runs: usize = std::env::args()
        .nth(1)
        .and_then(|n| n.parse().ok())
        .unwrap_or(5_000);
    let mut create_eval = Vec::with_capacity(runs);
    let mut drop_times = Vec::with_capacity(runs);
    for _ in 0..runs {
        let t = Instant::now();
        let ctx = Context::builder().build()?;
        let two = ctx.eval("1+1")?.as_i64();
        create_eval.push(t.elapsed());
        assert_eq!(two, Some(2));
        let t = Instant::now();
        drop(ctx);
        drop_times.push(t.elapsed());
    }
    report("create + eval(\"1+1\")", &mut create_eval);
    report("drop", &mut drop_times);
    Ok(())
}

fn report(what: &str, times: &mut [Duration]) {
    times.sort();
    let at = |q: f64| times[((times.len() - 1) as f64 * q) as usize];
    println!(
        "{what}: median {:?}, p99 {:?} over {} runs",
        at(0.5),
        at(0.99),
        times.len()
    );
}
