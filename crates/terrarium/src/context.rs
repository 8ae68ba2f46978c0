//! `Context` and its builder.

use std::sync::Arc;

use terrarium_os::{DenyAll, FileSystem, NativePosix, Posix, VirtualPosix};
use terrarium_vm::objects::dict::Dict;
use terrarium_vm::{PyErr, PyRef, Vm, VmConfig};

use crate::error::Error;

/// Which implementation of the operating-system interface Python code sees
/// (GraalPy's `PosixModuleBackend`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PosixBackend {
    /// Direct system calls, like CPython; no sandbox. The launcher's choice.
    Native,
    /// Everything goes through the embedder's `FileSystem`; processes,
    /// environment and signals only if granted. The default.
    Virtual,
}

/// Configures a [`Context`]. Everything is denied unless granted.
pub struct ContextBuilder {
    config: VmConfig,
    backend: PosixBackend,
    file_system: Option<Arc<dyn FileSystem>>,
    env: Vec<(String, String)>,
}

impl ContextBuilder {
    /// Uses the native OS backend and grants every permission, as the
    /// `terrarium` launcher does.
    pub fn allow_all(mut self) -> Self {
        self.backend = PosixBackend::Native;
        self
    }

    pub fn posix_backend(mut self, backend: PosixBackend) -> Self {
        self.backend = backend;
        self
    }

    /// The file system the virtual backend routes file operations to
    /// (default: deny all).
    pub fn file_system(mut self, fs: impl FileSystem + 'static) -> Self {
        self.file_system = Some(Arc::new(fs));
        self
    }

    /// An environment variable visible to the program (virtual backend).
    pub fn env(mut self, name: &str, value: &str) -> Self {
        self.env.push((name.to_string(), value.to_string()));
        self
    }

    /// `sys.argv`.
    pub fn argv(mut self, argv: Vec<String>) -> Self {
        self.config.argv = argv;
        self
    }

    /// The seed of this context's `str`/`bytes` hashes (GraalPy's
    /// `python.HashSeed`, CPython's `PYTHONHASHSEED`; 0 disables
    /// randomization). Each context has its own; by default all share one
    /// random secret per process.
    pub fn hash_seed(mut self, seed: u32) -> Self {
        self.config.hash_seed = Some(seed);
        self
    }

    /// Settings of the launcher (flags, `sys.path`, hash seed, ...).
    pub fn config(mut self, config: VmConfig) -> Self {
        self.config = config;
        self
    }

    pub fn build(self) -> Result<Context, Error> {
        let os: Arc<dyn Posix> = match self.backend {
            PosixBackend::Native => Arc::new(NativePosix::new()),
            PosixBackend::Virtual => {
                let fs = self.file_system.unwrap_or_else(|| Arc::new(DenyAll));
                let mut b = VirtualPosix::builder(fs)
                    .stdout(std::io::stdout())
                    .stderr(std::io::stderr());
                for (k, v) in self.env {
                    b = b.env(k.into_bytes(), v.into_bytes());
                }
                Arc::new(b.build())
            }
        };
        let vm = Vm::new(self.config, os).map_err(|e| Error::Setup(format!("{e:?}")))?;
        let main = {
            let _g = vm.enter();
            let m = terrarium_vm::objects::module::new_module(&vm, "__main__");
            let d = main_dict(&m);
            let dd = d.downcast::<Dict>().expect("dict");
            dd.set_item(&vm, vm.intern("__builtins__"), vm.builtins.clone())
                .map_err(|e| Error::Setup(format!("{e:?}")))?;
            vm.modules
                .downcast::<Dict>()
                .expect("dict")
                .set_item(&vm, vm.intern("__main__"), m.clone())
                .map_err(|e| Error::Setup(format!("{e:?}")))?;
            m
        };
        Ok(Context { vm, main })
    }
}

fn main_dict(m: &PyRef) -> PyRef {
    m.downcast::<terrarium_vm::objects::module::Module>()
        .expect("module")
        .dict
        .clone()
}

