//! Running a program as `__main__` the way `python3.11` does: the exit
//! status, `SystemExit`, and the report of an uncaught exception.

use terrarium_vm::objects::dict::Dict;
use terrarium_vm::{PyErr, Vm};

use crate::context::Context;

/// The process exit status for a `SystemExit` (printing a non-integer code
/// to stderr, as CPython does, when `report` is set).
pub fn exit_status(vm: &Vm, e: &PyErr, report: bool) -> i32 {
    let code = vm
        .getattr_opt(&e.0, &vm.intern("code"))
        .ok()
        .flatten()
        .unwrap_or_else(|| vm.none());
    if vm.is_none(&code) {
        return 0;
    }
    if let Some(i) = code.downcast::<terrarium_vm::objects::int::Int>() {
        return i.to_i64().map(|v| v as i32).unwrap_or(-1);
    }
    if report {
        let text = vm.str_string(&code).unwrap_or_default();
        terrarium_vm::modules::sys::write_stderr(vm, &format!("{text}\n"));
    }
    1
}

impl Context {
    /// Runs `source` as the `__main__` module, reporting an uncaught
    /// exception on stderr as CPython does. `filename` becomes `__file__`
    /// unless it is a pseudo-name like `<string>`.
    pub fn run_main(&self, source: &str, filename: &str) -> i32 {
        let vm = &self.vm;
        let _g = vm.enter();
        let d = self
            .main
            .downcast::<terrarium_vm::objects::module::Module>()
            .expect("module")
            .dict
            .clone();
        if !filename.starts_with('<') {
            let _ = d.downcast::<Dict>().expect("dict").set_item(
                vm,
                vm.intern("__file__"),
                vm.new_str(filename),
            );
        }
        let r = (|| {
            let code = terrarium_vm::modules::builtins::compile_source(
                vm,
                source,
                filename,
                terrarium_compiler::Mode::Exec,
                false,
            )?;
            terrarium_vm::eval::run_code(vm, &code, d.clone(), d.clone())
        })();
        let status = match r {
            Ok(_) => 0,
            Err(e) => self.report(e),
        };
        terrarium_vm::modules::sys::flush_std_streams(vm);
        status
    }

    /// Reports an uncaught exception and gives the exit status.
    fn report(&self, e: PyErr) -> i32 {
        let vm = &self.vm;
        if vm.err_matches(&e, "SystemExit") {
            return exit_status(vm, &e, true);
        }
        terrarium_vm::modules::sys::flush_std_streams(vm);
        terrarium_vm::modules::sys::report_exception(vm, &e);
        if vm.err_matches(&e, "KeyboardInterrupt") {
            130
        } else {
            1
        }
    }

    /// Runs one statement typed at the interactive prompt; expression values
    /// are printed through `sys.displayhook`. Returns the exit status if the
    /// statement raised `SystemExit`.
    pub fn run_interactive(&self, source: &str) -> Option<i32> {
        let vm = &self.vm;
        let _g = vm.enter();
        let d = self
            .main
            .downcast::<terrarium_vm::objects::module::Module>()
            .expect("module")
            .dict
            .clone();
        let r = (|| {
            let code = terrarium_vm::modules::builtins::compile_source(
                vm,
                source,
                "<stdin>",
                terrarium_compiler::Mode::Single,
                false,
            )?;
            terrarium_vm::eval::run_code(vm, &code, d.clone(), d.clone())
        })();
        let out = match r {
            Ok(_) => None,
            Err(e) if vm.err_matches(&e, "SystemExit") => Some(exit_status(vm, &e, true)),
            Err(e) => {
                terrarium_vm::modules::sys::flush_std_streams(vm);
                terrarium_vm::modules::sys::report_exception(vm, &e);
                None
            }
        };
        terrarium_vm::modules::sys::flush_std_streams(vm);
        out
    }

    /// Whether `source` is an incomplete statement that needs more lines.
    pub fn is_incomplete(&self, source: &str) -> bool {
        let opts = terrarium_compiler::CompileOptions {
            filename: "<stdin>".into(),
            mode: terrarium_compiler::Mode::Single,
            future_annotations: false,
            optimize: 0,
            int_max_str_digits: terrarium_compiler::DEFAULT_INT_MAX_STR_DIGITS,
        };
        match terrarium_compiler::compile(source, &opts) {
            Ok(_) => false,
            Err(e) => {
                let m = e.message.as_str();
                m.contains("unexpected EOF")
                    || m.contains("expected an indented block")
                    || m.starts_with("Expected") && source.trim_end().ends_with(':')
                    || m.contains("was never closed")
            }
        }
    }
}
