//! The `gc` module.

use crate::error::PyResult;
use crate::object::PyRef;
use crate::objects::native::{Args, NativeFn};
use crate::objects::signature::Signature;
use crate::vm::Vm;

fn collect(vm: &Vm, a: Args) -> PyResult {
    let [generation] = a.bind(vm, "collect", ["generation"], 0, 0, 0)?;
    if let Some(g) = generation {
        let g = vm.index_isize(&g, None)?;
        if !(0..=2).contains(&g) {
            return Err(vm.value_error("invalid generation"));
        }
    }
    Ok(vm.new_int(vm.collect_garbage() as i64))
}

fn enable(vm: &Vm, _a: Args) -> PyResult {
    vm.gc.enabled.set(true);
    Ok(vm.none())
}

fn disable(vm: &Vm, _a: Args) -> PyResult {
    vm.gc.enabled.set(false);
    Ok(vm.none())
}

fn isenabled(vm: &Vm, _a: Args) -> PyResult {
    Ok(vm.bool(vm.gc.enabled.get()))
}

fn get_threshold(vm: &Vm, _a: Args) -> PyResult {
    let (a, b, c) = vm.gc.thresholds.get();
    Ok(vm.new_tuple(vec![
        vm.new_int(a as i64),
        vm.new_int(b as i64),
        vm.new_int(c as i64),
    ]))
}

fn set_threshold(vm: &Vm, a: Args) -> PyResult {
    let pos = a.check_pos(vm, "set_threshold", 0, 1, 3)?;
    let (_, mut t1, mut t2) = vm.gc.thresholds.get();
    let get = |i: usize| -> PyResult<usize> { Ok(vm.index_isize(&pos[i], None)?.max(0) as usize) };
    let t0 = get(0)?;
    if pos.len() > 1 {
        t1 = get(1)?;
    }
    if pos.len() > 2 {
        t2 = get(2)?;
    }
    vm.gc.thresholds.set((t0, t1, t2));
    Ok(vm.none())
}

fn get_count(vm: &Vm, _a: Args) -> PyResult {
    let n = vm.heap.allocated_since_collect() as i64;
    Ok(vm.new_tuple(vec![vm.new_int(n), vm.new_int(0), vm.new_int(0)]))
}

fn is_tracked(vm: &Vm, a: Args) -> PyResult {
    let pos = a.check_pos(vm, "is_tracked", 0, 1, 1)?;
    let o = &pos[0];
    let t = o.refcount() < crate::object::IMMORTAL
        && (o.ty().instances_extended
            // SAFETY: objects of GC layouts have a GC head.
            || (o.ty().layout.gc && unsafe { crate::object::layout::is_linked(o.as_non_null()) }));
    Ok(vm.bool(t))
}

fn get_stats(vm: &Vm, _a: Args) -> PyResult {
    let mut out = Vec::new();
    for generator in 0..3 {
        let d = vm.new_dict();
        let dd = d.downcast::<crate::objects::dict::Dict>().expect("dict");
        let (c, n) = if generator == 2 {
            (vm.gc.collections.get(), vm.gc.collected.get())
        } else {
            (0, 0)
        };
        dd.set_item(vm, vm.intern("collections"), vm.new_int(c as i64))?;
        dd.set_item(vm, vm.intern("collected"), vm.new_int(n as i64))?;
        dd.set_item(vm, vm.intern("uncollectable"), vm.new_int(0))?;
        out.push(d);
    }
    Ok(vm.new_list(out))
}

fn get_referents(vm: &Vm, a: Args) -> PyResult {
    let objs = a.check_pos(vm, "get_referents", 0, 0, usize::MAX)?;
    let out: Vec<PyRef> = objs.iter().flat_map(|o| vm.referents(o)).collect();
    Ok(vm.new_list(out))
}

fn get_referrers(vm: &Vm, a: Args) -> PyResult {
    let objs = a.check_pos(vm, "get_referrers", 0, 0, usize::MAX)?;
    Ok(vm.new_list(vm.referrers(objs)))
}

/// `gc.get_objects()`: the objects this context's collector tracks. There
/// is one generation in practice, so every valid `generation` lists them all.
fn get_objects(vm: &Vm, a: Args) -> PyResult {
    let [generation] = a.bind(vm, "get_objects", ["generation"], 0, 0, 0)?;
    if let Some(g) = generation.filter(|g| !vm.is_none(g)) {
        let g = vm.index_isize(&g, None)?;
        if g >= 3 {
            return Err(vm.value_error(
                "generation parameter must be less than the number of available generations (3)",
            ));
        }
        if g < 0 {
            return Err(vm.value_error("generation parameter cannot be negative"));
        }
    }
    Ok(vm.new_list(vm.tracked()))
}

/// `gc.get_debug()`: debugging output is not supported, so the flags are
/// always clear.
fn get_debug(vm: &Vm, _a: Args) -> PyResult {
    Ok(vm.new_int(0))
}

fn set_debug(vm: &Vm, a: Args) -> PyResult {
    let pos = a.check_pos(vm, "set_debug", 0, 1, 1)?;
    if vm.index_isize(&pos[0], None)? != 0 {
        return Err(vm.value_error("gc debugging flags are not supported by Terrarium"));
    }
    Ok(vm.none())
}

/// `gc.freeze()` and friends: there are no generations to freeze into, so
/// the permanent generation stays empty.
fn freeze(vm: &Vm, _a: Args) -> PyResult {
    Ok(vm.none())
}

fn get_freeze_count(vm: &Vm, _a: Args) -> PyResult {
    Ok(vm.new_int(0))
}

pub fn make(vm: &Vm) -> PyResult<PyRef> {
    let m = crate::objects::module::new_module(vm, "gc");
    let fns: &[(&'static str, &'static Signature, NativeFn)] = &[
        ("collect", signature!("($module, /, generation=2)"), collect),
        ("enable", signature!("($module, /)"), enable),
        ("disable", signature!("($module, /)"), disable),
        ("isenabled", signature!("($module, /)"), isenabled),
        ("get_threshold", signature!("($module, /)"), get_threshold),
        (
            "set_threshold",
            signature!(hidden "(threshold0, [threshold1, threshold2])"),
            set_threshold,
        ),
        ("get_count", signature!("($module, /)"), get_count),
        ("is_tracked", signature!("($module, obj, /)"), is_tracked),
        ("get_stats", signature!("($module, /)"), get_stats),
        ("get_referents", signature!(hidden "(*objs)"), get_referents),
        ("get_referrers", signature!(hidden "(*objs)"), get_referrers),
        (
            "get_objects",
            signature!("($module, /, generation=None)"),
            get_objects,
        ),
        ("get_debug", signature!("($module, /)"), get_debug),
        ("set_debug", signature!("($module, flags, /)"), set_debug),
        ("freeze", signature!("($module, /)"), freeze),
        ("unfreeze", signature!("($module, /)"), freeze),
        (
            "get_freeze_count",
            signature!("($module, /)"),
            get_freeze_count,
        ),
    ];
    crate::modules::builtins::add_functions(vm, &m, "gc", fns)?;
    vm.setattr_str(&m, "garbage", vm.new_list(Vec::new()))?;
    vm.setattr_str(&m, "callbacks", vm.new_list(Vec::new()))?;
    for (name, value) in [
        ("DEBUG_STATS", 1),
        ("DEBUG_COLLECTABLE", 2),
        ("DEBUG_UNCOLLECTABLE", 4),
        ("DEBUG_SAVEALL", 32),
        ("DEBUG_LEAK", 38),
    ] {
        vm.setattr_str(&m, name, vm.new_int(value))?;
    }
    Ok(m)
}