/// One isolated Python program.
pub struct Context {
    pub(crate) vm: Box<Vm>,
    pub(crate) main: PyRef,
}

/// A Python object owned by a [`Context`]; it cannot outlive it.
pub struct Value<'ctx> {
    ctx: &'ctx Context,
    obj: PyRef,
}

impl Value<'_> {
    /// `repr()` of the value.
    pub fn repr(&self) -> Result<String, Error> {
        let _g = self.ctx.vm.enter();
        self.ctx
            .vm
            .repr_string(&self.obj)
            .map_err(|e| self.ctx.error(e))
    }

    /// The value as an `i64`, if it is an int that fits.
    pub fn as_i64(&self) -> Option<i64> {
        self.obj
            .downcast::<terrarium_vm::objects::int::Int>()
            .and_then(|i| i.to_i64())
    }

    /// The value as an `f64`, if it is a float.
    pub fn as_f64(&self) -> Option<f64> {
        self.obj
            .downcast::<terrarium_vm::objects::float::Float>()
            .map(|f| f.0)
    }

    pub fn is_none(&self) -> bool {
        self.ctx.vm.is_none(&self.obj)
    }
}

impl Drop for Value<'_> {
    fn drop(&mut self) {
        // Freeing an object must happen with its heap current (weak
        // references to it are listed there).
        let _g = self.ctx.vm.enter();
        self.obj = self.ctx.vm.none();
    }
}

impl std::fmt::Display for Value<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let _g = self.ctx.vm.enter();
        match self.ctx.vm.str_string(&self.obj) {
            Ok(s) => f.write_str(&s),
            Err(_) => f.write_str("<str() failed>"),
        }
    }
}

impl std::fmt::Debug for Value<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.repr() {
            Ok(r) => f.write_str(&r),
            Err(_) => f.write_str("<repr() failed>"),
        }
    }
}

impl Drop for Context {
    fn drop(&mut self) {
        // `main` goes while the heap is current; dropping the `Vm` then
        // frees everything else the context allocated.
        let _g = self.vm.enter();
        self.main = self.vm.none();
    }
}

impl Context {
    pub fn builder() -> ContextBuilder {
        ContextBuilder {
            config: VmConfig::default(),
            backend: PosixBackend::Virtual,
            file_system: None,
            env: Vec::new(),
        }
    }

    /// Evaluates an expression in `__main__`.
    pub fn eval(&self, source: &str) -> Result<Value<'_>, Error> {
        self.run(source, terrarium_compiler::Mode::Eval, "<string>")
    }

    /// Executes statements in `__main__`.
    pub fn exec(&self, source: &str) -> Result<(), Error> {
        self.run(source, terrarium_compiler::Mode::Exec, "<string>")
            .map(|_| ())
    }

    fn run(
        &self,
        source: &str,
        mode: terrarium_compiler::Mode,
        filename: &str,
    ) -> Result<Value<'_>, Error> {
        let vm = &self.vm;
        let _g = vm.enter();
        let r = (|| {
            let code =
                terrarium_vm::modules::builtins::compile_source(vm, source, filename, mode, false)?;
            let d = main_dict(&self.main);
            terrarium_vm::eval::run_code(vm, &code, d.clone(), d)
        })();
        terrarium_vm::modules::sys::flush_std_streams(vm);
        match r {
            Ok(obj) => Ok(Value { ctx: self, obj }),
            Err(e) => Err(self.error(e)),
        }
    }

    pub(crate) fn error(&self, e: PyErr) -> Error {
        let vm = &self.vm;
        if vm.err_matches(&e, "SystemExit") {
            return Error::Exit(crate::main_module::exit_status(vm, &e, false));
        }
        let type_name = e.0.ty().name.clone();
        let message = vm.str_string(&e.0).unwrap_or_default();
        let mut traceback = String::new();
        terrarium_vm::modules::sys::format_exception(vm, &e.0, &mut Vec::new(), &mut traceback);
        Error::Python {
            type_name,
            message,
            traceback,
        }
    }
}
