//! Signal numbers of the host, named as in C and in Python's `signal` module.
//!
//! [`ALL`] lists every name with its value for building the `signal` module and
//! `signal.Signals`. Aliases (`SIGIOT`, `SIGPOLL`) share their value with the name they
//! alias.

macro_rules! signals {
    ($($name:ident),* $(,)?) => {
        $(
            #[allow(missing_docs)]
            pub const $name: i32 = libc::$name;
        )*

        /// Every signal name this module defines, with its number.
        pub const ALL: &[(&str, i32)] = &[$((stringify!($name), $name)),*];
    };
}

signals! {
    SIGHUP, SIGINT, SIGQUIT, SIGILL, SIGTRAP, SIGABRT, SIGIOT, SIGBUS, SIGFPE, SIGKILL,
    SIGUSR1, SIGSEGV, SIGUSR2, SIGPIPE, SIGALRM, SIGTERM, SIGSTKFLT, SIGCHLD, SIGCONT,
    SIGSTOP, SIGTSTP, SIGTTIN, SIGTTOU, SIGURG, SIGXCPU, SIGXFSZ, SIGVTALRM, SIGPROF,
    SIGWINCH, SIGIO, SIGPOLL, SIGPWR, SIGSYS,
}
