//! Deep nesting fails cleanly (never by overflowing the native stack), with
//! the error kinds CPython gives.

mod common;

use common::compile_exec;
use terrarium_compiler::CompileErrorKind;

fn kind_of(source: &str) -> Option<CompileErrorKind> {
    compile_exec(source).err().map(|e| e.kind)
}

/// Runs on a thread with an 8 MiB stack, like a main thread.
fn on_big_thread<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> T {
    std::thread::Builder::new()
        .stack_size(8 << 20)
        .spawn(f)
        .unwrap()
        .join()
        .unwrap()
}

#[test]
fn deep_unary_chains_are_recursion_errors() {
    on_big_thread(|| {
        for op in ["-", "not ", "~", "lambda:", "lambda a, b=[1, 2]: "] {
            let src = op.repeat(100_000) + "1";
            assert_eq!(kind_of(&src), Some(CompileErrorKind::Recursion), "{op}");
        }
    });
}

#[test]
fn deep_left_chains_are_recursion_errors() {
    on_big_thread(|| {
        for (start, link) in [
            ("x", ".a"),
            ("x", "[0]"),
            ("x", "()"),
            ("1", "+1"),
            ("1", "**1"),
        ] {
            let src = start.to_string() + &link.repeat(100_000);
            assert_eq!(kind_of(&src), Some(CompileErrorKind::Recursion), "{link}");
        }
        let src = "1".to_string() + &" if 1 else 1".repeat(100_000);
        assert_eq!(kind_of(&src), Some(CompileErrorKind::Recursion));
    });
}

#[test]
fn moderate_nesting_compiles() {
    // CPython compiles these (its limit is about 3000 levels).
    for src in ["-".repeat(1000) + "1", "x".to_string() + &".a".repeat(1000)] {
        common::compile_checked(&src, terrarium_compiler::Mode::Exec);
    }
}

#[test]
fn deep_nesting_on_a_small_stack() {
    // Test threads have small stacks; nesting must not depend on it.
    let src = "-".repeat(2500) + "1";
    common::compile_checked(&src, terrarium_compiler::Mode::Exec);
    let src = "(".repeat(200) + &")".repeat(200);
    common::compile_checked(&src, terrarium_compiler::Mode::Exec);
}

#[test]
fn brackets_and_indentation_follow_the_tokenizer_limits() {
    on_big_thread(|| {
        let e = compile_exec(&"(".repeat(100_000)).unwrap_err();
        assert_eq!(
            (e.kind, e.message.as_str(), e.col),
            (CompileErrorKind::Syntax, "too many nested parentheses", 201)
        );
        let e = compile_exec(&("[".repeat(150) + &"{".repeat(150))).unwrap_err();
        assert_eq!(
            (e.message.as_str(), e.col),
            ("too many nested parentheses", 201)
        );
        let mut src = String::new();
        for i in 0..150 {
            src += &" ".repeat(i);
            src += "if 1:\n";
        }
        src += &" ".repeat(150);
        src += "pass\n";
        let e = compile_exec(&src).unwrap_err();
        assert_eq!(
            (e.kind, e.message.as_str(), e.line),
            (
                CompileErrorKind::Indentation,
                "too many levels of indentation",
                101
            )
        );
    });
}

#[test]
fn huge_flat_programs_compile() {
    on_big_thread(|| {
        let src = format!("x = [{}]", "1, ".repeat(100_000));
        common::compile_checked(&src, terrarium_compiler::Mode::Exec);
        let src = "x = 1\n".repeat(50_000);
        common::compile_checked(&src, terrarium_compiler::Mode::Exec);
        let src = format!("x = a{}", " + a".repeat(2000));
        common::compile_checked(&src, terrarium_compiler::Mode::Exec);
    });
}
