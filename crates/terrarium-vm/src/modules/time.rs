//! The beginnings of the `time` module: clocks and sleep, through the OS
//! layer.

use crate::objects::signature::Signature;
use std::time::Duration;

use terrarium_os::Clock;

use crate::error::PyResult;
use crate::object::PyRef;
use crate::objects::native::{Args, NativeFn};
use crate::vm::Vm;

fn clock(vm: &Vm, c: Clock) -> PyResult<i64> {
    vm.os
        .clock_ns(c)
        .map_err(|e| crate::modules::io::os_error(vm, &e))
}

fn seconds(vm: &Vm, c: Clock) -> PyResult {
    Ok(vm.new_float(clock(vm, c)? as f64 / 1e9))
}

fn nanos(vm: &Vm, c: Clock) -> PyResult {
    Ok(vm.new_int(clock(vm, c)?))
}

fn sleep(vm: &Vm, a: Args) -> PyResult {
    let pos = a.check_pos(vm, "sleep", 0, 1, 1)?;
    let secs = match pos[0].downcast::<crate::objects::float::Float>() {
        Some(f) => f.0,
        None => vm.index_isize(&pos[0], None)? as f64,
    };
    if secs.is_nan() {
        return Err(vm.value_error("Invalid value NaN (not a number)"));
    }
    if secs < 0.0 {
        return Err(vm.value_error("sleep length must be non-negative"));
    }
    vm.os
        .sleep(Duration::from_secs_f64(secs))
        .map_err(|e| crate::modules::io::os_error(vm, &e))?;
    Ok(vm.none())
}

pub fn make(vm: &Vm) -> PyResult<PyRef> {
    let m = crate::objects::module::new_module(vm, "time");
    let fns: &[(&'static str, &'static Signature, NativeFn)] = &[
        ("time", signature!(hidden "()"), |vm, _a| {
            seconds(vm, Clock::Realtime)
        }),
        ("time_ns", signature!(hidden "()"), |vm, _a| {
            nanos(vm, Clock::Realtime)
        }),
        ("monotonic", signature!(hidden "()"), |vm, _a| {
            seconds(vm, Clock::Monotonic)
        }),
        ("monotonic_ns", signature!(hidden "()"), |vm, _a| {
            nanos(vm, Clock::Monotonic)
        }),
        ("perf_counter", signature!(hidden "()"), |vm, _a| {
            seconds(vm, Clock::PerfCounter)
        }),
        ("perf_counter_ns", signature!(hidden "()"), |vm, _a| {
            nanos(vm, Clock::PerfCounter)
        }),
        ("process_time", signature!(hidden "()"), |vm, _a| {
            seconds(vm, Clock::ProcessTime)
        }),
        ("process_time_ns", signature!(hidden "()"), |vm, _a| {
            nanos(vm, Clock::ProcessTime)
        }),
        ("thread_time", signature!(hidden "()"), |vm, _a| {
            seconds(vm, Clock::ThreadTime)
        }),
        ("thread_time_ns", signature!(hidden "()"), |vm, _a| {
            nanos(vm, Clock::ThreadTime)
        }),
        ("sleep", signature!(hidden "(secs, /)"), sleep),
    ];
    crate::modules::builtins::add_functions(vm, &m, "time", fns)?;
    Ok(m)
}
